"""People: the directory, invitations, changes, deactivation and resets, composed from accounts
(the accounts and their codes), care (care teams and the program's rule on who invites),
programs (tracks and enrollment) and notifications (a person's devices).

Every change is audited by the feature that makes it, inside one transaction; a client's
events name them as the patient. Codes are answered once, to the person who issued them, and
never logged.
"""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import NoReturn

from server.accounts import factors
from server.accounts import services as accounts
from server.accounts.schemas import ActivationOut, CodeCheckOut
from server.accounts.services import IssuedCode, SignedInUser
from server.accounts.tables import Role
from server.audit import services as audit
from server.care import services as care
from server.care.schemas import TeamMember
from server.core import db
from server.core.errors import Conflict, InvalidInput, NotFound, ProblemError
from server.notifications import services as notifications
from server.people.schemas import (
    ClientInviteIn,
    DirectoryOut,
    InvitationOut,
    InviteIn,
    InviteTrack,
    PersonDetail,
    PersonPatch,
)
from server.programs import occurrences, setup
from server.programs import services as schedule
from server.programs.schemas import EnrollmentIn
from server.programs.tables import Track
from server.security.passwords import Passwords
from server.settings import Settings

DIRECTORY_VIEWED = "people.directory_viewed"
PERSON_VIEWED = "people.person_viewed"
INVITATION_REFUSED = "invitation.refused"
ACTIVATION_PATH = "/#/activate/"  # the PWA's page; the code rides in the fragment, never sent
NOT_YOUR_TRACK = "You can invite clients only into a track where you lead a group."
ADMINS_INVITE = "In this program only admins invite clients; ask an admin to invite them."
# The operator at the terminal (`companion user set-team`): an admin's reach as no account, so
# the audit events name no actor, like every command's.
OPERATOR = SignedInUser(
    id=None,  # type: ignore[arg-type]
    email="",
    display_name="the operator",
    role=Role.admin.value,
    timezone="UTC",
    locale="en-US",
)


class NotAllowed(ProblemError):
    """A rule, not a role, refuses the caller: 403 with the reason (the program's setting, or a
    track that is not theirs); audited as a denial."""

    status_code = 403


# --- the directory ------------------------------------------------------------------------------


async def directory(
    viewer: int | None,
    now: datetime,
    *,
    q: str = "",
    role: str | None = None,
    status: str | None = None,
    offset: int = 0,
    limit: int = 50,
) -> DirectoryOut:
    """A page of people by name or sign-in name, role and status; audited per client shown."""
    rows, total = await accounts.find_accounts(
        q=q, role=role, status=status, offset=offset, limit=limit
    )
    people = await _people_out(rows)
    await audit.record_views(
        DIRECTORY_VIEWED,
        actor=viewer,
        views=[("people:directory", p.id) for p in people if p.role == Role.client.value],
        at=now,
    )
    return DirectoryOut(people=people, total=total)


async def person(person_id: int) -> PersonDetail:
    """One person as the directory shows them (the caller audits why it looked)."""
    rows = await accounts.account_rows([person_id])
    if person_id not in rows:
        raise NotFound("No such person.")
    return (await _people_out([rows[person_id]]))[0]


async def view_person(person_id: int, *, viewer: int, now: datetime) -> PersonDetail:
    """One person's page for an admin; a client's is audited (it says they are in treatment)."""
    found = await person(person_id)
    if found.role == Role.client.value:
        await audit.record(
            PERSON_VIEWED, actor=viewer, subject=f"account:{person_id}", patient=person_id, at=now
        )
    return found


async def invite_tracks(counselor: SignedInUser) -> list[InviteTrack]:
    """The tracks a counselor leads a live group in, and whether each program lets counselors
    invite clients into them (the choices of the counselor's invitation form)."""
    ids = await schedule.facilitated_tracks(counselor.id)
    if not ids:
        return []
    tracks = (
        await Track.select(Track.id, Track.name, Track.program, Track.program.name)
        .where(Track.id.is_in(ids))
        .order_by(Track.program.name)
        .order_by(Track.name)
    )
    return [
        InviteTrack(
            id=track["id"],
            name=track["name"],
            program_id=track["program"],
            program_name=track["program.name"],
            may_invite=(await care.program_care(track["program"])).counselors_invite,
        )
        for track in tracks
    ]


