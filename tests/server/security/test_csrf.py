"""CSRF: every unsafe method needs the __Host-csrf cookie echoed in X-CSRF-Token."""

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
    assert csrf.is_genuine(browser.cookie(CSRF_COOKIE), settings.secret_key)


async def test_a_genuine_cookie_is_not_replaced(browser):
    await browser.get("/healthz")
    response = await browser.get("/healthz")
    assert not any(h.startswith(CSRF_COOKIE) for h in response.headers.get_list("set-cookie"))


async def test_a_forged_cookie_is_replaced_on_the_next_get(browser, settings):
    browser.client.cookies.set(CSRF_COOKIE, "forged.0000", domain="testserver.local")
    await browser.get("/healthz")
    assert browser.cookie(CSRF_COOKIE) != "forged.0000"
    assert csrf.is_genuine(browser.cookie(CSRF_COOKIE), settings.secret_key)


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
    forged = csrf.new_token("another-secret-" + "y" * 40)
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
    old = csrf.new_token("the-secret-before-rotation-" + "z" * 40)
    browser.client.cookies.set(CSRF_COOKIE, old, domain="testserver.local")
    refused = await browser.post("/api/auth/logout", csrf=False, headers={"X-CSRF-Token": old})
    assert refused.status_code == 403
    fresh = browser.cookie(CSRF_COOKIE)
    assert fresh != old and csrf.is_genuine(fresh, settings.secret_key)
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


def test_tokens_verify_only_with_their_secret():
    token = csrf.new_token("s" * 40)
    assert csrf.is_genuine(token, "s" * 40)
    assert not csrf.is_genuine(token, "t" * 40)
    assert not csrf.is_genuine("no-signature", "s" * 40)
    assert csrf.request_may_proceed(token, token)
    assert not csrf.request_may_proceed(token, csrf.new_token("s" * 40))
    assert not csrf.request_may_proceed(None, token)


def test_remembered_tokens_are_still_only_genuine_ones():
    tokens = csrf.GenuineTokens("s" * 40)
    good = csrf.new_token("s" * 40)
    assert tokens.check(good) == good
    assert tokens.check(good) == good  # remembered
    assert tokens.check(csrf.new_token("t" * 40)) is None
    assert tokens.check("forged.0000") is None
    assert tokens.check(None) is None
