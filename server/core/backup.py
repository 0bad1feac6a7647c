"""`companion backup PATH` and `companion restore PATH`.

SQLite: SQLite's online backup API copies the database page by page while the app keeps
running, and the copy is consistent (a snapshot at the end of the copy). Restoring copies it
back the same way, in one go, so readers see the old database or the new one, never half.

PostgreSQL: pg_dump's custom format, and pg_restore with --clean --single-transaction, so a
failed restore leaves the database as it was.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

from server.settings import Settings

PAGES_PER_STEP = 256  # SQLite copies this many pages, then lets writers in


class BackupFailed(RuntimeError):
    """A backup or restore did not complete; the message says why in one line."""


def backup(
    settings: Settings, path: Path, progress: Callable[[int, int], None] | None = None
) -> None:
    """Write a consistent copy of the database to `path` (which must not exist yet)."""
    if path.exists():
        raise BackupFailed(f"{path} already exists; choose a new file name.")
    if settings.is_sqlite:
        _sqlite_copy(_database_file(settings), path, progress)
    else:
        _run(
            ["pg_dump", "--format=custom", "--no-owner", f"--file={path}", _pg_url(settings)],
            "pg_dump",
        )


def restore(
    settings: Settings, path: Path, progress: Callable[[int, int], None] | None = None
) -> None:
    """Replace the database's contents with the backup at `path`."""
    if not path.is_file():
        raise BackupFailed(f"{path} is not a backup file.")
    if settings.is_sqlite:
        _check_sqlite_backup(path)
        _sqlite_copy(path, _database_file(settings), progress)
    else:
        _run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                f"--dbname={_pg_url(settings)}",
                str(path),
            ],
            "pg_restore",
        )


def _database_file(settings: Settings) -> Path:
    file = Path(settings.database_url[len("sqlite:///") :])
    if not file.is_file():
        raise BackupFailed(f"the database {file} does not exist.")
    return file


def _sqlite_copy(source: Path, target: Path, progress: Callable[[int, int], None] | None) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(
            dst,
            pages=PAGES_PER_STEP,
            progress=(lambda _status, remaining, total: progress(total - remaining, total))
            if progress
            else None,
        )
    except sqlite3.Error as exc:
        raise BackupFailed(f"copying the database failed: {exc}") from exc
    finally:
        dst.close()
        src.close()


def _check_sqlite_backup(path: Path) -> None:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
            ok = connection.execute("PRAGMA integrity_check").fetchone()[0]
            has_accounts = connection.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'account'"
            ).fetchone()[0]
    except sqlite3.Error as exc:
        raise BackupFailed(f"{path} is not a SQLite backup of this product: {exc}") from exc
    if ok != "ok" or not has_accounts:
        raise BackupFailed(
            f"{path} is not a usable backup of this product (integrity check: {ok})."
        )


def _pg_url(settings: Settings) -> str:
    return settings.database_url.replace("postgresql+asyncpg://", "postgresql://")


def _run(command: list[str], name: str) -> None:
    if shutil.which(command[0]) is None:
        raise BackupFailed(f"{name} is not installed (PostgreSQL's client tools are needed).")
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        detail = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise BackupFailed(f"{name} failed: {detail}")
