"""Daily check-ins and each program's risk rules for them.

Composite and partial indexes come from a raw migration (both engines): check-ins by client and
day, and the unreviewed ones by client, risk and age for the review queue.
"""

from __future__ import annotations

from piccolo.columns import (
    UUID,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    Real,
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
    id = UUID(primary_key=True)  # made by the phone, so a retried send is recognised
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
    risk = Varchar(length=8)
    risk_rank = Integer()  # 0 urgent, 1 high, 2 normal: the review queue's first sort key
    body_hash = Varchar(length=64)  # SHA-256 of the submitted body: a replay must match it
    reviewed_by = ForeignKey(Account, on_delete=OnDelete.set_null, null=True, default=None)
    reviewed_at = Timestamptz(null=True, default=None)
    counselor_note = Text(default="")


class CheckinPolicy(Table, tablename="checkin_policy"):
    """A program's risk rules; a program without a row uses the defaults below."""

    program = ForeignKey(Program, on_delete=OnDelete.cascade, unique=True)
    urgent_on_safety = Boolean(default=True)
    high_on_use = Boolean(default=True)
    high_craving_at = Integer(default=8)
    missed_days = Integer(default=2)
