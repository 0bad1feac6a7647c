"""The app's own files go out gzipped and answer 304 when the phone's copy is current; the API
is never compressed."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.core.minify import strip_js
from server.core.static import etag_matches

WEB = Path(__file__).resolve().parents[2] / "web"
APP_JS = strip_js((WEB / "js" / "app.js").read_text()).encode()  # as served: server/core/minify.py


async def test_a_script_is_sent_gzipped_to_a_browser_that_accepts_it(browser):
    response = await browser.get("/js/app.js", headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200
    assert response.headers["content-encoding"] == "gzip"
    assert "accept-encoding" in response.headers["vary"].lower()
    assert int(response.headers["content-length"]) < len((WEB / "js" / "app.js").read_bytes()) / 2
    assert response.content == APP_JS  # httpx decodes it


async def test_a_browser_that_asks_for_no_encoding_gets_the_file_as_it_is(browser):
    response = await browser.get("/js/app.js", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in response.headers
    assert response.content == APP_JS


@pytest.mark.parametrize(
    "path",
    ["/", "/sw.js", "/css/app.css", "/js/app.js", "/icons/icon-192.png", "/locales/es/shell.json"],
)
async def test_an_unchanged_file_answers_304_without_a_body(browser, path):
    first = await browser.get(path, headers={"Accept-Encoding": "gzip"})
    etag = first.headers["etag"]

    again = await browser.get(path, headers={"Accept-Encoding": "gzip", "If-None-Match": etag})

    assert again.status_code == 304
    assert again.content == b""
    assert again.headers["etag"] == etag
    assert again.headers["cache-control"] == "no-cache"
    assert "content-encoding" not in again.headers and "content-length" not in again.headers
    # the stored answer keeps the security headers it came with: a 304 repeats none of them
    assert (
        "content-security-policy" not in again.headers
        and "x-content-type-options" not in again.headers
    )


async def test_a_changed_file_is_sent_whole(browser):
    response = await browser.get("/js/app.js", headers={"If-None-Match": '"an-older-version"'})
    assert response.status_code == 200
    assert response.content == APP_JS


async def test_api_answers_are_never_compressed_nor_304(signed_in, personas):
    client = await signed_in(personas.client)
    response = await client.get(
        "/api/auth/me", headers={"Accept-Encoding": "gzip", "If-None-Match": "*"}
    )
    assert response.status_code == 200
    assert "content-encoding" not in response.headers


@pytest.mark.parametrize(
    ("condition", "etag", "matches"),
    [
        (b'"a"', b'"a"', True),
        (b'W/"a"', b'"a"', True),  # If-None-Match compares weakly
        (b'"b", "a"', b'"a"', True),
        (b"*", b'"a"', True),
        (b'"b"', b'"a"', False),
        (b'"ab"', b'"a"', False),
    ],
)
def test_if_none_match_uses_the_weak_comparison(condition, etag, matches):
    assert etag_matches(condition, etag) is matches
