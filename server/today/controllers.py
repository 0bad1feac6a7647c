"""Today's API: the client's home screen (/api/me/today) and the counselor's caseload."""

from __future__ import annotations

from litestar import Controller, Request

from server.core.http import get, utc_now
from server.security.guards import requires_client, requires_staff
from server.today import services
from server.today.cache import TodayCache
from server.today.schemas import CaseloadOut, TodayOut

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
        summary="My clients with this week's treatment hours and their check-in flags",
    )
    async def caseload(self, request: Request) -> CaseloadOut:
        return await services.caseload(request.user, utc_now())
