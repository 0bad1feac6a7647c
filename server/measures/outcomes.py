"""The outcomes report: for a program (or one track) and a date range, per instrument, the
clients measured, their intake and latest scores, the share improved and in remission, and the
share of due questionnaires that were filled in.

Definitions (docs/architecture.md, "Measures"):
- a client's *intake* score is their first standing (not superseded) response of the instrument
  in the range, the *latest* their last; only clients measured twice count for change;
- *improved*: the latest is better than the intake by at least the instrument's clinically
  meaningful change (PHQ-9 5, GAD-7 4), by any amount for instruments without one;
- *remission*: of those measured twice who were at or above the line at intake (PHQ-9 and
  GAD-7: 5), those below it at the latest;
- *completion*: of the due windows that closed in the range (for everyone enrolled then, by the
  schedules in force now), those with a response.

A counselor's report covers the clients on their care teams; an admin's the whole program.
"""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

from server.accounts import services as accounts
from server.accounts.services import SignedInUser
from server.core import i18n
from server.core.errors import InvalidInput, NotFound
from server.measures import instruments
from server.measures import services as measures
from server.measures.instruments import INSTRUMENTS
from server.measures.schemas import OutcomeRow, OutcomesOut
from server.measures.tables import MeasureResponse, MeasureSchedule
from server.programs import recurrence
from server.programs.tables import Enrollment, Program, Track

MAX_RANGE_DAYS = 731

_ENDS = """
WITH scoped AS (
    SELECT r.client, r.instrument, r.score, r.submitted_at FROM measure_response r
    WHERE r.superseded_at IS NULL AND r.local_date >= {} AND r.local_date <= {}
      AND r.client IN (SELECT e.client FROM enrollment e WHERE e.program = {} AND ({} = 0 OR e.track = {})
                       AND e.starts_on <= {} AND (e.ends_on IS NULL OR e.ends_on >= {}))
      AND ({} = 0 OR r.client IN (SELECT c.client FROM care_team_member c WHERE c.counselor = {}))
), ends AS (
    SELECT client, instrument, COUNT(*) AS n, MIN(submitted_at) AS first_at, MAX(submitted_at) AS last_at
    FROM scoped GROUP BY client, instrument
)
SELECT e.client, e.instrument, e.n,
       (SELECT s.score FROM scoped s WHERE s.client = e.client AND s.instrument = e.instrument
        AND s.submitted_at = e.first_at LIMIT 1) AS intake,
       (SELECT s.score FROM scoped s WHERE s.client = e.client AND s.instrument = e.instrument
        AND s.submitted_at = e.last_at LIMIT 1) AS latest
FROM ends e
"""


async def report(
    user: SignedInUser,
    program_id: int,
    track_id: int | None,
    start: date,
    end: date,
    now: datetime,
) -> OutcomesOut:
    """The outcomes report (see the module's definitions). Not audited as a read of anyone's
    record: it shows counts and means, never a client (the audit rule's staff read).

    Raises:
        NotFound: no such program, or a track of another program.
        InvalidInput: an end before the start, or a range longer than two years.
    """
    if end < start or (end - start).days > MAX_RANGE_DAYS:
        raise InvalidInput("Choose a range that ends after it starts and spans at most two years.")
    program = (
        await Program.select(Program.id, Program.name, Program.timezone)
        .where(Program.id == program_id)
        .first()
    )
    if program is None:
        raise NotFound("No such program.")
    track = None
    if track_id is not None:
        track = (
            await Track.select(Track.id, Track.name)
            .where((Track.id == track_id) & (Track.program == program_id))
            .first()
        )
        if track is None:
            raise NotFound("No such track.")
    counselor = 0 if user.role == "admin" else user.id
    ends = await MeasureResponse.raw(
        _ENDS,
        start,
        end,
        program_id,
        track_id or 0,
        track_id or 0,
        end,
        start,
        counselor,
        counselor,
    )
    today = now.astimezone(recurrence.zone(program["timezone"])).date()
    due, done = await _completion(
        program_id, track_id, counselor, start, min(end, today - timedelta(days=1))
    )
    lang = i18n.language_of(user.locale)
    rows = [
        _row(code, [e for e in ends if e["instrument"] == code], due, done, lang)
        for code in INSTRUMENTS
    ]
    return OutcomesOut(
        program_id=program_id,
        program_name=program["name"],
        track_id=track_id,
        track_name=track["name"] if track else None,
        start=start,
        end=end,
        scope="program" if counselor == 0 else "caseload",
        rows=rows,
    )


