"""Schedule API: the client's Today, agenda and calendar URL (/api/me), counselors' caseload and
attendance (/api/counselor), program setup (/api/admin), and the calendar feed (/calendar)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from typing import Annotated, Literal

from litestar import Controller, Request, Response
from litestar.params import FromPath, FromQuery, JSONBody, QueryParameter

from server.core.errors import NotFound
from server.core.http import PathId, app_settings, delete, get, patch, post, put, utc_now
from server.core.openapi import refusal
from server.programs import calendar, services, setup
from server.programs.schemas import (
    AttendanceIn,
    CalendarFeedOut,
    CalendarFeedUpdate,
    EnrollmentIn,
    EnrollmentOut,
    EnrollmentPatch,
    OccurrenceChange,
    OccurrenceOut,
    PersonOut,
    PresetOut,
    ProgramIn,
    ProgramOut,
    ProgramPatch,
    RosterOut,
    ScheduleOut,
    SeriesIn,
    SeriesOut,
    SeriesPatch,
    TrackIn,
    TrackOut,
    TrackPatch,
)
from server.security.client_ip import client_ip
from server.security.guards import requires_admin, requires_client, requires_staff

Days = Annotated[
    int, QueryParameter(ge=1, le=services.SCHEDULE_MAX_DAYS, description="How many days")
]
SeriesDays = Annotated[int, QueryParameter(ge=1, le=200, description="How many days")]
Role = Literal["client", "counselor", "admin"]
FromDay = Annotated[date | None, QueryParameter(name="from", description="First day (YYYY-MM-DD)")]


class MyScheduleController(Controller):
    path = "/me"
    tags = ["schedule"]
    guards = [requires_client]

    @get("/schedule", summary="Sessions from today for `days` days (cancelled ones included)")
    async def schedule(self, request: Request, days: Days = 14) -> ScheduleOut:
        return await services.schedule(request.user, utc_now(), days)

    @get("/calendar-url", summary="Whether a calendar feed exists, and its discreet mode")
    async def calendar_state(self, request: Request) -> CalendarFeedOut:
        return await calendar.feed_state(request.user)

    @post(
        "/calendar-url",
        status_code=201,
        summary="A new secret calendar URL; the old one stops working",
    )
    async def calendar_rotate(self, request: Request) -> CalendarFeedOut:
        return await calendar.new_feed_url(request.user, app_settings(request).base_url, utc_now())

    @patch("/calendar-url", summary="Turn discreet titles on or off")
    async def calendar_discreet(
        self, request: Request, data: JSONBody[CalendarFeedUpdate]
    ) -> CalendarFeedOut:
        return await calendar.set_discreet(request.user, data.discreet, utc_now())

    @delete("/calendar-url", status_code=200, summary="Stop the calendar feed")
    async def calendar_stop(self, request: Request) -> CalendarFeedOut:
        return await calendar.stop_feed(request.user, utc_now())


class CounselorController(Controller):
    path = "/counselor"
    tags = ["counselor"]
    guards = [requires_staff]

    @get("/occurrences", summary="Sessions I facilitate (all, for an admin) from a date")
    async def occurrences(
        self, request: Request, start: FromDay = None, days: Days = 14
    ) -> list[OccurrenceOut]:
        lo, hi = _utc_days(start, days)
        return await services.staff_occurrences(request.user, lo, hi)

    @get("/occurrences/{occurrence_id:int}/attendance", summary="The roster of one session")
    async def roster(self, request: Request, occurrence_id: PathId) -> RosterOut:
        return await services.roster(request.user, occurrence_id, utc_now())

    @put("/occurrences/{occurrence_id:int}/attendance", summary="Mark attendance for one session")
    async def record(
        self, request: Request, occurrence_id: PathId, data: JSONBody[AttendanceIn]
    ) -> RosterOut:
        return await services.record_attendance(request.user, occurrence_id, data.marks, utc_now())


def _utc_days(start: date | None, days: int) -> tuple[datetime, datetime]:
    """A UTC range of whole days from `start` (default: yesterday), padded by a day either side
    so every zone's local days are covered."""
    first = start or (utc_now().date() - timedelta(days=1))
    lo = datetime.combine(first, time(0), tzinfo=timezone.utc) - timedelta(hours=14)
    return lo, lo + timedelta(days=days, hours=26)


