"""Drug testing API: a client's "test today?" (/api/me/testing); counselors' day list, results
and scheduled tests (/api/counselor/drug-tests); a track's random-testing policy (admins)."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from litestar import Controller, Request
from litestar.params import JSONBody, QueryParameter

from server.core.http import PathId, get, post, put, utc_now
from server.core.openapi import refusal
from server.security.guards import (
    requires_admin,
    requires_client,
    requires_counselor,
    requires_staff,
)
from server.testing import services
from server.testing.schemas import (
    ClientTestsOut,
    DrugTestOut,
    PolicyIn,
    PolicyOut,
    ResultIn,
    ScheduleIn,
    TestingToday,
)

TestDays = Annotated[int, QueryParameter(ge=1, le=365, description="How many days back")]
Day = Annotated[
    date | None, QueryParameter(name="date", description="YYYY-MM-DD; default today in my zone")
]


class MyTestingController(Controller):
    path = "/me/testing"
    tags = ["testing"]
    guards = [requires_client]

    @get(
        "/",
        summary="Am I to be tested today? (selected, not selected, not yet drawn, or no testing)",
    )
    async def today(self, request: Request) -> TestingToday:
        return await services.testing_card(request.user, utc_now())


class DrugTestController(Controller):
    path = "/counselor/drug-tests"
    tags = ["counselor"]
    guards = [requires_counselor]

    @get("/", summary="My clients' drug tests of a day, overdue first")
    async def day(self, request: Request, day: Day = None) -> list[DrugTestOut]:
        return await services.day_tests(request.user, day, utc_now())

    @post(
        "/",
        summary="Schedule a test for one client on a day (not part of the random draw)",
        responses={
            404: refusal("The client is not one of mine."),
            409: refusal("The client already has a drug test that day."),
        },
    )
    async def schedule(self, request: Request, data: JSONBody[ScheduleIn]) -> DrugTestOut:
        return await services.schedule_test(request.user, data, utc_now())

    @post(
        "/{test_id:int}/result",
        status_code=200,
        summary="Record collected (with its result), missed or excused",
    )
    async def result(
        self, request: Request, test_id: PathId, data: JSONBody[ResultIn]
    ) -> DrugTestOut:
        return await services.record_result(request.user, test_id, data, utc_now())


class TestingPolicyController(Controller):
    path = "/admin/tracks"
    tags = ["admin"]
    guards = [requires_admin]

    @get("/{track_id:int}/testing-policy", summary="A track's random-testing policy")
    async def policy(self, track_id: PathId) -> PolicyOut:
        return await services.track_policy(track_id)

    @put(
        "/{track_id:int}/testing-policy",
        summary="Set a track's random-testing policy (applies from the next draw)",
    )
    async def set_policy(
        self, request: Request, track_id: PathId, data: JSONBody[PolicyIn]
    ) -> PolicyOut:
        return await services.set_track_policy(request.user, track_id, data, utc_now())


class ClientTestsController(Controller):
    """The client chart's Tests tab, for counselors and admins (the chart's scope)."""

    path = "/counselor/clients"
    tags = ["counselor"]
    guards = [requires_staff]

    @get("/{client_id:int}/drug-tests", summary="A client's drug tests, newest first")
    async def client_tests(
        self, request: Request, client_id: PathId, days: TestDays = 90
    ) -> ClientTestsOut:
        return await services.chart_tests(request.user, client_id, days, utc_now())
