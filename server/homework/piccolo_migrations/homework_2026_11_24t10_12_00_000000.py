"""Keys and indexes of homework, in SQL both engines accept."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-11-24T10:12:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "homework keys and indexes"

STATEMENTS = [
    # One submission per assignment and client: assigning twice can never double a client's work.
    "CREATE UNIQUE INDEX submission_assignment_client ON submission (assignment, client)",
    # A client's homework list and Today's card, open work by due time.
    "CREATE INDEX submission_client_status ON submission (client, status)",
    # The review queue: submitted work, oldest first.
    "CREATE INDEX submission_waiting ON submission (submitted_at) WHERE status = 'submitted'",
    # A counselor's assignments, newest first; a session's assignments.
    "CREATE INDEX assignment_assigned_by ON assignment (assigned_by, assigned_at)",
    "CREATE INDEX assignment_occurrence ON assignment (occurrence)",
    "CREATE INDEX worksheet_template_owner ON worksheet_template (owner)",
]


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="homework", description=DESCRIPTION)

    async def add_indexes():
        engine = engine_finder()
        for statement in STATEMENTS:
            await engine.run_ddl(statement)

    manager.add_raw(add_indexes)
    return manager
