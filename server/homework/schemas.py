"""Homework shapes: worksheet prompts, templates, assignments, a client's submission, the review.

A worksheet is a list of prompts of four kinds: free text, a number on a scale, one choice of
several, and a list of short lines. Answers are keyed by the prompt's `key`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec

from server.programs.schemas import Id

PromptKind = Literal["text", "scale", "choice", "list"]
Status = Literal["assigned", "draft", "submitted", "returned", "reviewed"]
Key = Annotated[
    str, msgspec.Meta(pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$", description="a-z, 0-9, - and _")
]
Title = Annotated[str, msgspec.Meta(min_length=1, max_length=120)]
Instructions = Annotated[str, msgspec.Meta(max_length=2000)]
Line = Annotated[str, msgspec.Meta(max_length=2000)]
TEXT_MAX = 5000
LIST_MAX = 20
# One answer: text or a choice's value (str), a scale (int), or a list of lines.
Answer = (
    Annotated[str, msgspec.Meta(max_length=TEXT_MAX)]
    | int
    | Annotated[list[Line], msgspec.Meta(max_length=LIST_MAX)]
)
Answers = Annotated[dict[Key, Answer], msgspec.Meta(max_length=60)]


class Option(msgspec.Struct, forbid_unknown_fields=True):
    value: Key
    label: Annotated[str, msgspec.Meta(min_length=1, max_length=120)]


class Prompt(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=False):
    key: Key
    kind: PromptKind
    label: Annotated[str, msgspec.Meta(min_length=1, max_length=300)]
    help: Annotated[str, msgspec.Meta(max_length=500)] = ""
    required: bool = True
    options: Annotated[list[Option], msgspec.Meta(max_length=20)] = []  # choice only
    low: Annotated[int, msgspec.Meta(ge=0, le=100)] = 0  # scale only
    high: Annotated[int, msgspec.Meta(ge=1, le=100)] = 10
    low_label: Annotated[str, msgspec.Meta(max_length=60)] = ""
    high_label: Annotated[str, msgspec.Meta(max_length=60)] = ""


Prompts = Annotated[list[Prompt], msgspec.Meta(min_length=1, max_length=40)]


# --- templates -------------------------------------------------------------------------------


class TemplateIn(msgspec.Struct, forbid_unknown_fields=True):
    title: Title
    prompts: Prompts
    description: Instructions = ""


class TemplateOut(msgspec.Struct):
    id: str  # "starter-<slug>" for the starter library, else the number of a counselor's own
    title: str
    description: str
    prompts: list[Prompt]
    starter: bool  # from the starter library (read-only)
    mine: bool = False  # the caller's own (editable)


# --- assignments (counselors) ----------------------------------------------------------------


class AssignmentIn(msgspec.Struct, forbid_unknown_fields=True):
    """Give a worksheet to a track's clients (usually from a group session) or to one client.

    Exactly one of occurrence_id, track_id and client_id says who gets it. From a session
    occurrence, `due_at` defaults to the start of the track's next session.
    """

    title: Title
    prompts: Prompts
    instructions: Instructions = ""
    template_id: Annotated[str, msgspec.Meta(max_length=60)] | None = None
    occurrence_id: Id | None = None
    track_id: Id | None = None
    client_id: Id | None = None
    due_at: datetime | None = None
    # The same worksheet still open for the same track or client is refused (409) unless this
    # says the counselor saw the warning and means it.
    confirm_duplicate: bool = False


class AssignmentChange(msgspec.Struct, forbid_unknown_fields=True):
    """Edit an assignment until somebody submits it; omitted fields stay."""

    title: Title | None = None
    instructions: Instructions | None = None
    prompts: Prompts | None = None
    due_at: datetime | None = None


class Progress(msgspec.Struct):
    total: int  # clients who got it
    done: int  # submitted or reviewed
    returned: int
    reviewed: int
    started: int  # with a draft saved


class AssignmentOut(msgspec.Struct):
    id: int
    title: str
    instructions: str
    prompts: list[Prompt]
    template_id: str | None
    occurrence_id: int | None
    track_id: int | None
    track_name: str | None
    client_id: int | None
    client_name: str | None
    assigned_at: datetime
    due_at: datetime
    editable: bool  # nobody has submitted yet
    progress: Progress


class Recipient(msgspec.Struct):
    submission_id: int
    client_id: int
    name: str
    status: Status
    submitted_at: datetime | None


class AssignmentDetailOut(msgspec.Struct):
    assignment: AssignmentOut
    recipients: list[Recipient]


# --- the client's side -------------------------------------------------------------------------


class HomeworkItem(msgspec.Struct):
    assignment_id: int
    title: str
    due_at: datetime
    status: Status
    overdue: bool  # past due and not submitted
    submitted_at: datetime | None
    has_feedback: bool


class SubmissionOut(msgspec.Struct):
    status: Status
    answers: dict[str, Answer]
    draft_saved_at: (
        datetime | None
    )  # the device time of the draft kept (drafts older than it are ignored)
    submitted_at: datetime | None
    feedback: str  # the counselor's words, once returned or reviewed
    reviewed_at: datetime | None
    revision: int  # how many times it was submitted


class HomeworkOut(msgspec.Struct):
    assignment_id: int
    title: str
    instructions: str
    prompts: list[Prompt]
    due_at: datetime
    overdue: bool
    submission: SubmissionOut


class SubmissionIn(msgspec.Struct, forbid_unknown_fields=True):
    """A draft (submit false) or the finished worksheet (submit true).

    `saved_at` is the device's clock when the words were saved: a draft replayed late from a
    phone's outbox never overwrites newer words.
    """

    answers: Answers
    saved_at: datetime
    submit: bool = False


class HomeworkCard(msgspec.Struct, tag_field="card", tag="homework"):
    open: int  # not yet submitted (including returned for revision)
    overdue: int
    returned: int
    next: HomeworkItem | None  # the open one due soonest


# --- review (counselors) ---------------------------------------------------------------------


class SubmissionQueueItem(msgspec.Struct):
    submission_id: int
    assignment_id: int
    title: str
    client_id: int
    client_name: str
    submitted_at: datetime
    due_at: datetime
    revision: int


class SubmissionDetailOut(msgspec.Struct):
    submission_id: int
    client_id: int
    client_name: str
    assignment: HomeworkOut  # the worksheet with this client's answers


class SubmissionReviewIn(msgspec.Struct, forbid_unknown_fields=True):
    action: Literal["reviewed", "returned"]  # returned: the client revises and submits again
    feedback: Annotated[str, msgspec.Meta(max_length=2000)] = ""


class ClientHomeworkRow(msgspec.Struct):
    """One assignment of a client's (the client chart's Homework tab)."""

    assignment_id: int
    title: str
    due_at: datetime
    status: Literal["not_started", "draft", "submitted", "reviewed", "returned"]
    submission_id: int | None  # the work staff may open (submitted, returned or reviewed)
    submitted_at: datetime | None
    overdue: bool  # past due and not submitted


class ClientHomeworkOut(msgspec.Struct):
    """A client's assignments, the latest due first."""

    client_id: int
    items: list[ClientHomeworkRow]