def _row(code: str, ends: list[dict], due: dict, done: dict, lang: str) -> OutcomeRow:
    found = INSTRUMENTS[code]
    headline = found.scales[0]
    twice = [e for e in ends if e["n"] >= 2]

    def better(e: dict) -> int:
        return e["latest"] - e["intake"] if headline.higher_is_better else e["intake"] - e["latest"]

    improved = sum(1 for e in twice if better(e) >= (found.meaningful_change or 1))
    line = found.remission_below
    eligible = [e for e in twice if line is not None and e["intake"] >= line]
    remitted = sum(1 for e in eligible if e["latest"] < line)

    def levels(key: str) -> list[int]:
        counts = [0] * 5
        for e in ends:
            counts[_level(headline, e[key])] += 1
        return counts

    return OutcomeRow(
        instrument=code,
        name=instruments.text_of(found.name, lang),
        clients=len(ends),
        measured_twice=len(twice),
        intake_mean=_mean([e["intake"] for e in twice]),
        latest_mean=_mean([e["latest"] for e in twice]),
        improved=improved,
        improved_share=_share(improved, len(twice)),
        remission_eligible=len(eligible),
        remission=remitted,
        remission_share=_share(remitted, len(eligible)) if line is not None else None,
        windows_due=due.get(code, 0),
        windows_done=done.get(code, 0),
        completion_share=_share(done.get(code, 0), due.get(code, 0)),
        bands_intake=levels("intake"),
        bands_latest=levels("latest"),
    )


def _level(scale, points: int) -> int:
    return min(4, next(b.level for b in scale.bands if b.low <= points <= b.high))


def _mean(values: list[int]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


async def _completion(
    program_id: int, track_id: int | None, counselor: int, first: date, last: date
) -> tuple[dict[str, int], dict[str, int]]:
    """Due windows that closed in first..last, and how many of them have a response (matched by
    the window a response was given in, `due_from`)."""
    due: dict[str, int] = {}
    done: dict[str, int] = {}
    if last < first:
        return due, done
    where = (Enrollment.program == program_id) & (Enrollment.starts_on <= last)
    where = where & (Enrollment.ends_on.is_null() | (Enrollment.ends_on >= first))
    if track_id is not None:
        where = where & (Enrollment.track == track_id)
    enrollments = await Enrollment.select(
        Enrollment.client, Enrollment.track, Enrollment.starts_on, Enrollment.ends_on
    ).where(where)
    if counselor:
        mine = {r["client"] for r in await accounts.caseload_of(counselor)}
        enrollments = [e for e in enrollments if e["client"] in mine]
    rules = await MeasureSchedule.select().where(MeasureSchedule.program == program_id)
    answered = await _answered_windows([e["client"] for e in enrollments], first, last)
    for enrollment in enrollments:
        enrollment = {
            **enrollment,
            "starts_on": _day(enrollment["starts_on"]),
            "ends_on": _day(enrollment["ends_on"]),
        }
        for rule in measures._effective(rules, enrollment["track"], enrollment["client"]):
            if not measures._asks(rule):
                continue
            for window in measures.windows(
                enrollment, rule, first - timedelta(days=rule.window_days), last
            ):
                if not first <= window.end <= last:
                    continue
                due[rule.instrument] = due.get(rule.instrument, 0) + 1
                if (enrollment["client"], rule.instrument, window.start) in answered:
                    done[rule.instrument] = done.get(rule.instrument, 0) + 1
    return due, done


async def _answered_windows(clients: list[int], first: date, last: date) -> set:
    if not clients:
        return set()
    rows = await MeasureResponse.select(
        MeasureResponse.client, MeasureResponse.instrument, MeasureResponse.due_from
    ).where(
        MeasureResponse.due_from.is_not_null()
        & (MeasureResponse.due_from >= first - timedelta(days=14))
        & (MeasureResponse.due_from <= last)
        & MeasureResponse.client.is_in(clients)
    )
    return {(r["client"], r["instrument"], _day(r["due_from"])) for r in rows}


def _day(value):
    return date.fromisoformat(value) if isinstance(value, str) else value


CSV_FIELDS = (
    "instrument",
    "clients",
    "measured_twice",
    "intake_mean",
    "latest_mean",
    "improved",
    "improved_share",
    "remission_eligible",
    "remission",
    "remission_share",
    "windows_due",
    "windows_done",
    "completion_share",
)


def _csv_header(locale: str | None) -> list[str]:
    return [
        i18n.text(locale, "Instrument"),
        i18n.text(locale, "Clients measured"),
        i18n.text(locale, "Measured twice or more"),
        i18n.text(locale, "Mean score at intake"),
        i18n.text(locale, "Mean latest score"),
        i18n.text(locale, "Improved"),
        i18n.text(locale, "Share improved"),
        i18n.text(locale, "At or above the remission line at intake"),
        i18n.text(locale, "In remission at the latest"),
        i18n.text(locale, "Share in remission"),
        i18n.text(locale, "Due questionnaires"),
        i18n.text(locale, "Filled in"),
        i18n.text(locale, "Completion rate"),
    ]


def as_csv(out: OutcomesOut, locale: str | None) -> str:
    """The report as CSV: a header row in the reader's language, one row per instrument."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(_csv_header(locale))
    for row in out.rows:
        values = [row.name if key == "instrument" else getattr(row, key) for key in CSV_FIELDS]
        writer.writerow(["" if value is None else value for value in values])
    return buffer.getvalue()
