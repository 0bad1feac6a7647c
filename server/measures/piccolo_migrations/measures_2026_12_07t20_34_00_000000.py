"""Measures' keys and indexes, in SQL both engines accept (partial indexes included)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-12-07T20:34:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "responses by client and instrument, unreviewed ones, plan versions, schedules"

STATEMENTS = [
    # A client's history of one instrument, and the outcomes report's scans by instrument.
    "CREATE INDEX measure_response_client ON measure_response (client, instrument, submitted_at)",
    "CREATE INDEX measure_response_instrument ON measure_response (instrument, submitted_at)",
    # The counselor's queue of responses to look at: only those waiting for a look are indexed.
    "CREATE INDEX measure_response_attention ON measure_response (client, submitted_at) "
    "WHERE attention AND reviewed_at IS NULL AND superseded_at IS NULL",
    "CREATE UNIQUE INDEX safety_plan_version ON safety_plan (client, version)",
    "CREATE INDEX measure_schedule_track ON measure_schedule (track)",
    "CREATE INDEX measure_schedule_client ON measure_schedule (client)",
]


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="measures", description=DESCRIPTION)

    async def run():
        engine = engine_finder()
        for statement in STATEMENTS:
            await engine.run_ddl(statement)

    manager.add_raw(run)
    return manager
