"""The schedule from end to end: an admin adds a session, the client sees it (online and
offline), a counselor marks attendance, and the client's weekly hours go up."""

from __future__ import annotations

import re
import secrets
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from playwright.async_api import Page, expect

from tests.e2e.flows import (
    CLIENT,
    CLIENT_NAME,
    open_sign_in,
    sign_in,
    signed_in_page,
    wait_for_control,
    wait_until_saved_for_offline,
)

pytestmark = pytest.mark.e2e

PROGRAM = "Front Range IOP"
PROGRAM_ZONE = ZoneInfo("America/Denver")
COUNSELOR_NAME = "Dana Reyes"
LENGTH = 45  # minutes
# Chromium logs the sign-in screen's who-is-signed-in probe, a 401 by design.
SIGNED_OUT_PROBE = "status of 401 (Unauthorized)"


# The demo's evening group (server/demo: Evening IOP, 6:00 to 9:00 PM): while it is on, a
# session must start before it to be the client's next one.
GROUP_HOURS = (time(18), time(21))
BEFORE_THE_GROUP = time(17, 30)


def a_little_earlier_today(now: datetime) -> tuple[datetime, int]:
    """A session's program wall-time start and its length in minutes: it started 20 minutes ago
    (attendance can be taken), never before today's local midnight (it is today's), and has not
    ended. While the demo's evening group is on it starts before the group, half an hour ago
    or more, and lasts until 45 minutes from now, so that it is still the client's next session
    whatever time of day the test runs."""
    local = now.astimezone(PROGRAM_ZONE).replace(tzinfo=None, second=0, microsecond=0)
    midnight = local.replace(hour=0, minute=0)
    start = max(midnight, local - timedelta(minutes=20))
    if GROUP_HOURS[0] <= start.time() < GROUP_HOURS[1]:
        start = start.replace(hour=BEFORE_THE_GROUP.hour, minute=BEFORE_THE_GROUP.minute)
        return start, int((local - start).total_seconds() // 60) + LENGTH
    return start, LENGTH


def spoken(minutes: int) -> str:
    """How the app writes a duration: 45 min, 3 h, 3 h 45 min."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


async def admin_adds_a_one_off_session(
    page: Page, title: str, start: datetime, length: int = LENGTH
) -> None:
    await expect(page.get_by_role("heading", level=1, name="Programs")).to_be_focused()
    await page.get_by_role("link", name=PROGRAM).click()
    await expect(page.get_by_role("heading", level=1, name=PROGRAM)).to_be_focused()
    await (
        page.get_by_role("navigation", name="Program pages")
        .get_by_role("link", name="Sessions")
        .click()
    )
    await expect(page.get_by_role("heading", level=1, name="Sessions")).to_be_focused()
    await page.locator("summary", has_text="Add a session series").click()
    form = page.locator("form#new-series")
    await form.get_by_label("Kind").select_option("individual")
    await form.get_by_label("Title").fill(title)
    await form.get_by_label("Client", exact=True).select_option(label=CLIENT_NAME)
    await expect(form.get_by_label("Track", exact=True)).to_be_hidden()
    await expect(form.get_by_label("Repeats")).to_have_value("")
    await form.get_by_label("First day").fill(start.strftime("%Y-%m-%d"))
    await form.get_by_label("Start time").fill(start.strftime("%H:%M"))
    await form.get_by_label("Length in minutes").fill(str(length))
    await form.get_by_label("Place").fill("Room 3, Suite 200")
    await form.get_by_label("Facilitator").select_option(label=COUNSELOR_NAME)
    await form.get_by_role("button", name="Create series").click()
    series = page.locator("li[data-series]", has=page.get_by_role("heading", name=title))
    await expect(series).to_contain_text("One-off")
    await expect(series).to_contain_text(f"Client: {CLIENT_NAME}")
    await expect(series).to_contain_text(f"Facilitator: {COUNSELOR_NAME}")


async def test_a_session_an_admin_adds_reaches_the_client_offline_and_its_attendance_counts(
    chromium, server, page, context, demo_password
):
    title = f"Check-in {secrets.token_hex(3)}"
    start, length = a_little_earlier_today(datetime.now(timezone.utc))

    admin = await signed_in_page(chromium, server, "admin@demo.example")
    try:
        await admin_adds_a_one_off_session(admin, title, start, length)
        assert admin.problems.unexpected(SIGNED_OUT_PROBE) == []
    finally:
        await admin.context.close()

    # The client sees it on Today: it has started and not ended, so it is the next session.
    await open_sign_in(page)
    await sign_in(page, CLIENT, demo_password)
    await expect(page.get_by_role("heading", level=1, name=f"Hello, {CLIENT_NAME}")).to_be_focused()
    next_card = page.locator("li.card.next-session")
    await expect(next_card).to_contain_text(title)
    await expect(next_card.locator(".countdown")).to_have_text("Happening now")
    # When, as a person says it, in one hour format: "Today at 6:00 PM, until 6:45 PM".
    await expect(next_card.locator(".session-time")).to_have_text(
        re.compile(r"^Today at \d{1,2}:\d{2}\s[AP]M, until \d{1,2}:\d{2}\s[AP]M$")
    )
    await expect(next_card).to_contain_text("Room 3, Suite 200")
    hours = page.locator("li.card.week-hours .hours")
    before = await page.evaluate(
        """fetch('/api/me/today').then((r) => r.json())
             .then((today) => today.cards.find((card) => card.card === 'week_hours').hours.attended_minutes)"""
    )
    await expect(hours).to_have_text(re.compile(rf"^Attended {spoken(before)} of the 9 h minimum$"))

    # …and on Week (under More), under today.
    await page.get_by_role("link", name="More").click()
    await expect(page.get_by_role("heading", level=1, name="More")).to_be_focused()
    await page.get_by_role("link", name="Week").click()
    await expect(page.get_by_role("link", name="More")).to_have_attribute("aria-current", "page")
    await expect(page.get_by_role("heading", level=1, name="Your schedule")).to_be_focused()
    today_group = page.locator("section.day").filter(
        has=page.get_by_role("heading", name=re.compile("^Today, "))
    )
    await expect(today_group.locator("li.session", has_text=title)).to_contain_text(
        f"With {COUNSELOR_NAME}"
    )

    # Offline, both screens still show it, from the last fetch, and say when that was.
    await wait_for_control(page)
    await wait_until_saved_for_offline(page)
    await context.set_offline(True)
    await page.reload()
    await expect(page.get_by_role("heading", level=1, name="Your schedule")).to_be_visible()
    await expect(page.locator("li.session", has_text=title)).to_be_visible()
    await expect(page.locator("p.updated")).to_have_text(
        re.compile(r"^Offline\. Updated \d{1,2}:\d{2}")
    )
    await expect(page.locator("p.offline-note")).to_contain_text("You're offline")
    await page.get_by_role("link", name="Today").click()
    await expect(page.get_by_role("heading", level=1, name=f"Hello, {CLIENT_NAME}")).to_be_focused()
    await expect(page.locator("li.card.next-session")).to_contain_text(title)
    await expect(page.locator("p.updated")).to_contain_text("Updated")
    await context.set_offline(False)
    await expect(page.locator("p.offline-note")).to_have_count(0)

    # The client's page never loaded the staff screens.
    loaded = await page.evaluate(
        "performance.getEntriesByType('resource').map((entry) => entry.name)"
    )
    assert not [url for url in loaded if re.search(r"/views/(admin|counselor)\.js$", url)], loaded

    # The counselor marks Jordan present; minutes beyond the session's length are refused.
    counselor = await signed_in_page(chromium, server, "counselor@demo.example")
    try:
        await expect(counselor.get_by_role("heading", level=1, name="Caseload")).to_be_focused()
        await counselor.get_by_role("link", name="Sessions").click()
        await expect(counselor.get_by_role("heading", level=1, name="Sessions")).to_be_focused()
        await counselor.get_by_role("link", name=re.compile(f"^Roster for {title}")).click()
        await expect(counselor.get_by_role("heading", level=1, name=title)).to_be_focused()
        # One row per person on the roster.
        jordan = counselor.locator(
            "tr", has=counselor.get_by_role("rowheader", name=CLIENT_NAME, exact=True)
        )
        minutes = jordan.get_by_label(f"Minutes attended by {CLIENT_NAME}")
        await jordan.get_by_label("Present").check()
        await minutes.fill(str(length + 60))
        await counselor.get_by_role("button", name="Save attendance").click()
        await expect(counselor.locator("#roster-error")).to_have_text(
            f"Minutes ({length + 60}) cannot exceed the session's length ({length})."
        )
        await minutes.fill("")
        await counselor.get_by_role("button", name="Save attendance").click()
        await expect(counselor.get_by_role("status")).to_have_text("Attendance saved.")
        await expect(counselor.locator("#roster-error")).to_be_empty()
        await expect(jordan.locator("td.recorded")).to_have_text(f"Present, {spoken(length)}")
        await expect(jordan.get_by_label("Present")).to_be_checked()
        # Expected console lines: the sign-in screen's probe, and the server's 400 for the refused save.
        assert counselor.problems.unexpected(SIGNED_OUT_PROBE, "status of 400 (Bad Request)") == []
    finally:
        await counselor.context.close()

    # Back on the client's phone, this week's hours went up by the session's length.
    await page.reload()
    await expect(page.get_by_role("heading", level=1, name=f"Hello, {CLIENT_NAME}")).to_be_visible()
    await expect(page.locator("li.card.week-hours .hours")).to_have_text(
        re.compile(rf"^Attended {spoken(before + length)} of the 9 h minimum$")
    )
    assert await page.evaluate("window.__cspViolations") == []


async def test_the_calendar_link_is_shown_once_discreet_by_default_and_can_be_stopped(
    page, demo_password
):
    await open_sign_in(page)
    await sign_in(page, "client2@demo.example", demo_password)
    await page.get_by_role("link", name="More").click()
    await page.get_by_role("link", name="Calendar").click()
    await expect(page.get_by_role("heading", level=1, name="Calendar link")).to_be_focused()
    discreet = page.get_by_role("switch", name="Discreet titles")
    await expect(discreet).to_be_checked()
    await expect(
        page.get_by_text("\u201cAppointment\u201d instead of session names")
    ).to_be_visible()

    await page.get_by_role("button", name="Get a calendar link").click()
    # One tap subscribes: the same link with the webcal scheme, which phones give their calendar.
    subscribe = page.get_by_role("link", name="Add to my calendar")
    await expect(subscribe).to_be_focused()
    link = page.get_by_label("Or copy the link into your calendar app")
    url = await link.input_value()
    assert re.fullmatch(r"https?://[^/]+/calendar/[\w-]+\.ics", url), url
    assert await subscribe.get_attribute("href") == re.sub(r"^https?:", "webcal:", url)
    # Copy: to the clipboard when the browser allows it, else the link is selected to copy by hand.
    await page.get_by_role("button", name="Copy link").click()
    await expect(
        page.get_by_text(re.compile(r"^(Copied\.|Copying isn't allowed here)"))
    ).to_be_visible()
    selected = await link.evaluate("(el) => [el.selectionStart, el.selectionEnd]")
    assert selected == [0, len(url)], selected
    await expect(page.get_by_text("Getting a new link stops the old one")).to_be_visible()
    await discreet.uncheck()
    await expect(page.get_by_role("status")).to_have_text("Discreet titles off.")
    await expect(link).to_have_value(url)  # the switch keeps the one-time link on screen

    # Shown once: opening the panel again says the feed is on, without the link.
    await page.reload()
    await expect(page.get_by_text("Your calendar feed is on.")).to_be_visible()
    await expect(page.get_by_label("Or copy the link into your calendar app")).to_have_count(0)
    await expect(page.get_by_role("link", name="Add to my calendar")).to_have_count(0)
    await expect(page.get_by_role("switch", name="Discreet titles")).not_to_be_checked()
    await page.get_by_role("button", name="Stop the feed").click()
    await expect(page.get_by_role("status")).to_have_text("The calendar feed is stopped.")
    await expect(page.get_by_role("button", name="Get a calendar link")).to_be_focused()
    assert await page.evaluate(f"fetch({url!r}).then((r) => r.status)") == 404
