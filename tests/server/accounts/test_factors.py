"""Second factors: staff must have one, clients may; passkeys, authenticator apps and recovery
codes; a code works once; step-up after 15 minutes; an admin's reset."""

from __future__ import annotations

import time
from datetime import datetime, timedelta, timezone

import pyotp

from server.accounts.tables import AuthSession, RecoveryCode, SecondFactor
from server.audit.tables import AuditEvent
from tests.helpers import PASSKEYS, SESSION_COOKIE, add_account
from tests.softkey import SoftPasskey


async def enrol_app(browser) -> tuple[str, dict]:
    """Add an authenticator app; returns its secret and the confirm answer's JSON."""
    started = await browser.post("/api/auth/factors/totp")
    assert started.status_code == 201, started.text
    body = started.json()
    assert body["uri"].startswith("otpauth://totp/Companion:") and "<svg" in body["qr_svg"]
    code = pyotp.TOTP(body["secret"]).now()
    confirmed = await browser.post(
        f"/api/auth/factors/totp/{body['id']}/confirm", {"code": code, "label": "My phone"}
    )
    assert confirmed.status_code == 200, confirmed.text
    return body["secret"], confirmed.json()


def later_code(secret: str, steps: int = 1) -> str:
    """A code of a later time step (a code works once; the server allows one step of drift)."""
    return pyotp.TOTP(secret).at(time.time() + 30 * steps)


async def test_staff_with_a_passkey_finish_sign_in_with_it_on_a_new_session(browser, personas):
    pending = await browser.sign_in(personas.counselor.email, second_factor=False)
    assert pending.json()["stage"] == "second_factor"
    assert pending.json()["methods"] == ["passkey"]
    first_token = browser.cookie(SESSION_COOKIE)
    assert (await browser.get("/api/counselor/review-queue")).status_code == 401
    me = await browser.get("/api/auth/me")
    assert (me.status_code, me.json()["stage"]) == (200, "second_factor")

    done = await browser.use_passkey(PASSKEYS[personas.counselor.email])
    assert (done.status_code, done.json()["stage"]) == (200, "full")
    assert browser.cookie(SESSION_COOKIE) not in (None, first_token)
    assert not await AuthSession.exists().where(AuthSession.stage != "full")
    assert (await browser.get("/api/counselor/review-queue")).status_code == 200


async def test_another_persons_passkey_or_a_wrong_origin_does_not_finish(browser, personas):
    await browser.sign_in(personas.counselor.email, second_factor=False)
    stranger = SoftPasskey()
    assert (await browser.use_passkey(stranger)).status_code == 400
    elsewhere = SoftPasskey(origin="https://evil.example")
    elsewhere.key = PASSKEYS[personas.counselor.email].key
    elsewhere.credential_id = PASSKEYS[personas.counselor.email].credential_id
    assert (await browser.use_passkey(elsewhere)).status_code == 400
    assert (await browser.get("/api/auth/me")).json()["stage"] == "second_factor"


async def test_a_passkey_challenge_serves_once(browser, personas):
    await browser.sign_in(personas.counselor.email, second_factor=False)
    options = (await browser.post("/api/auth/passkey/options")).json()
    answer = PASSKEYS[personas.counselor.email].get(options)
    assert (
        await browser.post("/api/auth/passkey/verify", {"credential": answer})
    ).status_code == 200
    again = await browser.post("/api/auth/passkey/verify", {"credential": answer})
    assert again.status_code == 400


async def test_staff_without_a_factor_must_enrol_and_get_ten_recovery_codes(
    new_browser, persona_hash
):
    staff = await add_account(
        "new@clinic.example", "New Staff", "counselor", persona_hash, passkey=False
    )
    browser = new_browser()
    answer = await browser.sign_in(staff.email)
    assert answer.json()["stage"] == "enrol"
    assert (await browser.get("/api/counselor/review-queue")).status_code == 401
    pending_token = browser.cookie(SESSION_COOKIE)
    secret, enrolled = await enrol_app(browser)
    assert len(enrolled["recovery_codes"]) == 10 and len(set(enrolled["recovery_codes"])) == 10
    assert enrolled["user"]["stage"] == "full"
    assert browser.cookie(SESSION_COOKIE) != pending_token
    assert (await browser.get("/api/counselor/review-queue")).status_code == 200
    # The secret is sealed in the database, not kept as typed.
    row = await SecondFactor.select().where(SecondFactor.account == staff.id).first()
    assert secret not in row["sealed_secret"] and row["label"] == "My phone"
    listed = (await browser.get("/api/auth/factors")).json()
    assert listed["required"] is True and listed["recovery_codes_left"] == 10
    assert [f["kind"] for f in listed["factors"]] == ["totp"]


