"""Request and response shapes of the schedule API (msgspec Structs).

Instants are UTC ISO 8601 (`starts_at`, `ends_at`); the PWA shows them in the viewer's zone.
Series times are program-local wall times ("local_start": "2026-11-30T18:00").
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

import msgspec

Name = Annotated[str, msgspec.Meta(min_length=1, max_length=100)]
Kind = Literal["group", "individual", "family", "education"]
MarkStatus = Literal["present", "late", "absent", "excused"]
EnrollmentState = Literal["active", "completed", "discharged"]
Minutes = Annotated[int, msgspec.Meta(ge=0, le=24 * 60)]
Phone = Annotated[
    str, msgspec.Meta(max_length=32, pattern=r"^[0-9+() .-]*$", description="Front-desk phone")
]
Id = Annotated[int, msgspec.Meta(ge=1, le=2**31 - 1)]
# What <input type="datetime-local"> sends ("2026-12-01T18:00"); an offset is refused by the
# service with a message, since series times are the program's wall time.
LocalDateTime = Annotated[
    str,
    msgspec.Meta(
        pattern=r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$",
        description="Program-local wall time, e.g. 2026-12-01T18:00",
        examples=["2026-12-01T18:00"],
    ),
]
# How a series' wall time is answered: no offset, so not an RFC 3339 date-time.
WallTime = Annotated[
    str, msgspec.Meta(description="Program-local wall time, e.g. 2026-12-01T18:00:00")
]


# --- what clients and counselors see -----------------------------------------------------


class OccurrenceOut(msgspec.Struct):
    id: int
    series_id: int
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    status: str  # scheduled | cancelled
    moved: bool  # rescheduled from its usual time
    location: str
    video_url: str
    facilitator: str | None
    track: str | None


class WeekHours(msgspec.Struct):
    program: str
    week_start: date  # Monday, program-local
    attended_minutes: int
    minimum_minutes: int
    scheduled_minutes_left: int  # sessions still ahead this week
    can_reach_minimum: bool


class NextSessionCard(msgspec.Struct, tag_field="card", tag="next_session"):
    occurrence: OccurrenceOut | None


class TodaySessionsCard(msgspec.Struct, tag_field="card", tag="today_sessions"):
    occurrences: list[OccurrenceOut]


class WeekHoursCard(msgspec.Struct, tag_field="card", tag="week_hours"):
    hours: WeekHours


Card = NextSessionCard | TodaySessionsCard | WeekHoursCard


class ScheduleToday(msgspec.Struct):
    """The schedule's cards for Today (server/today/ adds other features' cards)."""

    generated_at: datetime
    timezone: str  # the client's display zone
    date: date  # today in that zone
    cards: list[Card]


class ScheduleOut(msgspec.Struct):
    generated_at: datetime
    timezone: str
    days: int
    occurrences: list[OccurrenceOut]


class CalendarFeedOut(msgspec.Struct):
    active: bool
    discreet: bool
    url: str | None = None  # only right after it was made: we keep just a hash of the token


class CalendarFeedUpdate(msgspec.Struct):
    discreet: bool


# --- counselors ---------------------------------------------------------------------------


class CaseloadHours(msgspec.Struct):
    client_id: int
    name: str
    hours: WeekHours | None  # None when the client has no active enrollment


class RosterEntry(msgspec.Struct):
    client_id: int
    name: str
    status: str | None
    minutes: int | None


class RosterOut(msgspec.Struct):
    occurrence: OccurrenceOut
    roster: list[RosterEntry]


class Mark(msgspec.Struct):
    client_id: Id
    status: MarkStatus
    minutes: Minutes | None = (
        None  # present: the whole session when omitted; late: required; absent, excused: 0
    )


class AttendanceIn(msgspec.Struct):
    marks: Annotated[list[Mark], msgspec.Meta(min_length=1, max_length=200)]


# --- admins -------------------------------------------------------------------------------


class ProgramIn(msgspec.Struct):
    name: Name
    timezone: Annotated[str, msgspec.Meta(min_length=1, max_length=64)]
    min_weekly_hours: Annotated[float, msgspec.Meta(ge=0, le=60)] = 9.0
    phone: Phone = ""


class ProgramPatch(msgspec.Struct, omit_defaults=True):
    name: Name | None = None
    timezone: Annotated[str, msgspec.Meta(min_length=1, max_length=64)] | None = None
    min_weekly_hours: Annotated[float, msgspec.Meta(ge=0, le=60)] | None = None
    phone: Phone | None = None


class ProgramOut(msgspec.Struct):
    id: int
    name: str
    timezone: str
    min_weekly_hours: float
    phone: str


class TrackIn(msgspec.Struct):
    name: Name


class TrackPatch(msgspec.Struct):
    name: Name | None = None
    active: bool | None = None


class TrackOut(msgspec.Struct):
    id: int
    program_id: int
    name: str
    active: bool


class SeriesIn(msgspec.Struct):
    program_id: Id
    kind: Kind
    title: Name
    local_start: LocalDateTime  # program-local wall time of the first session
    duration_minutes: Annotated[int, msgspec.Meta(ge=5, le=12 * 60)]
    rrule: Annotated[str, msgspec.Meta(max_length=300)] = ""  # "" for a one-off session
    track_id: Id | None = None  # group and education sessions
    client_id: Id | None = None  # individual and family sessions
    location: Annotated[str, msgspec.Meta(max_length=200)] = ""
    video_url: Annotated[str, msgspec.Meta(max_length=500)] = ""
    facilitator_id: Id | None = None


class SeriesPatch(msgspec.Struct):
    title: Name | None = None
    local_start: LocalDateTime | None = None
    duration_minutes: Annotated[int, msgspec.Meta(ge=5, le=12 * 60)] | None = None
    rrule: Annotated[str, msgspec.Meta(max_length=300)] | None = None
    location: Annotated[str, msgspec.Meta(max_length=200)] | None = None
    video_url: Annotated[str, msgspec.Meta(max_length=500)] | None = None
    facilitator_id: Id | None = None


class SeriesOut(msgspec.Struct):
    id: int
    program_id: int
    track_id: int | None
    client_id: int | None
    kind: str
    title: str
    rrule: str
    local_start: WallTime
    duration_minutes: int
    location: str
    video_url: str
    facilitator_id: int | None
    ended: bool
    version: int


class OccurrenceChange(msgspec.Struct):
    """Cancel, restore or move one occurrence."""

    status: Literal["scheduled", "cancelled"] | None = None
    local_start: LocalDateTime | None = None  # program-local wall time to move it to
    location: Annotated[str, msgspec.Meta(max_length=200)] | None = None


class EnrollmentIn(msgspec.Struct):
    client_id: Id
    track_id: Id
    starts_on: date
    ends_on: date | None = None


class EnrollmentPatch(msgspec.Struct):
    # Left out: unchanged. null: no end (reopening a completed enrollment, an undo).
    ends_on: date | None | msgspec.UnsetType = msgspec.UNSET
    status: EnrollmentState | None = None


class EnrollmentOut(msgspec.Struct):
    id: int
    client_id: int
    client_name: str
    track_id: int
    program_id: int
    starts_on: date
    ends_on: date | None
    status: str


class PersonOut(msgspec.Struct):
    id: int
    name: str
    email: str
    role: str


class PresetOut(msgspec.Struct):
    label: str
    rrule: str
    start_time: str  # HH:MM local
    duration_minutes: int


class ClientSession(msgspec.Struct):
    """One session of a client's (the client chart's Attendance tab) and their mark for it."""

    occurrence_id: int
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    cancelled: bool
    status: MarkStatus | None  # None: not recorded
    minutes: int | None  # minutes counted by the mark (None: not recorded)
    week_start: date | None = None  # the program week (Monday, program-local) it falls in


class ClientAttendanceOut(msgspec.Struct):
    """A client's sessions of the last program weeks and each week's hours against the
    minimum, both newest first (`weeks` is empty when they have never been enrolled)."""

    client_id: int
    weeks_back: int
    weeks: list[WeekHours]
    items: list[ClientSession]
