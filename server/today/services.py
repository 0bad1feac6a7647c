"""The client's Today and the counselor's caseload: screens that gather several features' cards.

Each feature serves its own part (the schedule its cards and hours, check-ins theirs); this
module puts them side by side, so features never import each other's screens.
"""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta

from piccolo.query.functions.aggregate import Count

from server.accounts import services as accounts
from server.accounts.services import SignedInUser
from server.accounts.tables import Account
from server.audit import services as audit
from server.care.tables import UrgentAlert
from server.checkins import services as checkins
from server.checkins.schemas import CaseloadCheckins, CheckinPolicyIn
from server.checkins.tables import RISK_RANK, Checkin, CheckinPolicy
from server.core import db
from server.core.errors import InvalidInput
from server.homework import services as homework
from server.measures import services as measures
from server.meetings import services as meetings
from server.programs import recurrence
from server.programs import services as schedule
from server.programs.queries import ForMany, RawMany
from server.programs.tables import Enrollment, Track
from server.testing import services as testing
from server.today.schemas import (
    CaseloadEntry,
    CaseloadHomework,
    CaseloadOut,
    CaseloadQuery,
    CheckinCard,
    LastCheckin,
    MeetingsCard,
    NextSession,
    NextTest,
    RiskFlag,
    TodayOut,
    TrackRef,
)


async def today(user: SignedInUser, now: datetime) -> TodayOut:
    scheduled = await schedule.today(user, now)
    done, latest = await checkins.today_state(user, now)
    work = await homework.homework_card(user, now)
    week = await meetings.aftercare_card(user, now)
    call_in = await testing.testing_card(user, now)
    questionnaires = await measures.today_card(user, now)
    return TodayOut(
        generated_at=now,
        timezone=scheduled.timezone,
        date=scheduled.date,
        cards=[
            *scheduled.cards,
            CheckinCard(done=done, latest=latest),
            work,
            MeetingsCard(week=week),
            call_in,
            questionnaires,
        ],
    )


# --- the staff workspace: the caseload table and the client chart's header ---------------------

CASELOAD_VIEWED = "caseload.viewed"
LIMIT_DEFAULT = 200
LIMIT_MAX = 500
ADMIN_SCAN = 1000  # clients an admin's caseload composes at most (by name, after q and track)
Q_MAX = 100
_RISKS = ("urgent", "high", "normal")  # worst first
# Compiled per caseload size (programs.queries.ForMany): B5's caseload case.
_OPEN_ALERTS = ForMany(
    lambda ids: UrgentAlert.select(UrgentAlert.client).where(
        UrgentAlert.client.is_in(ids) & UrgentAlert.acknowledged_at.is_null()
    ),
    rest=0,
)


async def caseload(user: SignedInUser, now: datetime, query: CaseloadQuery) -> CaseloadOut:
    """One row per client: a counselor's care-team clients, or every active client for an admin;
    filtered, needing attention first then by name. Each row shown is audited as a view.

    Raises:
        InvalidInput: a limit out of range or a search too long.
    """
    q = query.q.strip().casefold()
    if not 1 <= query.limit <= LIMIT_MAX:
        raise InvalidInput("limit must be between 1 and {most}.", most=LIMIT_MAX)
    if len(q) > Q_MAX:
        raise InvalidInput("Search for at most {most} characters of a name.", most=Q_MAX)
    if query.track is not None and not 1 <= query.track <= 2**31 - 1:
        raise InvalidInput("track must be a track's id.")
    people = await _people(user, query.track)
    if q:
        people = [p for p in people if q in p["display_name"].casefold()]
    scanned_all = len(people) <= ADMIN_SCAN or user.role != "admin"
    if not scanned_all:
        people = people[:ADMIN_SCAN]
    rows = await compose(people, now)
    tracks = _tracks_of(rows) if user.role != "admin" else await _active_tracks()
    if query.track is not None:
        rows = [row for row in rows if row.track is not None and row.track.id == query.track]
    if query.attention:
        rows = [row for row in rows if row.needs_attention]
    if query.short:
        rows = [row for row in rows if "hours_short" in row.reasons]
    rows.sort(key=lambda row: (not row.needs_attention, row.name.casefold(), row.client_id))
    shown = rows[: query.limit]
    await audit.record_views(
        CASELOAD_VIEWED,
        actor=user.id,
        views=[(f"client:{row.client_id}", row.client_id) for row in shown],
        at=now,
    )
    return CaseloadOut(
        generated_at=now,
        total=len(rows),
        limit=query.limit,
        scanned_all=scanned_all,
        tracks=tracks,
        clients=shown,
    )


