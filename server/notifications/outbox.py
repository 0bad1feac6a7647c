"""The reminder outbox: rows planned ahead, claimed by one jobs process, then marked with what
happened. Record, then act: a row exists before any push is sent, and its outcome is stored
after, so a crash loses nothing (an expired claim is taken again by any process).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from server.audit import services as audit
from server.core import db
from server.notifications.tables import Notification, PushSubscription

# A claim not finished by then is taken again by any process. A batch's sends end within the
# sender's timeout (10 s, queueing for a connection included), so 30 s is ample, and a killed
# process's reminders go out half a minute late, not minutes.
LEASE = timedelta(seconds=30)
TEST_TTL = timedelta(minutes=10)
URGENCIES = ("very-low", "low", "normal", "high")
# What the dispatcher needs of a claimed row (fewer columns: fewer conversions per row).
CLAIMED_COLUMNS = (
    Notification.id,
    Notification.account,
    Notification.kind,
    Notification.subject,
    Notification.event_at,
    Notification.expires_at,
    Notification.detail,
    Notification.url,
    Notification.urgency,
    Notification.attempts,
)


@dataclass(frozen=True)
class Planned:
    """One reminder to have in the outbox."""

    account: int
    kind: str  # session | checkin | homework | drugtest | alert | test
    subject: str  # ids only, e.g. "occurrence:12:60"
    due_at: datetime
    event_at: datetime
    expires_at: datetime
    detail: str = ""  # shown only with discreet mode off
    url: str = "/#/today"
    urgency: str = "normal"


async def plan(reminders: list[Planned], now: datetime) -> int:
    """Add the reminders not in the outbox yet (the unique key makes planning again a no-op);
    returns how many were added."""
    if not reminders:
        return 0
    existing = await _existing_keys(reminders)
    fresh = [r for r in reminders if (r.account, r.kind, r.subject, r.due_at) not in existing]
    added = 0
    for reminder in fresh:
        try:
            await Notification.insert(
                Notification(
                    account=reminder.account,
                    kind=reminder.kind,
                    subject=reminder.subject,
                    due_at=reminder.due_at,
                    event_at=reminder.event_at,
                    expires_at=reminder.expires_at,
                    detail=reminder.detail,
                    url=reminder.url,
                    urgency=reminder.urgency,
                    next_attempt_at=reminder.due_at,
                    created_at=now,
                )
            )
            added += 1
        except Exception as exc:
            if not db.is_unique_violation(exc):  # another planner added it meanwhile
                raise
    return added


async def _existing_keys(reminders: list[Planned]) -> set[tuple]:
    accounts = sorted({r.account for r in reminders})
    earliest = min(r.due_at for r in reminders)
    rows = await Notification.select(
        Notification.account, Notification.kind, Notification.subject, Notification.due_at
    ).where(Notification.account.is_in(accounts) & (Notification.due_at >= earliest))
    return {(row["account"], row["kind"], row["subject"], row["due_at"]) for row in rows}


async def cancel_unplanned(
    kinds: list[str], planned: list[Planned], start: datetime, end: datetime
) -> int:
    """Cancel pending rows of these kinds due in [start, end) that the planner no longer plans
    (a cancelled or moved session, homework submitted, a check-in done); returns how many."""
    keep = {(r.account, r.kind, r.subject, r.due_at) for r in planned}
    rows = await Notification.select(
        Notification.id,
        Notification.account,
        Notification.kind,
        Notification.subject,
        Notification.due_at,
    ).where(
        Notification.kind.is_in(kinds)
        & (Notification.status == "pending")
        & (Notification.due_at >= start)
        & (Notification.due_at < end)
    )
    gone = [
        row["id"]
        for row in rows
        if (row["account"], row["kind"], row["subject"], row["due_at"]) not in keep
    ]
    if gone:
        await Notification.update({Notification.status: "cancelled"}).where(
            Notification.id.is_in(gone) & (Notification.status == "pending")
        )
    return len(gone)


async def queue_test(account_id: int, now: datetime) -> int:
    """A test notification to the person's devices; returns how many devices will get it."""
    devices = await PushSubscription.count().where(PushSubscription.account == account_id)
    await audit.record(
        "push.test_queued", actor=account_id, subject=f"account:{account_id}", at=now
    )
    await plan(
        [
            Planned(
                account=account_id,
                kind="test",
                subject=f"test:{secrets.token_hex(4)}",
                due_at=now,
                event_at=now,
                expires_at=now + TEST_TTL,
                detail="Notifications are working.",
                url="/#/settings",
                urgency="normal",
            )
        ],
        now,
    )
    return devices


