"""Reminder jobs: the planner fills the outbox for the next 48 h, the dispatcher sends what is due.

Planner: for everyone with a subscribed device, one row per reminder (session lead times from
their preferences, the daily check-in unless done, homework due, a drug test's window opening,
and for counselors an urgent check-in on their caseload). Planning again adds nothing (the
outbox's unique key); a reminder no longer planned (a cancelled or moved session, homework
handed in, today's check-in done) is cancelled while still pending.

Dispatcher: claims due rows, sends each to the person's devices concurrently over one aiohttp
session, and stores the outcome: 404/410 removes the subscription, 429 waits for Retry-After,
5xx and timeouts retry with backoff then fail visibly; quiet hours defer all but urgent rows.
Payloads name nothing: discreet mode says "You have a reminder" and the time.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import logging
from datetime import date, datetime, time, timedelta, timezone

import msgspec

from jobs.push import Outcome, Sender
from server.core import db
from server.accounts.tables import Account, ClientProfile
from server.checkins import services as checkins
from server.homework import services as homework
from server.notifications import outbox
from server.notifications.outbox import Planned
from server.notifications.services import preferences_of
from server.notifications.tables import NotificationPref, PushSubscription
from server.programs import recurrence
from server.programs import services as schedule
from server.testing import services as testing

HORIZON = timedelta(hours=48)
LATE = timedelta(minutes=5)  # a reminder planned this late is still worth sending
HOMEWORK_LEAD = timedelta(hours=3)
PLAN_CHUNK = 500  # people planned together: a few queries per chunk
ALERT_WINDOW = timedelta(hours=6)  # urgent check-ins this recent alert the counselor
MAX_ATTEMPTS = 6
BACKOFF = timedelta(seconds=30)  # doubled after every failed attempt
BATCH = 250  # rows a lane claims at once: smaller batches keep the CPU busier (B2: 500 -> 250, 6.7 -> 5.7 s)
LANES = 4  # concurrent claim-and-send loops in one process (their batches fill the sender's connections)
TICK_MARGIN = 0.05  # seconds a dispatch tick leaves before the next one starts
PLANNED_KINDS = ["session", "checkin", "homework", "drugtest", "alert"]
# Still worth sending late, while useful (a jobs process was down, a device subscribed late, a
# test drawn after its window opened); the others would only repeat a later reminder.
CATCH_UP = {"drugtest", "alert"}
TEST_WINDOW_MAX = timedelta(hours=24)
# Only what sending needs: every column read is a conversion per row, on the hot path.
DEVICE_COLUMNS = (PushSubscription.id, PushSubscription.account, PushSubscription.endpoint, PushSubscription.p256dh,
                  PushSubscription.auth)
PREF_COLUMNS = (NotificationPref.account, NotificationPref.quiet_start, NotificationPref.quiet_end,
                NotificationPref.discreet)

log = logging.getLogger(__name__)


# --- planning ----------------------------------------------------------------------------------


async def plan_reminders(now: datetime) -> int:
    """Plan the next 48 h for everyone with a device; returns how many rows were added.

    Set-based: a few queries per chunk of PLAN_CHUNK people, not per person, so a planning pass
    over thousands of people takes little of the event loop the dispatcher shares."""
    people = await _subscribed_people()
    planned: list[Planned] = []
    clients = [p for p in people if p["role"] == "client"]
    for start in range(0, len(clients), PLAN_CHUNK):
        planned += await _client_reminders(clients[start:start + PLAN_CHUNK], now)
    planned += await _drug_tests({p["id"] for p in clients}, now)
    planned += await _alerts({p["id"] for p in people if p["role"] == "counselor"}, now)
    planned = [p for p in planned if p.due_at < now + HORIZON and p.expires_at > now
               and (p.due_at >= now - LATE or p.kind in CATCH_UP)]
    added = await outbox.plan(planned, now)
    await outbox.cancel_unplanned(PLANNED_KINDS, planned, now, now + HORIZON)
    return added


async def _client_reminders(clients: list[dict], now: datetime) -> list[Planned]:
    """Sessions, the daily check-in and homework for these clients."""
    ids = [person["id"] for person in clients]
    prefs = await preferences_of(ids)
    longest = timedelta(minutes=max((max(p.session_leads, default=0) for p in prefs.values()), default=0))
    sessions = await schedule.occurrence_rows_by_client(ids, now, now + HORIZON + longest)
    done = await checkins.checkin_days(ids, now.date() - timedelta(days=1))  # every zone's today is on or after it
    work = await homework.open_work_due(ids, now, now + HORIZON + HOMEWORK_LEAD)
    planned: list[Planned] = []
    for person in clients:
        pref = prefs[person["id"]]
        planned += _sessions(person, pref.session_leads, sessions[person["id"]])
        planned += _checkins(person, pref.checkin_time, done[person["id"]], now)
        planned += _homework(person, work[person["id"]])
    return planned


async def _subscribed_people() -> list[dict]:
    with_devices = PushSubscription.select(PushSubscription.account)
    return await Account.select(Account.id, Account.role, Account.timezone).where(
        Account.id.is_in(with_devices) & (Account.active == True)  # noqa: E712
    )


def _clock(value: datetime, zone: str) -> str:
    return value.astimezone(recurrence.zone(zone)).strftime("%H:%M")


def _sessions(person: dict, leads: list[int], rows: list[dict]) -> list[Planned]:
    planned = []
    for row in rows:
        if row["status"] != "scheduled":
            continue  # a cancelled session's rows are cancelled: it is no longer planned
        for lead in leads:
            planned.append(Planned(
                account=person["id"], kind="session", subject=f"occurrence:{row['id']}:{lead}",
                due_at=row["starts_at"] - timedelta(minutes=lead), event_at=row["starts_at"],
                expires_at=row["starts_at"], detail=f"{row['series.title']} at {_clock(row['starts_at'], person['timezone'])}",
                url="/#/week", urgency="high" if lead <= 60 else "normal",
            ))
    return planned


def _checkins(person: dict, at: str | None, done: set[date], now: datetime) -> list[Planned]:
    if not at:
        return []
    tz = recurrence.zone(person["timezone"])
    today = now.astimezone(tz).date()
    planned = []
    for day in (today, today + timedelta(days=1)):
        if day in done:
            continue
        due = datetime.combine(day, time.fromisoformat(at), tzinfo=tz)
        _, end_of_day = recurrence.local_day_bounds(day, tz)
        planned.append(Planned(account=person["id"], kind="checkin", subject=f"checkin:{day}", due_at=due,
                               event_at=due, expires_at=end_of_day, detail="Time for your daily check-in.",
                               url="/#/checkin"))
    return planned


def _homework(person: dict, rows: list[dict]) -> list[Planned]:
    return [Planned(
        account=person["id"], kind="homework", subject=f"assignment:{row['assignment']}",
        due_at=row["assignment.due_at"] - HOMEWORK_LEAD, event_at=row["assignment.due_at"],
        expires_at=row["assignment.due_at"],
        detail=f"Homework due at {_clock(row['assignment.due_at'], person['timezone'])}: {row['assignment.title']}",
        url=f"/#/homework/{row['assignment']}",
    ) for row in rows]


async def _drug_tests(clients: set[int], now: datetime) -> list[Planned]:
    if not clients:
        return []
    zones = {row["id"]: row["timezone"] for row in await Account.select(Account.id, Account.timezone).where(
        Account.id.is_in(sorted(clients)))}
    return [Planned(
        account=test.client_id, kind="drugtest", subject=f"selection:{test.test_id}", due_at=test.window_start_at,
        event_at=test.window_start_at, expires_at=test.window_end_at,
        detail=f"Come in today between {_clock(test.window_start_at, zones[test.client_id])} and "
               f"{_clock(test.window_end_at, zones[test.client_id])}.",
        url="/#/today", urgency="high",
    ) for test in await testing.tests_to_remind(now - TEST_WINDOW_MAX, now + HORIZON)
        if test.client_id in clients and test.window_end_at > now]


async def _alerts(counselors: set[int], now: datetime) -> list[Planned]:
    """An urgent, unreviewed check-in notifies the client's primary counselor."""
    if not counselors:
        return []
    rows = await checkins.urgent_unreviewed(now - ALERT_WINDOW)
    if not rows:
        return []
    primary = {row["account"]: row["primary_counselor"] for row in await ClientProfile.select(
        ClientProfile.account, ClientProfile.primary_counselor).where(
        ClientProfile.account.is_in(sorted({row["client"] for row in rows})))}
    return [Planned(
        account=primary[row["client"]], kind="alert", subject=f"checkin:{row['id']}", due_at=row["submitted_at"],
        event_at=row["submitted_at"], expires_at=row["submitted_at"] + ALERT_WINDOW,
        detail="An urgent check-in is waiting for your review.", url="/#/queue", urgency="high",
    ) for row in rows if primary.get(row["client"]) in counselors]