class AdminController(Controller):
    path = "/admin"
    tags = ["admin"]
    guards = [requires_admin]

    @get("/presets", summary="Common IOP schedules to fill a series form with")
    async def presets(self) -> list[PresetOut]:
        return list(setup.PRESETS)

    @get("/people", summary="Active accounts of one role, for pickers")
    async def people(self, request: Request, role: FromQuery[Role]) -> list[PersonOut]:
        return await setup.people(role, request.user.id, utc_now())

    @get("/programs")
    async def programs(self) -> list[ProgramOut]:
        return await setup.list_programs()

    @post("/programs")
    async def create_program(self, request: Request, data: JSONBody[ProgramIn]) -> ProgramOut:
        return await setup.create_program(data, actor=request.user.id)

    @patch("/programs/{program_id:int}")
    async def update_program(
        self, request: Request, program_id: PathId, data: JSONBody[ProgramPatch]
    ) -> ProgramOut:
        return await setup.update_program(program_id, data, utc_now(), actor=request.user.id)

    @get("/programs/{program_id:int}/tracks")
    async def tracks(self, program_id: PathId) -> list[TrackOut]:
        return await setup.list_tracks(program_id)

    @post("/programs/{program_id:int}/tracks")
    async def create_track(
        self, request: Request, program_id: PathId, data: JSONBody[TrackIn]
    ) -> TrackOut:
        return await setup.create_track(program_id, data, actor=request.user.id)

    @patch("/tracks/{track_id:int}")
    async def update_track(
        self, request: Request, track_id: PathId, data: JSONBody[TrackPatch]
    ) -> TrackOut:
        return await setup.update_track(track_id, data, actor=request.user.id)

    @get("/programs/{program_id:int}/series")
    async def series(self, request: Request, program_id: PathId) -> list[SeriesOut]:
        return await setup.list_series(program_id, request.user.id, utc_now())

    @post(
        "/series",
        summary="A recurring or one-off session",
        responses={404: refusal("No such program.")},
    )
    async def create_series(self, request: Request, data: JSONBody[SeriesIn]) -> SeriesOut:
        return await setup.create_series(data, utc_now(), actor=request.user.id)

    @patch("/series/{series_id:int}", summary="Edit a series; its future sessions follow")
    async def update_series(
        self, request: Request, series_id: PathId, data: JSONBody[SeriesPatch]
    ) -> SeriesOut:
        return await setup.update_series(series_id, data, utc_now(), actor=request.user.id)

    @post("/series/{series_id:int}/end", status_code=200, summary="Stop a series from now on")
    async def end_series(self, request: Request, series_id: PathId) -> SeriesOut:
        return await setup.end_series(series_id, utc_now(), actor=request.user.id)

    @post(
        "/series/{series_id:int}/resume",
        status_code=200,
        summary="Undo ending a series: its sessions from now on come back",
    )
    async def resume_series(self, request: Request, series_id: PathId) -> SeriesOut:
        return await setup.resume_series(series_id, utc_now(), actor=request.user.id)

    @get("/series/{series_id:int}/occurrences")
    async def series_occurrences(
        self, series_id: PathId, start: FromDay = None, days: SeriesDays = 14
    ) -> list[OccurrenceOut]:
        lo, hi = _utc_days(start, days)
        return await setup.series_occurrences(series_id, lo, hi)

    @patch("/occurrences/{occurrence_id:int}", summary="Cancel, restore or move one session")
    async def change_occurrence(
        self, request: Request, occurrence_id: PathId, data: JSONBody[OccurrenceChange]
    ) -> OccurrenceOut:
        return await setup.change_occurrence(occurrence_id, data, utc_now(), actor=request.user.id)

    @get("/programs/{program_id:int}/enrollments")
    async def enrollments(self, request: Request, program_id: PathId) -> list[EnrollmentOut]:
        return await setup.list_enrollments(program_id, request.user.id, utc_now())

    @post(
        "/enrollments",
        responses={409: refusal("The client is already enrolled in this program then.")},
    )
    async def enroll(self, request: Request, data: JSONBody[EnrollmentIn]) -> EnrollmentOut:
        return await setup.enroll(data, actor=request.user.id)

    @patch(
        "/enrollments/{enrollment_id:int}",
        responses={
            409: refusal("The new dates overlap another enrollment of the client in this program."),
        },
    )
    async def update_enrollment(
        self, request: Request, enrollment_id: PathId, data: JSONBody[EnrollmentPatch]
    ) -> EnrollmentOut:
        return await setup.update_enrollment(enrollment_id, data, utc_now(), actor=request.user.id)


@get("/calendar/{feed:str}", include_in_schema=False, media_type="text/calendar")
async def calendar_feed(request: Request, feed: FromPath[str]) -> Response[str]:
    """The .ics a phone calendar subscribes to. An unknown or stopped token is a plain 404."""
    if not feed.endswith(".ics"):
        raise NotFound("No such calendar.")
    ip = client_ip(request.scope, app_settings(request).trusted_proxies)
    text = await calendar.render_feed(feed[: -len(".ics")], utc_now(), ip)
    if text is None:
        raise NotFound("No such calendar.")
    return Response(
        text,
        media_type="text/calendar",
        headers={"Content-Disposition": 'inline; filename="schedule.ics"'},
    )
