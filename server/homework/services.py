"""Homework: worksheet templates, assigning them, a client doing one (drafts, submit, revise),
and the counselor's review. Every query is scoped to the person asking: a client to their own
submissions; a counselor to the assignments they gave and the clients on their caseload.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

import msgspec

from server.accounts import services as accounts
from server.accounts.services import SignedInUser
from server.audit import services as audit
from server.care import services as care
from server.core import db
from server.core.errors import AccessDenied, Conflict, InvalidInput, NotFound
from server.core.rows import RowShape
from server.homework import library, queries
from server.homework.schemas import (
    Answer,
    AssignmentChange,
    AssignmentDetailOut,
    AssignmentIn,
    AssignmentOut,
    ClientHomeworkOut,
    ClientHomeworkRow,
    HomeworkCard,
    HomeworkItem,
    HomeworkOut,
    Progress,
    Prompt,
    Recipient,
    SubmissionDetailOut,
    SubmissionIn,
    SubmissionOut,
    SubmissionQueueItem,
    SubmissionReviewIn,
    TemplateIn,
    TemplateOut,
)
from server.homework.tables import Assignment, Submission, WorksheetTemplate
from server.programs import services as schedule
from server.programs.tables import SessionSeries

ASSIGNED = "homework.assigned"
ASSIGNMENT_CHANGED = "homework.assignment_changed"
ASSIGNMENT_DELETED = "homework.assignment_deleted"
ASSIGNMENT_VIEWED = "homework.assignment_viewed"
SUBMITTED = "homework.submitted"
SUBMISSION_VIEWED = "homework.submission_viewed"
REVIEWED = "homework.reviewed"
RETURNED = "homework.returned"
DRAFT_SAVED = "homework.draft_saved"
ASSIGNMENTS_VIEWED = "homework.assignments_viewed"
SUBMISSIONS_VIEWED = "homework.submissions_viewed"
TEMPLATE_CREATED = "homework.template_created"
TEMPLATE_CHANGED = "homework.template_changed"
TEMPLATE_ARCHIVED = "homework.template_archived"
OPEN = ["assigned", "draft", "returned"]  # the client still has work to do
DONE = ["submitted", "reviewed"]
SEEN_BY_STAFF = [
    "submitted",
    "returned",
    "reviewed",
]  # a draft is the client's own until they submit
DEFAULT_DUE = timedelta(days=7)  # from a session of a track with no next session scheduled
KEEP_DONE = timedelta(days=60)  # the client's list shows finished work this long after its due time
MAX_ID = 2**31 - 1
MAX_DUE_AHEAD = timedelta(days=400)  # a due time further out is a typo
OLDEST_DRAFT = timedelta(days=400)  # a device clock further back than this is wrong
LIST_MAX = 200
_PROMPTS = msgspec.json.Decoder(list[Prompt])
_ANSWERS = msgspec.json.Decoder(dict[str, Answer])


# --- prompts and answers -------------------------------------------------------------------------


def check_prompts(prompts: list[Prompt]) -> None:
    """Refuse a worksheet a client could not fill in: repeated keys, a choice without two
    distinct options, a scale whose ends are out of order."""
    keys = [prompt.key for prompt in prompts]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    if repeated:
        raise InvalidInput(
            "Each prompt needs its own key; repeated: {keys}.", keys=", ".join(repeated)
        )
    for prompt in prompts:
        if prompt.kind == "choice":
            values = [option.value for option in prompt.options]
            if len(values) < 2 or len(set(values)) != len(values):
                raise InvalidInput(
                    '"{label}" needs at least two choices with different values.',
                    label=_short(prompt.label),
                )
        if prompt.kind == "scale" and prompt.low >= prompt.high:
            raise InvalidInput(
                '"{label}": the scale\'s low end must be below its high end.',
                label=_short(prompt.label),
            )


def clean_answers(prompts: list[Prompt], answers: dict, *, final: bool) -> dict:
    """The answers kept: checked against their prompts, empty ones left out.

    An answer to a prompt that no longer exists, or no longer fits it (the counselor edited the
    worksheet while a phone was offline), is dropped from a draft rather than refused, so the
    rest of the words are kept.

    Raises:
        InvalidInput: on a final submit, an answer of the wrong kind or out of range, or a
            required prompt left empty.
    """
    by_key = {prompt.key: prompt for prompt in prompts}
    kept = {}
    for key, value in answers.items():
        prompt = by_key.get(key)
        if prompt is None:
            continue
        try:
            value = _checked(prompt, value)
        except InvalidInput:
            if final:
                raise
            continue  # a draft keeps the words that still fit: the prompt changed since they were typed
        if value not in ("", []):
            kept[key] = value
    if final:
        missing = [
            _short(prompt.label) for prompt in prompts if prompt.required and prompt.key not in kept
        ]
        if missing:
            raise InvalidInput(
                "Please answer before submitting: {prompts}.", prompts="; ".join(missing)
            )
    return {prompt.key: kept[prompt.key] for prompt in prompts if prompt.key in kept}


def _checked(prompt: Prompt, value):
    label = _short(prompt.label)
    if prompt.kind == "text" and isinstance(value, str):
        return value.strip()
    if prompt.kind == "scale" and isinstance(value, int):
        if not prompt.low <= value <= prompt.high:
            raise InvalidInput(
                '"{label}" takes a number from {low} to {high}.',
                label=label,
                low=prompt.low,
                high=prompt.high,
            )
        return value
    if prompt.kind == "choice" and isinstance(value, str):
        if value and value not in {option.value for option in prompt.options}:
            raise InvalidInput('"{label}": that is not one of its choices.', label=label)
        return value
    if prompt.kind == "list" and isinstance(value, list):
        return [line.strip() for line in value if line.strip()]
    raise InvalidInput(_TAKES[prompt.kind], label=label)


_TAKES = {  # what a prompt of each kind takes
    "text": '"{label}" takes text.',
    "scale": '"{label}" takes a number.',
    "choice": '"{label}" takes one of its choices.',
    "list": '"{label}" takes a list of lines.',
}


def _short(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def _encode(value) -> str:
    return msgspec.json.encode(value).decode()


def _aware(value: datetime, what: str) -> datetime:
    if value.tzinfo is None:
        raise InvalidInput(
            "{field} needs a timezone offset, for example 2026-11-24T18:00:00-07:00.", field=what
        )
    return value


# --- templates -----------------------------------------------------------------------------------


async def templates(user: SignedInUser) -> list[TemplateOut]:
    """The starter library, then the counselor's own templates."""
    rows = (
        await WorksheetTemplate.select()
        .where(
            (WorksheetTemplate.owner == user.id) & (WorksheetTemplate.archived == False)  # noqa: E712
        )
        .order_by(WorksheetTemplate.title)
    )
    return library.starter_templates(user.locale) + [_template_out(row) for row in rows]


