"""The meetings feature's compiled statements: built and compiled once (see
server/core/db/compiled.py), run by services.py with db.run_compiled / db.fetch_first. The rules
live in services.py; only the statements are here.

- WEEK_LOGS, PLAN: the client's meetings this week and their aftercare plan, for the aftercare
  card of Today (services.aftercare_card; the aftercare views of client and counselor reuse
  them), built on every
  Today the cache cannot answer — B1 /api/me/today (a Today build's queries compiled once; see
  bench/README.md) and B6 (200 clients' morning routine, Today first).
- ZONES_OF, TARGETS_OF, LOGS_OF: the caseload's meetings week for all its clients at once
  (services.caseload_meetings). B5's caseload case: built by Piccolo per request these three
  cost ~2.6 ms of a 60-client caseload on PostgreSQL; compiled per size bucket of the id list
  (programs.queries.ForMany).
"""

from __future__ import annotations

from server.accounts.tables import Account
from server.core import db
from server.meetings.tables import AftercarePlan, MeetingLog
from server.programs.queries import ForMany

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


# --- many clients at once: the staff caseload (B5's caseload case) ----------------------------
ZONES_OF = ForMany(
    lambda ids: Account.select(Account.id, Account.timezone).where(Account.id.is_in(ids)),
    rest=0,
)
TARGETS_OF = ForMany(
    lambda ids: AftercarePlan.select(AftercarePlan.client, AftercarePlan.weekly_target).where(
        AftercarePlan.client.is_in(ids)
    ),
    rest=0,
)
# These clients' logs attended in [start, end).
LOGS_OF = ForMany(
    lambda ids, start, end: MeetingLog.select(
        MeetingLog.client, MeetingLog.attended_at, MeetingLog.verified_at
    ).where(
        MeetingLog.client.is_in(ids)
        & (MeetingLog.attended_at >= start)
        & (MeetingLog.attended_at < end)
    ),
    rest=2,
)
