"""The admin's program, split into short pages (issue 17): each page opens from the program's
sub-navigation, which marks where you are, fits in about two laptop screens with the demo
clinic, and passes axe on a laptop and the accessibility audit on a phone; forms say what is
wrong beside the field before anything is sent, and the server's refusals still show; a
second program is one choice away and keeps the page you are on.

Nothing here changes the demo clinic the other browser tests share, except a program of its
own with a random name."""

from __future__ import annotations

import re
import secrets

import pytest
from playwright.async_api import Page, expect

from tests.e2e.flows import LAPTOP, call_api, laptop_page
from tests.e2e.harness import DRAWING_ONLY
from tests.e2e.test_accessibility import (
    AXE,
    AXE_TAGS,
    FAILING_IMPACTS,
    RUN_AXE,
    audit_for,
    button,
)

pytestmark = pytest.mark.e2e

ADMIN = "admin@demo.example"
PROGRAM = "Front Range IOP"
SIGNED_OUT_PROBE = "status of 401 (Unauthorized)"
# (link in the sub-navigation, the page's heading, a control that shows the page is drawn)
PAGES = [  # in this order, each a click away from the one before
    ("Tracks", "Tracks", "Add track"),
    ("Sessions", "Sessions", "Add a session series"),
    ("Enrollments", "Enrollments", "Enroll"),
    ("Testing policy", "Testing policy", "Random testing for Evening IOP"),
    ("Risk rules", "Risk rules", "Save risk rules"),
    ("Questionnaires", "Questionnaires", "Save schedule"),
    ("Program details", PROGRAM, "Save program details"),
]
SHORT = 2 * LAPTOP["height"]  # px: "short" is at most two laptop screens


async def program_id(page: Page, name: str = PROGRAM) -> int:
    programs = await call_api(page, "GET", "/api/admin/programs")
    return next(program["id"] for program in programs if program["name"] == name)


def sub_navigation(page: Page):
    return page.get_by_role("navigation", name="Program pages")


async def serious_axe_violations(page: Page) -> list[str]:
    violations = await page.evaluate(RUN_AXE, AXE_TAGS)
    return [
        f"{v['id']}: {v['help']}: {[node['target'] for node in v['nodes'][:4]]}"
        for v in violations
        if v["impact"] in FAILING_IMPACTS
    ]


@DRAWING_ONLY
async def test_each_program_page_opens_from_the_sub_navigation_and_is_short(chromium, server):
    admin = await laptop_page(chromium, server, ADMIN)
    await admin.context.add_init_script(path=AXE)
    try:
        await admin.get_by_role("link", name=PROGRAM).click()
        await expect(admin.get_by_role("heading", level=1, name=PROGRAM)).to_be_focused()
        problems = []
        for link, title, control in PAGES:
            await sub_navigation(admin).get_by_role("link", name=link, exact=True).click()
            await expect(admin.get_by_role("heading", level=1, name=title)).to_be_focused()
            await expect(admin.get_by_text(control, exact=True).first).to_be_visible()
            current = sub_navigation(admin).locator("[aria-current=page]")
            await expect(current).to_have_count(1)
            await expect(current).to_have_text(link)
            height = await admin.evaluate("document.scrollingElement.scrollHeight")
            if height > SHORT:
                problems.append(f"{link} is {height} px long")
            await admin.reload()  # axe's init script runs on a fresh document
            await expect(admin.get_by_role("heading", level=1, name=title)).to_be_visible()
            await expect(admin.get_by_text(control, exact=True).first).to_be_visible()
            problems += [f"{link}: {line}" for line in await serious_axe_violations(admin)]
        # A series' sessions belong to Sessions.
        await sub_navigation(admin).get_by_role("link", name="Sessions", exact=True).click()
        await admin.get_by_role("link", name="Sessions of Evening IOP group").click()
        await expect(
            admin.get_by_role("heading", level=1, name="Evening IOP group")
        ).to_be_focused()
        await expect(sub_navigation(admin).locator("[aria-current=page]")).to_have_text("Sessions")
        height = await admin.evaluate("document.scrollingElement.scrollHeight")
        if height > SHORT:
            problems.append(f"six weeks of a series' sessions are {height} px long")
        problems += [f"a series: {line}" for line in await serious_axe_violations(admin)]
        assert problems == []
        assert admin.problems.unexpected(SIGNED_OUT_PROBE) == []
        assert await admin.evaluate("window.__cspViolations") == []
    finally:
        await admin.context.close()


