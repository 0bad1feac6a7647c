"""Daily check-ins: idempotent submission, risk rules, the client's own history, the counselor's
review queue, check-in detail and review, and the client detail. Every query is scoped to the
person asking: a client to themself, a counselor to their caseload.
"""

from __future__ import annotations

import base64
from datetime import date, datetime, timedelta, timezone
from uuid import UUID

import msgspec
from piccolo.query.functions.aggregate import Count

from server.accounts import services as accounts
from server.accounts.services import SignedInUser
from server.accounts.tables import Account
from server.audit import services as audit
from server.care import services as care
from server.checkins import queries
from server.checkins.schemas import (
    BulkReviewOut,
    CaseloadCheckins,
    CheckinDetailOut,
    CheckinIn,
    CheckinOut,
    CheckinPolicyIn,
    CheckinPolicyOut,
    CheckinVersion,
    ClientCheckinsOut,
    ClientDetailOut,
    DayPoint,
    QueueItem,
    QueueOut,
    Support,
)
from server.checkins.tables import RISK_RANK, Checkin, CheckinPolicy, CheckinRevision
from server.core import db, submissions
from server.core.errors import AccessDenied, Conflict, InvalidInput, NotFound
from server.core.rows import RowShape
from server.programs import recurrence
from server.programs import services as schedule
from server.programs.schemas import ClientAttendanceOut
from server.programs.tables import Program

CHECKIN_SUBMITTED = "checkin.submitted"
CHECKIN_UPDATED = "checkin.updated"  # a later check-in of the same day
CHECKIN_VIEWED = "checkin.viewed"
CHECKIN_REVIEWED = "checkin.reviewed"
QUEUE_VIEWED = "review_queue.viewed"
POLICY_CHANGED = "checkin_policy.changed"
CLIENT_VIEWED = "client.viewed"
OLDEST_DAYS = 14  # a check-in may be for a day this far back (kept offline on a phone)
QUEUE_MAX = 100
REACHED_DAYS = 14  # an urgent check-in that reached someone stays open to them this long
RANKS = {rank: risk for risk, rank in RISK_RANK.items()}


# --- submitting ------------------------------------------------------------------------------


async def submit(user: SignedInUser, data: CheckinIn, now: datetime) -> tuple[CheckinOut, bool]:
    """Store a client's check-in: the day's first creates the day's entry, a later one for the
    same day updates it (the answers it replaces are kept as a revision). Any version's id and
    body again answers the same (submissions.py's promise, kept for every version).

    Returns:
        The day's entry as stored, and whether this call created it.

    Raises:
        Conflict: the id was used before with a different body (or by someone else).
        InvalidInput: a day in the future or too long ago.
    """
    digest = submissions.body_hash(data)
    replay = await _replayed(user, data.id, digest)
    if replay is not None:
        return replay, False
    _check_day(user, data, now)
    risk = assess(data, await policy_for_client(user.id, now))
    for _attempt in range(3):
        entry = await _day_entry(user.id, data.local_date)
        if entry is not None:
            return await _update(user, entry, data, digest, risk, now), False
        try:
            return await _create(user, data, risk, now)
        except Exception as exc:
            if not db.is_unique_violation(exc):
                raise
            # Another check-in of the same day was stored first: update it instead.
    raise Conflict("Your check-in crossed another one for the same day; send it again.")


async def _replayed(user: SignedInUser, key: UUID, digest: str) -> CheckinOut | None:
    """The day's entry when `key` was sent before (as its latest or an earlier version) with this
    body; None for a new id.

    Raises:
        Conflict: `key` was sent with another body, or by someone else.
    """
    stored = (
        await Checkin.select(Checkin.id, Checkin.client, Checkin.body_hash)
        .where((Checkin.submission == key) | ((Checkin.id == key) & Checkin.submission.is_null()))
        .first()
    )
    if stored is None:
        stored = (
            await CheckinRevision.select(
                CheckinRevision.checkin.as_alias("id"),
                CheckinRevision.checkin.client.as_alias("client"),
                CheckinRevision.body_hash,
            )
            .where(CheckinRevision.submission == key)
            .first()
        )
    if stored is None:
        return None
    if stored["client"] != user.id or stored["body_hash"] != digest:
        raise Conflict(REUSED_ID)
    return await own_checkin(user, stored["id"])


