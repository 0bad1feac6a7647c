"""CSRF: every unsafe method needs the __Host-csrf cookie echoed in X-CSRF-Token, and the token
must have been made for the session cookie the browser carries (or for none, before sign-in).

The Origin and Fetch Metadata checks are in test_origin.py."""

from __future__ import annotations

import pytest

from server.security import csrf
from tests.helpers import CSRF_COOKIE, SESSION_COOKIE

REFUSAL = {
    "status_code": 403,
    "detail": "Missing or invalid CSRF token. Reload the page and try again.",
}


async def test_any_get_hands_out_a_signed_csrf_cookie(browser, settings):
    response = await browser.get("/healthz")
    [header] = [h for h in response.headers.get_list("set-cookie") if h.startswith(CSRF_COOKIE)]
    assert "HttpOnly" not in header  # our scripts must read it
    assert "Secure" in header and "Path=/" in header and "SameSite=" in header
    assert csrf.is_genuine(browser.cookie(CSRF_COOKIE), settings.secret_key, csrf.ANONYMOUS)


async def test_a_genuine_cookie_is_not_replaced(browser):
    await browser.get("/healthz")
    response = await browser.get("/healthz")
    assert not any(h.startswith(CSRF_COOKIE) for h in response.headers.get_list("set-cookie"))


async def test_a_forged_cookie_is_replaced_on_the_next_get(browser, settings):
    browser.client.cookies.set(CSRF_COOKIE, "forged.0000", domain="testserver.local")
    await browser.get("/healthz")
    assert browser.cookie(CSRF_COOKIE) != "forged.0000"
    assert csrf.is_genuine(browser.cookie(CSRF_COOKIE), settings.secret_key, csrf.ANONYMOUS)


@pytest.mark.parametrize(
    "header",
    [None, "", "wrong-token", "same-shape.but-not-signed"],
    ids=["missing", "empty", "wrong", "unsigned"],
)
async def test_sign_in_without_a_matching_token_is_refused(browser, personas, header):
    await browser.csrf_token()
    headers = {} if header is None else {"X-CSRF-Token": header}
    response = await browser.post(
        "/api/auth/login",
        {"email": personas.client.email, "password": personas.client.password},
        csrf=False,
        headers=headers,
    )
    assert (response.status_code, response.json()) == (403, REFUSAL)
    assert browser.cookie(SESSION_COOKIE) is None


async def test_a_token_signed_with_another_secret_is_refused(browser, personas):
    forged = csrf.new_token("another-secret-" + "y" * 40, csrf.ANONYMOUS)
    browser.client.cookies.set(CSRF_COOKIE, forged, domain="testserver.local")
    response = await browser.post(
        "/api/auth/login",
        {"email": personas.client.email, "password": personas.client.password},
        csrf=False,
        headers={"X-CSRF-Token": forged},
    )
    assert response.status_code == 403


async def test_after_the_secret_key_is_rotated_a_refusal_brings_a_fresh_token_and_the_session_lives_on(
    browser, personas, settings
):
    """docs/deploy.md: rotating COMPANION_SECRET_KEY costs a signed-in person one refused write
    (the app retries it with the fresh cookie the refusal sets); sessions are not signed by it."""
    await browser.sign_in(personas.client.email)
    binding = csrf.session_binding(browser.cookie(SESSION_COOKIE))
    old = csrf.new_token("the-secret-before-rotation-" + "z" * 40, binding)
    browser.client.cookies.set(CSRF_COOKIE, old, domain="testserver.local")
    refused = await browser.post("/api/auth/logout", csrf=False, headers={"X-CSRF-Token": old})
    assert refused.status_code == 403
    fresh = browser.cookie(CSRF_COOKIE)
    assert fresh != old and csrf.is_genuine(fresh, settings.secret_key, binding)
    assert (await browser.get("/api/auth/me")).status_code == 200  # still signed in
    assert (
        await browser.post("/api/auth/logout", csrf=False, headers={"X-CSRF-Token": fresh})
    ).status_code == 204


async def test_sign_out_also_needs_the_token(browser, personas):
    await browser.sign_in(personas.client.email)
    assert (await browser.post("/api/auth/logout", csrf=False)).status_code == 403
    assert (await browser.get("/api/auth/me")).status_code == 200


async def test_the_matching_token_lets_the_request_through(browser, personas):
    response = await browser.sign_in(personas.client.email)
    assert response.status_code == 200


# --- the token is bound to the session ------------------------------------------------------


def csrf_cookies_set(response) -> list[str]:
    """The CSRF token values a response sets."""
    prefix = CSRF_COOKIE + "="
    return [
        header[len(prefix) :].split(";", 1)[0]
        for header in response.headers.get_list("set-cookie")
        if header.startswith(prefix)
    ]


async def test_the_token_issued_at_sign_in_is_bound_to_the_new_session_and_works(
    browser, personas, settings
):
    await browser.csrf_token()
    response = await browser.sign_in(personas.client.email)
    assert response.status_code == 200
    [issued] = csrf_cookies_set(response)
    session = csrf.session_binding(browser.cookie(SESSION_COOKIE))
    assert csrf.is_genuine(issued, settings.secret_key, session)
    assert browser.cookie(CSRF_COOKIE) == issued
    answer = await browser.put(
        "/api/auth/me/language", {"locale": "es-US"}, csrf=False, headers={"X-CSRF-Token": issued}
    )
    assert answer.status_code == 200


