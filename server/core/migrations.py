"""Apply Piccolo migrations on the bound engine (SQLite or PostgreSQL)."""

from __future__ import annotations

import contextlib
import io

from piccolo.apps.migrations.commands.base import BaseMigrationManager
from piccolo.apps.migrations.commands.forwards import run_forwards
from piccolo.apps.migrations.tables import Migration


class MigrationFailed(RuntimeError):
    """A migration did not apply; the message says which and why."""


async def pending_migrations() -> list[str]:
    """Ids of migrations not yet applied, as 'app:id', in the order they would run."""
    manager = BaseMigrationManager()
    await manager.create_migration_table()
    pending = []
    for app_name in manager.get_sorted_app_names():
        folder = manager.get_app_config(app_name).resolved_migrations_folder_path
        known = manager.get_migration_ids(manager.get_migration_modules(folder))
        ran = set(await Migration.get_migrations_which_ran(app_name=app_name))
        pending += [
            f"{app_name}:{migration_id}" for migration_id in known if migration_id not in ran
        ]
    return pending


async def apply_migrations() -> list[str]:
    """Apply every pending migration; returns what was applied.

    Raises:
        MigrationFailed: with Piccolo's own explanation.
    """
    pending = await pending_migrations()
    if not pending:
        return []
    chatter = io.StringIO()  # Piccolo prints progress with emoji; the CLI reports its own
    try:
        with contextlib.redirect_stdout(chatter):
            result = await run_forwards(app_name="all")
    except Exception as exc:
        raise MigrationFailed(f"migration failed: {exc}") from exc
    if not result.success:
        raise MigrationFailed(f"migration failed: {result.message}")
    return pending
