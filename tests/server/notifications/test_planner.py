"""The planner: sessions at their lead times (across DST), the daily check-in unless done, and
urgent check-ins alerting the primary counselor, once, even late (SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from server.accounts.tables import Account
from server.notifications import dispatch, planner
from server.notifications.tables import Notification
from server.programs import setup
from server.programs.schemas import OccurrenceChange, SeriesIn
from tests.helpers import DENVER
from tests.push_fixtures import now


async def test_the_planner_plans_sessions_once_and_follows_a_cancelled_session(
    schedule, device, personas
):
    at = now()
    added = await planner.plan_reminders(at)
    rows = await Notification.select().where(Notification.kind == "session")
    assert (
        added >= 1
        and rows
        and all(at - planner.LATE <= r["due_at"] < at + planner.HORIZON for r in rows)
    )
    assert {r["subject"].rsplit(":", 1)[1] for r in rows} <= {"1440", "60"}
    assert await planner.plan_reminders(at) == 0  # idempotent
    occurrence_id = int(rows[0]["subject"].split(":")[1])
    await setup.change_occurrence(occurrence_id, OccurrenceChange(status="cancelled"), at)
    await planner.plan_reminders(at)
    statuses = {
        r["status"]
        for r in await Notification.select(Notification.status).where(
            Notification.subject.like(f"occurrence:{occurrence_id}:%")
        )
    }
    assert statuses == {"cancelled"}


async def test_the_daily_check_in_reminder_is_planned_unless_done(device, personas):
    at = now()
    await planner.plan_reminders(at)
    subjects = {
        r["subject"]
        for r in await Notification.select(Notification.subject).where(
            Notification.kind == "checkin"
        )
    }
    zone = (await Account.select(Account.timezone).where(Account.id == personas.client.id).first())[
        "timezone"
    ]
    today = at.astimezone(ZoneInfo(zone)).date()
    assert f"checkin:{today + timedelta(days=1)}" in subjects


@pytest.mark.parametrize(
    "day", [date(2026, 3, 9), date(2026, 11, 2)]
)  # the day after each DST change
async def test_an_hour_before_an_18_00_session_is_17_00_local_across_dst(
    schedule, device, personas, day
):
    denver = ZoneInfo(DENVER)
    await Account.update({Account.timezone: DENVER}).where(Account.id == personas.client.id)
    series = await setup.create_series(
        SeriesIn(
            program_id=schedule.program_id,
            kind="individual",
            title="Check-in with Dana",
            client_id=personas.client.id,
            local_start=datetime.combine(day, time(18)),
            duration_minutes=50,
            facilitator_id=personas.counselor.id,
        ),
        datetime.combine(day - timedelta(days=1), time(12), tzinfo=denver),
    )
    the_day_before = datetime.combine(day - timedelta(days=1), time(20), tzinfo=denver).astimezone(
        timezone.utc
    )

    await planner.plan_reminders(the_day_before)

    rows = await Notification.select().where(Notification.subject.like("occurrence:%:60"))
    mine = [r for r in rows if r["event_at"].astimezone(denver).date() == day]
    assert len(mine) == 1, (series, rows)
    assert mine[0]["due_at"].astimezone(denver).time() == time(17)
    assert mine[0]["event_at"].astimezone(denver).time() == time(18)


async def test_an_urgent_check_in_alerts_the_care_team_discreetly(
    push_service, sender, personas, signed_in
):
    counselor = await signed_in(personas.counselor)
    phone = push_service.new_subscription()
    assert (await counselor.post("/api/push/subscriptions", phone)).status_code == 201
    client = await signed_in(personas.client)
    zone = (await Account.select(Account.timezone).where(Account.id == personas.client.id).first())[
        "timezone"
    ]
    answer = await client.post(
        "/api/checkins",
        {
            "id": str(uuid.uuid4()),
            "local_date": str(datetime.now(ZoneInfo(zone)).date()),
            "mood": 1,
            "craving": 9,
            "used": False,
            "medication": "yes",
            "sleep_hours": 3,
            "safety_concern": True,
        },
    )
    assert answer.status_code == 201 and answer.json()["risk"] == "urgent"

    at = now() + timedelta(seconds=1)
    assert await planner.plan_alerts(at) == 1
    assert await dispatch.dispatch_due(sender, at) == {"sent": 1}
    [delivery] = push_service.delivered_to(phone)
    assert delivery.urgency == "high" and delivery.json["url"] == "/#/queue"
    assert delivery.json["body"].startswith("You have a reminder at ")
    assert await planner.plan_alerts(at) == 0  # alerted once
    assert await planner.plan_reminders(at) == 0  # and never by the 48-hour planner


async def test_an_urgent_alert_is_still_planned_when_the_jobs_process_comes_back_late(
    push_service, sender, personas, signed_in, schedule
):
    counselor = await signed_in(personas.counselor)
    phone = push_service.new_subscription()
    await counselor.post("/api/push/subscriptions", phone)
    client = await signed_in(personas.client)
    zone = (await Account.select(Account.timezone).where(Account.id == personas.client.id).first())[
        "timezone"
    ]
    await client.post(
        "/api/checkins",
        {
            "id": str(uuid.uuid4()),
            "local_date": str(datetime.now(ZoneInfo(zone)).date()),
            "mood": 1,
            "craving": 2,
            "used": False,
            "medication": "yes",
            "sleep_hours": 6,
            "safety_concern": True,
        },
    )
    an_hour_later = now() + timedelta(hours=1)  # the jobs process was down meanwhile
    await planner.plan_alerts(an_hour_later)
    alerts = await Notification.select().where(Notification.kind == "alert")
    # the counselor's push, still worth sending; nobody acknowledged it for an hour, and with
    # nobody on call the escalation went to the admin
    assert sorted(row["account"] for row in alerts) == sorted(
        [personas.counselor.id, personas.admin.id]
    )
    assert (
        await planner.plan_alerts(an_hour_later + timedelta(minutes=1)) == 0
    )  # the same rows, not a second
