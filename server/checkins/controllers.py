"""Check-in API: clients submit and read their own (/api/checkins); counselors work the review
queue and read a caseload client's detail (/api/counselor/...); admins set a program's rules."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from litestar import Controller, Request, Response
from litestar.params import FromPath, JSONBody, QueryParameter

from server.checkins import services
from server.checkins.schemas import (
    BulkReviewIn,
    BulkReviewOut,
    CheckinDetailOut,
    CheckinIn,
    CheckinOut,
    CheckinPolicyIn,
    CheckinPolicyOut,
    ClientCheckinsOut,
    ClientDetailOut,
    QueueOut,
    ReviewIn,
)
from server.core.http import PathId, created_or_replayed, get, post, put, utc_now
from server.core.openapi import refusal, retry_safe_responses
from server.programs.schemas import ClientAttendanceOut
from server.security.guards import (
    requires_admin,
    requires_client,
    requires_staff,
)

HistoryDays = Annotated[int, QueryParameter(ge=1, le=90, description="How many days back")]
Weeks = Annotated[int, QueryParameter(ge=1, le=12, description="How many program weeks back")]
Limit = Annotated[int, QueryParameter(ge=1, le=services.QUEUE_MAX, description="Page size")]
After = Annotated[
    str | None, QueryParameter(max_length=200, description="next_cursor of the previous page")
]


class CheckinController(Controller):
    path = "/checkins"
    tags = ["checkins"]
    guards = [requires_client]

    @post(
        "/",
        summary="Submit a check-in; a later one the same day updates that day's entry",
        responses=retry_safe_responses(
            CheckinOut,
            "Sent before with this id and body (the day's entry as it is now), or a later "
            "check-in of the same day: the day's entry, updated",
            "A different check-in was already sent with this id.",
        ),
    )
    async def submit(self, request: Request, data: JSONBody[CheckinIn]) -> Response[CheckinOut]:
        checkin, created = await services.submit(request.user, data, utc_now())
        return created_or_replayed(checkin, created)

    @get("/", summary="My check-ins, newest first, with my counselor's feedback")
    async def history(self, request: Request, days: HistoryDays = 30) -> list[CheckinOut]:
        return await services.own_history(request.user, days, utc_now())


class ReviewController(Controller):
    path = "/counselor"
    tags = ["counselor"]

    # Staff: an urgent check-in's alert may reach an on-call counselor or an admin, who may
    # then open it; the service scopes every row to the caseload and the alerts that reached them.
    @get(
        "/review-queue",
        guards=[requires_staff],
        summary="Unreviewed check-ins of my caseload (and urgent ones that reached me)",
    )
    async def queue(self, request: Request, limit: Limit = 50, after: After = None) -> QueueOut:
        return await services.review_queue(request.user, limit, after)

    @get(
        "/checkins/{checkin_id:uuid}",
        guards=[requires_staff],
        summary="One check-in beside the client's last 14 days; opening it acknowledges its alert",
    )
    async def detail(self, request: Request, checkin_id: FromPath[UUID]) -> CheckinDetailOut:
        return await services.checkin_detail(request.user, checkin_id, utc_now())

    @post(
        "/checkins/review",
        guards=[requires_staff],
        status_code=200,
        summary="Mark many normal-risk check-ins reviewed with one note (all or none)",
        responses={
            404: refusal("Some ids are unknown or not on the caller's caseload (named)."),
            409: refusal("Some are high or urgent: those are reviewed one at a time (named)."),
        },
    )
    async def review_many(self, request: Request, data: JSONBody[BulkReviewIn]) -> BulkReviewOut:
        return await services.review_many(request.user, data.ids, data.note, utc_now())

    @post(
        "/checkins/{checkin_id:uuid}/review",
        guards=[requires_staff],
        status_code=200,
        summary="Mark reviewed, with a note the client sees",
    )
    async def review(
        self, request: Request, checkin_id: FromPath[UUID], data: JSONBody[ReviewIn]
    ) -> CheckinOut:
        return await services.review(request.user, checkin_id, data.note, utc_now())

    @get(
        "/clients/{client_id:int}",
        guards=[requires_staff],
        summary="A client's check-in trends and this week's hours (the chart's Overview)",
    )
    async def client(self, request: Request, client_id: PathId) -> ClientDetailOut:
        return await services.client_detail(request.user, client_id, utc_now())

    @get(
        "/clients/{client_id:int}/checkins",
        guards=[requires_staff],
        summary="A client's check-ins, newest first, reviewed or not (acknowledges no alert)",
    )
    async def client_checkins(
        self, request: Request, client_id: PathId, days: HistoryDays = 30
    ) -> ClientCheckinsOut:
        return await services.client_checkins(request.user, client_id, days, utc_now())

    @get(
        "/clients/{client_id:int}/attendance",
        guards=[requires_staff],
        summary="A client's sessions in the last weeks with their attendance, and each week's hours",
    )
    async def client_attendance(
        self, request: Request, client_id: PathId, weeks: Weeks = 4
    ) -> ClientAttendanceOut:
        return await services.client_attendance(request.user, client_id, weeks, utc_now())


class CheckinPolicyController(Controller):
    path = "/admin/programs/{program_id:int}/checkin-policy"
    tags = ["admin"]
    guards = [requires_admin]

    @get("/", summary="A program's check-in risk rules")
    async def policy(self, program_id: PathId) -> CheckinPolicyOut:
        return await services.program_policy(program_id)

    @put("/", summary="Set a program's check-in risk rules")
    async def set_policy(
        self, request: Request, program_id: PathId, data: JSONBody[CheckinPolicyIn]
    ) -> CheckinPolicyOut:
        return await services.set_program_policy(program_id, data, actor=request.user.id)
