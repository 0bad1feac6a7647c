"""Measure shapes: an instrument as a client reads it, a response as sent and as stored, a
client's scores as their counselor sees them, the safety plan, and the outcomes report.

A response carries a phone-made UUID like a check-in (server/core/submissions.py): the same id
and body again answers the same, the same id with another body is a 409. Answers are item key ->
the index of the chosen option in the instrument's list, so a stored answer never depends on the
language it was read in.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal
from uuid import UUID

import msgspec

from server.care.schemas import AlertState

Code = Literal["phq9", "gad7", "bam", "auditc", "cssrs"]
ItemKey = Annotated[str, msgspec.Meta(min_length=1, max_length=8, pattern=r"^[0-9a-z]+$")]
Line = Annotated[str, msgspec.Meta(min_length=1, max_length=300)]
Name = Annotated[str, msgspec.Meta(min_length=1, max_length=100)]
Phone = Annotated[str, msgspec.Meta(max_length=30, pattern=r"^[0-9+() .\-]*$")]


# --- an instrument as read --------------------------------------------------------------------


class AskedIf(msgspec.Struct):
    item: str  # asked only when this item's answer is one of `answers`
    answers: list[int]


class ItemOut(msgspec.Struct):
    key: str
    text: str
    options: list[str]  # answer with the index of the chosen one
    asked_if: AskedIf | None = None
    scored: bool = True
    safety: bool = False  # an answer scoring above 0 shows crisis help at once (even offline)


class InstrumentOut(msgspec.Struct):
    code: str
    name: str  # "PHQ-9"
    title: str  # what a client reads: "How you have been feeling"
    preamble: str
    items: list[ItemOut]
    language: str  # the language of the text shown (the BAM has no published Spanish version)
    notice: str  # "" or why the text is not in the reader's language
    source: str
    terms: str


class DueOut(msgspec.Struct):
    instrument: str
    name: str
    title: str
    due_from: date  # the client's (program's) days the window covers, inclusive
    due_until: date
    reason: Literal["intake", "repeat", "discharge"]


class MeasuresCard(msgspec.Struct, tag_field="card", tag="measures"):
    """Today's questionnaires: those open now, and whether the client has a safety plan."""

    due: list[DueOut]
    safety_plan: int = 0  # the plan's version (0: none yet): the crisis help shows it when set


# --- responses ----------------------------------------------------------------------------------


class ResponseIn(msgspec.Struct, forbid_unknown_fields=True):
    id: UUID  # made by the phone; the key that makes a retry safe
    instrument: Code
    local_date: date  # the client's day it was filled in (it may wait offline)
    answers: Annotated[
        dict[ItemKey, Annotated[int, msgspec.Meta(ge=0, le=20)]], msgspec.Meta(max_length=30)
    ]
    supersedes: UUID | None = None  # a correction: the earlier response it replaces


class ScoreOut(msgspec.Struct):
    scale: str
    label: str
    points: int
    maximum: int
    band: str
    level: int  # 0 none … 4 severe


class Contact(msgspec.Struct, forbid_unknown_fields=True):
    name: Name
    phone: Phone = ""


class PlanSections(msgspec.Struct, forbid_unknown_fields=True):
    """The Stanley–Brown safety plan's steps, in its order."""

    warning_signs: Annotated[list[Line], msgspec.Meta(max_length=12)] = []
    coping: Annotated[list[Line], msgspec.Meta(max_length=12)] = []  # things I can do on my own
    distractions: Annotated[list[Contact], msgspec.Meta(max_length=12)] = []  # people and places
    people: Annotated[list[Contact], msgspec.Meta(max_length=12)] = []  # people I can ask for help
    professionals: Annotated[list[Contact], msgspec.Meta(max_length=12)] = []  # 988 is always added
    environment: Annotated[list[Line], msgspec.Meta(max_length=12)] = []  # making it safer
    reasons: Annotated[list[Line], msgspec.Meta(max_length=12)] = []  # my reasons for living


class SafetyPlanIn(msgspec.Struct, forbid_unknown_fields=True):
    base_version: Annotated[int, msgspec.Meta(ge=0)]  # the version the edit started from (0: none)
    sections: PlanSections


class SafetyPlanOut(msgspec.Struct):
    client_id: int
    version: int  # 0: no plan yet
    sections: PlanSections
    crisis_lines: list[Contact]  # always shown: 988 (and the program's front desk when set)
    fallback: str  # the program's default coping text, for a client without a plan
    edited_at: datetime | None = None
    edited_by: str | None = None  # a name: the client themself or their counselor


