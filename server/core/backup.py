"""`companion backup PATH`, `companion restore PATH` and `companion backup-key`.

A backup holds every health record, so it is sealed with age (age-encryption.org/v1, through
pyrage) to an X25519 recipient: COMPANION_BACKUP_RECIPIENT when set (the server then holds
no key that opens its backups), else the public half of the identity in
COMPANION_BACKUP_KEY_FILE, made on the first backup, outside the data folder. Restoring needs
that identity. docs/architecture.md ("Sealed backups") says why age.

SQLite: SQLite's online backup API copies the database page by page while the app keeps
running, and the copy is consistent (a snapshot at the end of the copy). Restoring copies it
back the same way, in one go, so readers see the old database or the new one, never half.

PostgreSQL: pg_dump's custom format, and pg_restore with --clean --single-transaction, so a
failed restore leaves the database as it was.

The plain copy exists only as a 0600 temporary file in the data folder (beside the database
it copies) and is deleted at once. The sealed file is written 0600 under a temporary name and
renamed when complete. A restore decrypts (age authenticates every 64 KiB chunk and the end)
and checks the database it holds before it replaces anything.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pyrage
from pyrage import x25519

from server.settings import Settings

PAGES_PER_STEP = 256  # SQLite copies this many pages, then lets writers in
AGE_HEADER = b"age-encryption.org/v1\n"
SQLITE_HEADER = b"SQLite format 3\x00"
PG_DUMP_HEADER = b"PGDMP"
KEY_SETTING = "COMPANION_BACKUP_KEY_FILE"


class BackupFailed(RuntimeError):
    """A backup or restore did not complete; the message says why in one line."""


@dataclass(frozen=True)
class Sealed:
    """What a backup was sealed to, and the key file made for it (None: it existed)."""

    recipient: str
    new_key_file: Path | None


def backup(
    settings: Settings, path: Path, progress: Callable[[int, int], None] | None = None
) -> Sealed:
    """Write a consistent, sealed copy of the database to `path` (which must not exist yet)."""
    if path.exists():
        raise BackupFailed(f"{path} already exists; choose a new file name.")
    recipient, new_key_file = _recipient(settings)
    with _private_temp(settings.data_dir) as plain:
        if settings.is_sqlite:
            _sqlite_copy(_database_file(settings), plain, progress)
        else:
            _run(
                ["pg_dump", "--format=custom", "--no-owner", f"--file={plain}", _pg_url(settings)],
                "pg_dump",
            )
        _seal(plain, path, recipient)
    return Sealed(str(recipient), new_key_file)


def restore(
    settings: Settings, path: Path, progress: Callable[[int, int], None] | None = None
) -> None:
    """Replace the database's contents with the sealed backup at `path`, once it is opened
    and checked; nothing changes when any step fails."""
    if not path.is_file():
        raise BackupFailed(f"{path} is not a backup file.")
    _refuse_unsealed(path)
    identity = _read_identity(settings.backup_key_file)
    with _private_temp(settings.data_dir) as plain:
        _unseal(path, plain, identity, settings.backup_key_file)
        if settings.is_sqlite:
            _check_sqlite_backup(plain, path)
            _sqlite_copy(plain, _database_file(settings), progress)
        else:
            _check_pg_dump(plain, path)
            _run(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--single-transaction",
                    f"--dbname={_pg_url(settings)}",
                    str(plain),
                ],
                "pg_restore",
            )


def backup_key(settings: Settings) -> Sealed:
    """The recipient of the identity in COMPANION_BACKUP_KEY_FILE, making the file if missing."""
    identity, made = _identity(settings.backup_key_file)
    return Sealed(str(identity.to_public()), settings.backup_key_file if made else None)


def unsealed_kind(head: bytes) -> str | None:
    """ "SQLite" or "pg_dump" when these first bytes of a file are an unencrypted database."""
    if head.startswith(SQLITE_HEADER):
        return "SQLite"
    if head.startswith(PG_DUMP_HEADER):
        return "pg_dump"
    return None


# --- keys ---------------------------------------------------------------------------------


def _recipient(settings: Settings) -> tuple[x25519.Recipient, Path | None]:
    if settings.backup_recipient:
        return x25519.Recipient.from_str(settings.backup_recipient), None
    identity, made = _identity(settings.backup_key_file)
    return identity.to_public(), settings.backup_key_file if made else None


def _identity(key_file: Path) -> tuple[x25519.Identity, bool]:
    """The identity in `key_file`, made (0600, its folder 0700) when there is none."""
    if key_file.exists():
        return _read_identity(key_file), False
    identity = x25519.Identity.generate()
    try:
        key_file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # made by another backup meanwhile: use that one
        return _read_identity(key_file), False
    except OSError as exc:
        raise BackupFailed(f"{KEY_SETTING}: cannot write {key_file}: {exc.strerror}") from None
    with os.fdopen(fd, "w") as handle:
        # The age tool's identity file format: `age -d -i FILE` opens a backup without us.
        handle.write(
            f"# IOP Companion backup key, made {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC.\n"
            "# It opens every backup sealed to it: keep a copy away from this server.\n"
            f"# public key: {identity.to_public()}\n"
            f"{identity}\n"
        )
    return identity, True


def _read_identity(key_file: Path) -> x25519.Identity:
    try:
        lines = key_file.read_text().splitlines()
    except FileNotFoundError:
        raise BackupFailed(
            f"{KEY_SETTING}: no backup key at {key_file}; restoring needs the key the backup "
            "was sealed to."
        ) from None
    except OSError as exc:
        raise BackupFailed(f"{KEY_SETTING}: cannot read {key_file}: {exc.strerror}") from None
    secret = next((line.strip() for line in lines if line.startswith("AGE-SECRET-KEY-")), "")
    try:
        return x25519.Identity.from_str(secret)
    except pyrage.IdentityError:
        raise BackupFailed(
            f"{KEY_SETTING}: {key_file} holds no age identity (AGE-SECRET-KEY-1…)."
        ) from None


# --- sealing ------------------------------------------------------------------------------


def _seal(plain: Path, path: Path, recipient: x25519.Recipient) -> None:
    """Encrypt `plain` into `path`: written 0600 from the start under a temporary name in the
    same folder, flushed to disk, then renamed, so `path` is whole or absent."""
    try:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    except OSError as exc:
        raise BackupFailed(f"cannot write {path}: {exc.strerror}") from None
    os.close(fd)
    partial = Path(name)
    try:
        pyrage.encrypt_file(str(plain), str(partial), [recipient])
        with open(partial, "rb") as written:
            os.fsync(written.fileno())
        if path.exists():
            raise BackupFailed(f"{path} already exists; choose a new file name.")
        os.replace(partial, path)
    except (OSError, pyrage.EncryptError) as exc:
        raise BackupFailed(f"sealing the backup into {path} failed: {exc}") from None
    finally:
        partial.unlink(missing_ok=True)


def _refuse_unsealed(path: Path) -> None:
    with open(path, "rb") as backup_file:
        head = backup_file.read(len(AGE_HEADER))
    kind = unsealed_kind(head)
    if kind:
        raise BackupFailed(
            f"{path} is an unencrypted {kind} file; restore takes only backups sealed by "
            "`companion backup`."
        )
    if head != AGE_HEADER:
        raise BackupFailed(f"{path} is not a sealed backup (it does not start as an age file).")


def _unseal(path: Path, plain: Path, identity: x25519.Identity, key_file: Path) -> None:
    try:
        pyrage.decrypt_file(str(path), str(plain), [identity])
    except pyrage.DecryptError as exc:
        if "no matching keys" in str(exc).lower():
            raise BackupFailed(
                f"{path} was not sealed to the key in {key_file} ({KEY_SETTING}), "
                "or its header was altered."
            ) from None
        raise BackupFailed(f"{path} is damaged or was altered: {exc}.") from None
    except OSError as exc:
        if exc.errno is not None:  # the disk, not the backup
            raise BackupFailed(f"cannot open {path}: {exc.strerror}") from None
        raise BackupFailed(
            f"{path} is damaged, cut short or was altered: it fails age's integrity check."
        ) from None


@contextlib.contextmanager
def _private_temp(folder: Path) -> Iterator[Path]:
    """A new empty 0600 file in the (0700) data folder, removed with SQLite's side files."""
    try:
        fd, name = tempfile.mkstemp(dir=folder, prefix=".backup-", suffix=".tmp")
    except OSError as exc:
        raise BackupFailed(f"cannot write a temporary file in {folder}: {exc.strerror}") from None
    os.close(fd)
    try:
        yield Path(name)
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            Path(name + suffix).unlink(missing_ok=True)