async def _people(user: SignedInUser, track: int | None) -> list[dict]:
    """Active clients the asker sees on the caseload (id, display_name, timezone), by name: a counselor's
    care teams; an admin's everyone (only those enrolled in `track` when given)."""
    if user.role != "admin":
        return await db.run_compiled(_CARE_TEAMS_PEOPLE, user.id, True)
    where = (Account.role == "client") & Account.active.eq(True)
    if track is not None:
        enrolled = Enrollment.select(Enrollment.client).where(
            (Enrollment.track == track) & (Enrollment.status == "active")
        )
        where = where & Account.id.is_in(enrolled)
    return (
        await Account.select(Account.id, Account.display_name, Account.timezone)
        .where(where)
        .order_by(Account.display_name)
    )


# A counselor's caseload, every table request: compiled (B5's caseload case).
_CARE_TEAMS_PEOPLE = db.CompiledQuery(
    lambda counselor, active: (
        Account.select(Account.id, Account.display_name, Account.timezone)
        .where(Account.id.is_in(accounts.caseload_of(counselor)) & (Account.active == active))
        .order_by(Account.display_name)
    ),
    arity=2,
)


def _track_ref(enrollment: dict | None) -> TrackRef | None:
    if enrollment is None:
        return None
    return TrackRef(
        id=enrollment["track"],
        name=enrollment["track.name"],
        program=enrollment["program.name"],
        program_id=enrollment["program"],
    )


def _tracks_of(rows: list[CaseloadEntry]) -> list[TrackRef]:
    found = {row.track.id: row.track for row in rows if row.track is not None}
    return sorted(found.values(), key=lambda ref: (ref.program, ref.name, ref.id))


async def _active_tracks() -> list[TrackRef]:
    rows = await Track.select(Track.id, Track.name, Track.program, Track.program.name).where(
        Track.active.eq(True)
    )
    return sorted(
        (
            TrackRef(id=r["id"], name=r["name"], program=r["program.name"], program_id=r["program"])
            for r in rows
        ),
        key=lambda ref: (ref.program, ref.name, ref.id),
    )


async def compose(people: list[dict], now: datetime) -> list[CaseloadEntry]:
    """The rows of these clients (id, display_name, timezone), each part asked for all of them at once
    (a fixed number of queries whatever the caseload's size: B5's caseload case)."""
    ids = [p["id"] for p in people]
    if not ids:
        return []
    # Independent reads, side by side: on PostgreSQL each waits on its own pooled connection.
    (
        weeks,
        unreviewed_of,
        missed_days,
        work,
        meetings_weeks,
        last,
        alerts,
        tests,
        scores,
    ) = await asyncio.gather(
        schedule.client_weeks(ids, now),
        _unreviewed_of(ids),
        _missed_days_by_program(),
        homework.client_homework(ids, now),
        meetings.caseload_meetings(ids, now),
        _last_checkins(ids),
        _open_alerts(ids),
        testing.next_tests(ids, now),
        measures.latest_scores(ids),
    )
    flags = {
        person["id"]: checkin_flags(
            person["timezone"],
            weeks[person["id"]].enrollment,
            last.get(person["id"]),
            unreviewed_of[person["id"]],
            missed_days,
            now,
        )
        for person in people
    }
    rows = []
    for person in people:
        cid = person["id"]
        week = weeks[cid]
        unreviewed = flags[cid].unreviewed
        entry = CaseloadEntry(
            client_id=cid,
            name=person["display_name"],
            hours=week.hours,
            checkins=flags[cid],
            homework=CaseloadHomework(**work[cid]),
            meetings=meetings_weeks[cid],
            track=_track_ref(week.enrollment),
            risk=RiskFlag(
                level=next((risk for risk in _RISKS if unreviewed.get(risk)), None),
                alert_open=cid in alerts,
            ),
            last_checkin=last.get(cid),
            next_session=_next_session(week.next_session),
            next_test=NextTest(**_without(tests[cid], "client")) if cid in tests else None,
            needs_attention=False,
            reasons=[],
            scores=scores.get(cid, []),
        )
        entry.reasons = reasons(entry)
        entry.needs_attention = bool(entry.reasons)
        rows.append(entry)
    return rows


def checkin_flags(
    zone: str,
    enrollment: dict | None,
    last: LastCheckin | None,
    unreviewed: dict[str, int],
    missed_days: dict[int, int],
    now: datetime,
) -> CaseloadCheckins:
    """A client's check-in flags from what the caseload read for everyone: the rule of
    checkins.caseload_checkins (missed: no check-in for the program's missed_days, counted
    from yesterday in the client's zone), which a test keeps equal. Reading them here saves
    that function's own enrollment, zone and last-day queries (B5's caseload case)."""
    rule = missed_days.get(enrollment["program"]) if enrollment else None
    rule = rule if rule is not None else _DEFAULT_MISSED_DAYS
    today = now.astimezone(recurrence.zone(zone)).date()
    last_day = last.date if last else None
    missed = last_day is None or (today - timedelta(days=1) - last_day).days >= rule
    return CaseloadCheckins(last_checkin=last_day, missed=missed, unreviewed=unreviewed)


