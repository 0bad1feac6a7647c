"""The audit log's compiled statement: built and compiled once (see
server/core/db/compiled.py), run by services.record with db.run_compiled. The rules live in
services.py; only the statement is here.

- INSERT: the one event every audited action appends. Every sign-in writes one (and every
  failed or throttled sign-in, and every access denial) — B4 (sign-in requests/s; see
  bench/README.md), where building a Piccolo insert each time would cost ~150 us.
"""

from __future__ import annotations

from server.audit.tables import AuditEvent
from server.core import db

# Every sign-in and every denial writes one: compiled once (see db.CompiledQuery).
INSERT = db.CompiledQuery(
    lambda at, actor, action, subject, patient, outcome, ip: AuditEvent.insert(
        AuditEvent(
            at=at,
            actor=actor,
            action=action,
            subject=subject,
            patient=patient,
            outcome=outcome,
            ip=ip,
        )
    ),
    arity=7,
)
