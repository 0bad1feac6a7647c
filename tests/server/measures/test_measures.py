"""Questionnaires through the API: due windows, retry-safe responses, the safety alert, scope,
corrections, the safety plan's versions, schedules, the FHIR export and the outcomes report."""

from __future__ import annotations

import asyncio
import csv
import io
import uuid
from datetime import date, datetime, timedelta, timezone

import pytest
from fhir.resources.R4B.bundle import Bundle

from server.audit.tables import AuditEvent
from server.care.tables import AlertRecipient, UrgentAlert
from server.measures.tables import MeasureResponse, MeasureSchedule, SafetyPlan
from server.programs import recurrence
from server.programs.tables import Enrollment

PHQ9_MILD = {"1": 1, "2": 1, "3": 2, "4": 0, "5": 3, "6": 1, "7": 0, "8": 0, "9": 0}  # 8
PHQ9_ITEM9 = {**PHQ9_MILD, "9": 1}  # 9, item 9 answered
GAD7_HIGH = {str(k): 2 for k in range(1, 8)}  # 14, moderate


def today() -> date:
    return datetime.now(timezone.utc).astimezone(recurrence.zone("America/Denver")).date()


def response(instrument: str = "phq9", answers: dict | None = None, **changes) -> dict:
    data = {
        "id": str(uuid.uuid4()),
        "instrument": instrument,
        "local_date": str(today()),
        "answers": answers if answers is not None else PHQ9_MILD,
    }
    data.update(changes)
    return data


@pytest.fixture
async def intake_today(schedule, personas):
    """The client's enrollment starts today: every default intake questionnaire is due."""
    await Enrollment.update({Enrollment.starts_on: today()}).where(
        Enrollment.client == personas.client.id
    )
    return schedule


async def test_everything_scheduled_at_intake_is_due_and_closes_when_filled_in(
    personas, signed_in, intake_today
):
    client = await signed_in(personas.client)
    due = (await client.get("/api/measures")).json()["due"]
    assert [d["instrument"] for d in due] == ["cssrs", "phq9", "gad7", "bam", "auditc"] or sorted(
        d["instrument"] for d in due
    ) == sorted(["cssrs", "phq9", "gad7", "bam", "auditc"])
    assert all(d["reason"] == "intake" and d["due_from"] == str(today()) for d in due)
    sent = await client.post("/api/measures/responses", response())
    assert sent.status_code == 201, sent.text
    due = (await client.get("/api/measures")).json()["due"]
    assert "phq9" not in [d["instrument"] for d in due]
    row = await MeasureResponse.select().first()
    assert row["due_from"] == today() or str(row["due_from"]) == str(today())


async def test_a_response_is_stored_once_with_its_items_and_scores(personas, signed_in, schedule):
    client = await signed_in(personas.client)
    sent = response()
    first = await client.post("/api/measures/responses", sent)
    assert first.status_code == 201, first.text
    again = await client.post("/api/measures/responses", sent)
    assert again.status_code == 200 and again.json() == first.json()
    body = first.json()
    assert body["scores"][0]["points"] == 8 and body["scores"][0]["level"] == 1
    assert body["safety"] is False and body["support"] is None
    row = await MeasureResponse.select().first()
    assert row["score"] == 8 and '"9": 0' in row["answers"]
    changed = await client.post("/api/measures/responses", {**sent, "answers": PHQ9_ITEM9})
    assert changed.status_code == 409
    assert await MeasureResponse.count() == 1


async def test_three_sends_at_once_make_one_response(personas, signed_in, schedule):
    client = await signed_in(personas.client)
    sent = response()
    answers = await asyncio.gather(
        *(client.post("/api/measures/responses", sent) for _ in range(3))
    )
    assert sorted(a.status_code for a in answers) == [200, 200, 201]
    assert await MeasureResponse.count() == 1


@pytest.mark.parametrize(
    "answers",
    [
        {**PHQ9_MILD, "9": 4},  # not one of the four answers
        {k: v for k, v in PHQ9_MILD.items() if k != "3"},  # a question left out
        {**PHQ9_MILD, "99": 0},  # no such question
    ],
)
async def test_answers_that_do_not_fit_are_refused_and_nothing_is_stored(
    personas, signed_in, schedule, answers
):
    client = await signed_in(personas.client)
    refused = await client.post("/api/measures/responses", response(answers=answers))
    assert refused.status_code == 400, refused.text
    assert "questionnaire" in refused.json()["detail"]
    assert await MeasureResponse.count() == 0


