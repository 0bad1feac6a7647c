"""Homework from end to end: the counselor assigns a worksheet from a group session, the client
fills it in partly offline (the words survive a reload on and offline) and submits, the
counselor returns it, the client revises, the counselor marks it reviewed."""

from __future__ import annotations

import re
import secrets

import pytest
from playwright.async_api import expect

from tests.e2e.flows import (
    call_api,
    laptop_page,
    open_sign_in,
    sign_in,
    signed_in_page,
    wait_for_control,
    wait_until_saved_for_offline,
)

pytestmark = pytest.mark.e2e

CLIENT = "client2@demo.example"  # in the evening track, on counselor@demo.example's caseload
CLIENT_NAME = "Maria Garcia"
SIGNED_OUT_PROBE = "status of 401 (Unauthorized)"
OFFLINE_CONSOLE = ("ERR_INTERNET_DISCONNECTED", "status of 503 () (at ")

NEXT_EVENING_GROUP = """async () => {
    const from = new Date().toISOString().slice(0, 10);
    const sessions = await (await fetch(`/api/counselor/occurrences?from=${from}&days=14`)).json();
    const next = sessions.find((s) => s.track === "Evening IOP" && s.kind === "group" && s.status === "scheduled"
        && new Date(s.starts_at) > Date.now());
    return next.id;
}"""


async def assign_to_client(counselor) -> None:
    """Open "Assign homework" for CLIENT_NAME, from the link to their page on the caseload."""
    await counselor.goto("/#/caseload")
    link = counselor.get_by_role("link", name=CLIENT_NAME, exact=True).first
    client = (await link.get_attribute("href")).rsplit("/", 1)[1]
    await counselor.goto(f"/#/homework/assign/client/{client}")


async def test_assigned_in_group_done_partly_offline_returned_revised_and_reviewed(
    chromium, server, page, context
):
    title = f"Trigger map {secrets.token_hex(3)}"
    counselor = await signed_in_page(chromium, server, "counselor@demo.example")
    try:
        # The counselor assigns from the roster of the evening group's next session.
        group = await counselor.evaluate(NEXT_EVENING_GROUP)
        await counselor.goto(f"/#/sessions/{group}")
        await counselor.get_by_role("link", name="Assign homework").click()
        await expect(
            counselor.get_by_role("heading", level=1, name="Assign homework to this group")
        ).to_be_focused()
        await counselor.get_by_label("Worksheet").select_option(label="Trigger map")
        await counselor.get_by_label("Title").fill(title)
        await counselor.get_by_label("Question 6", exact=True).fill(
            "One thing I will do when it shows up"
        )
        await counselor.get_by_role("button", name="Assign", exact=True).click()
        await expect(counselor.get_by_role("heading", level=1, name=title)).to_be_focused()
        await expect(counselor.locator(".progress-text")).to_have_text(
            re.compile(r"^0 of [1-9]\d* done$")
        )
        await expect(counselor.locator(".recipients")).to_contain_text(
            f"{CLIENT_NAME}: Not started"
        )

        # The client sees it on Today and starts it online: the draft is kept by the server.
        await open_sign_in(page)
        await sign_in(page, CLIENT, server.demo_password)
        await expect(
            page.get_by_role("heading", level=1, name=f"Hello, {CLIENT_NAME}")
        ).to_be_focused()
        await wait_for_control(page)
        await expect(page.locator("li.card.homework-card")).to_contain_text("to do")
        await page.get_by_role("link", name="Homework", exact=True).click()
        await page.get_by_role("link", name=title).click()
        await expect(page.get_by_role("heading", level=1, name=title)).to_be_focused()
        assignment = page.url.rsplit("/", 1)[1]
        await wait_until_saved_for_offline(page, (f"/api/homework/{assignment}",))
        status = page.locator(".save-status")
        await page.get_by_label("People who can make using more likely").fill(
            "an old friend\nmy cousin"
        )
        await expect(status).to_have_text("Saved.")
        await page.reload()
        await expect(page.get_by_label("People who can make using more likely")).to_have_value(
            "an old friend\nmy cousin"
        )

        # Offline, the words are kept on the phone, through a reload of the app.
        await context.set_offline(True)
        await page.get_by_label("Places or situations").fill("the bus station")
        await page.get_by_label("Feelings that come before cravings").fill("bored\nlonely")
        await page.get_by_label(re.compile("^Which trigger is strongest")).fill("Payday evenings")
        await (
            page.get_by_role("group", name=re.compile("^How ready do you feel"))
            .get_by_role("radio", name="6", exact=True)
            .check()
        )
        await page.get_by_label("One thing I will do when it shows up").fill("Call my sponsor")
        await expect(status).to_have_text(re.compile("^Saved on this phone"))
        await page.reload()
        await expect(page.get_by_role("heading", level=1, name=title)).to_be_visible()
        await expect(page.get_by_label("Places or situations")).to_have_value("the bus station")
        await expect(page.get_by_label("One thing I will do when it shows up")).to_have_value(
            "Call my sponsor"
        )

        # Back online, it is submitted.
        await context.set_offline(False)
        await page.get_by_role("button", name="Submit").click()
        await expect(page.get_by_role("heading", level=1, name="Homework")).to_be_visible()
        done = page.locator(f'li[data-assignment="{assignment}"]')
        await expect(done).to_contain_text("Submitted")

        # The counselor finds it in the review queue beside check-ins and returns it.
        await counselor.get_by_role("link", name="Review", exact=True).click()
        await expect(counselor.get_by_role("heading", level=1, name="Review queue")).to_be_focused()
        await counselor.get_by_role("link", name=f"{CLIENT_NAME}: {title}").click()
        await expect(
            counselor.get_by_role("heading", level=1, name=f"{CLIENT_NAME}: {title}")
        ).to_be_focused()
        await expect(counselor.locator("dl.answers")).to_contain_text("the bus station")
        await expect(counselor.locator("dl.answers")).to_contain_text("6 (0–10)")
        await counselor.get_by_label("Feedback the client sees").fill("Add a second place, please.")
        await counselor.get_by_role("button", name="Return for revision").click()
        await expect(counselor.get_by_role("heading", level=1, name="Homework")).to_be_focused()

        # The client revises and submits again.
        await page.reload()
        await expect(done).to_contain_text("Returned to revise")
        await done.get_by_role("link").click()
        await expect(page.locator(".feedback-card")).to_contain_text("Add a second place, please.")
        await page.get_by_label("Places or situations").fill(
            "the bus station\npayday at the corner store"
        )
        await page.get_by_role("button", name="Submit again").click()
        await expect(done).to_contain_text("Submitted")

        # The counselor marks it reviewed; the client sees it, and the assignment counts it done.
        await counselor.reload()
        await counselor.get_by_role("link", name=f"{CLIENT_NAME}: {title}").click()
        await expect(counselor.locator("dl.answers")).to_contain_text("payday at the corner store")
        await counselor.get_by_label("Feedback the client sees").fill(
            "Thank you. Well thought through."
        )
        await counselor.get_by_role("button", name="Mark reviewed").click()
        await expect(counselor.get_by_role("heading", level=1, name="Homework")).to_be_focused()
        await counselor.get_by_role("link", name=title, exact=True).click()
        await expect(counselor.get_by_role("heading", level=1, name=title)).to_be_focused()
        await expect(counselor.locator(".progress-text")).to_have_text(
            re.compile(r"^1 of [1-9]\d* done$")
        )
        await expect(counselor.locator(".recipients")).to_contain_text(f"{CLIENT_NAME}: Reviewed")
        await page.reload()
        await expect(done).to_contain_text("Reviewed")
        await done.get_by_role("link").click()
        await expect(page.locator(".feedback-card")).to_contain_text(
            "Thank you. Well thought through."
        )
        assert counselor.problems.unexpected(SIGNED_OUT_PROBE) == []
        assert await counselor.evaluate("window.__cspViolations") == []
    finally:
        await counselor.context.close()
    assert await page.evaluate("window.__cspViolations") == []
    assert page.problems.unexpected(SIGNED_OUT_PROBE, *OFFLINE_CONSOLE) == []


