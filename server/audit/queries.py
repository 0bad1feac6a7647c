"""The audit log's compiled statement: built and compiled once (see
server/core/db/compiled.py), run by services.record with db.run_compiled. The rules live in
services.py; only the statement is here.

- INSERT: the one event every audited action appends. Every sign-in writes one (and every
  failed or throttled sign-in, and every access denial) — B4 (sign-in requests/s; see
  bench/README.md), where building a Piccolo insert each time would cost ~150 us.
- insert_views(rows): the multi-row INSERT of a page of records a person was shown, compiled
  once per row count: the caseload's 60 rows cost ~1.1 ms a request built as a raw Piccolo
  query (B5's caseload case).
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

_VIEWS: dict[int, db.RawQuery] = {}


def insert_views(rows: int) -> db.RawQuery:
    """INSERT of `rows` events, each taking (at, actor, action, subject, patient) in order,
    outcome 'ok' and no address."""
    if rows not in _VIEWS:
        _VIEWS[rows] = db.RawQuery(
            lambda marks: (
                "INSERT INTO audit_event (at, actor, action, subject, patient, outcome, "
                "ip) VALUES "
                + ", ".join(
                    f"({', '.join(marks[at : at + 5])}, 'ok', NULL)"
                    for at in range(0, len(marks), 5)
                )
            ),
            arity=5 * rows,
        )
    return _VIEWS[rows]
