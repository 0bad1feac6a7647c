"""A small program around the personas: the client in the evening track (Mon/Wed/Thu 18:00–21:00,
facilitated by their counselor), the second client in the morning track (Tue/Thu/Fri
09:00–12:00, the other counselor), in America/Denver, starting the Monday of last week."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

import pytest

from server.programs import recurrence, setup
from server.programs.schemas import EnrollmentIn, ProgramIn, SeriesIn, TrackIn
from tests.helpers import Browser, Persona

DENVER = "America/Denver"


@dataclass(frozen=True)
class Schedule:
    program_id: int
    evening_track: int
    morning_track: int
    evening_series: int
    morning_series: int
    first_day: date  # a Monday, program-local


@pytest.fixture
async def schedule(personas) -> Schedule:
    now = datetime.now(timezone.utc)
    tz = recurrence.zone(DENVER)
    first_day = recurrence.week_start(now.astimezone(tz).date()) - timedelta(weeks=1)
    program = await setup.create_program(ProgramIn(name="Test IOP", timezone=DENVER, min_weekly_hours=9))
    evening = await setup.create_track(program.id, TrackIn(name="Evening IOP"))
    morning = await setup.create_track(program.id, TrackIn(name="Morning IOP"))
    evening_series = await setup.create_series(SeriesIn(
        program_id=program.id, kind="group", title="Evening group", track_id=evening.id,
        local_start=datetime.combine(first_day, time(18)), duration_minutes=180,
        rrule="FREQ=WEEKLY;BYDAY=MO,WE,TH", location="Suite 200", facilitator_id=personas.counselor.id,
    ), now)
    morning_series = await setup.create_series(SeriesIn(
        program_id=program.id, kind="group", title="Morning group", track_id=morning.id,
        local_start=datetime.combine(first_day, time(9)), duration_minutes=180,
        rrule="FREQ=WEEKLY;BYDAY=TU,TH,FR", location="Suite 300", facilitator_id=personas.other_counselor.id,
    ), now)
    await setup.enroll(EnrollmentIn(client_id=personas.client.id, track_id=evening.id, starts_on=first_day))
    await setup.enroll(EnrollmentIn(client_id=personas.second_client.id, track_id=morning.id, starts_on=first_day))
    return Schedule(program.id, evening.id, morning.id, evening_series.id, morning_series.id, first_day)


@pytest.fixture
def signed_in(new_browser):
    """A browser signed in as a persona."""

    async def sign_in(persona: Persona) -> Browser:
        browser = new_browser()
        response = await browser.sign_in(persona.email)
        assert response.status_code == 200, response.text
        return browser

    return sign_in
