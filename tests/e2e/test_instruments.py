"""Questionnaires on the staff side, from end to end, on both databases.

A clinic of its own for these tests (a program, a track whose group Dana Reyes leads, two new
clients on her care team), so that the numbers are a hand count whatever other tests did:

- Ana fills in three PHQ-9s (12, then 10, then 4): the chart's Instruments tab draws them over
  the severity bands, marks the drop of 6 as meaningful (PHQ-9: 5 or more), and lists the same
  scores in its table, newest first; the caseload's Scores column says "PHQ-9 4 ▼6"; the FHIR
  export downloads; a schedule changed there becomes the client's own.
- Ben's second PHQ-9 answers item 9 "Several days": the review queue lists it first among the
  questionnaires worth a look, with who its alert reached; opening it shows the flagged item
  and acknowledges the alert in Dana's name; "Mark looked at" takes it out of the queue.
- The outcomes report for the clinic (12 → 4 and 6 → 9: 2 measured twice, means 9.0 → 6.5,
  1 improved, 1 of 2 in remission, both intake questionnaires filled in) on the page and in the
  CSV it downloads.
"""

from __future__ import annotations

import csv
import io
import json
import re
import secrets
from datetime import date, timedelta

import pytest
from playwright.async_api import Page, expect

from tests.e2e.flows import call_api, open_sign_in, sign_in
from tests.e2e.harness import phone_context, watched_page
from tests.e2e.test_accessibility import audit_for
from tests.e2e.test_workspace import PHONE, SIGNED_OUT_PROBE, axe_clean, workspace

pytestmark = pytest.mark.e2e

ZONE = "America/Denver"
PASSWORD = "steady lantern harbor 27"
DANA = "Dana Reyes"


def phq9(total: int, item9: int = 0) -> dict[str, int]:
    """PHQ-9 answers (option indexes, 0-3) adding up to `total`, item 9 as given."""
    answers, left = {}, total - item9
    for item in range(1, 9):
        answers[str(item)] = min(3, left)
        left -= answers[str(item)]
    answers["9"] = item9
    assert left == 0, total
    return answers


async def client_page(chromium, server, email: str) -> Page:
    page = await watched_page(await phone_context(chromium, server.base_url))
    await open_sign_in(page)
    await sign_in(page, email, PASSWORD)
    await expect(page.get_by_role("heading", level=1, name=re.compile("^Hello, "))).to_be_focused()
    return page


async def respond(page: Page, day: date, answers: dict[str, int]) -> dict:
    """A PHQ-9 sent as the client's phone sends it (its own id, the day it was for)."""
    body = {
        "id": await page.evaluate("crypto.randomUUID()"),
        "instrument": "phq9",
        "local_date": day.isoformat(),
        "answers": answers,
    }
    return await call_api(page, "POST", "/api/measures/responses", body)


