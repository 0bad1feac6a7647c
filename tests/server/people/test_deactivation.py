"""Deactivation, reactivation and resets: sessions and devices end at once, records stay, the
last admin stays, and after a reset only the new code lets the person in."""

from __future__ import annotations

from datetime import datetime, timezone

from server.accounts.tables import Account, AuthSession
from server.audit.tables import AuditEvent
from server.checkins.tables import Checkin
from server.notifications.tables import PushSubscription
from tests.helpers import PERSONA_PASSWORD

NEW_PASSWORD = "a fresh long password"


async def add_device(account_id: int, n: int) -> None:
    await PushSubscription.insert(
        PushSubscription(
            account=account_id,
            endpoint=f"https://fcm.googleapis.com/fcm/send/device-{account_id}-{n}",
            p256dh="p",
            auth="a",
            created_at=datetime.now(timezone.utc),
        )
    )


async def test_deactivating_ends_sessions_and_devices_at_once_and_keeps_records(
    personas, signed_in, new_browser
):
    client = personas.client
    phone, laptop = await signed_in(client), await signed_in(client)
    answer = await phone.post(
        "/api/checkins",
        {
            "id": "00000000-0000-4000-8000-000000000001",
            "local_date": str(datetime.now(timezone.utc).date()),
            "mood": 3,
            "craving": 2,
            "used": False,
            "medication": "yes",
            "sleep_hours": 7,
            "safety_concern": False,
        },
    )
    assert answer.status_code == 201, answer.text
    await add_device(client.id, 1)
    await add_device(client.id, 2)
    await add_device(personas.second_client.id, 1)

    admin = await signed_in(personas.admin)
    done = await admin.post(f"/api/admin/people/{client.id}/deactivate")
    assert done.status_code == 200, done.text
    assert done.json()["status"] == "deactivated"

    assert (await phone.get("/api/auth/me")).status_code == 401
    assert (await laptop.get("/api/auth/me")).status_code == 401
    assert await AuthSession.count().where(AuthSession.account == client.id) == 0
    assert await PushSubscription.count().where(PushSubscription.account == client.id) == 0
    assert await PushSubscription.count() == 1  # the other client's device stays
    blocked = await new_browser().sign_in(client.email)
    assert (blocked.status_code, blocked.json()["detail"]) == (
        401,
        "Email or password is incorrect.",
    )
    assert await Checkin.count().where(Checkin.client == client.id) == 1  # records stay
    [event] = await AuditEvent.select().where(AuditEvent.action == "account.deactivated")
    assert (event["actor"], event["patient"]) == (personas.admin.id, client.id)


async def test_a_reactivated_person_signs_in_with_their_old_password(
    personas, signed_in, new_browser
):
    admin = await signed_in(personas.admin)
    assert (
        await admin.post(f"/api/admin/people/{personas.counselor.id}/deactivate")
    ).status_code == 200
    again = await admin.post(f"/api/admin/people/{personas.counselor.id}/reactivate")
    assert (again.status_code, again.json()["status"]) == (200, "active")
    assert (await new_browser().sign_in(personas.counselor.email)).status_code == 200


async def test_the_last_active_admin_cannot_be_deactivated_even_by_themself(
    personas, signed_in, persona_hash
):
    admin = await signed_in(personas.admin)
    refused = await admin.post(f"/api/admin/people/{personas.admin.id}/deactivate")
    assert (refused.status_code, refused.json()["detail"]) == (
        409,
        "Ada Admin is the last active admin; make another admin before deactivating them.",
    )
    # An invited admin who has not chosen a password yet cannot sign in: still the last.
    invited = await admin.post(
        "/api/admin/people", {"name": "Ivo Admin", "role": "admin", "email": "ivo@clinic.example"}
    )
    assert invited.status_code == 201
    again = await admin.post(f"/api/admin/people/{personas.admin.id}/deactivate")
    assert again.status_code == 409
    assert (await admin.get("/api/auth/me")).status_code == 200
    assert (await Account.select(Account.active).where(Account.id == personas.admin.id).first())[
        "active"
    ]

    second = await Account.insert(
        Account(
            email="bo@clinic.example",
            display_name="Bo Admin",
            role="admin",
            password_hash=persona_hash,
            created_at=datetime.now(timezone.utc),
            password_changed_at=datetime.now(timezone.utc),
        )
    )
    assert second
    left = await admin.post(f"/api/admin/people/{personas.admin.id}/deactivate")
    assert (left.status_code, left.json()["status"]) == (200, "deactivated")
    assert (await admin.get("/api/auth/me")).status_code == 401


