"""Sessions: fixation-proof, well-formed cookies, idle and absolute timeouts, ended on the server."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from server.accounts.services import hash_token
from server.accounts.tables import AuthSession
from server.audit.tables import AuditEvent
from tests.helpers import PERSONA_PASSWORD, SESSION_COOKIE

NEW_PASSWORD = "a different long passphrase"


def session_set_cookie(response) -> dict[str, str]:
    """The attributes of the Set-Cookie header for the session cookie, lower-cased keys."""
    [header] = [
        h for h in response.headers.get_list("set-cookie") if h.startswith(SESSION_COOKIE + "=")
    ]
    name_value, *attributes = [part.strip() for part in header.split(";")]
    parsed = {"value": name_value.split("=", 1)[1]}
    for attribute in attributes:
        key, _, value = attribute.partition("=")
        parsed[key.lower()] = value
    return parsed


async def age_session(token: str, **moved_back: timedelta) -> None:
    """Move a session's timestamps into the past, as if time had passed."""
    now = datetime.now(timezone.utc)
    values = {getattr(AuthSession, column): now - delta for column, delta in moved_back.items()}
    await AuthSession.update(values).where(AuthSession.token_hash == hash_token(token))


async def test_the_session_cookie_is_host_only_secure_httponly_and_lax(browser, personas):
    cookie = session_set_cookie(await browser.sign_in(personas.client.email))
    assert cookie["path"] == "/"
    assert "domain" not in cookie
    assert "secure" in cookie and "httponly" in cookie
    assert cookie["samesite"].lower() == "lax"
    assert int(cookie["max-age"]) == 30 * 86400  # a client stays signed in on their phone


async def test_staff_cookies_last_a_working_day(browser, personas):
    cookie = session_set_cookie(await browser.sign_in(personas.counselor.email))
    assert int(cookie["max-age"]) == 12 * 3600


async def test_only_a_hash_of_the_token_is_stored(browser, personas):
    await browser.sign_in(personas.client.email)
    token = browser.cookie(SESSION_COOKIE)
    [row] = await AuthSession.select(AuthSession.token_hash)
    assert row["token_hash"] == hash_token(token) and token not in row["token_hash"]


async def test_a_planted_session_cookie_is_not_valid_after_sign_in(new_browser, personas):
    planted = secrets.token_urlsafe(32)
    victim = new_browser()
    victim.client.cookies.set(SESSION_COOKIE, planted, domain="testserver.local")
    assert (await victim.sign_in(personas.client.email)).status_code == 200
    assert victim.cookie(SESSION_COOKIE) != planted
    attacker = new_browser()
    attacker.client.cookies.set(SESSION_COOKIE, planted, domain="testserver.local")
    assert (await attacker.get("/api/auth/me")).status_code == 401


async def test_an_attackers_own_session_planted_on_a_victim_is_not_adopted(new_browser, personas):
    attacker = new_browser()
    await attacker.sign_in(personas.second_client.email)
    planted = attacker.cookie(SESSION_COOKIE)
    victim = new_browser()
    victim.client.cookies.set(SESSION_COOKIE, planted, domain="testserver.local")
    await victim.sign_in(personas.client.email)
    assert victim.cookie(SESSION_COOKIE) != planted
    assert (await victim.get("/api/auth/me")).json()["id"] == personas.client.id
    # Signing in on a device ends the session that device carried before.
    assert (await attacker.get("/api/auth/me")).status_code == 401


async def test_every_sign_in_makes_a_new_token(browser, personas):
    await browser.sign_in(personas.client.email)
    first = browser.cookie(SESSION_COOKIE)
    await browser.sign_in(personas.client.email)
    assert browser.cookie(SESSION_COOKIE) != first
    assert await AuthSession.count() == 1


async def test_a_client_session_survives_days_of_phone_idleness_but_not_a_week(browser, personas):
    await browser.sign_in(personas.client.email)
    token = browser.cookie(SESSION_COOKIE)
    await age_session(token, last_seen=timedelta(days=6))
    assert (await browser.get("/api/auth/me")).status_code == 200
    await age_session(token, last_seen=timedelta(days=7, seconds=1))
    assert (await browser.get("/api/auth/me")).status_code == 401
    assert await AuthSession.count() == 0


async def test_a_staff_session_ends_after_two_idle_hours(browser, personas):
    await browser.sign_in(personas.counselor.email)
    token = browser.cookie(SESSION_COOKIE)
    await age_session(token, last_seen=timedelta(hours=1, minutes=59))
    assert (await browser.get("/api/auth/me")).status_code == 200
    await age_session(token, last_seen=timedelta(hours=2, seconds=1))
    assert (await browser.get("/api/auth/me")).status_code == 401


async def test_the_absolute_deadline_ends_even_an_active_session(browser, personas):
    await browser.sign_in(personas.client.email)
    await age_session(browser.cookie(SESSION_COOKIE), expires=timedelta(seconds=1))
    assert (await browser.get("/api/auth/me")).status_code == 401


async def test_last_seen_is_written_once_a_minute_not_per_request(browser, personas):
    await browser.sign_in(personas.client.email)
    token = browser.cookie(SESSION_COOKIE)
    await age_session(token, last_seen=timedelta(seconds=10))
    before = (await AuthSession.select(AuthSession.last_seen).first())["last_seen"]
    await browser.get("/api/auth/me")
    assert (await AuthSession.select(AuthSession.last_seen).first())["last_seen"] == before
    await age_session(token, last_seen=timedelta(minutes=2))
    await browser.get("/api/auth/me")
    touched = (await AuthSession.select(AuthSession.last_seen).first())["last_seen"]
    assert datetime.now(timezone.utc) - touched < timedelta(seconds=30)