REUSED_ID = "A different check-in was already sent with this id; start a new check-in."


def _check_day(user: SignedInUser, data: CheckinIn, now: datetime) -> None:
    today = now.astimezone(recurrence.zone(user.timezone)).date()
    if not today - timedelta(days=OLDEST_DAYS) <= data.local_date <= today + timedelta(days=1):
        raise InvalidInput(
            "A check-in can be for today or up to {days} days back.", days=OLDEST_DAYS
        )


async def _day_entry(client_id: int, day: date) -> dict | None:
    return (
        await Checkin.select(Checkin.id)
        .where((Checkin.client == client_id) & (Checkin.local_date == day))
        .first()
    )


async def _create(user: SignedInUser, data: CheckinIn, risk: str, now: datetime):
    """The day's first check-in, as one retry-safe submission (submissions.submit_once)."""

    async def build(digest: str) -> Checkin:
        return Checkin(
            id=data.id,
            client=user.id,
            local_date=data.local_date,
            submitted_at=now,
            **_answers(data),
            risk=risk,
            risk_rank=RISK_RANK[risk],
            answers_risk=risk,
            body_hash=digest,
        )

    async def record() -> None:
        await audit.record(
            CHECKIN_SUBMITTED, actor=user.id, subject=f"checkin:{data.id}", patient=user.id, at=now
        )
        if risk == "urgent":  # reaches a named person in the same transaction
            await care.raise_alert(user.id, f"checkin:{data.id}", now)

    return await submissions.submit_once(
        Checkin,
        data.id,
        data,
        owner=Checkin.client,
        owner_id=user.id,
        conflict=Conflict(REUSED_ID),
        load=lambda: own_checkin(user, data.id),
        build=build,
        record=record,
    )


def _answers(data: CheckinIn) -> dict:
    return {
        "mood": data.mood,
        "craving": data.craving,
        "used": data.used,
        "substances": _json(data.substances if data.used else []),
        "medication": data.medication,
        "sleep_hours": data.sleep_hours,
        "triggers": _json(data.triggers),
        "helped": data.helped.strip(),
        "safety_concern": data.safety_concern,
        "note": data.note.strip(),
    }


ANSWER_FIELDS = (
    "mood",
    "craving",
    "used",
    "substances",
    "medication",
    "sleep_hours",
    "triggers",
    "helped",
    "safety_concern",
    "note",
)


async def _update(
    user: SignedInUser, entry: dict, data: CheckinIn, digest: str, risk: str, now: datetime
) -> CheckinOut:
    """A later check-in of the same day: the entry takes the new answers and the day's highest
    risk, becomes unreviewed (the counselor sees the new answers; its place in the queue is its
    first check-in's time), and the answers it replaces become a revision. Turning urgent raises
    the urgent alert, unless the day already has one."""
    subject = f"checkin:{entry['id']}"
    try:
        async with db.current().transaction():
            now_row = await db.for_update(Checkin.select().where(Checkin.id == entry["id"])).first()
            if data.id in (now_row["id"], now_row["submission"]) or (
                await CheckinRevision.exists().where(CheckinRevision.submission == data.id)
            ):  # the same new id, sent twice at once: the other send stored it
                raise _SentTwice()
            highest = min(RISK_RANK[risk], now_row["risk_rank"])
            await CheckinRevision.insert(_revision_of(now_row))
            await Checkin.update(
                {
                    **{getattr(Checkin, k): v for k, v in _answers(data).items()},
                    Checkin.submission: data.id,
                    Checkin.body_hash: digest,
                    Checkin.answers_risk: risk,
                    Checkin.risk: RANKS[highest],
                    Checkin.risk_rank: highest,
                    Checkin.revisions: now_row["revisions"] + 1,
                    Checkin.updated_at: now,
                    Checkin.reviewed_at: None,
                    Checkin.reviewed_by: None,
                    Checkin.counselor_note: "",
                }
            ).where(Checkin.id == entry["id"])
            await audit.record(
                CHECKIN_UPDATED, actor=user.id, subject=subject, patient=user.id, at=now
            )
            if RANKS[highest] == "urgent" and not await care.alert_states([subject]):
                await care.raise_alert(user.id, subject, now)  # once per day's entry
    except Exception as exc:
        if not (isinstance(exc, _SentTwice) or db.is_unique_violation(exc)):
            raise
        replay = await _replayed(user, data.id, digest)
        if replay is None:
            raise
        return replay
    return await own_checkin(user, entry["id"])