# --- dispatching --------------------------------------------------------------------------------


def topic(row: dict) -> str:
    """The push Topic: the same reminder always gets the same one, so a duplicate sent after a
    crash replaces the first on the device. A hash: it names nothing."""
    digest = hashlib.sha256(f"{row['kind']}|{row['subject']}|{row['account']}".encode()).digest()
    return base64.urlsafe_b64encode(digest[:24]).decode()  # 32 characters


def payload(row: dict, discreet: bool, zone: str, locale: str = "en-US", tag: str | None = None) -> bytes:
    """What the device shows: discreet, "You have a reminder" and the time; else the detail."""
    event = row["event_at"].astimezone(recurrence.zone(zone))
    when = event.strftime("%H:%M") if not locale.startswith("en-US") else event.strftime("%I:%M %p").lstrip("0")
    body = f"You have a reminder at {when}." if discreet and row["kind"] != "test" else row["detail"]
    if row["kind"] == "test" and discreet:
        body = "Notifications are working."
    return msgspec.json.encode({"title": "Companion", "body": body, "tag": tag or topic(row), "url": row["url"], "id": row["id"]})


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


async def dispatch_all(sender: Sender, now: datetime, batch: int = BATCH, lanes: int = LANES) -> dict[str, int]:
    """Send everything due now: `lanes` claim-and-send loops at once, so one batch's writes and
    claims overlap another's pushes in flight. Each lane claims its own rows."""
    loop = asyncio.get_running_loop()
    started = loop.time()

    def current() -> datetime:  # `now` moved on by the time spent: a late batch's lease is a full one
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


