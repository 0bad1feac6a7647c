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
- upsert_directory(rows): the importer's batch, one multi-row INSERT … ON CONFLICT. Built by
  Piccolo, a 200-row upsert cost ~80 ms of Python (row objects, building, compiling) against
  ~5 ms of SQL, all of it inside the transaction: `companion import-meetings` of 6,000
  meetings held SQLite's write lock for 3.3 s in all (tests/server/meetings/test_import_batches.py).
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


# --- the directory import ------------------------------------------------------------------------
# The stored columns of a directory meeting, in the order the importer gives their values.
DIRECTORY_COLUMNS = (
    "slug",
    "day",
    "time",
    "minute",
    "end_time",
    "name",
    "types",
    "format",
    "location",
    "address",
    "city",
    "conference_url",
    "timezone",
    "fellowship",
    "search",
    "content_hash",
    "updated_at",
)
_UPSERTS: dict[int, db.RawQuery] = {}


def upsert_directory(rows: int) -> db.RawQuery:
    """INSERT of `rows` directory meetings (each the DIRECTORY_COLUMNS' values in order), a
    (slug, day) already stored updated in place: ON CONFLICT also settles two imports racing."""
    if rows not in _UPSERTS:
        width = len(DIRECTORY_COLUMNS)
        _UPSERTS[rows] = db.RawQuery(
            lambda marks: (
                f"INSERT INTO meeting_directory ({', '.join(map(_quoted, DIRECTORY_COLUMNS))}) "
                "VALUES "
                + ", ".join(
                    f"({', '.join(marks[at : at + width])})" for at in range(0, len(marks), width)
                )
                + " ON CONFLICT (slug, day) DO UPDATE SET "
                + ", ".join(
                    f"{_quoted(name)} = excluded.{_quoted(name)}" for name in DIRECTORY_COLUMNS[2:]
                )
            ),
            arity=width * rows,
        )
    return _UPSERTS[rows]


def _quoted(name: str) -> str:
    return f'"{name}"'  # "time", "day" and "name" are SQL keywords
