"""Today's API: the client's home screen (/api/me/today), the staff caseload table, the staff
navigation's counts and the client chart's header."""

from __future__ import annotations

from typing import Annotated

from litestar import Controller, Request
from litestar.params import FromPath, QueryParameter

from server.core.http import get, utc_now
from server.security.guards import requires_client, requires_staff
from server.today import services, staff
from server.today.cache import TodayCache
from server.today.schemas import (
    CaseloadOut,
    CaseloadQuery,
    ClientSummaryOut,
    StaffSummaryOut,
    TodayOut,
)

Search = Annotated[
    str, QueryParameter(max_length=services.Q_MAX, description="Part of a client's name")
]
TrackId = Annotated[int | None, QueryParameter(ge=1, le=2**31 - 1, description="A track's id")]
Flag = Annotated[bool, QueryParameter(description="true: only these rows")]
Limit = Annotated[
    int, QueryParameter(ge=1, le=services.LIMIT_MAX, description="Rows at most (default 200)")
]

CACHE = "today_cache"  # the app's state key for its TodayCache (server/app.py registers it)


class TodayController(Controller):
    path = "/"

    @get(
        "/me/today",
        guards=[requires_client],
        tags=["schedule"],
        summary="The home screen's cards: next session, today's sessions, this week's hours, today's check-in",
    )
    async def today(self, request: Request) -> TodayOut:
        now = utc_now()
        cache: TodayCache = request.app.state[CACHE]
        building = cache.begin(request.scope, request.user)
        try:
            out = await services.today(request.user, now)
            cache.store(request.scope, request.user, now, out)
        finally:
            cache.end(request.user, building)
        return out

    @get(
        "/counselor/caseload",
        guards=[requires_staff],
        tags=["counselor"],
        summary="My clients (every active client, for an admin), one row each, needing attention first",
    )
    async def caseload(
        self,
        request: Request,
        q: Search = "",
        track: TrackId = None,
        attention: Flag = False,
        short: Flag = False,
        limit: Limit = services.LIMIT_DEFAULT,
    ) -> CaseloadOut:
        query = CaseloadQuery(q=q, track=track, attention=attention, short=short, limit=limit)
        return await services.caseload(request.user, utc_now(), query)

    @get(
        "/staff/summary",
        guards=[requires_staff],
        tags=["counselor"],
        summary="The workspace navigation's counts: unreviewed check-ins, homework, tests, sessions today",
    )
    async def staff_summary(self, request: Request) -> StaffSummaryOut:
        return await staff.staff_summary(request.user, utc_now())

    @get(
        "/staff/clients/{client_id:int}/summary",
        guards=[requires_staff],
        tags=["counselor"],
        summary="A client chart's header: track, care team, hours, risk, next session and test",
    )
    async def client_summary(self, request: Request, client_id: FromPath[int]) -> ClientSummaryOut:
        return await staff.client_summary(request.user, client_id, utc_now())