async def test_item_9_shows_the_plan_and_raises_an_alert_that_reaches_the_care_team(
    personas, signed_in, schedule
):
    client = await signed_in(personas.client)
    sent = await client.post("/api/measures/responses", response(answers=PHQ9_ITEM9))
    body = sent.json()
    assert body["safety"] is True
    support = body["support"]
    assert personas.counselor.display_name in support["seen_by"]
    assert support["plan"]["crisis_lines"][0]["phone"] == "988"
    alert = await UrgentAlert.select().first()
    assert alert["subject"] == f"measure:{body['id']}" and alert["acknowledged_at"] is None
    reached = await AlertRecipient.select(AlertRecipient.account)
    assert {r["account"] for r in reached} == {personas.counselor.id}

    counselor = await signed_in(personas.counselor)
    badge = (await counselor.get("/api/staff/summary")).json()["unreviewed"]
    assert (badge["questionnaires"], badge["urgent"], badge["total"]) == (1, 1, 1)
    queue = (await counselor.get("/api/counselor/measure-queue")).json()
    assert [q["id"] for q in queue] == [body["id"]] and queue[0]["safety"] is True
    detail = (await counselor.get(f"/api/counselor/measure-responses/{body['id']}")).json()
    flagged = [i for i in detail["items"] if i["flagged"]]
    assert [i["key"] for i in flagged] == ["9"]
    assert detail["alert"]["acknowledged_by"] == personas.counselor.display_name
    reviewed = await counselor.post(f"/api/counselor/measure-responses/{body['id']}/review")
    assert reviewed.status_code == 200 and reviewed.json()["reviewed_by"]
    assert (await counselor.get("/api/counselor/measure-queue")).json() == []


async def test_any_c_ssrs_yes_raises_an_alert(personas, signed_in, schedule):
    client = await signed_in(personas.client)
    answers = {"1": 1, "2": 0, "6": 0}
    sent = await client.post("/api/measures/responses", response("cssrs", answers))
    assert sent.status_code == 201, sent.text
    assert sent.json()["safety"] is True
    assert await UrgentAlert.count() == 1


async def test_another_counselor_and_client_see_nothing(personas, signed_in, schedule):
    client = await signed_in(personas.client)
    sent = (await client.post("/api/measures/responses", response(answers=PHQ9_ITEM9))).json()
    other = await signed_in(personas.other_counselor)
    assert (await other.get(f"/api/counselor/measure-responses/{sent['id']}")).status_code == 404
    assert (
        await other.get(f"/api/counselor/clients/{personas.client.id}/measures")
    ).status_code == 404
    assert (await other.get(f"/api/counselor/clients/{personas.client.id}/fhir")).status_code == 404
    assert (await other.get("/api/counselor/measure-queue")).json() == []
    second = await signed_in(personas.second_client)
    assert (await second.get("/api/measures")).json()["history"] == []
    stolen = await second.post(
        "/api/measures/responses", response(answers=PHQ9_ITEM9, id=sent["id"])
    )
    assert stolen.status_code == 409


async def test_a_correction_supersedes_and_both_are_kept(personas, signed_in, schedule):
    client = await signed_in(personas.client)
    first = (await client.post("/api/measures/responses", response(answers=PHQ9_MILD))).json()
    fixed = await client.post(
        "/api/measures/responses", response(answers={**PHQ9_MILD, "1": 3}, supersedes=first["id"])
    )
    assert fixed.status_code == 201, fixed.text
    history = (await client.get("/api/measures")).json()["history"]
    assert [(h["id"], h["superseded"]) for h in history] == [
        (fixed.json()["id"], False),
        (first["id"], True),
    ]
    again = await client.post(
        "/api/measures/responses", response(answers=PHQ9_MILD, supersedes=first["id"])
    )
    assert again.status_code == 409
    wrong = await client.post(
        "/api/measures/responses", response("gad7", GAD7_HIGH, supersedes=fixed.json()["id"])
    )
    assert wrong.status_code == 400
    assert await MeasureResponse.count() == 2


async def test_the_chart_shows_history_bands_and_a_meaningful_change(personas, signed_in, schedule):
    client = await signed_in(personas.client)
    for days_back, answers in ((10, {**PHQ9_MILD, "1": 3, "2": 3, "5": 3}), (0, PHQ9_MILD)):
        day = str(today() - timedelta(days=days_back))
        assert (
            await client.post("/api/measures/responses", response(answers=answers, local_date=day))
        ).status_code == 201
    counselor = await signed_in(personas.counselor)
    chart = (await counselor.get(f"/api/counselor/clients/{personas.client.id}/measures")).json()
    phq9 = next(i for i in chart["instruments"] if i["instrument"] == "phq9")
    assert [p["score"] for p in phq9["points"]] == [12, 8]
    assert phq9["points"][1]["change"] == -4 and phq9["points"][1]["meaningful"] is False
    assert [b["low"] for b in phq9["bands"]] == [0, 5, 10, 15, 20]
    viewed = await AuditEvent.select().where(AuditEvent.action == "measures.viewed")
    assert viewed and viewed[0]["patient"] == personas.client.id


