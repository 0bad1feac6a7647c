"""Reminder tests run against the loopback push service (tests/pushservice.py), which the
settings' push allow-list admits."""

from tests.push_fixtures import push_service, settings_admitting_push_service  # noqa: F401
