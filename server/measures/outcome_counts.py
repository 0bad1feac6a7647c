"""A room for speed: the outcomes report's two heavy counts, set-based (B8).

Justified by B8 (bench/b8_outcomes.py; figures in bench/README.md): the report of a whole
program over a year, on the 10,000-client clinic with a year of weekly BAM and biweekly PHQ-9
and GAD-7 (about a million responses), must answer with p95 <= 100 ms on both databases. The
plain rules (outcomes.py before B8: a CTE over the range whose intake and latest were found by
scanning it again for every client and instrument, then every enrollment's due windows walked
in Python) took 0.37 s on SQLite and 4.7 s on PostgreSQL for one program of 500 clients over a
year on a quiet host (1.4 s and 14 s on a busy one); this room, 39 and 41 ms in-process.

The definitions are outcomes.py's, unchanged; only the way of counting differs:

- *Intake and latest* (`score_ends`): for each client in scope and each instrument, two index
  seeks (the first and the last standing response of the range by `submitted_at`, on the
  partial index `measure_response_ends`), so a report costs two seeks a client and instrument
  whatever the table's size. The answer is already aggregated: one row per instrument, intake
  score, latest score and "measured twice" (the first and last are different responses), with
  how many clients have them; outcomes.py takes means and shares from those counts.
- *Due windows* (`completion`): counted arithmetically (`window_plan`, equal to walking
  `services.windows` and keeping the windows that closed in the range; a test compares them)
  once per kind of enrollment (track, the client's own rules or none, start, end), not per
  window. *Filled in*: for each enrollment and rule, the answered window starts of the range
  are counted in the database with one range scan of the partial index
  `measure_response_window` (client, instrument, due_from): repeats are the distinct `due_from`
  in the range that fall on the rule's step from the enrollment's start, intake and discharge
  one lookup each. Superseded responses count, as in the plain rules: the window was filled in.

Each engine gets its own SQL: SQLite a correlated subquery per client and instrument (its
rowid and score packed into one integer, so the seek is covering) and the per-enrollment checks
as a JSON array read with json_each; PostgreSQL LATERAL joins and arrays with unnest. The
indexes come from piccolo_migrations/measures_2026_12_07t21_45_00_000000.py.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from server.core import db
from server.measures import services as measures
from server.measures.instruments import INSTRUMENTS
from server.measures.schemas import ScheduleIn
from server.measures.tables import MeasureResponse, MeasureSchedule

# A response's headline score fits below this, so SQLite can carry rowid and score as one value.
SLOTS = 1 + max(found.scales[0].maximum for found in INSTRUMENTS.values())
ANSWERED_BACK_DAYS = 14  # the plain rules look for answers this far before the range

# --- scope: the enrollments of a program (or track), a counselor's care teams only ------------

# The plain rules' scope, plus `e.track IN (the program's tracks)`: the same enrollments (an
# enrollment's program is its track's, programs.setup.enroll), found through the track indexes
# instead of reading every enrollment of the clinic (enrollment has no index on program).
_SCOPE = """e.track IN (SELECT t.id FROM track t WHERE t.program = {program})
  AND e.program = {program} AND ({track} = 0 OR e.track = {track})
  AND e.starts_on <= {last} AND (e.ends_on IS NULL OR e.ends_on >= {first})
  AND ({counselor} = 0 OR e.client IN (SELECT c.client FROM care_team_member c WHERE c.counselor = {counselor}))"""


def _scope(program: int, track: int | None, counselor: int, first: date, last: date) -> dict:
    return {
        "program": program,
        "track": track or 0,
        "counselor": counselor,
        "first": first,
        "last": last,
    }


def _bind(template: str, values: dict) -> tuple[str, list]:
    """`{name}` markers to Piccolo's positional `{}`, with the values in order (a value used
    twice is passed twice: Piccolo numbers the placeholders itself)."""
    args: list = []
    parts = template.split("{")
    sql = parts[0]
    for part in parts[1:]:
        name, rest = part.split("}", 1)
        args.append(values[name])
        sql += "{}" + rest
    return sql, args


async def _rows(template: str, values: dict) -> list[dict]:
    sql, args = _bind(template.replace("{scope}", _SCOPE), values)
    return await MeasureResponse.raw(sql, *args)


def _sqlite() -> bool:
    return db.current().engine_type == "sqlite"


# --- intake and latest --------------------------------------------------------------------------

# SQLite's statements start with SELECT (their WITH inside): the engine gives only those to its
# reader connections; anything else would run on the writer, in a write transaction.
_ENDS_SQLITE = """
SELECT * FROM (WITH firsts AS MATERIALIZED (
  SELECT c.client, p.value AS instrument,
    (SELECT r.rowid * {slots} + r.score FROM measure_response r INDEXED BY measure_response_ends
     WHERE r.client = c.client AND r.instrument = p.value AND r.superseded_at IS NULL
       AND r.local_date >= {first} AND r.local_date <= {last}
     ORDER BY r.submitted_at LIMIT 1) AS f
  FROM (SELECT DISTINCT e.client FROM enrollment e WHERE {scope}) c
  CROSS JOIN json_each({codes}) p
), ends AS MATERIALIZED (
  SELECT instrument, f,
    (SELECT r.rowid * {slots} + r.score FROM measure_response r INDEXED BY measure_response_ends
     WHERE r.client = firsts.client AND r.instrument = firsts.instrument
       AND r.superseded_at IS NULL AND r.local_date >= {first} AND r.local_date <= {last}
     ORDER BY r.submitted_at DESC LIMIT 1) AS l
  FROM firsts WHERE f IS NOT NULL
)
SELECT instrument, f % {slots} AS intake, l % {slots} AS latest, f <> l AS twice,
       COUNT(*) AS clients
FROM ends
GROUP BY 1, 2, 3, 4)
"""

_ENDS_POSTGRES = """
SELECT p.instrument, f.score AS intake, l.score AS latest, f.id <> l.id AS twice,
       COUNT(*) AS clients
