"""Two jobs processes on PostgreSQL, one killed with SIGKILL mid-dispatch: every due reminder is
delivered, none twice except those the killed process had claimed (in flight when it died),
and the Topic collapses those on the device."""

from __future__ import annotations

import asyncio
import signal
from datetime import datetime, timedelta, timezone

from server.accounts.tables import Account
from server.notifications.tables import Notification, NotificationPref, PushSubscription
from tests.conftest import make_settings
from tests.helpers import ONLY_POSTGRES
from tests.jobs.workers import kill_all, start_worker, worker_env
from tests.pushservice import PushService

REMINDERS = 120


@ONLY_POSTGRES
async def test_a_killed_jobs_process_loses_no_reminder_and_duplicates_only_what_it_had_in_flight(
    engine, settings, vapid_pem, tmp_path, persona_hash
):
    now = datetime.now(timezone.utc)
    public_key = make_settings(settings.database_url, tmp_path / "keys", vapid_pem).vapid_public_key
    async with PushService(vapid_public_key=public_key, latency=0.3) as service:
        subscriptions = {}
        for n in range(REMINDERS):
            rows = await Account.insert(
                Account(
                    email=f"c{n}@example.org",
                    display_name=f"Client {n}",
                    role="client",
                    password_hash=persona_hash,
                    created_at=now,
                    password_changed_at=now,
                )
            )
            account = rows[0]["id"]
            subscription = service.new_subscription()
            subscriptions[account] = subscription
            await PushSubscription.insert(
                PushSubscription(
                    account=account,
                    endpoint=subscription["endpoint"],
                    p256dh=subscription["keys"]["p256dh"],
                    auth=subscription["keys"]["auth"],
                    created_at=now,
                )
            )
            await NotificationPref.insert(
                NotificationPref(
                    account=account, quiet_start="00:00", quiet_end="00:00", updated_at=now
                )
            )
            await Notification.insert(
                Notification(
                    account=account,
                    kind="session",
                    subject=f"occurrence:{n}:60",
                    due_at=now,
                    event_at=now + timedelta(hours=1),
                    expires_at=now + timedelta(hours=1),
                    urgency="high",
                    next_attempt_at=now,
                    created_at=now,
                )
            )

        env = worker_env(settings.database_url, tmp_path / "var", vapid_pem, service.origin)
        doomed, survivor = await start_worker(env), await start_worker(env)
        try:
            for _ in range(200):  # kill it while it has pushes in flight
                await asyncio.sleep(0.05)
                if len(service.deliveries) >= 10 and service._in_flight > 0:
                    break
            doomed.send_signal(signal.SIGKILL)
            await doomed.wait()
            in_flight = {
                row["id"]
                for row in await Notification.select(Notification.id).where(
                    Notification.status == "claimed"
                )
            }
            for _ in range(400):
                if await Notification.count().where(Notification.status == "sent") == REMINDERS:
                    break
                await asyncio.sleep(0.1)
        finally:
            await kill_all(doomed, survivor)

        assert in_flight, "the process was killed with nothing claimed: the test proved nothing"
        rows = await Notification.select(Notification.status, Notification.attempts)
        assert {row["status"] for row in rows} == {"sent"}
        assert (
            max(row["attempts"] for row in rows) >= 2
        )  # the dead process's claims were taken again
        per_account = {account: service.delivered_to(sub) for account, sub in subscriptions.items()}
        assert all(per_account.values()), "a reminder was lost"
        twice = [account for account, got in per_account.items() if len(got) > 1]
        assert len(twice) <= len(in_flight), (len(twice), len(in_flight))
        for account in twice:
            assert len({delivery.topic for delivery in per_account[account]}) == 1
            assert len(service.device_view(subscriptions[account])) == 1  # collapsed on the device
