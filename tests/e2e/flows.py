"""Steps the browser tests share."""

from __future__ import annotations

from playwright.async_api import Page, expect

from tests.e2e.harness import phone_context, watched_page

CLIENT = "client1@demo.example"
CLIENT_NAME = "Jordan Lee"


async def open_sign_in(page: Page) -> None:
    await page.goto("/")
    await expect(page.get_by_role("heading", level=1, name="Sign in")).to_be_visible()


async def sign_in(page: Page, email: str, password: str) -> None:
    await page.get_by_label("Email").fill(email)
    await page.get_by_label("Password").fill(password)
    await page.get_by_role("button", name="Sign in").click()


async def wait_for_control(page: Page) -> None:
    """Wait until the service worker is active and controls this page (it claims clients)."""
    await page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    await page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=10_000)


SAVED_FOR_OFFLINE = ("/api/auth/me", "/api/me/today", "/api/me/schedule?days=14")


async def wait_until_saved_for_offline(
    page: Page, paths: tuple[str, ...] = SAVED_FOR_OFFLINE
) -> None:
    """Wait until the service worker has saved these API answers in its data cache."""
    await page.wait_for_function(
        """async (paths) => {
            if (!(await caches.has("companion-data"))) return false;
            const cache = await caches.open("companion-data");
            const saved = await Promise.all(paths.map((path) => cache.match(path)));
            return saved.every(Boolean);
        }""",
        arg=list(paths),
        timeout=10_000,
    )


async def signed_in_page(chromium, server, email: str) -> Page:
    """A second person's phone (a context of its own), signed in on the demo, with focus on the
    first screen's heading. Close it with `page.context.close()`."""
    context = await phone_context(chromium, server.base_url)
    page = await watched_page(context)
    await open_sign_in(page)
    await sign_in(page, email, server.demo_password)
    await expect(page.get_by_role("heading", level=1)).to_be_focused()
    return page
