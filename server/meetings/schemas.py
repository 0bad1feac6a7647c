"""Aftercare shapes: a meeting a client logs, their week against the plan, the counselor's view,
and the meeting directory.

A logged meeting carries a client-generated UUID so a phone can retry it safely: the same UUID
and body again answers the same; the same UUID with a different body is refused (409).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal, get_args
from uuid import UUID

import msgspec

from server.programs.schemas import Id

Fellowship = Literal["aa", "na", "smart", "ca", "refuge", "celebrate", "other"]
FELLOWSHIPS: tuple[str, ...] = get_args(Fellowship)
LoggedFormat = Literal["in_person", "online"]
DirectoryFormat = Literal["in_person", "online", "hybrid"]
NAME_MAX = 200
NOTE_MAX = 2000
PLAN_NOTES_MAX = 4000
WEEKLY_TARGET_MAX = 21  # three a day is already more than any plan asks


class MeetingLogIn(msgspec.Struct, forbid_unknown_fields=True):
    id: UUID  # made by the phone; the key that makes a retry safe
    fellowship: Fellowship
    name: Annotated[str, msgspec.Meta(min_length=1, max_length=NAME_MAX)]
    # When the meeting started; an offset is required so it names one instant.
    attended_at: Annotated[datetime, msgspec.Meta(tz=True)]
    format: LoggedFormat
    note: Annotated[str, msgspec.Meta(max_length=NOTE_MAX)] = ""
    directory_id: Id | None = None  # the directory meeting it was picked from, if any


class MeetingLogOut(msgspec.Struct):
    id: UUID
    fellowship: str
    name: str
    attended_at: datetime
    format: str
    note: str
    directory_id: int | None
    verified: bool  # the counselor confirmed attendance (a signed slip, a screenshot…)
    verified_at: datetime | None


class MeetingsWeek(msgspec.Struct):
    """Meetings in one Monday–Sunday week of the client's own time zone."""

    week_start: date  # the Monday
    target: int | None  # the plan's meetings a week; None without a plan
    logged: int
    verified: int


class AftercarePlanIn(msgspec.Struct, forbid_unknown_fields=True):
    weekly_target: Annotated[int, msgspec.Meta(ge=0, le=WEEKLY_TARGET_MAX)]
    notes: Annotated[str, msgspec.Meta(max_length=PLAN_NOTES_MAX)] = (
        ""  # sponsor, sober living, therapy
    )


class AftercarePlanOut(msgspec.Struct):
    weekly_target: int
    notes: str
    updated_at: datetime


class AftercareOut(msgspec.Struct):
    plan: AftercarePlanOut | None
    week: MeetingsWeek


class AftercareDetailOut(msgspec.Struct):
    client_id: int
    plan: AftercarePlanOut | None
    week: MeetingsWeek
    recent: list[MeetingLogOut]  # the last 30 days, newest first


class DirectoryMeetingOut(msgspec.Struct):
    id: int
    name: str
    slug: str
    day: int  # 0 Sunday … 6 Saturday
    time: str  # "HH:MM" in `timezone`
    end_time: str  # "" when not known
    types: list[str]  # Meeting Guide type codes
    format: DirectoryFormat
    location: str
    address: str
    city: str
    conference_url: str  # "" for a meeting only in person
    timezone: str
    fellowship: str
