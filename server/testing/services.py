"""Drug testing: each track's daily random draw, the client's "test today?" card, counselors'
day list, results and scheduled tests, and the tests the reminder planner asks about.

The draw for a track and day happens once, whatever the number of jobs processes: the
selection run is inserted first under its unique key (ON CONFLICT DO NOTHING), and only the
caller whose insert went in draws, in the same transaction. A run that fails rolls back with
its claim, so the next tick draws again, and no one ever saw the first draw.

Every staff query is scoped to the counselor's caseload and the clients of the tracks they
facilitate. Audit rows name the test and the client, never a result or a substance.
"""

from __future__ import annotations

import logging
import random
import secrets
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import msgspec

from server.accounts import services as accounts
from server.accounts.services import SignedInUser
from server.accounts.tables import Account
from server.audit import services as audit
from server.care import services as care
from server.core import db
from server.core.errors import AccessDenied, Conflict, InvalidInput, NotFound
from server.programs import recurrence
from server.programs import services as schedule
from server.programs.queries import ForMany
from server.programs.tables import Enrollment, SessionSeries, Track
from server.testing import queries
from server.testing.schemas import (
    ClientTestsOut,
    DrugTestOut,
    PolicyIn,
    PolicyOut,
    ResultIn,
    ScheduleIn,
    TestingToday,
    TestReminder,
)
from server.testing.tables import (
    DrugTest,
    DrugTestKind,
    DrugTestStatus,
    RandomTestPolicy,
    SelectionRun,
)

log = logging.getLogger(__name__)

SELECTED = "drugtest.selected"
SCHEDULED = "drugtest.scheduled"
RECORDED = "drugtest.recorded"
VIEWED = "drugtest.viewed"
POLICY_CHANGED = "drugtest.policy_changed"
DAYS = recurrence.DAYS  # MO … SU, Monday first as date.weekday() counts
DEFAULTS = PolicyIn(tests_per_week=2.0)
LIST_BACK = timedelta(days=3 * 366)  # the day list reaches this far back...
AHEAD = timedelta(days=366)  # ...and a test may be scheduled this far ahead
LIST_MAX = 500
# The product's draw. Tests and the demo may pass a seeded random.Random to run_selection.
_SYSTEM_RANDOM = secrets.SystemRandom()
_SUBSTANCES = msgspec.json.Decoder(list[str])

P = RandomTestPolicy


# --- times -----------------------------------------------------------------------------------


def clock(text: str) -> time:
    """A stored or validated "HH:MM" as a time."""
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def hhmm(instant: datetime, tz: ZoneInfo) -> str:
    return instant.astimezone(tz).strftime("%H:%M")


def window(day: date, start: str, end: str, tz: ZoneInfo) -> tuple[datetime, datetime]:
    """UTC instants of a day's local window (DST-aware: 08:00 stays 08:00 local)."""
    return (
        recurrence.to_utc(datetime.combine(day, clock(start)), tz),
        recurrence.to_utc(datetime.combine(day, clock(end)), tz),
    )


def probability(tests_per_week: float, days: list[str]) -> float:
    """The chance a client is selected on one testing day."""
    return min(1.0, tests_per_week / len(days)) if days else 0.0


def _days(text: str) -> list[str]:
    picked = {day for day in text.split(",") if day}
    return [day for day in DAYS if day in picked]


# --- the policy (admins) ---------------------------------------------------------------------


async def _policy_row(track_id: int) -> dict | None:
    return await db.fetch_first(queries.POLICY, track_id)


def _policy_out(track_id: int, row: dict | None) -> PolicyOut:
    if row is None:  # not randomly tested: show the defaults a new policy starts from
        policy = DEFAULTS
        return PolicyOut(
            track_id=track_id,
            configured=False,
            tests_per_week=policy.tests_per_week,
            selection_time=policy.selection_time,
            window_start=policy.window_start,
            window_end=policy.window_end,
            days=list(policy.days),
            active=False,
            probability=round(probability(policy.tests_per_week, policy.days), 4),
        )
    days = _days(row["days"])
    return PolicyOut(
        track_id=track_id,
        configured=True,
        tests_per_week=row["tests_per_week"],
        selection_time=row["selection_time"],
        window_start=row["window_start"],
        window_end=row["window_end"],
        days=days,
        active=row["active"],
        probability=round(probability(row["tests_per_week"], days), 4),
    )


