"""Safer edits on the admin's program screens (issue 16): completing or discharging an
enrollment, ending a series and cancelling a session ask first, naming who or what is affected;
"Keep" changes nothing; Undo, still offered after 30 seconds, brings it back, and an ended series
or a cancelled session can be brought back later too. Deactivating a counselor who still has
clients says who urgent check-ins reach then, and offers to move the caseload first.

Each test makes its own program (or people) with a random tag, so the demo clinic the other
browser tests share stays as it was."""

from __future__ import annotations

import re
import secrets
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from playwright.async_api import Page, expect

from tests.e2e.flows import call_api, laptop_page

pytestmark = pytest.mark.e2e

SIGNED_OUT_PROBE = "status of 401 (Unauthorized)"
REFUSED = "status of 409 (Conflict)"  # an undo the server refuses, on purpose
ZONE = ZoneInfo("America/Denver")


def spoken_day(day) -> str:
    """How the app writes a calendar day: "Tuesday, December 8"."""
    return f"{day:%A}, {day:%B} {day.day}"


def program_today():
    return datetime.now(ZONE).date()


async def new_program(admin: Page, tag: str) -> dict:
    program = await call_api(
        admin,
        "POST",
        "/api/admin/programs",
        {"name": f"Safer {tag}", "timezone": "America/Denver", "min_weekly_hours": 9},
    )
    program["track"] = await call_api(
        admin, "POST", f"/api/admin/programs/{program['id']}/tracks", {"name": f"Track {tag}"}
    )
    return program


async def new_client(admin: Page, name: str, counselor_id: int) -> int:
    invitation = await call_api(
        admin,
        "POST",
        "/api/admin/people",
        {"name": name, "role": "client", "primary_counselor": counselor_id},
    )
    return invitation["person"]["id"]


async def counselor_id(admin: Page, name: str) -> int:
    counselors = await call_api(admin, "GET", "/api/staff/counselors")
    return next(c["id"] for c in counselors if c["name"] == name)


async def enrolled_client(admin: Page, program: dict, name: str) -> dict:
    client = await new_client(admin, name, await counselor_id(admin, "Sam Okafor"))
    return await call_api(
        admin,
        "POST",
        "/api/admin/enrollments",
        {
            "client_id": client,
            "track_id": program["track"]["id"],
            "starts_on": (program_today() - timedelta(days=14)).isoformat(),
        },
    )


async def open_program(admin: Page, program: dict, part: str) -> None:
    """One of the program's pages, through its sub-navigation."""
    await admin.goto(f"/#/admin/programs/{program['id']}")
    await expect(admin.get_by_role("heading", level=1, name=program["name"])).to_be_focused()
    pages = admin.get_by_role("navigation", name="Program pages")
    await pages.get_by_role("link", name=part, exact=True).click()
    await expect(admin.get_by_role("heading", level=1, name=part)).to_be_focused()
    await expect(pages.get_by_role("link", name=part, exact=True)).to_have_attribute(
        "aria-current", "page"
    )


