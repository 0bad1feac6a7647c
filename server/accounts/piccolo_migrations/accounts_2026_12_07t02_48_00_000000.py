"""Care teams' keys and indexes, and wave 1's primary counselors copied into care teams.

In SQL both engines accept (partial indexes included). The copy makes each client's
client_profile.primary_counselor the primary member of their care team; that column is read by
nothing from here on.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-12-07T02:48:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "care team keys, one primary per client, wave 1's counselors copied in"

STATEMENTS = [
    "CREATE UNIQUE INDEX care_team_member_pair ON care_team_member (client, counselor)",
    # One primary counselor per client.
    "CREATE UNIQUE INDEX care_team_member_primary ON care_team_member (client) WHERE is_primary",
    # added_at: the client's account's creation (a timestamp both engines stored as Piccolo
    # reads it back).
    """INSERT INTO care_team_member (client, counselor, is_primary, added_at)
       SELECT p.account, p.primary_counselor, TRUE, a.created_at
       FROM client_profile p JOIN account a ON a.id = p.account
       WHERE p.primary_counselor IS NOT NULL""",
]


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="accounts", description=DESCRIPTION)

    async def run():
        engine = engine_finder()
        for statement in STATEMENTS:
            await engine.run_ddl(statement)

    manager.add_raw(run)
    return manager