async def track_policy(track_id: int) -> PolicyOut:
    """A track's random-testing policy; defaults with configured=false when it has none."""
    if not await Track.exists().where(Track.id == track_id):
        raise NotFound("No such track.")
    return _policy_out(track_id, await _policy_row(track_id))


def check_policy(data: PolicyIn) -> list[str]:
    """The testing days in week order, or InvalidInput saying what does not fit together."""
    days = [day for day in DAYS if day in set(data.days)]
    if data.tests_per_week > len(days):
        raise InvalidInput(
            "tests_per_week ({tests}) cannot be more than the number of testing days a week "
            "({days}): a client is tested at most once a day.",
            tests=f"{data.tests_per_week:g}",
            days=len(days),
        )
    if clock(data.window_end) <= clock(data.window_start):
        raise InvalidInput(
            "The window must end after it starts ({start} to {end}).",
            start=data.window_start,
            end=data.window_end,
        )
    if clock(data.selection_time) > clock(data.window_start):
        raise InvalidInput(
            "The selection time ({selection}) must be no later than the window's start "
            "({start}), so selected clients can be told before they may come in.",
            selection=data.selection_time,
            start=data.window_start,
        )
    return days


async def set_track_policy(
    user: SignedInUser, track_id: int, data: PolicyIn, now: datetime
) -> PolicyOut:
    """Create or replace a track's policy. A change applies from the next draw on."""
    days = check_policy(data)
    if not await Track.exists().where(Track.id == track_id):
        raise NotFound("No such track.")
    values = {
        P.tests_per_week: float(data.tests_per_week),
        P.selection_time: data.selection_time,
        P.window_start: data.window_start,
        P.window_end: data.window_end,
        P.days: ",".join(days),
        P.active: data.active,
        P.updated_at: now,
    }
    async with db.current().transaction():
        inserted = (
            await P.insert(
                P(track=track_id, **{column._meta.name: value for column, value in values.items()})
            )
            .on_conflict(target=P.track, action="DO NOTHING")
            .returning(P.id)
        )
        if not inserted:
            await P.update(values).where(P.track == track_id)
        await audit.record(POLICY_CHANGED, actor=user.id, subject=f"track:{track_id}", at=now)
    return await track_policy(track_id)


def _testing_day(policy: dict | None, day: date) -> bool:
    return (
        policy is not None
        and policy["active"]
        and policy["track.active"]
        and DAYS[day.weekday()] in _days(policy["days"])
    )


# --- the daily draw ----------------------------------------------------------------------------


async def run_selection(
    track_id: int, local_date: date, now: datetime, rng: random.Random | None = None
) -> list[int] | None:
    """Make a track's draw for a program-local day, once.

    Each client enrolled and active in the track that day is selected with the policy's
    probability, independently, using the system's random source (`rng` is for the demo and
    tests only). A selected client who already has a (scheduled) test that day keeps it.

    Returns:
        The selected clients' ids, or None when this call drew nothing: no active policy, not
        a testing day, or the day's draw was already made (possibly by another process).
    """
    policy = await _policy_row(track_id)
    if not _testing_day(policy, local_date):
        return None
    tz = recurrence.zone(policy["track.program.timezone"])
    draw = rng or _SYSTEM_RANDOM
    async with db.current().transaction():
        if not await _claim(track_id, local_date, now, skipped=False):
            return None
        clients = await eligible_clients(track_id, local_date, tz)
        chance = probability(policy["tests_per_week"], _days(policy["days"]))
        chosen = [client for client in clients if draw.random() < chance]
        starts_at, ends_at = window(local_date, policy["window_start"], policy["window_end"], tz)
        created = await _insert_random(track_id, local_date, chosen, starts_at, ends_at, now)
        await SelectionRun.update(
            {SelectionRun.eligible: len(clients), SelectionRun.selected: len(chosen)}
        ).where((SelectionRun.track == track_id) & (SelectionRun.local_date == local_date))
        for row in created:
            await audit.record(
                SELECTED, subject=f"drug_test:{row['id']}", patient=row["client"], at=now
            )
    return chosen


async def _claim(track_id: int, local_date: date, now: datetime, *, skipped: bool) -> bool:
    """Insert the day's run; whether this caller's insert went in (and so it draws)."""
    rows = (
        await SelectionRun.insert(
            SelectionRun(track=track_id, local_date=local_date, ran_at=now, skipped=skipped)
        )
        .on_conflict(target=(SelectionRun.track, SelectionRun.local_date), action="DO NOTHING")
        .returning(SelectionRun.id)
    )
    return bool(rows)


