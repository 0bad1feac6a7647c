"""The reminder ticks through the loopback push service (SQLite and PostgreSQL)."""

from __future__ import annotations

import time as clock
from datetime import datetime, timedelta, timezone

from jobs import reminders
from server.notifications import outbox
from server.notifications.tables import Notification
from tests.push_fixtures import device, now, push_service, reminder, settings_admitting_push_service  # noqa: F401


async def test_a_tick_wakes_for_a_reminder_falling_due_before_the_next_one(
    device, push_service, settings, personas
):
    """The dispatcher ticks every second and, within a tick, sleeps until the next row is due:
    a reminder goes out at its time, not up to a tick late, and the tick ends before the next."""
    soon = datetime.now(timezone.utc) + timedelta(seconds=0.5)
    later = soon + timedelta(seconds=5)  # the next ticks' business
    await outbox.plan(
        [
            reminder(personas.client.id, soon),
            reminder(personas.client.id, later, subject="occurrence:2:60"),
        ],
        now(),
    )
    jobs = reminders.ReminderJobs(settings)
    started = clock.monotonic()
    try:
        await jobs.dispatch(tick=1.0)
    finally:
        await jobs.close()
    assert 0.5 <= clock.monotonic() - started < 1.0
    [delivery] = push_service.delivered_to(device)
    assert soon.timestamp() <= delivery.received_at < soon.timestamp() + 0.25
    assert sorted(row["status"] for row in await Notification.select(Notification.status)) == [
        "pending",
        "sent",
    ]