async def _people_out(rows: list[dict]) -> list[PersonDetail]:
    teams = await accounts.care_teams_of([r["id"] for r in rows if r["role"] == Role.client.value])
    sizes = await accounts.caseload_sizes(
        [r["id"] for r in rows if r["role"] == Role.counselor.value]
    )
    return [
        PersonDetail(
            id=row["id"],
            name=row["display_name"],
            email=row["email"],
            role=row["role"],
            status=row["status"],
            on_leave=row["on_leave"],
            phone=row["phone"],
            locale=row["locale"],
            timezone=row["timezone"],
            created_at=row["created_at"],
            team=[member["name"] for member in teams.get(row["id"], [])],
            caseload=sizes.get(row["id"]),
        )
        for row in rows
    ]


# --- invitations --------------------------------------------------------------------------------


async def invite(
    data: InviteIn, *, actor: SignedInUser, settings: Settings, now: datetime
) -> InvitationOut:
    """An admin invites a person; a client may be given their primary counselor at once.

    Raises:
        InvalidInput: a bad value, staff without an email, or a primary counselor who is not
            an active counselor. Conflict: the email is taken.
    """
    if data.primary_counselor is not None and data.role != Role.client.value:
        raise InvalidInput("Only a client has a care team: leave primary_counselor out.")
    async with _sign_in_name_free(), db.current().transaction():
        made = await accounts.invite_account(
            name=data.name,
            role=data.role,
            email=data.email,
            phone=data.phone,
            locale=data.locale,
            timezone_name=data.timezone,
            actor=actor.id,
            settings=settings,
            now=now,
        )
        if data.primary_counselor is not None:
            await care.set_team(made.account_id, data.primary_counselor, [], actor=actor, now=now)
    return await _invitation(made.account_id, made.sign_in_name, made.code, settings)


async def invite_client(
    data: ClientInviteIn, *, counselor: SignedInUser, settings: Settings, now: datetime
) -> InvitationOut:
    """A counselor invites a client into a track where they lead a live group, when the
    program lets counselors invite: the client is enrolled from today (the program's day) and
    the counselor becomes their primary counselor.

    Raises:
        NotAllowed: not a track the counselor leads, or the program lets only admins invite.
        InvalidInput: a bad value, or the track is closed. Conflict: the email is taken.
    """
    track = await Track.select(Track.program, Track.active).where(Track.id == data.track_id).first()
    if track is None or data.track_id not in await schedule.facilitated_tracks(counselor.id):
        await _refuse(counselor, data.track_id, NotAllowed(NOT_YOUR_TRACK), now)
    if not (await care.program_care(track["program"])).counselors_invite:
        await _refuse(counselor, data.track_id, NotAllowed(ADMINS_INVITE), now)
    if not track["active"]:
        raise InvalidInput("This track is closed to new clients.")
    today = now.astimezone(await occurrences.program_zone(track["program"])).date()
    async with _sign_in_name_free(), db.current().transaction():
        made = await accounts.invite_account(
            name=data.name,
            role=Role.client.value,
            email=data.email,
            phone=data.phone,
            locale=data.locale,
            timezone_name=data.timezone,
            actor=counselor.id,
            settings=settings,
            now=now,
        )
        await accounts.start_care_team(made.account_id, counselor.id, actor=counselor.id, now=now)
        await setup.enroll(
            EnrollmentIn(client_id=made.account_id, track_id=data.track_id, starts_on=today),
            actor=counselor.id,
        )
    return await _invitation(made.account_id, made.sign_in_name, made.code, settings)


async def _refuse(
    counselor: SignedInUser, track_id: int, refusal: NotAllowed, now: datetime
) -> NoReturn:
    await audit.record(
        INVITATION_REFUSED,
        outcome="denied",
        actor=counselor.id,
        subject=f"track:{track_id}",
        at=now,
    )
    raise refusal


