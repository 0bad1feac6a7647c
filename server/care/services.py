"""Care teams and urgent routing: who works with a client, and who an urgent item reaches.

Routing: an urgent item goes to the active members of the client's care team (not on leave);
when there are none, to the on-call counselors of the client's program; when there are none
either, to every active admin; and when a clinic has no active admin, to every active
counselor. It never goes to nobody while anyone on staff can sign in.

An alert is acknowledged when someone it reached (or anyone on the care team) opens the item.
Not acknowledged `escalate_minutes` after a step (a program setting, default 15, quiet hours
or not), the escalation tick takes it one step up: on-call, then admins. Each step's people are
`alert_recipient` rows, written with the step in one transaction and audited; the notifications
planner turns them into outbox rows, claimed and sent like every other reminder.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import msgspec

from server.accounts import services as accounts
from server.accounts.services import SignedInUser
from server.accounts.tables import Account, CareTeamMember, ClientProfile, Role
from server.audit import services as audit
from server.care import queries
from server.care.schemas import (
    AlertState,
    CareTeamOut,
    Colleague,
    OnCallOut,
    Person,
    TeamMember,
)
from server.care.tables import (
    DEFAULT_ESCALATE_MINUTES,
    AlertRecipient,
    OnCall,
    ProgramCare,
    UrgentAlert,
)
from server.core import db, i18n
from server.core.errors import AccessDenied, InvalidInput, NotFound
from server.programs import services as schedule
from server.programs.tables import Program

ROUTES = ("team", "on_call", "admins")
ALERT_RAISED = "urgent_alert.raised"
ALERT_ESCALATED = "urgent_alert.escalated"
ALERT_ACKNOWLEDGED = "urgent_alert.acknowledged"
TEAM_CHANGED = "care_team.changed"
TEAM_VIEWED = "care_team.viewed"
CASELOAD_TRANSFERRED = "caseload.transferred"
ON_CALL_CHANGED = "on_call.changed"
ESCALATION_BATCH = 100
MAX_TEAM = 12
DEFAULT_COPING_PLAN = (
    "Pause and breathe slowly for a minute. Move away from the trigger if you can. "
    "Call someone on your support list or go to a meeting. You do not have to do this alone."
)


class Route(msgspec.Struct, frozen=True):
    """Who an urgent item about a client reaches now, and how the client is told."""

    route: str  # team | on_call | admins
    people: list[int]
    label: str  # "Sam Diaz, your counselor" / "the on-call counselor at Front Range IOP"


# --- care teams ------------------------------------------------------------------------------


async def care_team(client_id: int, user: SignedInUser, now: datetime) -> CareTeamOut:
    """A client's care team, for an admin or a counselor on it (else 404, audited); audited."""
    await _check_client(client_id, user)
    await audit.record(
        TEAM_VIEWED, actor=user.id, subject=f"client:{client_id}", patient=client_id, at=now
    )
    return CareTeamOut(client_id=client_id, members=await team_of(client_id))


async def counselors() -> list[Colleague]:
    """Every active counselor, for choosing care-team members and on-call counselors."""
    rows = (
        await Account.select(Account.id, Account.display_name, Account.on_leave)
        .where((Account.role == Role.counselor.value) & Account.active.eq(True))
        .order_by(Account.display_name)
    )
    return [Colleague(id=r["id"], name=r["display_name"], on_leave=r["on_leave"]) for r in rows]


async def team_of(client_id: int) -> list[TeamMember]:
    return [TeamMember(**row) for row in (await accounts.care_teams_of([client_id]))[client_id]]


async def set_team(
    client_id: int, primary: int, others: list[int], *, actor: SignedInUser, now: datetime
) -> list[TeamMember]:
    """Make the client's care team `primary` plus `others`. A counselor may change only the team
    of a client they are on (else 404, audited); admins any client's.

    Raises:
        NotFound / AccessDenied: no such client, or not on the counselor's caseload.
        InvalidInput: a member is not an active counselor, or the team is too large.
    """
    await _check_client(client_id, actor)
    members = [primary] + [c for c in dict.fromkeys(others) if c != primary]
    if len(members) > MAX_TEAM:
        raise InvalidInput("A care team has at most {most} counselors.", most=MAX_TEAM)
    found = await Account.select(Account.id).where(
        Account.id.is_in(members) & (Account.role == Role.counselor.value) & Account.active.eq(True)
    )
    if len(found) != len(members):
        raise InvalidInput("Every member of a care team must be an active counselor.")
    async with db.current().transaction():
        await CareTeamMember.delete().where(CareTeamMember.client == client_id)
        await CareTeamMember.insert(
            *(
                CareTeamMember(client=client_id, counselor=c, is_primary=c == primary, added_at=now)
                for c in members
            )
        )
        await audit.record(
            TEAM_CHANGED, actor=actor.id, subject=f"client:{client_id}", patient=client_id, at=now
        )
    return await team_of(client_id)


