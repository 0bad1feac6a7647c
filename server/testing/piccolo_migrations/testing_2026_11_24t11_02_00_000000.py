"""Keys and indexes of drug testing, in SQL both engines accept."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-11-24T11:02:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "drug testing keys and indexes"

STATEMENTS = [
    # One draw per track and day: the process whose insert wins draws, every other one skips.
    "CREATE UNIQUE INDEX test_selection_run_track_day ON test_selection_run (track, local_date)",
    # One test per client and day, random or scheduled.
    "CREATE UNIQUE INDEX drug_test_client_day ON drug_test (client, local_date)",
    # The counselors' day list.
    "CREATE INDEX drug_test_day ON drug_test (local_date)",
    # The reminder planner: tests still waiting, by when their window opens.
    "CREATE INDEX drug_test_waiting ON drug_test (window_start_at) WHERE status = 'selected'",
]


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="testing", description=DESCRIPTION)

    async def add_indexes():
        engine = engine_finder()
        for statement in STATEMENTS:
            await engine.run_ddl(statement)

    manager.add_raw(add_indexes)
    return manager
