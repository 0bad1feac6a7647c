"""Every response carries the security headers; API responses are never cached."""

from __future__ import annotations

import pytest

EXPECTED = {
    "strict-transport-security": "max-age=63072000; includeSubDomains",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


def assert_protected(response) -> None:
    for name, value in EXPECTED.items():
        assert response.headers.get(name) == value, name
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "object-src 'none'" in policy


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
    assert_protected(response)
    assert response.headers.get_list("cache-control") == ["no-store"]


async def test_the_app_shell_is_protected_and_revalidated_not_stored(browser):
    response = await browser.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert_protected(response)
    assert response.headers["cache-control"] == "no-cache"


async def test_a_missing_static_file_is_protected_too(browser):
    response = await browser.get("/no-such-file.js")
    assert response.status_code == 404
    assert_protected(response)


async def test_an_oversized_body_is_refused_with_protection(browser):
    response = await browser.post("/api/auth/login", content=b"{" + b" " * 300_000 + b"}",
                                  headers={"content-type": "application/json"})
    assert response.status_code == 413
    assert_protected(response)
