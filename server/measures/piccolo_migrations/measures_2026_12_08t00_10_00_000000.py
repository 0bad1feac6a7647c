"""Drop measure_response_instrument (instrument, submitted_at): made for the outcomes report's
scans by instrument, which since B8 reads only measure_response_ends and measure_response_window
(20_34_00 and 21_45_00). No query reads it any more, and every response written paid for it."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-12-08T00:10:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "drop the unused responses-by-instrument index"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="measures", description=DESCRIPTION)

    async def run():
        await engine_finder().run_ddl("DROP INDEX IF EXISTS measure_response_instrument")

    manager.add_raw(run)
    return manager