def _template_out(row: dict) -> TemplateOut:
    """A counselor's own template: its id as text (the starter library's ids are words)."""
    return _TEMPLATE_OUT(row, id=str(row["id"]), starter=False, mine=True)


_TEMPLATE_OUT = RowShape(TemplateOut, json=("prompts",))


async def create_template(user: SignedInUser, data: TemplateIn, now: datetime) -> TemplateOut:
    _check_title(data.title)
    check_prompts(data.prompts)
    row = WorksheetTemplate(
        owner=user.id,
        title=data.title.strip(),
        description=data.description.strip(),
        prompts=_encode(data.prompts),
        updated_at=now,
    )
    async with db.current().transaction():
        await WorksheetTemplate.insert(row)
        await audit.record(TEMPLATE_CREATED, actor=user.id, subject=f"template:{row.id}", at=now)
    return await _own_template(user, row.id)


async def update_template(
    user: SignedInUser, template_id: str, data: TemplateIn, now: datetime
) -> TemplateOut:
    """Edit one of the counselor's own templates (the starter library is read-only; copy it)."""
    row = await _own_template(user, _template_number(template_id))
    _check_title(data.title)
    check_prompts(data.prompts)
    await WorksheetTemplate.update(
        {
            WorksheetTemplate.title: data.title.strip(),
            WorksheetTemplate.description: data.description.strip(),
            WorksheetTemplate.prompts: _encode(data.prompts),
            WorksheetTemplate.updated_at: now,
        }
    ).where(WorksheetTemplate.id == int(row.id))
    await audit.record(TEMPLATE_CHANGED, actor=user.id, subject=f"template:{row.id}", at=now)
    return await _own_template(user, int(row.id))


async def archive_template(user: SignedInUser, template_id: str) -> None:
    row = await _own_template(user, _template_number(template_id))
    await WorksheetTemplate.update({WorksheetTemplate.archived: True}).where(
        WorksheetTemplate.id == int(row.id)
    )
    await audit.record(TEMPLATE_ARCHIVED, actor=user.id, subject=f"template:{row.id}")


