"""Every response carries the security headers that act on it: all of them on pages and the
service worker, a policy allowing nothing on API answers (never cached), nosniff on files."""

from __future__ import annotations

import pytest

EXPECTED = {
    "strict-transport-security": "max-age=63072000; includeSubDomains",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


def assert_protected(response) -> None:
    """A page or the service worker: the full set."""
    for name, value in EXPECTED.items():
        assert response.headers.get(name) == value, name
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy
    assert (
        "script-src 'self'" in policy
        and "unsafe-inline" not in policy
        and "unsafe-eval" not in policy
    )
    assert "object-src 'none'" in policy
    assert response.headers["cross-origin-opener-policy"] == "same-origin"


def assert_api_protected(response) -> None:
    """An API answer: nothing may run or frame it if opened in a tab."""
    assert (
        response.headers["content-security-policy"] == "default-src 'none'; frame-ancestors 'none'"
    )
    for name in ("strict-transport-security", "x-content-type-options", "referrer-policy"):
        assert response.headers.get(name) == EXPECTED[name], name


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/api/auth/me", 401),  # an API error
        ("GET", "/healthz", 200),
        ("GET", "/api/does-not-exist", 404),
        ("PUT", "/api/auth/me", 405),
        ("POST", "/api/auth/login", 403),  # refused by CSRF before the app
    ],
)
async def test_api_responses_are_protected_and_not_stored(browser, method, path, status):
    headers = {"X-CSRF-Token": await browser.csrf_token()} if method == "PUT" else {}
    response = await browser.client.request(method, path, headers=headers)
    assert response.status_code == status
    assert_api_protected(response)
    assert response.headers.get_list("cache-control") == ["no-store"]


async def test_the_app_shell_is_protected_and_revalidated_not_stored(browser):
    response = await browser.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert_protected(response)
    assert response.headers["cache-control"] == "no-cache"


async def test_the_service_worker_is_protected_like_a_page(browser):
    response = await browser.get("/sw.js")
    assert response.status_code == 200
    assert_protected(response)


async def test_scripts_and_missing_files_carry_only_the_headers_that_act_on_them(browser):
    for path, status in (("/js/app.js", 200), ("/css/app.css", 200), ("/no-such-file.js", 404)):
        response = await browser.get(path)
        assert response.status_code == status
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"
        assert (
            "content-security-policy" not in response.headers
            and "x-frame-options" not in response.headers
        )


async def test_a_304_adds_nothing_to_what_the_stored_answer_has(browser):
    first = await browser.get("/")
    again = await browser.get("/", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304
    assert "content-security-policy" not in again.headers and again.content == b""


async def test_an_oversized_body_is_refused_with_protection(browser):
    response = await browser.post(
        "/api/auth/login",
        content=b"{" + b" " * 300_000 + b"}",
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413
    assert_api_protected(response)
