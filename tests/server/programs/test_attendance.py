"""Attendance by counselors, the weekly hours ledger, and the caseload that flags who cannot reach
the program minimum — with every look at a client's record audited."""

from __future__ import annotations

from datetime import date, datetime, time, timezone

import pytest

from server.audit.tables import AuditEvent
from server.core.errors import InvalidInput
from server.programs import recurrence, services, setup
from server.programs.schemas import EnrollmentIn, Mark, ProgramIn, SeriesIn, TrackIn
from server.programs.tables import Attendance, SessionOccurrence
from tests.helpers import DENVER, user_of

TZ = recurrence.zone(DENVER)


def week_card(response) -> dict:
    return next(c for c in response.json()["cards"] if c["card"] == "week_hours")["hours"]


async def last_started(series_id: int) -> dict:
    """The evening group's most recent session that has started (the fixture began last week)."""
    return (
        await SessionOccurrence.select()
        .where(
            (SessionOccurrence.series == series_id)
            & (SessionOccurrence.starts_at < datetime.now(timezone.utc))
        )
        .order_by(SessionOccurrence.starts_at, ascending=False)
        .first()
    )


async def test_a_counselor_marks_attendance_and_the_clients_hours_change(
    schedule, personas, signed_in
):
    counselor = await signed_in(personas.counselor)
    client = await signed_in(personas.client)
    occurrence = await last_started(schedule.evening_series)
    this_week = (
        occurrence["starts_at"]
        >= recurrence.local_day_bounds(
            recurrence.week_start(datetime.now(timezone.utc).astimezone(TZ).date()), TZ
        )[0]
    )

    roster = await counselor.get(f"/api/counselor/occurrences/{occurrence['id']}/attendance")
    assert roster.status_code == 200
    assert [(r["name"], r["status"]) for r in roster.json()["roster"]] == [("Casey Client", None)]
    before = week_card(await client.get("/api/me/today"))["attended_minutes"]

    marked = await counselor.put(
        f"/api/counselor/occurrences/{occurrence['id']}/attendance",
        {"marks": [{"client_id": personas.client.id, "status": "present"}]},
    )
    assert marked.status_code == 200, marked.text
    assert marked.json()["roster"] == [
        {
            "client_id": personas.client.id,
            "name": "Casey Client",
            "status": "present",
            "minutes": 180,
        }
    ]
    after = week_card(await client.get("/api/me/today"))["attended_minutes"]
    assert after - before == (180 if this_week else 0)

    recorded = await AuditEvent.select().where(AuditEvent.action == "attendance.recorded")
    assert [(e["actor"], e["patient"], e["subject"]) for e in recorded] == [
        (personas.counselor.id, personas.client.id, f"occurrence:{occurrence['id']}")
    ]
    viewed = await AuditEvent.count().where(
        (AuditEvent.action == "attendance.viewed") & (AuditEvent.patient == personas.client.id)
    )
    assert viewed == 1


async def test_changing_a_mark_updates_it_rather_than_adding_one(schedule, personas, signed_in):
    counselor = await signed_in(personas.counselor)
    occurrence = await last_started(schedule.evening_series)
    path = f"/api/counselor/occurrences/{occurrence['id']}/attendance"
    await counselor.put(path, {"marks": [{"client_id": personas.client.id, "status": "present"}]})
    late = await counselor.put(
        path, {"marks": [{"client_id": personas.client.id, "status": "late", "minutes": 150}]}
    )
    assert (
        late.json()["roster"][0]["status"] == "late" and late.json()["roster"][0]["minutes"] == 150
    )
    absent = await counselor.put(
        path, {"marks": [{"client_id": personas.client.id, "status": "absent", "minutes": 90}]}
    )
    assert absent.json()["roster"][0]["minutes"] == 0  # absence counts no time
    assert await Attendance.count() == 1


@pytest.mark.parametrize(
    ("mark", "message"),
    [
        ({"status": "present", "minutes": 181}, "cannot exceed the session's length (180)"),
        ({"status": "late"}, "minutes attended for a late arrival"),
        ({"status": "asleep"}, "status"),
        ({"status": "present", "minutes": -5}, "minutes"),
    ],
)
async def test_bad_marks_are_refused_with_a_message_and_nothing_is_stored(
    schedule, personas, signed_in, mark, message
):
    counselor = await signed_in(personas.counselor)
    occurrence = await last_started(schedule.evening_series)
    response = await counselor.put(
        f"/api/counselor/occurrences/{occurrence['id']}/attendance",
        {"marks": [{"client_id": personas.client.id, **mark}]},
    )
    assert response.status_code == 400 and message in response.json()["detail"]
    assert await Attendance.count() == 0


