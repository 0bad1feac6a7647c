"""Reminders through the loopback push service: planning, sending, what a push service's answers
do, quiet hours, and lock-screen text that names nothing (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
import time as clock
import uuid
from datetime import date, datetime, time, timedelta, timezone

import pytest
from zoneinfo import ZoneInfo

from jobs import reminders
from jobs.push import Sender
from server.accounts.tables import Account
from server.notifications import outbox
from server.notifications.outbox import Planned
from server.notifications.tables import Notification, NotificationPref, PushSubscription
from server.programs import setup
from server.programs.schemas import OccurrenceChange, SeriesIn
from tests.helpers import DENVER

FORBIDDEN = re.compile(r"drug|test|alcohol|recovery|therapy|group|evening|morning", re.I)


def now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


@pytest.fixture
async def device(push_service, personas, signed_in):
    """The client's phone, subscribed through the API."""
    client = await signed_in(personas.client)
    subscription = push_service.new_subscription()
    answer = await client.post("/api/push/subscriptions", subscription)
    assert answer.status_code == 201, answer.text
    return subscription


@pytest.fixture
async def sender(settings):
    async with Sender(settings, timeout=1.0) as started:
        yield started


def reminder(account: int, at: datetime, **changes) -> Planned:
    values = dict(account=account, kind="session", subject="occurrence:1:60", due_at=at, event_at=at + timedelta(hours=1),
                  expires_at=at + timedelta(hours=1), detail="Evening group at 18:00", urgency="high")
    values.update(changes)
    return Planned(**values)


async def test_a_due_reminder_arrives_once_encrypted_with_ttl_urgency_and_topic(device, push_service, sender, personas):
    at = now()
    await outbox.plan([reminder(personas.client.id, at)], at)
    counts = await reminders.dispatch_due(sender, at)
    assert counts == {"sent": 1}
    [delivery] = push_service.delivered_to(device)
    assert delivery.urgency == "high" and 3500 <= delivery.ttl <= 3600
    assert delivery.topic and len(delivery.topic) <= 32 and not FORBIDDEN.search(delivery.topic)
    assert delivery.json["body"].startswith("You have a reminder at ") and delivery.json["url"] == "/#/today"
    assert delivery.claims["aud"] == push_service.origin
    assert (await Notification.select(Notification.status).first())["status"] == "sent"
    assert await reminders.dispatch_due(sender, at) == {}  # nothing twice
    assert len(push_service.delivered_to(device)) == 1


async def test_a_tick_wakes_for_a_reminder_falling_due_before_the_next_one(device, push_service, settings, personas):
    """The dispatcher ticks every second and, within a tick, sleeps until the next row is due:
    a reminder goes out at its time, not up to a tick late, and the tick ends before the next."""
    soon = datetime.now(timezone.utc) + timedelta(seconds=0.5)
    later = soon + timedelta(seconds=5)  # the next ticks' business
    await outbox.plan([reminder(personas.client.id, soon),
                       reminder(personas.client.id, later, subject="occurrence:2:60")], now())
    jobs = reminders.ReminderJobs(settings)
    started = clock.monotonic()
    try:
        await jobs.dispatch(tick=1.0)
    finally:
        await jobs.close()
    assert 0.5 <= clock.monotonic() - started < 1.0
    [delivery] = push_service.delivered_to(device)
    assert soon.timestamp() <= delivery.received_at < soon.timestamp() + 0.25
    assert sorted(row["status"] for row in await Notification.select(Notification.status)) == ["pending", "sent"]


async def test_a_stored_subscription_with_unusable_keys_is_dropped_and_the_batch_goes_on(device, push_service, sender,
                                                                                         personas):
    """Keys stored before they were checked (or damaged since) must not stop other reminders."""
    at = now()
    await PushSubscription.insert(PushSubscription(
        account=personas.second_client.id, endpoint=push_service.new_subscription()["endpoint"],
        p256dh="B" + "A" * 86, auth="tBHItJI5svbpez7KI4CCXg", created_at=at))
    await outbox.plan([reminder(personas.client.id, at), reminder(personas.second_client.id, at)], at)
    assert await reminders.dispatch_due(sender, at) == {"sent": 1, "cancelled": 1}
    assert len(push_service.delivered_to(device)) == 1
    assert await PushSubscription.count().where(PushSubscription.account == personas.second_client.id) == 0


