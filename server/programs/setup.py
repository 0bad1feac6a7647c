"""Program setup by admins: programs, tracks, session series, one occurrence's changes, and
enrollments. Every rule that keeps the schedule coherent is checked here."""

from __future__ import annotations

from datetime import date, datetime

import msgspec

from server.accounts import services as accounts
from server.accounts.tables import Account, Role
from server.audit import services as audit
from server.core import db
from server.core.errors import Conflict, InvalidInput, NotFound
from server.core.rows import RowShape
from server.programs import occurrences, recurrence
from server.programs.queries import OCCURRENCE_COLUMNS
from server.programs.schemas import (
    EnrollmentIn,
    EnrollmentOut,
    EnrollmentPatch,
    OccurrenceChange,
    OccurrenceOut,
    PersonOut,
    PresetOut,
    ProgramIn,
    ProgramOut,
    ProgramPatch,
    SeriesIn,
    SeriesOut,
    SeriesPatch,
    TrackIn,
    TrackOut,
    TrackPatch,
)
from server.programs.services import occurrence_out
from server.programs.tables import (
    Enrollment,
    EnrollmentStatus,
    OccurrenceStatus,
    Program,
    SessionOccurrence,
    SessionSeries,
    Track,
)

PRESETS = (
    PresetOut(
        "Mon, Wed, Thu 18:00–21:00", recurrence.weekly_rule(["MO", "WE", "TH"]), "18:00", 180
    ),
    PresetOut(
        "Tue, Thu, Fri 09:00–12:00", recurrence.weekly_rule(["TU", "TH", "FR"]), "09:00", 180
    ),
    PresetOut(
        "Mon–Fri 09:00–12:00", recurrence.weekly_rule(["MO", "TU", "WE", "TH", "FR"]), "09:00", 180
    ),
    PresetOut("Weekly, 1 hour", "FREQ=WEEKLY", "", 60),
    PresetOut("Every other week, 1 hour", "FREQ=WEEKLY;INTERVAL=2", "", 60),
)
_TRACK_KINDS = {"group", "education"}
ENROLLMENTS_VIEWED = "enrollments.viewed"
# Every change is audited (actor None: the demo or a command); a client's own schedule or
# enrollment names them as the event's patient.
PROGRAM_CREATED, PROGRAM_CHANGED = "program.created", "program.changed"
TRACK_CREATED, TRACK_CHANGED = "track.created", "track.changed"
SERIES_CREATED, SERIES_CHANGED, SERIES_ENDED = "series.created", "series.changed", "series.ended"
SERIES_RESUMED = "series.resumed"
OCCURRENCE_CHANGED = "occurrence.changed"
ENROLLED, ENROLLMENT_CHANGED = "enrollment.created", "enrollment.changed"
SERIES_VIEWED, PEOPLE_VIEWED = "series.viewed", "people.viewed"


# --- programs and tracks -------------------------------------------------------------------


async def list_programs() -> list[ProgramOut]:
    return _PROGRAM_OUT.all(await Program.select().order_by(Program.name))


async def create_program(data: ProgramIn, *, actor: int | None = None) -> ProgramOut:
    recurrence.zone(data.timezone)
    async with db.current().transaction():
        row = (
            await Program.insert(
                Program(
                    name=data.name.strip(),
                    timezone=data.timezone,
                    phone=data.phone.strip(),
                    min_weekly_hours=data.min_weekly_hours,
                )
            ).returning(*Program.all_columns())
        )[0]
        await audit.record(PROGRAM_CREATED, actor=actor, subject=f"program:{row['id']}")
    return _PROGRAM_OUT(row)


async def update_program(
    program_id: int, data: ProgramPatch, now: datetime, *, actor: int | None = None
) -> ProgramOut:
    await _program(program_id)
    values = {}
    if data.name is not None:
        values[Program.name] = data.name.strip()
    if data.timezone is not None:
        recurrence.zone(data.timezone)
        values[Program.timezone] = data.timezone
    if data.min_weekly_hours is not None:
        values[Program.min_weekly_hours] = data.min_weekly_hours
    if data.phone is not None:
        values[Program.phone] = data.phone.strip()
    if values:
        await Program.update(values).where(Program.id == program_id)
    if data.timezone is not None:  # every series' instants move with the zone
        for row in await SessionSeries.select(SessionSeries.id).where(
            SessionSeries.program == program_id
        ):
            await occurrences.sync_series(row["id"], now=now)
    await audit.record(PROGRAM_CHANGED, actor=actor, subject=f"program:{program_id}", at=now)
    return _PROGRAM_OUT(await _program(program_id))


