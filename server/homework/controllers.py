"""Homework API: clients do their worksheets (/api/homework); counselors keep templates, assign,
follow progress and review (/api/counselor/...)."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, Request
from litestar.params import FromPath, JSONBody, QueryParameter

from server.core.http import MAX_ID, PathId, delete, get, patch, post, put, utc_now
from server.core.openapi import refusal
from server.homework import services
from server.homework.schemas import (
    AssignmentChange,
    AssignmentDetailOut,
    AssignmentIn,
    AssignmentOut,
    ClientHomeworkOut,
    HomeworkItem,
    HomeworkOut,
    SubmissionDetailOut,
    SubmissionIn,
    SubmissionQueueItem,
    SubmissionReviewIn,
    TemplateIn,
    TemplateOut,
)
from server.security.guards import requires_client, requires_counselor, requires_staff

Limit = Annotated[int, QueryParameter(ge=1, le=100, description="Page size")]
STARTER_READ_ONLY = "A starter worksheet cannot be changed."
Occurrence = Annotated[
    int | None,
    QueryParameter(ge=1, le=MAX_ID, description="Only the assignments given from this session"),
]


class HomeworkController(Controller):
    path = "/homework"
    tags = ["homework"]
    guards = [requires_client]

    @get("/", summary="My homework: open work by due time, and what I finished recently")
    async def mine(self, request: Request) -> list[HomeworkItem]:
        return await services.my_homework(request.user, utc_now())

    @get("/{assignment_id:int}", summary="One worksheet with my answers so far and any feedback")
    async def worksheet(self, request: Request, assignment_id: PathId) -> HomeworkOut:
        return await services.my_worksheet(request.user, assignment_id, utc_now())

    @put(
        "/{assignment_id:int}/submission",
        summary="Save a draft, or submit (submit: true)",
        responses={409: refusal("Already submitted; the counselor can return it for revision.")},
    )
    async def save(
        self, request: Request, assignment_id: PathId, data: JSONBody[SubmissionIn]
    ) -> HomeworkOut:
        return await services.save_submission(request.user, assignment_id, data, utc_now())


class AssignmentController(Controller):
    path = "/counselor"
    tags = ["counselor"]
    guards = [requires_counselor]

    @get("/templates", summary="The starter worksheets and my own templates")
    async def templates(self, request: Request) -> list[TemplateOut]:
        return await services.templates(request.user)

    @post("/templates", summary="Create a worksheet template of my own")
    async def create_template(self, request: Request, data: JSONBody[TemplateIn]) -> TemplateOut:
        return await services.create_template(request.user, data, utc_now())

    @put(
        "/templates/{template_id:str}",
        summary="Edit one of my templates",
        responses={409: refusal(STARTER_READ_ONLY)},
    )
    async def update_template(
        self, request: Request, template_id: FromPath[str], data: JSONBody[TemplateIn]
    ) -> TemplateOut:
        return await services.update_template(request.user, template_id, data, utc_now())

    @delete(
        "/templates/{template_id:str}",
        summary="Remove one of my templates (homework given from it stays)",
        responses={409: refusal(STARTER_READ_ONLY)},
    )
    async def archive_template(self, request: Request, template_id: FromPath[str]) -> None:
        await services.archive_template(request.user, template_id)

    @post(
        "/assignments",
        summary="Assign a worksheet to a session's track, a track, or one client",
        responses={
            404: refusal("The session, track or client is not one of mine."),
            409: refusal(
                "That track or client still has this worksheet to do; send"
                " confirm_duplicate: true to assign it again."
            ),
        },
    )
    async def assign(self, request: Request, data: JSONBody[AssignmentIn]) -> AssignmentOut:
        return await services.assign(request.user, data, utc_now())

    @get("/assignments", summary="Homework I assigned, newest first, with how many are done")
    async def assignments(
        self, request: Request, occurrence: Occurrence = None
    ) -> list[AssignmentOut]:
        return await services.assignments(request.user, occurrence)

    @get("/assignments/{assignment_id:int}", summary="One assignment with each client's progress")
    async def assignment(self, request: Request, assignment_id: PathId) -> AssignmentDetailOut:
        return await services.assignment_detail(request.user, assignment_id, utc_now())

    @patch(
        "/assignments/{assignment_id:int}",
        summary="Edit an assignment until somebody submits it",
        responses={409: refusal("Somebody has submitted it already.")},
    )
    async def change(
        self, request: Request, assignment_id: PathId, data: JSONBody[AssignmentChange]
    ) -> AssignmentOut:
        return await services.change_assignment(request.user, assignment_id, data, utc_now())

    @delete(
        "/assignments/{assignment_id:int}",
        summary="Delete an assignment nobody has started",
        responses={409: refusal("Somebody has started it already.")},
    )
    async def remove(self, request: Request, assignment_id: PathId) -> None:
        await services.delete_assignment(request.user, assignment_id, utc_now())

    @get("/submissions", summary="Submitted homework waiting for my review, oldest first")
    async def waiting(self, request: Request, limit: Limit = 50) -> list[SubmissionQueueItem]:
        return await services.waiting_submissions(request.user, limit)

    @get("/submissions/{submission_id:int}", summary="A client's worksheet and answers")
    async def submission(self, request: Request, submission_id: PathId) -> SubmissionDetailOut:
        return await services.submission_detail(request.user, submission_id, utc_now())

    @post(
        "/submissions/{submission_id:int}/review",
        status_code=200,
        summary="Mark reviewed, or return for revision, with feedback the client sees",
        responses={
            409: refusal(
                "It is not waiting for review (reviewed, returned or withdrawn meanwhile)."
            )
        },
    )
    async def review(
        self, request: Request, submission_id: PathId, data: JSONBody[SubmissionReviewIn]
    ) -> SubmissionDetailOut:
        return await services.review_submission(request.user, submission_id, data, utc_now())


class ClientHomeworkController(Controller):
    """The client chart's Homework tab, for counselors and admins (the chart's scope)."""

    path = "/counselor/clients"
    tags = ["counselor"]
    guards = [requires_staff]

    @get("/{client_id:int}/homework", summary="A client's assignments and where each stands")
    async def client_homework(self, request: Request, client_id: PathId) -> ClientHomeworkOut:
        return await services.chart_homework(request.user, client_id, utc_now())