async def test_a_client_not_on_the_roster_or_a_future_session_is_refused(
    schedule, personas, signed_in
):
    counselor = await signed_in(personas.counselor)
    occurrence = await last_started(schedule.evening_series)
    path = f"/api/counselor/occurrences/{occurrence['id']}/attendance"
    stranger = await counselor.put(
        path, {"marks": [{"client_id": personas.second_client.id, "status": "present"}]}
    )
    assert (
        stranger.status_code == 400 and "not on this session's roster" in stranger.json()["detail"]
    )

    upcoming = (
        await SessionOccurrence.select()
        .where(
            (SessionOccurrence.series == schedule.evening_series)
            & (SessionOccurrence.starts_at > datetime.now(timezone.utc))
        )
        .first()
    )
    early = await counselor.put(
        f"/api/counselor/occurrences/{upcoming['id']}/attendance",
        {"marks": [{"client_id": personas.client.id, "status": "present"}]},
    )
    assert early.status_code == 400 and "once the session has started" in early.json()["detail"]
    assert await Attendance.count() == 0


async def test_another_counselor_cannot_see_or_mark_a_session_they_do_not_run(
    schedule, personas, signed_in
):
    other = await signed_in(personas.other_counselor)
    occurrence = await last_started(schedule.evening_series)
    path = f"/api/counselor/occurrences/{occurrence['id']}/attendance"
    assert (await other.get(path)).status_code == 404
    marked = await other.put(
        path, {"marks": [{"client_id": personas.client.id, "status": "present"}]}
    )
    assert marked.status_code == 404
    assert await Attendance.count() == 0
    denials = await AuditEvent.select().where(AuditEvent.action == "access.denied")
    assert len(denials) == 2 and {d["actor"] for d in denials} == {personas.other_counselor.id}
    sessions = (await other.get("/api/counselor/occurrences", params={"days": 14})).json()
    assert sessions and {s["track"] for s in sessions} == {"Morning IOP"}


async def test_clients_cannot_reach_counselor_tools(schedule, personas, signed_in):
    client = await signed_in(personas.client)
    assert (await client.get("/api/counselor/caseload")).status_code == 403
    occurrence = await last_started(schedule.evening_series)
    response = await client.put(
        f"/api/counselor/occurrences/{occurrence['id']}/attendance",
        {"marks": [{"client_id": personas.client.id, "status": "present"}]},
    )
    assert response.status_code == 403 and await Attendance.count() == 0


async def test_the_caseload_lists_the_counselors_clients_with_hours_and_audits_each(
    schedule, personas, signed_in
):
    counselor = await signed_in(personas.counselor)
    response = await counselor.get("/api/counselor/caseload")
    assert response.status_code == 200
    entries = response.json()["clients"]
    assert [(e["client_id"], e["name"]) for e in entries] == [(personas.client.id, "Casey Client")]
    assert (
        entries[0]["hours"]["program"] == "Test IOP"
        and entries[0]["hours"]["minimum_minutes"] == 540
    )
    audited = await AuditEvent.select(AuditEvent.patient).where(
        AuditEvent.action == "caseload.viewed"
    )
    assert [a["patient"] for a in audited] == [personas.client.id]


# --- the ledger, with the clock held still -------------------------------------------------


