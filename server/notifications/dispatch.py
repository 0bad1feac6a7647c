"""The reminder dispatcher: claims due outbox rows, sends each to the person's devices through
a transport, and stores the outcome.

Claimed rows go out concurrently (one transport, one shared connection pool). 404/410 removes
the subscription; 429 waits for Retry-After; 5xx and timeouts retry with backoff, then fail
visibly after MAX_ATTEMPTS. Quiet hours defer all but urgent rows. Payloads name nothing: discreet
mode says "You have a reminder" and the time. Every push's Topic is derived from the reminder,
so a duplicate sent after a crash replaces the first on the device.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
from datetime import date, datetime, time, timedelta

import msgspec

from server.accounts import services as accounts
from server.core import i18n
from server.notifications import outbox
from server.notifications.tables import NotificationPref, PushSubscription
from server.notifications.transport import Outcome, Transport
from server.programs import recurrence

MAX_ATTEMPTS = 6
BACKOFF = timedelta(seconds=30)  # doubled after every failed attempt
BATCH = 250  # rows a lane claims at once: smaller batches keep the CPU busier (B2: 500 -> 250, 6.7 -> 5.7 s)
LANES = 4  # concurrent claim-and-send loops in one process (their batches fill the sender's connections)
# Only what sending needs: every column read is a conversion per row, on the hot path.
DEVICE_COLUMNS = (
    PushSubscription.id,
    PushSubscription.account,
    PushSubscription.endpoint,
    PushSubscription.p256dh,
    PushSubscription.auth,
)
PREF_COLUMNS = (
    NotificationPref.account,
    NotificationPref.quiet_start,
    NotificationPref.quiet_end,
    NotificationPref.discreet,
)

log = logging.getLogger(__name__)


# --- what a device receives ----------------------------------------------------------------------


def topic(row: dict) -> str:
    """The push Topic: the same reminder always gets the same one, so a duplicate sent after a
    crash replaces the first on the device. A hash: it names nothing."""
    digest = hashlib.sha256(f"{row['kind']}|{row['subject']}|{row['account']}".encode()).digest()
    return base64.urlsafe_b64encode(digest[:24]).decode()  # 32 characters


def payload(
    row: dict, discreet: bool, zone: str, locale: str = "en-US", tag: str | None = None
) -> bytes:
    """What the device shows, in the person's language: discreet, "You have a reminder" and the
    time; else the detail (written in their language when it was planned)."""
    if row["kind"] == "test":
        body = i18n.text(locale, "Notifications are working.")
    elif discreet:
        when = i18n.clock(row["event_at"], zone, locale)
        body = i18n.text(locale, "You have a reminder at {time}.", time=when)
    else:
        body = row["detail"]
    return msgspec.json.encode(
        {
            "title": "Companion",
            "body": body,
            "tag": tag or topic(row),
            "url": row["url"],
            "id": row["id"],
        }
    )


def in_quiet_hours(now: datetime, zone: str, start: str, end: str) -> datetime | None:
    """The end of the quiet hours `now` falls in (local HH:MM to HH:MM, maybe across midnight),
    or None outside them."""
    if start == end:
        return None
    tz = recurrence.zone(zone)
    local = now.astimezone(tz)
    start_t, end_t = time.fromisoformat(start), time.fromisoformat(end)
    t = local.time()
    inside = start_t <= t < end_t if start_t < end_t else (t >= start_t or t < end_t)
    if not inside:
        return None
    day: date = local.date() if t < end_t else local.date() + timedelta(days=1)
    return datetime.combine(day, end_t, tzinfo=tz)


# --- claiming and sending ------------------------------------------------------------------------


async def dispatch_all(
    sender: Transport, now: datetime, batch: int = BATCH, lanes: int = LANES
) -> dict[str, int]:
    """Send everything due now: `lanes` claim-and-send loops at once, so one batch's writes and
    claims overlap another's pushes in flight. Each lane claims its own rows."""
    loop = asyncio.get_running_loop()
    started = loop.time()

    def current() -> (
        datetime
    ):  # `now` moved on by the time spent: a late batch's lease is a full one
        return now + timedelta(seconds=loop.time() - started)

    async def lane() -> dict[str, int]:
        totals: dict[str, int] = {}
        while counts := await dispatch_due(sender, current(), batch):
            for outcome, n in counts.items():
                totals[outcome] = totals.get(outcome, 0) + n
        return totals

    totals: dict[str, int] = {}
    for counts in await asyncio.gather(*(lane() for _ in range(lanes))):
        for outcome, n in counts.items():
            totals[outcome] = totals.get(outcome, 0) + n
    return totals