@pytest.fixture(scope="module")
async def clinic(chromium, server):
    """A program and track of its own (Dana leads its group), and two clients on her care team
    who filled in PHQ-9s: Ana 12 → 10 → 4, Ben 6 → 9 (item 9 answered: a safety answer)."""
    tag = secrets.token_hex(3)
    admin = await workspace(chromium, server, "admin@demo.example")
    try:
        today = date.fromisoformat(
            await admin.evaluate(
                "(zone) => new Date().toLocaleDateString('en-CA', {timeZone: zone})", ZONE
            )
        )
        dana = next(
            c for c in await call_api(admin, "GET", "/api/staff/counselors") if c["name"] == DANA
        )
        program = await call_api(
            admin, "POST", "/api/admin/programs", {"name": f"Outcomes IOP {tag}", "timezone": ZONE}
        )
        track = await call_api(
            admin, "POST", f"/api/admin/programs/{program['id']}/tracks", {"name": f"Track {tag}"}
        )
        # A group Dana leads there (one session, long past): the report offers her this program.
        await call_api(
            admin,
            "POST",
            "/api/admin/series",
            {
                "program_id": program["id"],
                "kind": "group",
                "title": "Outcomes group",
                "local_start": f"{today - timedelta(days=60)}T18:00",
                "duration_minutes": 180,
                "track_id": track["id"],
                "facilitator_id": dana["id"],
            },
        )
        people = {}
        for first in ("Ana", "Ben"):
            email = f"{first.lower()}-{tag}@e2e.example"
            invited = await call_api(
                admin,
                "POST",
                "/api/admin/people",
                {
                    "name": f"{first} Outcome {tag}",
                    "role": "client",
                    "email": email,
                    "primary_counselor": dana["id"],
                },
            )
            await call_api(
                admin, "POST", "/api/activation", {"code": invited["code"], "password": PASSWORD}
            )
            client_id = invited["person"]["id"]
            await call_api(
                admin,
                "POST",
                "/api/admin/enrollments",
                {
                    "client_id": client_id,
                    "track_id": track["id"],
                    "starts_on": (today - timedelta(days=13)).isoformat(),
                },
            )
            people[first] = {"id": client_id, "name": f"{first} Outcome {tag}", "email": email}
    finally:
        await admin.context.close()

    days = {n: today - timedelta(days=n) for n in (13, 6, 1)}
    responses = {}
    for first, scores in (
        ("Ana", [(13, 12, 0), (6, 10, 0), (1, 4, 0)]),
        ("Ben", [(13, 6, 0), (1, 9, 1)]),
    ):
        page = await client_page(chromium, server, people[first]["email"])
        try:
            responses[first] = [
                await respond(page, days[n], phq9(total, item9)) for n, total, item9 in scores
            ]
        finally:
            await page.context.close()
    return {
        "today": today,
        "days": days,
        "program": program,
        "track": track,
        "people": people,
        "responses": responses,
    }


