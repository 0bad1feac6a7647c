"""Today's and the caseload's response shapes: other features' cards side by side."""

from __future__ import annotations

from datetime import date, datetime

import msgspec

from server.checkins.schemas import CaseloadCheckins, CheckinOut
from server.homework.schemas import HomeworkCard
from server.meetings.schemas import MeetingsWeek
from server.programs.schemas import NextSessionCard, TodaySessionsCard, WeekHours, WeekHoursCard
from server.testing.schemas import TestingToday


class CheckinCard(msgspec.Struct, tag_field="card", tag="checkin"):
    done: bool  # checked in today (the client's zone)
    latest: CheckinOut | None  # with the counselor's feedback once reviewed


class MeetingsCard(msgspec.Struct, tag_field="card", tag="meetings"):
    week: MeetingsWeek  # aftercare meetings logged this week (Monday–Sunday) against the target


Card = (
    NextSessionCard
    | TodaySessionsCard
    | WeekHoursCard
    | CheckinCard
    | HomeworkCard
    | MeetingsCard
    | TestingToday
)


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