async def test_a_form_says_what_is_wrong_beside_the_field_before_sending(chromium, server):
    admin = await laptop_page(chromium, server, ADMIN)
    sent = []
    admin.on(
        "request",
        lambda request: sent.append(request.url) if request.method in {"PUT", "POST"} else None,
    )
    try:
        program = await program_id(admin)
        await admin.goto(f"/#/admin/programs/{program}/risk")
        await expect(admin.get_by_role("heading", level=1, name="Risk rules")).to_be_focused()
        days = admin.get_by_label("Days without a check-in before a client is flagged")
        await days.fill("20")
        await admin.get_by_role("button", name="Save risk rules").click()
        message = "Days without a check-in before a client is flagged must be between 1 and 14."
        summary = admin.locator("#risk-problems")
        await expect(summary).to_be_focused()
        await expect(summary.get_by_role("link", name=message)).to_be_visible()
        await expect(admin.locator("#risk-missed-error")).to_have_text(message)
        await expect(days).to_have_attribute("aria-invalid", "true")
        assert sent == []  # nothing reached the server
        # The summary's link takes you to the field; fixed, its message goes.
        await summary.get_by_role("link", name=message).click()
        await expect(days).to_be_focused()
        await days.fill("2")
        await expect(admin.locator("#risk-missed-error")).to_be_hidden()
        await expect(days).not_to_have_attribute("aria-invalid", "true")

        # A track needs a name, and one the program does not have yet.
        await sub_navigation(admin).get_by_role("link", name="Tracks", exact=True).click()
        await expect(admin.get_by_role("heading", level=1, name="Tracks")).to_be_focused()
        await admin.get_by_role("button", name="Add track").click()
        await expect(admin.locator("#track-name-error")).to_have_text("Enter track name.")
        await admin.get_by_label("Track name").fill("evening iop")
        await admin.get_by_role("button", name="Add track").click()
        await expect(admin.locator("#track-name-error")).to_have_text(
            "This program already has a track with that name."
        )
        assert sent == []

        # The server's refusal still shows: enrolling someone already enrolled in the track.
        await sub_navigation(admin).get_by_role("link", name="Enrollments", exact=True).click()
        form = admin.locator("form#new-enrollment")
        await form.get_by_label("Client").select_option(label="Jordan Lee")
        await form.get_by_label("Track").select_option(label="Evening IOP")
        await form.get_by_label("Ends on (optional)").fill("2020-01-01")
        await form.get_by_role("button", name="Enroll").click()
        await expect(admin.locator("#enroll-end-error")).to_have_text(
            "Ends on must be on or after the day it starts."
        )
        await form.get_by_label("Ends on (optional)").fill("")
        await form.get_by_role("button", name="Enroll").click()
        await expect(admin.locator("#new-enrollment-error")).to_contain_text("already enrolled")
        await expect(admin.locator("#new-enrollment-problems")).to_be_hidden()
        assert len(sent) == 1
        assert (
            admin.problems.unexpected(
                SIGNED_OUT_PROBE, "status of 409 (Conflict)", "status of 400 (Bad Request)"
            )
            == []
        )
    finally:
        await admin.context.close()


async def test_another_program_is_one_choice_away_on_the_same_page(chromium, server):
    admin = await laptop_page(chromium, server, ADMIN)
    try:
        name = f"Picker {secrets.token_hex(3)}"
        other = await call_api(
            admin,
            "POST",
            "/api/admin/programs",
            {"name": name, "timezone": "America/Chicago", "min_weekly_hours": 6},
        )
        await admin.goto(f"/#/admin/programs/{await program_id(admin)}/risk")
        await expect(admin.get_by_role("heading", level=1, name="Risk rules")).to_be_focused()
        await admin.get_by_label("Program", exact=True).select_option(label=name)
        await expect(admin).to_have_url(re.compile(rf"#/admin/programs/{other['id']}/risk$"))
        await expect(admin.get_by_role("heading", level=1, name="Risk rules")).to_be_focused()
        await expect(admin.locator(".admin-about")).to_have_text(
            f"{name} · America/Chicago · minimum 6 h a week"
        )
        await expect(admin.get_by_label("Program", exact=True)).to_have_value(str(other["id"]))
        await sub_navigation(admin).get_by_role("link", name="Program details").click()
        await expect(admin.get_by_role("heading", level=1, name=name)).to_be_focused()
        await expect(admin.get_by_label("Time zone")).to_have_value("America/Chicago")
    finally:
        await admin.context.close()


