"""Aftercare API: clients log and list their meetings (/api/meetings) and see their week against
the plan (/api/me/aftercare); anyone signed in searches the meeting directory; counselors set a
caseload client's plan and verify their meetings (/api/counselor/...)."""

from __future__ import annotations

from typing import Annotated, Literal
from uuid import UUID

from litestar import Controller, Request, Response
from litestar.params import FromPath, JSONBody, QueryParameter

from server.core.http import PathId, created_or_replayed, get, post, put, utc_now
from server.core.openapi import retry_safe_responses
from server.meetings import services
from server.meetings.schemas import (
    AftercareDetailOut,
    AftercareOut,
    AftercarePlanIn,
    DirectoryMeetingOut,
    MeetingLogIn,
    MeetingLogOut,
)
from server.security.guards import (
    requires_client,
    requires_counselor,
    requires_signed_in,
)

HistoryDays = Annotated[int, QueryParameter(ge=1, le=90, description="How many days back")]
Search = Annotated[
    str | None, QueryParameter(max_length=100, description="Part of the name, place or city")
]
# Literal rather than ge=0: Litestar leaves a lower bound of 0 out of the API schema.
Day = Annotated[
    Literal[0, 1, 2, 3, 4, 5, 6] | None, QueryParameter(description="0 Sunday … 6 Saturday")
]
Near = Annotated[
    str | None,
    QueryParameter(max_length=5, description="HH:MM: meetings within 3 h, nearest first"),
]
Limit = Annotated[
    int, QueryParameter(ge=1, le=services.DIRECTORY_MAX, description="How many meetings")
]


class MeetingController(Controller):
    path = "/meetings"
    tags = ["meetings"]
    guards = [requires_client]

    @post(
        "/",
        summary="Log a meeting I attended; the same id and body again answers the same",
        responses=retry_safe_responses(
            MeetingLogOut,
            "Logged before with this id and body: the stored meeting",
            "A different meeting was already logged with this id.",
        ),
    )
    async def log(self, request: Request, data: JSONBody[MeetingLogIn]) -> Response[MeetingLogOut]:
        meeting, created = await services.submit(request.user, data, utc_now())
        return created_or_replayed(meeting, created)

    @get("/", summary="My meetings, newest first")
    async def history(self, request: Request, days: HistoryDays = 30) -> list[MeetingLogOut]:
        return await services.own_meetings(request.user, days, utc_now())


class MyAftercareController(Controller):
    path = "/me/aftercare"
    tags = ["meetings"]
    guards = [requires_client]

    @get("/", summary="My aftercare plan and this week's meetings against it")
    async def aftercare(self, request: Request) -> AftercareOut:
        return await services.own_aftercare(request.user, utc_now())


class MeetingDirectoryController(Controller):
    path = "/meeting-directory"
    tags = ["meetings"]
    guards = [requires_signed_in]

    @get("/", summary="Find support meetings by name, place, day and time")
    async def search(
        self, q: Search = None, day: Day = None, near: Near = None, limit: Limit = 20
    ) -> list[DirectoryMeetingOut]:
        return await services.search_directory(q, day, near, limit)


class CounselorAftercareController(Controller):
    path = "/counselor"
    tags = ["counselor"]
    guards = [requires_counselor]

    @get(
        "/clients/{client_id:int}/aftercare",
        summary="A caseload client's aftercare plan and meetings",
    )
    async def aftercare(self, request: Request, client_id: PathId) -> AftercareDetailOut:
        return await services.client_aftercare(request.user, client_id, utc_now())

    @put("/clients/{client_id:int}/aftercare", summary="Set a caseload client's aftercare plan")
    async def set_plan(
        self, request: Request, client_id: PathId, data: JSONBody[AftercarePlanIn]
    ) -> AftercareDetailOut:
        return await services.set_plan(request.user, client_id, data, utc_now())

    @post(
        "/meetings/{meeting_id:uuid}/verify",
        status_code=200,
        summary="Confirm a caseload client attended a meeting",
    )
    async def verify(self, request: Request, meeting_id: FromPath[UUID]) -> MeetingLogOut:
        return await services.verify(request.user, meeting_id, utc_now())