async def test_completing_an_enrollment_asks_first_naming_the_client_and_undo_reopens_it(
    chromium, server
):
    tag = secrets.token_hex(3)
    name = f"Rosa Test {tag}"
    admin = await laptop_page(chromium, server, "admin@demo.example")
    try:
        program = await new_program(admin, tag)
        track = program["track"]["name"]
        enrollment = await enrolled_client(admin, program, name)
        await open_program(admin, program, "Enrollments")
        card = admin.locator(f"li[data-enrollment='{enrollment['id']}']")
        await expect(card).to_contain_text("Active")
        complete = card.get_by_role("button", name=f"Complete {name}'s enrollment in {track}")

        # Asked first, naming the client and the track; "Keep" changes nothing.
        await complete.click()
        confirm = card.locator(".confirm")
        await expect(
            confirm.get_by_role("heading", name=f"Complete {name}'s enrollment in {track}?")
        ).to_be_focused()
        await expect(confirm).to_contain_text("It ends today; their history stays.")
        await confirm.get_by_role("button", name=f"Keep {name} enrolled").click()
        await expect(complete).to_be_focused()
        await expect(confirm).to_be_hidden()
        await expect(card).to_contain_text("Active")

        # Confirmed: completed today.
        await admin.clock.install()
        await complete.click()
        await confirm.get_by_role("button", name="Yes, complete the enrollment").click()
        await expect(card).to_contain_text(f"to {spoken_day(program_today())} · Completed")
        await expect(card.get_by_role("button", name=re.compile("^Complete"))).to_have_count(0)
        toast = admin.locator(".toast")
        await expect(toast).to_contain_text(f"Completed {name}'s enrollment in {track}.")

        # Still there after 30 seconds; Undo reopens it with no end, as it was.
        await admin.clock.run_for(31_000)
        await expect(toast).to_be_visible()
        await toast.get_by_role("button", name="Undo").click()
        await expect(toast).to_have_count(0)
        await expect(card).to_contain_text("Active")
        await expect(card).not_to_contain_text(" to ")
        await expect(complete).to_be_visible()
        [after] = [
            e
            for e in await call_api(
                admin, "GET", f"/api/admin/programs/{program['id']}/enrollments"
            )
            if e["id"] == enrollment["id"]
        ]
        assert (after["status"], after["ends_on"]) == ("active", None), after
        assert admin.problems.unexpected(SIGNED_OUT_PROBE) == []
        assert await admin.evaluate("window.__cspViolations") == []
    finally:
        await admin.context.close()


async def test_undoing_a_discharge_that_a_newer_enrollment_took_over_says_why_not(chromium, server):
    tag = secrets.token_hex(3)
    name = f"Omar Test {tag}"
    admin = await laptop_page(chromium, server, "admin@demo.example")
    try:
        program = await new_program(admin, tag)
        track = program["track"]["name"]
        enrollment = await enrolled_client(admin, program, name)
        await open_program(admin, program, "Enrollments")
        card = admin.locator(f"li[data-enrollment='{enrollment['id']}']")
        await card.get_by_role("button", name=f"Discharge {name} from {track}").click()
        confirm = card.locator(".confirm")
        await expect(
            confirm.get_by_role("heading", name=f"Discharge {name} from {track}?")
        ).to_be_focused()
        await expect(confirm).to_contain_text("Their enrollment ends today; their history stays.")
        await confirm.get_by_role("button", name=f"Yes, discharge {name}").click()
        await expect(card).to_contain_text("Discharged")
        toast = admin.locator(".toast")
        await expect(toast).to_contain_text(f"Discharged {name} from {track}.")

        # Enrolled again from today, before the undo: reopening would overlap, and the toast
        # says so in the server's words, and stays.
        form = admin.locator("form#new-enrollment")
        await form.get_by_label("Client").select_option(label=name)
        await form.get_by_role("button", name="Enroll").click()
        await expect(admin.locator("li[data-enrollment]", has_text=name)).to_have_count(2)
        await toast.get_by_role("button", name="Undo").click()
        await expect(toast.locator(".form-error")).to_contain_text(
            f"The client is already enrolled in {track}"
        )
        await expect(card).to_contain_text("Discharged")
        await toast.get_by_role("button", name="Close").click()
        await expect(toast).to_have_count(0)
        assert admin.problems.unexpected(SIGNED_OUT_PROBE, REFUSED) == []
    finally:
        await admin.context.close()


async def new_series(admin: Page, program: dict, title: str) -> dict:
    """Daily at 10:00 from tomorrow, for the program's track (nobody enrolled in it)."""
    tomorrow = program_today() + timedelta(days=1)
    return await call_api(
        admin,
        "POST",
        "/api/admin/series",
        {
            "program_id": program["id"],
            "kind": "group",
            "title": title,
            "track_id": program["track"]["id"],
            "local_start": f"{tomorrow.isoformat()}T10:00",
            "duration_minutes": 60,
            "rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR,SA,SU",
        },
    )


