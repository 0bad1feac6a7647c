"""Today's and the caseload's response shapes: other features' cards side by side."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

import msgspec

from server.care.schemas import TeamMember
from server.checkins.schemas import CaseloadCheckins, CheckinOut
from server.homework.schemas import HomeworkCard
from server.measures.schemas import LatestScore, MeasuresCard
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
    | MeasuresCard
)


class TodayOut(msgspec.Struct):
    generated_at: datetime
    timezone: str  # the client's display zone
    date: date  # today in that zone
    cards: list[Card]


class CaseloadHomework(msgspec.Struct):
    open: int  # assigned and not yet submitted (returned ones included)
    overdue: int


Risk = Literal["urgent", "high", "normal"]
# Why a client needs attention, in this order (codes; the screens word them).
Reason = Literal[
    "alert_open",  # an urgent alert for them is not acknowledged yet
    "unreviewed_urgent",  # an urgent check-in not reviewed yet
    "unreviewed_high",
    "missed_checkins",  # no check-in for the program's missed-days rule
    "hours_short",  # this week's sessions left cannot reach the minimum hours
    "homework_overdue",
]


class TrackRef(msgspec.Struct):
    id: int
    name: str
    program: str
    program_id: int


class RiskFlag(msgspec.Struct):
    level: Risk | None  # the worst unreviewed check-in's risk; None: nothing unreviewed
    alert_open: bool  # an urgent alert for this client is not acknowledged


class LastCheckin(msgspec.Struct):
    date: date  # the client's day of their newest check-in
    risk: Risk
    reviewed: bool


class NextSession(msgspec.Struct):
    id: int  # the occurrence
    starts_at: datetime
    title: str
    kind: str


class NextTest(msgspec.Struct):
    """Staff only: a client never sees a random test before its day."""

    id: int
    local_date: date
    kind: str  # random | scheduled
    window_start_at: datetime
    window_end_at: datetime
    overdue: bool  # the window ended and nothing is recorded yet


class CaseloadEntry(msgspec.Struct):
    client_id: int
    name: str
    hours: WeekHours | None  # None when the client has no active enrollment
    checkins: CaseloadCheckins
    homework: CaseloadHomework
    meetings: MeetingsWeek  # aftercare meetings this week against the plan's target
    track: TrackRef | None  # the current enrollment's track
    risk: RiskFlag
    last_checkin: LastCheckin | None
    next_session: NextSession | None
    next_test: NextTest | None
    needs_attention: bool  # reasons is not empty
    reasons: list[Reason]
    scores: list[LatestScore] = []  # the latest score of each questionnaire, with its change


class CaseloadOut(msgspec.Struct):
    generated_at: datetime
    total: int  # clients matching the filters, before the limit
    limit: int
    scanned_all: bool  # False: more clients matched than one request composes (admins): narrow it
    tracks: list[TrackRef]  # to filter by: the caseload's tracks (an admin: every active track)
    clients: list[CaseloadEntry]


class CaseloadQuery(msgspec.Struct, frozen=True):
    """The caseload's filters (query parameters), checked by the controller."""

    q: str = ""
    track: int | None = None
    attention: bool = False
    short: bool = False
    limit: int = 200  # services.LIMIT_DEFAULT


class ClientSummaryOut(CaseloadEntry):
    """The client chart's header: a caseload row with the care team."""

    timezone: str = "UTC"
    care_team: list[TeamMember] = []
    on_caseload: bool = True  # False: seen because an urgent alert reached the asker, or an admin


class UnreviewedCounts(msgspec.Struct):
    total: int  # check-ins and questionnaires waiting
    urgent: int  # urgent check-ins and questionnaires with a safety answer
    high: int
    normal: int
    questionnaires: int = 0  # questionnaires worth a look (GET /api/counselor/measure-queue)


class StaffSummaryOut(msgspec.Struct):
    """The workspace navigation's counts, scoped to the asker."""

    date: date  # today in the asker's zone
    unreviewed: UnreviewedCounts  # the review queue's scope
    homework_waiting: int | None  # submitted homework waiting for review (None: an admin)
    tests_today: int | None  # drug tests today still waiting for the client (None: an admin)
    sessions_today: int  # scheduled sessions starting today
