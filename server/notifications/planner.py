"""The reminder planner: what to put in the outbox for the next 48 h, and when each is due.

For everyone with a subscribed device, one row per reminder: session lead times from their
preferences, the daily check-in unless done, homework due, a drug test's window opening, and
for staff each step of an urgent alert that reached them (server/care: care team, on-call,
admins; `plan_alerts` also runs on its own fast tick). Planning
again adds nothing (the outbox's unique key); a reminder no longer planned (a cancelled or moved
session, homework handed in, today's check-in done) is cancelled while still pending.

Other features are read through their services only; the texts in `detail` are shown only with
discreet mode off (the dispatcher decides what a device shows).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from server.accounts import services as accounts
from server.care import services as care
from server.checkins import services as checkins
from server.core import i18n
from server.homework import services as homework
from server.measures import services as measures
from server.notifications import outbox
from server.notifications.outbox import Planned
from server.notifications.services import preferences_of
from server.notifications.tables import PushSubscription
from server.programs import recurrence
from server.programs import services as schedule
from server.testing import services as testing

HORIZON = timedelta(hours=48)
LATE = timedelta(minutes=5)  # a reminder planned this late is still worth sending
HOMEWORK_LEAD = timedelta(hours=3)
PLAN_CHUNK = 500  # people planned together: a few queries per chunk
ALERT_WINDOW = timedelta(hours=6)  # urgent check-ins this recent alert the counselor
PLANNED_KINDS = [
    "session",
    "checkin",
    "homework",
    "drugtest",
    "measure",
]  # urgent alerts: plan_alerts
# Still worth sending late, while useful (a jobs process was down, a device subscribed late, a
# test drawn after its window opened); the others would only repeat a later reminder.
CATCH_UP = {"drugtest"}
TEST_WINDOW_MAX = timedelta(hours=24)


async def plan_reminders(now: datetime) -> int:
    """Plan the next 48 h for everyone with a device; returns how many rows were added.

    Set-based: a few queries per chunk of PLAN_CHUNK people, not per person, so a planning pass
    over thousands of people takes little of the event loop the dispatcher shares."""
    people = await _subscribed_people()
    planned: list[Planned] = []
    clients = [p for p in people if p["role"] == "client"]
    for start in range(0, len(clients), PLAN_CHUNK):
        planned += await _client_reminders(clients[start : start + PLAN_CHUNK], now)
    planned += await _drug_tests({p["id"] for p in clients}, now)
    planned = [
        p
        for p in planned
        if p.due_at < now + HORIZON
        and p.expires_at > now
        and (p.due_at >= now - LATE or p.kind in CATCH_UP)
    ]
    added = await outbox.plan(planned, now)
    await outbox.cancel_unplanned(PLANNED_KINDS, planned, now, now + HORIZON)
    return added


async def _client_reminders(clients: list[dict], now: datetime) -> list[Planned]:
    """Sessions, the daily check-in and homework for these clients."""
    ids = [person["id"] for person in clients]
    prefs = await preferences_of(ids)
    longest = timedelta(
        minutes=max((max(p.session_leads, default=0) for p in prefs.values()), default=0)
    )
    sessions = await schedule.occurrence_rows_by_client(ids, now, now + HORIZON + longest)
    done = await checkins.checkin_days(
        ids, now.date() - timedelta(days=1)
    )  # every zone's today is on or after it
    work = await homework.open_work_due(ids, now, now + HORIZON + HOMEWORK_LEAD)
    questionnaires = await measures.open_windows(ids, now)
    planned: list[Planned] = []
    for person in clients:
        pref = prefs[person["id"]]
        planned += _sessions(person, pref.session_leads, sessions[person["id"]])
        planned += _checkins(person, pref.checkin_time, done[person["id"]], now)
        planned += _homework(person, work[person["id"]])
        planned += _questionnaires(person, pref.checkin_time, questionnaires.get(person["id"], []))
    return planned


async def _subscribed_people() -> list[dict]:
    """The active accounts with a device (id, role, timezone, locale), in one statement."""
    return await accounts.active_accounts_among(PushSubscription.select(PushSubscription.account))


def _clock(value: datetime, person: dict) -> str:
    return i18n.clock(value, person["timezone"], person["locale"])


def _sessions(person: dict, leads: list[int], rows: list[dict]) -> list[Planned]:
    planned = []
    for row in rows:
        if row["status"] != "scheduled":
            continue  # a cancelled session's rows are cancelled: it is no longer planned
        for lead in leads:
            planned.append(
                Planned(
                    account=person["id"],
                    kind="session",
                    subject=f"occurrence:{row['id']}:{lead}",
                    due_at=row["starts_at"] - timedelta(minutes=lead),
                    event_at=row["starts_at"],
                    expires_at=row["starts_at"],
                    detail=i18n.text(
                        person["locale"],
                        "{title} at {time}",
                        title=row["series.title"],
                        time=_clock(row["starts_at"], person),
                    ),
                    url="/#/week",
                    urgency="high" if lead <= 60 else "normal",
                )
            )
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
        planned.append(
            Planned(
                account=person["id"],
                kind="checkin",
                subject=f"checkin:{day}",
                due_at=due,
                event_at=due,
                expires_at=end_of_day,
                detail=i18n.text(person["locale"], "Time for your daily check-in."),
                url="/#/checkin",
            )
        )
    return planned


def _questionnaires(person: dict, at: str | None, windows: list) -> list[Planned]:
    """One reminder per open questionnaire window, on its first day at the check-in reminder's
    time (noon without one); worded so that a lock screen says nothing of what it asks."""
    tz = recurrence.zone(person["timezone"])
    planned = []
    for window in windows:
        due = datetime.combine(window.start, time.fromisoformat(at or "12:00"), tzinfo=tz)
        _, closes = recurrence.local_day_bounds(window.end, tz)
        planned.append(
            Planned(
                account=person["id"],
                kind="measure",
                subject=f"measure:{window.instrument}:{window.start}",
                due_at=due,
                event_at=due,
                expires_at=closes,
                detail=i18n.text(person["locale"], "A short questionnaire is ready for you."),
                url="/#/measures",
            )
        )
    return planned


def _homework(person: dict, rows: list[dict]) -> list[Planned]:
    return [
        Planned(
            account=person["id"],
            kind="homework",
            subject=f"assignment:{row['assignment']}",
            due_at=row["assignment.due_at"] - HOMEWORK_LEAD,
            event_at=row["assignment.due_at"],
            expires_at=row["assignment.due_at"],
            detail=i18n.text(
                person["locale"],
                "Homework due at {time}: {title}",
                time=_clock(row["assignment.due_at"], person),
                title=row["assignment.title"],
            ),
            url=f"/#/homework/{row['assignment']}",
        )
        for row in rows
    ]


async def _drug_tests(clients: set[int], now: datetime) -> list[Planned]:
    if not clients:
        return []
    people = await accounts.timezones_and_locales_of(sorted(clients))
    return [
        Planned(
            account=test.client_id,
            kind="drugtest",
            subject=f"selection:{test.test_id}",
            due_at=test.window_start_at,
            event_at=test.window_start_at,
            expires_at=test.window_end_at,
            detail=i18n.text(
                people[test.client_id]["locale"],
                "Come in today between {start} and {end}.",
                start=_clock(test.window_start_at, people[test.client_id]),
                end=_clock(test.window_end_at, people[test.client_id]),
            ),
            url="/#/today",
            urgency="high",
        )
        for test in await testing.tests_to_remind(now - TEST_WINDOW_MAX, now + HORIZON)
        if test.client_id in clients and test.window_end_at > now
    ]


async def _alerts(now: datetime) -> list[Planned]:
    """Every person each step of an open urgent alert reached (care/: team, on-call, admins),
    device or not: a row with no device is kept as "no device subscribed", visibly."""
    return [
        Planned(
            account=step["account"],
            kind="alert",
            subject=f"alert:{step['alert']}",
            due_at=step["notified_at"],
            event_at=step["notified_at"],
            expires_at=step["notified_at"] + ALERT_WINDOW,
            detail=i18n.text(
                step["account.locale"], _ALERT_TEXT[step["alert.subject"].split(":")[0]]
            ),
            url=_alert_url(step["alert.subject"]),
            urgency="high",
        )
        for step in await care.open_alert_steps(now - ALERT_WINDOW)
    ]


_ALERT_TEXT = {
    "checkin": "An urgent check-in is waiting for your review.",
    "measure": "An urgent questionnaire answer is waiting for your review.",
}


def _alert_url(subject: str) -> str:
    """Where an alert's push opens: a questionnaire's own screen (ids only), else the queue."""
    kind, _, key = subject.partition(":")
    return f"/#/responses/{key}" if kind == "measure" else "/#/queue"


async def plan_alerts(now: datetime) -> int:
    """The urgent part of planning, on its own fast tick: escalate what is due, then plan every
    open alert's steps (an acknowledged alert's unsent rows are cancelled)."""
    await care.escalate_due(now)
    planned = await _alerts(now)
    added = await outbox.plan(planned, now)
    await outbox.cancel_unplanned(["alert"], planned, now - ALERT_WINDOW, now + HORIZON)
    return added