@contextlib.asynccontextmanager
async def _sign_in_name_free():
    """Two invitations racing for one email: the loser's insert breaks the unique key."""
    try:
        yield
    except Exception as exc:
        if db.is_unique_violation(exc):
            raise Conflict("An account with this email already exists.") from None
        raise


async def _invitation(
    account_id: int, sign_in_name: str, code: IssuedCode, settings: Settings
) -> InvitationOut:
    return InvitationOut(
        person=await person(account_id),
        purpose=code.purpose,
        code=code.code,
        link=settings.base_url + ACTIVATION_PATH + code.code,
        sign_in_name=sign_in_name,
        expires_at=code.expires_at,
    )


# --- changes, deactivation, resets ----------------------------------------------------------------


async def update_person(
    person_id: int, data: PersonPatch, *, actor: SignedInUser, now: datetime
) -> PersonDetail:
    await accounts.update_account(
        person_id,
        name=data.name,
        email=data.email,
        phone=data.phone,
        locale=data.locale,
        timezone_name=data.timezone,
        on_leave=data.on_leave,
        actor=actor.id,
        now=now,
    )
    return await person(person_id)


async def deactivate(person_id: int, *, actor: SignedInUser | None, now: datetime) -> PersonDetail:
    """Deactivate a person: their sessions, unused codes and push subscriptions end at once;
    their records stay.

    Raises:
        NotFound: no such person. Conflict: they are the last active admin.
    """
    async with db.current().transaction():
        await accounts.deactivate_account(person_id, actor=actor and actor.id, now=now)
        await notifications.forget_devices(person_id)
    return await person(person_id)


async def reactivate(person_id: int, *, actor: SignedInUser | None, now: datetime) -> PersonDetail:
    await accounts.reactivate_account(person_id, actor=actor and actor.id, now=now)
    return await person(person_id)


async def reset(
    person_id: int, *, actor: SignedInUser | None, settings: Settings, now: datetime
) -> InvitationOut:
    """End the person's sessions, clear their password and issue a code (a new invitation for
    someone who never used theirs).

    Raises:
        NotFound: no such person. Conflict: deactivated, or the caller's own account.
    """
    sign_in_name, code = await accounts.reset_account(
        person_id, actor=actor and actor.id, settings=settings, now=now
    )
    return await _invitation(person_id, sign_in_name, code, settings)


async def reset_factors(person_id: int, *, actor: SignedInUser, now: datetime) -> PersonDetail:
    """Remove every second factor and recovery code of a person and end their sessions (they
    set up a factor again at their next sign-in, if staff); audited.

    Raises:
        NotFound: no such person. Conflict: the caller's own account.
    """
    if person_id == actor.id:
        raise Conflict("Manage your own sign-in factors in Settings.")
    await factors.reset_factors(person_id, actor=actor.id, now=now)
    return await person(person_id)


async def person_id_of(sign_in_name: str) -> int:
    return await accounts.account_id_of(sign_in_name)


async def set_team_by_sign_in_names(
    client: str, primary: str, members: list[str], now: datetime
) -> list[TeamMember]:
    """The operator sets a client's care team, everyone named by sign-in name."""
    client_id = await accounts.account_id_of(client)
    primary_id = await accounts.account_id_of(primary)
    others = [await accounts.account_id_of(member) for member in members]
    return await care.set_team(client_id, primary_id, others, actor=OPERATOR, now=now)


# --- activation (public: the code is the key) ---------------------------------------------------


async def check_code(code: str, *, ip: str, settings: Settings, now: datetime) -> CodeCheckOut:
    holder = await accounts.check_code(code, ip=ip, settings=settings, now=now)
    return CodeCheckOut(name=holder.name, sign_in_name=holder.sign_in_name, purpose=holder.purpose)


async def activate(
    code: str,
    password: str,
    *,
    ip: str,
    passwords: Passwords,
    settings: Settings,
    now: datetime,
    locale: str | None = None,
) -> ActivationOut:
    sign_in_name = await accounts.redeem_code(
        code, password, ip=ip, passwords=passwords, settings=settings, now=now, locale=locale
    )
    return ActivationOut(sign_in_name=sign_in_name)
