"""Reminder shapes: a browser's push subscription, reminder preferences, the VAPID key."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec

LocalTime = Annotated[
    str, msgspec.Meta(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$", description="HH:MM, 24 h")
]
B64 = Annotated[str, msgspec.Meta(min_length=16, max_length=200, pattern=r"^[A-Za-z0-9_-]+=*$")]


class SubscriptionKeys(msgspec.Struct):
    p256dh: B64
    auth: Annotated[str, msgspec.Meta(min_length=16, max_length=100, pattern=r"^[A-Za-z0-9_-]+=*$")]


class SubscriptionIn(msgspec.Struct):
    """The browser's PushSubscription.toJSON() (expirationTime and other fields are ignored)."""

    endpoint: Annotated[str, msgspec.Meta(min_length=8, max_length=1000)]
    keys: SubscriptionKeys


class SubscriptionOut(msgspec.Struct):
    id: int
    endpoint_host: str  # which push service, never the full endpoint (it is a bearer secret)
    created_at: datetime
    last_success_at: datetime | None


class UnsubscribeIn(msgspec.Struct, forbid_unknown_fields=True):
    endpoint: Annotated[str, msgspec.Meta(min_length=8, max_length=1000)]


class VapidKeyOut(msgspec.Struct):
    public_key: str  # base64url, uncompressed P-256 point: the applicationServerKey


class PreferencesIn(msgspec.Struct, forbid_unknown_fields=True):
    session_leads: Annotated[
        list[Annotated[int, msgspec.Meta(ge=5, le=2880)]], msgspec.Meta(max_length=4)
    ] = msgspec.field(default_factory=lambda: [1440, 60])  # minutes before a session
    checkin_time: LocalTime | None = "20:00"  # None: no daily check-in reminder
    quiet_start: LocalTime = "22:00"
    quiet_end: LocalTime = "07:00"  # the same as quiet_start: no quiet hours
    discreet: bool = True


class PreferencesOut(PreferencesIn):
    devices: int = 0  # how many browsers receive this person's reminders