def _template_number(template_id: str) -> int:
    if template_id.startswith(library.STARTER_PREFIX):
        raise Conflict(
            "The starter worksheets cannot be changed; create your own from one instead."
        )
    number = _as_id(template_id)
    if number is None:
        raise NotFound("No such worksheet template.")
    return number


def _as_id(text: str) -> int | None:
    """A database id written as text, or None ("12abc", "²", beyond the integer range)."""
    if not re.fullmatch(r"[1-9][0-9]{0,9}", text) or int(text) > MAX_ID:
        return None
    return int(text)


async def _own_template(user: SignedInUser, number: int) -> TemplateOut:
    row = (
        await WorksheetTemplate.select()
        .where(
            (WorksheetTemplate.id == number)
            & (WorksheetTemplate.owner == user.id)
            & (WorksheetTemplate.archived == False)  # noqa: E712
        )
        .first()
    )
    if row is None:  # another counselor's or none: the same audited 404 either way
        raise AccessDenied(f"template {number} is not theirs")
    return _template_out(row)


# --- assigning -------------------------------------------------------------------------------------


async def assign(user: SignedInUser, data: AssignmentIn, now: datetime) -> AssignmentOut:
    """Give a worksheet to the clients enrolled in a track that day, or to one client.

    Raises:
        InvalidInput: not exactly one audience, a due time in the past or missing, a bad
            worksheet, or nobody enrolled.
        AccessDenied: a session, track or client that is not the counselor's.
    """
    if sum(value is not None for value in (data.occurrence_id, data.track_id, data.client_id)) != 1:
        raise InvalidInput("Assign to exactly one of: a session, a track or a client.")
    _check_title(data.title)
    check_prompts(data.prompts)
    track, client, occurrence_id, clients, due = await _audience(user, data, now)
    _check_due(due, now)
    if not clients:
        raise InvalidInput(
            "Nobody is enrolled in that track on that day, so there is no one to assign it to."
        )
    if data.template_id is not None and not await _template_exists(user, data.template_id):
        raise InvalidInput("That worksheet template does not exist.")
    if not data.confirm_duplicate:
        await _refuse_open_duplicate(data, track, client)
    given = await _in_their_language(data, clients)
    row = Assignment(
        title=given.title,
        instructions=given.instructions,
        prompts=_encode(given.prompts),
        template=data.template_id,
        occurrence=occurrence_id,
        track=track,
        client=client,
        assigned_by=user.id,
        assigned_at=now,
        due_at=due,
    )
    async with db.current().transaction():
        await Assignment.insert(row)
        await Submission.insert(
            *(Submission(assignment=row.id, client=cid, updated_at=now) for cid in clients)
        )
        for cid in clients:
            await audit.record(
                ASSIGNED, actor=user.id, subject=f"assignment:{row.id}", patient=cid, at=now
            )
    return (await _assignments_out([await _staff_assignment_row(user, row.id)]))[0]


async def _in_their_language(data: AssignmentIn, clients: list[int]) -> library.Worksheet:
    """The worksheet as it is given: a starter template's texts the counselor left as they are
    in the language of the clients who get it, when they all read one (an account's locale);
    a group of several languages gets it as the counselor sent it."""
    sent = library.Worksheet(
        title=data.title.strip(), instructions=data.instructions.strip(), prompts=data.prompts
    )
    if data.template_id is None or not data.template_id.startswith(library.STARTER_PREFIX):
        return sent
    locales = {row["locale"] for row in (await accounts.timezones_and_locales_of(clients)).values()}
    if len(locales) != 1:
        return sent
    return library.in_language(data.template_id, sent, locales.pop())


async def _refuse_open_duplicate(data: AssignmentIn, track: int | None, client: int | None) -> None:
    """Refuse (409) giving a worksheet again to a track or client that still has it to do.

    "The same worksheet" is the same template (or, without one, the same title); "the same
    audience" is the same track (from any of its sessions, or the track itself) or the same
    one client; "still to do" is any recipient with it assigned, in draft or returned.

    Raises:
        Conflict: such an assignment exists; `confirm_duplicate` lets the request through.
    """
    same = (
        Assignment.template == data.template_id
        if data.template_id is not None
        else Assignment.title == data.title.strip()
    )
    audience = Assignment.track == track if track is not None else Assignment.client == client
    earlier = await Assignment.select(
        Assignment.id, Assignment.track.name, Assignment.client.display_name
    ).where(same & audience)
    if not earlier:
        return
    counts = await Submission.raw(
        "SELECT assignment, SUM(CASE WHEN status IN ('assigned', 'draft', 'returned') THEN 1"
        " ELSE 0 END) AS todo, COUNT(*) AS total FROM submission WHERE assignment IN ("
        + ", ".join("{}" for _ in earlier)
        + ") GROUP BY assignment",
        *(row["id"] for row in earlier),
    )
    still_open = [count for count in counts if count["todo"]]
    if not still_open:
        return
    worst = max(still_open, key=lambda count: count["todo"])
    row = next(row for row in earlier if row["id"] == worst["assignment"])
    title = data.title.strip()
    if track is not None:
        raise Conflict(
            "{track} already has “{title}” to do: {todo} of {total} have not finished it yet.",
            track=row["track.name"],
            title=title,
            todo=worst["todo"],
            total=worst["total"],
        )
    raise Conflict(
        "{client} already has “{title}” to do and has not finished it yet.",
        client=row["client.display_name"],
        title=title,
    )