async def claim_due(now: datetime, limit: int) -> tuple[str, list[dict]]:
    """Claim up to `limit` rows due now (pending, or claimed by a process whose lease ran out).

    PostgreSQL: the candidate rows are locked FOR UPDATE SKIP LOCKED, so concurrent processes
    claim different rows without waiting. SQLite: write transactions are serial (BEGIN
    IMMEDIATE), and the UPDATE repeats the condition, so two processes never claim one row.

    Returns:
        The claim token, and the claimed rows.
    """
    token = secrets.token_hex(16)
    waiting = (
        (Notification.status == "pending")
        | ((Notification.status == "claimed") & (Notification.lease_until < now))
    ) & (Notification.next_attempt_at <= now)
    async with db.current().transaction():
        candidates = (
            Notification.select(Notification.id)
            .where(waiting)
            .order_by(Notification.next_attempt_at)
            .limit(limit)
        )
        if db.current().engine_type == "postgres":
            candidates = candidates.lock_rows(skip_locked=True)
        ids = [row["id"] for row in await candidates]
        if not ids:
            return token, []
        await Notification.update(
            {
                Notification.status: "claimed",
                Notification.claim_token: token,
                Notification.lease_until: now + LEASE,
                Notification.attempts: Notification.attempts + 1,
            }
        ).where(Notification.id.is_in(ids) & waiting)
    rows = await Notification.select(*CLAIMED_COLUMNS).where(Notification.claim_token == token)
    return token, rows


async def next_due(now: datetime, until: datetime) -> datetime | None:
    """When the next pending row falls due, if before `until` (or now, if one is due already)."""
    rows = (
        await Notification.select(Notification.next_attempt_at)
        .where(
            Notification.status.is_in(
                ["pending", "claimed"]
            )  # the terms of the partial index notification_waiting
            & (Notification.status == "pending")
            & (Notification.next_attempt_at <= until)
        )
        .order_by(Notification.next_attempt_at)
        .limit(1)
    )
    return max(rows[0]["next_attempt_at"], now) if rows else None


async def finish(
    row_id: int,
    token: str,
    status: str,
    *,
    error: str = "",
    retry_at: datetime | None = None,
    now: datetime,
) -> bool:
    """Store what happened to a claimed row: sent, failed, expired, or back to pending for a
    retry at `retry_at`. Only the holder of the claim may; returns whether it still held it."""
    values = {
        Notification.status: status,
        Notification.last_error: error[:200],
        Notification.lease_until: None,
        Notification.claim_token: None,
    }
    if status == "sent":
        values[Notification.sent_at] = now
    if retry_at is not None:
        values[Notification.next_attempt_at] = retry_at
    done = (
        await Notification.update(values)
        .where((Notification.id == row_id) & (Notification.claim_token == token))
        .returning(Notification.id)
    )
    return bool(done)


async def finish_many(row_ids: list[int], token: str, status: str, *, now: datetime) -> None:
    """finish() for many rows with the same outcome in one statement (a dispatch batch's sends)."""
    if not row_ids:
        return
    values = {
        Notification.status: status,
        Notification.last_error: "",
        Notification.lease_until: None,
        Notification.claim_token: None,
    }
    if status == "sent":
        values[Notification.sent_at] = now
    await Notification.update(values).where(
        Notification.id.is_in(row_ids) & (Notification.claim_token == token)
    )
