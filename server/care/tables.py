"""Urgent routing: each program's on-call counselors and escalation delay, urgent alerts and the
people each step of an alert reached.

An urgent alert is raised once per urgent item (its `subject`, e.g. "checkin:<uuid>"; unique)
and goes first to the client's care team, or when nobody on it is active to the program's
on-call counselors, or when none of them either to every active admin. Not acknowledged in
time, it escalates: on-call, then admins. Each step's people are `alert_recipient` rows; the
notifications planner turns them into outbox rows.
"""

from __future__ import annotations

from piccolo.columns import Boolean, ForeignKey, Integer, Serial, Timestamptz, Varchar
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from server.accounts.tables import Account
from server.programs.tables import Program

DEFAULT_ESCALATE_MINUTES = 15


class ProgramCare(Table, tablename="program_care"):
    """A program's routing settings; a program without a row uses the defaults."""

    program = ForeignKey(Program, on_delete=OnDelete.cascade, unique=True)
    escalate_minutes = Integer(default=DEFAULT_ESCALATE_MINUTES)
    counselors_invite = Boolean(default=True)  # counselors may invite clients into their tracks


class OnCall(Table, tablename="on_call"):
    """A counselor on call for a program (unique per program and counselor: raw migration)."""

    program = ForeignKey(Program, on_delete=OnDelete.cascade)
    counselor = ForeignKey(Account, on_delete=OnDelete.cascade, index=True)


class UrgentAlert(Table, tablename="urgent_alert"):
    id = Serial(primary_key=True)
    subject = Varchar(length=80, unique=True)  # what is urgent: "checkin:<uuid>" (no health words)
    client = ForeignKey(Account, on_delete=OnDelete.cascade, index=True)
    program = ForeignKey(Program, on_delete=OnDelete.set_null, null=True, default=None)
    raised_at = Timestamptz()
    route = Varchar(length=8)  # who it has reached so far: team | on_call | admins
    escalate_at = Timestamptz(null=True, default=None)  # None: acknowledged, or nobody above
    acknowledged_at = Timestamptz(null=True, default=None)
    acknowledged_by = ForeignKey(Account, on_delete=OnDelete.set_null, null=True, default=None)


class AlertRecipient(Table, tablename="alert_recipient"):
    """A person one step of an alert reached (unique per alert and person: raw migration)."""

    alert = ForeignKey(UrgentAlert, on_delete=OnDelete.cascade)
    account = ForeignKey(Account, on_delete=OnDelete.cascade, index=True)
    route = Varchar(length=8)  # team | on_call | admins
    notified_at = Timestamptz()