async def test_ending_a_series_asks_first_and_undo_or_resume_brings_its_sessions_back(
    chromium, server
):
    tag = secrets.token_hex(3)
    title = f"Skills group {tag}"
    admin = await laptop_page(chromium, server, "admin@demo.example")
    try:
        program = await new_program(admin, tag)
        series = await new_series(admin, program, title)
        await open_program(admin, program, "Sessions")
        card = admin.locator(f"li[data-series='{series['id']}']")
        end = card.get_by_role("button", name=f"End series {title}")

        # Asked first, naming the series and when it meets; "Keep it" changes nothing.
        await end.click()
        confirm = card.locator(".confirm")
        await expect(confirm.get_by_role("heading", name=f"End {title}?")).to_be_focused()
        await expect(confirm).to_contain_text(f"Track: {program['track']['name']}")
        await expect(confirm).to_contain_text("Weekly on Mon, Tue, Wed, Thu, Fri, Sat, Sun")
        await expect(confirm).to_contain_text(
            "Its sessions from now on are removed; past sessions and attendance stay."
        )
        await confirm.get_by_role("button", name="Keep it").click()
        await expect(end).to_be_focused()
        await expect(card.locator(".badge")).to_have_count(0)

        # Ended; still undoable after 30 seconds; Undo brings it back.
        await admin.clock.install()
        await end.click()
        await confirm.get_by_role("button", name=f"Yes, end {title}").click()
        await expect(card.locator(".badge")).to_have_text("Ended")
        await expect(end).to_have_count(0)
        toast = admin.locator(".toast")
        await expect(toast).to_contain_text(f"Ended {title}.")
        await admin.clock.run_for(31_000)
        await expect(toast).to_be_visible()
        await toast.get_by_role("button", name="Undo").click()
        await expect(toast).to_have_count(0)
        await expect(card.locator(".badge")).to_have_count(0)
        await expect(end).to_be_visible()

        # Ended again and the toast closed: the series' page resumes it later.
        await end.click()
        await confirm.get_by_role("button", name=f"Yes, end {title}").click()
        await expect(card.locator(".badge")).to_have_text("Ended")
        await toast.get_by_role("button", name="Close").click()
        await card.get_by_role("link", name=f"Sessions of {title}").click()
        await expect(admin.get_by_role("heading", level=1, name=title)).to_be_focused()
        await expect(admin.locator("li.session")).to_have_count(0)
        await expect(admin.locator(".ended-series")).to_contain_text(f"{title} has ended")
        await admin.get_by_role("button", name="Resume this series").click()
        await expect(admin.get_by_role("status")).to_contain_text(f"Resumed {title}")
        await expect(admin.locator(".ended-series")).to_have_count(0)
        await expect(admin.locator("li.session").first).to_contain_text(
            spoken_day(program_today() + timedelta(days=1))[:3]
        )
        assert admin.problems.unexpected(SIGNED_OUT_PROBE) == []
        assert await admin.evaluate("window.__cspViolations") == []
    finally:
        await admin.context.close()