async def test_the_instruments_tab_draws_the_scores_and_marks_a_meaningful_drop(
    chromium, server, clinic
):
    ana = clinic["people"]["Ana"]
    page = await workspace(chromium, server)
    try:
        # The caseload's Scores column: the latest PHQ-9 and its change, said whole to a screen
        # reader.
        await page.goto("/#/caseload")
        row = page.locator(f'#caseload-table tr[data-client="{ana["id"]}"]')
        chip = row.locator('td.col-scores li[data-instrument="phq9"]')
        await expect(chip.locator("[aria-hidden=true]")).to_have_text("PHQ-9 4▼6")
        await expect(chip.locator(".visually-hidden")).to_have_text(
            "PHQ-9 4, down 6 since the last one"
        )

        # From the caseload to the chart's Instruments tab.
        await row.get_by_role("link", name=ana["name"]).click()
        await expect(page.get_by_role("heading", level=1, name=ana["name"])).to_be_focused()
        tabs = page.get_by_role("navigation", name=f"{ana['name']}'s chart")
        await tabs.get_by_role("link", name="Instruments").click()
        await expect(tabs.get_by_role("link", name="Instruments")).to_have_attribute(
            "aria-current", "page"
        )
        assert page.url.endswith(f"#/clients/{ana['id']}/instruments"), page.url
        panel = page.get_by_role("region", name="PHQ-9 · Depression")
        await expect(panel).to_be_visible()
        await expect(panel.locator(".mbc-latest")).to_contain_text("4 of 27, Minimal")

        # The chart: three points, oldest first, over the five bands; the drop of 6 is marked
        # as meaningful, the drop of 2 is not; the picture's name says it in words.
        chart = panel.get_by_role("img")
        await expect(chart).to_have_accessible_name(
            re.compile(
                r"^PHQ-9: 3 scores from .+; latest 4 of 27 \(Minimal\); highest 12, lowest 4\. 1 meaningful change\.$"
            )
        )
        points = chart.locator("g.point")
        assert await points.evaluate_all("(all) => all.map((g) => g.dataset.score)") == [
            "12",
            "10",
            "4",
        ]
        await expect(chart.locator("rect.band")).to_have_count(5)
        await expect(chart.locator("circle.meaningful")).to_have_count(1)
        await expect(points.nth(2).locator("circle.meaningful")).to_have_count(1)
        await expect(points.nth(1).locator("circle.meaningful")).to_have_count(0)
        await expect(chart.locator("circle.safety")).to_have_count(0)

        # The table has the same scores, newest first, each opening the response.
        rows = panel.locator("table tbody tr")
        await expect(rows).to_have_count(3)
        await expect(rows.nth(0)).to_contain_text("4 Minimal")
        await expect(rows.nth(0).locator("td.change")).to_contain_text("down 6")
        await expect(rows.nth(0).locator(".meaningful-tag")).to_have_text("(a meaningful change)")
        await expect(rows.nth(1)).to_contain_text("10 Moderate")
        await expect(rows.nth(1).locator("td.change")).to_contain_text("down 2")
        await expect(rows.nth(1).locator(".meaningful-tag")).to_have_count(0)
        await expect(rows.nth(2)).to_contain_text("12 Moderate")
        await expect(rows.nth(2).locator("td.change")).to_have_text("first")
        latest = clinic["responses"]["Ana"][-1]["id"]
        await expect(rows.nth(0).get_by_role("link")).to_have_attribute(
            "href", f"#/responses/{latest}"
        )
        await axe_clean(page, "the Instruments tab")

        # The FHIR export downloads as a Bundle with her three responses.
        async with page.expect_download() as downloading:
            await page.get_by_role("button", name="Download FHIR").click()
        with open(await (await downloading.value).path(), encoding="utf-8") as saved:
            bundle = json.load(saved)
        assert bundle["resourceType"] == "Bundle"
        kinds = [entry["resource"]["resourceType"] for entry in bundle["entry"]]
        assert kinds.count("QuestionnaireResponse") == 3, kinds

        # Her own schedule: the PHQ-9 open for 5 days (its windows keep their days, so the
        # outcomes' hand count below stays true); the other questionnaires keep the track's.
        schedule = page.get_by_role("region", name="When questionnaires are due")
        await schedule.get_by_text("Change the schedule").click()
        await expect(
            schedule.get_by_label("PHQ-9: repeat every how many days (empty: no repeats)")
        ).to_have_value("14")
        window = schedule.get_by_label("PHQ-9: open for how many days")
        await window.fill("20")
        await schedule.get_by_role("button", name="Save schedule").click()
        summary = schedule.locator(".error-summary")
        await expect(summary).to_be_focused()
        await expect(summary).to_contain_text("PHQ-9: keep it open for 1 to 14 days.")
        await window.fill("5")
        await schedule.get_by_role("button", name="Save schedule").click()
        await expect(page.get_by_role("status")).to_have_text("Schedule saved.")
        phq9_row = schedule.locator('table tr[data-instrument="phq9"]').first
        await expect(phq9_row).to_contain_text("5 days")
        await expect(phq9_row).to_contain_text("This client's own")
        saved = await call_api(page, "GET", f"/api/counselor/clients/{ana['id']}/measure-schedules")
        sources = {rule["instrument"]: rule["source"] for rule in saved["schedules"]}
        assert sources["phq9"] == "client" and sources["gad7"] != "client", sources

        # On a phone the tab is one column and nothing but its tables scrolls sideways.
        await page.set_viewport_size(PHONE)
        await page.reload()
        await expect(panel).to_be_visible()
        await axe_clean(page, "the Instruments tab on a phone")
        assert page.problems.unexpected(SIGNED_OUT_PROBE) == []
        assert await page.evaluate("window.__cspViolations") == []
    finally:
        await page.context.close()