async def dispatch_due(sender: Sender, now: datetime, batch: int = BATCH) -> dict[str, int]:
    """Claim and send what is due now; returns counts per outcome.

    The batch's common outcomes are stored in a few set-based statements (the sent rows, the
    devices that answered 2xx, the subscriptions gone); the rarer ones row by row.
    """
    token, rows = await outbox.claim_due(now, batch)
    if not rows:
        return {}
    accounts = sorted({row["account"] for row in rows})
    devices: dict[int, list[dict]] = {account: [] for account in accounts}
    for sub in await PushSubscription.select(*DEVICE_COLUMNS).where(PushSubscription.account.is_in(accounts)):
        devices[sub["account"]].append(sub)
    people = {row["id"]: row for row in await Account.select(Account.id, Account.timezone, Account.locale).where(
        Account.id.is_in(accounts))}
    prefs = {row["account"]: row for row in await NotificationPref.select(*PREF_COLUMNS).where(
        NotificationPref.account.is_in(accounts))}
    sent = await asyncio.gather(*(
        _deliver(sender, row, devices[row["account"]], people[row["account"]], prefs.get(row["account"]), now)
        for row in rows
    ))
    await _record_devices([pair for _, pairs in sent for pair in pairs], now)
    counts: dict[str, int] = {}
    delivered = []
    for row, (outcomes, _) in zip(rows, sent):
        result = "sent" if any(200 <= o.status < 300 for o in outcomes) else await _settle(row, token, outcomes, now)
        if result == "sent":
            delivered.append(row["id"])
        counts[result] = counts.get(result, 0) + 1
    await outbox.finish_many(delivered, token, "sent", now=now)
    return counts


async def _deliver(sender: Sender, row: dict, subs: list[dict], person: dict, pref: dict | None,
                   now: datetime) -> tuple[list[Outcome], list[tuple[dict, Outcome]]]:
    """Send one reminder to each of the person's devices: (outcomes, (device, outcome) pairs).
    A row that is not to be sent now gets outcomes [] and a note in `row["_skip"]`."""
    if row["expires_at"] <= now:
        row["_skip"] = ("expired", "not sent before it stopped being useful", None)
        return [], []
    if not subs:
        row["_skip"] = ("cancelled", "no device subscribed", None)
        return [], []
    if row["urgency"] != "high" and row["kind"] != "test":
        quiet_until = in_quiet_hours(now, person["timezone"], pref["quiet_start"] if pref else "22:00",
                                     pref["quiet_end"] if pref else "07:00")
        if quiet_until is not None:
            row["_skip"] = ("pending", "quiet hours", quiet_until)
            return [], []
    tag = topic(row)  # the notification's tag and the push's Topic: the same reminder, the same one
    body = payload(row, pref["discreet"] if pref else True, person["timezone"], person["locale"], tag)
    ttl = int((row["expires_at"] - now).total_seconds())
    sends = [sender.send({"endpoint": sub["endpoint"], "keys": {"p256dh": sub["p256dh"], "auth": sub["auth"]}}, body,
                         ttl=ttl, urgency=row["urgency"], topic=tag) for sub in subs]
    outcomes = [await sends[0]] if len(sends) == 1 else await asyncio.gather(*sends)  # one device: no extra task
    return outcomes, list(zip(subs, outcomes))