async def test_an_authenticator_code_works_once(new_browser, persona_hash):
    staff = await add_account(
        "app@clinic.example", "App User", "counselor", persona_hash, passkey=False
    )
    first = new_browser()
    await first.sign_in(staff.email)
    secret, _ = await enrol_app(first)
    code = later_code(secret)
    second = new_browser()
    pending = await second.sign_in(staff.email)
    assert pending.json()["methods"] == ["totp", "recovery"]
    assert (await second.post("/api/auth/verify", {"code": code})).status_code == 200
    third = new_browser()
    await third.sign_in(staff.email)
    replay = await third.post("/api/auth/verify", {"code": code})
    assert replay.status_code == 400 and "not right" in replay.json()["detail"]


async def test_a_recovery_code_works_once_and_is_audited(new_browser, persona_hash):
    staff = await add_account(
        "rc@clinic.example", "Rec Overy", "admin", persona_hash, passkey=False
    )
    enrolling = new_browser()
    await enrolling.sign_in(staff.email)
    _, enrolled = await enrol_app(enrolling)
    code = enrolled["recovery_codes"][0].lower().replace("-", " ")  # as typed in a hurry
    phone = new_browser()
    await phone.sign_in(staff.email)
    assert (await phone.post("/api/auth/verify", {"code": code})).status_code == 200
    other = new_browser()
    await other.sign_in(staff.email)
    assert (await other.post("/api/auth/verify", {"code": code})).status_code == 400
    left = await RecoveryCode.count().where(
        (RecoveryCode.account == staff.id) & RecoveryCode.used_at.is_null()
    )
    assert left == 9
    assert await AuditEvent.exists().where(AuditEvent.action == "auth.recovery_code_used")


async def test_wrong_codes_are_throttled(browser, personas):
    await browser.sign_in(personas.counselor.email, second_factor=False)
    for _ in range(5):
        assert (await browser.post("/api/auth/verify", {"code": "000000"})).status_code == 400
    assert (await browser.post("/api/auth/verify", {"code": "000000"})).status_code == 400
    blocked = await browser.post("/api/auth/verify", {"code": "000000"})
    assert blocked.status_code == 429 and int(blocked.headers["retry-after"]) > 0
    failed = await AuditEvent.count().where(AuditEvent.action == "auth.factor_failed")
    assert failed == 6


async def test_a_client_may_turn_on_a_second_factor(new_browser, personas):
    phone = new_browser()
    assert (await phone.sign_in(personas.client.email)).json()["stage"] == "full"
    listed = (await phone.get("/api/auth/factors")).json()
    assert listed == {"factors": [], "recovery_codes_left": 0, "required": False}
    passkey = SoftPasskey()
    options = (await phone.post("/api/auth/factors/passkey/options")).json()
    added = await phone.post(
        "/api/auth/factors/passkey", {"credential": passkey.create(options), "label": "Phone"}
    )
    assert added.status_code == 200, added.text
    assert len(added.json()["recovery_codes"]) == 10
    laptop = new_browser()
    assert (await laptop.sign_in(personas.client.email)).json()["stage"] == "second_factor"
    assert (await laptop.use_passkey(passkey)).json()["stage"] == "full"
    # Removing the last one turns it off again, recovery codes too.
    factor_id = added.json()["factor"]["id"]
    assert (await phone.delete(f"/api/auth/factors/{factor_id}")).status_code == 204
    assert not await RecoveryCode.exists().where(RecoveryCode.account == personas.client.id)
    assert (await new_browser().sign_in(personas.client.email)).json()["stage"] == "full"


async def test_staff_keep_their_last_factor(signed_in, personas):
    counselor = await signed_in(personas.counselor)
    factor = (await counselor.get("/api/auth/factors")).json()["factors"][0]
    refused = await counselor.delete(f"/api/auth/factors/{factor['id']}")
    assert refused.status_code == 409 and "at least one" in refused.json()["detail"]