class _SentTwice(Exception):
    """Two sends of one new version raced; the other one stored it."""


def _revision_of(row: dict) -> CheckinRevision:
    return CheckinRevision(
        checkin=row["id"],
        submission=row["submission"] or row["id"],
        body_hash=row["body_hash"],
        submitted_at=row["updated_at"] or row["submitted_at"],
        **{field: row[field] for field in ANSWER_FIELDS},
        risk=row["answers_risk"] or row["risk"],
        reviewed_by=row["reviewed_by"],
        reviewed_at=row["reviewed_at"],
        counselor_note=row["counselor_note"],
    )


def assess(data: CheckinIn, policy: CheckinPolicyIn) -> str:
    """The risk rules: a safety concern is urgent; reported use or strong craving is high."""
    if data.safety_concern and policy.urgent_on_safety:
        return "urgent"
    if (data.used and policy.high_on_use) or data.craving >= policy.high_craving_at:
        return "high"
    return "normal"


async def own_checkin(user: SignedInUser, checkin_id) -> CheckinOut:
    row = (
        await Checkin.select()
        .where((Checkin.id == checkin_id) & (Checkin.client == user.id))
        .first()
    )
    if row is None:
        raise NotFound("No such check-in.")
    out = checkin_out(row)
    if out.risk in ("urgent", "high"):
        out.support = await support_for(
            user.id, datetime.now(timezone.utc), f"checkin:{row['id']}", locale=user.locale
        )
    return out


async def support_for(
    client_id: int, now: datetime, subject: str | None = None, *, locale: str | None = None
) -> Support:
    """The client's coping plan, counselor, who will see the check-in and the program phone,
    shown with 988 after a risky check-in. `subject`: the check-in, when it raised an alert
    (then the people it reached are named, not whoever would be reached now)."""
    plan = await care.coping_plan(client_id, locale)
    team = await care.team_of(client_id)
    primary = next((m.name for m in team if m.is_primary and m.active), None)
    seen_by = (await care.label_for_alert(subject, locale) if subject else None) or (
        await care.route_for(client_id, now, locale)
    ).label
    enrollment = await schedule.current_enrollment(client_id, now)
    program = (
        await Program.select(Program.phone).where(Program.id == enrollment["program"]).first()
        if enrollment
        else None
    )
    return Support(
        coping_plan=plan,
        counselor_name=primary,
        seen_by=seen_by,
        program_phone=(program or {}).get("phone", ""),
    )


def checkin_out(row: dict) -> CheckinOut:
    return CheckinOut(
        id=row["id"],
        local_date=row["local_date"],
        submitted_at=row["submitted_at"],
        mood=row["mood"],
        craving=row["craving"],
        used=row["used"],
        substances=msgspec.json.decode(row["substances"]),
        medication=row["medication"],
        sleep_hours=row["sleep_hours"],
        triggers=msgspec.json.decode(row["triggers"]),
        helped=row["helped"],
        safety_concern=row["safety_concern"],
        note=row["note"],
        risk=row["risk"],
        reviewed_at=row["reviewed_at"],
        counselor_note=row["counselor_note"] if row["reviewed_at"] else "",
        revisions=row["revisions"],
        updated_at=row["updated_at"],
    )


def _json(values: list[str]) -> str:
    return msgspec.json.encode([value.strip() for value in values if value.strip()]).decode()


# --- the client's own ----------------------------------------------------------------------------


