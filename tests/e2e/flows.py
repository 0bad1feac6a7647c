"""Steps the browser tests share."""

from __future__ import annotations

import asyncio

from playwright.async_api import Page, expect

from tests.e2e import passkeys
from tests.e2e.harness import RECORD_CSP_VIOLATIONS, phone_context, watched_page

CLIENT = "client1@demo.example"
CLIENT_NAME = "Jordan Lee"


async def open_sign_in(page: Page) -> None:
    await page.goto("/")
    await expect(page.get_by_role("heading", level=1, name="Sign in")).to_be_visible()


async def sign_in(page: Page, email: str, password: str, *, second_step: bool = True) -> None:
    """Type the email and password and press Sign in. A staff member's second step follows by
    itself (`second_step=False` leaves it to the test): at the first sign-in they enrol a passkey
    in this page's virtual authenticator (passkeys.py remembers it, and the recovery codes are
    taken as saved); later, the remembered passkey answers "Confirm it is you"."""
    await page.get_by_label("Email").fill(email)
    await page.get_by_label("Password").fill(password)
    async with page.expect_response(_is_login) as login:
        await page.get_by_role("button", name="Sign in").click()
    if not second_step or (await login.value).status != 200:
        return
    await finish_second_step(page, email)


def _is_login(response) -> bool:
    return response.request.method == "POST" and response.url.endswith("/api/auth/login")


# What a right password leads to: the signed-in app (its body says the role), a staff member's
# enrolment, or the second step.
AFTER_PASSWORD = "body.staff, body.client, .view.enrol, .view.second-step"


async def finish_second_step(page: Page, email: str) -> None:
    """After a right password: enrol a passkey, or use the remembered one, when asked to."""
    after = page.locator(AFTER_PASSWORD).first
    await after.wait_for(state="attached")
    if await page.locator(".view.enrol").count():
        await enrol_passkey(page, email)
    elif await page.locator(".view.second-step").count() and passkeys.known(page, email):
        await sign_in_with_passkey(page, email)


async def enrol_passkey(page: Page, email: str) -> None:
    """On "Protect your account": a passkey, the recovery codes taken as saved, and on."""
    await passkeys.authenticator(page)
    await page.locator(".factor-choice button").first.click()
    await save_recovery_codes(page)
    await page.locator("body.staff, body.client").first.wait_for(state="attached")
    await passkeys.keep(page, email)


async def save_recovery_codes(page: Page) -> list[str]:
    """On the recovery codes page: tick "I have saved these codes", continue; returns them."""
    codes = page.locator(".recovery-codes ol.codes li")
    await expect(codes).to_have_count(10)
    shown = [text.strip() for text in await codes.all_inner_texts()]
    await page.locator("#codes-saved").check()
    await page.locator(".recovery-codes form button[type=submit]").click()
    return shown


async def sign_in_with_passkey(page: Page, email: str) -> None:
    """On "Confirm it is you": the remembered passkey answers."""
    await passkeys.offer(page, email)
    await page.locator(".second-step section button").click()
    await page.locator("body.staff, body.client").first.wait_for(state="attached")
    await passkeys.keep(page, email)


async def wait_for_control(page: Page) -> None:
    """Wait until the service worker is active and controls this page (it claims clients)."""
    await page.evaluate("navigator.serviceWorker.ready.then(() => true)")
    await page.wait_for_function("navigator.serviceWorker.controller !== null", timeout=10_000)


SAVED_FOR_OFFLINE = ("/api/auth/me", "/api/me/today", "/api/me/schedule?days=14")


async def wait_until_saved_for_offline(
    page: Page, paths: tuple[str, ...] = SAVED_FOR_OFFLINE, timeout: float = 10.0
) -> None:
    """Wait until the service worker has saved these API answers in its data cache.

    Polled from here: page.wait_for_function would take the async check's promise itself as
    a truthy answer and return at once, whatever was saved."""
    missing = list(paths)
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        missing = await page.evaluate(
            """async (paths) => {
                if (!(await caches.has("companion-data"))) return paths;
                const cache = await caches.open("companion-data");
                const saved = await Promise.all(paths.map((path) => cache.match(path)));
                return paths.filter((path, i) => !saved[i]);
            }""",
            list(paths),
        )
        if not missing:
            return
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"not saved for offline after {timeout} s: {missing}")
        await asyncio.sleep(0.1)


