"""Invitations: an admin invites a person, who checks their code, chooses a password and signs
in; the code is shown once, stored only as a keyed hash, and never logged."""

from __future__ import annotations

import hashlib
import hmac
import logging

from server.accounts.tables import Account, CareTeamMember, ClientProfile, OneTimeCode
from server.audit.tables import AuditEvent
from tests.conftest import SECRET
from tests.helpers import Browser

CODE = r"^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$"
NEW_PASSWORD = "my own long password"


async def invite(admin: Browser, **body) -> dict:
    answer = await admin.post("/api/admin/people", {"locale": "es-US", **body})
    assert answer.status_code == 201, answer.text
    return answer.json()


async def test_an_invited_client_checks_the_code_chooses_a_password_and_signs_in(
    personas, signed_in, new_browser, caplog
):
    caplog.set_level(logging.DEBUG)
    admin = await signed_in(personas.admin)
    made = await invite(
        admin, name="Maria Lopez", role="client", primary_counselor=personas.counselor.id
    )
    code = made["code"]
    assert made["link"] == "http://127.0.0.1:8000/#/activate/" + code
    assert made["purpose"] == "invite" and made["sign_in_name"].startswith("maria-")
    person = made["person"]
    assert (person["status"], person["locale"], person["team"]) == (
        "invited",
        "es-US",
        ["Dana Counselor"],
    )

    phone = new_browser("203.0.113.20")
    check = await phone.post("/api/activation/check", {"code": code.lower().replace("-", " ")})
    assert check.status_code == 200, check.text
    assert check.json() == {
        "name": "Maria Lopez",
        "sign_in_name": made["sign_in_name"],
        "purpose": "invite",
    }
    assert (await phone.sign_in(made["sign_in_name"], NEW_PASSWORD)).status_code == 401
    done = await phone.post("/api/activation", {"code": code, "password": NEW_PASSWORD})
    assert done.status_code == 200, done.text
    assert done.json() == {"sign_in_name": made["sign_in_name"]}
    signed = await phone.sign_in(made["sign_in_name"], NEW_PASSWORD)
    assert signed.status_code == 200, signed.text
    assert signed.json()["role"] == "client"

    assert code not in caplog.text and code.replace("-", "") not in caplog.text
    assert NEW_PASSWORD not in caplog.text
    actions = [
        e["action"]
        for e in await AuditEvent.select(AuditEvent.action)
        .where(AuditEvent.patient == person["id"])
        .order_by(AuditEvent.id)
    ]
    assert actions == [
        "account.invited",
        "care_team.changed",
        "code.checked",
        "account.activated",
    ]


async def test_only_a_keyed_hash_of_the_code_is_stored(personas, signed_in):
    made = await invite(await signed_in(personas.admin), name="Ana", role="client")
    plain = made["code"].replace("-", "")
    [row] = await OneTimeCode.select().where(OneTimeCode.account == made["person"]["id"])
    assert row["lookup"] == plain[:4]
    expected = hmac.new(SECRET.encode(), plain[4:].encode(), hashlib.sha256).hexdigest()
    assert row["secret_hash"] == expected
    assert plain[4:] not in str(row)
    assert (row["purpose"], row["used_at"], row["wrong_tries"]) == ("invite", None, 0)
    assert (row["expires_at"] - row["created_at"]).total_seconds() == 72 * 3600


async def test_an_invited_client_gets_a_profile_and_staff_get_none(personas, signed_in):
    admin = await signed_in(personas.admin)
    client = await invite(admin, name="Ana Ruiz", role="client", email="Ana@Example.org")
    counselor = await invite(
        admin, name="Cam Counselor", role="counselor", email="cam@clinic.example"
    )
    assert client["sign_in_name"] == "ana@example.org"
    assert await ClientProfile.exists().where(ClientProfile.account == client["person"]["id"])
    assert not await ClientProfile.exists().where(
        ClientProfile.account == counselor["person"]["id"]
    )
    assert counselor["person"]["caseload"] == 0 and counselor["person"]["team"] == []
    hashes = await Account.select(Account.password_hash).where(
        Account.id.is_in([client["person"]["id"], counselor["person"]["id"]])
    )
    assert [row["password_hash"] for row in hashes] == ["", ""]


async def test_an_invited_account_cannot_sign_in_before_activation(
    personas, signed_in, new_browser, caplog
):
    made = await invite(
        await signed_in(personas.admin),
        name="Sam Staff",
        role="counselor",
        email="sam@clinic.example",
    )
    caplog.set_level(logging.WARNING)
    for password in ("", "anything at all", made["code"]):
        answer = await new_browser().sign_in(made["sign_in_name"], password or "x")
        assert (answer.status_code, answer.json()["detail"]) == (
            401,
            "Email or password is incorrect.",
        )
    assert "could not be read" not in caplog.text  # the empty hash is no stored hash at all


