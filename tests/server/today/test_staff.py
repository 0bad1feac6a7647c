"""The workspace navigation's counts and the client chart's header: scoped to who asks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from server.accounts.tables import CareTeamMember
from server.audit.tables import AuditEvent
from server.care.tables import AlertRecipient, UrgentAlert
from server.homework.tables import Assignment, Submission
from server.programs import recurrence
from server.programs.tables import SessionOccurrence
from server.testing.tables import DrugTest
from tests.helpers import DENVER, add_account
from tests.server.today.test_caseload import add_test, check_in


async def summary(browser) -> dict:
    answer = await browser.get("/api/staff/summary")
    assert answer.status_code == 200, answer.text
    return answer.json()


async def test_the_counts_match_the_review_queue_and_the_days_lists(schedule, personas, signed_in):
    await check_in(signed_in, personas.client, safety_concern=True)  # urgent
    await check_in(signed_in, personas.second_client, craving=10)  # another caseload's
    now = datetime.now(timezone.utc)
    tz = recurrence.zone(DENVER)
    midnight, _ = recurrence.local_day_bounds(now.astimezone(tz).date(), tz)
    # Today in the program's zone (even just after its midnight), still waiting.
    await add_test(personas.client.id, max(now - timedelta(hours=1), midnight))
    assignment = await Assignment.insert(
        Assignment(
            title="Triggers",
            prompts="[]",
            assigned_by=personas.counselor.id,
            assigned_at=now - timedelta(days=2),
            due_at=now + timedelta(days=1),
        )
    )
    await Submission.insert(
        Submission(
            assignment=assignment[0]["id"],
            client=personas.client.id,
            status="submitted",
            submitted_at=now,
        )
    )
    counselor = await signed_in(personas.counselor)
    counts = await summary(counselor)
    queue = (await counselor.get("/api/counselor/review-queue")).json()["counts"]
    assert {k: counts["unreviewed"][k] for k in queue} == queue
    assert counts["unreviewed"]["total"] == sum(queue.values()) >= 1
    assert counts["unreviewed"]["urgent"] == 1
    waiting = (await counselor.get("/api/counselor/submissions")).json()
    assert counts["homework_waiting"] == len(waiting) == 1
    day = (await counselor.get("/api/counselor/drug-tests")).json()
    assert counts["tests_today"] == len([t for t in day if t["status"] == "selected"]) == 1
    tz = recurrence.zone(DENVER)
    assert counts["date"] == str(now.astimezone(tz).date())
    start, end = recurrence.local_day_bounds(now.astimezone(tz).date(), tz)
    evening_today = await SessionOccurrence.count().where(
        (SessionOccurrence.series == schedule.evening_series)
        & (SessionOccurrence.starts_at >= start)
        & (SessionOccurrence.starts_at < end)
    )
    assert counts["sessions_today"] == evening_today  # they facilitate the evening group only

    other = await summary(await signed_in(personas.other_counselor))
    assert other["unreviewed"] == {
        "total": 1,
        "urgent": 0,
        "high": 1,
        "normal": 0,
        "questionnaires": 0,
    }
    assert (other["homework_waiting"], other["tests_today"]) == (0, 0)


async def test_an_admin_gets_the_queue_scope_and_every_session(schedule, personas, signed_in):
    admin = await signed_in(personas.admin)
    counts = await summary(admin)
    assert counts["homework_waiting"] is None and counts["tests_today"] is None
    tz = recurrence.zone(DENVER)
    start, end = recurrence.local_day_bounds(datetime.now(timezone.utc).astimezone(tz).date(), tz)
    assert counts["sessions_today"] == await SessionOccurrence.count().where(
        (SessionOccurrence.starts_at >= start) & (SessionOccurrence.starts_at < end)
    )


async def test_the_summary_writes_no_audit_event_and_a_client_may_not_ask(personas, signed_in):
    counselor = await signed_in(personas.counselor)
    before = await AuditEvent.count()
    await summary(counselor)
    assert await AuditEvent.count() == before
    client = await signed_in(personas.client)
    assert (await client.get("/api/staff/summary")).status_code == 403


# --- the client chart's header -------------------------------------------------------------


def header_url(client_id: int) -> str:
    return f"/api/staff/clients/{client_id}/summary"


async def test_the_header_of_a_caseload_client_with_the_care_team_primary_first(
    schedule, personas, signed_in, persona_hash
):
    abe = await add_account("abe@clinic.example", "Abe Aaronson", "counselor", persona_hash)
    await CareTeamMember.insert(  # not primary, and first by name: the primary still leads
        CareTeamMember(
            client=personas.client.id,
            counselor=abe.id,
            is_primary=False,
            added_at=datetime.now(timezone.utc),
        )
    )
    await check_in(signed_in, personas.client, craving=10)
    counselor = await signed_in(personas.counselor)
    before = await AuditEvent.count()
    answer = await counselor.get(header_url(personas.client.id))
    assert answer.status_code == 200, answer.text
    header = answer.json()
    assert (header["client_id"], header["name"], header["timezone"]) == (
        personas.client.id,
        "Casey Client",
        DENVER,
    )
    assert header["track"]["name"] == "Evening IOP"
    assert [(m["name"], m["is_primary"]) for m in header["care_team"]] == [
        ("Dana Counselor", True),
        ("Abe Aaronson", False),
    ]
    assert header["risk"] == {"level": "high", "alert_open": False}
    assert header["last_checkin"]["risk"] == "high"
    assert header["hours"]["minimum_minutes"] == 540
    assert header["on_caseload"] is True
    assert header["needs_attention"] and "unreviewed_high" in header["reasons"]
    events = await AuditEvent.select().where(AuditEvent.id > before)
    assert [(e["action"], e["patient"]) for e in events] == [
        ("client.summary_viewed", personas.client.id)
    ]


async def test_another_counselors_client_is_a_404_and_the_denial_is_audited(
    schedule, personas, signed_in
):
    counselor = await signed_in(personas.counselor)
    before = await AuditEvent.count()
    for client_id in (personas.second_client.id, personas.counselor.id, 999_999):
        answer = await counselor.get(header_url(client_id))
        assert answer.status_code == 404 and answer.json()["detail"] == "Not found.", client_id
    assert await AuditEvent.count() > before
    client = await signed_in(personas.client)
    assert (await client.get(header_url(personas.client.id))).status_code == 403


async def test_an_urgent_alert_that_reached_a_counselor_opens_that_client_for_14_days(
    schedule, personas, signed_in
):
    now = datetime.now(timezone.utc)
    [alert] = await UrgentAlert.insert(
        UrgentAlert(
            subject="checkin:00000000-0000-4000-8000-000000000001",
            client=personas.second_client.id,
            raised_at=now - timedelta(days=2),
            route="on_call",
        )
    )
    await AlertRecipient.insert(
        AlertRecipient(
            alert=alert["id"], account=personas.counselor.id, route="on_call", notified_at=now
        )
    )
    counselor = await signed_in(personas.counselor)
    answer = await counselor.get(header_url(personas.second_client.id))
    assert answer.status_code == 200, answer.text
    assert answer.json()["on_caseload"] is False
    assert answer.json()["risk"]["alert_open"] is True
    await UrgentAlert.update({UrgentAlert.raised_at: now - timedelta(days=15)}).where(
        UrgentAlert.id == alert["id"]
    )
    assert (await counselor.get(header_url(personas.second_client.id))).status_code == 404


async def test_an_admin_sees_any_clients_header_and_the_next_test(schedule, personas, signed_in):
    start = datetime.now(timezone.utc) + timedelta(days=2)
    await add_test(personas.second_client.id, start, kind="scheduled")
    admin = await signed_in(personas.admin)
    answer = await admin.get(header_url(personas.second_client.id))
    assert answer.status_code == 200, answer.text
    header = answer.json()
    assert header["on_caseload"] is False
    assert header["next_test"]["kind"] == "scheduled"
    assert header["next_test"]["local_date"] == str(
        start.astimezone(recurrence.zone(DENVER)).date()
    )
    assert await DrugTest.count() == 1
