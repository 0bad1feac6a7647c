"""The demo program: an evening and a morning track in America/Denver, individual and family
sessions, enrollments for the ten demo clients, and three weeks of attendance history."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from server.programs import recurrence, setup
from server.programs.schemas import EnrollmentIn, ProgramIn, SeriesIn, TrackIn
from server.programs.services import client_occurrence_rows
from server.programs.tables import Attendance, AttendanceStatus, SessionOccurrence

TIMEZONE = "America/Denver"
HISTORY_WEEKS = 3


async def load_demo_program(ids: dict[str, int], clients: list[str], now: datetime) -> None:
    """Create the program for the demo accounts (`ids` maps email to account id)."""
    tz = recurrence.zone(TIMEZONE)
    first_day = recurrence.week_start(now.astimezone(tz).date()) - timedelta(weeks=HISTORY_WEEKS)
    program = await setup.create_program(
        ProgramIn(
            name="Front Range IOP", timezone=TIMEZONE, min_weekly_hours=9, phone="(303) 555-0142"
        )
    )
    tracks = {
        "evening": await setup.create_track(program.id, TrackIn(name="Evening IOP")),
        "morning": await setup.create_track(program.id, TrackIn(name="Morning IOP")),
    }
    counselors = {
        "evening": ids["counselor@demo.example"],
        "morning": ids["counselor2@demo.example"],
    }
    group_days = {
        "evening": (["MO", "WE", "TH"], time(18)),
        "morning": (["TU", "TH", "FR"], time(9)),
    }
    for key, track in tracks.items():
        days, at = group_days[key]
        await setup.create_series(
            SeriesIn(
                program_id=program.id,
                kind="group",
                title=f"{track.name} group",
                track_id=track.id,
                local_start=datetime.combine(first_day, at),
                duration_minutes=180,
                rrule=recurrence.weekly_rule(days),
                location="Suite 200, 1450 Larimer St",
                facilitator_id=counselors[key],
            ),
            now,
        )
    for number, email in enumerate(clients, start=1):
        key = "evening" if number <= len(clients) // 2 else "morning"
        await setup.enroll(
            EnrollmentIn(client_id=ids[email], track_id=tracks[key].id, starts_on=first_day)
        )
        await _individual_sessions(program.id, ids[email], counselors[key], first_day, number, now)
    await _attendance_history(ids, clients, now)


async def _individual_sessions(
    program_id: int, client: int, counselor: int, first_day: date, number: int, now: datetime
) -> None:
    """A weekly individual session (afternoons for the evening track, after group for the
    morning one), and a family session next week for every third client."""
    day = ["MO", "TU", "WE", "TH", "FR"][number % 5]
    hour = 15 if number <= 5 else 13
    start = datetime.combine(first_day, time(hour, 0))
    await setup.create_series(
        SeriesIn(
            program_id=program_id,
            kind="individual",
            title="Individual session",
            client_id=client,
            local_start=start,
            duration_minutes=60,
            rrule=f"FREQ=WEEKLY;BYDAY={day}",
            video_url="https://meet.example.org/room-" + str(100 + number),
            facilitator_id=counselor,
        ),
        now,
    )
    if number % 3 == 0:
        family_day = recurrence.week_start(now.date()) + timedelta(days=9)
        await setup.create_series(
            SeriesIn(
                program_id=program_id,
                kind="family",
                title="Family session",
                client_id=client,
                local_start=datetime.combine(family_day, time(17, 0)),
                duration_minutes=90,
                location="Room 3, Suite 200",
                facilitator_id=counselor,
            ),
            now,
        )


async def _attendance_history(ids: dict[str, int], clients: list[str], now: datetime) -> None:
    """Believable marks for every past session: mostly present, some late, a few absences."""
    chance = random.Random(2026)
    for email in clients:
        client = ids[email]
        rows = await _past_occurrences(client, now)
        for row in rows:
            roll = chance.random()
            length = int((row["ends_at"] - row["starts_at"]).total_seconds() // 60)
            status, minutes = (
                ("present", length)
                if roll < 0.78
                else ("late", length - 30)
                if roll < 0.88
                else ("excused", 0)
                if roll < 0.93
                else ("absent", 0)
            )
            await Attendance.insert(
                Attendance(
                    occurrence=row["id"],
                    client=client,
                    status=AttendanceStatus(status).value,
                    minutes=max(minutes, 0),
                    recorded_by=row["series.facilitator"],
                    recorded_at=row["ends_at"],
                )
            )


async def _past_occurrences(client: int, now: datetime) -> list[dict]:
    rows = await client_occurrence_rows(client, now - timedelta(weeks=HISTORY_WEEKS + 1), now)
    ids = [row["id"] for row in rows if row["ends_at"] <= now]
    if not ids:
        return []
    return await SessionOccurrence.select(
        SessionOccurrence.id,
        SessionOccurrence.starts_at,
        SessionOccurrence.ends_at,
        SessionOccurrence.series.facilitator,
    ).where(SessionOccurrence.id.is_in(ids))
