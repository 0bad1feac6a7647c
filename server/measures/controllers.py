"""Measures API: clients read and fill in their questionnaires and keep their safety plan
(/api/measures, /api/me/safety-plan); staff read a client's scores, responses, plan and FHIR
export, work the questionnaire queue, set schedules and read the outcomes report."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Annotated, Any
from uuid import UUID

from litestar import Controller, Request, Response
from litestar.params import FromPath, JSONBody, QueryParameter

from server.core.http import PathId, created_or_replayed, delete, get, post, put, utc_now
from server.core.openapi import refusal, retry_safe_responses
from server.measures import fhir_export, outcomes, services
from server.measures.schemas import (
    ClientMeasuresOut,
    InstrumentOut,
    MeasureQueueItem,
    MeasuresOut,
    OutcomesOut,
    ResponseDetailOut,
    ResponseIn,
    ResponseOut,
    SafetyPlanIn,
    SafetyPlanOut,
    SchedulesIn,
    SchedulesOut,
)
from server.security.guards import requires_admin, requires_client, requires_staff

Start = Annotated[
    date | None, QueryParameter(description="First day (YYYY-MM-DD); default 90 days ago")
]
End = Annotated[date | None, QueryParameter(description="Last day (YYYY-MM-DD); default today")]
TrackId = Annotated[int | None, QueryParameter(ge=1, le=2**31 - 1, description="One track")]
ProgramId = Annotated[int, QueryParameter(ge=1, le=2**31 - 1, description="The program")]
_NO_PROGRAM = "No such program, or a track of another program."
_CONFLICT = "The safety plan changed since this edit started (nothing was lost: save again)."


class MyMeasuresController(Controller):
    path = "/measures"
    tags = ["measures"]
    guards = [requires_client]

    @get("/", summary="My questionnaires: what is due now, and what I filled in")
    async def mine(self, request: Request) -> MeasuresOut:
        return await services.own_measures(request.user, utc_now())

    @get("/instruments/{code:str}", summary="A questionnaire's published text, in my language")
    async def instrument(self, request: Request, code: FromPath[str]) -> InstrumentOut:
        return services.instrument_out(code, request.user.locale)

    @post(
        "/responses",
        summary="Send a completed questionnaire (a correction names the one it replaces)",
        responses=retry_safe_responses(
            ResponseOut,
            "Sent before with this id and body: the response as stored",
            "A different questionnaire was already sent with this id, or the one to correct "
            "was corrected already.",
        ),
    )
    async def submit(self, request: Request, data: JSONBody[ResponseIn]) -> Response[ResponseOut]:
        response, created = await services.submit(request.user, data, utc_now())
        return created_or_replayed(response, created)


class MySafetyPlanController(Controller):
    path = "/me/safety-plan"
    tags = ["measures"]
    guards = [requires_client]

    @get("/", summary="My safety plan (version 0 when I have none yet), with the crisis lines")
    async def plan(self, request: Request) -> SafetyPlanOut:
        return await services.own_safety_plan(request.user, utc_now())

    @put("/", summary="Save a new version of my safety plan", responses={409: refusal(_CONFLICT)})
    async def edit(self, request: Request, data: JSONBody[SafetyPlanIn]) -> SafetyPlanOut:
        return await services.edit_safety_plan(request.user, request.user.id, data, utc_now())


class StaffMeasuresController(Controller):
    path = "/counselor"
    tags = ["counselor"]
    guards = [requires_staff]

    @get("/clients/{client_id:int}/measures", summary="A client's score history, due and overdue")
    async def client(self, request: Request, client_id: PathId) -> ClientMeasuresOut:
        return await services.client_measures(request.user, client_id, utc_now())

    @get(
        "/measure-responses/{response_id:uuid}",
        summary="One questionnaire item by item; opening it acknowledges its urgent alert",
    )
    async def response(self, request: Request, response_id: FromPath[UUID]) -> ResponseDetailOut:
        return await services.response_detail(request.user, response_id, utc_now())

    @post(
        "/measure-responses/{response_id:uuid}/review",
        status_code=200,
        summary="Mark a questionnaire looked at (it leaves the queue)",
    )
    async def review(self, request: Request, response_id: FromPath[UUID]) -> ResponseDetailOut:
        return await services.review(request.user, response_id, utc_now())

    @get(
        "/measure-queue",
        summary="Questionnaires worth a look: safety answers and changes for the worse",
    )
    async def queue(self, request: Request) -> list[MeasureQueueItem]:
        return await services.queue(request.user, utc_now())

    @get("/clients/{client_id:int}/safety-plan", summary="A client's safety plan")
    async def plan(self, request: Request, client_id: PathId) -> SafetyPlanOut:
        return await services.client_safety_plan(request.user, client_id, utc_now())

    @put(
        "/clients/{client_id:int}/safety-plan",
        summary="Save a new version of a client's safety plan",
        responses={409: refusal(_CONFLICT)},
    )
    async def edit_plan(
        self, request: Request, client_id: PathId, data: JSONBody[SafetyPlanIn]
    ) -> SafetyPlanOut:
        return await services.edit_safety_plan(request.user, client_id, data, utc_now())

    @get(
        "/clients/{client_id:int}/measure-schedules",
        summary="When a client's questionnaires are due",
    )
    async def schedules(self, request: Request, client_id: PathId) -> SchedulesOut:
        return await services.client_schedules(request.user, client_id, utc_now())

    @put(
        "/clients/{client_id:int}/measure-schedules",
        summary="Give a client their own schedule for the questionnaires listed",
    )
    async def set_schedules(
        self, request: Request, client_id: PathId, data: JSONBody[SchedulesIn]
    ) -> SchedulesOut:
        return await services.set_client_schedules(request.user, client_id, data, utc_now())

    @get(
        "/clients/{client_id:int}/fhir",
        summary="A client's questionnaires as a FHIR R4 Bundle (Questionnaire, QuestionnaireResponse, Observation)",
        media_type="application/fhir+json",
    )
    async def fhir(self, request: Request, client_id: PathId) -> Response[dict[str, Any]]:
        bundle = await fhir_export.client_bundle(request.user, client_id, utc_now())
        return Response(bundle, media_type="application/fhir+json")

    @get(
        "/outcomes",
        summary="Outcomes for a program or track and a date range",
        responses={404: refusal(_NO_PROGRAM)},
    )
    async def outcomes(
        self,
        request: Request,
        program: ProgramId,
        track: TrackId = None,
        start: Start = None,
        end: End = None,
    ) -> OutcomesOut:
        return await _report(request, program, track, start, end)

    @get(
        "/outcomes.csv",
        summary="The outcomes report as CSV",
        media_type="text/csv",
        responses={404: refusal(_NO_PROGRAM)},
    )
    async def outcomes_csv(
        self,
        request: Request,
        program: ProgramId,
        track: TrackId = None,
        start: Start = None,
        end: End = None,
    ) -> Response[str]:
        out = await _report(request, program, track, start, end)
        return Response(
            outcomes.as_csv(out, request.user.locale),
            media_type="text/csv; charset=utf-8",
            headers={
                "Content-Disposition": f'attachment; filename="outcomes-{out.start}-{out.end}.csv"'
            },
        )


async def _report(
    request: Request, program: int, track: int | None, start: date | None, end: date | None
) -> OutcomesOut:
    """The report for the range asked for: by default the 90 days up to today."""
    now = utc_now()
    last = end or now.date()
    first = start or last - timedelta(days=90)
    return await outcomes.report(request.user, program, track, first, last, now)


class TrackSchedulesController(Controller):
    path = "/admin/tracks/{track_id:int}/measure-schedules"
    tags = ["admin"]
    guards = [requires_admin]

    @get("/", summary="When a track's questionnaires are due (the defaults until set)")
    async def schedules(self, track_id: PathId) -> SchedulesOut:
        return await services.track_schedules(track_id)

    @put("/", summary="Set a track's questionnaire schedule as a whole")
    async def set_schedules(
        self, request: Request, track_id: PathId, data: JSONBody[SchedulesIn]
    ) -> SchedulesOut:
        return await services.set_track_schedules(request.user, track_id, data, utc_now())

    @delete("/", status_code=200, summary="Let a track follow the program's default schedule again")
    async def reset_schedules(self, request: Request, track_id: PathId) -> SchedulesOut:
        return await services.reset_track_schedules(request.user, track_id, utc_now())