async def _program(program_id: int) -> dict:
    row = await Program.select().where(Program.id == program_id).first()
    if row is None:
        raise NotFound("No such program.")
    return row


_PROGRAM_OUT = RowShape(ProgramOut)


async def list_tracks(program_id: int) -> list[TrackOut]:
    await _program(program_id)
    rows = await Track.select().where(Track.program == program_id).order_by(Track.name)
    return _TRACK_OUT.all(rows)


async def create_track(program_id: int, data: TrackIn, *, actor: int | None = None) -> TrackOut:
    await _program(program_id)
    async with db.current().transaction():
        row = (
            await Track.insert(Track(program=program_id, name=data.name.strip())).returning(
                *Track.all_columns()
            )
        )[0]
        await audit.record(TRACK_CREATED, actor=actor, subject=f"track:{row['id']}")
    return _TRACK_OUT(row)


async def update_track(track_id: int, data: TrackPatch, *, actor: int | None = None) -> TrackOut:
    values = {}
    if data.name is not None:
        values[Track.name] = data.name.strip()
    if data.active is not None:
        values[Track.active] = data.active
    if values:
        await Track.update(values).where(Track.id == track_id)
    row = await Track.select().where(Track.id == track_id).first()
    if row is None:
        raise NotFound("No such track.")
    await audit.record(TRACK_CHANGED, actor=actor, subject=f"track:{track_id}")
    return _TRACK_OUT(row)


_TRACK_OUT = RowShape(TrackOut, columns={"program_id": "program"})


# --- series ----------------------------------------------------------------------------------


async def list_series(program_id: int, viewer: int, now: datetime) -> list[SeriesOut]:
    """A program's series; the individual sessions name their client, so the look is audited per client."""
    await _program(program_id)
    rows = (
        await SessionSeries.select()
        .where(SessionSeries.program == program_id)
        .order_by(SessionSeries.id)
    )
    clients = sorted({row["client"] for row in rows if row["client"] is not None})
    await audit.record_views(
        SERIES_VIEWED,
        actor=viewer,
        views=[(f"program:{program_id}", client) for client in clients],
        at=now,
    )
    return [_series_out(row) for row in rows]


async def create_series(data: SeriesIn, now: datetime, *, actor: int | None = None) -> SeriesOut:
    """A recurring or one-off session for a track (group, education) or one client
    (individual, family), materialized from its first start to the horizon."""
    await _program(data.program_id)
    rule = recurrence.normalise_rule(data.rrule)
    local_start = _wall_time(data.local_start)
    await _check_target(data)
    if data.facilitator_id is not None:
        await _staff(data.facilitator_id)
    row = (
        await SessionSeries.insert(
            SessionSeries(
                program=data.program_id,
                track=data.track_id,
                client=data.client_id,
                kind=data.kind,
                title=data.title.strip(),
                rrule=rule,
                local_start=local_start,
                duration_minutes=data.duration_minutes,
                location=data.location.strip(),
                video_url=_video_url(data.video_url),
                facilitator=data.facilitator_id,
                updated_at=now,
            )
        ).returning(SessionSeries.id)
    )[0]
    tz = await occurrences.program_zone(data.program_id)
    await occurrences.sync_series(
        row["id"], now=now, since=min(recurrence.to_utc(local_start, tz), now)
    )
    await audit.record(
        SERIES_CREATED, actor=actor, subject=f"series:{row['id']}", patient=data.client_id, at=now
    )
    return await get_series(row["id"])


async def _check_target(data: SeriesIn) -> None:
    if data.kind in _TRACK_KINDS:
        if data.track_id is None or data.client_id is not None:
            raise InvalidInput(
                "A {kind} session belongs to a track (track_id), not to one client.",
                kind=data.kind,
            )
        track = await Track.select(Track.program).where(Track.id == data.track_id).first()
        if track is None or track["program"] != data.program_id:
            raise InvalidInput("That track is not in this program.")
    else:
        if data.client_id is None or data.track_id is not None:
            raise InvalidInput(
                "An {kind} session is for one client (client_id), not a track.", kind=data.kind
            )
        await _client(data.client_id)