async def _check_client(client_id: int, actor: SignedInUser) -> None:
    exists = await Account.exists().where(
        (Account.id == client_id) & (Account.role == Role.client.value)
    )
    if actor.role == Role.admin.value:
        if not exists:
            raise NotFound("No such client.")
        return
    if not exists or not await accounts.on_care_team(actor.id, client_id):
        raise AccessDenied(f"client {client_id} is not on their caseload", patient_id=client_id)


async def transfer_caseload(from_id: int, to_id: int, *, actor: int | None, now: datetime) -> int:
    """Move every care-team place of one counselor to another (primary stays primary); returns
    how many clients moved. Where both were on a team, the leaver's place is dropped."""
    if from_id == to_id:
        raise InvalidInput("Choose two different counselors.")
    if not await Account.exists().where(
        (Account.id == to_id) & (Account.role == Role.counselor.value) & Account.active.eq(True)
    ):
        raise InvalidInput("The counselor taking over must be an active counselor.")
    async with db.current().transaction():
        rows = await CareTeamMember.select(
            CareTeamMember.id, CareTeamMember.client, CareTeamMember.is_primary
        ).where(CareTeamMember.counselor == from_id)
        both = {
            row["client"]
            for row in await CareTeamMember.select(CareTeamMember.client).where(
                (CareTeamMember.counselor == to_id)
                & CareTeamMember.client.is_in([r["client"] for r in rows] or [0])
            )
        }
        for row in rows:
            if row["client"] in both:
                await CareTeamMember.delete().where(CareTeamMember.id == row["id"])
                if row["is_primary"]:
                    await CareTeamMember.update({CareTeamMember.is_primary: True}).where(
                        (CareTeamMember.client == row["client"])
                        & (CareTeamMember.counselor == to_id)
                    )
            else:
                await CareTeamMember.update({CareTeamMember.counselor: to_id}).where(
                    CareTeamMember.id == row["id"]
                )
        await audit.record_views(  # each client's record changed: one event each
            CASELOAD_TRANSFERRED,
            actor=actor,
            views=[(f"account:{from_id}->account:{to_id}", row["client"]) for row in rows],
            at=now,
        )
    return len(rows)


# --- program settings --------------------------------------------------------------------------


async def program_care(program_id: int) -> OnCallOut:
    if not await Program.exists().where(Program.id == program_id):
        raise NotFound("No such program.")
    setting = await ProgramCare.select().where(ProgramCare.program == program_id).first()
    people = (
        await OnCall.select(
            OnCall.counselor.as_alias("id"), OnCall.counselor.display_name.as_alias("name")
        )
        .where(OnCall.program == program_id)
        .order_by(OnCall.counselor.display_name)
    )
    return OnCallOut(
        program_id=program_id,
        counselors=[Person(**p) for p in people],
        escalate_minutes=setting["escalate_minutes"] if setting else DEFAULT_ESCALATE_MINUTES,
        counselors_invite=setting["counselors_invite"] if setting else True,
    )


async def set_program_care(
    program_id: int,
    counselors: list[int],
    escalate_minutes: int,
    counselors_invite: bool,
    *,
    actor: int | None,
    now: datetime,
) -> OnCallOut:
    """Name a program's on-call counselors and its escalation delay (1 to 240 minutes)."""
    if not await Program.exists().where(Program.id == program_id):
        raise NotFound("No such program.")
    if not 1 <= escalate_minutes <= 240:
        raise InvalidInput("Escalate after 1 to 240 minutes.")
    counselors = list(dict.fromkeys(counselors))
    if counselors and len(
        await Account.select(Account.id).where(
            Account.id.is_in(counselors) & (Account.role == Role.counselor.value)
        )
    ) != len(counselors):
        raise InvalidInput("Only counselors can be on call.")
    async with db.current().transaction():
        await OnCall.delete().where(OnCall.program == program_id)
        if counselors:
            await OnCall.insert(*(OnCall(program=program_id, counselor=c) for c in counselors))
        await ProgramCare.delete().where(ProgramCare.program == program_id)
        await ProgramCare.insert(
            ProgramCare(
                program=program_id,
                escalate_minutes=escalate_minutes,
                counselors_invite=counselors_invite,
            )
        )
        await audit.record(ON_CALL_CHANGED, actor=actor, subject=f"program:{program_id}", at=now)
    return await program_care(program_id)


