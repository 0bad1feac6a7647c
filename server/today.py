"""The client's Today and the counselor's caseload: screens that gather several features' cards.

Each feature serves its own part (the schedule its cards and hours, check-ins theirs); this
module puts them side by side, so features never import each other's screens.
"""

from __future__ import annotations

from datetime import date, datetime

import msgspec
from litestar import Request

from server.accounts.services import SignedInUser
from server.checkins import services as checkins
from server.checkins.schemas import CaseloadCheckins, CheckinOut
from server.homework import services as homework
from server.homework.schemas import HomeworkCard
from server.meetings import services as meetings
from server.meetings.schemas import MeetingsWeek
from server.testing import services as testing
from server.testing.schemas import TestingToday
from server.http import get, utc_now
from server.programs import services as schedule
from server.programs.schemas import NextSessionCard, TodaySessionsCard, WeekHours, WeekHoursCard
from server.security.guards import requires_client, requires_staff


class CheckinCard(msgspec.Struct, tag_field="card", tag="checkin"):
    done: bool  # checked in today (the client's zone)
    latest: CheckinOut | None  # with the counselor's feedback once reviewed


class MeetingsCard(msgspec.Struct, tag_field="card", tag="meetings"):
    week: MeetingsWeek  # aftercare meetings logged this week (Monday–Sunday) against the target


Card = NextSessionCard | TodaySessionsCard | WeekHoursCard | CheckinCard | HomeworkCard | MeetingsCard | TestingToday


class TodayOut(msgspec.Struct):
    generated_at: datetime
    timezone: str  # the client's display zone
    date: date  # today in that zone
    cards: list[Card]


class CaseloadHomework(msgspec.Struct):
    open: int  # assigned and not yet submitted (returned ones included)
    overdue: int


class CaseloadEntry(msgspec.Struct):
    client_id: int
    name: str
    hours: WeekHours | None  # None when the client has no active enrollment
    checkins: CaseloadCheckins
    homework: CaseloadHomework
    meetings: MeetingsWeek  # aftercare meetings this week against the plan's target


class CaseloadOut(msgspec.Struct):
    clients: list[CaseloadEntry]


async def today(user: SignedInUser, now: datetime) -> TodayOut:
    scheduled = await schedule.today(user, now)
    done, latest = await checkins.today_state(user, now)
    work = await homework.homework_card(user, now)
    week = await meetings.aftercare_card(user, now)
    call_in = await testing.testing_card(user, now)
    return TodayOut(generated_at=now, timezone=scheduled.timezone, date=scheduled.date,
                    cards=[*scheduled.cards, CheckinCard(done=done, latest=latest), work, MeetingsCard(week=week), call_in])


async def caseload(user: SignedInUser, now: datetime) -> CaseloadOut:
    entries = await schedule.caseload(user, now)
    ids = [entry.client_id for entry in entries]
    flags = await checkins.caseload_checkins(ids, now)
    work = await homework.client_homework(ids, now)
    weeks = await meetings.caseload_meetings(ids, now)
    return CaseloadOut(clients=[
        CaseloadEntry(client_id=e.client_id, name=e.name, hours=e.hours, checkins=flags[e.client_id],
                      homework=CaseloadHomework(**work[e.client_id]), meetings=weeks[e.client_id]) for e in entries
    ])


@get("/me/today", guards=[requires_client], tags=["schedule"],
     summary="The home screen's cards: next session, today's sessions, this week's hours, today's check-in")
async def today_route(request: Request) -> TodayOut:
    return await today(request.user, utc_now())


@get("/counselor/caseload", guards=[requires_staff], tags=["counselor"],
     summary="My clients with this week's treatment hours and their check-in flags")
async def caseload_route(request: Request) -> CaseloadOut:
    return await caseload(request.user, utc_now())
