"""The horizon job: every live series stays materialized HORIZON_DAYS ahead, a second run
changes nothing, ended series and sessions edited on their own are left as they are, and one
series that cannot be expanded does not stop the others."""

from __future__ import annotations

import asyncio
import itertools
import logging
from datetime import datetime, time, timedelta, timezone

from jobs.schedule import extend_schedules
from server.programs import occurrences, recurrence, setup
from server.programs.schemas import OccurrenceChange, SeriesIn
from server.programs.tables import OccurrenceStatus, SessionOccurrence, SessionSeries
from tests.helpers import DENVER, ONLY_POSTGRES

TZ = recurrence.zone(DENVER)


def now() -> datetime:
    return datetime.now(timezone.utc)


async def rows_of(series_id: int) -> list[dict]:
    return (
        await SessionOccurrence.select()
        .where(SessionOccurrence.series == series_id)
        .order_by(SessionOccurrence.original_start)
    )


async def everything() -> list[dict]:
    return await SessionOccurrence.select().order_by(SessionOccurrence.id)


async def forget_beyond(days: int) -> int:
    """Drop occurrences more than `days` ahead, as if the horizon was last moved long ago."""
    cut = now() + timedelta(days=days)
    gone = await SessionOccurrence.count().where(SessionOccurrence.original_start >= cut)
    await SessionOccurrence.delete().where(SessionOccurrence.original_start >= cut)
    return gone


async def test_a_series_made_weeks_ago_is_extended_to_the_horizon_without_gaps(schedule, personas):
    made = now() - timedelta(days=40)
    first = datetime.combine(made.astimezone(TZ).date(), time(10))
    series = await setup.create_series(
        SeriesIn(
            program_id=schedule.program_id,
            kind="individual",
            title="Check-in",
            client_id=personas.client.id,
            local_start=first,
            duration_minutes=50,
            rrule="FREQ=WEEKLY",
        ),
        made,
    )
    assert (await rows_of(series.id))[-1]["starts_at"] < now() + timedelta(
        days=occurrences.HORIZON_DAYS - 30
    )

    added = await extend_schedules()

    starts = [row["starts_at"] for row in await rows_of(series.id)]
    horizon = now() + timedelta(days=occurrences.HORIZON_DAYS)
    assert added >= 4
    assert horizon - timedelta(weeks=1) < starts[-1] < horizon
    local = [start.astimezone(TZ) for start in starts]
    assert [b.date() - a.date() for a, b in itertools.pairwise(local)] == [timedelta(weeks=1)] * (
        len(local) - 1
    )
    assert {(s.time(), s.weekday()) for s in local} == {(time(10), first.weekday())}


async def test_extending_restores_exactly_the_sessions_the_horizon_covers(schedule):
    before = await everything()
    missing = await forget_beyond(60)
    assert missing > 30  # both tracks, three sessions a week each, for two months

    assert await extend_schedules() == missing

    def shape(row: dict) -> tuple:
        return (
            row["series"],
            row["track"],
            row["original_start"],
            row["starts_at"],
            row["ends_at"],
            row["status"],
        )

    assert sorted(map(shape, await everything())) == sorted(map(shape, before))


async def test_a_second_run_changes_nothing(schedule):
    await forget_beyond(30)
    assert await extend_schedules() > 0
    after_first = await everything()

    assert await extend_schedules() == 0
    assert await everything() == after_first


async def test_an_ended_series_is_not_extended(schedule):
    await setup.end_series(schedule.morning_series, now())
    past = await rows_of(schedule.morning_series)
    assert past and all(row["original_start"] < now() for row in past)
    await forget_beyond(60)

    await extend_schedules()

    assert await rows_of(schedule.morning_series) == past
    assert (await rows_of(schedule.evening_series))[-1]["starts_at"] > now() + timedelta(
        days=occurrences.HORIZON_DAYS - 7
    )


async def test_sessions_edited_on_their_own_stay_as_they_are(schedule):
    upcoming = [
        row
        for row in await rows_of(schedule.evening_series)
        if row["starts_at"] > now() + timedelta(days=2)
    ]
    monday = next(row for row in upcoming if row["starts_at"].astimezone(TZ).weekday() == 0)
    thursday = next(row for row in upcoming if row["starts_at"].astimezone(TZ).weekday() == 3)
    later = monday["starts_at"].astimezone(TZ).replace(hour=19, minute=30, tzinfo=None)
    await setup.change_occurrence(
        monday["id"], OccurrenceChange(local_start=later, location="Room 5"), now()
    )
    await setup.change_occurrence(thursday["id"], OccurrenceChange(status="cancelled"), now())
    edited = {row["id"]: row for row in await everything() if row["detached"]}
    # An edit the job finds in the table: two-hour sessions, and no more Thursdays.
    await SessionSeries.update(
        {SessionSeries.duration_minutes: 120, SessionSeries.rrule: "FREQ=WEEKLY;BYDAY=MO,WE"}
    ).where(SessionSeries.id == schedule.evening_series)

    assert await extend_schedules() > 0

    after = {row["id"]: row for row in await rows_of(schedule.evening_series)}
    assert {key: after[key] for key in edited} == edited
    followers = [
        row for row in after.values() if not row["detached"] and row["original_start"] > now()
    ]
    assert followers and all(
        row["ends_at"] - row["starts_at"] == timedelta(hours=2) for row in followers
    )
    thursdays = [
        row
        for row in after.values()
        if row["starts_at"] > now() and row["starts_at"].astimezone(TZ).weekday() == 3
    ]
    assert [row["id"] for row in thursdays] == [thursday["id"]]
    assert thursdays[0]["status"] == OccurrenceStatus.cancelled.value


async def test_a_series_that_cannot_be_expanded_is_logged_and_the_others_still_extend(
    schedule, caplog
):
    # Rules stored before today's checks: one hung expansion forever, one failed inside it.
    hanging, failing = [
        (
            await SessionSeries.insert(
                SessionSeries(
                    program=schedule.program_id,
                    track=schedule.evening_track,
                    kind="group",
                    title="Broken",
                    rrule=rule,
                    local_start=datetime(2026, 1, 5, 18),
                    duration_minutes=60,
                    updated_at=now(),
                )
            ).returning(SessionSeries.id)
        )[0]["id"]
        for rule in ("FREQ=WEEKLY;INTERVAL=0", "FREQ=MONTHLY;BYDAY=+9MO")
    ]
    missing = await forget_beyond(60)

    with caplog.at_level(logging.ERROR, logger="jobs.schedule"):
        assert await extend_schedules() == missing

    assert {r.getMessage() for r in caplog.records} == {
        f"series {hanging} could not be extended",
        f"series {failing} could not be extended",
    }
    assert await rows_of(hanging) == [] and await rows_of(failing) == []


@ONLY_POSTGRES
async def test_two_runs_at_once_create_each_session_once(schedule):
    missing = await forget_beyond(30)

    results = await asyncio.gather(extend_schedules(), extend_schedules())

    assert sum(results) == missing
    starts = [(row["series"], row["original_start"]) for row in await everything()]
    assert len(starts) == len(set(starts))