def _check_title(title: str) -> None:
    if not title.strip():
        raise InvalidInput("Give the homework a title.")


def _check_due(due: datetime, now: datetime) -> None:
    if due <= now:
        raise InvalidInput("The due time has already passed; choose a later one.")
    if due > now + MAX_DUE_AHEAD:
        raise InvalidInput("The due time is more than a year away; check the date.")


async def _audience(user: SignedInUser, data: AssignmentIn, now: datetime):
    """(track, client, occurrence, recipients, due) of a new assignment."""
    due = _aware(data.due_at, "due_at") if data.due_at is not None else None
    if data.occurrence_id is not None:
        occurrence, track, client = await schedule.occurrence_audience(user, data.occurrence_id)
        if occurrence.status == "cancelled":
            raise InvalidInput(
                "That session was cancelled; assign from another one, or to the track."
            )
        if client is not None:
            return None, client, occurrence.id, [client], due or occurrence.starts_at + DEFAULT_DUE
        if track is None:
            raise InvalidInput("That session has no track or client to assign homework to.")
        if due is None:
            due = (
                await schedule.next_track_session(track, occurrence.ends_at)
                or occurrence.starts_at + DEFAULT_DUE
            )
        return (
            track,
            None,
            occurrence.id,
            await schedule.track_clients(track, occurrence.starts_at, active_only=True),
            due,
        )
    if due is None:
        raise InvalidInput("Choose when the homework is due.")
    if data.track_id is not None:
        if data.track_id not in await schedule.facilitated_tracks(user.id):
            raise AccessDenied(f"track {data.track_id} is not one they facilitate")
        return (
            data.track_id,
            None,
            None,
            await schedule.track_clients(data.track_id, now, active_only=True),
            due,
        )
    if not await accounts.on_care_team(user.id, data.client_id):
        raise AccessDenied(
            f"client {data.client_id} is not on their caseload", patient_id=data.client_id
        )
    return None, data.client_id, None, [data.client_id], due


async def _template_exists(user: SignedInUser, template_id: str) -> bool:
    if library.starter_template(template_id) is not None:
        return True
    number = _as_id(template_id)
    return number is not None and await WorksheetTemplate.exists().where(
        (WorksheetTemplate.id == number) & (WorksheetTemplate.owner == user.id)
    )


_ASSIGNMENT_COLUMNS = (
    *Assignment.all_columns(),
    Assignment.track.name,
    Assignment.client.display_name,
)


async def _staff_assignment_row(user: SignedInUser, assignment_id: int) -> dict:
    row = (
        await Assignment.select(*_ASSIGNMENT_COLUMNS)
        .where((Assignment.id == assignment_id) & (Assignment.assigned_by == user.id))
        .first()
    )
    if row is None:
        raise AccessDenied(f"assignment {assignment_id} is not one they gave")
    return row


async def _assignments_out(rows: list[dict]) -> list[AssignmentOut]:
    """Assignments with their progress counts, in one more query."""
    counts: dict[int, dict[str, int]] = {row["id"]: {} for row in rows}
    if rows:
        for count in await Submission.raw(
            "SELECT assignment, status, COUNT(*) AS n FROM submission WHERE assignment IN ("
            + ", ".join("{}" for _ in rows)
            + ") GROUP BY assignment, status",
            *counts,
        ):
            counts[count["assignment"]][count["status"]] = count["n"]
    return [_assignment_out(row, counts[row["id"]]) for row in rows]