async def update_series(
    series_id: int, data: SeriesPatch, now: datetime, *, actor: int | None = None
) -> SeriesOut:
    """Edit a series; its occurrences from now on follow (past ones and ones edited on their
    own stay). The version bump makes phone calendars take the change."""
    current = await _series(series_id)
    values = {}
    if data.title is not None:
        values[SessionSeries.title] = data.title.strip()
    if data.local_start is not None:
        values[SessionSeries.local_start] = _wall_time(data.local_start)
    if data.duration_minutes is not None:
        values[SessionSeries.duration_minutes] = data.duration_minutes
    if data.rrule is not None:
        values[SessionSeries.rrule] = recurrence.normalise_rule(data.rrule)
    if data.location is not None:
        values[SessionSeries.location] = data.location.strip()
    if data.video_url is not None:
        values[SessionSeries.video_url] = _video_url(data.video_url)
    if data.facilitator_id is not None:
        await _staff(data.facilitator_id)
        values[SessionSeries.facilitator] = data.facilitator_id
    if values:
        values[SessionSeries.version] = current["version"] + 1
        values[SessionSeries.updated_at] = now
        await SessionSeries.update(values).where(SessionSeries.id == series_id)
        await occurrences.sync_series(series_id, now=now)
    await audit.record(
        SERIES_CHANGED,
        actor=actor,
        subject=f"series:{series_id}",
        patient=current["client"],
        at=now,
    )
    return await get_series(series_id)


async def end_series(series_id: int, now: datetime, *, actor: int | None = None) -> SeriesOut:
    """Stop a series: its occurrences from now on are removed (or cancelled when attendance
    was recorded); the past stays."""
    return await _set_ended(series_id, True, SERIES_ENDED, now, actor)


async def resume_series(series_id: int, now: datetime, *, actor: int | None = None) -> SeriesOut:
    """Undo ending a series: its sessions from now on come back (attendance kept as it was)."""
    return await _set_ended(series_id, False, SERIES_RESUMED, now, actor)


async def _set_ended(
    series_id: int, ended: bool, action: str, now: datetime, actor: int | None
) -> SeriesOut:
    current = await _series(series_id)
    if current["ended"] == ended and not ended:
        return _series_out(current)  # resuming a live series changes nothing
    await SessionSeries.update(
        {
            SessionSeries.ended: ended,
            SessionSeries.version: current["version"] + 1,
            SessionSeries.updated_at: now,
        }
    ).where(SessionSeries.id == series_id)
    await occurrences.sync_series(series_id, now=now)
    await audit.record(
        action, actor=actor, subject=f"series:{series_id}", patient=current["client"], at=now
    )
    return await get_series(series_id)


async def get_series(series_id: int) -> SeriesOut:
    return _series_out(await _series(series_id))


async def _series(series_id: int) -> dict:
    row = await SessionSeries.select().where(SessionSeries.id == series_id).first()
    if row is None:
        raise NotFound("No such session series.")
    return row


def _series_out(row: dict) -> SeriesOut:
    """A series, its first start as program-local wall time text (no offset)."""
    return _SERIES_OUT(row, local_start=row["local_start"].isoformat())


_SERIES_OUT = RowShape(
    SeriesOut,
    columns={
        "program_id": "program",
        "track_id": "track",
        "client_id": "client",
        "facilitator_id": "facilitator",
    },
)


async def series_occurrences(series_id: int, start: datetime, end: datetime) -> list[OccurrenceOut]:
    await _series(series_id)
    rows = (
        await SessionOccurrence.select(*OCCURRENCE_COLUMNS)
        .where(
            (SessionOccurrence.series == series_id)
            & (SessionOccurrence.starts_at >= start)
            & (SessionOccurrence.starts_at < end)
        )
        .order_by(SessionOccurrence.starts_at)
        .limit(500)
    )
    return [occurrence_out(row) for row in rows]


def _wall_time(text: str | datetime) -> datetime:
    try:
        value = (
            text
            if isinstance(text, datetime)
            else datetime.fromisoformat(text.replace("Z", "+00:00"))
        )
    except ValueError as exc:
        raise InvalidInput(
            "local_start '{text}' is not a date and time such as 2026-12-01T18:00.", text=text
        ) from exc
    if value.tzinfo is not None:
        raise InvalidInput(
            "local_start is the program's wall time: give it without an offset, e.g. 2026-12-01T18:00."
        )
    return value.replace(second=0, microsecond=0)


def _video_url(url: str) -> str:
    url = url.strip()
    if url and not url.startswith("https://"):
        raise InvalidInput("A video link must start with https://.")
    return url


# --- one occurrence -------------------------------------------------------------------------