async def eligible_clients(track_id: int, local_date: date, tz: ZoneInfo) -> list[int]:
    """Clients whose active enrollment in the track covers the day, with an active account."""
    day_start, _ = recurrence.local_day_bounds(local_date, tz)
    enrolled = await schedule.track_clients(track_id, day_start, active_only=True)
    if not enrolled:
        return []
    rows = (
        await Account.select(Account.id)
        .where(Account.id.is_in(enrolled) & Account.active.eq(True) & (Account.role == "client"))
        .order_by(Account.id)
    )
    return [row["id"] for row in rows]


async def _insert_random(
    track_id: int,
    local_date: date,
    clients: list[int],
    starts_at: datetime,
    ends_at: datetime,
    now: datetime,
) -> list[dict]:
    if not clients:
        return []
    return (
        await DrugTest.insert(
            *[
                DrugTest(
                    client=client,
                    track=track_id,
                    kind=DrugTestKind.random.value,
                    local_date=local_date,
                    window_start_at=starts_at,
                    window_end_at=ends_at,
                    created_at=now,
                )
                for client in clients
            ]
        )
        .on_conflict(target=(DrugTest.client, DrugTest.local_date), action="DO NOTHING")
        .returning(DrugTest.id, DrugTest.client)
    )


async def active_policies() -> list[dict]:
    """Every active policy of an active track, with its program's zone (for the job)."""
    return (
        await P.select(*queries.POLICY_COLUMNS)
        .where(P.active.eq(True) & P.track.active.eq(True))
        .order_by(P.track)
    )


async def select_if_due(policy: dict, now: datetime) -> list[int] | None:
    """Today's draw for a policy's track once its selection time has passed (program time).

    A jobs process that was down at the selection time catches up later the same day, never
    for a past day. Reached only after the day's window has ended, the day is recorded as
    skipped, nobody drawn: a test that is overdue the moment it is made helps no one, and the
    record turns the clients' "pending" into "no test today".

    Returns:
        As run_selection: the selected clients, or None when this call drew nothing.
    """
    tz = recurrence.zone(policy["track.program.timezone"])
    local = now.astimezone(tz)
    today = local.date()
    if not _testing_day(policy, today) or local.time() < clock(policy["selection_time"]):
        return None
    if await db.fetch_first(queries.DAY_DRAWN, policy["track"], today):
        return None
    if local.time() >= clock(policy["window_end"]):
        if await _claim(policy["track"], today, now, skipped=True):
            log.warning(
                "track %d: drug-test selection for %s skipped, its window had ended",
                policy["track"],
                today,
            )
        return None
    return await run_selection(policy["track"], today, now)


# --- the client's card ---------------------------------------------------------------------------


async def testing_card(user: SignedInUser, now: datetime) -> TestingToday:
    """Whether the client is to be tested today (their program's day and zone), where to come
    in and the front desk's number (on every card, so a phone has it offline for crisis help)."""
    enrollment = await schedule.current_enrollment(user.id, now)
    tz = recurrence.zone(enrollment["program.timezone"] if enrollment else user.timezone)
    today = now.astimezone(tz).date()
    desk = await db.fetch_first(queries.FRONT_DESK, enrollment["program"]) if enrollment else None
    where = {"place": desk["name"], "phone": desk["phone"]} if desk else {}
    test = await db.fetch_first(queries.TODAYS_TEST, user.id, today)
    if test is not None:
        return _selected_card(today, test, tz, now, where)
    policy = await _policy_row(enrollment["track"]) if enrollment else None
    if not _testing_day(policy, today):
        return TestingToday(date=today, status="no_testing", message="No test today.", **where)
    if await db.fetch_first(queries.DAY_DRAWN, enrollment["track"], today):
        return TestingToday(date=today, status="not_selected", message="No test today.", **where)
    return TestingToday(
        date=today,
        status="pending",
        message=(
            f"Today's testing selection has not been made yet. Check again after {policy['selection_time']}."
        ),
        selection_time=str(policy["selection_time"])[:5],
        **where,
    )


