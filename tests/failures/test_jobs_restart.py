"""The one jobs process killed with SIGKILL mid-dispatch, then started again: reminders that fell
due while it was down, those it had in flight, and those due after the restart all reach the
phone (the loopback push service), none lost, duplicates only among the ones in flight."""

from __future__ import annotations

import asyncio
import signal
from datetime import datetime, timedelta, timezone

from server.notifications import outbox
from server.notifications.outbox import Planned
from server.notifications.schemas import SubscriptionIn, SubscriptionKeys
from server.notifications.services import subscribe
from server.notifications.tables import Notification
from server.settings import DEFAULT_PUSH_HOSTS
from tests.conftest import make_settings
from tests.helpers import add_account, user_of
from tests.jobs.workers import kill_all, start_worker, worker_env
from tests.pushservice import PushService

PEOPLE = 10
LEASE = 2.0  # seconds: the dead process's claims are taken again after this
LATENCY = 0.4  # the push service's, so that the kill finds pushes in flight


async def plan(people: list[int], label: str, due: datetime) -> set[int]:
    """One reminder per person falling due at `due`; returns the outbox ids."""
    now = datetime.now(timezone.utc)
    await outbox.plan(
        [
            Planned(
                account=person,
                kind="session",
                subject=f"occurrence:{label}:{person}",
                due_at=due,
                event_at=due + timedelta(hours=1),
                expires_at=due + timedelta(hours=1),
                urgency="high",
            )
            for person in people
        ],
        now,
    )
    rows = await Notification.select(Notification.id).where(
        Notification.subject.like(f"occurrence:{label}:%")
    )
    return {row["id"] for row in rows}


async def until(condition, seconds: float) -> bool:
    for _ in range(int(seconds / 0.05)):
        if await condition():
            return True
        await asyncio.sleep(0.05)
    return await condition()


async def test_reminders_due_during_and_after_a_killed_jobs_process_are_all_sent_after_its_restart(
    engine, settings, vapid_pem, tmp_path, persona_hash
):
    clock = asyncio.get_running_loop().time
    public_key = make_settings("sqlite:///unused.db", tmp_path / "keys", vapid_pem).vapid_public_key
    async with PushService(vapid_public_key=public_key, latency=LATENCY) as service:
        settings = make_settings(
            settings.database_url,
            tmp_path / "var",
            vapid_pem,
            push_allowed_hosts=f"{DEFAULT_PUSH_HOSTS},{service.origin}",
        )
        people = []
        for n in range(PEOPLE):
            person = await add_account(f"p{n}@example.org", f"Person {n}", "client", persona_hash)
            device = service.new_subscription()
            await subscribe(
                user_of(person),
                SubscriptionIn(
                    endpoint=device["endpoint"], keys=SubscriptionKeys(**device["keys"])
                ),
                settings,
                datetime.now(timezone.utc),
            )
            people.append(person.id)
        now = datetime.now(timezone.utc)
        before = set()
        for batch in range(
            4
        ):  # due now: several claims' worth, so the kill finds some sent, some in flight
            before |= await plan(people, f"before{batch}", now)
        env = worker_env(
            settings.database_url, tmp_path / "var", vapid_pem, service.origin, lease=LEASE
        )
        first = await start_worker(env)
        second = None
        try:
            ready = datetime.now(timezone.utc)
            during = await plan(
                people, "during", ready + timedelta(seconds=2.5)
            )  # due while it is dead
            after = await plan(
                people, "after", ready + timedelta(seconds=4.5)
            )  # due once it is back
            assert await until(lambda: _sent_some_with_more_in_flight(service), 10), (
                "nothing was in flight"
            )
            killed_at = datetime.now(timezone.utc)
            first.send_signal(signal.SIGKILL)
            await first.wait()
            in_flight = {
                row["id"]
                for row in await Notification.select(Notification.id).where(
                    Notification.status == "claimed"
                )
            }
            assert in_flight and killed_at < ready + timedelta(seconds=2.5), (
                "the kill did not land as planned"
            )

            await asyncio.sleep(
                3.0 - (datetime.now(timezone.utc) - ready).total_seconds()
            )  # "during" fall due
            assert (
                not {d.json["id"] for d in service.deliveries} & during
            )  # nobody was there to send them
            restarted = clock()
            second = await start_worker(env)
            everything = before | during | after
            assert await until(lambda: _delivered(service, everything), 15), sorted(
                everything - {d.json["id"] for d in service.deliveries}
            )
            took = clock() - restarted
        finally:
            await kill_all(first, *([second] if second else []))

    rows = await Notification.select(Notification.id, Notification.status)
    assert {row["status"] for row in rows} == {"sent"}, rows
    delivered = [d.json["id"] for d in service.deliveries]
    twice = {row_id for row_id in delivered if delivered.count(row_id) > 1}
    assert twice <= in_flight, (twice, in_flight)  # only what the dead process had in flight
    assert took < 10, took


async def _sent_some_with_more_in_flight(service: PushService) -> bool:
    return len(service.deliveries) >= PEOPLE and service._in_flight > 0


async def _delivered(service: PushService, ids: set[int]) -> bool:
    """Every one of them reached the phone, and the outbox has recorded it."""
    return ids <= {
        d.json["id"] for d in service.deliveries
    } and not await Notification.exists().where(Notification.status != "sent")