async def test_with_discreet_mode_off_the_detail_is_shown(device, push_service, sender, personas):
    await NotificationPref.insert(NotificationPref(account=personas.client.id, discreet=False, quiet_start="00:00",
                                                   quiet_end="00:00", updated_at=now()))
    at = now()
    await outbox.plan([reminder(personas.client.id, at)], at)
    await reminders.dispatch_due(sender, at)
    assert push_service.delivered_to(device)[0].json["body"] == "Evening group at 18:00"


async def test_gone_subscriptions_are_removed_and_rate_limits_and_failures_retry(device, push_service, sender, personas):
    at = now()
    await outbox.plan([reminder(personas.client.id, at)], at)
    push_service.respond(device, (429, 120))
    assert await reminders.dispatch_due(sender, at) == {"retry": 1}
    row = await Notification.select().first()
    assert row["status"] == "pending" and row["next_attempt_at"] == at + timedelta(seconds=120)
    assert await reminders.dispatch_due(sender, at + timedelta(seconds=60)) == {}  # waits for Retry-After

    push_service.respond(device, 500)
    assert await reminders.dispatch_due(sender, at + timedelta(seconds=120)) == {"retry": 1}
    backoff = (await Notification.select().first())["next_attempt_at"]
    assert backoff == at + timedelta(seconds=120) + reminders.BACKOFF * 2
    push_service.respond(device, "hang")
    assert await reminders.dispatch_due(sender, backoff) == {"retry": 1}  # the timeout, not a hang
    row = await Notification.select().first()
    assert "no answer" in row["last_error"]

    push_service.respond(device, 410)
    assert await reminders.dispatch_due(sender, row["next_attempt_at"]) == {"cancelled": 1}
    assert await PushSubscription.count() == 0


async def test_a_failing_service_fails_the_reminder_visibly_after_the_last_attempt(device, push_service, sender, personas):
    at = now()
    await outbox.plan([reminder(personas.client.id, at, expires_at=at + timedelta(days=2))], at)
    push_service.respond(device, *[500] * reminders.MAX_ATTEMPTS)
    results = []
    for _ in range(reminders.MAX_ATTEMPTS):
        row = await Notification.select().first()
        results.append(await reminders.dispatch_due(sender, max(at, row["next_attempt_at"])))
    assert results[-1] == {"failed": 1} and all(r == {"retry": 1} for r in results[:-1])
    row = await Notification.select().first()
    assert row["status"] == "failed" and row["last_error"] == "HTTP 500"


async def test_quiet_hours_defer_all_but_urgent_reminders(device, push_service, sender, personas):
    at = now()
    zone = (await Account.select(Account.timezone).where(Account.id == personas.client.id).first())["timezone"]
    local = at.astimezone(ZoneInfo(zone))
    start, end = (local - timedelta(hours=1)).strftime("%H:%M"), (local + timedelta(hours=1)).strftime("%H:%M")
    await NotificationPref.insert(NotificationPref(account=personas.client.id, quiet_start=start, quiet_end=end,
                                                   updated_at=at))
    await outbox.plan([reminder(personas.client.id, at, subject="occurrence:1:1440", urgency="normal",
                                expires_at=at + timedelta(hours=5)),
                       reminder(personas.client.id, at, subject="occurrence:1:60", urgency="high")], at)
    assert await reminders.dispatch_due(sender, at) == {"deferred": 1, "sent": 1}
    deferred = await Notification.select().where(Notification.status == "pending").first()
    assert deferred["subject"] == "occurrence:1:1440"
    assert deferred["next_attempt_at"].astimezone(ZoneInfo(zone)).strftime("%H:%M") == end


async def test_the_planner_plans_sessions_once_and_follows_a_cancelled_session(schedule, device, personas):
    at = now()
    added = await reminders.plan_reminders(at)
    rows = await Notification.select().where(Notification.kind == "session")
    assert added >= 1 and rows and all(at - reminders.LATE <= r["due_at"] < at + reminders.HORIZON for r in rows)
    assert {r["subject"].rsplit(":", 1)[1] for r in rows} <= {"1440", "60"}
    assert await reminders.plan_reminders(at) == 0  # idempotent
    occurrence_id = int(rows[0]["subject"].split(":")[1])
    await setup.change_occurrence(occurrence_id, OccurrenceChange(status="cancelled"), at)
    await reminders.plan_reminders(at)
    statuses = {r["status"] for r in await Notification.select(Notification.status).where(
        Notification.subject.like(f"occurrence:{occurrence_id}:%"))}
    assert statuses == {"cancelled"}


