"""`companion backup` and `companion restore`, round-tripped through real subprocesses: every
table of the product compares equal after a restore (SQLite and PostgreSQL). Backups are sealed
with age; a restore refuses anything it cannot open and check, and then changes nothing."""

from __future__ import annotations

import sqlite3
import stat
import uuid
from datetime import datetime, timezone
from pathlib import Path

import pytest
from pyrage import x25519

from server.accounts.tables import Account
from server.checkins.tables import Checkin
from server.core import backup as backups
from server.core import piccolo_conf
from server.settings import SettingsError
from tests.conftest import make_settings
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
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_bytes().startswith(b"age-encryption.org/v1\n")  # sealed, not a database
    key_file = key_file_of(settings)
    assert (
        "Made a new backup key at" in made.stderr and stat.S_IMODE(key_file.stat().st_mode) == 0o600
    )
    recipient = x25519.Identity.from_str(key_file.read_text().splitlines()[-1]).to_public()
    assert f"sealed to {recipient}" in made.stdout
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no leftovers
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


# --- sealing: what a restore refuses, and the keys ------------------------------------------


def key_file_of(settings) -> Path:
    """Where tests.server.test_cli.companion keeps the backup key: beside the data folder."""
    return settings.data_dir.parent / "backup-key.txt"


def one_line_refusal(result, *words: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


async def test_a_tampered_cut_short_foreign_or_unencrypted_backup_is_refused_and_changes_nothing(
    settings, engine, personas, tmp_path
):
    sealed = tmp_path / "sealed.backup"
    assert companion(settings, "backup", str(sealed)).returncode == 0
    before = await snapshot()
    data = sealed.read_bytes()

    flipped = tmp_path / "flipped.backup"
    middle = len(data) // 2  # in the payload, past the header
    flipped.write_bytes(data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :])
    one_line_refusal(companion(settings, "restore", str(flipped), "--yes"), "altered")

    cut = tmp_path / "cut.backup"
    cut.write_bytes(data[:-200])
    one_line_refusal(companion(settings, "restore", str(cut), "--yes"), "cut short")

    other_key = tmp_path / "elsewhere" / "other-key.txt"
    other_key.parent.mkdir()
    other_key.write_text(f"{x25519.Identity.generate()}\n")
    foreign = companion(
        settings, "restore", str(sealed), "--yes", COMPANION_BACKUP_KEY_FILE=str(other_key)
    )
    one_line_refusal(foreign, "was not sealed to the key in", str(other_key))

    no_key = tmp_path / "elsewhere" / "missing.txt"
    missing = companion(
        settings, "restore", str(sealed), "--yes", COMPANION_BACKUP_KEY_FILE=str(no_key)
    )
    one_line_refusal(missing, "COMPANION_BACKUP_KEY_FILE", "no backup key")
    assert not no_key.exists()  # a restore never makes a key

    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as connection:
        connection.execute("CREATE TABLE account (id INTEGER PRIMARY KEY)")
    one_line_refusal(companion(settings, "restore", str(plain), "--yes"), "unencrypted SQLite file")
    dump = tmp_path / "plain.dump"
    dump.write_bytes(b"PGDMP\x01\x0e\x00" + b"\x00" * 100)
    one_line_refusal(companion(settings, "restore", str(dump), "--yes"), "unencrypted pg_dump")

    assert await snapshot() == before
    assert not [p for p in settings.data_dir.iterdir() if p.name.startswith(".backup-")]


async def test_a_backup_sealed_to_another_databases_kind_is_refused(settings, engine, tmp_path):
    """A sealed SQLite file restored into PostgreSQL (or a dump into SQLite) is refused."""
    key = x25519.Identity.generate()
    key_file = tmp_path / "key.txt"
    key_file.write_text(f"{key}\n")
    plain = tmp_path / "other.bin"
    if settings.is_sqlite:
        plain.write_bytes(b"PGDMP" + b"\x00" * 100)
    else:
        with sqlite3.connect(plain) as connection:
            connection.execute("CREATE TABLE account (id INTEGER PRIMARY KEY)")
    sealed = tmp_path / "other.backup"
    backups._seal(plain, sealed, key.to_public())
    result = companion(
        settings, "restore", str(sealed), "--yes", COMPANION_BACKUP_KEY_FILE=str(key_file)
    )
    one_line_refusal(result, "this server uses")


async def test_a_server_holding_only_the_public_key_can_back_up_but_not_restore(
    settings, engine, personas, tmp_path
):
    """COMPANION_BACKUP_RECIPIENT: backups are sealed to it and no key is made on the server;
    the identity, brought back from where it is kept, restores them."""
    offsite = tmp_path / "offsite" / "key.txt"
    offsite.parent.mkdir()
    made_key = companion(settings, "backup-key", COMPANION_BACKUP_KEY_FILE=str(offsite))
    assert made_key.returncode == 0, made_key.stderr
    assert stat.S_IMODE(offsite.stat().st_mode) == 0o600
    recipient = made_key.stdout.split("COMPANION_BACKUP_RECIPIENT): ")[1].split()[0]
    assert recipient.startswith("age1")

    path = tmp_path / "clinic.backup"
    made = companion(settings, "backup", str(path), COMPANION_BACKUP_RECIPIENT=recipient)
    assert made.returncode == 0, made.stderr
    assert not key_file_of(settings).exists() and "Made a new backup key" not in made.stderr
    before = await snapshot()
    await Checkin.delete(force=True)
    await Account.update({Account.display_name: "Changed"}).where(Account.id == personas.admin.id)

    refused = companion(settings, "restore", str(path), "--yes")
    one_line_refusal(refused, "no backup key")
    restored = companion(
        settings, "restore", str(path), "--yes", COMPANION_BACKUP_KEY_FILE=str(offsite)
    )
    assert restored.returncode == 0, restored.stderr
    after = await snapshot()
    del after["audit_event"], before["audit_event"]  # the restore itself is audited
    assert after == before


def test_a_failed_backup_leaves_no_file_under_its_name(tmp_path):
    target = tmp_path / "clinic.backup"
    with pytest.raises(backups.BackupFailed, match="sealing the backup"):
        backups._seal(tmp_path / "missing", target, x25519.Identity.generate().to_public())
    assert list(tmp_path.iterdir()) == []  # neither the backup nor its partial file


def test_the_backup_key_lives_outside_the_data_folder_and_the_recipient_is_checked(
    tmp_path, vapid_pem
):
    url = f"sqlite:///{tmp_path / 'companion.db'}"
    with pytest.raises(SettingsError, match="^COMPANION_BACKUP_KEY_FILE: must be outside"):
        make_settings(url, tmp_path / "var", vapid_pem, backup_key_file=str(tmp_path / "var/k"))
    with pytest.raises(SettingsError, match="^COMPANION_BACKUP_RECIPIENT: must be an age"):
        make_settings(url, tmp_path / "var", vapid_pem, backup_recipient="age1nope")
    default = make_settings(url, tmp_path / "var", vapid_pem)
    assert default.backup_key_file == Path("~/.config/iop-companion/backup-key.txt").expanduser()
