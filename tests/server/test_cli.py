"""The `companion` command: real subprocesses against a real database; failures are one line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from server.accounts import services as accounts
from server.accounts.tables import Account
from server.audit.tables import AuditEvent
from server.demo import demo_accounts
from server.security.passwords import Passwords
from tests.conftest import SECRET

COMMAND = [sys.executable, "-m", "server"]


def companion(
    settings, *args: str, stdin: str | None = None, **env: str
) -> subprocess.CompletedProcess:
    environment = {
        **os.environ,
        "COMPANION_DATABASE_URL": settings.database_url,
        "COMPANION_DATA_DIR": str(settings.data_dir),
        "COMPANION_SECRET_KEY": SECRET,
        # Beside the test's data folder, never in the home folder of whoever runs the tests.
        "COMPANION_BACKUP_KEY_FILE": str(settings.data_dir.parent / "backup-key.txt"),
        "COLUMNS": "120",
        **env,
    }
    return subprocess.run(
        [*COMMAND, *args], input=stdin, env=environment, capture_output=True, text=True, timeout=120
    )


async def test_user_add_creates_an_account_with_a_hashed_password(settings, engine):
    result = companion(
        settings,
        "user",
        "add",
        "--email",
        "New.Counselor@Clinic.example",
        "--role",
        "counselor",
        "--name",
        "New Counselor",
        "--password-stdin",
        stdin="a fine long password\n",
    )
    assert result.returncode == 0, result.stderr
    assert "Created counselor account" in result.stdout
    account = await Account.select().where(Account.email == "new.counselor@clinic.example").first()
    assert account["role"] == "counselor" and account["display_name"] == "New Counselor"
    assert account["password_hash"].startswith("$argon2id$")
    assert "a fine long password" not in result.stdout + result.stderr


async def test_user_add_refuses_a_duplicate_in_one_line(settings, engine, personas):
    result = companion(
        settings,
        "user",
        "add",
        "--email",
        personas.client.email,
        "--role",
        "client",
        "--name",
        "Again",
        "--password-stdin",
        stdin="a fine long password\n",
    )
    assert result.returncode == 2
    assert result.stderr.strip() == "companion: An account with this email already exists."


async def test_user_add_refuses_a_weak_password_in_one_line(settings, engine):
    result = companion(
        settings,
        "user",
        "add",
        "--email",
        "x@clinic.example",
        "--role",
        "admin",
        "--name",
        "X",
        "--password-stdin",
        stdin="short\n",
    )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "companion: Choose a password of at least 10 characters. A passphrase of three or four "
        "unrelated words is long and easy to remember."
    )
    assert not await Account.exists().where(Account.email == "x@clinic.example")


async def test_user_add_without_a_password_source_says_how(settings, engine):
    result = companion(
        settings, "user", "add", "--email", "y@clinic.example", "--role", "admin", "--name", "Y"
    )
    assert result.returncode == 2
    assert "--password-stdin" in result.stderr and len(result.stderr.strip().splitlines()) == 1


async def test_demo_loads_once_and_prints_the_sign_ins(settings, engine):
    first = companion(settings, "demo", COMPANION_DEMO_PASSWORD="demo password 123")
    assert first.returncode == 0, first.stderr
    for email, _, _ in demo_accounts():
        assert email in first.stdout
    assert "demo password 123" in first.stdout
    assert await Account.count() == len(demo_accounts())
    second = companion(settings, "demo", COMPANION_DEMO_PASSWORD="demo password 123")
    assert second.returncode == 0
    assert "already loaded" in second.stdout
    assert await Account.count() == len(demo_accounts())


async def test_a_generated_demo_password_is_kept_private_and_reused(settings, engine):
    first = companion(settings, "demo")
    stored = (settings.data_dir / "demo-password").read_text().strip()
    assert oct((settings.data_dir / "demo-password").stat().st_mode & 0o777) == "0o600"
    assert stored in first.stdout
    assert stored in companion(settings, "demo").stdout


async def test_migrate_on_an_up_to_date_database_says_so(settings, engine):
    result = companion(settings, "migrate")
    assert (result.returncode, result.stdout.strip()) == (0, "The database is up to date.")


def test_migrate_applies_everything_to_a_new_database(tmp_path, vapid_pem):
    env = {**os.environ, "COMPANION_DATA_DIR": str(tmp_path / "var")}
    result = subprocess.run(
        [*COMMAND, "migrate"], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Applied ") and "migration(s)" in result.stdout
    assert (tmp_path / "var" / "companion.db").exists()


def test_serve_refuses_to_start_with_pending_migrations(tmp_path):
    env = {**os.environ, "COMPANION_DATA_DIR": str(tmp_path / "var")}
    result = subprocess.run(
        [*COMMAND, "serve"], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2
    assert result.stderr.strip().startswith("companion: ")
    assert "run `companion migrate` first" in result.stderr


def test_an_unreachable_database_is_one_line(tmp_path):
    env = {
        **os.environ,
        "COMPANION_DATA_DIR": str(tmp_path / "var"),
        "COMPANION_DATABASE_URL": "postgresql://postgres@127.0.0.1:9/nowhere",
    }
    result = subprocess.run(
        [*COMMAND, "migrate"], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("companion: cannot use the database")


def test_a_busy_port_is_one_line_before_any_work(tmp_path):
    import socket

    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        env = {
            **os.environ,
            "COMPANION_DATA_DIR": str(tmp_path / "var"),
            "COMPANION_PORT": str(port),
        }
        result = subprocess.run(
            [*COMMAND, "run"], env=env, capture_output=True, text=True, timeout=120
        )
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == f"companion: cannot listen on 127.0.0.1:{port}: Address already in use"
    )
    assert not (tmp_path / "var" / "companion.db").exists()  # no start-up work was done


async def test_check_reports_what_to_fix_before_going_live(settings, engine, tmp_path):
    result = companion(
        settings,
        "check",
        "--workers",
        "3",
        COMPANION_COOKIE_SECURE="0",
        COMPANION_API_DOCS="1",
        COMPANION_BASE_URL="http://127.0.0.1:8000",
        COMPANION_PUSH_ALLOWED_HOSTS="fcm.googleapis.com,http://127.0.0.1:9911",
    )
    assert result.returncode == 1, result.stderr
    text = result.stdout
    for words in [
        "COMPANION_BASE_URL",
        "COMPANION_COOKIE_SECURE is off",
        "COMPANION_API_DOCS is on",
        "http://127.0.0.1:9911",
    ]:
        assert words in text, (words, text)
    assert ("3 serve workers on SQLite" in text) == settings.is_sqlite


async def test_check_passes_a_production_configuration(settings, engine):
    result = companion(
        settings,
        "check",
        COMPANION_BASE_URL="https://companion.clinic.example",
        COMPANION_VAPID_SUBJECT="mailto:it@clinic.example",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok: the configuration is ready for production." in result.stdout


# --- people: list, deactivate, reactivate, reset, set-team -------------------------------------


async def test_user_list_shows_people_by_role_and_status_and_audits_each_client(
    settings, engine, personas
):
    result = companion(settings, "user", "list", "--role", "client")
    assert result.returncode == 0, result.stderr
    assert personas.client.email in result.stdout and personas.second_client.email in result.stdout
    assert personas.counselor.email not in result.stdout
    assert "Dana Counselor" in result.stdout  # the client's care team
    events = await AuditEvent.select().where(AuditEvent.action == "people.directory_viewed")
    assert sorted(e["patient"] for e in events) == sorted(
        [personas.client.id, personas.second_client.id]
    )
    assert {e["actor"] for e in events} == {None}
    nobody = companion(settings, "user", "list", "--status", "invited")
    assert (nobody.returncode, nobody.stdout.strip()) == (0, "No accounts match.")


async def test_user_deactivate_and_reactivate_by_sign_in_name(settings, engine, personas):
    gone = companion(settings, "user", "deactivate", personas.counselor.email.upper())
    assert gone.returncode == 0, gone.stderr
    assert gone.stdout.strip() == f"Deactivated Dana Counselor ({personas.counselor.email})."
    row = await Account.select(Account.active).where(Account.id == personas.counselor.id).first()
    assert row["active"] is False
    back = companion(settings, "user", "reactivate", personas.counselor.email)
    assert back.returncode == 0 and "status: active" in back.stdout
    row = await Account.select(Account.active).where(Account.id == personas.counselor.id).first()
    assert row["active"] is True
    events = await AuditEvent.select().where(AuditEvent.action.like("account.%activated"))
    assert [(e["action"], e["actor"]) for e in events] == [
        ("account.deactivated", None),
        ("account.reactivated", None),
    ]


async def test_user_deactivate_refuses_the_last_admin_and_strangers_in_one_line(
    settings, engine, personas
):
    last = companion(settings, "user", "deactivate", personas.admin.email)
    assert last.returncode == 2
    assert last.stderr.strip() == (
        "companion: Ada Admin is the last active admin; make another admin before deactivating them."
    )
    unknown = companion(settings, "user", "deactivate", "nobody@example.org")
    assert unknown.returncode == 2
    assert (
        unknown.stderr.strip() == "companion: No account has the sign-in name nobody@example.org."
    )


async def test_user_reset_prints_a_code_that_works_once(settings, engine, personas):
    result = companion(settings, "user", "reset", personas.client.email)
    assert result.returncode == 0, result.stderr
    code = re.search(r"Code: (\S+)", result.stdout).group(1)
    assert f"Link: http://127.0.0.1:8000/#/activate/{code}" in result.stdout
    assert "Password reset for Casey Client" in result.stdout
    stored = (
        await Account.select(Account.password_hash).where(Account.id == personas.client.id).first()
    )
    assert stored["password_hash"] == ""
    passwords = Passwords(1)
    use = dict(ip="127.0.0.1", passwords=passwords, settings=settings)
    try:
        now = datetime.now(timezone.utc)
        name = await accounts.redeem_code(code, "a brand new password", now=now, **use)
        with pytest.raises(accounts.CodeRefused):
            await accounts.redeem_code(code, "yet another password", now=now, **use)
    finally:
        passwords.close()
    assert name == personas.client.email


async def test_user_set_team_names_a_primary_and_members(settings, engine, personas):
    result = companion(
        settings,
        "user",
        "set-team",
        personas.client.email,
        "--primary",
        personas.other_counselor.email,
        "--member",
        personas.counselor.email,
    )
    assert result.returncode == 0, result.stderr
    assert "Omar Counselor (primary), Dana Counselor" in result.stdout
    [event] = await AuditEvent.select().where(AuditEvent.action == "care_team.changed")
    assert (event["actor"], event["patient"]) == (None, personas.client.id)
    team = (await accounts.care_teams_of([personas.client.id]))[personas.client.id]
    assert [(m["id"], m["is_primary"]) for m in team] == [
        (personas.other_counselor.id, True),
        (personas.counselor.id, False),
    ]
    refused = companion(
        settings, "user", "set-team", personas.client.email, "--primary", personas.admin.email
    )
    assert refused.returncode == 2
    assert refused.stderr.strip() == (
        "companion: Every member of a care team must be an active counselor."
    )
    not_client = companion(
        settings,
        "user",
        "set-team",
        personas.counselor.email,
        "--primary",
        personas.counselor.email,
    )
    assert (not_client.returncode, not_client.stderr.strip()) == (2, "companion: No such client.")
