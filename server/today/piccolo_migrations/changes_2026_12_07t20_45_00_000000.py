"""Change stamps for Today's questionnaires card: triggers on the measures tables (the trigger
functions are the first migration's)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

from server.today.stamps import WATCHED_BY_MIGRATION, postgres_triggers, sqlite_triggers

ID = "2026-12-07T20:45:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "Today's stamps follow questionnaires, their schedules and safety plans"


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="changes", description=DESCRIPTION)

    async def create():
        engine = engine_finder()
        sqlite = engine.engine_type == "sqlite"
        for table, column in WATCHED_BY_MIGRATION[ID].items():
            for statement in sqlite_triggers(table, column) if sqlite else postgres_triggers(table, column):
                await engine.run_ddl(statement)

    manager.add_raw(create)
    return manager