def _selected_card(
    today: date, test: dict, tz: ZoneInfo, now: datetime, where: dict
) -> TestingToday:
    start, end = hhmm(test["window_start_at"], tz), hhmm(test["window_end_at"], tz)
    status = test["status"]
    if status == DrugTestStatus.collected.value:
        message = "Your test today is done. Thank you."
    elif status == DrugTestStatus.excused.value:
        message = "You are excused from today's test."
    elif status == DrugTestStatus.missed.value:
        message = "Today's test was recorded as missed. Please talk with your counselor."
    elif test["window_end_at"] <= now:
        message = (
            f"Your testing window today ({start}–{end}) has ended. Please contact your counselor."
        )
    elif test["kind"] == DrugTestKind.scheduled.value:
        message = f"You have a test scheduled today — come in between {start} and {end}."
    else:
        message = f"You are selected for testing today — come in between {start} and {end}."
    waiting = status == DrugTestStatus.selected.value
    return TestingToday(
        date=today,
        status="selected",
        message=message,
        window_start_at=test["window_start_at"],
        window_end_at=test["window_end_at"],
        kind=test["kind"],
        test_status=status,
        # once recorded, the note is the staff's note on the result: not the client's to read
        note=test["note"] if waiting else "",
        **where,
    )


# --- counselors ----------------------------------------------------------------------------------


def _clients_in_scope(counselor_id: int):
    """The caseload, and the clients actively enrolled in a track with a live series the
    counselor facilitates (a subquery, so a forgotten check returns nothing)."""
    caseload = accounts.caseload_of(counselor_id)
    tracks = SessionSeries.select(SessionSeries.track).where(
        (SessionSeries.facilitator == counselor_id)
        & SessionSeries.track.is_not_null()
        & SessionSeries.ended.eq(False)
    )
    enrolled = Enrollment.select(Enrollment.client).where(
        Enrollment.track.is_in(tracks) & (Enrollment.status == "active")
    )
    return caseload, enrolled


def _staff_scope(counselor_id: int):
    caseload, enrolled = _clients_in_scope(counselor_id)
    return DrugTest.client.is_in(caseload) | DrugTest.client.is_in(enrolled)


_TEST_COLUMNS = (
    DrugTest.id,
    DrugTest.client,
    DrugTest.client.display_name,
    DrugTest.kind,
    DrugTest.local_date,
    DrugTest.window_start_at,
    DrugTest.window_end_at,
    DrugTest.status,
    DrugTest.result,
    DrugTest.substances,
    DrugTest.note,
    DrugTest.recorded_at,
    DrugTest.track.program.timezone,
)


def _out(row: dict, now: datetime) -> DrugTestOut:
    return DrugTestOut(
        id=row["id"],
        client_id=row["client"],
        client_name=row["client.display_name"],
        kind=row["kind"],
        local_date=row["local_date"],
        window_start_at=row["window_start_at"],
        window_end_at=row["window_end_at"],
        status=row["status"],
        overdue=is_overdue(row, now),
        result=row["result"],
        substances=_SUBSTANCES.decode(row["substances"]),
        note=row["note"],
        recorded_at=row["recorded_at"],
    )


def is_overdue(row: dict, now: datetime) -> bool:
    """Still waiting for the client after the window ended (derived when read, never stored)."""
    return row["status"] == DrugTestStatus.selected.value and row["window_end_at"] <= now


async def day_tests(user: SignedInUser, day: date | None, now: datetime) -> list[DrugTestOut]:
    """The tests of a day (default today in the counselor's zone) among the counselor's
    clients: overdue first, then by window and name. Each client's row seen is audited."""
    today = now.astimezone(recurrence.zone(user.timezone)).date()
    day = day or today
    if not today - LIST_BACK <= day <= today + AHEAD:
        raise InvalidInput(
            "Pick a date between {first} and {last}.", first=today - LIST_BACK, last=today + AHEAD
        )
    rows = (
        await DrugTest.select(*_TEST_COLUMNS)
        .where((DrugTest.local_date == day) & _staff_scope(user.id))
        .limit(LIST_MAX)
    )
    tests = sorted(
        (_out(row, now) for row in rows),
        key=lambda test: (not test.overdue, test.window_start_at, test.client_name.lower()),
    )
    await audit.record_views(
        VIEWED,
        actor=user.id,
        views=[(f"drug_test:{test.id}", test.client_id) for test in tests],
        at=now,
    )
    return tests


