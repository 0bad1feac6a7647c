"""The caseload's schedule for many clients at once (client_weeks) gives each client exactly what
the one-client paths give: week_hours' ledger line and Today's next session."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

from server.programs import recurrence, services, setup
from server.programs.schemas import EnrollmentIn, ProgramIn, SeriesIn, TrackIn
from server.programs.tables import Attendance, SessionOccurrence
from tests.helpers import DENVER, add_account, on_care_team, user_of

CHICAGO = "America/Chicago"


async def mark(occurrence: dict, client_id: int, status: str = "present", minutes=None) -> None:
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


async def occurrences(series_id: int) -> list[dict]:
    return (
        await SessionOccurrence.select()
        .where(SessionOccurrence.series == series_id)
        .order_by(SessionOccurrence.starts_at)
    )


async def test_many_clients_at_once_match_week_hours_and_todays_next_session(
    schedule, personas, persona_hash
):
    """Two programs in two zones, a client with an individual session at the week's edge, a
    client with a break in their track, one not enrolled: at several instants across the week,
    client_weeks equals week_hours and Today's next session for each of them."""
    made_at = datetime.now(timezone.utc) - timedelta(days=15)
    chicago = await setup.create_program(
        ProgramIn(name="Lake IOP", timezone=CHICAGO, min_weekly_hours=6)
    )
    lake = await setup.create_track(chicago.id, TrackIn(name="Lake mornings"))
    first_day = recurrence.week_start(made_at.astimezone(recurrence.zone(CHICAGO)).date())
    lake_series = await setup.create_series(
        SeriesIn(
            program_id=chicago.id,
            kind="group",
            title="Lake group",
            track_id=lake.id,
            local_start=datetime.combine(first_day, time(9)),
            duration_minutes=120,
            rrule="FREQ=WEEKLY;BYDAY=TU,FR",
        ),
        made_at,
    )
    lakers = [
        await add_account(f"lake{n}@example.org", f"Lake {n}", "client", persona_hash)
        for n in range(2)
    ]
    unenrolled = await add_account("none@example.org", "No Track", "client", persona_hash)
    await on_care_team(personas.counselor, *lakers, unenrolled)
    for person in lakers:
        await setup.enroll(EnrollmentIn(client_id=person.id, track_id=lake.id, starts_on=first_day))
    # The first Lake client's own session late on Sunday (the week's last hours).
    sunday = recurrence.week_start(datetime.now(timezone.utc).date()) + timedelta(days=6)
    own = await setup.create_series(
        SeriesIn(
            program_id=chicago.id,
            kind="individual",
            title="One to one",
            client_id=lakers[0].id,
            local_start=datetime.combine(sunday, time(22)),
            duration_minutes=60,
        ),
        made_at,
    )
    # Attendance: some of the evening group and the Lake group, present and late.
    evening = await occurrences(schedule.evening_series)
    now = datetime.now(timezone.utc)
    for n, occurrence in enumerate(o for o in evening if o["starts_at"] < now):
        await mark(
            occurrence, personas.client.id, "late" if n % 2 else "present", 100 if n % 2 else None
        )
    for n, occurrence in enumerate(
        o for o in await occurrences(lake_series.id) if o["starts_at"] < now
    ):
        await mark(occurrence, lakers[n % 2].id)
    ids = [personas.client.id, personas.second_client.id, *(p.id for p in lakers), unenrolled.id]
    instants = [now + timedelta(hours=h) for h in (-30, -5, 0, 7, 26, 50, 75, 100, 140)]
    instants.append((await occurrences(own.id))[0]["starts_at"] + timedelta(minutes=10))
    counted = []  # attended minutes seen for the first client: the comparison is not vacuous
    for at in instants:
        together = await services.client_weeks(ids, at)
        counted.append(together[personas.client.id].hours.attended_minutes)
        assert set(together) == set(ids)
        for client in ids:
            alone = await services.week_hours(client, at)
            assert together[client].hours == alone, (client, at)
            today = await services.today(user_of_id(client, personas, lakers, unenrolled), at)
            next_card = today.cards[0].occurrence
            got = together[client].next_session
            assert (got["id"] if got else None) == (next_card.id if next_card else None), (
                client,
                at,
            )
    week = await services.client_weeks(ids, now)
    assert week[unenrolled.id].hours is None and week[unenrolled.id].enrollment is None
    assert week[lakers[0].id].enrollment["track.name"] == "Lake mornings"
    # Last week's marks count at the instants in last week, whatever day of this week it is.
    assert max(counted) > 0, counted


async def test_a_break_in_the_program_still_finds_the_next_session(schedule, personas):
    """No session in the coming week (all cancelled): the next one after the break, as Today."""
    now = datetime.now(timezone.utc)
    await SessionOccurrence.update({SessionOccurrence.status: "cancelled"}).where(
        (SessionOccurrence.series == schedule.evening_series)
        & (SessionOccurrence.starts_at < now + timedelta(days=12))
    )
    got = (await services.client_weeks([personas.client.id], now))[personas.client.id]
    assert got.next_session is not None and got.next_session["starts_at"] >= now + timedelta(
        days=12
    )
    today = await services.today(user_of(personas.client), now)
    assert today.cards[0].occurrence.id == got.next_session["id"]


async def test_no_clients_is_no_query_and_an_empty_answer():
    assert await services.client_weeks([], datetime.now(timezone.utc)) == {}


def user_of_id(client_id, personas, lakers, unenrolled):
    for persona in (personas.client, personas.second_client, *lakers, unenrolled):
        if persona.id == client_id:
            return user_of(persona, CHICAGO if persona in lakers else DENVER)
    raise AssertionError(client_id)
