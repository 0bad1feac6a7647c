"""`companion check`: configuration problems to fix before a clinic goes live.

Each finding names the setting and what to do; problems make the command exit non-zero,
notes do not. The database is asked too: reachable, and every migration applied. And the
disk: health records and secrets others could read (a looser mode than 0700/0600), and
unencrypted database copies left in the data folder.
"""

from __future__ import annotations

import itertools
import stat
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from server.core.backup import unsealed_kind
from server.settings import DEFAULT_PUSH_HOSTS, Settings

LOOPBACK = ("127.0.0.1", "localhost", "::1")
# Files the app keeps in the data folder, each readable by its owner only.
PRIVATE_FILES = ("secret_key", "vapid_private.pem", "demo-password")
MOST_FILES_SCANNED = 10_000  # for unencrypted backups; a data folder holds a handful


@dataclass(frozen=True)
class Finding:
    problem: bool  # False: a note worth knowing, not a reason to stop
    text: str


def check_settings(settings: Settings, workers: int) -> list[Finding]:
    """What is wrong with these settings for a clinic's production use."""
    findings = []
    base = urlsplit(settings.base_url)
    if base.scheme != "https" or base.hostname in LOOPBACK:
        findings.append(
            Finding(
                True,
                f"COMPANION_BASE_URL is {settings.base_url}: set the https address clients use "
                "(behind a TLS reverse proxy); reminders and cookies depend on it.",
            )
        )
    if not settings.cookie_secure:
        findings.append(
            Finding(
                True,
                "COMPANION_COOKIE_SECURE is off: session cookies would travel over plain HTTP. "
                "Remove it (on by default) and serve over https.",
            )
        )
    if settings.api_docs:
        findings.append(
            Finding(
                True,
                "COMPANION_API_DOCS is on: the API schema is public. Turn it off in production.",
            )
        )
    if settings.is_sqlite and workers > 1:
        findings.append(
            Finding(
                True,
                f"{workers} serve workers on SQLite: SQLite takes one writer process. Use "
                "PostgreSQL (COMPANION_DATABASE_URL=postgresql://…) for several workers.",
            )
        )
    default_hosts = {host.strip() for host in DEFAULT_PUSH_HOSTS.split(",")}
    extra = [
        f"{host.scheme}://{host.host}:{host.port}"
        for host in settings.push_allowed_hosts
        if host.host not in default_hosts or host.scheme != "https"
    ]
    if extra:
        findings.append(
            Finding(
                True,
                "COMPANION_PUSH_ALLOWED_HOSTS admits "
                + ", ".join(extra)
                + ": only known push services belong there outside tests.",
            )
        )
    if settings.vapid_subject.startswith("mailto:") and settings.vapid_subject.endswith(
        ("@localhost", ".invalid")
    ):
        findings.append(
            Finding(
                False,
                f"COMPANION_VAPID_SUBJECT is {settings.vapid_subject}: push services may "
                "contact this address about problems; use a real one.",
            )
        )
    if settings.demo_password:
        findings.append(
            Finding(
                True,
                "COMPANION_DEMO_PASSWORD is set: demo accounts are for trying the product, "
                "not for a clinic's data.",
            )
        )
    return findings + check_files(settings)


def check_files(settings: Settings) -> list[Finding]:
    """Health records and secrets others could read: a data folder, database or key with a
    looser mode than 0700/0600, and unencrypted backups left in the data folder."""
    database = _database_files(settings)
    wanted = {settings.data_dir: 0o700, settings.backup_key_file: 0o600}
    wanted |= {path: 0o600 for path in database}
    wanted |= {settings.data_dir / name: 0o600 for name in PRIVATE_FILES}
    findings = [_loose(path, mode) for path, mode in wanted.items()]
    findings += [
        Finding(
            True,
            f"{path} is an unencrypted {kind} copy of the health records: delete it (or move it "
            "off this server); `companion backup` writes sealed backups.",
        )
        for path, kind in _unsealed_backups(settings.data_dir, set(database))
    ]
    return [finding for finding in findings if finding]


def _database_files(settings: Settings) -> list[Path]:
    if not settings.is_sqlite:
        return []
    file = Path(settings.database_url[len("sqlite:///") :]).resolve()
    return [file, Path(f"{file}-wal"), Path(f"{file}-shm")]


def _loose(path: Path, wanted: int) -> Finding | None:
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:  # absent: nothing to read
        return None
    if not mode & 0o077:
        return None
    what = "folder" if path.is_dir() else "file"
    return Finding(
        True,
        f"{path} can be read by other users (mode {mode:04o}): run `chmod {wanted:o} {path}` "
        f"so the {what} is its owner's only.",
    )


def _unsealed_backups(folder: Path, live: set[Path]):
    """(path, "SQLite" or "pg_dump") for each unencrypted database file under `folder`."""
    for path in sorted(itertools.islice(folder.rglob("*"), MOST_FILES_SCANNED)):
        if path.resolve() in live or path.is_symlink() or not path.is_file():
            continue
        try:
            with open(path, "rb") as opened:
                kind = unsealed_kind(opened.read(16))
        except OSError:
            continue
        if kind:
            yield path, kind