async def _staff_test(user: SignedInUser, test_id: int) -> dict:
    row = (
        await DrugTest.select(*_TEST_COLUMNS)
        .where((DrugTest.id == test_id) & _staff_scope(user.id))
        .first()
    )
    if row is None:
        raise AccessDenied(f"drug test {test_id} is not one of their clients'")
    return row


def clean_result(data: ResultIn) -> list[str]:
    """The substances kept (trimmed, each once), or InvalidInput when the parts do not fit."""
    if data.status == "collected" and data.result is None:
        raise InvalidInput(
            "A collected test needs its result: negative, positive, dilute or invalid."
        )
    if data.status != "collected" and data.result is not None:
        raise InvalidInput(
            "Only a collected test has a result; leave result empty for a {status} test.",
            status=data.status,
        )
    substances: list[str] = []
    for name in data.substances:
        name = name.strip()
        if not name:
            raise InvalidInput("A substance name cannot be blank.")
        if name.lower() not in {kept.lower() for kept in substances}:
            substances.append(name)
    if substances and data.result != "positive":
        raise InvalidInput("Substances go with a positive result only.")
    return substances


async def record_result(
    user: SignedInUser, test_id: int, data: ResultIn, now: datetime
) -> DrugTestOut:
    """Record (or correct) what happened to a test; audited without the result.

    Raises:
        InvalidInput: a collected test without a result, a result or substances that do not
            go with the status, a test whose day has not come, or "missed" before its window ended.
    """
    row = await _staff_test(user, test_id)
    substances = clean_result(data)
    tz = recurrence.zone(row["track.program.timezone"] or user.timezone)
    if data.status != "excused" and now.astimezone(tz).date() < row["local_date"]:
        raise InvalidInput(
            "This test is on {day}; record it on the day, or mark it excused.",
            day=row["local_date"],
        )
    if data.status == "missed" and now < row["window_end_at"]:
        raise InvalidInput(
            "A test can be marked missed once its window has ended ({end}).",
            end=hhmm(row["window_end_at"], tz),
        )
    async with db.current().transaction():
        await DrugTest.update(
            {
                DrugTest.status: data.status,
                DrugTest.result: data.result,
                DrugTest.substances: msgspec.json.encode(substances).decode(),
                DrugTest.note: data.note.strip(),
                DrugTest.recorded_by: user.id,
                DrugTest.recorded_at: now,
            }
        ).where(DrugTest.id == test_id)
        await audit.record(
            RECORDED, actor=user.id, subject=f"drug_test:{test_id}", patient=row["client"], at=now
        )
    return _out(await _staff_test(user, test_id), now)


async def schedule_test(user: SignedInUser, data: ScheduleIn, now: datetime) -> DrugTestOut:
    """Schedule a test for one of the counselor's clients on a day (their program's zone).

    Raises:
        Conflict: the client already has a test that day (random or scheduled).
        InvalidInput: a day past or over a year away, or a window that ends before it starts
            or has already ended.
    """
    client = await _client_in_scope(user, data.client_id)
    enrollment = await schedule.current_enrollment(data.client_id, now)
    tz = recurrence.zone(enrollment["program.timezone"] if enrollment else user.timezone)
    today = now.astimezone(tz).date()
    if data.local_date < today:
        raise InvalidInput("{day} has passed; pick today or a later day.", day=data.local_date)
    if data.local_date > today + AHEAD:
        raise InvalidInput(
            "{day} is more than a year away; pick a nearer day.", day=data.local_date
        )
    if clock(data.window_end) <= clock(data.window_start):
        raise InvalidInput(
            "The window must end after it starts ({start} to {end}).",
            start=data.window_start,
            end=data.window_end,
        )
    starts_at, ends_at = window(data.local_date, data.window_start, data.window_end, tz)
    if ends_at <= now:
        raise InvalidInput(
            "That window ended at {end} today; pick a later time or another day.",
            end=data.window_end,
        )
    async with db.current().transaction():
        rows = (
            await DrugTest.insert(
                DrugTest(
                    client=data.client_id,
                    track=enrollment["track"] if enrollment else None,
                    kind=DrugTestKind.scheduled.value,
                    local_date=data.local_date,
                    window_start_at=starts_at,
                    window_end_at=ends_at,
                    note=data.note.strip(),
                    created_by=user.id,
                    created_at=now,
                )
            )
            .on_conflict(target=(DrugTest.client, DrugTest.local_date), action="DO NOTHING")
            .returning(DrugTest.id)
        )
        if rows:
            await audit.record(
                SCHEDULED,
                actor=user.id,
                subject=f"drug_test:{rows[0]['id']}",
                patient=data.client_id,
                at=now,
            )
    if not rows:
        raise Conflict(
            "{client} already has a drug test on {day}. Record its result, or pick another day.",
            client=client["display_name"],
            day=data.local_date,
        )
    return _out(await _staff_test(user, rows[0]["id"]), now)


