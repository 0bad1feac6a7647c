"""Reminder tests run against the loopback push service (tests/pushservice.py), which the
settings' push allow-list admits."""

from __future__ import annotations

import pytest

from server.settings import DEFAULT_PUSH_HOSTS
from tests.conftest import make_settings
from tests.pushservice import PushService


@pytest.fixture
async def push_service(vapid_pem, tmp_path):
    public_key = make_settings("sqlite:///unused.db", tmp_path / "keys", vapid_pem).vapid_public_key
    async with PushService(vapid_public_key=public_key) as service:
        yield service


@pytest.fixture
def settings(database_url, tmp_path, vapid_pem, push_service):
    return make_settings(database_url, tmp_path / "var", vapid_pem,
                         push_allowed_hosts=f"{DEFAULT_PUSH_HOSTS},{push_service.origin}")