# --- routing ------------------------------------------------------------------------------------


async def route_for(client_id: int, now: datetime, locale: str | None = None) -> Route:
    """Who an urgent item about this client reaches now: the first of care team, on-call and
    admins with anyone available in it (`label` in the client's language, `locale`)."""
    program = await _program_of(client_id, now)
    for route in ROUTES:
        people = await _people(route, client_id, program)
        if people:
            return Route(route, people, await _label(route, client_id, program, people, locale))
    raise AssertionError("unreachable: _people('admins') always finds someone on staff")


async def _program_of(client_id: int, now: datetime) -> dict | None:
    enrollment = await schedule.current_enrollment(client_id, now)
    if enrollment is None:
        return None
    return {"id": enrollment["program"], "name": enrollment["program.name"]}


async def _people(route: str, client_id: int, program: dict | None) -> list[int]:
    """The available people of one route: active and not on leave. For admins, when no admin is
    available: any active admin; when there is none: every active counselor."""
    available = Account.active.eq(True) & Account.on_leave.eq(False)
    if route == "team":
        where = available & Account.id.is_in(
            CareTeamMember.select(CareTeamMember.counselor).where(
                CareTeamMember.client == client_id
            )
        )
    elif route == "on_call":
        if program is None:
            return []
        where = available & Account.id.is_in(
            OnCall.select(OnCall.counselor).where(OnCall.program == program["id"])
        )
    else:
        for where in (
            available & (Account.role == Role.admin.value),
            Account.active.eq(True) & (Account.role == Role.admin.value),
            Account.active.eq(True) & (Account.role == Role.counselor.value),
        ):
            found = await Account.select(Account.id).where(where).order_by(Account.id)
            if found:
                return [row["id"] for row in found]
        return []
    rows = await Account.select(Account.id).where(where).order_by(Account.id)
    return [row["id"] for row in rows]


async def _label(
    route: str, client_id: int, program: dict | None, people: list[int], locale: str | None
) -> str:
    """Who, in words the client reads (their language): "Sam Diaz, your counselor"."""
    if route == "team":
        team = [m for m in await team_of(client_id) if m.id in people]
        first = team[0]
        if first.is_primary:
            return i18n.text(locale, "{name}, your counselor", name=first.name)
        return i18n.text(locale, "{name}, from your care team", name=first.name)
    if route == "on_call":
        if program:
            return i18n.text(locale, "the on-call counselor at {program}", program=program["name"])
        return i18n.text(locale, "the on-call counselor")
    if program:
        return i18n.text(locale, "the clinical staff at {program}", program=program["name"])
    return i18n.text(locale, "the clinical staff")


async def coping_plan(client_id: int, locale: str | None = None) -> str:
    """The coping text a client in trouble reads: their own (set with their counselor), else the
    program's default, in their language."""
    profile = (
        await ClientProfile.select(ClientProfile.coping_plan)
        .where(ClientProfile.account == client_id)
        .first()
    )
    return (profile or {}).get("coping_plan") or i18n.text(locale, DEFAULT_COPING_PLAN)


# --- alerts ----------------------------------------------------------------------------------


async def raise_alert(client_id: int, subject: str, now: datetime) -> Route:
    """Raise an urgent alert about `subject` (once; inside the caller's transaction) and reach
    its first step's people. Returns the route, for telling the client who will see it."""
    route = await route_for(client_id, now)
    program = await _program_of(client_id, now)
    later = ROUTES.index(route.route) < len(ROUTES) - 1
    minutes = await _escalate_minutes(program["id"] if program else None)
    rows = await UrgentAlert.insert(
        UrgentAlert(
            subject=subject,
            client=client_id,
            program=program["id"] if program else None,
            raised_at=now,
            route=route.route,
            escalate_at=now + timedelta(minutes=minutes) if later else None,
        )
    ).returning(UrgentAlert.id)
    alert_id = rows[0]["id"]
    await _reach(alert_id, route.route, route.people, client_id, now)
    await audit.record(ALERT_RAISED, subject=f"alert:{alert_id}", patient=client_id, at=now)
    return route