async def test_the_fhir_bundle_validates_and_carries_the_loinc_total(personas, signed_in, schedule):
    client = await signed_in(personas.client)
    await client.post("/api/measures/responses", response(answers=PHQ9_MILD))
    await client.post("/api/measures/responses", response("gad7", GAD7_HIGH))
    counselor = await signed_in(personas.counselor)
    got = await counselor.get(f"/api/counselor/clients/{personas.client.id}/fhir")
    assert got.status_code == 200 and got.headers["content-type"].startswith(
        "application/fhir+json"
    )
    Bundle.model_validate(got.json())
    totals = {
        coding["code"]: e["resource"]["valueInteger"]
        for e in got.json()["entry"]
        if e["resource"]["resourceType"] == "Observation"
        for coding in e["resource"]["code"]["coding"]
        if coding["system"] == "http://loinc.org"
    }
    assert totals == {"44261-6": 8, "70274-6": 14}
    assert await AuditEvent.exists().where(AuditEvent.action == "measures.exported")


async def test_the_safety_plan_keeps_every_version_and_refuses_a_stale_edit(
    personas, signed_in, schedule
):
    client = await signed_in(personas.client)
    empty = (await client.get("/api/me/safety-plan")).json()
    assert empty["version"] == 0 and empty["fallback"]
    mine = {
        "base_version": 0,
        "sections": {
            "warning_signs": ["Not sleeping", " "],
            "people": [{"name": "Ana (sister)", "phone": "+1 303 555 0101"}],
            "reasons": ["My kids"],
        },
    }
    saved = await client.put("/api/me/safety-plan", mine)
    assert saved.status_code == 200, saved.text
    assert saved.json()["version"] == 1 and saved.json()["sections"]["warning_signs"] == [
        "Not sleeping"
    ]
    counselor = await signed_in(personas.counselor)
    path = f"/api/counselor/clients/{personas.client.id}/safety-plan"
    theirs = {
        **mine,
        "base_version": 1,
        "sections": {**mine["sections"], "coping": ["Walk the dog"]},
    }
    assert (await counselor.put(path, theirs)).json()["version"] == 2
    stale = await client.put("/api/me/safety-plan", {**mine, "base_version": 1})
    assert stale.status_code == 409
    current = (await client.get("/api/me/safety-plan")).json()
    assert current["version"] == 2 and current["sections"]["coping"] == ["Walk the dog"]
    assert current["edited_by"] == personas.counselor.display_name
    assert await SafetyPlan.count() == 2
    other = await signed_in(personas.other_counselor)
    assert (await other.put(path, {**theirs, "base_version": 2})).status_code == 404
    bad = await client.put(
        "/api/me/safety-plan",
        {"base_version": 2, "sections": {"people": [{"name": "X", "phone": "call me <b>"}]}},
    )
    assert bad.status_code == 400


async def test_a_client_schedule_replaces_the_track_s_and_bad_rules_are_refused(
    personas, signed_in, intake_today
):
    counselor = await signed_in(personas.counselor)
    path = f"/api/counselor/clients/{personas.client.id}/measure-schedules"
    assert {s["source"] for s in (await counselor.get(path)).json()["schedules"]} == {"default"}
    rules = {"schedules": [{"instrument": "phq9", "at_intake": False, "every_days": 7}]}
    saved = await counselor.put(path, rules)
    assert saved.status_code == 200, saved.text
    phq9 = next(s for s in saved.json()["schedules"] if s["instrument"] == "phq9")
    assert phq9["source"] == "client" and phq9["every_days"] == 7
    client = await signed_in(personas.client)
    due = [d["instrument"] for d in (await client.get("/api/measures")).json()["due"]]
    assert "phq9" not in due and "gad7" in due
    bad = await counselor.put(
        path, {"schedules": [{"instrument": "bam", "every_days": 7, "window_days": 10}]}
    )
    assert bad.status_code == 400


