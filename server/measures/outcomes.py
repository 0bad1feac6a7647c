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

import asyncio
import csv
import io
from datetime import date, datetime, timedelta

from server.accounts.services import SignedInUser
from server.core import i18n
from server.core.errors import InvalidInput, NotFound
from server.measures import instruments, outcome_counts
from server.measures.instruments import INSTRUMENTS
from server.measures.schemas import OutcomeRow, OutcomesOut
from server.programs import recurrence
from server.programs.tables import Program, Track

MAX_RANGE_DAYS = 731


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
    today = now.astimezone(recurrence.zone(program["timezone"])).date()
    # The counting lives in outcome_counts (a room for speed, B8); the rules are above and below.
    # Its two halves are independent reads: they run side by side.
    ends, (due, done) = await asyncio.gather(
        outcome_counts.score_ends(program_id, track_id, counselor, start, end),
        outcome_counts.completion(
            program_id, track_id, counselor, start, min(end, today - timedelta(days=1))
        ),
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
    """One instrument's line from its clients' ends (rows of intake, latest, twice and how
    many `clients` have those: outcome_counts.score_ends)."""
    found = INSTRUMENTS[code]
    headline = found.scales[0]
    twice = [e for e in ends if e["twice"]]

    def better(e: dict) -> int:
        return e["latest"] - e["intake"] if headline.higher_is_better else e["intake"] - e["latest"]

    def count(rows: list[dict]) -> int:
        return sum(e["clients"] for e in rows)

    improved = count([e for e in twice if better(e) >= (found.meaningful_change or 1)])
    line = found.remission_below
    eligible = [e for e in twice if line is not None and e["intake"] >= line]
    remitted = count([e for e in eligible if e["latest"] < line])

    def levels(key: str) -> list[int]:
        counts = [0] * 5
        for e in ends:
            counts[_level(headline, e[key])] += e["clients"]
        return counts

    return OutcomeRow(
        instrument=code,
        name=instruments.text_of(found.name, lang),
        clients=count(ends),
        measured_twice=count(twice),
        intake_mean=_mean(twice, "intake"),
        latest_mean=_mean(twice, "latest"),
        improved=improved,
        improved_share=_share(improved, count(twice)),
        remission_eligible=count(eligible),
        remission=remitted,
        remission_share=_share(remitted, count(eligible)) if line is not None else None,
        windows_due=due.get(code, 0),
        windows_done=done.get(code, 0),
        completion_share=_share(done.get(code, 0), due.get(code, 0)),
        bands_intake=levels("intake"),
        bands_latest=levels("latest"),
    )


def _level(scale, points: int) -> int:
    return min(4, next(b.level for b in scale.bands if b.low <= points <= b.high))


def _mean(rows: list[dict], key: str) -> float | None:
    clients = sum(e["clients"] for e in rows)
    return round(sum(e[key] * e["clients"] for e in rows) / clients, 1) if clients else None


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


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