def _assignment_out(row: dict, counts: dict[str, int]) -> AssignmentOut:
    progress = Progress(
        total=sum(counts.values()),
        done=sum(counts.get(status, 0) for status in DONE),
        returned=counts.get("returned", 0),
        reviewed=counts.get("reviewed", 0),
        started=counts.get("draft", 0),
    )
    return AssignmentOut(
        id=row["id"],
        title=row["title"],
        instructions=row["instructions"],
        prompts=_PROMPTS.decode(row["prompts"]),
        template_id=row["template"],
        occurrence_id=row["occurrence"],
        track_id=row["track"],
        track_name=row["track.name"],
        client_id=row["client"],
        client_name=row["client.display_name"],
        assigned_at=row["assigned_at"],
        due_at=row["due_at"],
        editable=progress.done + progress.returned == 0,
        progress=progress,
    )


async def assignments(user: SignedInUser, occurrence_id: int | None = None) -> list[AssignmentOut]:
    """The assignments the counselor gave, newest first (or those of one session)."""
    where = Assignment.assigned_by == user.id
    if occurrence_id is not None:
        where = where & (Assignment.occurrence == occurrence_id)
    rows = (
        await Assignment.select(*_ASSIGNMENT_COLUMNS)
        .where(where)
        .order_by(Assignment.assigned_at, ascending=False)
        .limit(LIST_MAX)
    )
    clients = sorted({row["client"] for row in rows if row["client"] is not None})
    await audit.record_views(  # homework given to one client names them
        ASSIGNMENTS_VIEWED, actor=user.id, views=[("assignments", client) for client in clients]
    )
    return await _assignments_out(rows)


async def assignment_detail(
    user: SignedInUser, assignment_id: int, now: datetime
) -> AssignmentDetailOut:
    """An assignment with each client's status ("9 of 12 done"); the look is audited per client."""
    row = await _staff_assignment_row(user, assignment_id)
    subs = await Submission.select(
        Submission.id,
        Submission.client,
        Submission.client.display_name,
        Submission.status,
        Submission.submitted_at,
    ).where(Submission.assignment == assignment_id)
    await audit.record_views(
        ASSIGNMENT_VIEWED,
        actor=user.id,
        views=[(f"assignment:{assignment_id}", sub["client"]) for sub in subs],
        at=now,
    )
    recipients = sorted(_RECIPIENT.all(subs), key=lambda recipient: recipient.name.lower())
    return AssignmentDetailOut(assignment=(await _assignments_out([row]))[0], recipients=recipients)


_RECIPIENT = RowShape(
    Recipient, columns={"submission_id": "id", "client_id": "client", "name": "client.display_name"}
)


async def change_assignment(
    user: SignedInUser, assignment_id: int, change: AssignmentChange, now: datetime
) -> AssignmentOut:
    """Edit an assignment; refused once any client has submitted it."""
    await _staff_assignment_row(user, assignment_id)
    values = {}
    if change.title is not None:
        _check_title(change.title)
        values[Assignment.title] = change.title.strip()
    if change.instructions is not None:
        values[Assignment.instructions] = change.instructions.strip()
    if change.prompts is not None:
        check_prompts(change.prompts)
        values[Assignment.prompts] = _encode(change.prompts)
    if change.due_at is not None:
        _check_due(_aware(change.due_at, "due_at"), now)
        values[Assignment.due_at] = change.due_at
    async with db.current().transaction():
        await _lock_assignment(assignment_id)  # a submit waits, or is waited for
        if await Submission.exists().where(
            (Submission.assignment == assignment_id) & Submission.status.is_in([*DONE, "returned"])
        ):
            raise Conflict(
                "Someone has already submitted this homework, so it can no longer be changed."
            )
        if values:
            await Assignment.update(values).where(Assignment.id == assignment_id)
        clients = await Submission.select(Submission.client).where(
            Submission.assignment == assignment_id
        )
        for sub in clients:
            await audit.record(
                ASSIGNMENT_CHANGED,
                actor=user.id,
                subject=f"assignment:{assignment_id}",
                patient=sub["client"],
                at=now,
            )
    return (await _assignments_out([await _staff_assignment_row(user, assignment_id)]))[0]


async def delete_assignment(user: SignedInUser, assignment_id: int, now: datetime) -> None:
    """Delete homework nobody has started: no recipient saved a draft or handed it in.

    Raises:
        AccessDenied: not an assignment this counselor gave (answered as 404).
        Conflict: somebody started it; their words are kept.
    """
    await _staff_assignment_row(user, assignment_id)
    async with db.current().transaction():
        await _lock_assignment(assignment_id)  # a first draft waits, or is waited for
        if await Submission.exists().where(
            (Submission.assignment == assignment_id)
            & ((Submission.status != "assigned") | Submission.draft_saved_at.is_not_null())
        ):
            raise Conflict(
                "Someone has already started this homework, so it can no longer be deleted."
            )
        clients = await Submission.select(Submission.client).where(
            Submission.assignment == assignment_id
        )
        await Submission.delete().where(Submission.assignment == assignment_id)
        await Assignment.delete().where(Assignment.id == assignment_id)
        for sub in clients:
            await audit.record(
                ASSIGNMENT_DELETED,
                actor=user.id,
                subject=f"assignment:{assignment_id}",
                patient=sub["client"],
                at=now,
            )


