"""What clients and counselors see of the schedule: Today, the agenda, the weekly hours ledger,
the caseload, and attendance. Every query is scoped to the person asking.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from server.accounts import services as accounts
from server.accounts.services import SignedInUser
from server.accounts.tables import Account
from server.audit import services as audit
from server.core import db
from server.core.errors import AccessDenied, InvalidInput
from server.programs import queries, recurrence
from server.programs.schemas import (
    ClientAttendanceOut,
    ClientSession,
    Mark,
    NextSessionCard,
    OccurrenceOut,
    RosterEntry,
    RosterOut,
    ScheduleOut,
    ScheduleToday,
    TodaySessionsCard,
    WeekHours,
    WeekHoursCard,
)
from server.programs.tables import (
    Attendance,
    AttendanceStatus,
    Enrollment,
    OccurrenceStatus,
    SessionOccurrence,
    SessionSeries,
)

Occ = SessionOccurrence
ATTENDED = [AttendanceStatus.present.value, AttendanceStatus.late.value]
SCHEDULE_MAX_DAYS = 60
NEXT_SOON_DAYS = 7  # Today reads this far ahead for the next session...
NEXT_MAX_DAYS = 90  # ...and looks this far when the program has a break
ATTENDANCE_VIEWED = "attendance.viewed"
ATTENDANCE_RECORDED = "attendance.recorded"


def occurrence_out(row: dict) -> OccurrenceOut:
    return OccurrenceOut(
        id=row["id"],
        series_id=row["series.id"],
        title=row["series.title"],
        kind=row["series.kind"],
        starts_at=row["starts_at"],
        ends_at=row["ends_at"],
        status=row["status"],
        moved=row["starts_at"] != row["original_start"],
        location=row["location"] if row["location"] is not None else row["series.location"],
        video_url=row["series.video_url"],
        facilitator=row["series.facilitator.display_name"],
        track=row["track.name"],
    )


# --- a client's own schedule -----------------------------------------------------------


async def client_occurrence_rows(client_id: int, start: datetime, end: datetime) -> list[dict]:
    """Rows of the occurrences a client has in [start, end): their own individual and family
    sessions, and their tracks' sessions on the days each enrollment covers."""
    return await _visible_rows(client_id, await _enrollments(client_id), start, end)


async def occurrence_rows_by_client(
    client_ids: list[int], start: datetime, end: datetime
) -> dict[int, list[dict]]:
    """client_occurrence_rows for many clients in two queries (the reminder planner): a track's
    sessions are read once for all its clients. Each client's rows are in start order."""
    if not client_ids:
        return {}
    enrollments = await Enrollment.select(Enrollment.client, *queries.ENROLLMENT_COLUMNS).where(
        Enrollment.client.is_in(client_ids)
    )
    return await _rows_by_client(client_ids, enrollments, start, end)


async def _rows_by_client(
    client_ids: list[int], enrollments: list[dict], start: datetime, end: datetime
) -> dict[int, list[dict]]:
    """The occurrences each client sees in [start, end), given all their enrollment rows (with
    "client"), in one query."""
    found: dict[int, dict[int, dict]] = {client: {} for client in client_ids}
    covered: dict[int, list[tuple[int, datetime, datetime]]] = {}  # track -> (client, from, until)
    for enrollment in enrollments:
        lo, hi = _enrollment_bounds(enrollment)
        lo, hi = max(lo, start), min(hi, end)
        if lo < hi:
            covered.setdefault(enrollment["track"], []).append((enrollment["client"], lo, hi))
    rows = await queries.OWN_OCCURRENCES.run(client_ids, start, end)
    rows += await queries.TRACK_OCCURRENCES.run(sorted(covered), start, end)
    for row in sorted(rows, key=lambda r: r["starts_at"]):
        if row["client"] in found:
            found[row["client"]][row["id"]] = row
        for client, lo, hi in covered.get(row["track"], ()):
            if lo <= row["starts_at"] < hi:
                found[client][row["id"]] = row
    return {
        client: sorted(rows.values(), key=lambda r: r["starts_at"])
        for client, rows in found.items()
    }


