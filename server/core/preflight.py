"""`companion check`: configuration problems to fix before a clinic goes live.

Each finding names the setting and what to do; problems make the command exit non-zero,
notes do not. The database is asked too: reachable, and every migration applied.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from server.settings import DEFAULT_PUSH_HOSTS, Settings

LOOPBACK = ("127.0.0.1", "localhost", "::1")


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
    return findings
