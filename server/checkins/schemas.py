"""Check-in shapes: what a client submits, what they and their counselor see, the review queue.

A check-in carries a client-generated UUID so a phone can retry it safely: the same UUID and
body again answers the same; the same UUID with a different body is refused (409). A client has
one check-in per day: a later one for the same day (a new UUID) updates that day's entry, whose
`id` stays the day's first UUID; `revisions` counts the updates and the detail's `history` shows
the earlier versions.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal
from uuid import UUID

import msgspec

from server.care.schemas import AlertState
from server.programs.schemas import WeekHours

Tag = Annotated[str, msgspec.Meta(min_length=1, max_length=40)]
Risk = Literal["urgent", "high", "normal"]
Medication = Literal["yes", "no", "not_prescribed"]


class CheckinIn(msgspec.Struct, forbid_unknown_fields=True):
    id: UUID  # made by the phone; the key that makes a retry safe
    local_date: date  # the client's own calendar day the check-in is for
    mood: Annotated[int, msgspec.Meta(ge=1, le=5, description="1 very low … 5 very good")]
    craving: Annotated[int, msgspec.Meta(ge=0, le=10)]
    used: bool  # alcohol or drugs since the last check-in
    medication: Medication
    sleep_hours: Annotated[float, msgspec.Meta(ge=0, le=24)]
    safety_concern: bool  # thoughts of harming yourself
    substances: Annotated[list[Tag], msgspec.Meta(max_length=10)] = []
    triggers: Annotated[list[Tag], msgspec.Meta(max_length=12)] = []
    helped: Annotated[str, msgspec.Meta(max_length=500)] = ""
    note: Annotated[str, msgspec.Meta(max_length=2000)] = ""


class Support(msgspec.Struct):
    """Shown to the client at once after an urgent or high-risk check-in."""

    coping_plan: str
    counselor_name: str | None  # the primary counselor, when there is an active one
    seen_by: str = ""  # who sees the check-in first: "Sam Diaz, your counselor", "the on-call ..."
    crisis_line: str = "988"
    program_phone: str = ""  # the program's front desk, to reach the counselor ("" when not set)


class CheckinOut(msgspec.Struct):
    id: UUID
    local_date: date
    submitted_at: datetime
    mood: int
    craving: int
    used: bool
    substances: list[str]
    medication: str
    sleep_hours: float
    triggers: list[str]
    helped: str
    safety_concern: bool
    note: str
    risk: Risk
    reviewed_at: datetime | None
    counselor_note: str  # feedback the client sees once reviewed
    support: Support | None = None  # only in the answer to the client's own urgent/high check-in
    revisions: int = 0  # how many times a later check-in of the same day updated it
    updated_at: datetime | None = None  # the latest update (submitted_at: the day's first)


class QueueItem(msgspec.Struct):
    id: UUID
    client_id: int
    client_name: str
    local_date: date
    submitted_at: datetime
    risk: Risk
    mood: int
    craving: int
    used: bool
    safety_concern: bool
    alert: AlertState | None = None  # an urgent one's alert: who it reached, who acknowledged
    revisions: int = 0  # updated this many times by later check-ins of the same day
    updated_at: datetime | None = None


class QueueOut(msgspec.Struct):
    items: list[QueueItem]
    counts: dict[str, int]  # unreviewed per risk on this caseload: urgent, high, normal
    next_cursor: str | None  # pass as ?after= for the next page


class CheckinVersion(msgspec.Struct):
    """An earlier version of a day's check-in: its answers, their own risk, the review it had."""

    submitted_at: datetime
    risk: Risk
    mood: int
    craving: int
    used: bool
    substances: list[str]
    medication: str
    sleep_hours: float
    triggers: list[str]
    helped: str
    safety_concern: bool
    note: str
    reviewed_at: datetime | None
    counselor_note: str


class CheckinDetailOut(msgspec.Struct):
    checkin: CheckinOut
    client_id: int
    client_name: str
    recent: list[CheckinOut]  # the client's last 14 days, newest first
    alert: AlertState | None = None
    history: list[CheckinVersion] = []  # the day's earlier versions, newest first


class BulkReviewIn(msgspec.Struct, forbid_unknown_fields=True):
    ids: Annotated[list[UUID], msgspec.Meta(min_length=1, max_length=100)]
    note: Annotated[str, msgspec.Meta(max_length=2000)] = ""


class BulkReviewOut(msgspec.Struct):
    reviewed: int  # how many this call marked reviewed
    items: list[CheckinOut]  # those, as now stored
    already_reviewed: list[UUID]  # asked for but reviewed before: left as they were


class ReviewIn(msgspec.Struct, forbid_unknown_fields=True):
    note: Annotated[str, msgspec.Meta(max_length=2000)] = ""


class DayPoint(msgspec.Struct):
    date: date
    mood: int | None  # the day's lowest mood and highest craving, None without a check-in
    craving: int | None


class CaseloadCheckins(msgspec.Struct):
    last_checkin: date | None
    missed: bool  # no check-in for the program's missed-days rule (default two days)
    unreviewed: dict[str, int]  # urgent, high, normal


class ClientDetailOut(msgspec.Struct):
    client_id: int
    name: str
    last_checkin: date | None
    streak_days: int  # consecutive days up to today (or yesterday) with a check-in
    use_days_30: int  # days with reported use in the last 30
    days_30: list[DayPoint]
    days_90: list[DayPoint]
    hours: WeekHours | None = None  # this week's hours from the schedule, when enrolled


class CheckinPolicyIn(msgspec.Struct, forbid_unknown_fields=True):
    urgent_on_safety: bool = True
    high_on_use: bool = True
    high_craving_at: Annotated[int, msgspec.Meta(ge=0, le=11)] = 8  # 11 turns the rule off
    missed_days: Annotated[int, msgspec.Meta(ge=1, le=14)] = 2


class CheckinPolicyOut(CheckinPolicyIn):
    program_id: int = 0


class ClientCheckinsOut(msgspec.Struct):
    """The client chart's Check-ins tab: one client's check-ins, newest first."""

    client_id: int
    days: int  # how many days back (the client's own days)
    items: list[CheckinOut]
