"""`companion backup` and `companion restore`, round-tripped through real subprocesses: every
table of the product compares equal after a restore (SQLite and PostgreSQL)."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from server.accounts.tables import Account
from server.checkins.tables import Checkin
from server.core import piccolo_conf
from tests.server.test_cli import companion


def tables() -> list:
    return [
        table
        for config in piccolo_conf.APP_REGISTRY.app_configs.values()
        for table in config.table_classes
    ]


async def snapshot() -> dict[str, list]:
    """Every row of every table, in a stable order."""
    everything = {}
    for table in tables():
        rows = await table.select().order_by(table._meta.primary_key)
        everything[table._meta.tablename] = rows
    return everything


async def test_a_backup_restores_every_table_exactly(
    settings, engine, schedule, personas, signed_in, tmp_path
):
    client = await signed_in(personas.client)
    today = datetime.now(timezone.utc).astimezone().date()
    await client.post(
        "/api/checkins",
        {
            "id": str(uuid.uuid4()),
            "local_date": str(today),
            "mood": 4,
            "craving": 1,
            "used": False,
            "medication": "yes",
            "sleep_hours": 8,
            "safety_concern": False,
            "note": "round trip",
        },
    )
    before = await snapshot()
    assert before["account"] and before["session_occurrence"]
    path = tmp_path / "companion.backup"

    made = companion(settings, "backup", str(path))
    assert made.returncode == 0, made.stderr
    assert path.stat().st_size > 0 and f"Backed up to {path}" in made.stdout
    again = companion(settings, "backup", str(path))
    assert again.returncode == 2 and "already exists" in again.stderr

    # Work goes on after the backup: a new check-in, an account changed, one deleted.
    await Checkin.delete(force=True)
    await Account.update({Account.display_name: "Changed"}).where(Account.id == personas.admin.id)
    assert await snapshot() != before

    restored = companion(settings, "restore", str(path), "--yes")
    assert restored.returncode == 0, restored.stderr
    after = await snapshot()
    *restored_events, restore_event = after.pop(
        "audit_event"
    )  # the restore itself is audited, last
    assert restore_event["action"] == "backup.restored" and restored_events == before.pop(
        "audit_event"
    )
    assert after == before


async def test_restoring_something_that_is_not_a_backup_is_refused_and_changes_nothing(
    settings, engine, personas, tmp_path
):
    before = await snapshot()
    bogus = tmp_path / "not-a-backup"
    bogus.write_text("hello")
    result = companion(settings, "restore", str(bogus), "--yes")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, result.stderr
    missing = companion(settings, "restore", str(tmp_path / "nowhere"), "--yes")
    assert missing.returncode == 2 and "not a backup file" in missing.stderr
    assert await snapshot() == before
