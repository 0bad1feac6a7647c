"""Each attendance row carries its session's start (attendance.session_start, what the week's
hours are filtered on), and the database keeps it in step: filled from the session when a mark
is written, whatever the writer passed, and moved with the session when an admin moves it."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from server.programs import recurrence, services
from server.programs.tables import Attendance, SessionOccurrence
from tests.helpers import DENVER

TZ = recurrence.zone(DENVER)


def at_noon(day) -> datetime:
    return datetime.combine(day, time(12), tzinfo=TZ).astimezone(timezone.utc)


async def first_session(schedule) -> dict:
    """The evening track's first session: Monday of last week, 18:00 Denver."""
    return (
        await SessionOccurrence.select()
        .where(SessionOccurrence.series == schedule.evening_series)
        .order_by(SessionOccurrence.starts_at)
        .first()
    )


async def session_start(occurrence_id: int, client_id: int) -> datetime:
    row = (
        await Attendance.select(Attendance.session_start)
        .where((Attendance.occurrence == occurrence_id) & (Attendance.client == client_id))
        .first()
    )
    return row["session_start"]


async def hours(client_id: int, week_of) -> tuple[int, int]:
    """The minutes attended in the program week of `week_of`: week_hours' and client_weeks'."""
    now = at_noon(week_of)
    one = await services.week_hours(client_id, now, week_of)
    many = await services.client_weeks([client_id], now)
    return one.attended_minutes, many[client_id].hours.attended_minutes


async def test_a_mark_carries_its_sessions_start_whatever_the_writer_passed(schedule, personas):
    session = await first_session(schedule)
    await Attendance.insert(  # written without the start, as older code and raw inserts do
        Attendance(
            occurrence=session["id"],
            client=personas.client.id,
            status="present",
            minutes=180,
            recorded_at=session["ends_at"],
        )
    )
    assert await session_start(session["id"], personas.client.id) == session["starts_at"]
    await Attendance.insert(  # a wrong start is corrected
        Attendance(
            occurrence=session["id"],
            client=personas.second_client.id,
            status="late",
            minutes=60,
            recorded_at=session["ends_at"],
            session_start=session["starts_at"] + timedelta(days=30),
        )
    )
    assert await session_start(session["id"], personas.second_client.id) == session["starts_at"]
    await Attendance.update(  # and so is a wrong start written later
        {Attendance.session_start: session["starts_at"] - timedelta(days=30)}
    ).where(Attendance.occurrence == session["id"])
    assert await session_start(session["id"], personas.client.id) == session["starts_at"]
    assert await hours(personas.client.id, schedule.first_day) == (180, 180)


async def test_moving_a_session_moves_its_marks_and_the_hours_follow(schedule, personas, signed_in):
    """An admin moves last week's attended Monday session to this week's Monday: its minutes
    leave last week's hours and count in this week's, on the client's Today line (week_hours)
    and on the caseload (client_weeks) alike."""
    session = await first_session(schedule)
    staff = await signed_in(personas.counselor)  # the evening group's facilitator
    marked = await staff.put(
        f"/api/counselor/occurrences/{session['id']}/attendance",
        {"marks": [{"client_id": personas.client.id, "status": "present"}]},
    )
    assert marked.status_code == 200, marked.text
    last_week, this_week = schedule.first_day, schedule.first_day + timedelta(weeks=1)
    assert await session_start(session["id"], personas.client.id) == session["starts_at"]
    assert await hours(personas.client.id, last_week) == (180, 180)
    assert await hours(personas.client.id, this_week) == (0, 0)

    admin = await signed_in(personas.admin)
    moved = await admin.patch(
        f"/api/admin/occurrences/{session['id']}", {"local_start": f"{this_week}T10:00"}
    )
    assert moved.status_code == 200, moved.text
    new_start = datetime.combine(this_week, time(10), tzinfo=TZ)
    assert await session_start(session["id"], personas.client.id) == new_start
    assert await hours(personas.client.id, last_week) == (0, 0)
    assert await hours(personas.client.id, this_week) == (180, 180)

    back = await admin.patch(
        f"/api/admin/occurrences/{session['id']}", {"local_start": f"{last_week}T18:00"}
    )
    assert back.status_code == 200, back.text
    assert await session_start(session["id"], personas.client.id) == session["starts_at"]
    assert await hours(personas.client.id, last_week) == (180, 180)
    assert await hours(personas.client.id, this_week) == (0, 0)