async def own_history(user: SignedInUser, days: int, now: datetime) -> list[CheckinOut]:
    since = now.astimezone(recurrence.zone(user.timezone)).date() - timedelta(days=days - 1)
    rows = (
        await Checkin.select()
        .where((Checkin.client == user.id) & (Checkin.local_date >= since))
        .order_by(Checkin.submitted_at, ascending=False)
    )
    return [checkin_out(row) for row in rows]


async def today_state(user: SignedInUser, now: datetime) -> tuple[bool, CheckinOut | None]:
    """Whether the client has checked in today (their zone), and their latest check-in."""
    today = now.astimezone(recurrence.zone(user.timezone)).date()
    row = await db.fetch_first(queries.LATEST, user.id, today - timedelta(days=OLDEST_DAYS))
    if row is None:
        return False, None
    return row["local_date"] == today, checkin_out(row)


async def checkin_days(client_ids: list[int], since: date) -> dict[int, set[date]]:
    """Each client's days with a check-in from `since` on (the reminder planner skips them)."""
    days: dict[int, set[date]] = {client: set() for client in client_ids}
    if client_ids:
        for row in await Checkin.select(Checkin.client, Checkin.local_date).where(
            Checkin.client.is_in(client_ids) & (Checkin.local_date >= since)
        ):
            days[row["client"]].add(row["local_date"])
    return days


# --- policies ------------------------------------------------------------------------------------


async def policy_for_client(client_id: int, now: datetime) -> CheckinPolicyIn:
    """The risk rules of the client's current program, or the defaults."""
    enrollment = await schedule.current_enrollment(client_id, now)
    if enrollment is None:
        return CheckinPolicyIn()
    return await program_policy(enrollment["program"])


async def program_policy(program_id: int) -> CheckinPolicyOut:
    row = await CheckinPolicy.select().where(CheckinPolicy.program == program_id).first()
    return _POLICY_OUT(row) if row is not None else CheckinPolicyOut(program_id=program_id)


_POLICY_OUT = RowShape(CheckinPolicyOut, columns={"program_id": "program"})


async def set_program_policy(
    program_id: int, data: CheckinPolicyIn, *, actor: int | None = None
) -> CheckinPolicyOut:
    if not await Program.exists().where(Program.id == program_id):
        raise NotFound("No such program.")
    values = {
        CheckinPolicy.urgent_on_safety: data.urgent_on_safety,
        CheckinPolicy.high_on_use: data.high_on_use,
        CheckinPolicy.high_craving_at: data.high_craving_at,
        CheckinPolicy.missed_days: data.missed_days,
    }
    async with db.current().transaction():
        if await CheckinPolicy.exists().where(CheckinPolicy.program == program_id):
            await CheckinPolicy.update(values).where(CheckinPolicy.program == program_id)
        else:
            await CheckinPolicy.insert(
                CheckinPolicy(program=program_id, **{c._meta.name: v for c, v in values.items()})
            )
        await audit.record(POLICY_CHANGED, actor=actor, subject=f"program:{program_id}")
    return await program_policy(program_id)


# --- counselors --------------------------------------------------------------------------------


def _caseload(counselor_id: int):
    return accounts.caseload_of(counselor_id)


async def _reached(user: SignedInUser) -> list[UUID]:
    """Check-ins whose urgent alert reached this person in the last REACHED_DAYS (an on-call
    counselor, an admin): they may open those beside their caseload's."""
    since = datetime.now(timezone.utc) - timedelta(days=REACHED_DAYS)
    subjects = await care.reached_subjects(user.id, "checkin:", since)
    return [UUID(subject[len("checkin:") :]) for subject in subjects]


def _staff_scope(user: SignedInUser, reached: list[UUID]):
    """The check-ins a staff member may work with: their caseload's and those `reached`."""
    scope = Checkin.client.is_in(_caseload(user.id))
    return scope | Checkin.id.is_in(reached) if reached else scope


