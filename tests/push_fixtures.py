"""Fixtures for tests that send through the loopback push service (tests/pushservice.py): the
service, the app's settings with its origin on the push allow-list, the client's phone
subscribed to it, and a started Sender; plus `reminder`, an outbox row to plan. A test module
or conftest imports the fixtures it uses by name."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from jobs.push import Sender
from server.notifications.outbox import Planned
from server.settings import DEFAULT_PUSH_HOSTS
from tests.conftest import make_settings
from tests.pushservice import PushService


@pytest.fixture
async def push_service(vapid_pem, tmp_path):
    public_key = make_settings("sqlite:///unused.db", tmp_path / "keys", vapid_pem).vapid_public_key
    async with PushService(vapid_public_key=public_key) as service:
        yield service


@pytest.fixture(name="settings")
def settings_admitting_push_service(database_url, tmp_path, vapid_pem, push_service):
    return make_settings(
        database_url,
        tmp_path / "var",
        vapid_pem,
        push_allowed_hosts=f"{DEFAULT_PUSH_HOSTS},{push_service.origin}",
    )


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


def now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def reminder(account: int, at: datetime, **changes) -> Planned:
    """A session reminder due `at` (urgent, so quiet hours let it through), with `changes`."""
    values = dict(
        account=account,
        kind="session",
        subject="occurrence:1:60",
        due_at=at,
        event_at=at + timedelta(hours=1),
        expires_at=at + timedelta(hours=1),
        detail="Evening group at 18:00",
        urgency="high",
    )
    values.update(changes)
    return Planned(**values)


async def discreet_off(account: int) -> None:
    """The person turned discreet mode off and has no quiet hours: devices show the detail."""
    from server.notifications.tables import NotificationPref

    await NotificationPref.insert(
        NotificationPref(
            account=account,
            discreet=False,
            quiet_start="00:00",
            quiet_end="00:00",
            updated_at=now(),
        )
    )