async def test_a_safety_answer_leads_the_queue_and_opening_it_acknowledges_the_alert(
    chromium, server, clinic
):
    ben = clinic["people"]["Ben"]
    safety = clinic["responses"]["Ben"][-1]
    assert safety["safety"] is True
    page = await workspace(chromium, server)
    try:
        await page.goto("/#/queue")
        await expect(page.get_by_role("heading", level=1, name="Review queue")).to_be_visible()
        section = page.get_by_role("region", name="Questionnaires worth a look")
        table = section.locator("table")
        first = table.locator("tbody tr").first
        await expect(first).to_have_class(re.compile(r"\bsafety\b"))  # safety answers first
        row = table.locator(f'tr[data-response="{safety["id"]}"]')
        await expect(row.locator("th")).to_have_text(ben["name"])
        await expect(row).to_contain_text("PHQ-9")
        await expect(row).to_contain_text("Safety answer")
        await expect(row.locator("td.num [aria-hidden=true]")).to_have_text("6 → 9")
        await expect(row).to_contain_text("Mild")
        await expect(row.locator(".alert-cell")).to_have_text(
            f"Reached {DANA} · Not acknowledged yet"
        )
        await axe_clean(page, "the review queue with questionnaires")

        # Opening it: the answers item by item, item 9 flagged; the alert now acknowledged by Dana.
        await row.get_by_role("link").click()
        await expect(
            page.get_by_role("heading", level=1, name=re.compile(f"^{ben['name']}: PHQ-9 of "))
        ).to_be_focused()
        assert page.url.endswith(f"#/responses/{safety['id']}"), page.url
        flagged = page.locator("table.answers-table tr.flagged")
        await expect(flagged).to_have_count(1)
        await expect(flagged).to_have_attribute("data-item", "9")
        await expect(flagged).to_contain_text("Several days")
        await expect(flagged).to_contain_text("Safety answer")
        await expect(page.locator(".response-safety .alert-state")).to_have_text(
            re.compile(rf"^Reached {DANA} · Acknowledged by {DANA} at \d{{1,2}}:\d{{2}}\s?[AP]M$")
        )
        await expect(page.locator(".response-scores")).to_contain_text("9 of 27, Mild")
        await expect(page.locator(".response-scores")).to_contain_text("6 (up 3 since then)")
        detail = await call_api(page, "GET", f"/api/counselor/measure-responses/{safety['id']}")
        assert detail["alert"]["acknowledged_by"] == DANA
        await axe_clean(page, "one response")

        # Looked at: it says by whom, and leaves the queue.
        await page.get_by_role("button", name="Mark looked at").click()
        await expect(page.get_by_role("status")).to_have_text("Marked looked at.")
        await expect(page.locator(".looked-at")).to_contain_text(f"Looked at by {DANA} on ")
        await page.get_by_role("link", name="Back to the queue").click()
        await expect(page.get_by_role("heading", level=1, name="Review queue")).to_be_visible()
        await expect(page.locator(f'tr[data-response="{safety["id"]}"]')).to_have_count(0)
        queue = await call_api(page, "GET", "/api/counselor/measure-queue")
        assert safety["id"] not in [item["id"] for item in queue]
        assert page.problems.unexpected(SIGNED_OUT_PROBE) == []
        assert await page.evaluate("window.__cspViolations") == []
    finally:
        await page.context.close()


# Counted by hand: Ana 12 → 4 (better by 8: improved; below 5: in remission), Ben 6 → 9 (worse;
# 5 or more at intake, so eligible for remission, but not in it). Both filled in their intake
# PHQ-9 in its window; no other PHQ-9 window has closed yet.
PHQ9_ROW = {
    "Clients measured": "2",
    "Measured twice": "2",
    "Mean, intake → latest": "9.0 → 6.5",
    "Improved": "1 of 2 (50%)",
    "In remission": "1 of 2 (50%)",
    "Completion": "2 of 2 (100%)",
}
PHQ9_CSV = {
    "Instrument": "PHQ-9",
    "Clients measured": "2",
    "Measured twice or more": "2",
    "Mean score at intake": "9.0",
    "Mean latest score": "6.5",
    "Improved": "1",
    "Share improved": "0.5",
    "At or above the remission line at intake": "2",
    "In remission at the latest": "1",
    "Share in remission": "0.5",
    "Due questionnaires": "2",
    "Filled in": "2",
    "Completion rate": "1.0",
}