# --- the client's side ---------------------------------------------------------------------------


def _item(row: dict, now: datetime) -> HomeworkItem:
    return HomeworkItem(
        assignment_id=row["assignment"],
        title=row["assignment.title"],
        due_at=row["assignment.due_at"],
        status=row["status"],
        overdue=row["status"] in OPEN and row["assignment.due_at"] < now,
        submitted_at=row["submitted_at"],
        has_feedback=bool(row["feedback"]) and row["status"] in ("returned", "reviewed"),
    )


async def my_homework(user: SignedInUser, now: datetime) -> list[HomeworkItem]:
    """The client's homework: everything open, and what they finished recently; by due time."""
    rows = (
        await Submission.select(*queries.CLIENT_COLUMNS)
        .where(
            (Submission.client == user.id)
            & (Submission.status.is_in(OPEN) | (Submission.assignment.due_at >= now - KEEP_DONE))
        )
        .order_by(Submission.assignment.due_at)
        .limit(LIST_MAX)
    )
    return [_item(row, now) for row in rows]


async def homework_card(user: SignedInUser, now: datetime) -> HomeworkCard:
    """Today's homework card: open work, what is overdue or returned, and the next one due."""
    rows = await db.run_compiled(queries.open_work(len(OPEN), LIST_MAX), user.id, *OPEN)
    items = [_item(row, now) for row in rows]
    return HomeworkCard(
        open=len(items),
        overdue=sum(item.overdue for item in items),
        returned=sum(item.status == "returned" for item in items),
        next=items[0] if items else None,
    )


async def open_work_due(
    client_ids: list[int], start: datetime, end: datetime
) -> dict[int, list[dict]]:
    """Each client's unsubmitted homework due in [start, end): assignment, its title and due
    time (the reminder planner)."""
    work: dict[int, list[dict]] = {client: [] for client in client_ids}
    if client_ids:
        for row in await Submission.select(
            Submission.client,
            Submission.assignment,
            Submission.assignment.title,
            Submission.assignment.due_at,
        ).where(
            Submission.client.is_in(client_ids)
            & Submission.status.is_in(OPEN)
            & (Submission.assignment.due_at >= start)
            & (Submission.assignment.due_at < end)
        ):
            work[row["client"]].append(row)
    return work


async def _own_row(user: SignedInUser, assignment_id: int) -> dict:
    row = (
        await Submission.select(*queries.CLIENT_COLUMNS)
        .where((Submission.assignment == assignment_id) & (Submission.client == user.id))
        .first()
    )
    if row is None:
        raise AccessDenied(f"assignment {assignment_id} is not theirs")
    return row


def _worksheet(row: dict, now: datetime) -> HomeworkOut:
    status = row["status"]
    return HomeworkOut(
        assignment_id=row["assignment"],
        title=row["assignment.title"],
        instructions=row["assignment.instructions"],
        prompts=_PROMPTS.decode(row["assignment.prompts"]),
        due_at=row["assignment.due_at"],
        overdue=status in OPEN and row["assignment.due_at"] < now,
        submission=SubmissionOut(
            status=status,
            answers=_ANSWERS.decode(row["answers"]),
            draft_saved_at=row["draft_saved_at"],
            submitted_at=row["submitted_at"],
            feedback=row["feedback"] if status in ("returned", "reviewed") else "",
            reviewed_at=row["reviewed_at"],
            revision=row["revision"],
        ),
    )


async def my_worksheet(user: SignedInUser, assignment_id: int, now: datetime) -> HomeworkOut:
    return _worksheet(await _own_row(user, assignment_id), now)