async def _record_devices(pairs: list[tuple[dict, Outcome]], now: datetime) -> None:
    gone = [sub["id"] for sub, outcome in pairs if outcome.status in (404, 410)]  # unsubscribed or expired
    answered = [sub["id"] for sub, outcome in pairs if 200 <= outcome.status < 300]
    if gone:
        await PushSubscription.delete().where(PushSubscription.id.is_in(gone))
    if answered:
        await PushSubscription.update({PushSubscription.last_success_at: now, PushSubscription.failures: 0}).where(
            PushSubscription.id.is_in(answered))
    for sub, outcome in pairs:
        if outcome.status not in (404, 410) and not 200 <= outcome.status < 300:
            await PushSubscription.update({
                PushSubscription.failures: PushSubscription.failures + 1, PushSubscription.last_error: outcome.error[:200],
            }).where(PushSubscription.id == sub["id"])


async def _settle(row: dict, token: str, outcomes: list[Outcome], now: datetime) -> str:
    """Store a row's outcome when nothing was delivered; returns it."""
    if "_skip" in row:
        status, error, retry_at = row["_skip"]
        await outbox.finish(row["id"], token, status, error=error, retry_at=retry_at, now=now)
        return "deferred" if status == "pending" else status
    if all(o.status in (404, 410) for o in outcomes):
        await outbox.finish(row["id"], token, "cancelled", error="every device unsubscribed", now=now)
        return "cancelled"
    waits = [o.retry_after for o in outcomes if o.status == 429 and o.retry_after is not None]
    error = "; ".join(sorted({o.error for o in outcomes if o.error}))
    if row["attempts"] >= MAX_ATTEMPTS:
        log.warning("reminder %s failed after %s attempts: %s", row["id"], row["attempts"], error)
        await outbox.finish(row["id"], token, "failed", error=error, now=now)
        return "failed"
    retry_at = now + (timedelta(seconds=max(waits)) if waits else BACKOFF * 2 ** (row["attempts"] - 1))
    await outbox.finish(row["id"], token, "pending", retry_at=retry_at, error=error, now=now)
    return "retry"


# --- the scheduled ticks -------------------------------------------------------------------------


class ReminderJobs:
    """The planner and dispatcher ticks of one jobs process, sharing one Sender (one aiohttp
    session) that opens on the first tick and closes with `close()`."""

    def __init__(self, settings):
        self._settings = settings
        self._sender: Sender | None = None
        self._outage = db.OutageLog(log, "ticks failed")

    async def plan(self) -> None:
        try:
            added = await plan_reminders(datetime.now(timezone.utc))
        except Exception as exc:
            self._failed(exc, "planning reminders")
            return
        if added:
            log.info("planned %d reminders", added)

    async def dispatch(self, tick: float = 1.0) -> None:
        """One tick: send what is due, then, until the next tick, wake when the next row falls
        due and send it then, so a reminder goes out on time, not up to a tick late."""
        if self._sender is None:
            self._sender = await Sender(self._settings).__aenter__()
        loop = asyncio.get_running_loop()
        ends = loop.time() + tick - TICK_MARGIN  # the next tick takes over from there
        try:
            while True:
                counts = await dispatch_all(self._sender, datetime.now(timezone.utc))
                if counts:
                    log.info("reminders: %s", ", ".join(f"{n} {what}" for what, n in sorted(counts.items())))
                now = datetime.now(timezone.utc)
                left = ends - loop.time()
                due = await outbox.next_due(now, now + timedelta(seconds=left)) if left > 0 else None
                if due is None:
                    return
                await asyncio.sleep((due - now).total_seconds())
        except Exception as exc:
            self._failed(exc, "sending reminders")

    def _failed(self, exc: Exception, what: str) -> None:
        """The next tick tries again. A database outage is a warning now and then, not a
        traceback every second."""
        if db.is_unavailable(exc):
            self._outage.note(exc, what)
        else:
            log.exception("%s failed; the next tick tries again", what)

    async def close(self) -> None:
        if self._sender is not None:
            await self._sender.__aexit__(None, None, None)
            self._sender = None
