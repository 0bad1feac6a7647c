"""Aftercare meetings: what a client attended, a directory of local meetings imported from a
Meeting Guide feed, and each client's aftercare plan.

Composite indexes come from a raw migration (both engines): a client's meetings by time, the
directory's (slug, day) key, and the directory by day and time of day.
"""

from __future__ import annotations

from piccolo.columns import UUID, ForeignKey, Integer, Text, Timestamptz, Varchar
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from server.accounts.tables import Account


class MeetingDirectory(Table, tablename="meeting_directory"):
    """One weekly meeting from a Meeting Guide feed: a feed row meeting on several days becomes
    one row per day, so (slug, day) is the key a re-import updates by."""

    slug = Varchar(length=200)  # the feed's own key for the meeting
    day = Integer()  # 0 Sunday … 6 Saturday, as in the Meeting Guide spec
    time = Varchar(length=5)  # "HH:MM", local to `timezone`
    minute = Integer()  # minutes after local midnight, for "near a time" searches
    end_time = Varchar(length=5, default="")  # "" when the feed gives none
    name = Varchar(length=200)
    types = Text(default="[]")  # JSON list of Meeting Guide type codes ("O", "C", "ONL", "TC"…)
    format = Varchar(length=16)  # in_person | online | hybrid
    location = Varchar(length=200, default="")
    address = Varchar(length=300, default="")
    city = Varchar(length=100, default="")
    conference_url = Varchar(length=500, default="")
    timezone = Varchar(length=64)
    fellowship = Varchar(length=16)
    search = Text(
        default=""
    )  # name, location and city lower-cased once, matched alike on both engines
    content_hash = Varchar(
        length=64
    )  # SHA-256 of the stored fields: an unchanged re-import writes nothing
    updated_at = Timestamptz()


class MeetingLog(Table, tablename="meeting_log"):
    id = UUID(primary_key=True)  # made by the phone, so a retried send is recognised
    client = ForeignKey(Account, on_delete=OnDelete.cascade)
    fellowship = Varchar(length=16)
    name = Varchar(length=200)
    attended_at = Timestamptz()
    format = Varchar(length=16)  # in_person | online
    note = Text(default="")
    directory = ForeignKey(MeetingDirectory, on_delete=OnDelete.set_null, null=True, default=None)
    body_hash = Varchar(length=64)  # SHA-256 of the submitted body: a replay must match it
    logged_at = Timestamptz()
    verified_by = ForeignKey(Account, on_delete=OnDelete.set_null, null=True, default=None)
    verified_at = Timestamptz(null=True, default=None)


class AftercarePlan(Table, tablename="aftercare_plan"):
    """What the counselor and client agreed for after the program: meetings a week, and notes
    (sponsor, sober living, continued therapy)."""

    client = ForeignKey(Account, on_delete=OnDelete.cascade, unique=True)
    weekly_target = Integer(default=0)
    notes = Text(default="")
    updated_by = ForeignKey(Account, on_delete=OnDelete.set_null, null=True, default=None)
    updated_at = Timestamptz()