async def test_a_counselor_writes_their_own_worksheet_and_assigns_it_to_one_client(
    chromium, server
):
    title = f"Weekend plan {secrets.token_hex(3)}"
    counselor = await signed_in_page(chromium, server, "counselor@demo.example")
    try:
        await counselor.goto("/#/homework")  # on a phone the workspace's navigation is a menu
        await counselor.get_by_role("link", name="Worksheets").click()
        await expect(counselor.get_by_role("heading", level=1, name="Worksheets")).to_be_focused()
        await counselor.get_by_role("link", name="Make my own copy of HALT check").click()
        await expect(counselor.get_by_label("Title")).to_have_value("HALT check (my copy)")
        await counselor.get_by_label("Title").fill(title)
        await counselor.get_by_role("button", name="Add a question").click()
        question = counselor.locator("fieldset.prompt-row").last
        await question.get_by_label("Question", exact=True).fill(
            "Where will you be on Saturday night?"
        )
        await question.get_by_label("Answer as").select_option("choice")
        await question.get_by_label("Choices").fill("At home\nWith family\nAt a meeting")
        await counselor.get_by_role("button", name="Save worksheet").click()
        await expect(counselor.get_by_role("heading", level=1, name="Worksheets")).to_be_focused()
        mine = counselor.locator("li.card", has=counselor.get_by_role("heading", name=title))
        await expect(mine).to_contain_text("7 questions")

        # Assigned to one client from their page, with a due time.
        await assign_to_client(counselor)
        await expect(
            counselor.get_by_role("heading", level=1, name="Assign homework")
        ).to_be_focused()
        await counselor.get_by_label("Worksheet").select_option(label=title)
        await counselor.get_by_role("button", name="Assign", exact=True).click()
        await expect(counselor.locator("#assign-error")).to_have_text("Choose when it is due.")
        next_week = await counselor.evaluate(
            "() => { const d = new Date(Date.now() + 7 * 86400000); d.setHours(18, 0, 0, 0);"
            " return new Date(d - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16); }"
        )
        await counselor.get_by_label("Due").fill(next_week)
        await counselor.get_by_role("button", name="Assign", exact=True).click()
        await expect(counselor.get_by_role("heading", level=1, name=title)).to_be_focused()
        await expect(counselor.locator(".recipients")).to_have_text(f"{CLIENT_NAME}: Not started")

        # Removing the worksheet asks first; the homework given from it stays.
        await counselor.goto("/#/homework/templates")
        mine = counselor.locator("li.card", has=counselor.get_by_role("heading", name=title))
        await mine.get_by_role("button", name=f"Remove {title}").click()
        await expect(mine.get_by_role("heading", name=f"Remove “{title}”?")).to_be_focused()
        await mine.get_by_role("button", name="Yes, remove it").click()
        await expect(counselor.get_by_role("status")).to_have_text("Worksheet removed.")
        await expect(mine).to_have_count(0)
        await counselor.goto("/#/homework")
        await expect(counselor.get_by_role("link", name=title, exact=True)).to_be_visible()
        assert await counselor.evaluate("window.__cspViolations") == []
    finally:
        await counselor.context.close()


