"""The daily random draw: once per track and day even when runs race, at the policy's rate,
with windows that stay at local wall times across DST, and nobody on a day without testing
(SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
import math
from datetime import date, time, timedelta, timezone

from server.audit.tables import AuditEvent
from server.programs import setup
from server.programs.schemas import EnrollmentIn
from server.programs.tables import Enrollment
from server.testing import services
from server.testing.tables import DrugTest, SelectionRun
from tests.helpers import add_account, on_care_team
from tests.server.testing.support import (
    EVERY_DAY,
    EVERYONE,
    NOBODY,
    TZ,
    local,
    more_clients,
    now,
    set_policy,
)


async def test_a_selected_client_gets_one_random_test_with_the_days_window_and_an_audit_row(
    schedule, personas
):
    await set_policy(personas.admin, schedule.evening_track, tests_per_week=2, days=EVERY_DAY)
    day = schedule.first_day + timedelta(days=2)

    chosen = await services.run_selection(schedule.evening_track, day, now(), EVERYONE)

    assert chosen == [personas.client.id]  # not the morning track's client
    test = await DrugTest.select().first()
    assert (test["client"], test["track"], test["kind"], test["status"], test["local_date"]) == (
        personas.client.id,
        schedule.evening_track,
        "random",
        "selected",
        day,
    )
    assert (test["window_start_at"], test["window_end_at"]) == (local(day, 8), local(day, 17))
    run = await SelectionRun.select().first()
    assert (run["track"], run["local_date"], run["eligible"], run["selected"], run["skipped"]) == (
        schedule.evening_track,
        day,
        1,
        1,
        False,
    )
    audits = await AuditEvent.select().where(AuditEvent.action == services.SELECTED)
    assert [(a["patient"], a["subject"]) for a in audits] == [
        (personas.client.id, f"drug_test:{test['id']}")
    ]


async def test_the_draw_happens_once_per_track_and_day(schedule, personas, persona_hash):
    await more_clients(persona_hash, schedule.evening_track, 5, schedule.first_day)
    await set_policy(personas.admin, schedule.evening_track, tests_per_week=3.5, days=EVERY_DAY)
    day = schedule.first_day + timedelta(days=1)

    first = await services.run_selection(schedule.evening_track, day, now())
    again = await services.run_selection(schedule.evening_track, day, now(), EVERYONE)

    assert first is not None and again is None
    assert await DrugTest.count() == len(first)
    assert await SelectionRun.count() == 1


async def test_two_runs_racing_on_the_same_track_and_day_draw_once(
    schedule, personas, persona_hash
):
    clients = [
        personas.client.id,
        *await more_clients(persona_hash, schedule.evening_track, 7, schedule.first_day),
    ]
    await set_policy(
        personas.admin, schedule.evening_track, tests_per_week=7, days=EVERY_DAY
    )  # p = 1
    day = schedule.first_day + timedelta(days=3)

    results = await asyncio.gather(
        *[services.run_selection(schedule.evening_track, day, now()) for _ in range(2)]
    )

    drawn = [result for result in results if result is not None]
    assert len(drawn) == 1 and sorted(drawn[0]) == sorted(clients)  # the loser drew nothing at all
    tests = await DrugTest.select(DrugTest.client)
    assert sorted(row["client"] for row in tests) == sorted(clients)
    assert await SelectionRun.count() == 1
    assert await AuditEvent.count().where(AuditEvent.action == services.SELECTED) == len(clients)


async def test_the_daily_selection_rate_matches_the_policy(schedule, personas, persona_hash):
    # 20 clients x 50 testing days = 1,000 client-days at p = 2 tests a week / 5 days = 0.4
    await more_clients(persona_hash, schedule.evening_track, 19, schedule.first_day)
    policy = await set_policy(personas.admin, schedule.evening_track, tests_per_week=2)
    assert policy.probability == 0.4
    days = [schedule.first_day + timedelta(days=n) for n in range(70)]
    testing_days = [day for day in days if day.weekday() < 5][:50]

    for day in testing_days:
        await services.run_selection(schedule.evening_track, day, now())

    trials, p = 20 * len(testing_days), 0.4
    assert trials == 1000
    selected = await DrugTest.count()
    spread = 5 * math.sqrt(trials * p * (1 - p))  # ~77
    assert abs(selected - trials * p) <= spread, selected
    runs = await SelectionRun.select(SelectionRun.eligible, SelectionRun.selected)
    assert len(runs) == 50 and {run["eligible"] for run in runs} == {20}
    assert sum(run["selected"] for run in runs) == selected
    per_day = [run["selected"] for run in runs]
    assert len(set(per_day)) > 3  # independent draws, not the same handful every day


async def test_windows_stay_at_local_wall_times_across_daylight_saving_changes(
    schedule, personas, persona_hash
):
    client = await add_account("dst@example.org", "Dee Ess", "client", persona_hash)
    await on_care_team(personas.counselor, client)
    await Enrollment.delete().where(Enrollment.track == schedule.evening_track)
    await setup.enroll(
        EnrollmentIn(
            client_id=client.id, track_id=schedule.evening_track, starts_on=date(2026, 1, 5)
        )
    )
    await set_policy(personas.admin, schedule.evening_track, tests_per_week=7, days=EVERY_DAY)
    days = [
        date(2026, 3, 7),
        date(2026, 3, 8),
        date(2026, 3, 9),
        date(2026, 10, 31),
        date(2026, 11, 1),
        date(2026, 11, 2),
    ]

    for day in days:
        assert await services.run_selection(schedule.evening_track, day, now(), EVERYONE) == [
            client.id
        ]

    rows = await DrugTest.select().order_by(DrugTest.local_date)
    assert [row["local_date"] for row in rows] == days
    for row in rows:
        start, end = row["window_start_at"].astimezone(TZ), row["window_end_at"].astimezone(TZ)
        assert (start.date(), start.time(), end.time()) == (row["local_date"], time(8), time(17))
    utc_hours = [row["window_start_at"].astimezone(timezone.utc).hour for row in rows]
    assert utc_hours == [15, 14, 14, 14, 15, 15]  # MST, MDT from 8 March, MST again from 1 November


async def test_a_day_that_is_not_a_testing_day_or_a_track_without_policy_selects_nobody(
    schedule, personas
):
    await set_policy(personas.admin, schedule.evening_track, tests_per_week=5)  # Monday to Friday
    saturday = schedule.first_day + timedelta(days=5)
    monday = schedule.first_day + timedelta(days=7)

    assert await services.run_selection(schedule.evening_track, saturday, now(), EVERYONE) is None
    assert await services.run_selection(schedule.morning_track, monday, now(), EVERYONE) is None
    await set_policy(personas.admin, schedule.evening_track, tests_per_week=5, active=False)
    assert await services.run_selection(schedule.evening_track, monday, now(), EVERYONE) is None

    assert await DrugTest.count() == 0 and await SelectionRun.count() == 0


async def test_only_clients_active_in_the_track_that_day_are_drawn(
    schedule, personas, persona_hash
):
    day = schedule.first_day + timedelta(days=8)
    later = await more_clients(
        persona_hash, schedule.evening_track, 1, day + timedelta(days=1), prefix="later"
    )
    gone = await more_clients(
        persona_hash, schedule.evening_track, 1, schedule.first_day, prefix="gone"
    )
    await Enrollment.update({Enrollment.status: "discharged"}).where(Enrollment.client == gone[0])
    await set_policy(personas.admin, schedule.evening_track, tests_per_week=5)

    chosen = await services.run_selection(schedule.evening_track, day, now(), EVERYONE)

    assert chosen == [personas.client.id] and later[0] not in chosen


async def test_a_client_with_a_scheduled_test_that_day_keeps_it_when_drawn(schedule, personas):
    await set_policy(personas.admin, schedule.evening_track, tests_per_week=5)
    day = schedule.first_day + timedelta(days=9)
    await DrugTest.insert(
        DrugTest(
            client=personas.client.id,
            kind="scheduled",
            local_date=day,
            window_start_at=local(day, 9),
            window_end_at=local(day, 10),
            created_at=now(),
        )
    )

    assert await services.run_selection(schedule.evening_track, day, now(), EVERYONE) == [
        personas.client.id
    ]

    rows = await DrugTest.select(DrugTest.kind, DrugTest.window_start_at)
    assert rows == [{"kind": "scheduled", "window_start_at": local(day, 9)}]


async def test_nobody_drawn_still_records_the_day(schedule, personas):
    await set_policy(personas.admin, schedule.evening_track, tests_per_week=2)
    day = schedule.first_day + timedelta(days=10)

    assert await services.run_selection(schedule.evening_track, day, now(), NOBODY) == []

    assert await DrugTest.count() == 0
    assert await SelectionRun.count().where(SelectionRun.local_date == day) == 1


async def test_the_product_draws_with_the_system_random_source():
    import secrets

    assert isinstance(services._SYSTEM_RANDOM, secrets.SystemRandom)