async def test_the_outcomes_report_and_its_csv_match_a_hand_count(chromium, server, clinic):
    program = clinic["program"]
    page = await workspace(chromium, server)
    try:
        await page.get_by_role("link", name="Outcomes", exact=True).click()
        await expect(page.get_by_role("heading", level=1, name="Outcomes")).to_be_visible()
        # The last 90 days by default.
        today = clinic["today"]
        await expect(page.get_by_label("To", exact=True)).to_have_value(today.isoformat())
        await expect(page.get_by_label("From", exact=True)).to_have_value(
            (today - timedelta(days=90)).isoformat()
        )
        await page.get_by_label("Program").select_option(label=program["name"])
        await expect(page.get_by_label("Track")).to_have_value("")  # the whole program
        await page.get_by_role("button", name="Show the report").click()
        await expect(page.get_by_role("status")).to_have_text("The report is updated.")
        await expect(page.locator("#outcomes-title")).to_have_text(
            re.compile(f"^{re.escape(program['name'])}: ")
        )
        await expect(page.locator(".outcomes-scope")).to_contain_text("Scope: your caseload")
        assert f"program={program['id']}" in page.url, page.url

        table = page.locator("table.outcomes-table")
        row = table.locator('tbody tr[data-instrument="phq9"]')
        for label, value in PHQ9_ROW.items():
            cell = row.locator(f'[data-label="{label}"]')
            await expect(cell).to_contain_text(value)
        # The bands at intake (12 moderate, 6 mild) and at the latest (4 minimal, 9 mild).
        await expect(row.locator("td.bands .visually-hidden")).to_have_text(
            "At intake: 1 mild, 1 moderate. Latest: 1 minimal, 1 mild."
        )
        # Nobody here filled in a GAD-7.
        gad7 = table.locator('tbody tr[data-instrument="gad7"]')
        await expect(gad7.locator('[data-label="Clients measured"]')).to_have_text("0")
        await expect(page.get_by_role("heading", name="What the numbers mean")).to_be_visible()
        await axe_clean(page, "outcomes")

        # The same numbers in the CSV.
        async with page.expect_download() as downloading:
            await page.get_by_role("button", name="Download CSV").click()
        download = await downloading.value
        assert download.suggested_filename.startswith("outcomes-"), download.suggested_filename
        with open(await download.path(), encoding="utf-8") as saved:
            rows = list(csv.DictReader(io.StringIO(saved.read())))
        by_name = {r["Instrument"]: r for r in rows}
        assert by_name["PHQ-9"] == PHQ9_CSV, by_name["PHQ-9"]

        # The report's address keeps the choice: reloading shows the same report.
        await page.reload()
        await expect(page.get_by_label("Program")).to_have_value(str(program["id"]))
        await expect(
            page.locator(
                'table.outcomes-table tbody tr[data-instrument="phq9"] [data-label="Improved"]'
            )
        ).to_contain_text("1 of 2 (50%)")

        # One track, and a phone.
        await page.set_viewport_size(PHONE)
        await page.get_by_label("Track").select_option(label=clinic["track"]["name"])
        await page.get_by_role("button", name="Show the report").click()
        await expect(page.locator("#outcomes-title")).to_contain_text(clinic["track"]["name"])
        await expect(row.locator('[data-label="Measured twice"]')).to_contain_text("2")
        await axe_clean(page, "outcomes on a phone")
        assert page.problems.unexpected(SIGNED_OUT_PROBE) == []
        assert await page.evaluate("window.__cspViolations") == []
    finally:
        await page.context.close()


