"""Aftercare meetings from end to end: the client logs one picked from the directory and one
offline, sees this week's progress toward the counselor's target, and the counselor verifies
a logged meeting on the client's page."""

from __future__ import annotations

import re
import secrets

import pytest
from playwright.async_api import expect

from tests.e2e.flows import open_sign_in, sign_in, wait_for_control, wait_until_saved_for_offline
from tests.e2e.harness import phone_context, watched_page

pytestmark = pytest.mark.e2e

CLIENT = "client4@demo.example"  # has an aftercare plan of three meetings a week
CLIENT_NAME = "Aisha Khan"
SIGNED_OUT_PROBE = "status of 401 (Unauthorized)"
OFFLINE_CONSOLE = ("ERR_INTERNET_DISCONNECTED", "status of 503 () (at ")
NOW_LOCAL = "() => { const d = new Date(); return new Date(d - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16); }"


def progress(logged: int, target: int = 3) -> re.Pattern:
    """This week's meetings as the app words them: "2 of 3", then "goal met" (never "4 of 3")."""
    if logged < target:
        return re.compile(rf"^{logged} of {target} meetings this week( \(\d+ verified\))?$")
    counted = f"{logged} of {target} meetings" if logged == target else f"{logged} meetings"
    return re.compile(rf"^{counted} this week( \(\d+ verified\))? — goal met$")


async def test_a_client_logs_meetings_from_the_directory_and_offline_and_the_counselor_verifies(
    chromium, server, page, context
):
    await open_sign_in(page)
    await sign_in(page, CLIENT, server.demo_password)
    await expect(page.get_by_role("heading", level=1, name=f"Hello, {CLIENT_NAME}")).to_be_focused()
    await wait_for_control(page)
    card = page.locator("li.card.meetings-card")
    before = int(re.match(r"\d+", await card.locator(".meetings-progress").text_content())[0])
    await expect(card.locator(".meetings-progress")).to_have_text(progress(before))

    # From the directory: search, pick, and log it as attended just now.
    await card.get_by_role("link", name="Log a meeting").click()
    await expect(page.get_by_role("heading", level=1, name="Meetings")).to_be_focused()
    await wait_until_saved_for_offline(page, ("/api/me/aftercare",))
    await page.get_by_text("Find it in the meeting directory").click()
    await page.get_by_label("Name or place").fill("lodo")
    await page.get_by_role("button", name="Search").click()
    found = page.locator(".directory-results li")
    await expect(found).to_have_count(1)
    await expect(found).to_contain_text(
        "LoDo Big Book · Thursday 12:10 PM · Union Station Community Room"
    )
    await found.get_by_role("button", name=re.compile("^Use this")).click()
    await expect(page.get_by_label("Meeting name")).to_have_value("LoDo Big Book")
    await expect(page.get_by_label("Fellowship")).to_have_value("aa")
    await page.get_by_label("When").fill(await page.evaluate(NOW_LOCAL))
    await page.get_by_label("Note (optional)").fill("Shared for the first time")
    await page.get_by_role("button", name="Log meeting").click()
    await expect(page.locator("p.meetings-progress")).to_have_text(progress(before + 1))
    await expect(page.locator(".recent-meetings li").first).to_contain_text("AA – LoDo Big Book")

    # Offline: kept on the phone, then sent by itself when the connection returns.
    name = f"Thursday home group {secrets.token_hex(2)}"
    await context.set_offline(True)
    await page.get_by_label("Meeting name").fill(name)
    await page.get_by_label("Fellowship").select_option("na")
    await page.get_by_label("When").fill(await page.evaluate(NOW_LOCAL))
    await page.get_by_role("button", name="Log meeting").click()
    await expect(page.locator(".waiting li")).to_contain_text(f"Waiting to send NA – {name}")
    await context.set_offline(False)
    await expect(page.locator("p.meetings-progress")).to_have_text(progress(before + 2))
    await expect(page.locator(".waiting li")).to_have_count(0)
    await page.get_by_role("link", name="Today").click()
    await expect(card.locator(".meetings-progress")).to_have_text(progress(before + 2))

    # The counselor sees the week on the client's page and verifies the meeting.
    counselor_context = await phone_context(chromium, server.base_url)
    counselor = await watched_page(counselor_context)
    try:
        await open_sign_in(counselor)
        await sign_in(counselor, "counselor@demo.example", server.demo_password)
        await expect(counselor.get_by_role("heading", level=1, name="Caseload")).to_be_focused()
        await counselor.get_by_role("link", name=CLIENT_NAME, exact=True).click()
        await (
            counselor.get_by_role("navigation", name=f"{CLIENT_NAME}'s chart")
            .get_by_role("link", name="Meetings")
            .click()
        )
        panel = counselor.locator("section.aftercare-panel")
        await expect(panel.locator(".meetings-progress")).to_have_text(progress(before + 2))
        logged = panel.locator("li", has_text=name)
        await logged.get_by_role("button", name=re.compile("^Verify")).click()
        await expect(logged).to_contain_text("Verified")
        await expect(panel.locator(".meetings-progress")).to_contain_text("verified")
        await panel.get_by_label("Meetings a week (target)").fill("4")
        await panel.get_by_role("button", name="Save plan").click()
        await expect(panel.locator(".meetings-progress")).to_have_text(progress(before + 2, 4))
        assert await counselor.evaluate("window.__cspViolations") == []
        assert counselor.problems.unexpected(SIGNED_OUT_PROBE) == []
    finally:
        await counselor_context.close()

    await page.reload()
    await expect(card.locator(".meetings-progress")).to_have_text(progress(before + 2, 4))
    assert await page.evaluate("window.__cspViolations") == []
    assert page.problems.unexpected(SIGNED_OUT_PROBE, *OFFLINE_CONSOLE) == []