async def _reach(alert_id: int, route: str, people: list[int], client_id: int, now: datetime):
    await AlertRecipient.insert(
        *(AlertRecipient(alert=alert_id, account=p, route=route, notified_at=now) for p in people)
    )
    await audit.record_views(  # each person it reached: the alert shows them a client's item
        f"urgent_alert.reached.{route}",
        actor=None,
        views=[(f"alert:{alert_id}:account:{p}", client_id) for p in people],
        at=now,
    )


async def _escalate_minutes(program_id: int | None) -> int:
    if program_id is None:
        return DEFAULT_ESCALATE_MINUTES
    row = (
        await ProgramCare.select(ProgramCare.escalate_minutes)
        .where(ProgramCare.program == program_id)
        .first()
    )
    return row["escalate_minutes"] if row else DEFAULT_ESCALATE_MINUTES


async def escalate_due(now: datetime) -> int:
    """Take every alert not acknowledged in time one step up; returns how many moved.

    Each alert is claimed by a conditional UPDATE on its current step, so two jobs processes
    never escalate the same step twice."""
    due = (
        await UrgentAlert.select(
            UrgentAlert.id,
            UrgentAlert.client,
            UrgentAlert.program,
            UrgentAlert.route,
            UrgentAlert.escalate_at,
        )
        .where(UrgentAlert.escalate_at.is_not_null() & (UrgentAlert.escalate_at <= now))
        .order_by(UrgentAlert.escalate_at)
        .limit(ESCALATION_BATCH)
    )
    moved = 0
    for alert in due:
        moved += await _escalate(alert, now)
    return moved


async def _escalate(alert: dict, now: datetime) -> int:
    reached = {
        row["account"]
        for row in await AlertRecipient.select(AlertRecipient.account).where(
            AlertRecipient.alert == alert["id"]
        )
    }
    program = None
    if alert["program"] is not None:
        found = (
            await Program.select(Program.id, Program.name)
            .where(Program.id == alert["program"])
            .first()
        )
        program = found
    step, people = alert["route"], []
    for route in ROUTES[ROUTES.index(alert["route"]) + 1 :]:
        people = [p for p in await _people(route, alert["client"], program) if p not in reached]
        step = route
        if people:
            break
    last = step == ROUTES[-1]
    minutes = await _escalate_minutes(alert["program"])
    async with db.current().transaction():
        claimed = (
            await UrgentAlert.update(
                {
                    UrgentAlert.route: step,
                    UrgentAlert.escalate_at: None if last else now + timedelta(minutes=minutes),
                }
            )
            .where(
                (UrgentAlert.id == alert["id"])
                & (UrgentAlert.route == alert["route"])
                & UrgentAlert.acknowledged_at.is_null()
                & (UrgentAlert.escalate_at == alert["escalate_at"])
            )
            .returning(UrgentAlert.id)
        )
        if not claimed:
            return 0
        if people:
            await _reach(alert["id"], step, people, alert["client"], now)
        await audit.record(
            ALERT_ESCALATED, subject=f"alert:{alert['id']}:{step}", patient=alert["client"], at=now
        )
    return 1


async def acknowledge(subject: str, user: SignedInUser, now: datetime) -> None:
    """The person opening an urgent item acknowledges its alert, if it has one still open."""
    async with db.current().transaction():
        done = (
            await UrgentAlert.update(
                {
                    UrgentAlert.acknowledged_at: now,
                    UrgentAlert.acknowledged_by: user.id,
                    UrgentAlert.escalate_at: None,
                }
            )
            .where((UrgentAlert.subject == subject) & UrgentAlert.acknowledged_at.is_null())
            .returning(UrgentAlert.id, UrgentAlert.client)
        )
        if done:
            await audit.record(
                ALERT_ACKNOWLEDGED,
                actor=user.id,
                subject=f"alert:{done[0]['id']}",
                patient=done[0]["client"],
                at=now,
            )


# --- the client chart's scope ------------------------------------------------------------------

CHART_REACHED_DAYS = 14  # an urgent alert about a client opens their chart to whom it reached