async def test_the_same_worksheet_twice_warns_first_and_homework_nobody_started_can_be_deleted(
    chromium, server
):
    """Assigning "Values" to a client who still has it to do asks first ("Cancel" leaves it
    at one); "Assign anyway" gives it again; each copy, started by nobody, can be deleted after
    a question, which "Keep it" answers by changing nothing."""
    counselor = await laptop_page(chromium, server, "counselor@demo.example")
    title = f"Values {secrets.token_hex(3)}"
    try:
        await assign_to_client(counselor)
        await expect(
            counselor.get_by_role("heading", level=1, name="Assign homework")
        ).to_be_focused()
        assign_page = counselor.url
        next_week = await counselor.evaluate(
            "() => { const d = new Date(Date.now() + 7 * 86400000); d.setHours(18, 0, 0, 0);"
            " return new Date(d - d.getTimezoneOffset() * 60000).toISOString().slice(0, 16); }"
        )

        async def assign() -> None:
            await counselor.get_by_label("Worksheet").select_option(label="Values")
            await counselor.get_by_label("Title").fill(title)
            await counselor.get_by_label("Due").fill(next_week)
            await counselor.get_by_role("button", name="Assign", exact=True).click()

        await assign()
        await expect(counselor.get_by_role("heading", level=1, name=title)).to_be_focused()
        first = counselor.url

        # The same worksheet again: a warning in the server's words, nothing given yet.
        await counselor.goto(assign_page)
        await expect(
            counselor.get_by_role("heading", level=1, name="Assign homework")
        ).to_be_focused()
        await assign()
        warning = counselor.locator(".confirm")
        await expect(
            warning.get_by_role("heading", name="This worksheet is already assigned")
        ).to_be_focused()
        await expect(warning).to_contain_text(
            f"{CLIENT_NAME} already has “{title}” to do and has not finished it yet."
        )
        await warning.get_by_role("button", name="Cancel").click()
        await expect(warning).to_be_hidden()
        await expect(counselor.get_by_role("button", name="Assign", exact=True)).to_be_focused()
        given = await call_api(counselor, "GET", "/api/counselor/assignments")
        assert [one["title"] for one in given].count(title) == 1

        await counselor.get_by_role("button", name="Assign", exact=True).click()
        await warning.get_by_role("button", name="Assign anyway").click()
        await expect(counselor.get_by_role("heading", level=1, name=title)).to_be_focused()
        assert counselor.url != first
        given = await call_api(counselor, "GET", "/api/counselor/assignments")
        assert [one["title"] for one in given].count(title) == 2

        # Nobody started the second copy: it can go, after a question.
        delete = counselor.get_by_role("button", name="Delete this homework")
        await delete.click()
        question = counselor.locator(".delete-part .confirm")
        await expect(question.get_by_role("heading", name=f"Delete “{title}”?")).to_be_focused()
        await expect(question).to_contain_text(f"It disappears from the homework of {CLIENT_NAME}.")
        await question.get_by_role("button", name="Keep it").click()
        await expect(delete).to_be_focused()
        await delete.click()
        await question.get_by_role("button", name="Yes, delete it").click()
        await expect(counselor.get_by_role("heading", level=1, name="Homework")).to_be_focused()
        await expect(counselor.get_by_role("status")).to_have_text(f"Deleted “{title}”.")
        assigned = counselor.locator("tr[data-assignment]", has_text=title)
        await expect(assigned).to_have_count(1)

        # The first copy too, from the list (the demo's homework stays as it was).
        await assigned.get_by_role("link", name=title).click()
        await counselor.get_by_role("button", name="Delete this homework").click()
        await counselor.get_by_role("button", name="Yes, delete it").click()
        await expect(counselor.get_by_role("heading", level=1, name="Homework")).to_be_focused()
        await expect(assigned).to_have_count(0)
        assert counselor.problems.unexpected(SIGNED_OUT_PROBE, "status of 409 (Conflict)") == []
        assert await counselor.evaluate("window.__cspViolations") == []
    finally:
        await counselor.context.close()