async def age_proof(minutes: int = 20) -> None:
    old = datetime.now(timezone.utc) - timedelta(minutes=minutes)
    await AuthSession.update({AuthSession.proved_at: old}).where(AuthSession.stage == "full")


async def test_people_management_asks_again_after_fifteen_minutes(signed_in, personas):
    admin = await signed_in(personas.admin)
    await age_proof()
    invite = {"name": "Pat Person", "role": "counselor", "email": "pat@example.org"}
    asked = await admin.post("/api/admin/people", invite)
    assert asked.status_code == 403 and asked.json()["code"] == "step_up"
    assert (await admin.use_passkey(PASSKEYS[personas.admin.email])).status_code == 200
    assert (await admin.post("/api/admin/people", invite)).status_code == 201
    assert await AuditEvent.exists().where(AuditEvent.action == "auth.stepped_up")


async def test_new_recovery_codes_ask_again_and_replace_the_old(signed_in, personas):
    counselor = await signed_in(personas.counselor)
    first = (await counselor.post("/api/auth/recovery-codes")).json()["recovery_codes"]
    await age_proof()
    assert (await counselor.post("/api/auth/recovery-codes")).json()["code"] == "step_up"
    await counselor.use_passkey(PASSKEYS[personas.counselor.email])
    second = (await counselor.post("/api/auth/recovery-codes")).json()["recovery_codes"]
    assert len(second) == 10 and not set(first) & set(second)
    assert await RecoveryCode.count().where(RecoveryCode.account == personas.counselor.id) == 10


async def test_a_client_without_a_factor_confirms_with_the_password(signed_in, personas):
    client = await signed_in(personas.client)
    await age_proof()
    wrong = await client.post("/api/auth/verify", {"password": "not it at all"})
    assert wrong.status_code == 400
    right = await client.post("/api/auth/verify", {"password": personas.client.password})
    assert (right.status_code, right.json()["stage"]) == (200, "full")
    proved = await AuthSession.select(AuthSession.proved_at).where(
        AuthSession.account == personas.client.id
    )
    assert datetime.now(timezone.utc) - proved[0]["proved_at"] < timedelta(minutes=1)


async def test_staff_cannot_confirm_with_a_password_alone(signed_in, personas):
    counselor = await signed_in(personas.counselor)
    answer = await counselor.post("/api/auth/verify", {"password": personas.counselor.password})
    assert answer.status_code == 400 and "passkey" in answer.json()["detail"]


async def test_an_admin_resets_a_persons_factors(signed_in, personas, new_browser):
    counselor = await signed_in(personas.counselor)
    admin = await signed_in(personas.admin)
    answer = await admin.post(f"/api/admin/people/{personas.counselor.id}/factors/reset")
    assert answer.status_code == 200, answer.text
    assert not await SecondFactor.exists().where(SecondFactor.account == personas.counselor.id)
    assert (await counselor.get("/api/auth/me")).status_code == 401  # their sessions ended
    again = await new_browser().sign_in(personas.counselor.email)
    assert again.json()["stage"] == "enrol"
    event = await AuditEvent.select().where(AuditEvent.action == "auth.factors_reset").first()
    assert (event["actor"], event["subject"]) == (
        personas.admin.id,
        f"account:{personas.counselor.id}",
    )
    own = await admin.post(f"/api/admin/people/{personas.admin.id}/factors/reset")
    assert own.status_code == 409


async def test_a_weak_or_unchanged_password_is_refused_with_the_reason(signed_in, personas):
    client = await signed_in(personas.client)
    for weak, why in [
        ("password12", "common passwords"),
        ("1234567890", "common passwords"),
        ("qwertyuiop", "common passwords"),
        ("casey-was-here-2026", "your name or your email"),
        (personas.client.password, "not the one you have now"),
    ]:
        answer = await client.post(
            "/api/auth/password",
            {"current_password": personas.client.password, "new_password": weak},
        )
        assert answer.status_code == 400 and why in answer.json()["detail"], (weak, answer.text)
    spanish = await client.post(
        "/api/auth/password",
        {"current_password": personas.client.password, "new_password": "password12"},
        headers={"Accept-Language": "es"},
    )
    assert spanish.status_code == 400