_DEFAULT_MISSED_DAYS = CheckinPolicyIn().missed_days
_UNREVIEWED_OF = ForMany(
    lambda ids, urgent, high, normal: (
        Checkin.select(Checkin.client, Checkin.risk_rank, Count(Checkin.id, alias="n"))
        .where(
            Checkin.client.is_in(ids)
            & Checkin.reviewed_at.is_null()
            & Checkin.risk_rank.is_in([urgent, high, normal])  # the partial unreviewed index
        )
        .group_by(Checkin.client, Checkin.risk_rank)
    ),
    rest=3,
)
_RANK_RISK = {rank: risk for risk, rank in RISK_RANK.items()}


async def _unreviewed_of(client_ids: list[int]) -> dict[int, dict[str, int]]:
    """Unreviewed check-ins per client and risk, in one query."""
    counts = {client: {risk: 0 for risk in RISK_RANK} for client in client_ids}
    for row in await _UNREVIEWED_OF.run(client_ids, *sorted(_RANK_RISK)):
        counts[row["client"]][_RANK_RISK[row["risk_rank"]]] = row["n"]
    return counts


async def _missed_days_by_program() -> dict[int, int]:
    """Each program's missed-days rule (a program without a policy row uses the default)."""
    return {row["program"]: row["missed_days"] for row in await db.run_compiled(_MISSED_DAYS)}


_MISSED_DAYS = db.CompiledQuery(
    lambda: CheckinPolicy.select(CheckinPolicy.program, CheckinPolicy.missed_days), arity=0
)


def reasons(entry: CaseloadEntry) -> list[str]:
    """Why a client needs attention (codes in a fixed order); none: they do not."""
    unreviewed = entry.checkins.unreviewed
    found = []
    if entry.risk.alert_open:
        found.append("alert_open")
    if unreviewed.get("urgent"):
        found.append("unreviewed_urgent")
    if unreviewed.get("high"):
        found.append("unreviewed_high")
    if entry.checkins.missed:
        found.append("missed_checkins")
    if entry.hours is not None and not entry.hours.can_reach_minimum:
        found.append("hours_short")
    if entry.homework.overdue:
        found.append("homework_overdue")
    return found


def _without(row: dict, key: str) -> dict:
    return {k: v for k, v in row.items() if k != key}


def _next_session(row: dict | None) -> NextSession | None:
    if row is None:
        return None
    return NextSession(
        id=row["id"], starts_at=row["starts_at"], title=row["series.title"], kind=row["series.kind"]
    )


async def _last_checkins(client_ids: list[int]) -> dict[int, LastCheckin]:
    """Each client's newest check-in day with its risk and review, in one query: each client's
    last day (the index on client and day), then that day's row (B5's caseload case: the same
    as a correlated MAX per row, which SQLite ran once per check-in of the caseload, 5 ms)."""
    rows = await _LAST_CHECKINS.run(client_ids)
    newest: dict[int, dict] = {}
    for row in rows:  # one row a day; before one check-in per day, the day's newest
        held = newest.get(row["client"])
        if held is None or str(row["submitted_at"]) > str(held["submitted_at"]):
            newest[row["client"]] = row
    return {
        client: LastCheckin(
            date=_as_date(row["local_date"]),
            risk=row["risk"],
            reviewed=row["reviewed_at"] is not None,
        )
        for client, row in newest.items()
    }


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


_LAST_CHECKINS = RawMany(  # each client's last day, then that day's row (see _last_checkins)
    lambda ids, _: (
        "SELECT c.client AS client, c.local_date AS local_date, c.risk AS risk, "
        "c.reviewed_at AS reviewed_at, c.submitted_at AS submitted_at FROM "
        f"(SELECT client, MAX(local_date) AS last FROM checkin WHERE client IN ({', '.join(ids)}) "
        "GROUP BY client) AS m JOIN checkin c ON c.client = m.client AND c.local_date = m.last"
    ),
    rest=0,
    converters=(("local_date", date.fromisoformat),),
)


async def _open_alerts(client_ids: list[int]) -> set[int]:
    """Clients with an urgent alert nobody has acknowledged yet."""
    rows = await _OPEN_ALERTS.run(client_ids)
    return {row["client"] for row in rows}