async def test_an_admin_sets_a_track_s_schedule_and_can_return_it_to_the_defaults(
    personas, signed_in, intake_today
):
    """The client is in the evening track. Its admin keeps only the BAM (weekly, from intake):
    the client's due list follows at once; the defaults come back when the track's rules go."""
    path = f"/api/admin/tracks/{intake_today.evening_track}/measure-schedules"
    admin = await signed_in(personas.admin)
    before = (await admin.get(path)).json()["schedules"]
    assert {s["source"] for s in before} == {"default"} and len(before) == 5
    bam = {"instrument": "bam", "at_intake": True, "every_days": 7, "window_days": 3}
    saved = await admin.put(path, {"schedules": [bam]})
    assert saved.status_code == 200, saved.text
    rules = {s["instrument"]: s for s in saved.json()["schedules"]}
    assert {s["source"] for s in rules.values()} == {"track"}
    assert rules["bam"]["every_days"] == 7 and rules["bam"]["window_days"] == 3
    assert not any(rules["phq9"][k] for k in ("at_intake", "every_days", "at_discharge"))
    client = await signed_in(personas.client)
    assert [d["instrument"] for d in (await client.get("/api/measures")).json()["due"]] == ["bam"]
    counselor = await signed_in(personas.counselor)
    chart = f"/api/counselor/clients/{personas.client.id}/measure-schedules"
    seen = {s["instrument"]: s for s in (await counselor.get(chart)).json()["schedules"]}
    assert seen["bam"]["source"] == "track" and seen["bam"]["window_days"] == 3
    # Only an admin sets a track's schedule, and a track must exist.
    assert (await counselor.put(path, {"schedules": [bam]})).status_code == 403
    assert (await counselor.delete(path)).status_code == 403
    assert (await admin.delete("/api/admin/tracks/999999/measure-schedules")).status_code == 404
    reset = await admin.delete(path)
    assert reset.status_code == 200, reset.text
    assert {s["source"] for s in reset.json()["schedules"]} == {"default"}
    assert await MeasureSchedule.count().where(MeasureSchedule.client.is_null()) == 0
    due = {d["instrument"] for d in (await client.get("/api/measures")).json()["due"]}
    assert due == {"cssrs", "phq9", "gad7", "bam", "auditc"}


async def test_outcomes_match_a_hand_count_and_the_csv_says_the_same(personas, signed_in, schedule):
    """Two clients, PHQ-9 at intake and later: the first improves by 8 into remission (12 -> 4),
    the second worsens (6 -> 9). Hand count: 2 measured twice, 1 improved (50 %), remission
    eligible 2 (both at or above 5 at intake), in remission 1 (50 %)."""
    first = await signed_in(personas.client)
    second = await signed_in(personas.second_client)
    high = {**PHQ9_MILD, "1": 3, "2": 3, "5": 3}  # 12
    low = {**{str(k): 0 for k in range(1, 10)}, "1": 2, "2": 2}  # 4
    six = {**{str(k): 0 for k in range(1, 10)}, "1": 3, "2": 3}  # 6
    nine = {**six, "3": 3}  # 9
    for browser, answers, back in (
        (first, high, 12),
        (first, low, 1),
        (second, six, 12),
        (second, nine, 1),
    ):
        day = str(today() - timedelta(days=back))
        sent = await browser.post(
            "/api/measures/responses", response(answers=answers, local_date=day)
        )
        assert sent.status_code == 201, sent.text
    admin = await signed_in(personas.admin)
    query = f"?program={schedule.program_id}&start={today() - timedelta(days=30)}&end={today()}"
    report = (await admin.get(f"/api/counselor/outcomes{query}")).json()
    phq9 = next(r for r in report["rows"] if r["instrument"] == "phq9")
    assert (phq9["clients"], phq9["measured_twice"], phq9["improved"]) == (2, 2, 1)
    assert phq9["improved_share"] == 0.5
    assert (phq9["remission_eligible"], phq9["remission"], phq9["remission_share"]) == (2, 1, 0.5)
    assert phq9["intake_mean"] == 9.0 and phq9["latest_mean"] == 6.5
    assert report["scope"] == "program"
    got = await admin.get(f"/api/counselor/outcomes.csv{query}")
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(got.text)))
    phq9_row = next(r for r in rows if r[0] == "PHQ-9")
    assert phq9_row[1:7] == ["2", "2", "9.0", "6.5", "1", "0.5"]
    counselor = await signed_in(personas.counselor)
    theirs = (await counselor.get(f"/api/counselor/outcomes{query}")).json()
    mine = next(r for r in theirs["rows"] if r["instrument"] == "phq9")
    assert theirs["scope"] == "caseload" and mine["clients"] == 1 and mine["improved"] == 1
