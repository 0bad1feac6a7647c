"""Fixtures for tests that send through the loopback push service (tests/pushservice.py): the
service, and the app's settings with its origin on the push allow-list. A test module or
conftest imports both names to use them."""

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


@pytest.fixture(name="settings")
def settings_admitting_push_service(database_url, tmp_path, vapid_pem, push_service):
    return make_settings(database_url, tmp_path / "var", vapid_pem,
                         push_allowed_hosts=f"{DEFAULT_PUSH_HOSTS},{push_service.origin}")
