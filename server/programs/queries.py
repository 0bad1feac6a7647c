"""The schedule's compiled statements: built and compiled once, then run with fresh arguments
(see server/core/db/compiled.py). services.py states the rules and runs these with
db.run_compiled / db.fetch_first; a new query belongs there, written in plain Piccolo, unless a
benchmark names its path.

What they serve, and the benchmark that justifies each (figures in bench/README.md):
- ENROLLMENTS, visible(tracks), ATTENDED: Today's schedule cards (next session, today's
  sessions, this week's hours). B1 = /api/me/today throughput: Today's build runs these on a
  cache miss. Building the joined Piccolo queries cost ~2 ms a request (the plans were already
  index-only range scans); compiled once and read on the loop's SQLite connection, with a
  shorter look-ahead, they took /today on the 10,000-client clinic from ~500 to 4.1 k req/s on
  SQLite.
- The same three behind week_hours: the counselor's client chart. B5 = review queue and client
  chart (GET /api/counselor/clients/{id} shows the week's hours). The caseload and the chart's
  header read many clients at once through services.client_weeks (plain queries, one per part
  for all clients: B5's caseload case), whose results equal week_hours'.
- ENROLLMENTS behind current_enrollment: the check-in's risk policy (POST /api/checkins), the
  call-in card on Today, the support shown after a risky check-in. B6 = 200-client load (the
  morning routine: Today, a check-in, homework).
- The agenda (services.schedule), the calendar feed and the demo loader read through the same
  statements; they are not why they are compiled.

OCCURRENCE_COLUMNS and ENROLLMENT_COLUMNS are the row shapes these statements select; the plain
queries of services.py and setup.py select the same columns, so every occurrence row or
enrollment row has one shape (occurrence_out reads it).
"""

from __future__ import annotations

from piccolo.query.functions.aggregate import Sum

from server.core import db
from server.programs.tables import Attendance, Enrollment, SessionOccurrence

Occ = SessionOccurrence

OCCURRENCE_COLUMNS = (
    Occ.id,
    Occ.series.id,
    Occ.series.title,
    Occ.series.kind,
    Occ.starts_at,
    Occ.ends_at,
    Occ.original_start,
    Occ.status,
    Occ.location,
    Occ.series.location,
    Occ.series.video_url,
    Occ.series.facilitator.display_name,
    Occ.track.name,
    Occ.series.program,
    Occ.sequence,
)


# Today runs on every app open: its queries are compiled once (building a Piccolo query with
# joins costs ~0.5 ms), one variant per number of enrollments in the range (usually one).
_VISIBLE: dict[int, db.CompiledQuery] = {}


def visible(tracks: int) -> db.CompiledQuery:
    """The occurrences a client sees in [start, end): their own (individual, family) and, per
    enrollment in range, its track's in [lo, hi). Arguments: start, end, client_id, then
    track, lo, hi for each of `tracks` enrollments; rows in start order."""
    if tracks not in _VISIBLE:

        def build(start, end, client_id, *track_ranges):
            visible = Occ.client == client_id
            for at in range(0, len(track_ranges), 3):
                track, lo, hi = track_ranges[at : at + 3]
                visible = visible | (
                    (Occ.track == track) & (Occ.starts_at >= lo) & (Occ.starts_at < hi)
                )
            return (
                Occ.select(*OCCURRENCE_COLUMNS)
                .where((Occ.starts_at >= start) & (Occ.starts_at < end) & visible)
                .order_by(Occ.starts_at)
            )

        _VISIBLE[tracks] = db.CompiledQuery(build, arity=3 + 3 * tracks)
    return _VISIBLE[tracks]


ENROLLMENT_COLUMNS = (
    Enrollment.id,
    Enrollment.track,
    Enrollment.program,
    Enrollment.starts_on,
    Enrollment.ends_on,
    Enrollment.status,
    Enrollment.program.timezone,
    Enrollment.program.name,
    Enrollment.program.min_weekly_hours,
)
# A client's enrollments with their program's zone, name and minimum hours (Today, week_hours,
# current_enrollment).
ENROLLMENTS = db.CompiledQuery(
    lambda client_id: Enrollment.select(*ENROLLMENT_COLUMNS).where(Enrollment.client == client_id),
    arity=1,
)