async def review_queue(user: SignedInUser, limit: int, after: str | None) -> QueueOut:
    """Unreviewed check-ins of the counselor's caseload (and any whose urgent alert reached
    them): urgent, then high, then oldest first."""
    if not 1 <= limit <= QUEUE_MAX:
        raise InvalidInput("limit must be between 1 and {most}.", most=QUEUE_MAX)
    reached = await _reached(user)
    scope = _staff_scope(user, reached)
    # risk_rank IN (...) lets SQLite pick the partial unreviewed index without ANALYZE statistics.
    where = Checkin.reviewed_at.is_null() & Checkin.risk_rank.is_in(list(RANKS)) & scope
    if after:
        rank, at, last_id = _cursor_values(after)
        where = where & (
            (Checkin.risk_rank > rank)
            | ((Checkin.risk_rank == rank) & (Checkin.submitted_at > at))
            | ((Checkin.risk_rank == rank) & (Checkin.submitted_at == at) & (Checkin.id > last_id))
        )
    rows = (
        await Checkin.select(
            Checkin.id,
            Checkin.client,
            Checkin.client.display_name,
            Checkin.local_date,
            Checkin.submitted_at,
            Checkin.risk,
            Checkin.risk_rank,
            Checkin.mood,
            Checkin.craving,
            Checkin.used,
            Checkin.safety_concern,
            Checkin.revisions,
            Checkin.updated_at,
        )
        .where(where)
        .order_by(Checkin.risk_rank, Checkin.submitted_at, Checkin.id)
        .limit(limit + 1)
    )
    page, more = rows[:limit], len(rows) > limit
    await audit.record_views(  # the page shows each client's check-ins: one event per client
        QUEUE_VIEWED,
        actor=user.id,
        views=[("review-queue", client) for client in sorted({row["client"] for row in page})],
    )
    items = _QUEUE_ITEM.all(page)
    alerts = await care.alert_states(
        [f"checkin:{item.id}" for item in items if item.risk == "urgent"]
    )
    for item in items:
        item.alert = alerts.get(f"checkin:{item.id}")
    return QueueOut(
        items=items,
        counts=await _unreviewed_counts(user.id, scope if reached else None),
        next_cursor=_cursor(page[-1]) if more else None,
    )


_QUEUE_ITEM = RowShape(
    QueueItem, columns={"client_id": "client", "client_name": "client.display_name"}
)


async def _unreviewed_counts(counselor_id: int, scope=None) -> dict[str, int]:
    """Unreviewed check-ins per risk: of the caseload (raw SQL, B5: a third cheaper than the
    query builder's), or of a wider `scope` when alerts reached the person."""
    if scope is None:
        rows = await Checkin.raw(
            "SELECT risk_rank, COUNT(*) AS n FROM checkin WHERE reviewed_at IS NULL "
            "AND risk_rank IN (0, 1, 2) AND client IN "
            "(SELECT client FROM care_team_member WHERE counselor = {}) GROUP BY risk_rank",
            counselor_id,
        )
    else:
        rows = (
            await Checkin.select(Checkin.risk_rank, Count(Checkin.id, alias="n"))
            .where(Checkin.reviewed_at.is_null() & Checkin.risk_rank.is_in(list(RANKS)) & scope)
            .group_by(Checkin.risk_rank)
        )
    counts = {risk: 0 for risk in RISK_RANK}
    for row in rows:
        counts[RANKS[row["risk_rank"]]] = row["n"]
    return counts


def _cursor(row: dict) -> str:
    text = f"{row['risk_rank']}|{row['submitted_at'].isoformat()}|{row['id']}"
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _cursor_values(cursor: str):
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        rank, at, last_id = text.split("|")
        return int(rank), datetime.fromisoformat(at), UUID(last_id)
    except (ValueError, UnicodeDecodeError) as exc:
        raise InvalidInput("That page cursor is not valid; reload the queue.") from exc


async def _caseload_checkin(user: SignedInUser, checkin_id) -> dict:
    row = (
        await Checkin.select(*Checkin.all_columns(), Checkin.client.display_name)
        .where((Checkin.id == checkin_id) & _staff_scope(user, await _reached(user)))
        .first()
    )
    if row is None:
        raise AccessDenied(f"check-in {checkin_id} is not on their caseload")
    return row