async def test_the_safety_plan_tab_saves_and_keeps_typed_text_when_the_client_saved_meanwhile(
    chromium, server, clinic
):
    ana = clinic["people"]["Ana"]
    page = await workspace(chromium, server)
    phone = await client_page(chromium, server, ana["email"])
    try:
        await page.goto(f"/#/clients/{ana['id']}/safety-plan")
        tab = page.locator("section.sp-tab")
        await expect(tab.get_by_role("heading", name="Safety plan")).to_be_visible()
        await expect(tab.locator(".sp-changed")).to_have_text("No safety plan yet.")
        # 988 is always on it.
        await expect(tab.locator('[data-step="professionals"]')).to_contain_text(
            "988 Suicide & Crisis Lifeline"
        )
        await tab.get_by_role("button", name="Write a plan").click()
        await tab.get_by_label("Warning signs").fill("Not sleeping\nSkipping meals")
        await tab.locator("#plan-people-0-name").fill("Mom")
        await tab.locator("#plan-people-0-phone").fill("303-555-0199")
        await tab.get_by_role("button", name="Save the plan").click()
        await expect(page.get_by_role("status")).to_have_text("Safety plan saved.")
        await expect(tab.locator(".sp-changed")).to_have_text(
            re.compile(rf"^Version 1\. Last changed by {DANA} on .+\.$")
        )
        await expect(tab.locator('[data-step="people"]')).to_contain_text("Mom · 303-555-0199")
        await axe_clean(page, "the Safety plan tab")

        # Dana edits again while Ana saves her own version from her phone.
        await tab.get_by_role("button", name="Edit the plan").click()
        await tab.get_by_label("My reasons for living").fill("My daughter")
        mine = await call_api(phone, "GET", "/api/me/safety-plan")
        await call_api(
            phone,
            "PUT",
            "/api/me/safety-plan",
            {
                "base_version": mine["version"],
                "sections": {**mine["sections"], "coping": ["Walk the dog"]},
            },
        )
        await tab.get_by_role("button", name="Save the plan").click()
        conflict = tab.locator(".sp-conflict")
        await expect(conflict.get_by_role("heading", level=3)).to_be_focused()
        await expect(conflict).to_contain_text(f"Version 2. Last changed by {ana['name']}")
        await expect(conflict).to_contain_text("Walk the dog")
        # What Dana typed is still there; saving now makes version 3 with her words.
        await expect(tab.get_by_label("My reasons for living")).to_have_value("My daughter")
        await tab.get_by_role("button", name="Save my version").click()
        await expect(page.get_by_role("status")).to_have_text("Safety plan saved.")
        saved = await call_api(page, "GET", f"/api/counselor/clients/{ana['id']}/safety-plan")
        assert saved["version"] == 3 and saved["sections"]["reasons"] == ["My daughter"], saved
        # The one refusal was the 409 the page answered.
        assert page.problems.unexpected(SIGNED_OUT_PROBE, "status of 409 (Conflict)") == []
    finally:
        await page.context.close()
        await phone.context.close()


async def test_the_new_staff_screens_pass_the_phone_audit(chromium, server, clinic):
    """axe, the layout at 390 px and 320 px and with 200 % text, focus never hidden: the
    Instruments and Safety plan tabs, one response, the outcomes report."""
    ana = clinic["people"]["Ana"]
    audit = await audit_for(chromium, server, "counselor@demo.example")
    try:
        await audit.visit(f"/#/clients/{ana['id']}/instruments", ana["name"])
        await audit.visit(f"/#/clients/{ana['id']}/safety-plan", ana["name"])
        latest = clinic["responses"]["Ana"][-1]["id"]
        await audit.visit(f"/#/responses/{latest}", f"{ana['name']}: PHQ-9 of ")
        await audit.visit(f"/#/outcomes?program={clinic['program']['id']}", "Outcomes")
        audit.report()
    finally:
        await audit.page.context.close()