async def change_occurrence(
    occurrence_id: int, change: OccurrenceChange, now: datetime, *, actor: int | None = None
) -> OccurrenceOut:
    """Cancel, restore or move one occurrence; it then no longer follows series edits, unless
    it was restored exactly as the series planned it."""
    row = (
        await SessionOccurrence.select(
            *SessionOccurrence.all_columns(),
            SessionOccurrence.series.duration_minutes,
            SessionOccurrence.series.program.timezone,
        )
        .where(SessionOccurrence.id == occurrence_id)
        .first()
    )
    if row is None:
        raise NotFound("No such session.")
    values = {}
    if change.status is not None:
        values[SessionOccurrence.status] = change.status
    if change.local_start is not None:
        tz = recurrence.zone(row["series.program.timezone"])
        starts = recurrence.to_utc(_wall_time(change.local_start), tz)
        values[SessionOccurrence.starts_at] = starts
        values[SessionOccurrence.ends_at] = starts + (row["ends_at"] - row["starts_at"])
    if change.location is not None:
        values[SessionOccurrence.location] = change.location.strip() or None
    if not values:
        raise InvalidInput("Say what to change: status, local_start or location.")
    # Restored just as the series planned it (its first time and the series' place): it follows
    # the series again, so undoing a cancel leaves nothing behind. Anything else detaches it.
    values[SessionOccurrence.detached] = not (
        change.status == OccurrenceStatus.scheduled.value
        and change.local_start is None
        and change.location is None
        and row["starts_at"] == row["original_start"]
        and row["location"] is None
    )
    values[SessionOccurrence.sequence] = row["sequence"] + 1
    async with db.current().transaction():
        await SessionOccurrence.update(values).where(SessionOccurrence.id == occurrence_id)
        await audit.record(
            OCCURRENCE_CHANGED,
            actor=actor,
            subject=f"occurrence:{occurrence_id}",
            patient=row["client"],
            at=now,
        )
    changed = (
        await SessionOccurrence.select(*OCCURRENCE_COLUMNS)
        .where(SessionOccurrence.id == occurrence_id)
        .first()
    )
    return occurrence_out(changed)


# --- enrollments ------------------------------------------------------------------------------


async def list_enrollments(program_id: int, viewer: int, now: datetime) -> list[EnrollmentOut]:
    """A program's enrollments; staff looking at who is in treatment is audited per client."""
    rows = (
        await Enrollment.select(*Enrollment.all_columns(), Enrollment.client.display_name)
        .where(Enrollment.program == program_id)
        .order_by(Enrollment.client.display_name)
    )
    await audit.record_views(
        ENROLLMENTS_VIEWED,
        actor=viewer,
        views=[(f"program:{program_id}", client) for client in sorted({r["client"] for r in rows})],
        at=now,
    )
    return _ENROLLMENT_OUT.all(rows)


async def enroll(data: EnrollmentIn, *, actor: int | None = None) -> EnrollmentOut:
    """Enroll a client in a track. One program, one track at a time: date ranges in two tracks
    of the same program may not overlap."""
    track = await Track.select(Track.program).where(Track.id == data.track_id).first()
    if track is None:
        raise InvalidInput("No such track.")
    await _client(data.client_id)
    _check_dates(data.starts_on, data.ends_on)
    await _require_primary(data.client_id)
    async with db.current().transaction():
        await _refuse_overlap(
            data.client_id, track["program"], data.starts_on, data.ends_on, ignore=None
        )
        row = (
            await Enrollment.insert(
                Enrollment(
                    client=data.client_id,
                    track=data.track_id,
                    program=track["program"],
                    starts_on=data.starts_on,
                    ends_on=data.ends_on,
                    status=EnrollmentStatus.active.value,
                )
            ).returning(Enrollment.id)
        )[0]
        await audit.record(
            ENROLLED, actor=actor, subject=f"enrollment:{row['id']}", patient=data.client_id
        )
    return await _enrollment(row["id"])


async def update_enrollment(
    enrollment_id: int, data: EnrollmentPatch, now: datetime, *, actor: int | None = None
) -> EnrollmentOut:
    """Change an enrollment's end or status. Completing or discharging without an end date
    ends it today, in the program's zone (not the server's: a Denver evening is tomorrow in UTC)."""
    current = await _enrollment(enrollment_id)
    today = now.astimezone(await occurrences.program_zone(current.program_id)).date()
    ends_on = current.ends_on if data.ends_on is msgspec.UNSET else data.ends_on
    status = data.status or current.status
    if status != EnrollmentStatus.active.value and ends_on is None:
        ends_on = max(today, current.starts_on)
    _check_dates(current.starts_on, ends_on)
    if status == EnrollmentStatus.active.value and current.status != status:
        await _require_primary(current.client_id)  # reopened (an undo): the same rule as enrolling
    async with db.current().transaction():
        await _refuse_overlap(
            current.client_id, current.program_id, current.starts_on, ends_on, ignore=enrollment_id
        )
        await Enrollment.update({Enrollment.ends_on: ends_on, Enrollment.status: status}).where(
            Enrollment.id == enrollment_id
        )
        await audit.record(
            ENROLLMENT_CHANGED,
            actor=actor,
            subject=f"enrollment:{enrollment_id}",
            patient=current.client_id,
        )
    return await _enrollment(enrollment_id)