async def test_a_reset_ends_sessions_and_only_the_new_code_lets_them_in(
    personas, signed_in, new_browser
):
    client = personas.client
    phone = await signed_in(client)
    admin = await signed_in(personas.admin)
    reset = await admin.post(f"/api/admin/people/{client.id}/reset")
    assert reset.status_code == 200, reset.text
    body = reset.json()
    assert (body["purpose"], body["sign_in_name"], body["person"]["status"]) == (
        "reset",
        client.email,
        "invited",
    )
    assert body["link"].endswith("/#/activate/" + body["code"])
    assert (await phone.get("/api/auth/me")).status_code == 401
    assert (await new_browser().sign_in(client.email, PERSONA_PASSWORD)).status_code == 401

    device = new_browser()
    check = await device.post("/api/activation/check", {"code": body["code"]})
    assert check.json() == {
        "name": client.display_name,
        "sign_in_name": client.email,
        "purpose": "reset",
    }
    chosen = await device.post("/api/activation", {"code": body["code"], "password": NEW_PASSWORD})
    assert chosen.status_code == 200, chosen.text
    assert (await device.sign_in(client.email, NEW_PASSWORD)).status_code == 200
    assert (await new_browser().sign_in(client.email, PERSONA_PASSWORD)).status_code == 401
    actions = [
        e["action"]
        for e in await AuditEvent.select(AuditEvent.action)
        .where(AuditEvent.action.like("account.%"))
        .order_by(AuditEvent.id)
    ]
    assert actions == ["account.reset", "account.password_reset"]


async def test_an_admin_cannot_reset_their_own_password_nor_a_deactivated_person(
    personas, signed_in
):
    admin = await signed_in(personas.admin)
    own = await admin.post(f"/api/admin/people/{personas.admin.id}/reset")
    assert own.status_code == 409 and "Change password" in own.json()["detail"]
    assert (await admin.get("/api/auth/me")).status_code == 200
    await admin.post(f"/api/admin/people/{personas.second_client.id}/deactivate")
    gone = await admin.post(f"/api/admin/people/{personas.second_client.id}/reset")
    assert (gone.status_code, gone.json()["detail"]) == (
        409,
        "Sky Client is deactivated; reactivate them before a password reset.",
    )


async def test_no_such_person_is_a_404(personas, signed_in):
    admin = await signed_in(personas.admin)
    for action in ("deactivate", "reactivate", "reset"):
        answer = await admin.post(f"/api/admin/people/99999/{action}")
        assert (answer.status_code, answer.json()["detail"]) == (404, "No such person.")
    patched = await admin.patch("/api/admin/people/99999", {"name": "X"})
    assert patched.status_code == 404


async def test_an_admin_changes_details_and_staff_alone_go_on_leave(personas, signed_in):
    admin = await signed_in(personas.admin)
    changed = await admin.patch(
        f"/api/admin/people/{personas.counselor.id}",
        {"name": "Dana Diaz", "phone": "+1 303 555 0100", "on_leave": True, "locale": "es-US"},
    )
    assert changed.status_code == 200, changed.text
    body = changed.json()
    assert (body["name"], body["phone"], body["on_leave"], body["locale"], body["caseload"]) == (
        "Dana Diaz",
        "+1 303 555 0100",
        True,
        "es-US",
        1,
    )
    client = await admin.patch(f"/api/admin/people/{personas.client.id}", {"on_leave": True})
    assert (client.status_code, client.json()["detail"]) == (400, "Only staff can be on leave.")
    taken = await admin.patch(
        f"/api/admin/people/{personas.client.id}", {"email": personas.second_client.email}
    )
    assert (taken.status_code, taken.json()["detail"]) == (
        409,
        "An account with this email already exists.",
    )
    zone = await admin.patch(f"/api/admin/people/{personas.client.id}", {"timezone": "Nowhere"})
    assert zone.status_code == 400
