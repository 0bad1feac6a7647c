"""Aftercare meetings: idempotent logging, the client's own list and week, aftercare plans, the
counselor's view and verification, and the meeting directory search. Every query is scoped to
the person asking: a client to themself, a counselor to their caseload.

Audit events name the meeting by id only: never its name or note (both can reveal health data).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from uuid import UUID

from piccolo.columns.combination import WhereRaw
from piccolo.querystring import QueryString

from server.accounts import services as accounts
from server.accounts.services import SignedInUser
from server.accounts.tables import Account
from server.audit import services as audit
from server.core import db, submissions
from server.core.errors import AccessDenied, Conflict, InvalidInput, NotFound
from server.core.rows import RowShape
from server.meetings import queries
from server.meetings.schemas import (
    AftercareDetailOut,
    AftercareOut,
    AftercarePlanIn,
    AftercarePlanOut,
    DirectoryMeetingOut,
    MeetingLogIn,
    MeetingLogOut,
    MeetingsWeek,
)
from server.meetings.tables import AftercarePlan, MeetingDirectory, MeetingLog
from server.programs import recurrence

MEETING_LOGGED = "meeting.logged"
MEETING_VERIFIED = "meeting.verified"
AFTERCARE_VIEWED = "aftercare.viewed"
AFTERCARE_CHANGED = "aftercare.changed"
OLDEST_DAYS = 30  # a meeting may be logged this long after (kept offline on a phone)
FUTURE_SLACK = timedelta(minutes=10)  # a phone's clock may run a little ahead
RECENT_DAYS = 30  # the counselor's view of recent meetings
NEAR_WINDOW_MINUTES = 180  # "near 19:00" keeps meetings from 16:00 to 22:00
DIRECTORY_MAX = 50
_HH_MM = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$")


# --- logging ---------------------------------------------------------------------------------


async def submit(
    user: SignedInUser, data: MeetingLogIn, now: datetime
) -> tuple[MeetingLogOut, bool]:
    """Store a meeting the client attended; the same id and body again answers the same (submissions.py).

    Returns:
        The meeting as stored, and whether this call created it.

    Raises:
        Conflict: the id was used before with a different body (or by someone else).
        InvalidInput: a time in the future or too long ago, an empty name, an unknown directory id.
    """
    return await submissions.submit_once(
        MeetingLog,
        data.id,
        data,
        owner=MeetingLog.client,
        owner_id=user.id,
        conflict=Conflict(
            "A different meeting was already logged with this id; log it again as a new meeting."
        ),
        load=lambda: _own_meeting(user.id, data.id),
        build=lambda digest: _new_meeting(user, data, digest, now),
        record=lambda: audit.record(
            MEETING_LOGGED, actor=user.id, subject=f"meeting:{data.id}", patient=user.id, at=now
        ),
    )


async def _new_meeting(
    user: SignedInUser, data: MeetingLogIn, digest: str, now: datetime
) -> MeetingLog:
    await _check_new(data, now)
    return MeetingLog(
        id=data.id,
        client=user.id,
        fellowship=data.fellowship,
        name=data.name.strip(),
        attended_at=data.attended_at,
        format=data.format,
        note=data.note.strip(),
        directory=data.directory_id,
        body_hash=digest,
        logged_at=now,
    )


async def _check_new(data: MeetingLogIn, now: datetime) -> None:
    if not data.name.strip():
        raise InvalidInput("name: Give the meeting a name.")
    if data.attended_at > now + FUTURE_SLACK:
        raise InvalidInput(
            "attended_at: That time is still to come; log a meeting once it has started."
        )
    if data.attended_at < now - timedelta(days=OLDEST_DAYS):
        raise InvalidInput(
            "attended_at: A meeting can be logged up to {days} days after it.", days=OLDEST_DAYS
        )
    if data.directory_id is not None and not await MeetingDirectory.exists().where(
        MeetingDirectory.id == data.directory_id
    ):
        raise InvalidInput(
            "directory_id: That meeting is no longer in the directory; log it without picking it."
        )


async def _own_meeting(client_id: int, meeting_id: UUID) -> MeetingLogOut:
    row = (
        await MeetingLog.select()
        .where((MeetingLog.id == meeting_id) & (MeetingLog.client == client_id))
        .first()
    )
    if row is None:
        raise NotFound("No such meeting.")
    return meeting_out(row)


def meeting_out(row: dict) -> MeetingLogOut:
    return MeetingLogOut(
        id=row["id"],
        fellowship=row["fellowship"],
        name=row["name"],
        attended_at=row["attended_at"],
        format=row["format"],
        note=row["note"],
        directory_id=row["directory"],
        verified=row["verified_at"] is not None,
        verified_at=row["verified_at"],
    )


async def own_meetings(user: SignedInUser, days: int, now: datetime) -> list[MeetingLogOut]:
    """The client's meetings of the last `days` days, newest first."""
    return await _recent(user.id, now - timedelta(days=days))


