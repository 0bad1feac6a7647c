"""Write and read the audit log. Events name actions and records, never health-data values."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone

from server.audit import queries
from server.core import db

# Actions recorded by the foundation; later features add their own names.
SIGN_IN = "auth.sign_in"
SIGN_IN_FAILED = "auth.sign_in_failed"
SIGN_IN_THROTTLED = "auth.sign_in_throttled"
SIGN_OUT = "auth.sign_out"
PASSWORD_CHANGED = "auth.password_changed"
PASSWORD_CHANGE_FAILED = "auth.password_change_failed"
ACCESS_DENIED = "access.denied"
ACCOUNT_CREATED = "account.created"


async def record(
    action: str,
    *,
    outcome: str = "ok",
    actor: int | None = None,
    subject: str = "",
    patient: int | None = None,
    ip: str | None = None,
    at: datetime | None = None,
) -> None:
    """Append one event.

    Args:
        action: what happened, e.g. "auth.sign_in".
        outcome: "ok", "failed" or "denied".
        actor: the account that acted, when known.
        subject: what it was done to, e.g. "account:12" or "GET /api/admin/…" (no values).
        patient: the client whose record it concerns, when there is one.
        ip: the client's address for sign-in events.
    """
    await db.run_compiled(
        queries.INSERT,
        at or datetime.now(timezone.utc),
        actor,
        action,
        subject[:200],
        patient,
        outcome,
        ip,
    )


async def record_views(
    action: str,
    *,
    actor: int,
    views: Iterable[tuple[str, int | None]],
    at: datetime | None = None,
) -> None:
    """Append one event per (subject, patient) a person was shown, in one transaction: a page
    of several clients' records names each client in the log."""
    views = list(views)
    if not views:
        return
    async with db.current().transaction():
        for subject, patient in views:
            await record(action, actor=actor, subject=subject, patient=patient, at=at)