class MeasureSupport(msgspec.Struct):
    """Shown at once when a response raised a safety flag."""

    plan: SafetyPlanOut
    seen_by: str  # who the alert reached: "Sam Diaz, your counselor"


class ResponseOut(msgspec.Struct):
    id: UUID
    instrument: str
    name: str
    title: str  # what a client reads: "How you have been feeling"
    local_date: date
    submitted_at: datetime
    scores: list[ScoreOut]
    safety: bool
    supersedes: UUID | None = None
    superseded: bool = False
    support: MeasureSupport | None = None  # only in the answer to the client's own response


class MeasuresOut(msgspec.Struct):
    """The client's questionnaires: what is due now and what they filled in."""

    due: list[DueOut]
    history: list[ResponseOut]  # newest first


# --- counselors -----------------------------------------------------------------------------------


class BandOut(msgspec.Struct):
    low: int
    high: int
    label: str
    level: int


class ScorePoint(msgspec.Struct):
    id: UUID
    local_date: date
    score: int
    band: str
    level: int
    change: int | None  # since the one before (None: the first)
    meaningful: bool  # a change at least the instrument's clinically meaningful one
    safety: bool
    superseded: bool
    reviewed: bool


class InstrumentHistory(msgspec.Struct):
    instrument: str
    name: str
    scale: str  # the headline scale's label
    maximum: int
    higher_is_better: bool
    bands: list[BandOut]
    points: list[ScorePoint]  # oldest first


class ClientMeasuresOut(msgspec.Struct):
    client_id: int
    instruments: list[InstrumentHistory]
    due: list[DueOut]  # open now, not yet filled in
    overdue: list[DueOut]  # closed in the last 28 days without a response


class AnsweredItem(msgspec.Struct):
    key: str
    text: str
    answer: str | None  # None: not asked (a branch not taken)
    points: int | None
    flagged: bool  # a safety item answered positively


class ResponseDetailOut(msgspec.Struct):
    id: UUID
    client_id: int
    client_name: str
    instrument: str
    name: str
    local_date: date
    submitted_at: datetime
    language: str
    scores: list[ScoreOut]
    items: list[AnsweredItem]
    safety: bool
    previous_score: int | None
    supersedes: UUID | None
    superseded: bool
    reviewed_by: str | None
    reviewed_at: datetime | None
    alert: AlertState | None = None


class MeasureQueueItem(msgspec.Struct):
    id: UUID
    client_id: int
    client_name: str
    instrument: str
    name: str
    score: int
    previous_score: int | None
    band: str
    level: int
    safety: bool
    submitted_at: datetime
    alert: AlertState | None = None


class LatestScore(msgspec.Struct):
    """A client's latest score of one instrument, for the caseload."""

    instrument: str
    name: str
    score: int
    level: int
    change: int | None  # since the one before; None: the first


class ScheduleIn(msgspec.Struct, forbid_unknown_fields=True):
    instrument: Code
    at_intake: bool = True
    every_days: Annotated[int, msgspec.Meta(ge=7, le=180)] | None = None
    at_discharge: bool = False
    window_days: Annotated[int, msgspec.Meta(ge=1, le=14)] = 3


class SchedulesIn(msgspec.Struct, forbid_unknown_fields=True):
    schedules: Annotated[list[ScheduleIn], msgspec.Meta(max_length=5)]


class ScheduleOut(ScheduleIn):
    source: Literal["client", "track", "default"] = "track"


class SchedulesOut(msgspec.Struct):
    schedules: list[ScheduleOut]
    client_id: int | None = None  # the client whose rules these are (None: a track's)


# --- outcomes ---------------------------------------------------------------------------------


class OutcomeRow(msgspec.Struct):
    instrument: str
    name: str
    clients: int  # clients with a response in the range
    measured_twice: int  # of them, with two or more (intake and latest differ)
    intake_mean: float | None
    latest_mean: float | None
    improved: int  # latest better than intake by the meaningful change (any change without one)
    improved_share: float | None  # improved / measured_twice
    remission_eligible: int  # measured twice and at or above the remission line at intake
    remission: int  # of them, below the line at the latest
    remission_share: float | None
    windows_due: int  # due windows that closed in the range
    windows_done: int  # of them, filled in
    completion_share: float | None
    bands_intake: list[int]  # clients per band level 0..4 at intake
    bands_latest: list[int]


class OutcomesOut(msgspec.Struct):
    program_id: int
    program_name: str
    track_id: int | None
    track_name: str | None
    start: date
    end: date
    scope: Literal["program", "caseload"]  # a counselor's report covers their care teams only
    rows: list[OutcomeRow]
