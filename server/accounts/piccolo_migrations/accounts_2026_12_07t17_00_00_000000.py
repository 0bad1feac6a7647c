"""Staff sign in again after the upgrade that requires a second factor for them.

Their sessions from before it were started with a password alone; ending them sends every
counselor and admin through the second-factor enrolment at their next sign-in. Clients' sessions
stay: a second factor is their choice.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-12-07T17:00:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "end staff sessions started before second factors were required"

STATEMENTS = [
    """DELETE FROM auth_session
       WHERE account IN (SELECT id FROM account WHERE role IN ('counselor', 'admin'))""",
]


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="accounts", description=DESCRIPTION)

    async def run():
        engine = engine_finder()
        for statement in STATEMENTS:
            await engine.run_ddl(statement)

    manager.add_raw(run)
    return manager
