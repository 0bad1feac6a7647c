"""Health records and secrets on disk are their owner's only: the data folder 0700, the SQLite
database and its -wal and -shm 0600 at every start, and `companion check` reports what is not
(a looser mode, an unencrypted backup left in the data folder)."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from server.core import db
from server.core.preflight import check_files
from tests.conftest import make_settings
from tests.server.test_cli import companion

PRODUCTION = {
    "COMPANION_BASE_URL": "https://companion.clinic.example",
    "COMPANION_VAPID_SUBJECT": "mailto:it@clinic.example",
}


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_looser_data_folder_is_tightened_to_0700_at_start(tmp_path, vapid_pem):
    data_dir = tmp_path / "var"
    data_dir.mkdir(mode=0o755)
    data_dir.chmod(0o755)
    make_settings(f"sqlite:///{data_dir / 'companion.db'}", data_dir, vapid_pem)
    assert mode(data_dir) == 0o700


async def test_a_new_sqlite_database_and_its_wal_and_shm_are_0600(tmp_path):
    file = tmp_path / "new" / "companion.db"
    previous = os.umask(0o022)
    try:
        async with db.connected(f"sqlite:///{file}") as engine:
            await engine.run_ddl("CREATE TABLE t (x INTEGER)")
            await engine.run_ddl("INSERT INTO t VALUES (1)")
            assert {mode(Path(f"{file}{suffix}")) for suffix in ("", "-wal", "-shm")} == {0o600}
    finally:
        os.umask(previous)
    assert mode(file.parent) == 0o700


async def test_a_looser_sqlite_database_is_tightened_at_start(tmp_path, sqlite_template):
    file = tmp_path / "companion.db"
    shutil.copyfile(sqlite_template, file)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{file}{suffix}").touch()
        Path(f"{file}{suffix}").chmod(0o644)
    async with db.connected(f"sqlite:///{file}"):
        assert {mode(Path(f"{file}{suffix}")) for suffix in ("", "-wal", "-shm")} == {0o600}


async def test_check_reports_a_loose_mode_and_an_unencrypted_backup(settings, engine, tmp_path):
    data_dir = settings.data_dir
    password = data_dir / "demo-password"
    password.write_text("a demo password\n")
    password.chmod(0o644)
    (data_dir / "old").mkdir()
    copy = data_dir / "old" / "companion-copy.db"
    copy.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    dump = data_dir / "nightly.dump"
    dump.write_bytes(b"PGDMP\x01\x0e\x00" + b"\x00" * 100)

    result = companion(settings, "check", **PRODUCTION)
    assert result.returncode == 1, result.stdout + result.stderr
    text = result.stdout
    assert f"problem: {password} can be read by other users (mode 0644)" in text, text
    assert f"problem: {copy} is an unencrypted SQLite copy" in text
    assert f"problem: {dump} is an unencrypted pg_dump copy" in text
    assert "3 problem(s)" in text

    password.chmod(0o600)
    copy.unlink()
    dump.unlink()
    again = companion(settings, "check", **PRODUCTION)
    assert again.returncode == 0, again.stdout


def test_check_reports_a_loose_data_folder_and_database_but_not_it_as_a_backup(
    tmp_path, vapid_pem, sqlite_template
):
    data_dir = tmp_path / "var"
    live = data_dir / "companion.db"
    settings = make_settings(f"sqlite:///{live}", data_dir, vapid_pem)
    shutil.copyfile(sqlite_template, live)
    data_dir.chmod(0o755)
    live.chmod(0o644)
    found = [finding.text for finding in check_files(settings)]
    assert f"{data_dir} can be read by other users (mode 0755): run `chmod 700 {data_dir}`" in (
        " ".join(found)
    )
    assert any(text.startswith(f"{live} can be read by other users (mode 0644)") for text in found)
    assert not any("unencrypted" in text for text in found), found  # the live database is not one
