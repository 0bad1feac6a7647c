"""The dispatcher through the loopback push service: sending, what a push service's answers do,
quiet hours, and lock-screen text that names nothing (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

from server.accounts.tables import Account
from server.notifications import dispatch, outbox, planner
from server.notifications.tables import Notification, NotificationPref, PushSubscription
from tests.push_fixtures import discreet_off, now, reminder

FORBIDDEN = re.compile(r"drug|test|alcohol|recovery|therapy|group|evening|morning", re.I)


async def test_a_due_reminder_arrives_once_encrypted_with_ttl_urgency_and_topic(
    device, push_service, sender, personas
):
    at = now()
    await outbox.plan([reminder(personas.client.id, at)], at)
    counts = await dispatch.dispatch_due(sender, at)
    assert counts == {"sent": 1}
    [delivery] = push_service.delivered_to(device)
    assert delivery.urgency == "high" and 3500 <= delivery.ttl <= 3600
    assert delivery.topic and len(delivery.topic) <= 32 and not FORBIDDEN.search(delivery.topic)
    assert (
        delivery.json["body"].startswith("You have a reminder at ")
        and delivery.json["url"] == "/#/today"
    )
    assert delivery.claims["aud"] == push_service.origin
    assert (await Notification.select(Notification.status).first())["status"] == "sent"
    assert await dispatch.dispatch_due(sender, at) == {}  # nothing twice
    assert len(push_service.delivered_to(device)) == 1


async def test_a_stored_subscription_with_unusable_keys_is_dropped_and_the_batch_goes_on(
    device, push_service, sender, personas
):
    """Keys stored before they were checked (or damaged since) must not stop other reminders."""
    at = now()
    await PushSubscription.insert(
        PushSubscription(
            account=personas.second_client.id,
            endpoint=push_service.new_subscription()["endpoint"],
            p256dh="B" + "A" * 86,
            auth="tBHItJI5svbpez7KI4CCXg",
            created_at=at,
        )
    )
    await outbox.plan(
        [reminder(personas.client.id, at), reminder(personas.second_client.id, at)], at
    )
    assert await dispatch.dispatch_due(sender, at) == {"sent": 1, "cancelled": 1}
    assert len(push_service.delivered_to(device)) == 1
    assert (
        await PushSubscription.count().where(PushSubscription.account == personas.second_client.id)
        == 0
    )


async def test_with_discreet_mode_off_the_detail_is_shown(device, push_service, sender, personas):
    await discreet_off(personas.client.id)
    at = now()
    await outbox.plan([reminder(personas.client.id, at)], at)
    await dispatch.dispatch_due(sender, at)
    assert push_service.delivered_to(device)[0].json["body"] == "Evening group at 18:00"


async def test_gone_subscriptions_are_removed_and_rate_limits_and_failures_retry(
    device, push_service, sender, personas
):
    at = now()
    await outbox.plan([reminder(personas.client.id, at)], at)
    push_service.respond(device, (429, 120))
    assert await dispatch.dispatch_due(sender, at) == {"retry": 1}
    row = await Notification.select().first()
    assert row["status"] == "pending" and row["next_attempt_at"] == at + timedelta(seconds=120)
    assert (
        await dispatch.dispatch_due(sender, at + timedelta(seconds=60)) == {}
    )  # waits for Retry-After

    push_service.respond(device, 500)
    assert await dispatch.dispatch_due(sender, at + timedelta(seconds=120)) == {"retry": 1}
    backoff = (await Notification.select().first())["next_attempt_at"]
    assert backoff == at + timedelta(seconds=120) + dispatch.BACKOFF * 2
    push_service.respond(device, "hang")
    assert await dispatch.dispatch_due(sender, backoff) == {"retry": 1}  # the timeout, not a hang
    row = await Notification.select().first()
    assert "no answer" in row["last_error"]

    push_service.respond(device, 410)
    assert await dispatch.dispatch_due(sender, row["next_attempt_at"]) == {"cancelled": 1}
    assert await PushSubscription.count() == 0


async def test_a_failing_service_fails_the_reminder_visibly_after_the_last_attempt(
    device, push_service, sender, personas
):
    at = now()
    await outbox.plan([reminder(personas.client.id, at, expires_at=at + timedelta(days=2))], at)
    push_service.respond(device, *[500] * dispatch.MAX_ATTEMPTS)
    results = []
    for _ in range(dispatch.MAX_ATTEMPTS):
        row = await Notification.select().first()
        results.append(await dispatch.dispatch_due(sender, max(at, row["next_attempt_at"])))
    assert results[-1] == {"failed": 1} and all(r == {"retry": 1} for r in results[:-1])
    row = await Notification.select().first()
    assert row["status"] == "failed" and row["last_error"] == "HTTP 500"


async def test_quiet_hours_defer_all_but_urgent_reminders(device, push_service, sender, personas):
    at = now()
    zone = (await Account.select(Account.timezone).where(Account.id == personas.client.id).first())[
        "timezone"
    ]
    local = at.astimezone(ZoneInfo(zone))
    start, end = (
        (local - timedelta(hours=1)).strftime("%H:%M"),
        (local + timedelta(hours=1)).strftime("%H:%M"),
    )
    await NotificationPref.insert(
        NotificationPref(
            account=personas.client.id, quiet_start=start, quiet_end=end, updated_at=at
        )
    )
    await outbox.plan(
        [
            reminder(
                personas.client.id,
                at,
                subject="occurrence:1:1440",
                urgency="normal",
                expires_at=at + timedelta(hours=5),
            ),
            reminder(personas.client.id, at, subject="occurrence:1:60", urgency="high"),
        ],
        at,
    )
    assert await dispatch.dispatch_due(sender, at) == {"deferred": 1, "sent": 1}
    deferred = await Notification.select().where(Notification.status == "pending").first()
    assert deferred["subject"] == "occurrence:1:1440"
    assert deferred["next_attempt_at"].astimezone(ZoneInfo(zone)).strftime("%H:%M") == end


async def test_no_lock_screen_text_names_anything_in_discreet_mode(
    schedule, device, push_service, sender, personas
):
    at = now()
    await planner.plan_reminders(at)
    await outbox.plan(
        [
            reminder(
                personas.client.id,
                at,
                kind="drugtest",
                subject="selection:1",
                detail="Come in today",
            ),
            reminder(
                personas.client.id,
                at,
                kind="homework",
                subject="assignment:1",
                detail="Trigger map",
            ),
        ],
        at,
    )
    await Notification.update({Notification.next_attempt_at: at}).where(
        Notification.status == "pending"
    )
    await dispatch.dispatch_due(sender, at + timedelta(seconds=1))
    sent = push_service.delivered_to(device)
    assert sent
    for delivery in sent:
        assert not FORBIDDEN.search(delivery.payload.decode()), delivery.payload