async def checkin_detail(user: SignedInUser, checkin_id, now: datetime) -> CheckinDetailOut:
    """One check-in beside the client's last 14 days; the look is audited."""
    row = await _caseload_checkin(user, checkin_id)
    since = row["local_date"] - timedelta(days=13)
    recent = (
        await Checkin.select()
        .where((Checkin.client == row["client"]) & (Checkin.local_date >= since))
        .order_by(Checkin.submitted_at, ascending=False)
        .limit(60)
    )
    await audit.record(
        CHECKIN_VIEWED,
        actor=user.id,
        subject=f"checkin:{checkin_id}",
        patient=row["client"],
        at=now,
    )
    subject = f"checkin:{checkin_id}"
    await care.acknowledge(subject, user, now)  # opening an urgent check-in acknowledges it
    out = checkin_out(row)
    out.counselor_note = row["counselor_note"]
    return CheckinDetailOut(
        checkin=out,
        client_id=row["client"],
        client_name=row["client.display_name"],
        recent=[checkin_out(r) for r in recent],
        alert=(await care.alert_states([subject])).get(subject),
        history=await _history(row) if row["revisions"] else [],
    )


async def _history(row: dict) -> list[CheckinVersion]:
    """The day's earlier versions, newest first."""
    versions = (
        await CheckinRevision.select()
        .where(CheckinRevision.checkin == row["id"])
        .order_by(CheckinRevision.submitted_at, ascending=False)
        .order_by(CheckinRevision.id, ascending=False)
    )
    return [
        CheckinVersion(
            submitted_at=v["submitted_at"],
            risk=v["risk"],
            **{f: v[f] for f in ANSWER_FIELDS if f not in ("substances", "triggers")},
            substances=msgspec.json.decode(v["substances"]),
            triggers=msgspec.json.decode(v["triggers"]),
            reviewed_at=v["reviewed_at"],
            counselor_note=v["counselor_note"],
        )
        for v in versions
    ]


async def review(user: SignedInUser, checkin_id, note: str, now: datetime) -> CheckinOut:
    """Mark a check-in reviewed with an optional note the client sees; audited."""
    row = await _caseload_checkin(user, checkin_id)
    await care.acknowledge(f"checkin:{checkin_id}", user, now)
    async with db.current().transaction():
        await Checkin.update(
            {
                Checkin.reviewed_at: now,
                Checkin.reviewed_by: user.id,
                Checkin.counselor_note: note.strip(),
            }
        ).where(Checkin.id == checkin_id)
        await audit.record(
            CHECKIN_REVIEWED,
            actor=user.id,
            subject=f"checkin:{checkin_id}",
            patient=row["client"],
            at=now,
        )
    updated = await Checkin.select().where(Checkin.id == checkin_id).first()
    return checkin_out(updated)


async def review_many(
    user: SignedInUser, ids: list[UUID], note: str, now: datetime
) -> BulkReviewOut:
    """Mark many normal-risk check-ins reviewed with one note, all or none, in one transaction.

    Only normal-risk ones: a high or urgent check-in is opened and reviewed on its own. Ones
    reviewed before are reported and left as they were (their note stays theirs).

    Raises:
        AccessDenied: an id unknown or outside the person's scope (named in the 404's detail).
        Conflict: an id of a high or urgent check-in (named in the detail).
    """
    wanted = list(dict.fromkeys(ids))  # the same id twice is the same request
    rows = await Checkin.select(
        Checkin.id, Checkin.client, Checkin.risk, Checkin.reviewed_at
    ).where(Checkin.id.is_in(wanted) & _staff_scope(user, await _reached(user)))
    found = {row["id"]: row for row in rows}
    missing = [key for key in wanted if key not in found]
    if missing:
        raise AccessDenied(
            f"check-ins {_listed(missing)} are not in their scope",
            message="Not found on your caseload: {ids}.",
            ids=_listed(missing),
        )
    risky = [key for key in wanted if found[key]["risk"] != "normal"]
    if risky:
        raise Conflict(
            "High or urgent check-ins must be reviewed one at a time: {ids}.", ids=_listed(risky)
        )
    todo = [key for key in wanted if found[key]["reviewed_at"] is None]
    async with db.current().transaction():
        done = (
            await Checkin.update(
                {
                    Checkin.reviewed_at: now,
                    Checkin.reviewed_by: user.id,
                    Checkin.counselor_note: note.strip(),
                }
            )
            .where(
                Checkin.id.is_in(todo)
                & Checkin.reviewed_at.is_null()
                & (Checkin.risk_rank == RISK_RANK["normal"])
            )
            .returning(Checkin.id)
            if todo
            else []
        )
        if len(done) != len(todo):  # one was updated or reviewed meanwhile: ask again
            raise Conflict("Some of these check-ins changed just now; reload the queue.")
        await audit.record_views(  # one event per check-in, as the single review writes
            CHECKIN_REVIEWED,
            actor=user.id,
            views=[(f"checkin:{key}", found[key]["client"]) for key in todo],
            at=now,
        )
    items = await Checkin.select().where(Checkin.id.is_in(todo)) if todo else []
    order = {key: at for at, key in enumerate(todo)}
    return BulkReviewOut(
        reviewed=len(todo),
        items=[checkin_out(row) for row in sorted(items, key=lambda r: order[r["id"]])],
        already_reviewed=[key for key in wanted if found[key]["reviewed_at"] is not None],
    )