async def _visible_rows(
    client_id: int, enrollments: list[dict], start: datetime, end: datetime
) -> list[dict]:
    args: list = [start, end, client_id]
    for enrollment in enrollments:
        lo, hi = _enrollment_bounds(enrollment)
        lo, hi = max(lo, start), min(hi, end)
        if lo < hi:
            args += [enrollment["track"], lo, hi]
    return await db.run_compiled(queries.visible(len(args) // 3 - 1), *args)


async def _enrollments(client_id: int) -> list[dict]:
    return await db.run_compiled(queries.ENROLLMENTS, client_id)


def _enrollment_bounds(enrollment: dict) -> tuple[datetime, datetime]:
    """UTC instants of the first and after-the-last local day an enrollment covers."""
    tz = recurrence.zone(enrollment["program.timezone"])
    lo, _ = recurrence.local_day_bounds(enrollment["starts_on"], tz)
    if enrollment["ends_on"] is None:
        return lo, datetime.max.replace(tzinfo=timezone.utc)
    _, hi = recurrence.local_day_bounds(enrollment["ends_on"], tz)
    return lo, hi


async def today(user: SignedInUser, now: datetime) -> ScheduleToday:
    """The client's home screen: next session, the rest of today, this week's hours.

    Three queries: the enrollments, one range of occurrences covering today, the next week
    and the program week, and the week's attended minutes; a fourth looks further for the
    next session only when the coming week has none (a break in the program).
    """
    tz = recurrence.zone(user.timezone)
    local_today = now.astimezone(tz).date()
    day_start, day_end = recurrence.local_day_bounds(local_today, tz)
    start, end = min(day_start, now), max(day_end, now + timedelta(days=NEXT_SOON_DAYS))
    enrollments = await _enrollments(user.id)
    current = _current(enrollments, now)
    week = _program_week(current, now) if current is not None else None
    if week is not None:
        start, end = min(start, week[0]), max(end, week[1])
    rows = await _visible_rows(user.id, enrollments, start, end)
    following = _first_ahead(rows, now)
    if following is None:
        following = _first_ahead(
            await _visible_rows(user.id, enrollments, end, now + timedelta(days=NEXT_MAX_DAYS)), now
        )
    cards: list = [
        NextSessionCard(occurrence=occurrence_out(following) if following else None),
        TodaySessionsCard(
            occurrences=[occurrence_out(r) for r in rows if day_start <= r["starts_at"] < day_end]
        ),
    ]
    if week is not None:
        cards.append(WeekHoursCard(hours=await _hours(user.id, current, week, now, rows)))
    return ScheduleToday(generated_at=now, timezone=user.timezone, date=local_today, cards=cards)


def _first_ahead(rows: list[dict], now: datetime) -> dict | None:
    """The first scheduled session not yet over (rows are in start order)."""
    return next(
        (r for r in rows if r["ends_at"] > now and r["status"] == OccurrenceStatus.scheduled.value),
        None,
    )


async def schedule(user: SignedInUser, now: datetime, days: int) -> ScheduleOut:
    """The agenda from the start of today (the client's zone) for `days` days, cancelled too."""
    if not 1 <= days <= SCHEDULE_MAX_DAYS:
        raise InvalidInput("days must be between 1 and {most}.", most=SCHEDULE_MAX_DAYS)
    tz = recurrence.zone(user.timezone)
    start, end = recurrence.local_day_bounds(now.astimezone(tz).date(), tz, days)
    rows = await client_occurrence_rows(user.id, start, end)
    return ScheduleOut(
        generated_at=now,
        timezone=user.timezone,
        days=days,
        occurrences=[occurrence_out(r) for r in rows],
    )


# --- the weekly hours ledger -------------------------------------------------------------


async def week_hours(
    client_id: int, now: datetime, week_of: date | None = None
) -> WeekHours | None:
    """Minutes attended in a program week (Mon–Sun, program time) against the minimum, and
    whether the sessions left this week can still reach it. None without a current enrollment."""
    enrollments = await _enrollments(client_id)
    current = _current(enrollments, now)
    if current is None:
        return None
    start, end = _program_week(current, now, week_of)
    rows = await _visible_rows(client_id, enrollments, max(start, now), end) if now < end else []
    return await _hours(client_id, current, (start, end), now, rows)


def _program_week(
    enrollment: dict, now: datetime, week_of: date | None = None
) -> tuple[datetime, datetime]:
    """UTC bounds of the program week (Monday 00:00 to Monday 00:00, program time)."""
    tz = recurrence.zone(enrollment["program.timezone"])
    return recurrence.local_day_bounds(
        recurrence.week_start(week_of or now.astimezone(tz).date()), tz, 7
    )


async def _hours(
    client_id: int,
    enrollment: dict,
    week: tuple[datetime, datetime],
    now: datetime,
    rows: list[dict],
) -> WeekHours:
    """The ledger line for a week, given rows that include the week's sessions still ahead."""
    attended = await attended_minutes(client_id, *week)
    return _ledger(enrollment, week, now, rows, attended)


def _ledger(
    enrollment: dict,
    week: tuple[datetime, datetime],
    now: datetime,
    rows: list[dict],
    attended: int,
) -> WeekHours:
    """The week's line from the minutes attended and rows holding the sessions still ahead
    (rows outside [max(start, now), end) are ignored)."""
    start, end = week
    left = sum(
        int((row["ends_at"] - row["starts_at"]).total_seconds() // 60)
        for row in rows
        if max(start, now) <= row["starts_at"] < end
        and row["status"] == OccurrenceStatus.scheduled.value
    )
    minimum = round(enrollment["program.min_weekly_hours"] * 60)
    return WeekHours(
        program=enrollment["program.name"],
        week_start=start.astimezone(recurrence.zone(enrollment["program.timezone"])).date(),
        attended_minutes=attended,
        minimum_minutes=minimum,
        scheduled_minutes_left=left,
        can_reach_minimum=attended + left >= minimum,
    )


async def attended_minutes(client_id: int, start: datetime, end: datetime) -> int:
    row = await db.fetch_first(queries.ATTENDED, client_id, *ATTENDED, start, end)
    return int(row["total"] or 0) if row else 0


async def current_enrollment(client_id: int, now: datetime) -> dict | None:
    """The client's active enrollment today, with its program's id ("program"), name, zone and
    minimum hours; None when there is none."""
    return _current(await _enrollments(client_id), now)


async def current_enrollments(client_ids: list[int], now: datetime) -> dict[int, dict]:
    """current_enrollment for many clients in one query (clients without one are left out)."""
    rows = await queries.ENROLLMENTS_OF.run(client_ids)  # compiled: the caseload asks (B5)
    by_client: dict[int, list[dict]] = {}
    for row in rows:
        by_client.setdefault(row["client"], []).append(row)
    current = {client: _current(enrollments, now) for client, enrollments in by_client.items()}
    return {client: enrollment for client, enrollment in current.items() if enrollment is not None}


def _current(enrollments: list[dict], now: datetime) -> dict | None:
    """The active enrollment covering today in its program's zone (the latest started)."""
    live = []
    for enrollment in enrollments:
        if enrollment["status"] != "active":
            continue
        local = now.astimezone(recurrence.zone(enrollment["program.timezone"])).date()
        if enrollment["starts_on"] <= local and (
            enrollment["ends_on"] is None or local <= enrollment["ends_on"]
        ):
            live.append(enrollment)
    return max(live, key=lambda e: e["starts_on"], default=None)


# --- counselors ----------------------------------------------------------------------------


@dataclass(slots=True)
class ClientWeek:
    """A client's schedule at a glance (the caseload, the client chart's header)."""

    enrollment: dict | None  # the current enrollment (ENROLLMENT_COLUMNS + "track.name"), or None
    hours: WeekHours | None  # week_hours(client, now)
    next_session: dict | None  # the first scheduled session not yet over (an occurrence row)


async def client_weeks(client_ids: list[int], now: datetime) -> dict[int, ClientWeek]:
    """week_hours and the next session for many clients in three queries (four when some have
    nothing in the coming week), not three per client (B5's caseload case): every enrollment,
    the occurrences from now to the end of the latest program week or a week ahead, and the
    attended minutes of the program weeks. The hours equal week_hours' for each client."""
    if not client_ids:
        return {}
    rows = await queries.ENROLLMENTS_OF.run(client_ids)
    by_client: dict[int, list[dict]] = {client: [] for client in client_ids}
    for row in rows:
        by_client[row["client"]].append(row)
    current = {client: _current(enrollments, now) for client, enrollments in by_client.items()}
    weeks = {c: _program_week(e, now) for c, e in current.items() if e is not None}
    # From the start of the earliest session that may still run (Today reads from midnight).
    start = now - timedelta(days=1)
    end = max([now + timedelta(days=NEXT_SOON_DAYS), *(week[1] for week in weeks.values())])
    seen, attended = await asyncio.gather(  # on PostgreSQL, two connections at once
        _rows_by_client(client_ids, rows, start, end), _attended_by_client(weeks)
    )
    out = {}
    for client in client_ids:
        enrollment, week = current[client], weeks.get(client)
        hours = (
            _ledger(enrollment, week, now, seen[client], attended.get(client, 0))
            if week is not None
            else None
        )
        out[client] = ClientWeek(enrollment, hours, _first_ahead(seen[client], now))
    later = [client for client, week in out.items() if week.next_session is None]
    if later:  # a break in the program: look further, as Today does
        further = await _rows_by_client(
            later,
            [row for row in rows if row["client"] in set(later)],
            end,
            now + timedelta(days=NEXT_MAX_DAYS),
        )
        for client in later:
            out[client].next_session = _first_ahead(further[client], now)
    return out


async def _attended_by_client(weeks: dict[int, tuple[datetime, datetime]]) -> dict[int, int]:
    """Minutes each client attended (present or late) of sessions starting in their week: a
    sum per client, one query per distinct program week (clients of one zone share theirs)."""
    by_week: dict[tuple[datetime, datetime], list[int]] = {}
    for client, week in weeks.items():
        by_week.setdefault(week, []).append(client)
    found = await asyncio.gather(
        *(
            queries.ATTENDED_OF.run(sorted(clients), *ATTENDED, *week)
            for week, clients in by_week.items()
        )
    )
    return {row["client"]: int(row["total"] or 0) for rows in found for row in rows}


async def staff_occurrences(
    user: SignedInUser, start: datetime, end: datetime
) -> list[OccurrenceOut]:
    """Occurrences a staff member works with: all for an admin; for a counselor, the series they
    facilitate and the individual sessions of their caseload."""
    where = (Occ.starts_at >= start) & (Occ.starts_at < end)
    if user.role != "admin":
        where = where & _counselor_scope(user.id)
    rows = (
        await Occ.select(*queries.OCCURRENCE_COLUMNS)
        .where(where)
        .order_by(Occ.starts_at)
        .limit(500)
    )
    return [occurrence_out(row) for row in rows]


def _counselor_scope(counselor_id: int):
    caseload = accounts.caseload_of(counselor_id)
    return (Occ.series.facilitator == counselor_id) | Occ.client.is_in(caseload)


async def _staff_occurrence(user: SignedInUser, occurrence_id: int) -> dict:
    where = Occ.id == occurrence_id
    if user.role != "admin":
        where = where & _counselor_scope(user.id)
    row = await Occ.select(*queries.OCCURRENCE_COLUMNS, Occ.track, Occ.client).where(where).first()
    if row is None:
        raise AccessDenied(f"occurrence {occurrence_id} is not one of theirs")
    return row


async def roster(user: SignedInUser, occurrence_id: int, now: datetime) -> RosterOut:
    """Who is expected at an occurrence, with what has been recorded; the view is audited."""
    row = await _staff_occurrence(user, occurrence_id)
    entries = await _roster_entries(row)
    await audit.record_views(
        ATTENDANCE_VIEWED,
        actor=user.id,
        views=[(f"occurrence:{occurrence_id}", entry.client_id) for entry in entries],
        at=now,
    )
    return RosterOut(occurrence=occurrence_out(row), roster=entries)


async def _roster_entries(row: dict) -> list[RosterEntry]:
    expected = await _expected_clients(row)
    marks = {
        mark["client"]: mark
        for mark in await Attendance.select(
            Attendance.client, Attendance.status, Attendance.minutes
        ).where(Attendance.occurrence == row["id"])
    }
    ids = set(expected) | set(marks)
    names = {
        person["id"]: person["display_name"]
        for person in await Account.select(Account.id, Account.display_name).where(
            Account.id.is_in(list(ids) or [0])
        )
    }
    return sorted(
        (
            RosterEntry(
                client_id=cid,
                name=names.get(cid, ""),
                status=marks.get(cid, {}).get("status"),
                minutes=marks.get(cid, {}).get("minutes"),
            )
            for cid in ids
        ),
        key=lambda entry: entry.name.lower(),
    )


async def _expected_clients(row: dict) -> list[int]:
    """The client of an individual session, or the clients whose enrollment in the track covers
    the occurrence's local day."""
    if row["client"] is not None:
        return [row["client"]]
    if row["track"] is None:
        return []
    return await track_clients(row["track"], row["starts_at"])


async def track_clients(track_id: int, at: datetime, *, active_only: bool = False) -> list[int]:
    """Clients whose enrollment in a track covers the program-local day of `at`.

    Args:
        active_only: leave out enrollments already completed or discharged (attendance keeps
            them, so a past roster stays whole; new work goes only to active clients).
    """
    enrollments = await Enrollment.select(
        Enrollment.client,
        Enrollment.starts_on,
        Enrollment.ends_on,
        Enrollment.status,
        Enrollment.program.timezone,
    ).where(Enrollment.track == track_id)
    clients = []
    for enrollment in enrollments:
        lo, hi = _enrollment_bounds(enrollment)
        if lo <= at < hi and (not active_only or enrollment["status"] == "active"):
            clients.append(enrollment["client"])
    return sorted(set(clients))


async def occurrence_audience(
    user: SignedInUser, occurrence_id: int
) -> tuple[OccurrenceOut, int | None, int | None]:
    """An occurrence the staff member works with, with its track and its one client (each None
    when it has none), else AccessDenied."""
    row = await _staff_occurrence(user, occurrence_id)
    return occurrence_out(row), row["track"], row["client"]


async def next_track_session(track_id: int, after: datetime) -> datetime | None:
    """When the track's next scheduled session starts after `after` (the default homework due)."""
    row = (
        await Occ.select(Occ.starts_at)
        .where(
            (Occ.track == track_id)
            & (Occ.starts_at > after)
            & (Occ.status == OccurrenceStatus.scheduled.value)
        )
        .order_by(Occ.starts_at)
        .first()
    )
    return row["starts_at"] if row else None


async def facilitated_tracks(counselor_id: int) -> list[int]:
    """Tracks with a live series the counselor facilitates."""
    rows = await SessionSeries.select(SessionSeries.track).where(
        (SessionSeries.facilitator == counselor_id)
        & SessionSeries.track.is_not_null()
        & (SessionSeries.ended == False)  # noqa: E712 (a column comparison)
    )
    return sorted({row["track"] for row in rows})


async def record_attendance(
    user: SignedInUser, occurrence_id: int, marks: list[Mark], now: datetime
) -> RosterOut:
    """Mark clients present, late, absent or excused; each change is audited.

    Raises:
        InvalidInput: a client not on the roster, minutes beyond the session's length, or a
            session that has not started yet.
    """
    row = await _staff_occurrence(user, occurrence_id)
    length = int((row["ends_at"] - row["starts_at"]).total_seconds() // 60)
    if row["starts_at"] > now:
        raise InvalidInput("Attendance can be recorded once the session has started.")
    if row["status"] == OccurrenceStatus.cancelled.value:
        raise InvalidInput("This session was cancelled; restore it before recording attendance.")
    expected = set(await _expected_clients(row))
    for mark in marks:
        if mark.client_id not in expected:
            raise InvalidInput("Client {id} is not on this session's roster.", id=mark.client_id)
        if mark.status == "late" and mark.minutes is None:
            raise InvalidInput("Give the minutes attended for a late arrival.")
        if mark.minutes is not None and mark.minutes > length:
            raise InvalidInput(
                "Minutes ({minutes}) cannot exceed the session's length ({length}).",
                minutes=mark.minutes,
                length=length,
            )
    if len({mark.client_id for mark in marks}) != len(marks):
        raise InvalidInput("Each client may be marked once per request.")
    async with db.current().transaction():
        for mark in marks:
            await _store_mark(user, occurrence_id, mark, length, now)
    return RosterOut(occurrence=occurrence_out(row), roster=await _roster_entries(row))


async def _store_mark(
    user: SignedInUser, occurrence_id: int, mark: Mark, length: int, now: datetime
) -> None:
    # Absent and excused count no time; present without minutes means the whole session.
    minutes = (
        0
        if mark.status in ("absent", "excused")
        else mark.minutes
        if mark.minutes is not None
        else length
    )
    values = {
        Attendance.status: mark.status,
        Attendance.minutes: minutes,
        Attendance.recorded_by: user.id,
        Attendance.recorded_at: now,
    }
    existing = (
        await Attendance.select(Attendance.id)
        .where((Attendance.occurrence == occurrence_id) & (Attendance.client == mark.client_id))
        .first()
    )
    if existing is None:
        await Attendance.insert(
            Attendance(
                occurrence=occurrence_id,
                client=mark.client_id,
                **{column._meta.name: value for column, value in values.items()},
            )
        )
    else:
        await Attendance.update(values).where(Attendance.id == existing["id"])
    await audit.record(
        ATTENDANCE_RECORDED,
        actor=user.id,
        subject=f"occurrence:{occurrence_id}",
        patient=mark.client_id,
        at=now,
    )


# --- the client chart's Attendance tab -----------------------------------------------------


async def client_attendance(
    client_id: int, weeks: int, now: datetime, zone_name: str = "UTC"
) -> ClientAttendanceOut:
    """A client's sessions in the last `weeks` program weeks (this one included) with their
    marks, and each week's hours against the minimum (the ledger of week_hours), in three
    queries. Weeks follow the current enrollment's program (else the latest enrollment's;
    never enrolled: `zone_name`'s weeks and no hours). Unscoped: the caller checks who asks."""
    enrollments = await _enrollments(client_id)
    enrollment = _current(enrollments, now) or max(
        enrollments, key=lambda e: e["starts_on"], default=None
    )
    tz = recurrence.zone(enrollment["program.timezone"] if enrollment else zone_name)
    monday = recurrence.week_start(now.astimezone(tz).date())
    bounds = [
        recurrence.local_day_bounds(monday - timedelta(weeks=back), tz, 7) for back in range(weeks)
    ]  # newest first
    start, end = bounds[-1][0], bounds[0][1]
    rows = await _visible_rows(client_id, enrollments, start, end)
    marks = await Attendance.select(
        Attendance.occurrence,
        Attendance.status,
        Attendance.minutes,
        Attendance.occurrence.starts_at,
        Attendance.occurrence.ends_at,
        Attendance.occurrence.status,
        Attendance.occurrence.series.title,
        Attendance.occurrence.series.kind,
    ).where(
        (Attendance.client == client_id)
        & (Attendance.occurrence.starts_at >= start)
        & (Attendance.occurrence.starts_at < end)
    )
    sessions = _client_sessions(rows, marks)
    for session in sessions:
        back = next(at for at, (lo, hi) in enumerate(bounds) if lo <= session.starts_at < hi)
        session.week_start = monday - timedelta(weeks=back)
    attended = [
        sum(s.minutes or 0 for s in sessions if s.status in ATTENDED and lo <= s.starts_at < hi)
        for lo, hi in bounds
    ]
    return ClientAttendanceOut(
        client_id=client_id,
        weeks_back=weeks,
        weeks=[
            _ledger(enrollment, week, now, rows, minutes)
            for week, minutes in zip(bounds, attended, strict=True)
        ]
        if enrollment
        else [],
        items=sessions,
    )


def _client_sessions(rows: list[dict], marks: list[dict]) -> list[ClientSession]:
    """The sessions the client had (rows) and any other they have a mark for, newest first."""
    by_occurrence = {mark["occurrence"]: mark for mark in marks}
    sessions = {
        row["id"]: ClientSession(
            occurrence_id=row["id"],
            title=row["series.title"],
            kind=row["series.kind"],
            starts_at=row["starts_at"],
            ends_at=row["ends_at"],
            cancelled=row["status"] == OccurrenceStatus.cancelled.value,
            status=None,
            minutes=None,
        )
        for row in rows
    }
    for key, mark in by_occurrence.items():
        session = sessions.setdefault(
            key,
            ClientSession(
                occurrence_id=key,
                title=mark["occurrence.series.title"],
                kind=mark["occurrence.series.kind"],
                starts_at=mark["occurrence.starts_at"],
                ends_at=mark["occurrence.ends_at"],
                cancelled=mark["occurrence.status"] == OccurrenceStatus.cancelled.value,
                status=None,
                minutes=None,
            ),
        )
        session.status, session.minutes = mark["status"], mark["minutes"]
    return sorted(sessions.values(), key=lambda s: (s.starts_at, s.occurrence_id), reverse=True)