async def _recent(client_id: int, since: datetime) -> list[MeetingLogOut]:
    rows = (
        await MeetingLog.select()
        .where((MeetingLog.client == client_id) & (MeetingLog.attended_at >= since))
        .order_by(MeetingLog.attended_at, ascending=False)
    )
    return [meeting_out(row) for row in rows]


# --- the week against the plan -----------------------------------------------------------------


def _week_bounds(zone: str, now: datetime) -> tuple[datetime, datetime]:
    """UTC instants of Monday 00:00 and the next Monday 00:00 of `now`'s week in `zone`."""
    tz = recurrence.zone(zone)
    return recurrence.local_day_bounds(recurrence.week_start(now.astimezone(tz).date()), tz, days=7)


def _week(zone: str, now: datetime, target: int | None, attended: list[dict]) -> MeetingsWeek:
    """The week of `now` in `zone`, counting the rows (attended_at, verified_at) that fall in it."""
    start, end = _week_bounds(zone, now)
    inside = [row for row in attended if start <= row["attended_at"] < end]
    return MeetingsWeek(
        week_start=recurrence.week_start(now.astimezone(recurrence.zone(zone)).date()),
        target=target,
        logged=len(inside),
        verified=sum(1 for row in inside if row["verified_at"] is not None),
    )


async def _week_of(client_id: int, zone: str, now: datetime, target: int | None) -> MeetingsWeek:
    start, end = _week_bounds(zone, now)
    rows = await db.run_compiled(queries.WEEK_LOGS, client_id, start, end)
    return _week(zone, now, target, rows)


async def _plan(client_id: int) -> AftercarePlanOut | None:
    row = await db.fetch_first(queries.PLAN, client_id)
    return _PLAN_OUT(row) if row else None


_PLAN_OUT = RowShape(AftercarePlanOut)


async def aftercare_card(user: SignedInUser, now: datetime) -> MeetingsWeek:
    """The client's meetings this week (Monday–Sunday, their zone) against their plan's target."""
    plan = await _plan(user.id)
    return await _week_of(user.id, user.timezone, now, plan.weekly_target if plan else None)


async def own_aftercare(user: SignedInUser, now: datetime) -> AftercareOut:
    plan = await _plan(user.id)
    return AftercareOut(
        plan=plan,
        week=await _week_of(user.id, user.timezone, now, plan.weekly_target if plan else None),
    )


async def caseload_meetings(client_ids: list[int], now: datetime) -> dict[int, MeetingsWeek]:
    """Each client's week (their own zone) against their plan, in three queries whatever the
    caseload's size; every id asked for is in the answer."""
    if not client_ids:
        return {}
    zones = {row["id"]: row["timezone"] for row in await queries.ZONES_OF.run(client_ids)}
    targets = {
        row["client"]: row["weekly_target"] for row in await queries.TARGETS_OF.run(client_ids)
    }
    bounds = [_week_bounds(zones.get(cid, "UTC"), now) for cid in client_ids]
    rows = await queries.LOGS_OF.run(
        client_ids, min(start for start, _ in bounds), max(end for _, end in bounds)
    )
    by_client: dict[int, list[dict]] = {cid: [] for cid in client_ids}
    for row in rows:
        by_client[row["client"]].append(row)
    return {
        cid: _week(zones.get(cid, "UTC"), now, targets.get(cid), by_client[cid])
        for cid in client_ids
    }


# --- counselors ----------------------------------------------------------------------------------


def _caseload(counselor_id: int):
    return accounts.caseload_of(counselor_id)


async def _caseload_client(user: SignedInUser, client_id: int) -> dict:
    person = (
        await Account.select(Account.id, Account.timezone)
        .where((Account.id == client_id) & Account.id.is_in(_caseload(user.id)))
        .first()
    )
    if person is None:
        raise AccessDenied(f"client {client_id} is not on their caseload", patient_id=client_id)
    return person


async def _detail(person: dict, now: datetime) -> AftercareDetailOut:
    plan = await _plan(person["id"])
    return AftercareDetailOut(
        client_id=person["id"],
        plan=plan,
        week=await _week_of(
            person["id"], person["timezone"], now, plan.weekly_target if plan else None
        ),
        recent=await _recent(person["id"], now - timedelta(days=RECENT_DAYS)),
    )