@DRAWING_ONLY
async def test_every_program_page_passes_the_accessibility_audit_on_a_phone(chromium, server):
    audit = await audit_for(chromium, server, ADMIN)
    try:
        page = audit.page
        program = await program_id(page)
        base = f"/#/admin/programs/{program}"
        await audit.visit(base, PROGRAM, button("Save program details"))
        await audit.visit(f"{base}/tracks", "Tracks", button("Add track"))
        await audit.visit(
            f"{base}/sessions", "Sessions", lambda page: [page.get_by_text("Add a session series")]
        )
        await page.get_by_text("Add a session series").click()
        await audit.check("a new series' form, open", button("Create series"))
        await audit.visit(f"{base}/enrollments", "Enrollments", button("Enroll"))
        await audit.visit(f"{base}/testing", "Testing policy")
        await page.get_by_text("Random testing for Evening IOP").click()
        await expect(page.get_by_role("button", name="Save testing policy")).to_be_visible()
        await audit.check("a track's testing policy, open", button("Save testing policy"))
        await audit.visit(f"{base}/risk", "Risk rules", button("Save risk rules"))
        await page.get_by_label("Days without a check-in before a client is flagged").fill("0")
        await page.get_by_role("button", name="Save risk rules").click()
        await expect(page.locator("#risk-problems")).to_be_focused()
        await audit.check("risk rules, with a problem shown", button("Save risk rules"))
        await audit.visit(f"{base}/questionnaires", "Questionnaires")
        audit.report()
    finally:
        await audit.page.context.close()


async def test_a_track_s_questionnaires_follow_the_default_until_the_admin_sets_its_own(
    chromium, server
):
    """In a program of its own: the new track follows the default; a bad number is named beside
    its field before anything is sent; saved, the schedule is the track's own (the BAM every two weeks,
    the AUDIT-C not asked); asked first, it goes back to the default."""
    admin = await laptop_page(chromium, server, ADMIN)
    sent = []
    admin.on(
        "request",
        lambda request: sent.append(request.method) if "measure-schedules" in request.url else None,
    )
    try:
        name = f"Schedules {secrets.token_hex(3)}"
        program = await call_api(
            admin,
            "POST",
            "/api/admin/programs",
            {"name": name, "timezone": "America/Denver", "min_weekly_hours": 9},
        )
        track = await call_api(
            admin, "POST", f"/api/admin/programs/{program['id']}/tracks", {"name": "Day IOP"}
        )
        path = f"/api/admin/tracks/{track['id']}/measure-schedules"
        await admin.goto(f"/#/admin/programs/{program['id']}/questionnaires")
        await expect(admin.get_by_role("heading", level=1, name="Questionnaires")).to_be_focused()
        card = admin.get_by_role("region", name="Day IOP")
        await expect(card.get_by_text("The program's default", exact=True)).to_be_visible()
        await expect(
            card.get_by_role("button", name="Use the default schedule again")
        ).to_have_count(0)

        every = card.get_by_label("BAM: repeat every how many days (empty: no repeats)")
        await every.fill("3")
        sent.clear()
        await card.get_by_role("button", name="Save schedule").click()
        message = "BAM: repeat every 7 to 180 days, or leave it empty for no repeats."
        await expect(card.locator(f"#track-{track['id']}-bam-every-error")).to_have_text(message)
        await expect(every).to_have_attribute("aria-invalid", "true")
        assert sent == []

        await every.fill("14")
        await card.get_by_label("AUDIT-C: at intake").uncheck()
        await card.get_by_label("AUDIT-C: at discharge").uncheck()
        await card.get_by_role("button", name="Save schedule").click()
        await expect(card.get_by_text("Its own schedule", exact=True)).to_be_visible()
        saved = {
            rule["instrument"]: rule for rule in (await call_api(admin, "GET", path))["schedules"]
        }
        assert {rule["source"] for rule in saved.values()} == {"track"}
        assert saved["bam"]["every_days"] == 14
        assert not any(saved["auditc"][k] for k in ("at_intake", "every_days", "at_discharge"))
        assert saved["phq9"]["every_days"] == 14  # the rows left alone keep the default's values

        back = card.get_by_role("button", name="Use the default schedule again")
        await back.click()
        question = card.get_by_role("heading", name="Use the default schedule for Day IOP again?")
        await expect(question).to_be_focused()
        await card.get_by_role("button", name="Cancel").click()
        await expect(back).to_be_focused()
        assert [r["source"] for r in (await call_api(admin, "GET", path))["schedules"]][
            0
        ] == "track"
        await back.click()
        await (
            card.locator(".confirm")
            .get_by_role("button", name="Use the default schedule again")
            .click()
        )
        await expect(card.get_by_text("The program's default", exact=True)).to_be_visible()
        after = (await call_api(admin, "GET", path))["schedules"]
        assert {rule["source"] for rule in after} == {"default"}
        assert admin.problems.unexpected(SIGNED_OUT_PROBE) == []
    finally:
        await admin.context.close()
