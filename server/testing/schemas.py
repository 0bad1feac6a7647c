"""Drug testing shapes: a track's random-testing policy, a client's "test today?" card, the
counselors' day list, recording a result, scheduling a test, and what the reminder planner reads.

Times of day are program-local 24-hour "HH:MM"; instants are UTC.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

import msgspec

from server.programs.schemas import Id

Kind = Literal["random", "scheduled"]
Status = Literal["selected", "collected", "missed", "excused"]
Result = Literal["negative", "positive", "dilute", "invalid"]
Weekday = Literal["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
ClockTime = Annotated[
    str,
    msgspec.Meta(
        pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$", description='24-hour local time, "HH:MM"'
    ),
]
Substance = Annotated[str, msgspec.Meta(min_length=1, max_length=60)]
Note = Annotated[str, msgspec.Meta(max_length=1000)]
TodayStatus = Literal["selected", "not_selected", "pending", "no_testing"]


# --- the policy (admins) ---------------------------------------------------------------------


class PolicyIn(msgspec.Struct, forbid_unknown_fields=True):
    """A track's random testing: each testing day, each active client is selected with
    probability tests_per_week / (testing days a week)."""

    tests_per_week: Annotated[float, msgspec.Meta(gt=0, le=7)]
    selection_time: ClockTime = "06:00"  # when the day's draw is made
    window_start: ClockTime = "08:00"  # when a selected client may come in...
    window_end: ClockTime = "17:00"  # ...and by when
    days: Annotated[list[Weekday], msgspec.Meta(min_length=1, max_length=7)] = msgspec.field(
        default_factory=lambda: ["MO", "TU", "WE", "TH", "FR"]
    )
    active: bool = True


class PolicyOut(msgspec.Struct):
    track_id: int
    configured: bool  # false: the track has no policy (not randomly tested); the rest are defaults
    tests_per_week: float
    selection_time: str
    window_start: str
    window_end: str
    days: list[Weekday]
    active: bool
    probability: float  # the chance a client is selected on a testing day


# --- the client's card -----------------------------------------------------------------------


class TestingToday(msgspec.Struct, tag_field="card", tag="testing"):
    """Whether the client is to be tested today (program-local day).

    status: "selected" (a random or scheduled test today: come in during the window);
    "not_selected" (today's draw was made and did not pick them); "pending" (a testing day
    whose draw has not been made yet); "no_testing" (no policy, not a testing day, or not
    enrolled).
    """

    __test__ = False  # not a pytest test class

    date: date
    status: TodayStatus
    message: str
    window_start_at: datetime | None = None  # when selected
    window_end_at: datetime | None = None
    kind: Kind | None = None  # when selected
    test_status: Status | None = None  # when selected: "collected" once the sample is in
    place: str = ""  # where to come in: the program's name ("" when not enrolled)
    phone: str = (
        ""  # the program's front desk ("" when not set): questions, and crisis help offline
    )
    note: str = ""  # the counselor's note for this test, while it waits for the client
    # when pending: the program-local time ("07:00") the day's draw is made. The app writes its
    # own words from status, kind, test_status and the times (in the person's language);
    # `message` is the same in English, for other readers of the API.
    selection_time: str = ""


# --- counselors ------------------------------------------------------------------------------


class DrugTestOut(msgspec.Struct):
    id: int
    client_id: int
    client_name: str
    kind: Kind
    local_date: date
    window_start_at: datetime
    window_end_at: datetime
    status: Status
    overdue: bool  # still "selected" after its window ended
    result: Result | None
    substances: list[str]
    note: str
    recorded_at: datetime | None


class ResultIn(msgspec.Struct, forbid_unknown_fields=True):
    """What happened: collected (with its result), missed or excused. Substances go with a
    positive result only."""

    status: Literal["collected", "missed", "excused"]
    result: Result | None = None
    substances: Annotated[list[Substance], msgspec.Meta(max_length=20)] = []
    note: Note = ""


class ScheduleIn(msgspec.Struct, forbid_unknown_fields=True):
    """A test for one client on one day (program-local), outside the random draw."""

    client_id: Id
    local_date: date
    window_start: ClockTime = "08:00"
    window_end: ClockTime = "17:00"
    note: Note = ""


# --- the reminder planner --------------------------------------------------------------------


class TestReminder(msgspec.Struct, frozen=True):
    """A test waiting for its client whose window opens in the range asked about."""

    __test__ = False  # not a pytest test class

    test_id: int
    client_id: int
    window_start_at: datetime
    window_end_at: datetime


class ClientTestsOut(msgspec.Struct):
    """The client chart's Tests tab: one client's drug tests (random ones too), newest first."""

    client_id: int
    days: int  # how many days back; tests scheduled ahead are listed too
    items: list[DrugTestOut]