async def client_aftercare(user: SignedInUser, client_id: int, now: datetime) -> AftercareDetailOut:
    """A caseload client's plan, this week and last 30 days of meetings; the look is audited."""
    person = await _caseload_client(user, client_id)
    await audit.record(
        AFTERCARE_VIEWED, actor=user.id, subject=f"client:{client_id}", patient=client_id, at=now
    )
    return await _detail(person, now)


async def set_plan(
    user: SignedInUser, client_id: int, data: AftercarePlanIn, now: datetime
) -> AftercareDetailOut:
    """Create or replace a caseload client's aftercare plan; audited."""
    person = await _caseload_client(user, client_id)
    values = {
        AftercarePlan.weekly_target: data.weekly_target,
        AftercarePlan.notes: data.notes.strip(),
        AftercarePlan.updated_by: user.id,
        AftercarePlan.updated_at: now,
    }
    async with db.current().transaction():
        await AftercarePlan.insert(
            AftercarePlan(client=client_id, **{c._meta.name: v for c, v in values.items()})
        ).on_conflict(target=AftercarePlan.client, action="DO UPDATE", values=list(values))
        await audit.record(
            AFTERCARE_CHANGED,
            actor=user.id,
            subject=f"client:{client_id}",
            patient=client_id,
            at=now,
        )
    return await _detail(person, now)


async def verify(user: SignedInUser, meeting_id: UUID, now: datetime) -> MeetingLogOut:
    """Confirm a caseload client attended a logged meeting; verifying again keeps the first time."""
    row = (
        await MeetingLog.select(MeetingLog.client)
        .where((MeetingLog.id == meeting_id) & MeetingLog.client.is_in(_caseload(user.id)))
        .first()
    )
    if row is None:
        owner = (
            await MeetingLog.select(MeetingLog.client).where(MeetingLog.id == meeting_id).first()
        )
        raise AccessDenied(
            f"meeting {meeting_id} is not on their caseload",
            patient_id=owner["client"] if owner else None,
        )
    async with db.current().transaction():
        await MeetingLog.update(
            {MeetingLog.verified_at: now, MeetingLog.verified_by: user.id}
        ).where((MeetingLog.id == meeting_id) & MeetingLog.verified_at.is_null())
        await audit.record(
            MEETING_VERIFIED,
            actor=user.id,
            subject=f"meeting:{meeting_id}",
            patient=row["client"],
            at=now,
        )
    return await _own_meeting(row["client"], meeting_id)


# --- the directory -------------------------------------------------------------------------------


def parse_near(near: str) -> int:
    """Minutes after midnight of "HH:MM", or InvalidInput."""
    match = _HH_MM.match(near)
    if match is None:
        raise InvalidInput(
            'near: "{near}" is not a time of day as HH:MM, such as 19:00.', near=near
        )
    return int(match.group(1)) * 60 + int(match.group(2))


def _like_pattern(q: str) -> str:
    """A LIKE pattern matching `q` anywhere, its own %, _ and \\ taken literally."""
    escaped = q.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


async def search_directory(
    q: str | None, day: int | None, near: str | None, limit: int
) -> list[DirectoryMeetingOut]:
    """Directory meetings matching the filters: `q` in the name, place or city (any case), on
    `day`, within three hours of `near` ("HH:MM", nearest first); else by day, time and name."""
    if not 1 <= limit <= DIRECTORY_MAX:
        raise InvalidInput("limit must be between 1 and {most}.", most=DIRECTORY_MAX)
    query = MeetingDirectory.select()
    if q and q.strip():
        # ESCAPE spelled out: SQLite's LIKE has no escape character by default.
        query = query.where(
            WhereRaw(r""""search" LIKE {} ESCAPE '\'""", _like_pattern(" ".join(q.split())))
        )
    if day is not None:
        query = query.where(MeetingDirectory.day == day)
    if near is not None:
        minute = parse_near(near)
        query = query.where(
            (MeetingDirectory.minute >= minute - NEAR_WINDOW_MINUTES)
            & (MeetingDirectory.minute <= minute + NEAR_WINDOW_MINUTES)
        ).order_by(QueryString('ABS("minute" - {})', minute))
    rows = await query.order_by(
        MeetingDirectory.day, MeetingDirectory.minute, MeetingDirectory.name, MeetingDirectory.id
    ).limit(limit)
    return _DIRECTORY_OUT.all(rows)


_DIRECTORY_OUT = RowShape(DirectoryMeetingOut, json=("types",))
