"""The `companion` command.

Every failure is one clear line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import sqlite3
import sys
from pathlib import Path
from typing import Awaitable, Callable

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from server.core.errors import ProblemError
from server.meetings.schemas import FELLOWSHIPS
from server.settings import Settings, SettingsError, load_settings

out = Console()
err = Console(stderr=True)


class CommandFailed(Exception):
    """A failure already phrased for the person at the terminal."""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """IOP Companion: a recovery companion for IOP clients and their counselors."""


@cli.command()
def run() -> None:
    """Web and jobs in one process on the embedded default: migrates, loads the demo on first run."""
    settings = _settings(api_docs_default=True)
    _check_port_free(settings.host, settings.port)
    demo = _async(_prepare_embedded(settings))
    if demo != "absent":
        _print_sign_ins(settings, loaded_now=demo == "loaded")
    _serve(settings, run_jobs=True)


@cli.command()
def serve() -> None:
    """The web half only (any number may run against PostgreSQL)."""
    settings = _settings()
    _check_port_free(settings.host, settings.port)
    _async(_require_migrated(settings))
    _serve(settings, run_jobs=False)


@cli.command()
def jobs() -> None:
    """The jobs half only: reminders and housekeeping, until stopped."""
    from jobs.scheduler import run_until_stopped

    settings = _settings()
    _async(_require_migrated(settings))
    _async(run_until_stopped(settings))


@cli.command()
def migrate() -> None:
    """Apply database migrations (SQLite or PostgreSQL)."""
    settings = _settings()
    applied = _async(_with_db(settings, _apply_migrations))
    out.print(f"Applied {len(applied)} migration(s)." if applied else "The database is up to date.")


@cli.command()
def demo() -> None:
    """Load the demo clinic (idempotent) and print its sign-ins."""
    settings = _settings()

    async def load() -> bool:
        await _apply_migrations()
        return await _load_demo_with_progress(settings)

    loaded = _async(_with_db(settings, load))
    if not loaded:
        out.print("The demo clinic was already loaded.")
    _print_sign_ins(settings, loaded_now=loaded)


@cli.group()
def user() -> None:
    """Manage accounts."""


@user.command("add")
@click.option("--email", required=True, help="Sign-in email address.")
@click.option("--role", required=True, type=click.Choice(["client", "counselor", "admin"]))
@click.option("--name", required=True, help="Display name.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input.")
def user_add(email: str, role: str, name: str, password_stdin: bool) -> None:
    """Create an account with a password (`--role admin`: how a clinic makes its first admin)."""
    settings = _settings()
    password = _read_password(password_stdin)

    async def add() -> int:
        from server.accounts.services import create_account
        from server.security.passwords import Passwords

        passwords = Passwords(1)
        try:
            return await create_account(
                email=email, display_name=name, role=role, password=password, passwords=passwords
            )
        finally:
            passwords.close()

    account_id = _async(_with_db(settings, add, require_migrated=True))
    out.print(f"Created {role} account {account_id} for {email.strip().lower()}.")


@user.command("list")
@click.option("--role", type=click.Choice(["client", "counselor", "admin"]), help="Only this role.")
@click.option(
    "--status", type=click.Choice(["active", "invited", "deactivated"]), help="Only this status."
)
def user_list(role: str | None, status: str | None) -> None:
    """List accounts by name (each client listed is audited: it says who is in treatment)."""

    async def listing(people, now, settings):
        found, offset = [], 0
        while True:
            page = await people.directory(
                None, now, role=role, status=status, offset=offset, limit=200
            )
            found += page.people
            offset += 200
            if offset >= page.total:
                return found

    found = _people_command(listing)
    if not found:
        out.print("No accounts match.")
        return
    table = Table(title=f"{len(found)} account(s)", title_justify="left")
    for column in ("id", "name", "sign-in name", "role", "status", "team or caseload"):
        table.add_column(column, overflow="fold")
    for person in found:
        if person.role == "client":
            people_around = ", ".join(person.team) or "no care team"
        elif person.role == "counselor":
            people_around = f"{person.caseload} client(s)" + (
                " (on leave)" if person.on_leave else ""
            )
        else:
            people_around = ""
        table.add_row(
            str(person.id), person.name, person.email, person.role, person.status, people_around
        )
    out.print(table, markup=False, highlight=False)


@user.command("deactivate")
@click.argument("email")
def user_deactivate(email: str) -> None:
    """Deactivate an account: its sessions and devices end at once; its records stay."""

    async def deactivate(people, now, settings):
        return await people.deactivate(await people.person_id_of(email), actor=None, now=now)

    person = _people_command(deactivate)
    out.print(f"Deactivated {person.name} ({person.email}).", markup=False, highlight=False)


@user.command("reactivate")
@click.argument("email")
def user_reactivate(email: str) -> None:
    """Let a deactivated account sign in again."""

    async def reactivate(people, now, settings):
        return await people.reactivate(await people.person_id_of(email), actor=None, now=now)

    person = _people_command(reactivate)
    out.print(
        f"Reactivated {person.name} ({person.email}); status: {person.status}.",
        markup=False,
        highlight=False,
    )


@user.command("reset")
@click.argument("email")
def user_reset(email: str) -> None:
    """End an account's sessions, clear its password and print a one-time code (72 hours)."""

    async def reset(people, now, settings):
        return await people.reset(
            await people.person_id_of(email), actor=None, settings=settings, now=now
        )

    made = _people_command(reset)
    what = "Invitation" if made.purpose == "invite" else "Password reset"
    lines = [
        f"{what} for {made.person.name} (sign-in name {made.sign_in_name}).",
        f"Code: {made.code}  (works once, until {made.expires_at:%Y-%m-%d %H:%M} UTC)",
        f"Link: {made.link}",
    ]
    for line in lines:
        out.print(line, markup=False, highlight=False, soft_wrap=True)


