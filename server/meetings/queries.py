"""The meetings feature's compiled statements: built and compiled once (see
server/core/db/compiled.py), run by services.py with db.run_compiled / db.fetch_first. The rules
live in services.py; only the statements are here.

- WEEK_LOGS, PLAN: the client's meetings this week and their aftercare plan, for the aftercare
  card of Today (services.aftercare_card; the aftercare views of client and counselor reuse
  them), built on every
  Today the cache cannot answer — B1 /api/me/today (a Today build's queries compiled once; see
  bench/README.md) and B6 (200 clients' morning routine, Today first).
"""

from __future__ import annotations

from server.core import db
from server.meetings.tables import AftercarePlan, MeetingLog

# Today asks both on every app open: compiled once (see db.CompiledQuery).
WEEK_LOGS = db.CompiledQuery(
    lambda client_id, start, end: MeetingLog.select(
        MeetingLog.attended_at, MeetingLog.verified_at
    ).where(
        (MeetingLog.client == client_id)
        & (MeetingLog.attended_at >= start)
        & (MeetingLog.attended_at < end)
    ),
    arity=3,
)
PLAN = db.CompiledQuery(
    lambda client_id: (
        AftercarePlan.select(
            AftercarePlan.weekly_target, AftercarePlan.notes, AftercarePlan.updated_at
        )
        .where(AftercarePlan.client == client_id)
        .limit(1)
    ),
    arity=1,
)
