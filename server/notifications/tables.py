"""Reminders: browsers' push subscriptions, each person's reminder preferences, and the outbox.

The outbox (`notification`) holds one row per reminder to send, unique per (account, kind,
subject, due_at) so re-planning never makes a second one. Jobs claim rows (a claim token and a
lease) before sending and record the outcome after. The unique key and indexes come from a raw
migration (both engines).
"""

from __future__ import annotations

from piccolo.columns import Boolean, ForeignKey, Integer, Text, Timestamptz, Varchar
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from server.accounts.tables import Account


class PushSubscription(Table, tablename="push_subscription"):
    account = ForeignKey(Account, on_delete=OnDelete.cascade, index=True)
    endpoint = Varchar(length=1000, unique=True)
    p256dh = Varchar(length=200)
    auth = Varchar(length=100)
    created_at = Timestamptz()
    last_success_at = Timestamptz(null=True, default=None)
    failures = Integer(default=0)  # consecutive failed sends
    last_error = Varchar(length=200, default="")


class NotificationPref(Table, tablename="notification_pref"):
    account = ForeignKey(Account, on_delete=OnDelete.cascade, unique=True)
    session_leads = Text(default="[1440, 60]")  # JSON list of minutes before a session
    checkin_time = Varchar(length=5, default="20:00")  # local HH:MM, "" for none
    quiet_start = Varchar(
        length=5, default="22:00"
    )  # local HH:MM; equal start and end: no quiet hours
    quiet_end = Varchar(length=5, default="07:00")
    discreet = Boolean(default=True)  # lock-screen text names nothing
    updated_at = Timestamptz()


class Notification(Table, tablename="notification"):
    account = ForeignKey(Account, on_delete=OnDelete.cascade)
    kind = Varchar(length=16)  # session | checkin | homework | drugtest | alert | test
    subject = Varchar(length=80)  # what it is about, e.g. "occurrence:12:60" (no health words)
    due_at = Timestamptz()  # when it should go out
    event_at = Timestamptz()  # when the thing reminded of happens (the time a discreet text shows)
    detail = Varchar(length=200, default="")  # the text shown when discreet mode is off
    url = Varchar(length=100, default="/#/today")  # the screen a tap opens
    expires_at = Timestamptz()  # useless after this: the push TTL, and expired if not sent by then
    urgency = Varchar(length=8, default="normal")  # very-low | low | normal | high
    status = Varchar(length=12, default="pending")  # pending|claimed|sent|failed|cancelled|expired
    next_attempt_at = Timestamptz()  # due_at, then later for quiet hours, Retry-After or backoff
    claim_token = Varchar(length=32, null=True, default=None)
    lease_until = Timestamptz(null=True, default=None)
    attempts = Integer(default=0)
    last_error = Varchar(length=200, default="")
    sent_at = Timestamptz(null=True, default=None)
    created_at = Timestamptz()
