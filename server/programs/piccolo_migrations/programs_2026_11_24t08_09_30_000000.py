"""Composite keys and indexes of the schedule, in SQL both engines accept.

Piccolo's Unique constraint is added with ALTER TABLE ADD CONSTRAINT, which SQLite lacks; a
unique index enforces the same and reads the same on both.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-11-24T08:09:30:000000"
VERSION = "1.38.0"
DESCRIPTION = "schedule keys and indexes"

STATEMENTS = [
    # One occurrence per series and original start: re-materializing never duplicates.
    "CREATE UNIQUE INDEX session_occurrence_series_start ON session_occurrence (series, original_start)",
    # One attendance mark per client and session.
    "CREATE UNIQUE INDEX attendance_occurrence_client ON attendance (occurrence, client)",
    # A track's or a client's sessions in a time range (Today, the agenda, the ledger).
    "CREATE INDEX session_occurrence_track_start ON session_occurrence (track, starts_at)",
    "CREATE INDEX session_occurrence_client_start ON session_occurrence (client, starts_at)",
    "CREATE INDEX enrollment_client_program ON enrollment (client, program)",
]


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="programs", description=DESCRIPTION)

    async def add_indexes():
        engine = engine_finder()
        for statement in STATEMENTS:
            await engine.run_ddl(statement)

    manager.add_raw(add_indexes)
    return manager