async def save_submission(
    user: SignedInUser, assignment_id: int, data: SubmissionIn, now: datetime
) -> HomeworkOut:
    """Save a draft, or submit. A draft older than the one kept is ignored (a phone replaying its
    outbox late); submitting the same answers again answers the same.

    Raises:
        Conflict: the homework was already submitted with other answers.
        InvalidInput: answers of the wrong kind, or required prompts empty on submit.
    """
    row = await _own_row(user, assignment_id)
    # A device clock ahead of ours counts as now, one absurdly far back as long ago: either way
    # the words are ordered sensibly against the next save.
    saved_at = min(max(_aware(data.saved_at, "saved_at"), now - OLDEST_DRAFT), now)
    prompts = _PROMPTS.decode(row["assignment.prompts"])
    answers = clean_answers(prompts, data.answers, final=data.submit)
    # Only newer words than those kept, and only from the state they were written in: a submit
    # replayed after the counselor returned the work cannot undo the return.
    where = (
        (Submission.id == row["id"])
        & (Submission.status == row["status"])
        & Submission.status.is_in(OPEN)
        & (Submission.draft_saved_at.is_null() | (Submission.draft_saved_at < saved_at))
    )
    values = {
        Submission.answers: _encode(answers),
        Submission.updated_at: now,
        Submission.draft_saved_at: saved_at,
    }
    if data.submit:
        values.update(
            {
                Submission.status: "submitted",
                Submission.submitted_at: now,
                Submission.revision: row["revision"] + 1,
            }
        )
    else:
        values[Submission.status] = "returned" if row["status"] == "returned" else "draft"
    async with db.current().transaction():
        if data.submit:
            await _lock_assignment(assignment_id)  # the counselor's edit waits, or is waited for
        changed = await Submission.update(values).where(where).returning(Submission.id)
        if changed:  # a draft older than the words kept, or a submit replayed, changes nothing
            await audit.record(
                SUBMITTED if data.submit else DRAFT_SAVED,
                actor=user.id,
                subject=f"submission:{row['id']}",
                patient=user.id,
                at=now,
            )
    current = await _own_row(user, assignment_id)
    if not changed and current["status"] in DONE:
        same = data.submit and _ANSWERS.decode(current["answers"]) == answers
        if not same:
            raise Conflict(
                "This homework was already submitted. Your counselor can return it to you to revise."
            )
    return _worksheet(current, now)


async def _lock_assignment(assignment_id: int) -> None:
    """Hold the assignment's row until the transaction ends, so an edit and a first submit
    never interleave (PostgreSQL; SQLite's write transactions are already serial)."""
    await db.for_update(Assignment.select(Assignment.id).where(Assignment.id == assignment_id))


# --- review --------------------------------------------------------------------------------------


def _staff_scope(counselor_id: int):
    """Submitted work (never drafts) of the counselor's caseload, or of homework they gave to a
    track they still facilitate: a client moved to another counselor is theirs no longer."""
    caseload = accounts.caseload_of(counselor_id)
    tracks = SessionSeries.select(SessionSeries.track).where(
        (SessionSeries.facilitator == counselor_id) & (SessionSeries.ended == False)  # noqa: E712
    )
    return Submission.status.is_in(SEEN_BY_STAFF) & (
        Submission.client.is_in(caseload)
        | (
            (Submission.assignment.assigned_by == counselor_id)
            & Submission.assignment.track.is_in(tracks)
        )
    )


async def waiting_submissions(user: SignedInUser, limit: int) -> list[SubmissionQueueItem]:
    """Submitted homework waiting for this counselor (theirs to review: work they assigned, or
    from their caseload), oldest first."""
    rows = (
        await Submission.select(
            Submission.id,
            Submission.assignment,
            Submission.assignment.title,
            Submission.client,
            Submission.client.display_name,
            Submission.submitted_at,
            Submission.assignment.due_at,
            Submission.revision,
        )
        .where((Submission.status == "submitted") & _staff_scope(user.id))
        .order_by(Submission.submitted_at)
        .limit(limit)
    )
    await audit.record_views(
        SUBMISSIONS_VIEWED,
        actor=user.id,
        views=[("submissions", client) for client in sorted({row["client"] for row in rows})],
    )
    return _QUEUE_ITEM.all(rows)


_QUEUE_ITEM = RowShape(
    SubmissionQueueItem,
    columns={
        "submission_id": "id",
        "assignment_id": "assignment",
        "title": "assignment.title",
        "client_id": "client",
        "client_name": "client.display_name",
        "due_at": "assignment.due_at",
    },
)


async def _staff_submission(user: SignedInUser, submission_id: int) -> dict:
    row = (
        await Submission.select(
            *queries.CLIENT_COLUMNS, Submission.client, Submission.client.display_name
        )
        .where((Submission.id == submission_id) & _staff_scope(user.id))
        .first()
    )
    if row is None:
        raise AccessDenied(f"submission {submission_id} is not theirs to see")
    return row


def _detail(row: dict, now: datetime) -> SubmissionDetailOut:
    worksheet = _worksheet(row, now)
    return SubmissionDetailOut(
        submission_id=row["id"],
        client_id=row["client"],
        client_name=row["client.display_name"],
        assignment=worksheet,
    )