def _listed(keys: list[UUID]) -> str:
    return ", ".join(str(key) for key in keys)


async def client_detail(user: SignedInUser, client_id: int, now: datetime) -> ClientDetailOut:
    """A client's trends: 30 and 90 days of mood and craving, streak, use days, hours. In the
    chart's scope (chart_client): a counselor's caseload and clients whose alert reached them,
    an admin's any client."""
    person = await care.chart_client(user, client_id, now)
    today = now.astimezone(recurrence.zone(person["timezone"])).date()
    rows = await Checkin.select(
        Checkin.local_date, Checkin.mood, Checkin.craving, Checkin.used
    ).where((Checkin.client == client_id) & (Checkin.local_date >= today - timedelta(days=89)))
    days = _by_day(rows)
    await audit.record(
        CLIENT_VIEWED, actor=user.id, subject=f"client:{client_id}", patient=client_id, at=now
    )
    last = (
        await Checkin.select(Checkin.local_date)
        .where(Checkin.client == client_id)
        .order_by(Checkin.local_date, ascending=False)
        .first()
    )
    return ClientDetailOut(
        client_id=client_id,
        name=person["display_name"],
        last_checkin=last["local_date"] if last else None,
        streak_days=_streak(days, today),
        use_days_30=sum(
            1 for day, value in days.items() if value["used"] and day > today - timedelta(days=30)
        ),
        days_30=_series(days, today, 30),
        days_90=_series(days, today, 90),
        hours=await schedule.week_hours(client_id, now),
    )


def _by_day(rows: list[dict]) -> dict[date, dict]:
    """Per day: the lowest mood, the highest craving, and whether use was reported."""
    days: dict[date, dict] = {}
    for row in rows:
        day = days.setdefault(row["local_date"], {"mood": 5, "craving": 0, "used": False})
        day["mood"] = min(day["mood"], row["mood"])
        day["craving"] = max(day["craving"], row["craving"])
        day["used"] = day["used"] or row["used"]
    return days


def _series(days: dict[date, dict], today: date, length: int) -> list[DayPoint]:
    points = []
    for back in range(length - 1, -1, -1):
        day = today - timedelta(days=back)
        value = days.get(day)
        points.append(
            DayPoint(
                date=day,
                mood=value["mood"] if value else None,
                craving=value["craving"] if value else None,
            )
        )
    return points


def _streak(days: dict[date, dict], today: date) -> int:
    """Consecutive days with a check-in ending today, or yesterday when today is still open."""
    day = today if today in days else today - timedelta(days=1)
    streak = 0
    while day in days:
        streak += 1
        day -= timedelta(days=1)
    return streak