@user.command("set-team")
@click.argument("client_email")
@click.option("--primary", required=True, help="The primary counselor's sign-in email.")
@click.option(
    "--member", "members", multiple=True, help="Another counselor on the team (repeatable)."
)
def user_set_team(client_email: str, primary: str, members: tuple[str, ...]) -> None:
    """Set a client's care team: a primary counselor and any others."""

    async def set_team(people, now, settings):
        return await people.set_team_by_sign_in_names(client_email, primary, list(members), now)

    team = _people_command(set_team)
    names = ", ".join(m.name + (" (primary)" if m.is_primary else "") for m in team)
    out.print(
        f"Care team of {client_email.strip().lower()}: {names}.", markup=False, highlight=False
    )


def _people_command(work: Callable[..., Awaitable]):
    """Run work(people services, now, settings) on the migrated database."""
    from datetime import datetime, timezone

    settings = _settings()

    async def run():
        from server.people import services as people

        return await work(people, datetime.now(timezone.utc), settings)

    return _async(_with_db(settings, run, require_migrated=True))


@cli.command()
@click.option(
    "--workers",
    type=click.IntRange(1, 256),
    default=1,
    show_default=True,
    help="How many `companion serve` processes will run.",
)
def check(workers: int) -> None:
    """Report configuration problems before a clinic goes live (exit 1 when there are any)."""
    from server.core.migrations import pending_migrations
    from server.core.preflight import check_settings

    settings = _settings()
    findings = check_settings(settings, workers)

    async def database() -> list[str]:
        return await pending_migrations()

    pending = _async(_with_db(settings, database))
    for finding in findings:
        out.print(
            f"{'problem' if finding.problem else 'note'}: {finding.text}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
    if pending:
        out.print(
            f"problem: {len(pending)} database migrations are not applied: run `companion migrate`.",
            markup=False,
            highlight=False,
        )
    problems = sum(finding.problem for finding in findings) + bool(pending)
    if problems:
        out.print(f"{problems} problem(s) to fix before going live.", markup=False, highlight=False)
        sys.exit(1)
    out.print("ok: the configuration is ready for production.", markup=False, highlight=False)


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
def backup(path: Path) -> None:
    """Write a consistent copy of the database to PATH while the app runs, sealed with age
    (SQLite: a copy; PostgreSQL: pg_dump)."""
    from server.core import backup as backups

    settings = _settings()
    with _copy_progress("Backing up") as progress:
        sealed = _backup_step(lambda: backups.backup(settings, path, progress))
    _audit(settings, "export.backup", path)  # every health record left the database in that file
    if sealed.new_key_file:
        _print_new_key(sealed.new_key_file)
    out.print(
        f"Backed up to {path} ({path.stat().st_size:,} bytes), sealed to {sealed.recipient}.",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )


@cli.command("backup-key")
def backup_key() -> None:
    """Print the public key backups are sealed to, making the backup key if there is none."""
    from server.core import backup as backups

    settings = _settings()
    sealed = _backup_step(lambda: backups.backup_key(settings))
    if sealed.new_key_file:
        _print_new_key(sealed.new_key_file)
    lines = [
        f"Backup key: {settings.backup_key_file}",
        f"Public key (COMPANION_BACKUP_RECIPIENT): {sealed.recipient}",
    ]
    if settings.backup_recipient and settings.backup_recipient != sealed.recipient:
        lines.append(
            f"Backups are sealed to COMPANION_BACKUP_RECIPIENT instead: {settings.backup_recipient}"
        )
    for line in lines:
        out.print(line, markup=False, highlight=False, soft_wrap=True)


def _print_new_key(key_file: Path) -> None:
    err.print(
        f"Made a new backup key at {key_file}. Keep a copy away from this server: "
        "without it no backup can be restored.",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--yes", is_flag=True, help="Replace the database without asking.")
def restore(path: Path, yes: bool) -> None:
    """Replace everything in the database with the sealed backup at PATH (needs the backup
    key); the backup is opened and checked before anything is replaced."""
    from server.core import backup as backups

    settings = _settings()
    if not yes and not click.confirm(f"Replace everything in the database with {path}?", err=True):
        raise click.exceptions.Abort()
    with _copy_progress("Restoring") as progress:
        _backup_step(lambda: backups.restore(settings, path, progress))
    _audit(
        settings, "backup.restored", path
    )  # in the restored log, which the backup's own events precede
    out.print(f"Restored from {path}.", markup=False, highlight=False)


@contextlib.contextmanager
def _copy_progress(what: str):
    columns = [TextColumn(what), BarColumn(), MofNCompleteColumn()]
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(what, total=None)
        yield lambda done, total: progress.update(task, completed=done, total=total)


def _audit(settings: Settings, action: str, path: Path) -> None:
    """One audit event for an operator's command (no actor: whoever runs the command)."""
    from server.audit import services as audit

    _async(_with_db(settings, lambda: audit.record(action, subject=f"file:{path.name}")))


def _backup_step(work: Callable[[], object]):
    from server.core.backup import BackupFailed

    try:
        return work()
    except BackupFailed as exc:
        raise CommandFailed(str(exc)) from None


@cli.command("import-meetings")
@click.argument("file")
@click.option(
    "--fellowship",
    type=click.Choice(FELLOWSHIPS),
    default="aa",
    show_default=True,
    help="The fellowship of the feed's meetings (intergroup feeds are AA).",
)
@click.option(
    "--timezone",
    "zone",
    default="America/Denver",
    show_default=True,
    help="The time zone of meetings whose row names none.",
)
def import_meetings(file: str, fellowship: str, zone: str) -> None:
    """Import a Meeting Guide JSON feed (FILE, or - for standard input) into the meeting directory."""
    from datetime import datetime, timezone

    from server.meetings import importer

    settings = _settings()
    try:
        parsed = importer.parse_feed(importer.read_feed(file), fellowship, zone)
    except importer.FeedError as exc:
        raise CommandFailed(str(exc)) from None

    async def save() -> importer.ImportCounts:
        columns = [TextColumn("Importing meetings"), BarColumn(), MofNCompleteColumn()]
        with Progress(*columns, console=err, transient=True) as progress:
            task = progress.add_task("import", total=len(parsed.records))
            return await importer.save_directory(
                parsed.records,
                datetime.now(timezone.utc),
                progress=lambda done, total: progress.update(task, completed=done, total=total),
            )

    counts = _async(_with_db(settings, save, require_migrated=True))
    for line in importer.summary(counts, parsed.skipped):
        out.print(line, markup=False, highlight=False, soft_wrap=True)


def main() -> None:
    try:
        cli(standalone_mode=False)
    except click.exceptions.Abort:
        err.print("Aborted.")
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except (SettingsError, CommandFailed, ProblemError) as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        sys.exit(130)


# --- helpers ----------------------------------------------------------------------------


def _settings(api_docs_default: bool = False) -> Settings:
    settings = load_settings(api_docs_default=api_docs_default)
    from server.core.logs import configure_logging

    configure_logging(settings.log_level)
    return settings


def _fail(message: str) -> None:
    err.print(f"companion: {message}", markup=False, highlight=False, soft_wrap=True)
    sys.exit(2)


def _async(awaitable: Awaitable):
    """Run a coroutine, turning database connection failures into one clear line."""
    try:
        return asyncio.run(awaitable)
    except (OSError, sqlite3.Error) as exc:
        raise CommandFailed(f"cannot use the database: {exc}") from None
    except Exception as exc:
        if type(exc).__module__.startswith("asyncpg"):
            raise CommandFailed(f"cannot use the database: {exc}") from None
        raise


async def _with_db(
    settings: Settings, work: Callable[[], Awaitable], require_migrated: bool = False
):
    from server.core import db

    async with db.connected(settings.database_url):
        if require_migrated:
            await _check_migrated()
        return await work()


async def _apply_migrations() -> list[str]:
    from server.core.migrations import MigrationFailed, apply_migrations

    with err.status("Applying database migrations…"):
        try:
            return await apply_migrations()
        except MigrationFailed as exc:
            raise CommandFailed(str(exc)) from None


async def _check_migrated() -> None:
    from server.core.migrations import pending_migrations

    pending = await pending_migrations()
    if pending:
        raise CommandFailed(
            f"{len(pending)} database migration(s) are pending: run `companion migrate` first"
        )


async def _require_migrated(settings: Settings) -> None:
    await _with_db(settings, _check_migrated)


async def _prepare_embedded(settings: Settings) -> str:
    """Migrate and, on a database with no accounts yet, load the demo clinic.

    Returns:
        "loaded" now, "present" from an earlier run, or "absent" (a real clinic's database).
    """
    from server.demo import database_is_empty, demo_is_loaded

    async def prepare() -> str:
        await _apply_migrations()
        if await database_is_empty():
            await _load_demo_with_progress(settings)
            return "loaded"
        return "present" if await demo_is_loaded() else "absent"

    return await _with_db(settings, prepare)


async def _load_demo_with_progress(settings: Settings) -> bool:
    from server.demo import load_demo
    from server.security.passwords import Passwords

    passwords = Passwords(settings.hash_concurrency)
    columns = [TextColumn("Loading the demo clinic"), BarColumn(), MofNCompleteColumn()]
    try:
        with Progress(*columns, console=err, transient=True) as progress:
            task = progress.add_task("demo", total=None)
            return await load_demo(
                settings,
                passwords,
                progress=lambda done, total: progress.update(task, completed=done, total=total),
            )
    finally:
        passwords.close()


def _print_sign_ins(settings: Settings, *, loaded_now: bool) -> None:
    from server.demo import demo_accounts, demo_password

    table = Table(
        title="Demo sign-ins" + (" (just loaded)" if loaded_now else ""), title_justify="left"
    )
    table.add_column("email")
    table.add_column("role")
    for email, _, role in demo_accounts():
        table.add_row(email, role)
    out.print(table)
    out.print(f"Demo password for every account: [bold]{demo_password(settings)}[/bold]")


def _serve(settings: Settings, *, run_jobs: bool) -> None:
    import uvicorn

    from server.app import create_app
    from server.core import heap

    app = create_app(settings, run_jobs=run_jobs)
    out.print(f"Serving IOP Companion on [bold]{settings.base_url}[/bold] (Ctrl+C to stop)")
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        access_log=False,
        log_config=None,
        # asyncio's loop, not uvloop: as fast for our handlers, and fair under load. Saturated with
        # 64 connections, /api/me/today had p99 546 ms on uvloop (some connections waited while
        # others were served) and 51 ms on asyncio, at the same 2,100 req/s (B1, SQLite).
        loop="asyncio",
        proxy_headers=False,  # X-Forwarded-For is honoured only from COMPANION_TRUSTED_PROXIES
        server_header=False,
        timeout_graceful_shutdown=10,
        # Limits of our own. uvicorn has no timeout for reading a request's headers or body, so
        # the TLS proxy in front enforces those (docs/deploy.md, "Limits and timeouts").
        http="httptools",  # uvicorn[standard]'s parser; as "auto" picks, but said once here
        h11_max_incomplete_event_size=16 * 1024,  # headers, should h11 ever be the parser
        timeout_keep_alive=20,  # s an idle connection stays open (the proxy's upstream: 15 s)
        limit_concurrency=1024,  # connections and requests in flight; beyond it, 503 at once
        backlog=1024,  # connections the kernel queues before accept()
    )
    server = uvicorn.Server(config)
    heap.settle()
    try:
        server.run()
    except KeyboardInterrupt:  # uvicorn re-raises Ctrl+C after its graceful shutdown
        return
    if not server.started:
        raise CommandFailed(
            f"could not serve on {settings.host}:{settings.port} (is the port in use?)"
        )


def _check_port_free(host: str, port: int) -> None:
    """Fail in one line now rather than let uvicorn log a bind error after start-up work."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise CommandFailed(f"cannot listen on {host}:{port}: {exc.strerror}") from None


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CommandFailed("no password on standard input")
        return password
    if not sys.stdin.isatty():
        raise CommandFailed(
            "pass --password-stdin, or run in a terminal to be asked for the password"
        )
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)