async def test_sign_out_ends_the_session_on_the_server(new_browser, personas):
    browser = new_browser()
    await browser.sign_in(personas.client.email)
    token = browser.cookie(SESSION_COOKIE)
    response = await browser.sign_out()
    assert response.status_code == 204
    assert browser.cookie(SESSION_COOKIE) is None
    replay = new_browser()
    replay.client.cookies.set(SESSION_COOKIE, token, domain="testserver.local")
    assert (await replay.get("/api/auth/me")).status_code == 401
    assert await AuthSession.count() == 0
    [event] = await AuditEvent.select().where(AuditEvent.action == "auth.sign_out")
    assert event["actor"] == personas.client.id


async def test_signing_out_twice_is_harmless(browser, personas):
    await browser.sign_in(personas.client.email)
    assert (await browser.sign_out()).status_code == 204
    assert (await browser.sign_out()).status_code == 204


async def test_password_change_ends_every_other_session_and_renews_this_one(new_browser, personas):
    phone, laptop = new_browser(), new_browser()
    await phone.sign_in(personas.client.email)
    await laptop.sign_in(personas.client.email)
    old_token = phone.cookie(SESSION_COOKIE)
    response = await phone.post(
        "/api/auth/password", {"current_password": PERSONA_PASSWORD, "new_password": NEW_PASSWORD}
    )
    assert response.status_code == 204
    assert phone.cookie(SESSION_COOKIE) not in (None, old_token)
    assert (await phone.get("/api/auth/me")).status_code == 200
    assert (await laptop.get("/api/auth/me")).status_code == 401
    assert await AuthSession.count() == 1
    assert (await new_browser().sign_in(personas.client.email)).status_code == 401
    assert (await new_browser().sign_in(personas.client.email, NEW_PASSWORD)).status_code == 200
    assert await AuditEvent.exists().where(AuditEvent.action == "auth.password_changed")


async def test_password_change_needs_the_current_password(browser, personas):
    await browser.sign_in(personas.client.email)
    response = await browser.post(
        "/api/auth/password",
        {"current_password": "wrong current one", "new_password": NEW_PASSWORD},
    )
    assert (response.status_code, response.json()["detail"]) == (
        400,
        "Your current password is not correct.",
    )
    assert (await browser.get("/api/auth/me")).status_code == 200
    assert await AuditEvent.exists().where(AuditEvent.action == "auth.password_change_failed")


async def test_a_weak_new_password_is_refused_with_a_reason(browser, personas):
    await browser.sign_in(personas.client.email)
    for weak, reason in [
        ("short", "at least 10 characters"),
        ("aaaaaaaaaaaa", "a keyboard pattern, a sequence or repeated characters"),
        (personas.client.email, "contains your name or your email address"),
    ]:
        response = await browser.post(
            "/api/auth/password", {"current_password": PERSONA_PASSWORD, "new_password": weak}
        )
        assert response.status_code == 400
        assert reason in response.json()["detail"]
    assert (await browser.get("/api/auth/me")).status_code == 200


async def test_guessing_the_current_password_is_throttled(browser, personas):
    await browser.sign_in(personas.client.email)
    for _ in range(6):
        await browser.post(
            "/api/auth/password",
            {"current_password": "guess guess guess", "new_password": NEW_PASSWORD},
        )
    response = await browser.post(
        "/api/auth/password", {"current_password": PERSONA_PASSWORD, "new_password": NEW_PASSWORD}
    )
    assert response.status_code == 429


async def test_me_and_password_change_need_a_session(browser):
    assert (await browser.get("/api/auth/me")).json() == {
        "status_code": 401,
        "detail": "Sign in to continue.",
    }
    response = await browser.post(
        "/api/auth/password", {"current_password": "x", "new_password": NEW_PASSWORD}
    )
    assert response.status_code == 401


async def test_garbage_session_cookies_are_simply_signed_out(new_browser):
    for garbage in ["", "x", "a" * 43, "../../etc/passwd", "%C3%A9" * 10]:
        browser = new_browser()
        browser.client.cookies.set(SESSION_COOKIE, garbage, domain="testserver.local")
        assert (await browser.get("/api/auth/me")).status_code == 401


async def test_simultaneous_requests_write_last_seen_once(browser, personas, monkeypatch):
    import asyncio

    from server.accounts import services

    await browser.sign_in(personas.client.email)
    await age_session(browser.cookie(SESSION_COOKIE), last_seen=timedelta(minutes=5))
    writes = []
    real_touch = services._touch

    async def counted_touch(token_hash, now):
        writes.append(token_hash)
        await real_touch(token_hash, now)

    monkeypatch.setattr(services, "_touch", counted_touch)
    responses = await asyncio.gather(*(browser.get("/api/auth/me") for _ in range(10)))
    assert [r.status_code for r in responses] == [200] * 10
    assert len(writes) == 1
    touched = (await AuthSession.select(AuthSession.last_seen).first())["last_seen"]
    assert datetime.now(timezone.utc) - touched < timedelta(seconds=30)