async def chart_client(user: SignedInUser, client_id: int, now: datetime) -> dict:
    """The client a staff member opens in the client chart: id, display_name, timezone and
    on_caseload (on their care team). Every part of the chart asks here: an admin sees any
    client; a counselor their care teams' clients and those whose urgent alert reached them in
    the last CHART_REACHED_DAYS (whoever was on call that night follows up).

    Raises:
        AccessDenied (404, audited): not a client, or not one they may see.
    """
    person = (
        await Account.select(Account.id, Account.display_name, Account.timezone)
        .where((Account.id == client_id) & (Account.role == "client"))
        .first()
    )
    on_team = person is not None and await accounts.on_care_team(user.id, client_id)
    if person is None or not (
        on_team
        or user.role == "admin"
        or await AlertRecipient.exists().where(
            (AlertRecipient.account == user.id)
            & (AlertRecipient.alert.client == client_id)
            & (AlertRecipient.alert.raised_at >= now - timedelta(days=CHART_REACHED_DAYS))
        )
    ):
        raise AccessDenied(f"client {client_id} is not one they may see", patient_id=client_id)
    return {**person, "on_caseload": on_team}


async def reached_subjects(account_id: int, prefix: str, since: datetime) -> list[str]:
    """Subjects (starting with `prefix`) of alerts raised since then that reached this person:
    they may open those items even when the client is not on their caseload."""
    reached = [row["alert"] for row in await db.run_compiled(queries.REACHED, account_id, since)]
    if not reached:  # nearly always: one indexed lookup per review-queue request (B5)
        return []
    rows = await UrgentAlert.select(UrgentAlert.subject).where(
        UrgentAlert.id.is_in(reached) & UrgentAlert.subject.like(f"{prefix}%")
    )
    return [row["subject"] for row in rows]


async def alert_states(subjects: list[str]) -> dict[str, AlertState]:
    """What staff screens show of these items' alerts (subjects without one are left out)."""
    if not subjects:
        return {}
    alerts = await UrgentAlert.select(
        UrgentAlert.id,
        UrgentAlert.subject,
        UrgentAlert.route,
        UrgentAlert.raised_at,
        UrgentAlert.acknowledged_at,
        UrgentAlert.acknowledged_by.display_name.as_alias("acknowledged_by"),
    ).where(UrgentAlert.subject.is_in(subjects))
    reached: dict[int, list[str]] = {}
    if alerts:
        for row in (
            await AlertRecipient.select(
                AlertRecipient.alert, AlertRecipient.account.display_name.as_alias("name")
            )
            .where(AlertRecipient.alert.is_in([a["id"] for a in alerts]))
            .order_by(AlertRecipient.notified_at)
            .order_by(AlertRecipient.id)
        ):
            reached.setdefault(row["alert"], []).append(row["name"])
    return {
        a["subject"]: AlertState(
            route=a["route"],
            raised_at=a["raised_at"],
            reached=reached.get(a["id"], []),
            acknowledged_by=a["acknowledged_by"],
            acknowledged_at=a["acknowledged_at"],
        )
        for a in alerts
    }


async def open_alert_steps(since: datetime) -> list[dict]:
    """For the notifications planner: every person each open (unacknowledged) alert raised since
    then has reached: alert, account, route, notified_at, the person's locale
    ("account.locale": the reminder is written in their language) and the alert's subject
    ("alert.subject": what kind of item it is about)."""
    return await AlertRecipient.select(
        AlertRecipient.alert,
        AlertRecipient.account,
        AlertRecipient.route,
        AlertRecipient.notified_at,
        AlertRecipient.account.locale,
        AlertRecipient.alert.subject,
    ).where(
        AlertRecipient.alert.acknowledged_at.is_null()
        & (AlertRecipient.alert.raised_at >= since)
        & AlertRecipient.account.active.eq(True)
    )


async def label_for_alert(subject: str, locale: str | None = None) -> str | None:
    """How the client is told who an urgent item reached first (None: no alert for it), in
    their language (`locale`)."""
    alert = (
        await UrgentAlert.select(UrgentAlert.client, UrgentAlert.program)
        .where(UrgentAlert.subject == subject)
        .first()
    )
    if alert is None:
        return None
    first = (
        await AlertRecipient.select(AlertRecipient.route, AlertRecipient.account)
        .where(AlertRecipient.alert.subject == subject)
        .order_by(AlertRecipient.notified_at)
        .order_by(AlertRecipient.id)
    )
    if not first:
        return None
    route = first[0]["route"]
    people = [r["account"] for r in first if r["route"] == route]
    program = None
    if alert["program"] is not None:
        program = (
            await Program.select(Program.id, Program.name)
            .where(Program.id == alert["program"])
            .first()
        )
    return await _label(route, alert["client"], program, people, locale)
