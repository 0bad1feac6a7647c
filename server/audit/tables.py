"""audit_event: who did what to whose record, and how it ended. Never the values of health data."""

from __future__ import annotations

from piccolo.columns import BigSerial, Integer, Timestamptz, Varchar
from piccolo.table import Table


class AuditEvent(Table, tablename="audit_event"):
    # Plain integers, not foreign keys: the log must outlive the accounts it mentions.
    id = BigSerial(primary_key=True)
    at = Timestamptz(index=True)
    actor = Integer(null=True, default=None, index=True)
    action = Varchar(length=64)
    subject = Varchar(length=200, default="")
    patient = Integer(null=True, default=None, index=True)
    outcome = Varchar(length=16)
    ip = Varchar(length=45, null=True, default=None)
