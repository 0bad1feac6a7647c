"""Daily check-ins, their earlier versions, and each program's risk rules for them.

A client has one check-in per day (unique client and local_date): a later check-in for the same
day updates that day's entry, and the answers it replaces become a `checkin_revision` row.
Composite, partial and unique indexes come from raw migrations (both engines): check-ins by client
and day (unique), the unreviewed ones by client, risk and age for the review queue, and each
version's submission id (unique), so a phone's retry of any version is recognised.
"""

from __future__ import annotations

from piccolo.columns import (
    UUID,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    Real,
    Serial,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from server.accounts.tables import Account
from server.programs.tables import Program

RISK_RANK = {"urgent": 0, "high": 1, "normal": 2}


class Checkin(Table, tablename="checkin"):
    """A client's day: the latest answers for that day, with the day's highest risk."""

    id = UUID(primary_key=True)  # made by the phone for the day's first check-in; never changes
    client = ForeignKey(Account, on_delete=OnDelete.cascade)
    local_date = Date()
    submitted_at = Timestamptz()
    mood = Integer()
    craving = Integer()
    used = Boolean()
    substances = Text(default="[]")  # JSON list of short strings
    medication = Varchar(length=16)
    sleep_hours = Real()
    triggers = Text(default="[]")  # JSON list of short strings
    helped = Text(default="")
    safety_concern = Boolean()
    note = Text(default="")
    risk = Varchar(length=8)  # the day's highest: a calmer update does not hide an urgent answer
    risk_rank = Integer()  # 0 urgent, 1 high, 2 normal: the review queue's first sort key
    body_hash = Varchar(length=64)  # SHA-256 of the latest submitted body: a replay must match it
    reviewed_by = ForeignKey(Account, on_delete=OnDelete.set_null, null=True, default=None)
    reviewed_at = Timestamptz(null=True, default=None)
    counselor_note = Text(default="")
    # The latest version: its submission id when the day was updated (None: `id`), the risk of
    # its answers alone, how many times the day was updated and when last.
    submission = UUID(null=True, default=None)
    answers_risk = Varchar(length=8, default="")  # "" on rows from before updates: `risk`
    revisions = Integer(default=0)
    updated_at = Timestamptz(null=True, default=None)


class CheckinRevision(Table, tablename="checkin_revision"):
    """An earlier version of a day's check-in, as it was before a later one replaced it."""

    id = Serial(primary_key=True)
    checkin = ForeignKey(Checkin, on_delete=OnDelete.cascade)
    submission = UUID()  # the id the phone sent with this version (unique: raw migration)
    body_hash = Varchar(length=64)
    submitted_at = Timestamptz()
    mood = Integer()
    craving = Integer()
    used = Boolean()
    substances = Text(default="[]")
    medication = Varchar(length=16)
    sleep_hours = Real()
    triggers = Text(default="[]")
    helped = Text(default="")
    safety_concern = Boolean()
    note = Text(default="")
    risk = Varchar(length=8)  # the risk of this version's answers alone
    reviewed_by = ForeignKey(Account, on_delete=OnDelete.set_null, null=True, default=None)
    reviewed_at = Timestamptz(null=True, default=None)  # the review this version had, if any
    counselor_note = Text(default="")


class CheckinPolicy(Table, tablename="checkin_policy"):
    """A program's risk rules; a program without a row uses the defaults below."""

    program = ForeignKey(Program, on_delete=OnDelete.cascade, unique=True)
    urgent_on_safety = Boolean(default=True)
    high_on_use = Boolean(default=True)
    high_craving_at = Integer(default=8)
    missed_days = Integer(default=2)