@pytest.fixture
async def week_program(personas):
    """Sessions at the edges of a program week (Mon 2026-11-02 .. Sun 2026-11-08, Denver):
    Sunday 22:00–23:30 and the next Monday 00:30–01:30, plus the Mon/Wed/Thu evening group."""
    made_at = datetime(2026, 10, 30, tzinfo=timezone.utc)
    program = await setup.create_program(
        ProgramIn(name="Edge IOP", timezone=DENVER, min_weekly_hours=9)
    )
    track = await setup.create_track(program.id, TrackIn(name="Evening"))
    group = await setup.create_series(
        SeriesIn(
            program_id=program.id,
            kind="group",
            title="Group",
            track_id=track.id,
            local_start=datetime(2026, 11, 2, 18),
            duration_minutes=180,
            rrule="FREQ=WEEKLY;BYDAY=MO,WE,TH",
        ),
        made_at,
    )
    edges = {}
    for key, start, minutes in (
        ("sunday", datetime(2026, 11, 8, 22), 90),
        ("monday", datetime(2026, 11, 9, 0, 30), 60),
    ):
        series = await setup.create_series(
            SeriesIn(
                program_id=program.id,
                kind="individual",
                title="Individual",
                client_id=personas.client.id,
                local_start=start,
                duration_minutes=minutes,
            ),
            made_at,
        )
        edges[key] = (
            await SessionOccurrence.select().where(SessionOccurrence.series == series.id).first()
        )
    await setup.enroll(
        EnrollmentIn(client_id=personas.client.id, track_id=track.id, starts_on=date(2026, 11, 2))
    )
    groups = (
        await SessionOccurrence.select()
        .where(SessionOccurrence.series == group.id)
        .order_by(SessionOccurrence.starts_at)
    )
    return edges, groups


async def mark(
    occurrence: dict, client_id: int, status: str = "present", minutes: int | None = None
) -> None:
    length = int((occurrence["ends_at"] - occurrence["starts_at"]).total_seconds() // 60)
    await Attendance.insert(
        Attendance(
            occurrence=occurrence["id"],
            client=client_id,
            status=status,
            minutes=length if minutes is None else minutes,
            recorded_at=occurrence["ends_at"],
        )
    )


async def test_the_ledger_week_runs_monday_to_sunday_in_program_time(week_program, personas):
    edges, _ = week_program
    await mark(edges["sunday"], personas.client.id)
    await mark(edges["monday"], personas.client.id)
    # Sunday 22:00 Denver is already Monday in UTC; it still belongs to the week of 2 November.
    assert edges["sunday"]["starts_at"].astimezone(timezone.utc).weekday() == 0
    first = await services.week_hours(
        personas.client.id, datetime(2026, 11, 10, tzinfo=timezone.utc), date(2026, 11, 2)
    )
    second = await services.week_hours(
        personas.client.id, datetime(2026, 11, 10, tzinfo=timezone.utc), date(2026, 11, 9)
    )
    assert (first.week_start, first.attended_minutes) == (date(2026, 11, 2), 90)
    assert (second.week_start, second.attended_minutes) == (date(2026, 11, 9), 60)


async def test_the_ledger_says_when_the_minimum_can_no_longer_be_reached(week_program, personas):
    _, groups = week_program
    week = [g for g in groups if g["starts_at"].astimezone(TZ).date() <= date(2026, 11, 8)]
    assert len(week) == 3  # Mon, Wed, Thu: exactly the 9-hour minimum
    await mark(week[0], personas.client.id)
    thursday_morning = datetime(2026, 11, 5, 9, tzinfo=TZ).astimezone(timezone.utc)
    behind = await services.week_hours(personas.client.id, thursday_morning)
    # Left this week: Thursday's group (180) and Sunday's individual session (90).
    assert (behind.attended_minutes, behind.scheduled_minutes_left) == (180, 270)
    assert behind.can_reach_minimum is False  # Wednesday unrecorded: 180 + 270 < 540

    await mark(week[1], personas.client.id, "late", 170)
    caught_up = await services.week_hours(personas.client.id, thursday_morning)
    assert (
        caught_up.attended_minutes == 350 and caught_up.can_reach_minimum is True
    )  # 350 + 270 >= 540

    await Attendance.update({Attendance.status: "excused", Attendance.minutes: 0}).where(
        Attendance.occurrence == week[1]["id"]
    )
    assert (
        await services.week_hours(personas.client.id, thursday_morning)
    ).can_reach_minimum is False


async def test_a_mark_is_refused_on_a_cancelled_session(schedule, personas):
    occurrence = await last_started(schedule.evening_series)
    await SessionOccurrence.update({SessionOccurrence.status: "cancelled"}).where(
        SessionOccurrence.id == occurrence["id"]
    )
    with pytest.raises(InvalidInput, match="cancelled"):
        await services.record_attendance(
            user_of(personas.counselor),
            occurrence["id"],
            [Mark(client_id=personas.client.id, status="present")],
            datetime.now(timezone.utc),
        )
    assert time(18) == occurrence["starts_at"].astimezone(TZ).time()
