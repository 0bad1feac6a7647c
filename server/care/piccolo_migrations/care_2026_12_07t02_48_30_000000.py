"""Urgent routing's keys and indexes, in SQL both engines accept (partial indexes included)."""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-12-07T02:48:30:000000"
VERSION = "1.38.0"
DESCRIPTION = "on-call and alert recipient keys, open alerts by escalation time"

STATEMENTS = [
    "CREATE UNIQUE INDEX on_call_pair ON on_call (program, counselor)",
    "CREATE UNIQUE INDEX alert_recipient_pair ON alert_recipient (alert, account)",
    # The escalation tick: open alerts due to escalate. Only open ones are indexed.
    "CREATE INDEX urgent_alert_escalate ON urgent_alert (escalate_at) WHERE escalate_at IS NOT NULL",
]


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="care", description=DESCRIPTION)

    async def run():
        engine = engine_finder()
        for statement in STATEMENTS:
            await engine.run_ddl(statement)

    manager.add_raw(run)
    return manager