async def test_the_daily_check_in_reminder_is_planned_unless_done(device, personas):
    at = now()
    await reminders.plan_reminders(at)
    subjects = {r["subject"] for r in await Notification.select(Notification.subject).where(Notification.kind == "checkin")}
    zone = (await Account.select(Account.timezone).where(Account.id == personas.client.id).first())["timezone"]
    today = at.astimezone(ZoneInfo(zone)).date()
    assert f"checkin:{today + timedelta(days=1)}" in subjects


async def test_no_lock_screen_text_names_anything_in_discreet_mode(schedule, device, push_service, sender, personas):
    at = now()
    await reminders.plan_reminders(at)
    await outbox.plan([reminder(personas.client.id, at, kind="drugtest", subject="selection:1", detail="Come in today"),
                       reminder(personas.client.id, at, kind="homework", subject="assignment:1", detail="Trigger map")], at)
    await Notification.update({Notification.next_attempt_at: at}).where(Notification.status == "pending")
    await reminders.dispatch_due(sender, at + timedelta(seconds=1))
    sent = push_service.delivered_to(device)
    assert sent
    for delivery in sent:
        assert not FORBIDDEN.search(delivery.payload.decode()), delivery.payload


@pytest.mark.parametrize("day", [date(2026, 3, 9), date(2026, 11, 2)])  # the day after each DST change
async def test_an_hour_before_an_18_00_session_is_17_00_local_across_dst(schedule, device, personas, day):
    denver = ZoneInfo(DENVER)
    await Account.update({Account.timezone: DENVER}).where(Account.id == personas.client.id)
    series = await setup.create_series(SeriesIn(
        program_id=schedule.program_id, kind="individual", title="Check-in with Dana", client_id=personas.client.id,
        local_start=datetime.combine(day, time(18)), duration_minutes=50, facilitator_id=personas.counselor.id,
    ), datetime.combine(day - timedelta(days=1), time(12), tzinfo=denver))
    the_day_before = datetime.combine(day - timedelta(days=1), time(20), tzinfo=denver).astimezone(timezone.utc)

    await reminders.plan_reminders(the_day_before)

    rows = await Notification.select().where(Notification.subject.like("occurrence:%:60"))
    mine = [r for r in rows if r["event_at"].astimezone(denver).date() == day]
    assert len(mine) == 1, (series, rows)
    assert mine[0]["due_at"].astimezone(denver).time() == time(17)
    assert mine[0]["event_at"].astimezone(denver).time() == time(18)


async def test_an_urgent_check_in_alerts_the_primary_counselor_discreetly(push_service, sender, personas, signed_in):
    counselor = await signed_in(personas.counselor)
    phone = push_service.new_subscription()
    assert (await counselor.post("/api/push/subscriptions", phone)).status_code == 201
    client = await signed_in(personas.client)
    zone = (await Account.select(Account.timezone).where(Account.id == personas.client.id).first())["timezone"]
    answer = await client.post("/api/checkins", {
        "id": str(uuid.uuid4()), "local_date": str(datetime.now(ZoneInfo(zone)).date()), "mood": 1, "craving": 9,
        "used": False, "medication": "yes", "sleep_hours": 3, "safety_concern": True})
    assert answer.status_code == 201 and answer.json()["risk"] == "urgent"

    at = now() + timedelta(seconds=1)
    await reminders.plan_reminders(at)
    assert await reminders.dispatch_due(sender, at) == {"sent": 1}
    [delivery] = push_service.delivered_to(phone)
    assert delivery.urgency == "high" and delivery.json["url"] == "/#/queue"
    assert delivery.json["body"].startswith("You have a reminder at ")
    assert await reminders.plan_reminders(at) == 0  # alerted once


async def test_an_urgent_alert_is_still_planned_when_the_jobs_process_comes_back_late(
    push_service, sender, personas, signed_in, schedule
):
    counselor = await signed_in(personas.counselor)
    phone = push_service.new_subscription()
    await counselor.post("/api/push/subscriptions", phone)
    client = await signed_in(personas.client)
    zone = (await Account.select(Account.timezone).where(Account.id == personas.client.id).first())["timezone"]
    await client.post("/api/checkins", {
        "id": str(uuid.uuid4()), "local_date": str(datetime.now(ZoneInfo(zone)).date()), "mood": 1, "craving": 2,
        "used": False, "medication": "yes", "sleep_hours": 6, "safety_concern": True})
    an_hour_later = now() + timedelta(hours=1)  # the jobs process was down meanwhile
    await reminders.plan_reminders(an_hour_later)
    alerts = await Notification.select().where(Notification.kind == "alert")
    assert len(alerts) == 1
    assert await reminders.plan_reminders(an_hour_later + timedelta(minutes=1)) == 0  # the same row, not a second
