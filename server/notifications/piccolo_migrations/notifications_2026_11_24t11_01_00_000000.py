"""Keys and indexes of reminders, in SQL both engines accept."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-11-24T11:01:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "reminder keys and indexes"

STATEMENTS = [
    # One reminder per person, kind, subject and time: planning again never makes a second.
    "CREATE UNIQUE INDEX notification_key ON notification (account, kind, subject, due_at)",
    # The dispatcher's claim: rows waiting to go, by when they are next due.
    "CREATE INDEX notification_waiting ON notification (next_attempt_at) WHERE status IN ('pending', 'claimed')",
]


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="notifications", description=DESCRIPTION)

    async def add_indexes():
        engine = engine_finder()
        for statement in STATEMENTS:
            await engine.run_ddl(statement)

    manager.add_raw(add_indexes)
    return manager