async def _require_primary(client_id: int) -> None:
    """An active enrollment needs a primary counselor: someone whose caseload the client is on,
    and who an urgent check-in reaches first."""
    if await accounts.primary_counselor_of(client_id) is None:
        raise Conflict(
            "Name this client's primary counselor (their care team) before enrolling them."
        )


def _check_dates(starts_on: date, ends_on: date | None) -> None:
    if ends_on is not None and ends_on < starts_on:
        raise InvalidInput("The enrollment's end is before its start.")


async def _refuse_overlap(
    client_id: int, program_id: int, starts_on: date, ends_on: date | None, ignore: int | None
):
    """One program, one track at a time. An enrollment that has ended (completed or discharged)
    may hand over on its last day: completing one today and enrolling again from today is a
    change of track, not two at once (only an active enrollment counts as current)."""
    others = await Enrollment.select(
        Enrollment.id,
        Enrollment.starts_on,
        Enrollment.ends_on,
        Enrollment.status,
        Enrollment.track.name,
    ).where((Enrollment.client == client_id) & (Enrollment.program == program_id))
    far = date.max
    for other in others:
        if other["id"] == ignore:
            continue
        ended = other["status"] != EnrollmentStatus.active.value
        last = other["ends_on"] or far
        if (starts_on < last if ended else starts_on <= last) and other["starts_on"] <= (
            ends_on or far
        ):
            raise _overlap(other, ended)


def _overlap(other: dict, ended: bool) -> Conflict:
    track, first, last = other["track.name"], other["starts_on"], other["ends_on"]
    if ended:
        return Conflict(
            "The client was enrolled in {track} from {first} to {last}; "
            "start the new enrollment on {last} or later.",
            track=track,
            first=first,
            last=last,
        )
    if last:
        return Conflict(
            "The client is already enrolled in {track} from {first} to {last}; "
            "end that enrollment first.",
            track=track,
            first=first,
            last=last,
        )
    return Conflict(
        "The client is already enrolled in {track} from {first}; end that enrollment first.",
        track=track,
        first=first,
    )


async def _enrollment(enrollment_id: int) -> EnrollmentOut:
    row = (
        await Enrollment.select(*Enrollment.all_columns(), Enrollment.client.display_name)
        .where(Enrollment.id == enrollment_id)
        .first()
    )
    if row is None:
        raise NotFound("No such enrollment.")
    return _ENROLLMENT_OUT(row)


_ENROLLMENT_OUT = RowShape(
    EnrollmentOut,
    columns={
        "client_id": "client",
        "client_name": "client.display_name",
        "track_id": "track",
        "program_id": "program",
    },
)


# --- people ---------------------------------------------------------------------------------------


async def people(role: str, viewer: int, now: datetime) -> list[PersonOut]:
    """Active accounts of a role; a list of clients says who is in treatment, so it is audited per client."""
    if role not in {r.value for r in Role}:
        raise InvalidInput("role must be client, counselor or admin.")
    rows = (
        await Account.select(Account.id, Account.display_name, Account.email, Account.role)
        .where((Account.role == role) & Account.active.eq(True))
        .order_by(Account.display_name)
    )
    if role == Role.client.value:
        await audit.record_views(
            PEOPLE_VIEWED,
            actor=viewer,
            views=[("people:client", row["id"]) for row in rows],
            at=now,
        )
    return _PERSON_OUT.all(rows)


_PERSON_OUT = RowShape(PersonOut, columns={"name": "display_name"})


async def _role_of(account_id: int) -> str | None:
    row = await Account.select(Account.role).where(Account.id == account_id).first()
    return row["role"] if row is not None else None


async def _client(account_id: int) -> None:
    if await _role_of(account_id) != Role.client.value:
        raise InvalidInput("Account {id} is not a client.", id=account_id)


async def _staff(account_id: int) -> None:
    if await _role_of(account_id) not in (Role.counselor.value, Role.admin.value):
        raise InvalidInput("Account {id} is not a counselor or admin.", id=account_id)