async def submission_detail(
    user: SignedInUser, submission_id: int, now: datetime
) -> SubmissionDetailOut:
    """A client's worksheet and answers; the look is audited."""
    row = await _staff_submission(user, submission_id)
    await audit.record(
        SUBMISSION_VIEWED,
        actor=user.id,
        subject=f"submission:{submission_id}",
        patient=row["client"],
        at=now,
    )
    detail = _detail(row, now)
    detail.assignment.submission.feedback = row["feedback"]  # staff see their draft feedback too
    return detail


async def review_submission(
    user: SignedInUser, submission_id: int, data: SubmissionReviewIn, now: datetime
) -> SubmissionDetailOut:
    """Mark submitted homework reviewed, or return it for revision, with feedback the client sees.

    Raises:
        Conflict: it is not waiting for review (a draft, or already returned or reviewed).
    """
    row = await _staff_submission(user, submission_id)
    feedback = data.feedback.strip()
    if row["status"] != "submitted":
        if row["status"] == data.action and row["feedback"] == feedback:
            return _detail(row, now)  # the same review sent again
        raise Conflict("This homework is not waiting for review; reload to see where it stands.")
    async with db.current().transaction():
        changed = (
            await Submission.update(
                {
                    Submission.status: data.action,
                    Submission.feedback: feedback,
                    Submission.reviewed_by: user.id,
                    Submission.reviewed_at: now,
                    Submission.updated_at: now,
                }
            )
            .where((Submission.id == submission_id) & (Submission.status == "submitted"))
            .returning(Submission.id)
        )
        if not changed:
            raise Conflict(
                "This homework is not waiting for review; reload to see where it stands."
            )
        await audit.record(
            REVIEWED if data.action == "reviewed" else RETURNED,
            actor=user.id,
            subject=f"submission:{submission_id}",
            patient=row["client"],
            at=now,
        )
    return _detail(await _staff_submission(user, submission_id), now)


async def client_homework(client_ids: list[int], now: datetime) -> dict[int, dict[str, int]]:
    """Per client, open and overdue homework counts (for the caseload), in one compiled query
    (B5's caseload case)."""
    counts = {cid: {"open": 0, "overdue": 0} for cid in client_ids}
    if not client_ids:
        return counts
    rows = await queries.open_due_of(len(OPEN)).run(client_ids, *OPEN)
    for row in rows:
        counts[row["client"]]["open"] += 1
        counts[row["client"]]["overdue"] += row["assignment.due_at"] < now
    return counts


# --- the client chart ----------------------------------------------------------------------------

CLIENT_HOMEWORK_VIEWED = "client.homework_viewed"


async def chart_homework(user: SignedInUser, client_id: int, now: datetime) -> ClientHomeworkOut:
    """One client's assignments (the latest LIST_MAX by due time), with where each stands and
    the submission this person may open (submission_detail's scope: a counselor reached only by
    an alert sees where the work stands, not a link to it); audited as one view. Never a
    draft's words."""
    await care.chart_client(user, client_id, now)
    rows = (
        await Submission.select(
            Submission.id,
            Submission.assignment,
            Submission.assignment.title,
            Submission.assignment.due_at,
            Submission.status,
            Submission.submitted_at,
        )
        .where(Submission.client == client_id)
        .order_by(Submission.assignment.due_at, ascending=False)
        .limit(LIST_MAX)
    )
    openable = await _openable(user, client_id)
    await audit.record(
        CLIENT_HOMEWORK_VIEWED,
        actor=user.id,
        subject=f"client:{client_id}",
        patient=client_id,
        at=now,
    )
    return ClientHomeworkOut(
        client_id=client_id,
        items=[
            ClientHomeworkRow(
                assignment_id=row["assignment"],
                title=row["assignment.title"],
                due_at=row["assignment.due_at"],
                status="not_started" if row["status"] == "assigned" else row["status"],
                submission_id=row["id"] if row["id"] in openable else None,
                submitted_at=row["submitted_at"],
                overdue=row["status"] in OPEN and row["assignment.due_at"] < now,
            )
            for row in rows
        ],
    )


async def _openable(user: SignedInUser, client_id: int) -> set[int]:
    """The client's submissions this person may open where work is reviewed."""
    if user.role != "counselor":
        return set()
    rows = await Submission.select(Submission.id).where(
        (Submission.client == client_id) & _staff_scope(user.id)
    )
    return {row["id"] for row in rows}
