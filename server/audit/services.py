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
SIGN_IN_PASSWORD_OK = "auth.password_ok"  # a second factor (or its enrolment) is still to come
FACTOR_FAILED = "auth.factor_failed"
FACTOR_STARTED = "auth.factor_started"  # an app to confirm, or a passkey challenge
FACTOR_ADDED = "auth.factor_added"
FACTOR_REMOVED = "auth.factor_removed"
FACTORS_RESET = "auth.factors_reset"
RECOVERY_CODES_MADE = "auth.recovery_codes_made"
RECOVERY_CODE_USED = "auth.recovery_code_used"
STEPPED_UP = "auth.stepped_up"
PASSWORD_CHANGED = "auth.password_changed"
PASSWORD_CHANGE_FAILED = "auth.password_change_failed"
ACCESS_DENIED = "access.denied"
ACCOUNT_CREATED = "account.created"
VIEWS_PER_STATEMENT = 100  # 500 values: well inside every SQLite's limit on them


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
    actor: int | None,
    views: Iterable[tuple[str, int | None]],
    at: datetime | None = None,
) -> None:
    """Append one event per (subject, patient) a person was shown: a page of several clients'
    records names each client in the log. Multi-row INSERTs (compiled, queries.insert_views),
    VIEWS_PER_STATEMENT rows each, in one transaction: a review-queue page shows about 30 clients, and 30 single
    inserts cost four times as much (B5, "B5 after care teams" in bench/README.md)."""
    views = list(views)
    if not views:
        return
    at = at or datetime.now(timezone.utc)
    chunks = [
        views[start : start + VIEWS_PER_STATEMENT]
        for start in range(0, len(views), VIEWS_PER_STATEMENT)
    ]
    if len(chunks) == 1:  # one statement is atomic on its own
        await _insert_views(action, actor, chunks[0], at)
        return
    async with db.current().transaction():
        for chunk in chunks:
            await _insert_views(action, actor, chunk, at)


async def _insert_views(action: str, actor: int | None, views: list, at: datetime) -> None:
    args: list = []
    for subject, patient in views:
        args += [at, actor, action, subject[:200], patient]
    await db.run_compiled(queries.insert_views(len(views)), *args)
