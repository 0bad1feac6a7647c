"""The demo clinic's drug testing: both tracks' policies, weeks of recorded tests, today's draw."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from server.demo import demo_accounts
from server.programs import recurrence
from server.programs.demo import HISTORY_WEEKS, load_demo_program
from server.testing.demo import load_demo_testing
from server.testing.tables import DrugTest, RandomTestPolicy, SelectionRun
from tests.helpers import add_account, on_care_team
from tests.server.testing.support import TZ


async def test_the_demo_has_policies_recorded_history_and_todays_draw(engine, persona_hash):
    ids = {
        email: (await add_account(email, name, role, persona_hash)).id
        for email, name, role in demo_accounts()
    }
    clients = [email for email, _, role in demo_accounts() if role == "client"]
    now = datetime.now(timezone.utc)
    await on_care_team(ids["counselor@demo.example"], *(ids[email] for email in clients))
    await load_demo_program(ids, clients, now)

    await load_demo_testing(ids, clients, now)

    policies = await RandomTestPolicy.select()
    assert len(policies) == 2 and {
        (
            p["tests_per_week"],
            p["days"],
            p["selection_time"],
            p["window_start"],
            p["window_end"],
            p["active"],
        )
        for p in policies
    } == {(2.0, "MO,TU,WE,TH,FR", "06:00", "08:00", "17:00", True)}
    today = now.astimezone(TZ).date()
    first_day = recurrence.week_start(today) - timedelta(weeks=HISTORY_WEEKS)
    weekdays = [
        first_day + timedelta(days=n)
        for n in range((today - first_day).days + 1)
        if (first_day + timedelta(days=n)).weekday() < 5
    ]
    runs = await SelectionRun.select(SelectionRun.local_date)
    assert sorted(row["local_date"] for row in runs) == sorted(
        weekdays * 2
    )  # both tracks, today included
    past = await DrugTest.select().where(DrugTest.local_date < today)
    outcomes = [(row["status"], row["result"]) for row in past]
    assert (
        len(past) > 20
        and outcomes.count(("missed", None)) == 1
        and outcomes.count(("collected", "dilute")) == 1
    )
    assert outcomes.count(("collected", "negative")) == len(past) - 2
    assert all(
        row["recorded_by"] in (ids["counselor@demo.example"], ids["counselor2@demo.example"])
        for row in past
    )
    todays = await DrugTest.select(DrugTest.status).where(DrugTest.local_date == today)
    assert {row["status"] for row in todays} <= {"selected"}