async def test_a_token_made_before_sign_in_stops_working_after_sign_in(browser, personas):
    before = await browser.csrf_token()
    await browser.sign_in(personas.client.email)
    after = browser.cookie(CSRF_COOKIE)
    assert after != before
    # A page that planted or read the pre-sign-in pair cannot use it once the session exists.
    browser.client.cookies.set(CSRF_COOKIE, before, domain="testserver.local")
    refused = await browser.post("/api/auth/logout", csrf=False, headers={"X-CSRF-Token": before})
    assert (refused.status_code, refused.json()) == (403, REFUSAL)
    assert (await browser.get("/api/auth/me")).status_code == 200  # still signed in
    # The refusal handed out a token for this session, with which the write goes through.
    assert browser.cookie(CSRF_COOKIE) not in (before, after)
    assert (await browser.sign_out()).status_code == 204


async def test_a_token_from_another_session_is_refused(new_browser, personas):
    mine, theirs = new_browser(), new_browser()
    await mine.sign_in(personas.client.email)
    await theirs.sign_in(personas.second_client.email)
    stolen = theirs.cookie(CSRF_COOKIE)
    mine.client.cookies.set(CSRF_COOKIE, stolen, domain="testserver.local")
    refused = await mine.post("/api/auth/logout", csrf=False, headers={"X-CSRF-Token": stolen})
    assert (refused.status_code, refused.json()) == (403, REFUSAL)
    assert (await mine.get("/api/auth/me")).status_code == 200


async def test_a_token_for_a_session_is_refused_without_that_session_cookie(
    browser, personas, settings
):
    await browser.sign_in(personas.client.email)
    token = browser.cookie(CSRF_COOKIE)
    browser.client.cookies.delete(SESSION_COOKIE)
    response = await browser.post(
        "/api/auth/login",
        {"email": personas.client.email, "password": personas.client.password},
        csrf=False,
        headers={"X-CSRF-Token": token},
    )
    assert (response.status_code, response.json()) == (403, REFUSAL)
    [fresh] = csrf_cookies_set(response)
    assert csrf.is_genuine(fresh, settings.secret_key, csrf.ANONYMOUS)


async def test_sign_out_hands_out_a_token_for_no_session_that_signs_in_again(
    browser, personas, settings
):
    await browser.sign_in(personas.client.email)
    response = await browser.sign_out()
    assert response.status_code == 204
    [issued] = csrf_cookies_set(response)
    assert csrf.is_genuine(issued, settings.secret_key, csrf.ANONYMOUS)
    assert (await browser.sign_in(personas.client.email)).status_code == 200


async def test_a_password_change_hands_out_a_token_for_the_new_session(browser, personas, settings):
    await browser.sign_in(personas.client.email)
    old_session, old_token = browser.cookie(SESSION_COOKIE), browser.cookie(CSRF_COOKIE)
    response = await browser.post(
        "/api/auth/password",
        {"current_password": personas.client.password, "new_password": "a brand new passphrase"},
    )
    assert response.status_code == 204
    assert browser.cookie(SESSION_COOKIE) != old_session
    [issued] = csrf_cookies_set(response)
    assert issued != old_token
    assert csrf.is_genuine(
        issued, settings.secret_key, csrf.session_binding(browser.cookie(SESSION_COOKIE))
    )
    assert (await browser.sign_out()).status_code == 204


async def test_a_request_that_keeps_its_session_gets_no_new_token(browser, personas):
    await browser.sign_in(personas.client.email)
    response = await browser.put("/api/auth/me/language", {"locale": "es-US"})
    assert response.status_code == 200
    assert csrf_cookies_set(response) == []


def test_tokens_verify_only_with_their_secret_and_session():
    session = csrf.session_binding("a-session-token")
    token = csrf.new_token("s" * 40, session)
    assert csrf.is_genuine(token, "s" * 40, session)
    assert not csrf.is_genuine(token, "t" * 40, session)
    assert not csrf.is_genuine(token, "s" * 40, csrf.session_binding("another-session"))
    assert not csrf.is_genuine(token, "s" * 40, csrf.ANONYMOUS)
    assert not csrf.is_genuine("no-signature", "s" * 40, session)
    assert csrf.request_may_proceed(token, token)
    assert not csrf.request_may_proceed(token, csrf.new_token("s" * 40, session))
    assert not csrf.request_may_proceed(None, token)


def test_no_session_cookie_is_the_anonymous_binding():
    assert csrf.session_binding(None) == csrf.session_binding("") == csrf.ANONYMOUS
    assert csrf.session_binding("x") != csrf.ANONYMOUS


def test_remembered_tokens_are_still_only_genuine_ones_for_their_session():
    tokens = csrf.GenuineTokens("s" * 40)
    session = csrf.session_binding("a-session-token")
    good = csrf.new_token("s" * 40, session)
    assert tokens.check(good, session) == good
    assert tokens.check(good, session) == good  # remembered
    assert tokens.check(good, csrf.ANONYMOUS) is None  # remembered for its session only
    assert tokens.check(good, csrf.session_binding("another-session")) is None
    assert tokens.check(csrf.new_token("t" * 40, session), session) is None
    assert tokens.check("forged.0000", session) is None
    assert tokens.check(None, session) is None