FROM (SELECT DISTINCT e.client FROM enrollment e WHERE {scope}) c
CROSS JOIN unnest({codes}::text[]) AS p(instrument)
CROSS JOIN LATERAL (
  SELECT r.id, r.score FROM measure_response r
  WHERE r.client = c.client AND r.instrument = p.instrument AND r.superseded_at IS NULL
    AND r.local_date >= {first} AND r.local_date <= {last}
  ORDER BY r.submitted_at, r.id LIMIT 1) f
CROSS JOIN LATERAL (
  SELECT r.id, r.score FROM measure_response r
  WHERE r.client = c.client AND r.instrument = p.instrument AND r.superseded_at IS NULL
    AND r.local_date >= {first} AND r.local_date <= {last}
  ORDER BY r.submitted_at DESC, r.id DESC LIMIT 1) l
GROUP BY 1, 2, 3, 4
"""


async def score_ends(
    program: int, track: int | None, counselor: int, start: date, end: date
) -> list[dict]:
    """Clients measured in start..end (enrolled then, in scope), counted by instrument, intake
    score, latest score and whether those are two different responses: rows of `instrument`,
    `intake`, `latest`, `twice` and `clients`."""
    codes = list(INSTRUMENTS)
    values = {**_scope(program, track, counselor, start, end), "slots": SLOTS}
    if _sqlite():
        rows = await _rows(_ENDS_SQLITE, {**values, "codes": json.dumps(codes)})
    else:
        rows = await _rows(_ENDS_POSTGRES, {**values, "codes": codes})
    return [{**row, "twice": bool(row["twice"])} for row in rows]


# --- due windows, counted ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WindowPlan:
    """The due windows of one rule over one enrollment that closed in first..last: how many,
    and where their starts are (what a response's `due_from` must equal to fill one in)."""

    due: int
    intake: date | None  # the intake window's start, when it is one of them
    discharge: date | None  # the discharge window's start, when it is one of them
    step: int  # repeats: every `step` days from the enrollment's start (0: none) ...
    repeat_from: date | None  # ... starting in repeat_from..repeat_to
    repeat_to: date | None


def window_plan(enrollment: dict, rule: ScheduleIn, first: date, last: date) -> WindowPlan:
    """The windows `services.windows` gives for this enrollment and rule whose last day falls
    in first..last, by arithmetic. A window starting on `begin` ends on begin + window_days - 1,
    or on the enrollment's end if that comes first, and exists only if it starts by that end."""
    start, ends = enrollment["starts_on"], enrollment["ends_on"]
    span = timedelta(days=rule.window_days - 1)
    if ends is not None and ends < first:
        return WindowPlan(0, None, None, 0, None, None)
    # A start `begin` gives a window ending in first..last iff begin is in low..high.
    low = first - span
    high = ends if ends is not None else None
    if ends is None or ends > last:
        high = last - span if high is None else min(high, last - span)
    due = 0

    def counted(begin: date) -> date | None:
        nonlocal due
        if low <= begin <= high:
            due += 1
            return begin
        return None

    intake = counted(start) if rule.at_intake else None
    discharge = None
    if rule.at_discharge and ends is not None:
        discharge = counted(max(start, ends - span))
    step = rule.every_days or 0
    if not step:
        return WindowPlan(due, intake, discharge, 0, None, None)
    first_k = max(1, -(-(low - start).days // step))  # ceil, at least the first repeat
    last_k = (high - start).days // step
    if last_k < first_k:
        return WindowPlan(due, intake, discharge, 0, None, None)
    due += last_k - first_k + 1
    return WindowPlan(
        due,
        intake,
        discharge,
        step,
        start + timedelta(days=first_k * step),
        start + timedelta(days=last_k * step),
    )


# --- completion ----------------------------------------------------------------------------------

_KINDS_SQLITE = """
SELECT e.track, {owner} AS owner, e.starts_on, e.ends_on, group_concat(e.client) AS clients
FROM enrollment e WHERE {scope}
GROUP BY 1, 2, 3, 4
"""

_KINDS_POSTGRES = """
SELECT e.track, {owner} AS owner, e.starts_on, e.ends_on,
       string_agg(e.client::text, ',') AS clients
FROM enrollment e WHERE {scope}
GROUP BY 1, 2, 3, 4
"""

# The client, when they have rules of their own in this program: they replace the track's.
_OWNER = """CASE WHEN e.client IN (SELECT s.client FROM measure_schedule s
  WHERE s.program = {program} AND s.client IS NOT NULL) THEN e.client ELSE 0 END"""

_DONE_SQLITE = """
SELECT * FROM (WITH p AS MATERIALIZED (
  SELECT CAST(c.value AS INTEGER) AS client, CAST(k.value ->> 1 AS TEXT) AS instrument,
         k.value ->> 2 AS start_day, k.value ->> 3 AS step, k.value ->> 4 AS repeat_from,
         k.value ->> 5 AS repeat_to, k.value ->> 6 AS intake, k.value ->> 7 AS discharge
  FROM json_each({checks}) k, json_each(k.value, '$[0]') c
)
SELECT instrument, SUM(
  (SELECT COUNT(DISTINCT r.due_from) FROM measure_response r INDEXED BY measure_response_window
   WHERE r.client = p.client AND r.instrument = p.instrument AND r.due_from IS NOT NULL
     AND r.due_from >= p.repeat_from AND r.due_from <= p.repeat_to
     AND (julianday(r.due_from) - p.start_day) % p.step = 0)
  + CASE WHEN p.intake IS NULL THEN 0 ELSE EXISTS (
     SELECT 1 FROM measure_response r INDEXED BY measure_response_window
     WHERE r.client = p.client AND r.instrument = p.instrument AND r.due_from = p.intake) END
  + CASE WHEN p.discharge IS NULL THEN 0 ELSE EXISTS (
     SELECT 1 FROM measure_response r INDEXED BY measure_response_window
     WHERE r.client = p.client AND r.instrument = p.instrument AND r.due_from = p.discharge) END
) AS done
FROM p
GROUP BY instrument)
"""

_DONE_POSTGRES = """
SELECT p.instrument, SUM(
  (SELECT COUNT(*) FROM (SELECT DISTINCT r.due_from FROM measure_response r
   WHERE r.client = p.client AND r.instrument = p.instrument AND r.due_from IS NOT NULL
     AND r.due_from >= p.repeat_from AND r.due_from <= p.repeat_to
     AND (r.due_from - p.starts_on) % p.step = 0) d)
  + (p.intake IS NOT NULL AND EXISTS (
     SELECT 1 FROM measure_response r
     WHERE r.client = p.client AND r.instrument = p.instrument AND r.due_from = p.intake))::int
  + (p.discharge IS NOT NULL AND EXISTS (
     SELECT 1 FROM measure_response r
     WHERE r.client = p.client AND r.instrument = p.instrument AND r.due_from = p.discharge))::int
) AS done
FROM unnest({clients}::text[], {instruments}::text[], {starts}::date[], {steps}::int[],
            {repeat_from}::date[], {repeat_to}::date[], {intakes}::date[], {discharges}::date[])
     AS k(clients, instrument, starts_on, step, repeat_from, repeat_to, intake, discharge)
CROSS JOIN LATERAL (
  SELECT k.*, c.client FROM unnest(string_to_array(k.clients, ',')::int[]) AS c(client)) p
GROUP BY p.instrument
"""

_JULIAN_DAY_OF_ORDINAL_1 = 1721425.5  # SQLite's julianday('0001-01-01')


async def completion(
    program: int, track: int | None, counselor: int, first: date, last: date
) -> tuple[dict[str, int], dict[str, int]]:
    """Due windows that closed in first..last, by instrument, and how many were filled in (a
    response whose `due_from` is the window's start, given no earlier than 14 days before the
    range), for everyone enrolled in scope then, by the schedules in force now."""
    due: dict[str, int] = defaultdict(int)
    if last < first:
        return {}, {}
    kinds = await _rows(
        (_KINDS_SQLITE if _sqlite() else _KINDS_POSTGRES).replace("{owner}", _OWNER),
        _scope(program, track, counselor, first, last),
    )
    rules = await MeasureSchedule.select().where(MeasureSchedule.program == program)
    checks: list[tuple] = []  # (the kind's clients, what to look for)
    answered_from = first - timedelta(days=ANSWERED_BACK_DAYS)
    effective: dict[tuple, list] = {}  # (track, owner) -> the rules that ask for something
    planned: dict[tuple, tuple] = {}  # (rule's fields, start, end) -> (due, check)
    for kind in kinds:
        key = (kind["track"], kind["owner"])
        if key not in effective:
            found = measures._effective(rules, kind["track"], kind["owner"] or None)
            effective[key] = [rule for rule in found if measures._asks(rule)]
        clients = kind["clients"]  # "3,4,9", passed on as it is
        n = clients.count(",") + 1
        for rule in effective[key]:
            shape = (*_fields(rule), kind["starts_on"], kind["ends_on"])
            if shape not in planned:
                enrollment = {
                    "starts_on": _day(kind["starts_on"]),
                    "ends_on": _day(kind["ends_on"]),
                }
                plan = window_plan(enrollment, rule, first, last)
                check = _check(rule.instrument, enrollment["starts_on"], plan, answered_from, last)
                planned[shape] = (plan.due, check)
            count, check = planned[shape]
            due[rule.instrument] += count * n
            if check is not None:
                checks.append((clients, check))
    done = await _count_done(checks) if checks else {}
    return dict(due), done


def _check(code: str, start: date, plan: WindowPlan, answered_from: date, last: date):
    """What the database must look for to count one enrollment's filled-in windows of a rule,
    within the answers the plain rules look at (due_from in answered_from..last); None when
    there is nothing to look for."""

    def looked_at(day: date | None) -> date | None:
        return day if day is not None and answered_from <= day <= last else None

    repeat_from = plan.repeat_from and max(plan.repeat_from, answered_from)
    repeat_to = plan.repeat_to and min(plan.repeat_to, last)
    step = plan.step if plan.step and repeat_from <= repeat_to else 0
    intake, discharge = looked_at(plan.intake), looked_at(plan.discharge)
    if not step and intake is None and discharge is None:
        return None
    return (
        code,
        start,
        step or None,  # NULL: no repeat to look for (and no modulo by zero)
        repeat_from if step else None,
        repeat_to if step else None,
        intake,
        discharge,
    )


async def _count_done(checks: list[tuple]) -> dict[str, int]:
    """Filled-in windows by instrument: each check is looked for for each of its clients."""
    if _sqlite():
        fragments: dict[tuple, str] = {}  # a check as JSON, made once (kinds share them)
        for _, check in checks:
            if check not in fragments:
                code, start, step, repeat_from, repeat_to, intake, discharge = check
                fragments[check] = json.dumps(
                    [
                        code,
                        start.toordinal() - 1 + _JULIAN_DAY_OF_ORDINAL_1,
                        step,
                        *(_iso(day) for day in (repeat_from, repeat_to, intake, discharge)),
                    ]
                )[1:-1]
        payload = "[" + ",".join(f"[[{ids}],{fragments[check]}]" for ids, check in checks) + "]"
        rows = await _rows(_DONE_SQLITE, {"checks": payload})
    else:
        columns = [
            list(column) for column in zip(*((ids, *check) for ids, check in checks), strict=True)
        ]
        names = (
            "clients",
            "instruments",
            "starts",
            "steps",
            "repeat_from",
            "repeat_to",
            "intakes",
            "discharges",
        )
        rows = await _rows(_DONE_POSTGRES, dict(zip(names, columns, strict=True)))
    return {row["instrument"]: int(row["done"]) for row in rows}


def _fields(rule: ScheduleIn) -> tuple:
    return (rule.instrument, rule.at_intake, rule.every_days, rule.at_discharge, rule.window_days)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def _day(value):
    return date.fromisoformat(value) if isinstance(value, str) else value
