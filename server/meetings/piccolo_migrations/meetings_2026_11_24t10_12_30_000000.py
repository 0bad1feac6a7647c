"""Keys and indexes of aftercare meetings, in SQL both engines accept.

Piccolo's Unique constraint is added with ALTER TABLE ADD CONSTRAINT, which SQLite lacks; a
unique index enforces the same and reads the same on both.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-11-24T10:12:30:000000"
VERSION = "1.38.0"
DESCRIPTION = "meeting keys and indexes"

STATEMENTS = [
    # One directory row per feed meeting and weekday: a re-import updates, never duplicates
    # (and the importer's ON CONFLICT names this key).
    "CREATE UNIQUE INDEX meeting_directory_slug_day ON meeting_directory (slug, day)",
    # Directory searches by weekday and time of day.
    "CREATE INDEX meeting_directory_day_minute ON meeting_directory (day, minute)",
    # A client's meetings in a time range (their list, the week's progress, the caseload).
    "CREATE INDEX meeting_log_client_attended ON meeting_log (client, attended_at)",
]


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="meetings", description=DESCRIPTION)

    async def add_indexes():
        engine = engine_finder()
        for statement in STATEMENTS:
            await engine.run_ddl(statement)

    manager.add_raw(add_indexes)
    return manager
