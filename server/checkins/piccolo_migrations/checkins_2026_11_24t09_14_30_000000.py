"""Indexes of check-ins, in SQL both engines accept (partial indexes included)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-11-24T09:14:30:000000"
VERSION = "1.38.0"
DESCRIPTION = "check-in indexes"

STATEMENTS = [
    # A client's recent days (Today's card, the counselor's 30/90-day chart, streaks).
    "CREATE INDEX checkin_client_day ON checkin (client, local_date)",
    # The review queue: a caseload's unreviewed check-ins, most urgent and oldest first. Only
    # unreviewed rows are indexed, so its size does not grow with the table's history.
    "CREATE INDEX checkin_unreviewed ON checkin (client, risk_rank, submitted_at) WHERE reviewed_at IS NULL",
]


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="checkins", description=DESCRIPTION)

    async def add_indexes():
        engine = engine_finder()
        for statement in STATEMENTS:
            await engine.run_ddl(statement)

    manager.add_raw(add_indexes)
    return manager
