"""Steps the browser tests share."""

from __future__ import annotations

from playwright.async_api import Page, expect

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


async def wait_until_saved_for_offline(page: Page, paths: tuple[str, ...] = SAVED_FOR_OFFLINE) -> None:
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