async def test_cancelling_a_session_asks_first_naming_it_and_undo_or_restore_brings_it_back(
    chromium, server
):
    tag = secrets.token_hex(3)
    title = f"Skills group {tag}"
    admin = await laptop_page(chromium, server, "admin@demo.example")
    try:
        program = await new_program(admin, tag)
        series = await new_series(admin, program, title)
        await admin.goto(f"/#/admin/programs/{program['id']}/series/{series['id']}")
        await expect(admin.get_by_role("heading", level=1, name=title)).to_be_focused()
        ten = await admin.evaluate(
            """new Intl.DateTimeFormat(undefined, {hour: "numeric", minute: "2-digit", timeZone: "UTC"})
                .format(new Date("2000-01-01T10:00:00Z"))"""
        )
        when = f"{spoken_day(program_today() + timedelta(days=1))} at {ten}"
        session = admin.locator("li.session").first
        cancel = session.get_by_role("button", name=f"Cancel the session on {when}")

        # Asked first, naming the session and its day and time; "Keep it" changes nothing.
        await cancel.click()
        confirm = session.locator(".confirm")
        await expect(
            confirm.get_by_role("heading", name=f"Cancel {title} on {when}?")
        ).to_be_focused()
        await expect(confirm).to_contain_text("You can restore it here.")
        await confirm.get_by_role("button", name="Keep it").click()
        await expect(cancel).to_be_focused()
        await expect(session.locator(".cancelled-badge")).to_have_count(0)

        # Cancelled; Undo, still there after 30 seconds, restores it.
        await admin.clock.install()
        await cancel.click()
        await confirm.get_by_role("button", name="Yes, cancel this session").click()
        await expect(session.locator(".cancelled-badge")).to_have_text("Cancelled")
        restore = session.get_by_role("button", name=f"Restore the session on {when}")
        await expect(restore).to_be_visible()
        toast = admin.locator(".toast")
        await expect(toast).to_contain_text(f"Cancelled {title} on {when}.")
        await admin.clock.run_for(31_000)
        await expect(toast).to_be_visible()
        await toast.get_by_role("button", name="Undo").click()
        await expect(toast).to_have_count(0)
        await expect(session.locator(".cancelled-badge")).to_have_count(0)
        await expect(cancel).to_be_visible()

        # Cancelled again, the toast closed: its Restore button brings it back later.
        await cancel.click()
        await confirm.get_by_role("button", name="Yes, cancel this session").click()
        await toast.get_by_role("button", name="Close").click()
        await restore.click()
        await expect(admin.get_by_role("status")).to_have_text(f"Restored {title} on {when}.")
        await expect(session.locator(".cancelled-badge")).to_have_count(0)
        await expect(cancel).to_be_visible()
        assert admin.problems.unexpected(SIGNED_OUT_PROBE) == []
        assert await admin.evaluate("window.__cspViolations") == []
    finally:
        await admin.context.close()


async def test_deactivating_a_counselor_with_clients_offers_to_move_their_caseload_first(
    chromium, server
):
    tag = secrets.token_hex(3)
    name = f"Ivy Test {tag}"
    admin = await laptop_page(chromium, server, "admin@demo.example")
    try:
        invitation = await call_api(
            admin,
            "POST",
            "/api/admin/people",
            {"name": name, "role": "counselor", "email": f"ivy-{tag}@demo.example"},
        )
        counselor = invitation["person"]["id"]
        for client in ("One", "Two"):
            await new_client(admin, f"{client} Test {tag}", counselor)
        await admin.goto(f"/#/people/{counselor}")
        await expect(admin.get_by_role("heading", level=1, name=name)).to_be_focused()

        deactivate = admin.get_by_role("button", name=f"Deactivate {name}")
        await deactivate.click()
        confirm = admin.locator(".confirm:visible")
        await expect(confirm.get_by_role("heading", name=f"Deactivate {name}?")).to_be_focused()
        await expect(confirm).to_contain_text(
            f"2 clients have {name} on their care team; urgent check-ins will go to the rest"
            " of the team or the on-call counselors. Move the caseload first?"
        )
        await confirm.get_by_role("button", name="Move the caseload first").click()
        await expect(admin.get_by_label("Move them to")).to_be_focused()
        await expect(admin.locator(".confirm:visible")).to_have_count(0)
        summary = admin.locator(".person-summary")
        await expect(summary).to_have_text("Counselor · Invited, not set up yet")

        # A counselor without clients is asked without it.
        other = f"Jo Test {tag}"
        invitation = await call_api(
            admin,
            "POST",
            "/api/admin/people",
            {"name": other, "role": "counselor", "email": f"jo-{tag}@demo.example"},
        )
        await admin.goto(f"/#/people/{invitation['person']['id']}")
        await expect(admin.get_by_role("heading", level=1, name=other)).to_be_focused()
        await admin.get_by_role("button", name=f"Deactivate {other}").click()
        confirm = admin.locator(".confirm:visible")
        await expect(confirm.get_by_role("heading", name=f"Deactivate {other}?")).to_be_focused()
        await expect(confirm).not_to_contain_text("care team")
        await expect(confirm.get_by_role("button", name="Move the caseload first")).to_have_count(0)
        await confirm.get_by_role("button", name=f"Keep {other} active").click()
        assert admin.problems.unexpected(SIGNED_OUT_PROBE) == []
    finally:
        await admin.context.close()
