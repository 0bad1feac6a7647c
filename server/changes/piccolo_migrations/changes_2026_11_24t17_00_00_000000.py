"""today_change: a stamp per client that changes whenever anything on their Today changes.

Triggers on every table Today reads keep it, so every writer (requests, the jobs process, a
restore, psql) is covered. Client 0's stamp stands for what everyone's Today shows (programs,
tracks, group sessions, policies, staff names). server/today.py reads a client's two stamps
with the session lookup and serves a cached Today while both are unchanged.

SQLite has one writer at a time: each change replaces the client's row with a new random
stamp. PostgreSQL writers run concurrently, and rows updated in place would be locks taken
mid-transaction in no set order (deadlocks between two multi-client transactions): each change
appends a row with a random positive stamp instead, and a client's stamp is the sum of their
rows (one per client per transaction), which grows with every commit and with nothing else. `compact_today_changes` (a jobs
tick) folds each client's rows into one with the same sum.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-11-24T17:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "per-client change stamps for the Today cache"

# Each table Today reads -> the column naming the client whose Today a row feeds; None: a
# row feeds everyone's (client 0). A NULL client (a group session, a track's homework) is 0.
# Account rows feed their own client, and everyone's when the account is staff (facilitator
# and reviewer names).
KEYS = {
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

SQLITE = [
    "CREATE TABLE today_change (client_id INTEGER PRIMARY KEY, stamp INTEGER NOT NULL)",
]
POSTGRES = [
    "CREATE TABLE today_change (client_id BIGINT NOT NULL, stamp BIGINT NOT NULL)",
    "CREATE INDEX today_change_client ON today_change (client_id) INCLUDE (stamp)",
    # 1 .. 2^31-1: a client's sum stays within BIGINT for 2^32 changes.
    # One row per client per transaction is enough (the sum changes when it commits): a year
    # of group sessions inserted at once appends one row for client 0, not thousands.
    """CREATE FUNCTION today_bump(k BIGINT) RETURNS void LANGUAGE sql AS $$
        INSERT INTO today_change (client_id, stamp)
        SELECT COALESCE(k, 0), 1 + floor(random() * 2147483646)::bigint
        WHERE NOT EXISTS (SELECT 1 FROM today_change
                          WHERE client_id = COALESCE(k, 0) AND xmin = pg_current_xact_id()::xid)
    $$""",
    # Nested IFs: plpgsql may evaluate both sides of an AND, and only account rows have a role.
    """CREATE FUNCTION today_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
        old_key BIGINT;
        new_key BIGINT;
    BEGIN
        IF TG_OP <> 'INSERT' THEN
            old_key := COALESCE((to_jsonb(OLD) ->> TG_ARGV[0])::bigint, 0);
            PERFORM today_bump(old_key);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            new_key := COALESCE((to_jsonb(NEW) ->> TG_ARGV[0])::bigint, 0);
            IF new_key IS DISTINCT FROM old_key THEN
                PERFORM today_bump(new_key);
            END IF;
        END IF;
        IF TG_TABLE_NAME = 'account' THEN
            IF (TG_OP <> 'INSERT' AND (to_jsonb(OLD) ->> 'role') <> 'client')
               OR (TG_OP <> 'DELETE' AND (to_jsonb(NEW) ->> 'role') <> 'client') THEN
                PERFORM today_bump(0);
            END IF;
        END IF;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION today_shared_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        PERFORM today_bump(0);
        RETURN NULL;
    END $$""",
]


def _sqlite_bump(key: str) -> str:
    return (f"INSERT INTO today_change (client_id, stamp) VALUES (COALESCE({key}, 0), random()) "
            "ON CONFLICT (client_id) DO UPDATE SET stamp = excluded.stamp;")


def sqlite_triggers(table: str, column: str | None) -> list[str]:
    key = (lambda row: f"{row}.{column}") if column else (lambda row: "0")
    staff = (lambda row: f"INSERT INTO today_change (client_id, stamp) SELECT 0, random() WHERE {row}.role <> 'client' "
             "ON CONFLICT (client_id) DO UPDATE SET stamp = excluded.stamp;") if table == "account" else (lambda row: "")
    return [
        f"CREATE TRIGGER today_{table}_insert AFTER INSERT ON {table} BEGIN {_sqlite_bump(key('NEW'))} {staff('NEW')} END",
        f"CREATE TRIGGER today_{table}_update AFTER UPDATE ON {table} BEGIN {_sqlite_bump(key('OLD'))} "
        f"{_sqlite_bump(key('NEW'))} {staff('OLD')} {staff('NEW')} END",
        f"CREATE TRIGGER today_{table}_delete AFTER DELETE ON {table} BEGIN {_sqlite_bump(key('OLD'))} {staff('OLD')} END",
    ]


def postgres_triggers(table: str, column: str | None) -> list[str]:
    if column is None:  # once per statement: a bulk insert of group sessions is one change
        return [f"CREATE TRIGGER today_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
                "FOR EACH STATEMENT EXECUTE FUNCTION today_shared_changed()"]
    return [f"CREATE TRIGGER today_change AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION today_row_changed('{column}')"]


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="changes", description=DESCRIPTION)

    async def create():
        engine = engine_finder()
        sqlite = engine.engine_type == "sqlite"
        statements = list(SQLITE if sqlite else POSTGRES)
        for table, column in KEYS.items():
            statements += sqlite_triggers(table, column) if sqlite else postgres_triggers(table, column)
        for statement in statements:
            await engine.run_ddl(statement)

    manager.add_raw(create)
    return manager
