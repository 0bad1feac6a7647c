"""A LAN install on plain http turns Secure cookies off; the app must still speak CSRF."""

from __future__ import annotations

import pytest
from playwright.async_api import expect

from tests.e2e.flows import CLIENT, CLIENT_NAME, open_sign_in, sign_in
from tests.e2e.harness import phone_context, running_server, watched_page

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
async def plain_server(tmp_path_factory, chromium):
    extra = {"COMPANION_COOKIE_SECURE": "0"}
    async with running_server(tmp_path_factory.mktemp("server-plain"), "sqlite", extra) as started:
        yield started


async def test_signing_in_and_out_works_with_the_plain_http_cookie_names(chromium, plain_server):
    context = await phone_context(chromium, plain_server.base_url)
    try:
        page = await watched_page(context)
        await open_sign_in(page)
        names = {cookie["name"] for cookie in await context.cookies()}
        assert "companion-csrf" in names and "__Host-csrf" not in names, names

        await sign_in(page, CLIENT, plain_server.demo_password)
        await expect(
            page.get_by_role("heading", level=1, name=f"Hello, {CLIENT_NAME}")
        ).to_be_visible()
        await page.get_by_role("navigation", name="Main").get_by_role("link", name="More").click()
        await page.get_by_role("button", name="Sign out").click()
        await expect(page.get_by_role("status")).to_have_text("You've signed out.")
        status = await page.evaluate("fetch('/api/auth/me').then((r) => r.status)")
        assert status == 401
    finally:
        await context.close()