async def signed_in_page(chromium, server, email: str) -> Page:
    """A second person's phone (a context of its own), signed in on the demo, with focus on the
    first screen's heading. Close it with `page.context.close()`."""
    context = await phone_context(chromium, server.base_url)
    page = await watched_page(context)
    await open_sign_in(page)
    await sign_in(page, email, server.demo_password)
    await expect(page.get_by_role("heading", level=1)).to_be_focused()
    return page


LAPTOP = {"width": 1366, "height": 850}
NEW_PASSWORD = "quiet river morning 42"


async def laptop_page(chromium, server, email: str) -> Page:
    """A staff member's laptop (a context of its own), signed in on the demo, with focus on the
    first screen's heading. Close it with `page.context.close()`."""
    context = await chromium.new_context(base_url=server.base_url, viewport=LAPTOP)
    await context.add_init_script(RECORD_CSP_VIOLATIONS)
    page = await watched_page(context)
    await open_sign_in(page)
    await sign_in(page, email, server.demo_password)
    await expect(page.get_by_role("heading", level=1)).to_be_focused()
    return page


async def invite(
    page: Page, name: str, role: str, *, email: str = "", counselor: str = ""
) -> dict[str, str]:
    """An admin invites someone from People; returns what the handover screen shows: code,
    sign_in_name, link (its path), expiry."""
    await page.get_by_role("link", name="People", exact=True).click()
    await expect(page.get_by_role("heading", level=1, name="People")).to_be_focused()
    await page.get_by_role("link", name="Invite someone").click()
    await expect(page.get_by_role("heading", level=1, name="Invite someone")).to_be_focused()
    await page.get_by_label("Full name").fill(name)
    await page.get_by_role("radio", name=role.capitalize(), exact=True).check()
    if email:
        await page.get_by_label("Email").fill(email)
    if counselor:
        await page.get_by_label("Primary counselor").select_option(label=counselor)
    await page.get_by_role("button", name="Invite and get a code").click()
    await expect(page.get_by_role("heading", level=1, name=f"{name} is invited")).to_be_focused()
    return await handover(page)


async def handover(page: Page) -> dict[str, str]:
    link = await page.locator(".handover-link a").get_attribute("href")
    return {
        "code": (await page.locator(".handover-code").inner_text()).strip(),
        "sign_in_name": (await page.locator(".handover-name").inner_text()).strip(),
        "link": "/" + link.split("/", 3)[3],
        "expiry": await page.locator(".handover-expiry").inner_text(),
    }


async def activate(page: Page, name: str, password: str = NEW_PASSWORD) -> None:
    """On the activation page of a checked code: choose a password and see the account ready."""
    await expect(page.get_by_role("heading", level=1, name=f"Welcome, {name}")).to_be_visible()
    await page.get_by_label("Choose a password").fill(password)
    await page.get_by_label("Type it again").fill(password)
    await page.get_by_role("button", name="Set up my account").click()
    await expect(page.get_by_role("heading", level=1, name="Your account is ready")).to_be_focused()


async def call_api(page: Page, method: str, path: str, body=None):
    """A call from the page's own session (its cookies, its CSRF token), for a test's setup:
    returns the answer's JSON; anything but a 2xx fails the test."""
    answer = await page.evaluate(
        """async ([method, path, body]) => {
            const token = (document.cookie.match(/(?:__Host-csrf|companion-csrf)=([^;]+)/) || [])[1];
            const response = await fetch(path, {
                method,
                headers: {"Content-Type": "application/json", "X-CSRF-Token": token || ""},
                body: body === null ? undefined : JSON.stringify(body),
            });
            return {status: response.status, body: await response.json().catch(() => null)};
        }""",
        [method, path, body],
    )
    assert 200 <= answer["status"] < 300, (method, path, answer)
    return answer["body"]