async def test_staff_need_an_email_and_a_taken_email_is_a_409(personas, signed_in):
    admin = await signed_in(personas.admin)
    no_email = await admin.post("/api/admin/people", {"name": "Ned", "role": "counselor"})
    assert (no_email.status_code, no_email.json()["detail"]) == (
        400,
        "Staff sign in with their email address: enter one.",
    )
    taken = await admin.post(
        "/api/admin/people",
        {"name": "Again", "role": "client", "email": personas.client.email.upper()},
    )
    assert (taken.status_code, taken.json()["detail"]) == (
        409,
        "An account with this email already exists.",
    )
    assert await Account.count() == 5


async def test_bad_values_are_refused_with_a_reason_and_nothing_is_made(personas, signed_in):
    admin = await signed_in(personas.admin)
    cases = [
        ({"name": "Zed", "role": "client", "timezone": "Mars/Olympus"}, "not an IANA time zone"),
        ({"name": "Zed", "role": "client", "email": "not-an-email"}, "Enter an email address"),
        ({"name": "  ", "role": "client"}, "Enter a name of 1 to 100 characters."),
        (
            {"name": "Zed", "role": "client", "primary_counselor": personas.admin.id},
            "Every member of a care team must be an active counselor.",
        ),
        (
            {"name": "Zed", "role": "admin", "email": "z@clinic.example", "primary_counselor": 1},
            "Only a client has a care team",
        ),
    ]
    for body, reason in cases:
        answer = await admin.post("/api/admin/people", body)
        assert answer.status_code == 400 and reason in answer.json()["detail"], answer.text
    assert await Account.count() == 5
    assert await CareTeamMember.count() == 2


async def test_a_wrong_code_is_a_400_and_unused_codes_of_a_reset_replace_each_other(
    personas, signed_in, new_browser
):
    admin = await signed_in(personas.admin)
    first = await invite(admin, name="Ivy", role="client")
    again = await admin.post(f"/api/admin/people/{first['person']['id']}/reset")
    assert again.status_code == 200, again.text
    assert again.json()["purpose"] == "invite"  # never activated: a new invitation
    phone = new_browser()
    old = await phone.post("/api/activation/check", {"code": first["code"]})
    assert (old.status_code, old.json()["detail"]) == (
        400,
        "This code is not right. Check it and try again.",
    )
    for wrong in ("nonsense", "AAAA-AAAA-AAA0"):
        answer = await phone.post("/api/activation/check", {"code": wrong})
        assert answer.status_code == 400
    assert (await phone.post("/api/activation/check", {"code": again.json()["code"]})).json()[
        "purpose"
    ] == "invite"


async def test_a_weak_password_keeps_the_code_working(personas, signed_in, new_browser):
    made = await invite(await signed_in(personas.admin), name="Lee", role="client")
    phone = new_browser()
    weak = await phone.post("/api/activation", {"code": made["code"], "password": "short"})
    assert (weak.status_code, weak.json()["detail"]) == (
        400,
        "Choose a password of at least 10 characters. A passphrase of three or four unrelated "
        "words is long and easy to remember.",
    )
    fine = await phone.post("/api/activation", {"code": made["code"], "password": NEW_PASSWORD})
    assert fine.status_code == 200, fine.text


async def test_a_used_code_is_gone_with_a_reason(personas, signed_in, new_browser):
    made = await invite(await signed_in(personas.admin), name="Uma", role="client")
    phone = new_browser()
    body = {"code": made["code"], "password": NEW_PASSWORD}
    assert (await phone.post("/api/activation", body)).status_code == 200
    for path, again in (
        ("/api/activation", body),
        ("/api/activation/check", {"code": made["code"]}),
    ):
        answer = await phone.post(path, again)
        assert (answer.status_code, answer.json()["detail"]) == (
            410,
            "This code was already used. Sign in with your password, or ask for a new code.",
        )


async def test_an_address_sending_wrong_codes_is_held_back_and_told_when_to_return(
    personas, new_browser
):
    guesser = new_browser("203.0.113.66")
    answers = [
        (await guesser.post("/api/activation/check", {"code": f"2345-6789-{n:04d}"})).status_code
        for n in range(22)
    ]
    assert answers[:21] == [400] * 21 and answers[21] == 429
    held = await guesser.post("/api/activation", {"code": "2345-6789-ABCD", "password": "x" * 12})
    assert held.status_code == 429 and int(held.headers["Retry-After"]) > 0
    assert "Try again in 1 minute" in held.json()["detail"]
    other = await new_browser("203.0.113.67").post(
        "/api/activation/check", {"code": "2345-6789-ABCD"}
    )
    assert other.status_code == 400
