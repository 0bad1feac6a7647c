"""Signing in and out, offline, and the keyboard, in a phone-sized Chromium."""

from __future__ import annotations

import re
import secrets

import pytest
from playwright.async_api import expect

from tests.e2e.flows import (
    CLIENT,
    CLIENT_NAME,
    open_sign_in,
    sign_in,
    wait_for_control,
    wait_until_saved_for_offline,
)

pytestmark = pytest.mark.e2e


async def test_the_demo_client_signs_in_stays_usable_offline_and_signs_out(
    page, context, demo_password
):
    await open_sign_in(page)
    await page.get_by_label("Email").press_sequentially(CLIENT)
    await page.get_by_label("Password").press_sequentially(demo_password)
    await page.get_by_role("button", name="Sign in").click()

    greeting = page.get_by_role("heading", level=1, name=f"Hello, {CLIENT_NAME}")
    await expect(greeting).to_be_visible()
    await expect(greeting).to_be_focused()
    await expect(
        page.get_by_role("navigation", name="Main").get_by_role("link", name="Today")
    ).to_have_attribute("aria-current", "page")
    cards = page.locator("ul.cards > li.card")
    await expect(cards.last.get_by_role("heading", level=2)).to_have_text("This week's hours")
    headings = await cards.get_by_role("heading", level=2).all_text_contents()
    # A homework card shows only while homework is open (another test may have assigned some),
    # the call-in card only on a testing day, the questionnaires card only while one is due.
    optional = ("Homework", "Today's call-in")
    shown = [t for t in headings if t not in optional and "short questionnaire" not in t]
    assert shown == [
        "Daily check-in",
        "Next session",
        "Also today" if "Also today" in headings else "Today's sessions",
        "Meetings this week",
        "This week's hours",
    ], headings

    # The first load is controlled by the service worker without a reload (clients.claim()).
    await wait_for_control(page)
    await wait_until_saved_for_offline(page)

    # Offline, the app opens on the last saved copy of Today, and says so.
    await context.set_offline(True)
    await page.reload()
    await expect(page.locator("header.app-header")).to_contain_text("Companion")
    await expect(greeting).to_be_visible()
    await expect(page.get_by_role("status").filter(has_text="You're offline")).to_have_count(1)
    await expect(page.locator("p.updated")).to_have_text(re.compile(r"^Offline\. Updated "))
    await expect(cards).to_have_count(len(headings))
    crisis = page.locator("header .crisis-control")
    await expect(crisis.locator("summary")).to_have_text("Crisis help")
    await expect(page.locator('a[href="tel:988"]')).to_have_count(1)
    # The program's front desk is in crisis help offline too, from the saved Today.
    await crisis.locator("summary").click()
    await expect(crisis.locator(".front-desk")).to_have_text(
        "Your program's front desk: (303) 555-0142"
    )
    await expect(crisis.locator('.front-desk a[href="tel:3035550142"]')).to_be_visible()
    await crisis.locator("summary").click()

    # Back online, the app reconnects by itself and the session is still there.
    await context.set_offline(False)
    await expect(page.locator("p.offline-note")).to_have_count(0)
    await expect(page.locator("p.updated")).to_have_text(re.compile(r"^Updated "))
    await expect(greeting).to_be_visible()

    await page.get_by_role("link", name="More").click()
    await page.get_by_role("button", name="Sign out").click()
    await expect(page.get_by_role("heading", level=1, name="Sign in")).to_be_visible()
    await expect(page.get_by_role("status")).to_have_text("You've signed out.")
    # Signed out, crisis help no longer names anyone's program.
    await expect(page.locator("header .crisis-control .front-desk")).to_be_hidden()
    await expect(page.get_by_text(CLIENT_NAME)).to_have_count(0)
    status = await page.evaluate(
        "fetch('/api/auth/me', {credentials: 'same-origin'}).then((r) => r.status)"
    )
    assert status == 401

    # The saved schedule went with the session: offline now, there is nothing of theirs to show.
    names = await page.evaluate("caches.keys()")
    assert "companion-data" not in names and any(
        name.startswith("companion-shell-") for name in names
    ), names
    await context.set_offline(True)
    await page.reload()
    await expect(page.get_by_role("heading", level=1, name="No connection")).to_be_visible()
    await expect(page.get_by_role("status")).to_contain_text("You're offline")
    await expect(page.get_by_text(CLIENT_NAME)).to_have_count(0)
    await context.set_offline(False)


async def test_a_wrong_password_shows_the_servers_message_and_no_greeting(page):
    await open_sign_in(page)
    await sign_in(page, CLIENT, "not-the-password")

    region = page.locator("#signin-error")
    await expect(region).to_have_text("Email or password is incorrect.")
    await expect(region).to_have_attribute("aria-live", "polite")
    await expect(page.get_by_role("button", name="Sign in")).to_be_enabled()
    await expect(page.get_by_label("Password")).to_be_focused()
    await expect(page.get_by_role("heading", name="Hello", exact=False)).to_have_count(0)