async def dispatch_due(sender: Transport, now: datetime, batch: int = BATCH) -> dict[str, int]:
    """Claim and send what is due now; returns counts per outcome.

    The batch's common outcomes are stored in a few set-based statements (the sent rows, the
    devices that answered 2xx, the subscriptions gone); the rarer ones row by row.
    """
    token, rows = await outbox.claim_due(now, batch)
    if not rows:
        return {}
    accounts_due = sorted({row["account"] for row in rows})
    devices: dict[int, list[dict]] = {account: [] for account in accounts_due}
    for sub in await PushSubscription.select(*DEVICE_COLUMNS).where(
        PushSubscription.account.is_in(accounts_due)
    ):
        devices[sub["account"]].append(sub)
    people = await accounts.timezones_and_locales_of(accounts_due)
    prefs = {
        row["account"]: row
        for row in await NotificationPref.select(*PREF_COLUMNS).where(
            NotificationPref.account.is_in(accounts_due)
        )
    }
    sent = await asyncio.gather(
        *(
            _deliver(
                sender,
                row,
                devices[row["account"]],
                people[row["account"]],
                prefs.get(row["account"]),
                now,
            )
            for row in rows
        )
    )
    await _record_devices([pair for _, pairs in sent for pair in pairs], now)
    counts: dict[str, int] = {}
    delivered = []
    for row, (outcomes, _) in zip(rows, sent, strict=True):
        result = (
            "sent"
            if any(200 <= o.status < 300 for o in outcomes)
            else await _settle(row, token, outcomes, now)
        )
        if result == "sent":
            delivered.append(row["id"])
        counts[result] = counts.get(result, 0) + 1
    await outbox.finish_many(delivered, token, "sent", now=now)
    return counts


async def _deliver(
    sender: Transport, row: dict, subs: list[dict], person: dict, pref: dict | None, now: datetime
) -> tuple[list[Outcome], list[tuple[dict, Outcome]]]:
    """Send one reminder to each of the person's devices: (outcomes, (device, outcome) pairs).
    A row that is not to be sent now gets outcomes [] and a note in `row["_skip"]`."""
    if row["expires_at"] <= now:
        row["_skip"] = ("expired", "not sent before it stopped being useful", None)
        return [], []
    if not subs:
        row["_skip"] = ("cancelled", "no device subscribed", None)
        return [], []
    if row["urgency"] != "high" and row["kind"] != "test":
        quiet_until = in_quiet_hours(
            now,
            person["timezone"],
            pref["quiet_start"] if pref else "22:00",
            pref["quiet_end"] if pref else "07:00",
        )
        if quiet_until is not None:
            row["_skip"] = ("pending", "quiet hours", quiet_until)
            return [], []
    tag = topic(row)  # the notification's tag and the push's Topic: the same reminder, the same one
    body = payload(
        row, pref["discreet"] if pref else True, person["timezone"], person["locale"], tag
    )
    ttl = int((row["expires_at"] - now).total_seconds())
    sends = [
        sender.send(
            {"endpoint": sub["endpoint"], "keys": {"p256dh": sub["p256dh"], "auth": sub["auth"]}},
            body,
            ttl=ttl,
            urgency=row["urgency"],
            topic=tag,
        )
        for sub in subs
    ]
    outcomes = (
        [await sends[0]] if len(sends) == 1 else await asyncio.gather(*sends)
    )  # one device: no extra task
    return outcomes, list(zip(subs, outcomes, strict=True))


# --- storing what happened -----------------------------------------------------------------------


async def _record_devices(pairs: list[tuple[dict, Outcome]], now: datetime) -> None:
    gone = [
        sub["id"] for sub, outcome in pairs if outcome.status in (404, 410)
    ]  # unsubscribed or expired
    answered = [sub["id"] for sub, outcome in pairs if 200 <= outcome.status < 300]
    if gone:
        await PushSubscription.delete().where(PushSubscription.id.is_in(gone))
    if answered:
        await PushSubscription.update(
            {PushSubscription.last_success_at: now, PushSubscription.failures: 0}
        ).where(PushSubscription.id.is_in(answered))
    for sub, outcome in pairs:
        if outcome.status not in (404, 410) and not 200 <= outcome.status < 300:
            await PushSubscription.update(
                {
                    PushSubscription.failures: PushSubscription.failures + 1,
                    PushSubscription.last_error: outcome.error[:200],
                }
            ).where(PushSubscription.id == sub["id"])


async def _settle(row: dict, token: str, outcomes: list[Outcome], now: datetime) -> str:
    """Store a row's outcome when nothing was delivered; returns it."""
    if "_skip" in row:
        status, error, retry_at = row["_skip"]
        await outbox.finish(row["id"], token, status, error=error, retry_at=retry_at, now=now)
        return "deferred" if status == "pending" else status
    if all(o.status in (404, 410) for o in outcomes):
        await outbox.finish(
            row["id"], token, "cancelled", error="every device unsubscribed", now=now
        )
        return "cancelled"
    waits = [o.retry_after for o in outcomes if o.status == 429 and o.retry_after is not None]
    error = "; ".join(sorted({o.error for o in outcomes if o.error}))
    if row["attempts"] >= MAX_ATTEMPTS:
        log.warning("reminder %s failed after %s attempts: %s", row["id"], row["attempts"], error)
        await outbox.finish(row["id"], token, "failed", error=error, now=now)
        return "failed"
    retry_at = now + (
        timedelta(seconds=max(waits)) if waits else BACKOFF * 2 ** (row["attempts"] - 1)
    )
    await outbox.finish(row["id"], token, "pending", retry_at=retry_at, error=error, now=now)
    return "retry"