async def _client_in_scope(user: SignedInUser, client_id: int) -> dict:
    caseload, enrolled = _clients_in_scope(user.id)
    row = (
        await Account.select(Account.id, Account.display_name)
        .where(
            (Account.id == client_id)
            & (Account.role == "client")
            & (Account.id.is_in(caseload) | Account.id.is_in(enrolled))
        )
        .first()
    )
    if row is None:
        raise AccessDenied(f"client {client_id} is not one of their clients", patient_id=client_id)
    return row


# --- the reminder planner --------------------------------------------------------------------------


async def tests_to_remind(start: datetime, end: datetime) -> list[TestReminder]:
    """Tests still waiting for their client whose window opens in [start, end), by that time."""
    rows = (
        await DrugTest.select(
            DrugTest.id, DrugTest.client, DrugTest.window_start_at, DrugTest.window_end_at
        )
        .where(
            (DrugTest.status == DrugTestStatus.selected.value)
            & (DrugTest.window_start_at >= start)
            & (DrugTest.window_start_at < end)
        )
        .order_by(DrugTest.window_start_at)
    )
    return [
        TestReminder(
            test_id=row["id"],
            client_id=row["client"],
            window_start_at=row["window_start_at"],
            window_end_at=row["window_end_at"],
        )
        for row in rows
    ]


# --- staff screens: the caseload and the client chart ----------------------------------------------

NEXT_TEST_BACK = timedelta(days=14)  # a test still waiting after its window shows this long
# Compiled per size of the caseload (B5's caseload case asks for 60 clients' at once).
_WAITING_OF = ForMany(
    lambda ids, status, since: (
        DrugTest.select(
            DrugTest.id,
            DrugTest.client,
            DrugTest.kind,
            DrugTest.local_date,
            DrugTest.window_start_at,
            DrugTest.window_end_at,
            DrugTest.status,
        )
        .where(
            DrugTest.client.is_in(ids)
            & (DrugTest.status == status)
            & (DrugTest.window_end_at > since)
        )
        .order_by(DrugTest.window_start_at)
    ),
    rest=2,
)


async def next_tests(client_ids: list[int], now: datetime) -> dict[int, dict]:
    """Each client's next test still waiting (status selected), in one query: the earliest by
    window, so one whose window ended unrecorded (in the last NEXT_TEST_BACK) comes first, with
    "overdue" set. Rows: id, client, kind, local_date, window_start_at, window_end_at, overdue.
    For staff only: a random test is never shown to its client before its day."""
    rows = await _WAITING_OF.run(client_ids, DrugTestStatus.selected.value, now - NEXT_TEST_BACK)
    found: dict[int, dict] = {}
    for row in rows:
        if row["client"] not in found:
            row["overdue"] = is_overdue(row, now)
            del row["status"]
            found[row["client"]] = row
    return found


# --- the client chart ----------------------------------------------------------------------------

CLIENT_TESTS_VIEWED = "client.tests_viewed"


async def chart_tests(
    user: SignedInUser, client_id: int, days: int, now: datetime
) -> ClientTestsOut:
    """One client's drug tests from `days` back (their zone) on, including ones scheduled
    ahead and random ones (staff may see those before the day), newest first; one audit event."""
    person = await care.chart_client(user, client_id, now)
    since = now.astimezone(recurrence.zone(person["timezone"])).date() - timedelta(days=days - 1)
    rows = (
        await DrugTest.select(*_TEST_COLUMNS)
        .where((DrugTest.client == client_id) & (DrugTest.local_date >= since))
        .order_by(DrugTest.local_date, ascending=False)
        .order_by(DrugTest.window_start_at, ascending=False)
        .limit(LIST_MAX)
    )
    await audit.record(
        CLIENT_TESTS_VIEWED, actor=user.id, subject=f"client:{client_id}", patient=client_id, at=now
    )
    return ClientTestsOut(client_id=client_id, days=days, items=[_out(row, now) for row in rows])