async def caseload_checkins(client_ids: list[int], now: datetime) -> dict[int, CaseloadCheckins]:
    """Per client: the last check-in day, whether the missed-days rule flags them, and unreviewed
    counts by risk (for the caseload screen)."""
    if not client_ids:
        return {}
    last = {
        row["client"]: row["last"]
        for row in await Checkin.raw(
            "SELECT client, MAX(local_date) AS last FROM checkin WHERE client IN ("
            + ", ".join("{}" for _ in client_ids)
            + ") GROUP BY client",
            *client_ids,
        )
    }
    unreviewed: dict[int, dict[str, int]] = {
        cid: {risk: 0 for risk in RISK_RANK} for cid in client_ids
    }
    for row in await Checkin.select(Checkin.client, Checkin.risk).where(
        Checkin.reviewed_at.is_null() & Checkin.client.is_in(client_ids)
    ):
        unreviewed[row["client"]][row["risk"]] += 1
    zones = {
        r["id"]: r["timezone"]
        for r in await Account.select(Account.id, Account.timezone).where(
            Account.id.is_in(client_ids)
        )
    }
    policies = await _policies_of(client_ids, now)
    out = {}
    for cid in client_ids:
        policy = policies.get(cid, _DEFAULT_POLICY)
        today = now.astimezone(recurrence.zone(zones.get(cid, "UTC"))).date()
        last_day = _as_date(last.get(cid))
        missed = (
            last_day is None or (today - timedelta(days=1) - last_day).days >= policy.missed_days
        )
        out[cid] = CaseloadCheckins(
            last_checkin=last_day, missed=missed, unreviewed=unreviewed[cid]
        )
    return out


_DEFAULT_POLICY = CheckinPolicyIn()


async def _policies_of(client_ids: list[int], now: datetime) -> dict[int, CheckinPolicyIn]:
    """Each client's program rules, in two queries whatever the caseload's size."""
    enrollments = await schedule.current_enrollments(client_ids, now)
    programs = sorted({enrollment["program"] for enrollment in enrollments.values()})
    rows = (
        await CheckinPolicy.select().where(CheckinPolicy.program.is_in(programs))
        if programs
        else []
    )
    by_program = {row["program"]: _POLICY_OUT(row) for row in rows}
    return {
        client: by_program.get(e["program"], _DEFAULT_POLICY) for client, e in enrollments.items()
    }


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


# --- the client chart ------------------------------------------------------------------------

CHECKINS_LISTED = "client.checkins_viewed"


async def client_checkins(
    user: SignedInUser, client_id: int, days: int, now: datetime
) -> ClientCheckinsOut:
    """One client's check-ins of the last `days` (their own days), newest first, with whether
    each is reviewed. Audited as one view; unlike opening one check-in, it acknowledges no
    urgent alert (the list shows the risk, not the answers a counselor must read)."""
    person = await care.chart_client(user, client_id, now)
    since = now.astimezone(recurrence.zone(person["timezone"])).date() - timedelta(days=days - 1)
    rows = (
        await Checkin.select()
        .where((Checkin.client == client_id) & (Checkin.local_date >= since))
        .order_by(Checkin.local_date, ascending=False)
        .order_by(Checkin.submitted_at, ascending=False)
    )
    await audit.record(
        CHECKINS_LISTED, actor=user.id, subject=f"client:{client_id}", patient=client_id, at=now
    )
    items = [checkin_out(row) for row in rows]
    for item, row in zip(items, rows, strict=True):
        item.counselor_note = row["counselor_note"]  # staff see the note as written
    return ClientCheckinsOut(client_id=client_id, days=days, items=items)


ATTENDANCE_LISTED = "client.attendance_viewed"


async def client_attendance(
    user: SignedInUser, client_id: int, weeks: int, now: datetime
) -> ClientAttendanceOut:
    """One client's sessions and hours of the last `weeks` program weeks (this one included),
    in the chart's scope; audited as one view. (Served here, beside the trends, because the
    schedule's app sits below the care app that knows whose alerts reached whom.)"""
    person = await care.chart_client(user, client_id, now)
    out = await schedule.client_attendance(client_id, weeks, now, person["timezone"])
    await audit.record(
        ATTENDANCE_LISTED, actor=user.id, subject=f"client:{client_id}", patient=client_id, at=now
    )
    return out
