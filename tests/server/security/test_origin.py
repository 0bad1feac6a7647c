"""Where an unsafe request came from (OWASP's Fetch Metadata and Origin checks): a browser that
says another site sent it is refused before the CSRF token is looked at; a request that says
nothing (curl, the CLI, httpx here) is judged by the token alone. And any route that sets the
session cookie hands out a CSRF token for the new session without knowing it (server/core/http.py).
"""

from __future__ import annotations

import dataclasses

import httpx
import pytest
from litestar import Response

from server.app import create_app
from server.core.http import CompanionApp, get, post
from server.security import csrf
from server.settings import load_settings
from tests.helpers import BASE_URL, CSRF_COOKIE, SESSION_COOKIE, Browser

CROSS_SITE = {
    "status_code": 403,
    "detail": "This request came from another website, so it was refused. Open the app itself "
    "and try again.",
}
TOKEN_REFUSAL = {
    "status_code": 403,
    "detail": "Missing or invalid CSRF token. Reload the page and try again.",
}
CONFIGURED = "https://companion.clinic.example"


async def sign_in_from(browser: Browser, persona, **headers: str) -> httpx.Response:
    return await browser.post(
        "/api/auth/login",
        {"email": persona.email, "password": persona.password},
        headers=headers,
    )


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},
        {"Origin": "https://testserver.local.evil.example"},
        {"Origin": "http://testserver.local:8443"},
        {"Origin": "null"},
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},
        {"Sec-Fetch-Site": "cross-site", "Origin": BASE_URL},
    ],
    ids=["other-site", "lookalike", "other-port", "null", "cross-site", "same-site", "both"],
)
async def test_a_sign_in_sent_by_another_site_is_refused_even_with_a_valid_token(
    browser, personas, headers
):
    response = await sign_in_from(browser, personas.client, **headers)
    assert (response.status_code, response.json()) == (403, CROSS_SITE)
    assert browser.cookie(SESSION_COOKIE) is None


async def test_a_write_sent_by_another_site_is_refused_and_the_session_lives_on(browser, personas):
    await browser.sign_in(personas.client.email)
    response = await browser.post("/api/auth/logout", headers={"Sec-Fetch-Site": "cross-site"})
    assert (response.status_code, response.json()) == (403, CROSS_SITE)
    assert (await browser.get("/api/auth/me")).status_code == 200


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "same-origin", "Origin": BASE_URL},
        {"Sec-Fetch-Site": "same-origin"},
        {"Origin": BASE_URL},
        {"Sec-Fetch-Site": "none"},
        {},
    ],
    ids=["same-origin-and-origin", "same-origin", "origin", "none", "neither"],
)
async def test_a_sign_in_from_our_own_pages_or_without_either_header_goes_through(
    browser, personas, headers
):
    response = await sign_in_from(browser, personas.client, **headers)
    assert response.status_code == 200
    assert browser.cookie(SESSION_COOKIE) is not None


async def test_our_own_origin_still_needs_the_token(browser, personas):
    await browser.csrf_token()
    response = await browser.post(
        "/api/auth/login",
        {"email": personas.client.email, "password": personas.client.password},
        csrf=False,
        headers={"Sec-Fetch-Site": "same-origin", "Origin": BASE_URL},
    )
    assert (response.status_code, response.json()) == (403, TOKEN_REFUSAL)


async def test_reads_are_not_checked_for_where_they_came_from(browser):
    # A link from another site opens the app: a GET, which changes nothing.
    response = await browser.get(
        "/healthz", headers={"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"}
    )
    assert response.status_code == 200


async def test_the_refusal_is_in_the_browsers_language(browser, personas):
    response = await sign_in_from(
        browser, personas.client, **{"Sec-Fetch-Site": "cross-site", "Accept-Language": "es"}
    )
    assert response.status_code == 403
    assert response.json()["detail"].startswith("Esta solicitud venía de otro sitio web")


# --- with COMPANION_BASE_URL set, that origin and no other ----------------------------------


@pytest.fixture
async def configured_browser(settings, engine) -> Browser:
    """A browser against the app configured with a public address (not the test's host)."""
    application = create_app(dataclasses.replace(settings, base_url=CONFIGURED), engine=engine)
    for hook in application.on_startup:
        await hook()
    yield Browser(application)
    for hook in application.on_shutdown:
        await hook()


async def test_with_a_base_url_its_origin_is_ours(configured_browser, personas):
    response = await sign_in_from(
        configured_browser, personas.client, Origin=CONFIGURED, **{"Sec-Fetch-Site": "same-origin"}
    )
    assert response.status_code == 200