# Minutes a client attended (present or late: the caller passes both statuses) of sessions
# starting in [start, end): the week's hours on Today and on the client chart. A range of the
# (client, session_start) index: each mark carries its session's start.
ATTENDED = db.CompiledQuery(
    lambda client_id, present, late, start, end: Attendance.select(
        Sum(Attendance.minutes).as_alias("total")
    ).where(
        (Attendance.client == client_id)
        & Attendance.status.is_in([present, late])
        & (Attendance.session_start >= start)
        & (Attendance.session_start < end)
    ),
    arity=5,
)


# --- many clients at once: the staff caseload (B5's caseload case) ----------------------------
# The caseload reads each part for all its clients in one statement. Built with Piccolo per
# request, those statements cost more than the per-client compiled ones they replace (B5's
# caseload case: 60 clients' hours took 8.4 ms batched against 4.7 ms one by one on SQLite),
# so they are compiled too: one variant per size bucket of the id list (8, 16, 32, ...), the
# list padded with its last id (IN (a, b, b) is IN (a, b)).


def _bucket(count: int) -> int:
    return max(8, 1 << (count - 1).bit_length())


class ForMany:
    """A compiled statement whose first arguments are a list of ids (`build(ids, *rest)`, the
    ids used first in the SQL), compiled once per size bucket of that list."""

    def __init__(self, build, rest: int):
        self._build = build
        self._rest = rest
        self._compiled: dict[int, db.CompiledQuery] = {}

    async def run(self, ids: list[int], *rest) -> list[dict]:
        if not ids:
            return []
        size = _bucket(len(ids))
        if size not in self._compiled:
            build = self._build
            self._compiled[size] = db.CompiledQuery(
                lambda *args: build(list(args[:size]), *args[size:]), arity=size + self._rest
            )
        padded = [*ids, *[ids[-1]] * (size - len(ids))]
        return await db.run_compiled(self._compiled[size], *padded, *rest)


# Every enrollment of these clients, with its track's name.
ENROLLMENTS_OF = ForMany(
    lambda ids: Enrollment.select(
        Enrollment.client, *ENROLLMENT_COLUMNS, Enrollment.track.name
    ).where(Enrollment.client.is_in(ids)),
    rest=0,
)
# These clients' own sessions (individual, family) starting in [start, end).
OWN_OCCURRENCES = ForMany(
    lambda ids, start, end: Occ.select(Occ.client, Occ.track, *OCCURRENCE_COLUMNS).where(
        Occ.client.is_in(ids) & (Occ.starts_at >= start) & (Occ.starts_at < end)
    ),
    rest=2,
)
# These tracks' sessions starting in [start, end).
TRACK_OCCURRENCES = ForMany(
    lambda tracks, start, end: Occ.select(Occ.client, Occ.track, *OCCURRENCE_COLUMNS).where(
        Occ.track.is_in(tracks) & (Occ.starts_at >= start) & (Occ.starts_at < end)
    ),
    rest=2,
)


class RawMany(ForMany):
    """ForMany for a statement written in SQL: `make(ids, rest)` gets the placeholders of the
    id list and of the other arguments (in that order in the SQL); `converters` turn SQLite's
    stored text into values, as Piccolo would ((alias, function) pairs)."""

    def __init__(self, make, rest: int, converters: tuple = ()):
        super().__init__(build=None, rest=rest)
        self._make, self._converters = make, converters

    async def run(self, ids: list[int], *rest) -> list[dict]:
        if not ids:
            return []
        size = _bucket(len(ids))
        if size not in self._compiled:
            make = self._make
            self._compiled[size] = db.RawQuery(
                lambda marks: make(marks[:size], marks[size:]), size + self._rest, self._converters
            )
        padded = [*ids, *[ids[-1]] * (size - len(ids))]
        return await db.run_compiled(self._compiled[size], *padded, *rest)


# Minutes each of these clients attended (present or late) of sessions starting in [start, end),
# a row per client with any (the caller asks once per distinct program week: clients in one
# zone share it). A range of the (client, session_start, status, minutes) index per client.
# Before the marks carried their session's start, each mark looked its session up by id, for
# the client's whole history (~92 marks a client on the 10,000-client clinic; joined instead,
# PostgreSQL hashed every session of the clinic's week: 80 ms) (B5's caseload case).
ATTENDED_OF = ForMany(
    lambda ids, present, late, start, end: (
        Attendance.select(Attendance.client, Sum(Attendance.minutes).as_alias("total"))
        .where(
            Attendance.client.is_in(ids)
            & Attendance.status.is_in([present, late])
            & (Attendance.session_start >= start)
            & (Attendance.session_start < end)
        )
        .group_by(Attendance.client)
    ),
    rest=4,
)
