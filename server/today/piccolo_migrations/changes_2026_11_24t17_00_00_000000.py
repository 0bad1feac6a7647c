"""today_change: a stamp per client that changes whenever anything on their Today changes.

Triggers on every table Today reads keep it, so every writer (requests, the jobs process, a
restore, psql) is covered. Client 0's stamp stands for what everyone's Today shows (programs,
tracks, group sessions, policies, staff names). server/today/cache.py reads a client's two
stamps with the session lookup and serves a cached Today while both are unchanged.

SQLite has one writer at a time: each change replaces the client's row with a new random
stamp. PostgreSQL writers run concurrently, and rows updated in place would be locks taken
mid-transaction in no set order (deadlocks between two multi-client transactions): each change
appends a row with a random positive stamp instead, and a client's stamp is the sum of their
rows (one per client per transaction), which grows with every commit and with nothing else. `compact_today_changes` (a jobs
tick) folds each client's rows into one with the same sum.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

from server.today.stamps import WATCHED_BY_MIGRATION, postgres_triggers, sqlite_triggers

ID = "2026-11-24T17:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "per-client change stamps for the Today cache"

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


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="changes", description=DESCRIPTION)

    async def create():
        engine = engine_finder()
        sqlite = engine.engine_type == "sqlite"
        statements = list(SQLITE if sqlite else POSTGRES)
        for table, column in WATCHED_BY_MIGRATION[ID].items():
            statements += sqlite_triggers(table, column) if sqlite else postgres_triggers(table, column)
        for statement in statements:
            await engine.run_ddl(statement)

    manager.add_raw(create)
    return manager
