"""The client's Today and the counselor's caseload: screens that gather several features' cards.

Each feature serves its own part (the schedule its cards and hours, check-ins theirs); this
module puts them side by side, so features never import each other's screens.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import msgspec
from litestar import Request

from server.accounts.services import SignedInUser
from server.checkins import services as checkins
from server.checkins.schemas import CaseloadCheckins, CheckinOut
from server.http import get
from server.programs import services as schedule
from server.programs.schemas import NextSessionCard, TodaySessionsCard, WeekHours, WeekHoursCard
from server.security.guards import requires_client, requires_staff


class CheckinCard(msgspec.Struct, tag_field="card", tag="checkin"):
    done: bool  # checked in today (the client's zone)
    latest: CheckinOut | None  # with the counselor's feedback once reviewed


Card = NextSessionCard | TodaySessionsCard | WeekHoursCard | CheckinCard


class TodayOut(msgspec.Struct):
    generated_at: datetime
    timezone: str  # the client's display zone
    date: date  # today in that zone
    cards: list[Card]


class CaseloadEntry(msgspec.Struct):
    client_id: int
    name: str
    hours: WeekHours | None  # None when the client has no active enrollment
    checkins: CaseloadCheckins


class CaseloadOut(msgspec.Struct):
    clients: list[CaseloadEntry]


async def today(user: SignedInUser, now: datetime) -> TodayOut:
    scheduled = await schedule.today(user, now)
    done, latest = await checkins.today_state(user, now)
    return TodayOut(generated_at=now, timezone=scheduled.timezone, date=scheduled.date,
                    cards=[*scheduled.cards, CheckinCard(done=done, latest=latest)])


async def caseload(user: SignedInUser, now: datetime) -> CaseloadOut:
    entries = await schedule.caseload(user, now)
    flags = await checkins.caseload_checkins([entry.client_id for entry in entries], now)
    return CaseloadOut(clients=[
        CaseloadEntry(client_id=e.client_id, name=e.name, hours=e.hours, checkins=flags[e.client_id]) for e in entries
    ])


@get("/me/today", guards=[requires_client], tags=["schedule"],
     summary="The home screen's cards: next session, today's sessions, this week's hours, today's check-in")
async def today_route(request: Request) -> TodayOut:
    return await today(request.user, datetime.now(timezone.utc))


@get("/counselor/caseload", guards=[requires_staff], tags=["counselor"],
     summary="My clients with this week's treatment hours and their check-in flags")
async def caseload_route(request: Request) -> CaseloadOut:
    return await caseload(request.user, datetime.now(timezone.utc))
