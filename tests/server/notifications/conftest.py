"""Reminder tests run against the loopback push service (tests/pushservice.py), which the
settings' push allow-list admits."""

from tests.push_fixtures import device, push_service, sender, settings_admitting_push_service  # noqa: F401