async def test_with_a_base_url_the_host_the_request_names_is_not_ours(configured_browser, personas):
    # Without a base URL an Origin naming the Host header is taken as ours (a LAN install);
    # with one, only the configured origin is.
    response = await sign_in_from(configured_browser, personas.client, Origin=BASE_URL)
    assert (response.status_code, response.json()) == (403, CROSS_SITE)


# --- any route that sets the session cookie hands out a token for it ------------------------


@post("/api/auth/rotate", status_code=204)
async def rotate() -> Response[None]:
    """A route like the ones other features add: it sets the session cookie with Litestar's own
    helper and knows nothing about CSRF."""
    response = Response(None, status_code=204)
    response.set_cookie(SESSION_COOKIE, "rotated-session-token", path="/", secure=True)
    return response


@post("/api/auth/forget", status_code=204)
async def forget() -> Response[None]:
    response = Response(None, status_code=204)
    response.delete_cookie(SESSION_COOKIE)
    return response


@get("/api/auth/refresh")
async def refresh() -> Response[None]:
    """Sets the same session cookie again (a longer Max-Age, say)."""
    response = Response(None, status_code=204)
    response.set_cookie(SESSION_COOKIE, "rotated-session-token", path="/", secure=True)
    return response


@pytest.fixture
def bare(tmp_path, vapid_pem) -> Browser:
    """The outer layer alone, around three routes that set the session cookie."""
    settings = load_settings(
        {
            "COMPANION_DATA_DIR": str(tmp_path / "var"),
            "COMPANION_SECRET_KEY": "test-secret-" + "b" * 40,
            "COMPANION_VAPID_PRIVATE_KEY": vapid_pem,
        }
    )
    app = CompanionApp(settings=settings, passwords=None, route_handlers=[rotate, forget, refresh])
    return Browser(app)


def bound_to(browser: Browser, session: str | None) -> bool:
    token = browser.cookie(CSRF_COOKIE)
    return csrf.is_genuine(token, "test-secret-" + "b" * 40, csrf.session_binding(session))


async def test_a_route_that_sets_the_session_cookie_also_gets_a_token_for_it(bare):
    await bare.csrf_token()
    assert bound_to(bare, None)
    response = await bare.post("/api/auth/rotate")
    assert response.status_code == 204
    assert bare.cookie(SESSION_COOKIE) == "rotated-session-token"
    assert bound_to(bare, "rotated-session-token")
    assert (await bare.post("/api/auth/rotate")).status_code == 204  # and it works at once


async def test_a_route_that_removes_the_session_cookie_gets_a_token_for_no_session(bare):
    await bare.post("/api/auth/rotate")
    response = await bare.post("/api/auth/forget")
    assert response.status_code == 204
    assert bare.cookie(SESSION_COOKIE) is None
    assert bound_to(bare, None)
    assert (await bare.post("/api/auth/rotate")).status_code == 204


async def test_setting_the_same_session_cookie_again_keeps_the_token(bare):
    await bare.post("/api/auth/rotate")
    token = bare.cookie(CSRF_COOKIE)
    response = await bare.get("/api/auth/refresh")
    assert response.status_code == 204
    assert not any(h.startswith(CSRF_COOKIE) for h in response.headers.get_list("set-cookie"))
    assert bare.cookie(CSRF_COOKIE) == token


# --- the rules themselves -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("https://Companion.Clinic.Example/", "https://companion.clinic.example"),
        ("https://companion.clinic.example:443", "https://companion.clinic.example"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("http://[::1]:80/app", "http://[::1]"),
        ("null", None),
        ("ftp://example.org", None),
        ("https://example.org:99999", None),
    ],
)
def test_origin_of_writes_an_origin_as_browsers_do(url, origin):
    assert csrf.origin_of(url) == origin


def test_comes_from_us_follows_fetch_metadata_then_origin():
    ours = "https://companion.clinic.example"
    assert csrf.comes_from_us(None, None, ours, None)
    assert csrf.comes_from_us("same-origin", ours, ours, None)
    assert csrf.comes_from_us("none", None, ours, None)
    assert not csrf.comes_from_us("same-site", ours, ours, None)
    assert not csrf.comes_from_us("cross-site", None, ours, None)
    assert not csrf.comes_from_us("something-new", None, ours, None)
    assert not csrf.comes_from_us(None, "https://evil.example", ours, None)
    assert not csrf.comes_from_us(None, "null", ours, "companion.clinic.example")
    # Without a base URL, the Host header names us, whatever scheme a TLS proxy hid.
    assert csrf.comes_from_us(None, "https://lan-box:8000", ours, "lan-box:8000")
    assert csrf.comes_from_us(None, "https://lan-box", ours, "lan-box")
    assert not csrf.comes_from_us(None, "https://lan-box:8001", ours, "lan-box:8000")
    assert not csrf.comes_from_us(None, "https://evil.example", ours, "lan-box:8000")
