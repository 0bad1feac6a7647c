"""The client's Today and the counselor's caseload: screens that gather several features' cards.

Each feature serves its own part (the schedule its cards and hours, check-ins theirs); this
module puts them side by side, so features never import each other's screens.
"""

from __future__ import annotations

from datetime import datetime

from server.accounts.services import SignedInUser
from server.checkins import services as checkins
from server.homework import services as homework
from server.meetings import services as meetings
from server.programs import services as schedule
from server.testing import services as testing
from server.today.schemas import (
    CaseloadEntry,
    CaseloadHomework,
    CaseloadOut,
    CheckinCard,
    MeetingsCard,
    TodayOut,
)


async def today(user: SignedInUser, now: datetime) -> TodayOut:
    scheduled = await schedule.today(user, now)
    done, latest = await checkins.today_state(user, now)
    work = await homework.homework_card(user, now)
    week = await meetings.aftercare_card(user, now)
    call_in = await testing.testing_card(user, now)
    return TodayOut(
        generated_at=now,
        timezone=scheduled.timezone,
        date=scheduled.date,
        cards=[
            *scheduled.cards,
            CheckinCard(done=done, latest=latest),
            work,
            MeetingsCard(week=week),
            call_in,
        ],
    )


async def caseload(user: SignedInUser, now: datetime) -> CaseloadOut:
    entries = await schedule.caseload(user, now)
    ids = [entry.client_id for entry in entries]
    flags = await checkins.caseload_checkins(ids, now)
    work = await homework.client_homework(ids, now)
    weeks = await meetings.caseload_meetings(ids, now)
    return CaseloadOut(
        clients=[
            CaseloadEntry(
                client_id=e.client_id,
                name=e.name,
                hours=e.hours,
                checkins=flags[e.client_id],
                homework=CaseloadHomework(**work[e.client_id]),
                meetings=weeks[e.client_id],
            )
            for e in entries
        ]
    )
