"""The drug-test selection job: it draws each track's day once its selection time has passed,
catches up later the same day (never for a past day), skips a day whose window is over, logs
and skips a broken policy, and draws once even with two jobs processes at the same moment."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest

from jobs.scheduler import build_scheduler
from jobs.testing import select_due
from server.audit.tables import AuditEvent
from server.programs.tables import Program, Track
from server.testing import services
from server.testing.tables import DrugTest, RandomTestPolicy, SelectionRun
from tests.helpers import ONLY_POSTGRES, user_of
from tests.jobs.workers import race
from tests.server.testing.support import local, now, set_policy


@pytest.fixture
async def monday(schedule, personas):
    """This week's Monday; the evening track tests Monday to Friday, everyone every time
    (5 tests a week over 5 days), selection at 06:00, window 08:00-17:00."""
    await set_policy(personas.admin, schedule.evening_track, tests_per_week=5)
    return schedule.first_day + timedelta(days=7)


async def runs() -> list[tuple]:
    rows = await SelectionRun.select().order_by(SelectionRun.local_date)
    return [(row["track"], row["local_date"], row["skipped"]) for row in rows]


async def test_the_draw_waits_for_the_selection_time_then_happens_once(schedule, personas, monday):
    assert await select_due(local(monday, 5, 59)) == 0
    assert await runs() == []
    pending = await services.testing_card(user_of(personas.client), local(monday, 5, 59))
    assert pending.status == "pending"

    assert await select_due(local(monday, 6, 0)) == 1
    assert await select_due(local(monday, 6, 1)) == 0

    assert await runs() == [(schedule.evening_track, monday, False)]
    assert [row["client"] for row in await DrugTest.select(DrugTest.client)] == [personas.client.id]
    card = await services.testing_card(user_of(personas.client), local(monday, 7))
    assert card.status == "selected" and "08:00 and 17:00" in card.message


async def test_a_job_that_was_down_catches_up_the_same_day_only(schedule, personas, monday):
    tuesday = monday + timedelta(days=1)

    assert await select_due(local(tuesday, 10, 30)) == 1  # down all Monday and until 10:30 Tuesday

    assert await runs() == [
        (schedule.evening_track, tuesday, False)
    ]  # Monday is never drawn afterwards
    test = await DrugTest.select().first()
    assert (test["local_date"], test["window_start_at"], test["window_end_at"]) == (
        tuesday,
        local(tuesday, 8),
        local(tuesday, 17),
    )
    assert await select_due(local(tuesday, 23, 59)) == 0
    assert await DrugTest.count().where(DrugTest.local_date == monday) == 0


async def test_a_day_reached_after_its_window_ended_is_recorded_without_a_draw(
    schedule, personas, monday, caplog
):
    with caplog.at_level(logging.WARNING, logger="server.testing.services"):
        assert await select_due(local(monday, 17, 30)) == 0

    assert await runs() == [(schedule.evening_track, monday, True)]
    assert await DrugTest.count() == 0
    assert "skipped" in caplog.text
    card = await services.testing_card(user_of(personas.client), local(monday, 18))
    assert (card.status, card.message) == ("not_selected", "No test today.")
    assert await select_due(local(monday, 17, 31)) == 0 and len(await runs()) == 1


async def test_no_draw_on_a_day_without_testing(schedule, personas, monday):
    saturday, sunday = monday - timedelta(days=2), monday - timedelta(days=1)
    assert await select_due(local(saturday, 10)) == 0
    assert await select_due(local(sunday, 23, 59)) == 0
    await RandomTestPolicy.update({RandomTestPolicy.active: False}).where(
        RandomTestPolicy.track == schedule.evening_track
    )
    assert await select_due(local(monday, 10)) == 0
    assert await runs() == [] and await DrugTest.count() == 0


async def test_a_broken_policy_is_logged_and_the_other_tracks_still_draw(
    schedule, personas, monday, caplog
):
    # A program whose stored zone is unknown (written before today's checks, or by hand).
    program = (
        await Program.insert(Program(name="Broken", timezone="Mars/Olympus")).returning(Program.id)
    )[0]["id"]
    track = (await Track.insert(Track(program=program, name="Broken track")).returning(Track.id))[
        0
    ]["id"]
    await RandomTestPolicy.insert(
        RandomTestPolicy(track=track, tests_per_week=1.0, updated_at=now())
    )

    with caplog.at_level(logging.ERROR, logger="jobs.testing"):
        assert await select_due(local(monday, 9)) == 1

    assert f"track {track}: drug-test selection failed" in caplog.text
    assert await runs() == [(schedule.evening_track, monday, False)]


async def test_the_job_ticks_every_minute(settings):
    job = build_scheduler(settings).get_job("select-drug-tests")
    assert job is not None and job.func.__wrapped__ is select_due
    assert job.trigger.interval == timedelta(minutes=1)


# --- several jobs processes ------------------------------------------------------------------------

RACE = """
import asyncio, sys, time
from datetime import datetime

from jobs.testing import select_due
from server.core import db


async def main(url, when, start_at):
    async with db.connected(url):
        await asyncio.sleep(max(0.0, start_at - time.time()))
        print(await select_due(datetime.fromisoformat(when)))


asyncio.run(main(sys.argv[1], sys.argv[2], float(sys.argv[3])))
"""


@ONLY_POSTGRES
async def test_two_jobs_processes_at_the_same_moment_draw_each_track_once(
    database_url, schedule, personas, monday
):
    await set_policy(personas.admin, schedule.morning_track, tests_per_week=5)
    outputs = await race(RACE, database_url, local(monday, 6, 30).isoformat())
    made = [int(out.split()[-1]) for out in outputs]
    assert sum(made) == 2  # each track's day drawn by exactly one of the two processes
    assert sorted(await runs()) == sorted(
        [(schedule.evening_track, monday, False), (schedule.morning_track, monday, False)]
    )
    clients = sorted(row["client"] for row in await DrugTest.select(DrugTest.client))
    assert clients == sorted([personas.client.id, personas.second_client.id])
    assert await AuditEvent.count().where(AuditEvent.action == services.SELECTED) == 2