async def test_too_many_attempts_show_the_servers_wait_message(page):
    await open_sign_in(page)
    region = page.locator("#signin-error")
    email = f"nobody-{secrets.token_hex(3)}@demo.example"  # throttled per address, known or not
    button = page.get_by_role("button", name="Sign in")
    for _ in range(8):
        await sign_in(page, email, "wrong-password")
        await expect(button).to_be_enabled()
        await expect(region).not_to_be_empty()
        if "Too many" in await region.inner_text():
            break
    await expect(region).to_have_text(
        re.compile(r"^Too many (sign-in )?attempts\. Try again in \d+ (minutes?|seconds?)\.$")
    )


async def test_crisis_help_is_on_the_sign_in_and_home_screens(page, demo_password):
    async def check_crisis_links() -> None:
        footer = page.locator("header .crisis-control")
        assert await footer.evaluate("(el) => !el.closest('main')"), (
            "crisis help must sit outside the views"
        )
        summary = footer.locator("summary")
        box = await summary.bounding_box()
        assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 844, (
            "crisis help off screen"
        )
        await summary.click()
        await expect(footer.locator('a[href="tel:988"]')).to_be_visible()
        await expect(footer.locator('a[href="sms:988"]')).to_be_visible()
        await expect(footer.locator('a[href="https://988lifeline.org/chat/"]')).to_be_visible()
        await expect(footer).to_contain_text("In an emergency: call 911")
        await expect(footer.locator('a[href="tel:911"]')).to_be_visible()
        await summary.click()
        await expect(footer.locator('a[href="tel:988"]')).to_be_hidden()

    await open_sign_in(page)
    await check_crisis_links()
    await sign_in(page, CLIENT, demo_password)
    await expect(page.get_by_role("heading", level=1, name=f"Hello, {CLIENT_NAME}")).to_be_visible()
    await check_crisis_links()


async def test_screens_fit_320_px_without_sideways_scrolling_and_buttons_are_big_enough(
    page, demo_password
):
    await page.set_viewport_size({"width": 320, "height": 640})

    async def check(button_names: list[str]) -> None:
        width = await page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"the page is {width}px wide at 320px"
        for name in button_names:
            box = await page.get_by_role("button", name=name).bounding_box()
            assert box is not None and box["height"] >= 44 and box["width"] >= 44, (name, box)
        summary = await page.locator(".crisis-control summary").bounding_box()
        assert summary is not None and summary["height"] >= 44, summary
        await page.locator(".crisis-control summary").click()  # open: still no sideways scrolling
        for link in await page.locator(".crisis-control a:visible").all():
            box = await link.bounding_box()
            assert box is not None and box["height"] >= 44 and box["width"] >= 44, box
        width = await page.evaluate("document.documentElement.scrollWidth")
        assert width <= 320, f"the page is {width}px wide at 320px with crisis help open"
        await page.locator(".crisis-control summary").click()

    await open_sign_in(page)
    await check(["Sign in"])
    await sign_in(page, CLIENT, demo_password)
    await expect(page.get_by_role("heading", level=1, name=f"Hello, {CLIENT_NAME}")).to_be_visible()
    await check([])
    await page.get_by_role("link", name="More").click()
    await expect(page.get_by_role("heading", level=1, name="More")).to_be_focused()
    await check(["Sign out"])


async def test_sign_in_works_with_the_keyboard_alone_without_console_errors_or_csp_violations(
    page, demo_password
):
    await open_sign_in(page)
    # The view's heading has focus; the next stop is the email field.
    await expect(page.get_by_role("heading", level=1, name="Sign in")).to_be_focused()
    await page.keyboard.press("Tab")
    await expect(page.get_by_label("Email")).to_be_focused()
    await page.keyboard.type(CLIENT)
    await page.keyboard.press("Tab")
    await expect(page.get_by_label("Password")).to_be_focused()
    await page.keyboard.type(demo_password)
    await page.keyboard.press("Enter")

    greeting = page.get_by_role("heading", level=1, name=f"Hello, {CLIENT_NAME}")
    await expect(greeting).to_be_visible()
    await expect(greeting).to_be_focused()
    await wait_for_control(page)

    # More, then the sign-out button, are reachable and work from the keyboard too.
    await page.get_by_role("link", name="More").focus()
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("heading", level=1, name="More")).to_be_focused()
    await page.get_by_role("button", name="Sign out").focus()
    await page.keyboard.press("Enter")
    await expect(page.get_by_role("heading", level=1, name="Sign in")).to_be_visible()

    violations = await page.evaluate("window.__cspViolations")
    assert violations == []
    # The one expected console line: Chromium logs the signed-out probe's 401 (the app asks
    # /api/auth/me who is signed in; signed out is a 401 by design).
    signed_out_probe = f"status of 401 (Unauthorized) (at {page.url.rstrip('/')}/api/auth/me)"
    assert page.problems.unexpected(signed_out_probe) == []
