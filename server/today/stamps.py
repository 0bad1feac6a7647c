"""Per-client change stamps: which tables feed a Today, their triggers, and reading the stamps.

One place for the list of watched tables: the migrations that put triggers on them, the cache
(server/today/cache.py, through the stamps read with the session lookup) and the test that
compares the triggers with Today's queries all read WATCHED from here.

A cached Today is served only while the client's two stamps (their own and client 0's, what
everyone's Today shows) are the ones it was built under. The table today_change and its
triggers are created by this app's migrations (Piccolo app "changes", its name since it
landed: a database records its applied migrations by app name).
"""

from __future__ import annotations

from server.core import db

# Each table Today reads -> the column naming the client whose Today a row feeds; None: a
# row feeds everyone's (client 0). A NULL client (a group session, a track's homework) is 0.
# Account rows feed their own client, and everyone's when the account is staff (facilitator
# and reviewer names).
_WAVE_1 = {
    "account": "id",
    "client_profile": "account",
    "enrollment": "client",
    "attendance": "client",
    "session_series": "client",
    "session_occurrence": "client",
    "checkin": "client",
    "meeting_log": "client",
    "aftercare_plan": "client",
    "assignment": "client",
    "submission": "client",
    "drug_test": "client",
    "program": None,
    "track": None,
    "checkin_policy": None,
    "worksheet_template": None,
    "meeting_directory": None,
    "random_test_policy": None,
    "test_selection_run": None,
}

# Migration id -> the tables it put triggers on. Append-only, like the migrations themselves:
# a table Today starts reading gets its triggers from a new migration with a new entry here.
WATCHED_BY_MIGRATION: dict[str, dict[str, str | None]] = {
    "2026-11-24T17:00:00:000000": _WAVE_1,
    # Today's questionnaires card (issue 20): what is due, and whether a safety plan exists.
    "2026-12-07T20:45:00:000000": {
        "measure_response": "client",
        "measure_schedule": "client",  # a track's rule (no client) feeds everyone's Today
        "safety_plan": "client",
    },
}
WATCHED: dict[str, str | None] = {
    table: column for tables in WATCHED_BY_MIGRATION.values() for table, column in tables.items()
}


# The triggers' SQL below is what landed migrations ran: a change of trigger goes in new builders
# used by a new migration, never in these.


def _sqlite_bump(key: str) -> str:
    return (
        f"INSERT INTO today_change (client_id, stamp) VALUES (COALESCE({key}, 0), random()) "
        "ON CONFLICT (client_id) DO UPDATE SET stamp = excluded.stamp;"
    )


def sqlite_triggers(table: str, column: str | None) -> list[str]:
    key = (lambda row: f"{row}.{column}") if column else (lambda row: "0")
    staff = (
        (
            lambda row: (
                f"INSERT INTO today_change (client_id, stamp) SELECT 0, random() WHERE {row}.role <> 'client' "
                "ON CONFLICT (client_id) DO UPDATE SET stamp = excluded.stamp;"
            )
        )
        if table == "account"
        else (lambda row: "")
    )
    return [
        f"CREATE TRIGGER today_{table}_insert AFTER INSERT ON {table} BEGIN {_sqlite_bump(key('NEW'))} {staff('NEW')} END",
        f"CREATE TRIGGER today_{table}_update AFTER UPDATE ON {table} BEGIN {_sqlite_bump(key('OLD'))} "
        f"{_sqlite_bump(key('NEW'))} {staff('OLD')} {staff('NEW')} END",
        f"CREATE TRIGGER today_{table}_delete AFTER DELETE ON {table} BEGIN {_sqlite_bump(key('OLD'))} {staff('OLD')} END",
    ]


def postgres_triggers(table: str, column: str | None) -> list[str]:
    if column is None:  # once per statement: a bulk insert of group sessions is one change
        return [
            f"CREATE TRIGGER today_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION today_shared_changed()"
        ]
    return [
        f"CREATE TRIGGER today_change AFTER INSERT OR UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION today_row_changed('{column}')"
    ]


# Columns to add to a SELECT whose FROM has "auth_session": the signed-in client's stamps.
# NULL until a row feeding that Today has changed since the table was created.
STAMP_COLUMNS = (
    '(SELECT CAST(SUM(stamp) AS BIGINT) FROM today_change WHERE client_id = "auth_session"."account") AS "today.mine", '
    '(SELECT CAST(SUM(stamp) AS BIGINT) FROM today_change WHERE client_id = 0) AS "today.shared"'
)

COMPACT_SQL = """
WITH gone AS (
    DELETE FROM today_change
    WHERE client_id IN (SELECT client_id FROM today_change GROUP BY client_id HAVING COUNT(*) > 1)
    RETURNING client_id, stamp
)
INSERT INTO today_change (client_id, stamp) SELECT client_id, SUM(stamp) FROM gone GROUP BY client_id
"""


async def compact_today_changes() -> None:
    """PostgreSQL appends a row per change: fold each client's rows into one with the same sum
    (one statement, so readers see the rows before or after, never a different sum). SQLite
    keeps one row per client already."""
    engine = db.current()
    if engine.engine_type == "postgres":
        await engine.run_ddl(COMPACT_SQL)
