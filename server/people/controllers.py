"""People API: the directory and an admin's invitations, changes, deactivation and resets
(/api/admin), a counselor's invitations (/api/counselor/invitations), and activation with a
one-time code (/api/activation, public: the code is the key; throttled per address)."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, Request
from litestar.params import FromQuery, JSONBody, QueryParameter

from server.accounts.schemas import ActivationIn, ActivationOut, CodeCheckIn, CodeCheckOut
from server.core.http import PathId, app_passwords, app_settings, get, patch, post, utc_now
from server.core.openapi import refusal
from server.people import services
from server.people.schemas import (
    ClientInviteIn,
    DirectoryOut,
    InvitationOut,
    InviteIn,
    InviteTrack,
    PersonDetail,
    PersonPatch,
    RoleName,
    Status,
)
from server.security.client_ip import client_ip
from server.security.guards import requires_admin, requires_counselor, requires_recent_proof

Search = Annotated[
    str, QueryParameter(max_length=100, description="Part of a name or sign-in name")
]
Offset = Annotated[int, QueryParameter(ge=0, le=1_000_000, description="People to skip")]
Limit = Annotated[int, QueryParameter(ge=1, le=200, description="People per page")]
TAKEN = refusal("An account with this email already exists.")
CODE_REFUSALS = {
    400: refusal("The code is not right, or (activating) the password is too weak."),
    410: refusal("The code was already used, has expired, or was tried too many times."),
    429: refusal("Too many wrong codes from this address; Retry-After says when to try again."),
    503: refusal("Busy; try again in a few seconds (Retry-After)."),
}


class PeopleController(Controller):
    path = "/admin"
    tags = ["people"]
    guards = [requires_admin]

    @get(
        "/directory", summary="Everyone, by name or sign-in name, role and status, a page at a time"
    )
    async def directory(
        self,
        request: Request,
        q: Search = "",
        role: FromQuery[RoleName | None] = None,
        status: FromQuery[Status | None] = None,
        offset: Offset = 0,
        limit: Limit = 50,
    ) -> DirectoryOut:
        return await services.directory(
            request.user.id, utc_now(), q=q, role=role, status=status, offset=offset, limit=limit
        )

    @post(
        "/people",
        status_code=201,
        guards=[requires_recent_proof],
        summary="Invite a person: the answer holds their one-time code and link, shown once",
        responses={409: TAKEN},
    )
    async def invite(self, request: Request, data: JSONBody[InviteIn]) -> InvitationOut:
        return await services.invite(
            data, actor=request.user, settings=app_settings(request), now=utc_now()
        )

    @get("/people/{person_id:int}", summary="One person's page (a client's look is audited)")
    async def person(self, request: Request, person_id: PathId) -> PersonDetail:
        return await services.view_person(person_id, viewer=request.user.id, now=utc_now())

    @patch(
        "/people/{person_id:int}",
        guards=[requires_recent_proof],
        summary="Change a person's details",
        responses={409: TAKEN},
    )
    async def update(
        self, request: Request, person_id: PathId, data: JSONBody[PersonPatch]
    ) -> PersonDetail:
        return await services.update_person(person_id, data, actor=request.user, now=utc_now())

    @post(
        "/people/{person_id:int}/deactivate",
        status_code=200,
        guards=[requires_recent_proof],
        summary="Deactivate: their sessions and devices end at once; their records stay",
        responses={409: refusal("They are the last active admin.")},
    )
    async def deactivate(self, request: Request, person_id: PathId) -> PersonDetail:
        return await services.deactivate(person_id, actor=request.user, now=utc_now())

    @post(
        "/people/{person_id:int}/reactivate",
        status_code=200,
        guards=[requires_recent_proof],
        summary="Let them sign in again",
    )
    async def reactivate(self, request: Request, person_id: PathId) -> PersonDetail:
        return await services.reactivate(person_id, actor=request.user, now=utc_now())

    @post(
        "/people/{person_id:int}/factors/reset",
        status_code=200,
        guards=[requires_recent_proof],
        summary="Reset sign-in factors: every passkey, app and recovery code goes; sessions end",
        responses={409: refusal("It is your own account (manage it in Settings).")},
    )
    async def reset_factors(self, request: Request, person_id: PathId) -> PersonDetail:
        return await services.reset_factors(person_id, actor=request.user, now=utc_now())

    @post(
        "/people/{person_id:int}/reset",
        status_code=200,
        guards=[requires_recent_proof],
        summary="Reset a password: sessions end, and only the new one-time code lets them in",
        responses={409: refusal("They are deactivated, or it is your own account.")},
    )
    async def reset(self, request: Request, person_id: PathId) -> InvitationOut:
        return await services.reset(
            person_id, actor=request.user, settings=app_settings(request), now=utc_now()
        )


class InvitationController(Controller):
    path = "/counselor/invitations"
    tags = ["people"]
    guards = [requires_counselor]

    @post(
        "/",
        status_code=201,
        guards=[requires_recent_proof],
        summary="Invite a client into a track you lead; you become their primary counselor",
        responses={
            403: refusal(
                "This account's role cannot use this. Or: the track is not one where you lead a "
                "group, or the program lets only admins invite. Or: the X-CSRF-Token header "
                "does not echo the CSRF cookie."
            ),
            409: TAKEN,
        },
    )
    async def invite(self, request: Request, data: JSONBody[ClientInviteIn]) -> InvitationOut:
        return await services.invite_client(
            data, counselor=request.user, settings=app_settings(request), now=utc_now()
        )


@get(
    "/counselor/tracks",
    guards=[requires_counselor],
    tags=["people"],
    summary="The tracks I lead a group in, and whether I may invite clients into each",
)
async def invite_tracks(request: Request) -> list[InviteTrack]:
    return await services.invite_tracks(request.user)


class ActivationController(Controller):
    path = "/activation"
    tags = ["people"]

    @post(
        "/check",
        status_code=200,
        summary="Whose a one-time code is, before they choose a password",
        responses=CODE_REFUSALS,
    )
    async def check(self, request: Request, data: JSONBody[CodeCheckIn]) -> CodeCheckOut:
        settings = app_settings(request)
        return await services.check_code(
            data.code,
            ip=client_ip(request.scope, settings.trusted_proxies),
            settings=settings,
            now=utc_now(),
        )

    @post(
        "/",
        status_code=200,
        summary="Choose a password with a one-time code (once); then sign in",
        responses=CODE_REFUSALS,
    )
    async def activate(self, request: Request, data: JSONBody[ActivationIn]) -> ActivationOut:
        settings = app_settings(request)
        return await services.activate(
            data.code,
            data.password,
            ip=client_ip(request.scope, settings.trusted_proxies),
            passwords=app_passwords(request),
            settings=settings,
            now=utc_now(),
            locale=data.locale,
        )