# --- the database -------------------------------------------------------------------------


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


def _check_sqlite_backup(plain: Path, path: Path) -> None:
    with open(plain, "rb") as opened:
        kind = unsealed_kind(opened.read(len(SQLITE_HEADER)))
    if kind != "SQLite":
        raise BackupFailed(
            f"{path} holds {'a PostgreSQL dump' if kind else 'no database'}; "
            "this server uses SQLite."
        )
    try:
        with sqlite3.connect(f"file:{plain}?mode=ro", uri=True) as connection:
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


def _check_pg_dump(plain: Path, path: Path) -> None:
    with open(plain, "rb") as opened:
        kind = unsealed_kind(opened.read(len(SQLITE_HEADER)))
    if kind != "pg_dump":
        raise BackupFailed(
            f"{path} holds {'a SQLite database' if kind else 'no database'}; "
            "this server uses PostgreSQL."
        )
    try:
        _run(["pg_restore", "--list", str(plain)], "pg_restore")
    except BackupFailed as exc:
        raise BackupFailed(f"{path} is not a usable pg_dump archive: {exc}") from None


def _pg_url(settings: Settings) -> str:
    return settings.database_url.replace("postgresql+asyncpg://", "postgresql://")


def _run(command: list[str], name: str) -> None:
    if shutil.which(command[0]) is None:
        raise BackupFailed(f"{name} is not installed (PostgreSQL's client tools are needed).")
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        detail = (result.stderr.strip().splitlines() or ["no message"])[-1]
        raise BackupFailed(f"{name} failed: {detail}")
