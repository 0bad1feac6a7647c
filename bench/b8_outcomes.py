"""B8: the outcomes report on a 10,000-client clinic with a year of questionnaires.

The goal (issue): `GET /api/counselor/outcomes` answers with p95 <= 100 ms on both databases for
the 10,000-client clinic with a year of weekly BAM and biweekly PHQ-9/GAD-7 responses.

The clinic: bench/gen_schedule.py's `build` (the one B5 uses: 20 programs of 500 clients in
America/Denver and America/Chicago, a counselor per ~30 clients who is their care team's primary
member, tracks of 8-15, one open-ended enrollment per client starting on one of six Mondays),
here 13-14 months back, so the year measured holds a whole year of every client's answers. Only
the people and the programme are written (accounts, profiles, care teams, programs, tracks,
enrollments): the sessions, their occurrences and ~2 M attendance marks are left out, the report
reads none of them. Then, as the product would have stored them:

- schedules: the defaults (services.DEFAULT_SCHEDULES) for most tracks; every tenth track has
  its own (PHQ-9 and GAD-7 every 28 days with 5-day windows, BAM weekly, AUDIT-C at intake and
  at discharge); one client in fifty has their own weekly PHQ-9;
- one enrollment in twenty ended (discharged) 1-60 days ago, its AUDIT-C discharge window due;
- responses in the due windows (`services.windows` of each effective rule, `due_from` the
  window's first day as `submit` sets it), each client filling in 85-100 % of them, mostly on
  the window's first day, in their program's daytime; for one client and questionnaire in
  seven, one more response on any day (`due_from` the window it fell in, if any, as `submit`
  sets it); one response in two hundred corrected five minutes later (superseded, and a
  correction naming it, with the same `due_from`);
- scores that drift: three clients in four get better over their first 40 weeks (PHQ-9, GAD-7,
  BAM use and AUDIT-C down toward a floor), the others stay level or worsen, with noise; the
  answers are real answer sets of the instrument that score so (`instruments.score`), with the
  scores, band, `previous_score`, `attention` and `body_hash` as `submit` computes them. No
  safety answers (they would need alerts): the C-SSRS screens are all "no".

About 1.07 million responses. Written in bulk (sqlite3 executemany in one transaction; asyncpg
COPY, then VACUUM ANALYZE, the state autovacuum keeps a live table in), the change-stamp
triggers of measure_response off during the load and each client's stamp bumped once after.
Cached like B5's databases: bench/out/b8-sqlite-<key>/ and the PostgreSQL database
companion_bench_b8_<key>, <key> = the generators' versions and a digest of the migrations
(names and contents), reused for --max-age hours (default 20: "a year" ends today); `--drop` removes them. Both
databases made in one run share the rows (built once).

What is measured, per database, one uvicorn worker (`companion serve`) pinned to core 0 and wrk
(-t1 -c1 --latency: one person asking at a time; bench/b5_paths.lua for exact percentiles) on
core 1 with PostgreSQL, a warm-up run before each measured run:

  healthz   the reference: GET /healthz on the same server (a database round trip), so the
            ratios travel across machines
  program   an admin's report of a whole program (500 clients) over a year, rotating over the
            20 programs
  track     an admin's report of one track over a year, rotating over 40 tracks
  caseload  a counselor's report (gen-counselor-0001: their ~30 clients) of their program

Before measuring, every path must answer 200 with clients measured and windows due, and the
CSV must count the same clients. After each database's runs, with the server stopped, a
process pinned to core 0 checks the product's report equal to the plain rules' (the report as
it was before B8, kept below as `plain_report`) for the first path of each case, then times
both in-process, interleaved (the plain rules fewer times: 5.5 s a program on PostgreSQL).

    .venv/bin/python bench/b8_outcomes.py [--database sqlite|postgresql|both] [--duration 20]
                                          [--warmup S] [--connections 1] [--repeat 1]
                                          [--cases program,track,caseload] [--rounds 20]
                                          [--regenerate] [--max-age 20] [--drop] [--no-check]
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402
from bench.common import OUT, log  # noqa: E402

GENERATOR_VERSION = 1
CLIENTS = 10_000
SEED = 2026
GOAL_P95_MS = 100.0
CONNECTIONS = 1
PORTS = {"sqlite": 18181, "postgres": 18182}
DB_PREFIX = "companion_bench_b8_"
SCRIPT = str(common.BENCH / "b5_paths.lua")
CASES = ("program", "track", "caseload")
TRACKS_MEASURED = 40
# Enrollments start on one of the six Mondays after this many days ago: 13-14 months, so the
# year measured holds a year of each client's responses, its first ones after intake.
BACK_DAYS = 420
IMPROVING_WEEKS = 40  # a client's scores move toward their later level over this many weeks
YEAR_DAYS = 365  # the report's range: today - YEAR_DAYS .. today
ADMIN_EMAIL = "admin@demo.example"
COUNSELOR_EMAIL = "gen-counselor-0001@clinic.example"
UTC = timezone.utc
CHUNK = 50_000
# Tables of gen_schedule's plan that are written (the report reads none of the others).
CLINIC_TABLES = ("program", "account", "client_profile", "care_team_member", "track", "enrollment")
OWN_TRACK_RULES = (  # every tenth track's own schedule
    dict(instrument="cssrs", at_intake=True, every_days=None, at_discharge=False, window_days=3),
    dict(instrument="phq9", at_intake=True, every_days=28, at_discharge=False, window_days=5),
    dict(instrument="gad7", at_intake=True, every_days=28, at_discharge=False, window_days=5),
    dict(instrument="bam", at_intake=True, every_days=7, at_discharge=False, window_days=3),
    dict(instrument="auditc", at_intake=True, every_days=None, at_discharge=True, window_days=3),
)
OWN_CLIENT_RULES = (  # one client in fifty: a weekly PHQ-9
    dict(instrument="phq9", at_intake=True, every_days=7, at_discharge=False, window_days=3),
)
RESPONSE_COLUMNS = (
    "id",
    "client",
    "instrument",
    "version",
    "language",
    "answers",
    "scores",
    "score",
    "band_level",
    "safety",
    "previous_score",
    "attention",
    "local_date",
    "due_from",
    "submitted_at",
    "body_hash",
    "supersedes",
    "superseded_at",
    "reviewed_by",
    "reviewed_at",
)
SCHEDULE_COLUMNS = (
    "program",
    "track",
    "client",
    "instrument",
    "at_intake",
    "every_days",
    "at_discharge",
    "window_days",
    "updated_by",
    "updated_at",
)


# --- answer sets ---------------------------------------------------------------------------------


class AnswerPool:
    """Real answer sets of each instrument by headline score, scored by the product (no safety
    answers), so a response with a wanted score is a lookup."""

    def __init__(self, rng: random.Random):
        from server.measures import instruments

        self.by_score: dict[str, dict[int, list[tuple]]] = {}
        for code, found in instruments.INSTRUMENTS.items():
            found_sets: dict[int, list[tuple]] = {}
            for _ in range(2500):
                answers = self._sample(found, rng)
                result = instruments.score(found, answers)
                if result.safety:
                    continue
                points = result.scores[found.scales[0].key]
                bucket = found_sets.setdefault(points, [])
                if len(bucket) < 4:
                    bucket.append(
                        (
                            json.dumps(answers, sort_keys=True),
                            json.dumps(result.scores, sort_keys=True),
                            points,
                            result.bands[found.scales[0].key].level,
                            result,
                            answers,
                        )
                    )
            self.by_score[code] = found_sets

    @staticmethod
    def _sample(found, rng: random.Random) -> dict[str, int]:
        severity = rng.random()
        answers: dict[str, int] = {}
        for item in found.items:  # in order: an item's parent is answered before it
            if item.asked_if is not None:
                parent, indexes = item.asked_if
                if answers.get(parent) not in indexes:
                    continue
            if item.safety or not item.scored and rng.random() < 0.5:
                if item.safety:
                    answers[item.key] = 0
                continue
            top = len(item.options) - 1
            answers[item.key] = min(top, max(0, round(rng.gauss(severity * top, 0.8))))
        return answers

    def pick(self, code: str, wanted: int, rng: random.Random) -> tuple:
        """An answer set scoring `wanted`, else the nearest score there is."""
        found = self.by_score[code]
        if wanted not in found:
            wanted = min(found, key=lambda s: (abs(s - wanted), s))
        return rng.choice(found[wanted])


# --- the clinic and its responses ----------------------------------------------------------------


def _trajectory(rng: random.Random, code: str, maximum: int) -> tuple[float, float, float]:
    """(intake score, score after ~12 weeks, noise) of one client on one instrument."""
    if code == "cssrs":
        return 0.0, 0.0, 0.0
    intake = {"phq9": (13, 5), "gad7": (11, 4), "bam": (2, 2.5), "auditc": (6, 3)}[code]
    start = min(maximum, max(0.0, rng.gauss(*intake)))
    if rng.random() < 0.75:
        end = start * rng.uniform(0.15, 0.6)
    else:
        end = min(maximum, start + rng.uniform(-1, 5))
    return start, end, {"phq9": 2.0, "gad7": 1.8, "bam": 1.0, "auditc": 1.0}[code]


def build_rows(plan, now: datetime, rng: random.Random) -> tuple[list, list, dict]:
    """(schedule rows, response rows, facts) for gen_schedule's plan, whose enrollments it
    ends now and then (one in twenty, discharged 1-60 days ago)."""
    from server.measures import instruments
    from server.measures import services as measures
    from server.programs import recurrence

    maker = _Responses(rng, now, plan)
    zones = {row[0]: row[2] for row in plan.rows["program"]}
    set_at = now - timedelta(days=BACK_DAYS + 14)
    schedules: list[tuple] = []
    track_rules: dict[int, list[dict]] = {}
    for n, (track, program, _name, _active) in enumerate(plan.rows["track"]):
        if n % 10 == 9:
            track_rules[track] = [dict(r, client=None, track=track) for r in OWN_TRACK_RULES]
            schedules += [_schedule_row(program, r, set_at) for r in track_rules[track]]
    ended = own_clients = 0
    enrollments = plan.rows["enrollment"]
    for n, (eid, client, track, program, starts_on, _ends, _status) in enumerate(enrollments):
        tz = zones[program]
        today = now.astimezone(recurrence.zone(tz)).date()
        ends_on = None
        if n % 20 == 7:
            ends_on = today - timedelta(days=rng.randint(1, 60))
            enrollments[n] = (eid, client, track, program, starts_on, ends_on, "discharged")
            ended += 1
        own: list[dict] = []
        if n % 50 == 11:
            own = [dict(r, client=client, track=None) for r in OWN_CLIENT_RULES]
            schedules += [_schedule_row(program, r, set_at) for r in own]
            own_clients += 1
        enrollment = {"starts_on": starts_on, "ends_on": ends_on}
        adherence = rng.uniform(0.85, 1.0)
        for rule in measures._effective(track_rules.get(track, []) + own, track, client):
            if measures._asks(rule):
                windows = measures.windows(enrollment, rule, starts_on, today)
                days = _days_answered(rng, windows, adherence, starts_on, today)
                maker.add(instruments.INSTRUMENTS[rule.instrument], client, tz, starts_on, days)
    facts = {"own_clients": own_clients, "own_tracks": len(track_rules), "ended": ended}
    return schedules, maker.rows, facts


def _schedule_row(program: int, rule: dict, at: datetime) -> tuple:
    return (
        program,
        rule["track"],
        rule["client"],
        rule["instrument"],
        rule["at_intake"],
        rule["every_days"],
        rule["at_discharge"],
        rule["window_days"],
        None,
        at,
    )


def _days_answered(rng, windows, adherence: float, starts_on: date, today: date) -> list[tuple]:
    """(local day, due_from) of one client's responses to one rule, oldest first: most windows
    answered, mostly on their first day; now and then one outside any window."""
    days = []
    for window in windows:
        if rng.random() <= adherence:
            day = window.start + timedelta(days=rng.choice((0, 0, 0, 0, 1, 1, 2)))
            days.append((min(day, window.end, today), window.start))
    if rng.random() < 0.15:  # a response nobody asked for, on any day since intake
        extra = starts_on + timedelta(days=rng.randrange(max(1, (today - starts_on).days)))
        inside = [w.start for w in windows if w.start <= extra <= w.end]
        days.append((extra, inside[0] if inside else None))  # as `submit` sets due_from
    return sorted(days, key=lambda d: d[0])


class _Clock:
    """UTC instants of local wall times, each zone and day's midnight cached."""

    def __init__(self):
        from server.programs import recurrence

        self._zone = recurrence.zone
        self._midnights: dict = {}

    def utc(self, tz: str, day: date, minutes: int) -> datetime:
        midnight = self._midnights.get((tz, day))
        if midnight is None:
            noon = datetime(day.year, day.month, day.day, 12, tzinfo=self._zone(tz))
            midnight = datetime(day.year, day.month, day.day, tzinfo=UTC) - noon.utcoffset()
            self._midnights[(tz, day)] = midnight
        return midnight + timedelta(minutes=minutes)


class _Responses:
    """Response rows as `submit` stores them: scores drifting along each client's trajectory,
    `previous_score` and `attention` from the standing response before, a few corrections."""

    def __init__(self, rng: random.Random, now: datetime, plan):
        from server.core.submissions import body_hash
        from server.measures.schemas import ResponseIn
        from server.measures.services import _worth_a_look

        self.body_hash, self.body, self.worth_a_look = body_hash, ResponseIn, _worth_a_look
        self.rng, self.now = rng, now
        self.pool = AnswerPool(rng)
        self.clock = _Clock()
        self.counselor_of = {r[1]: r[2] for r in plan.rows["care_team_member"] if r[3]}
        self.rows: list[tuple] = []

    def add(self, found, client: int, tz: str, starts_on: date, days: list[tuple]) -> None:
        rng = self.rng
        first, later, noise = _trajectory(rng, found.code, found.scales[0].maximum)
        previous = None
        for day, due_from in days:
            submitted = self.clock.utc(tz, day, rng.randint(7 * 60, 22 * 60))
            if submitted + timedelta(minutes=6) > self.now:
                continue
            weeks = (day - starts_on).days / 7
            expected = later + (first - later) * max(0.0, 1 - weeks / IMPROVING_WEEKS)
            wanted = round(rng.gauss(expected, noise)) if noise else 0
            row = self._row(found, client, day, due_from, submitted, previous, wanted, None)
            if rng.random() < 0.005:  # corrected a few minutes later
                self.rows.append(row[:17] + (submitted + timedelta(minutes=5),) + row[18:])
                fixed = wanted + rng.choice((-2, -1, 1, 2))
                at = submitted + timedelta(minutes=6)
                row = self._row(found, client, day, due_from, at, previous, fixed, row[0])
            self.rows.append(row)
            previous = row[7]

    def _row(self, found, client, day, due_from, submitted, previous, wanted, supersedes):
        rng = self.rng
        answers_json, scores_json, points, level, result, answers = self.pool.pick(
            found.code, max(0, wanted), rng
        )
        key = uuid.UUID(int=rng.getrandbits(128), version=4)
        body = self.body(key, found.code, day, answers, supersedes)
        attention = self.worth_a_look(found, result, previous)
        reviewed_at = submitted + timedelta(hours=rng.uniform(2, 72)) if attention else None
        if reviewed_at is not None and reviewed_at > self.now:
            reviewed_at = None
        return (
            key,
            client,
            found.code,
            found.version,
            "en",
            answers_json,
            scores_json,
            points,
            level,
            False,
            previous,
            attention,
            day,
            due_from,
            submitted,
            self.body_hash(body),
            supersedes,
            None,
            self.counselor_of.get(client) if reviewed_at else None,
            reviewed_at,
        )


# --- writing -------------------------------------------------------------------------------------


def sqlite_write(path: str, plan, schedules: list, responses: list, progress) -> None:
    from bench import gen_schedule

    with gen_schedule.sqlite_bulk(path, progress, analyze=False) as connection:
        for table in CLINIC_TABLES:
            gen_schedule.sqlite_insert(
                connection,
                table,
                gen_schedule.COLUMNS[table],
                plan.rows[table],
                lambda chunk, table=table: gen_schedule._sqlite_rows(table, chunk),
                progress,
            )
        # The change-stamp triggers (server/today/stamps.py) would triple the load's time: off
        # for it (their own SQL kept and run again after), then each client's stamp bumped once.
        triggers = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
            ("measure_response",),
        ).fetchall()
        for name, _ in triggers:
            connection.execute(f'DROP TRIGGER "{name}"')
        for table, columns, rows in (
            ("measure_schedule", SCHEDULE_COLUMNS, schedules),
            ("measure_response", RESPONSE_COLUMNS, responses),
        ):
            gen_schedule.sqlite_insert(
                connection,
                table,
                columns,
                rows,
                lambda chunk: [tuple(common.sqlite_value(v) for v in row) for row in chunk],
                progress,
            )
        for _, sql in triggers:
            connection.execute(sql)
        connection.execute(
            "INSERT INTO today_change (client_id, stamp) "
            "SELECT DISTINCT client, random() FROM measure_response WHERE true "
            "ON CONFLICT (client_id) DO UPDATE SET stamp = excluded.stamp"
        )


async def pg_write(url: str, plan, schedules: list, responses: list, progress) -> None:
    import asyncpg

    from bench import gen_schedule

    connection = await asyncpg.connect(url)
    try:
        async with connection.transaction():
            tables = [(t, gen_schedule.COLUMNS[t], plan.rows[t]) for t in CLINIC_TABLES]
            tables += [
                ("measure_schedule", SCHEDULE_COLUMNS, schedules),
                ("measure_response", RESPONSE_COLUMNS, responses),
            ]
            # The per-row change-stamp trigger (server/today/stamps.py) costs ~0.3 ms a row:
            # off for the bulk load, then each client's stamp is bumped once, as it would be.
            await connection.execute("ALTER TABLE measure_response DISABLE TRIGGER today_change")
            for table, columns, rows in tables:
                task = progress.add_task(f"postgres {table}", total=len(rows))
                for i in range(0, len(rows), CHUNK):
                    chunk = rows[i : i + CHUNK]
                    await connection.copy_records_to_table(
                        table, records=chunk, columns=list(columns)
                    )
                    progress.advance(task, len(chunk))
                if columns[0] == "id" and table != "measure_response":  # serial ids given here:
                    await connection.execute(  # the product inserts without: move it past ours
                        f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                        f'(SELECT MAX(id) FROM "{table}"))'
                    )
            await connection.execute("ALTER TABLE measure_response ENABLE TRIGGER today_change")
            await connection.execute(
                "SELECT today_bump(client) FROM (SELECT DISTINCT client FROM measure_response) c"
            )
        # VACUUM as well as ANALYZE: a live clinic's tables are vacuumed by autovacuum, which
        # sets the visibility map the report's index-only scans rely on; a fresh COPY has none.
        task = progress.add_task("postgres VACUUM ANALYZE", total=1)
        await connection.execute("VACUUM ANALYZE")
        progress.advance(task)
    finally:
        await connection.close()
    await gen_schedule.pg_compact(url)


def generate(url: str, now: datetime, built: dict) -> dict:
    """Add the clinic and its responses to a migrated database with the demo; what was made.
    `built` keeps the rows between the two databases of one run (same ids, same `now`)."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
    )

    from bench import gen_schedule
    from server.security.passwords import new_hasher

    started = time.perf_counter()
    sqlite = url.startswith("sqlite:///")
    path = url[len("sqlite:///") :]
    next_ids = (
        gen_schedule.sqlite_next_ids(path) if sqlite else asyncio.run(gen_schedule.pg_next_ids(url))
    )
    columns = [
        TextColumn("{task.description:<28}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    ]
    with Progress(*columns, console=Console(stderr=True)) as progress:
        key = json.dumps(next_ids, sort_keys=True)
        if built.get("key") != key:
            plan = gen_schedule.build(
                gen_schedule.Ids(dict(next_ids)),
                clients=CLIENTS,
                seed=SEED,
                now=now,
                back_days=BACK_DAYS,
                ahead_days=0,
                password_hash=new_hasher().hash(common.DEMO_PASSWORD),
                progress=progress,
            )
            task = progress.add_task("responses", total=1)
            schedules, responses, facts = build_rows(plan, now, random.Random(SEED))
            progress.advance(task)
            built.update(key=key, plan=plan, schedules=schedules, responses=responses, facts=facts)
        plan, schedules, responses = built["plan"], built["schedules"], built["responses"]
        if sqlite:
            sqlite_write(path, plan, schedules, responses, progress)
        else:
            asyncio.run(pg_write(url, plan, schedules, responses, progress))
    return {
        **built["facts"],
        "responses": len(responses),
        "clients": len(plan.rows["enrollment"]),
        "programs": [row[0] for row in plan.rows["program"]],
        "tracks": _tracks_measured(plan.rows["track"]),
        "counselor_email": COUNSELOR_EMAIL,
        "counselor_program": _program_of_counselor(plan, COUNSELOR_EMAIL),
        "generated_at": time.time(),
        "now": now.isoformat(),
        "seconds": round(time.perf_counter() - started, 1),
    }


def _tracks_measured(tracks: list[tuple]) -> list[list[int]]:
    """TRACKS_MEASURED tracks spread over the programs: [program, track] pairs."""
    step = max(1, len(tracks) // TRACKS_MEASURED)
    return [[row[1], row[0]] for row in tracks[::step][:TRACKS_MEASURED]]


def _program_of_counselor(plan, email: str) -> int:
    counselor = next(row[0] for row in plan.rows["account"] if row[1] == email)
    clients = {row[1] for row in plan.rows["care_team_member"] if row[2] == counselor}
    programs = {row[3] for row in plan.rows["enrollment"] if row[1] in clients}
    if len(programs) != 1:
        raise RuntimeError(f"{email}'s clients are in programs {programs}, not one")
    return programs.pop()


# --- cached databases ----------------------------------------------------------------------------


def cache_key() -> str:
    from bench import gen_schedule

    digest = hashlib.sha256()
    for path in sorted((common.ROOT / "server").glob("*/piccolo_migrations/*.py")):
        digest.update(path.relative_to(common.ROOT).as_posix().encode() + path.read_bytes())
    return f"v{GENERATOR_VERSION}s{gen_schedule.GENERATOR_VERSION}_{digest.hexdigest()[:8]}"


def prepare(backend: str, args, now: datetime, built: dict) -> tuple[dict, dict]:
    """The cached database of this backend (generated when missing, stale or --regenerate):
    (the product's env for it, what was generated)."""
    key = cache_key()
    data_dir = OUT / f"b8-{backend}-{key}"
    meta_path = OUT / f"b8-{backend}-{key}.json"
    if backend == "sqlite":
        url = common.sqlite_url(data_dir)
        exists = (data_dir / "companion.db").exists()
    else:
        database = DB_PREFIX + key
        url = common.PG_URL.rsplit("/", 1)[0] + "/" + database
        exists = database in common.pg_databases(DB_PREFIX)
    env = common.product_env(data_dir, PORTS[backend], url)
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else None
    age_h = (time.time() - meta["generated_at"]) / 3600 if meta else None
    if exists and meta and not args.regenerate and age_h <= args.max_age:
        log(f"{backend}: reusing {url} (generated {age_h:.1f} h ago in {meta['seconds']:g}s)")
        return env, meta
    log(f"{backend}: generating {url} ({CLIENTS:,} clients and a year of their questionnaires)")
    for old in OUT.glob(f"b8-{backend}-v*"):  # one cached database per backend
        shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink()
    if backend == "postgres":
        for old in common.pg_databases(DB_PREFIX):
            common.psql(f"DROP DATABASE IF EXISTS {old} WITH (FORCE)")
        common.psql(f"CREATE DATABASE {database}")
    common.fresh_dir(data_dir)
    started = time.perf_counter()
    common.prepare_database(env, f"b8-{backend}")
    prepared = time.perf_counter() - started
    meta = generate(url, now, built)
    meta.update(url=url, prepare_seconds=round(prepared, 1))
    meta["seconds"] = round(time.perf_counter() - started, 1)
    log(
        f"{backend}: migrate + demo {prepared:.1f}s, {meta['responses']:,} responses of "
        f"{meta['clients']:,} clients, {meta['seconds']:g}s in all"
    )
    meta_path.write_text(json.dumps(meta))
    return env, meta


# --- the report as it was before B8: the plain rules, for checking and for the before figure -----

_PLAIN_ENDS = """
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


async def plain_report(user, program_id: int, track_id, start: date, end: date, now: datetime):
    """outcomes.report as it was before B8 (commit of 2026-12-07), its queries and walks
    verbatim; the rows of the answer (OutcomeRow) through today's `outcomes._row`."""
    from server.accounts import services as accounts
    from server.measures import outcomes
    from server.measures import services as measures
    from server.measures.instruments import INSTRUMENTS
    from server.measures.tables import MeasureResponse, MeasureSchedule
    from server.programs import recurrence
    from server.programs.tables import Enrollment, Program

    program = await Program.select(Program.timezone).where(Program.id == program_id).first()
    counselor = 0 if user.role == "admin" else user.id
    ends = await MeasureResponse.raw(
        _PLAIN_ENDS,
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
    first, last = start, min(end, today - timedelta(days=1))
    due: dict[str, int] = {}
    done: dict[str, int] = {}
    if last >= first:
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
        clients = [e["client"] for e in enrollments]
        answered = set()
        if clients:
            rows = await MeasureResponse.select(
                MeasureResponse.client, MeasureResponse.instrument, MeasureResponse.due_from
            ).where(
                MeasureResponse.due_from.is_not_null()
                & (MeasureResponse.due_from >= first - timedelta(days=14))
                & (MeasureResponse.due_from <= last)
                & MeasureResponse.client.is_in(clients)
            )
            answered = {(r["client"], r["instrument"], _as_day(r["due_from"])) for r in rows}
        for enrollment in enrollments:
            enrollment = {
                **enrollment,
                "starts_on": _as_day(enrollment["starts_on"]),
                "ends_on": _as_day(enrollment["ends_on"]),
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
    pairs = [
        {
            "instrument": e["instrument"],
            "intake": e["intake"],
            "latest": e["latest"],
            "twice": e["n"] >= 2,
            "clients": 1,
        }
        for e in ends
    ]
    return [
        outcomes._row(code, [p for p in pairs if p["instrument"] == code], due, done, "en")
        for code in INSTRUMENTS
    ]


def _as_day(value):
    return date.fromisoformat(value) if isinstance(value, str) else value


# --- in-process: the product's report against the plain rules, timed side by side ---------------


async def _compare(url: str, cases: dict, rounds: int, plain_rounds: int) -> dict:
    """For each case: the product's rows equal the plain rules' (else the run stops), and the
    milliseconds of each (wall, and CPU of this process: with SQLite the query runs here)."""
    from server.accounts.services import SignedInUser
    from server.accounts.tables import Account
    from server.core import db
    from server.measures import outcomes

    async with db.connected(url):
        users = {}
        for email in (ADMIN_EMAIL, COUNSELOR_EMAIL):
            row = await Account.select().where(Account.email == email).first()
            users[email] = SignedInUser(
                id=row["id"],
                email=email,
                display_name=row["display_name"],
                role=row["role"],
                timezone=row["timezone"],
                locale="en-US",
            )
        now = datetime.now(UTC)
        results = {}
        for name, (email, program, track, start, end) in cases.items():
            user, start, end = users[email], date.fromisoformat(start), date.fromisoformat(end)
            new = await outcomes.report(user, program, track, start, end, now)
            old = await plain_report(user, program, track, start, end, now)
            if new.rows != old:
                raise RuntimeError(
                    f"{name}: the report differs from the plain rules:\n{new.rows}\n{old}"
                )
            times: dict[str, list] = {"new": [], "plain": [], "new_cpu": [], "plain_cpu": []}
            for n in range(rounds):
                runs = [("new", outcomes.report)]
                if n < plain_rounds:
                    runs.append(("plain", plain_report))
                for label, run in runs:  # interleaved: a busy moment hits both alike
                    started, used = time.perf_counter(), time.process_time()
                    await run(user, program, track, start, end, now)
                    times[label].append((time.perf_counter() - started) * 1000)
                    times[label + "_cpu"].append((time.process_time() - used) * 1000)
            results[name] = {
                "rows": [
                    [r.instrument, r.clients, r.measured_twice, r.windows_due, r.windows_done]
                    for r in new.rows
                ],
                **{f"{k}_ms": round(statistics.median(v), 2) for k, v in times.items()},
                "new_p95_ms": round(_percentile(times["new"], 95), 2),
                "rounds": rounds,
                "plain_rounds": plain_rounds,
            }
        return results


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def compare(env: dict, cases: dict, rounds: int, plain_rounds: int) -> dict:
    """The comparison in a subprocess pinned to the server's core (the server stopped)."""
    out = subprocess.run(
        [
            "taskset",
            "-c",
            common.SERVER_CPU,
            sys.executable,
            __file__,
            "--compare",
            json.dumps(
                {
                    "url": env["COMPANION_DATABASE_URL"],
                    "cases": cases,
                    "rounds": rounds,
                    "plain_rounds": plain_rounds,
                }
            ),
        ],
        env={**os.environ, **env},
        cwd=common.ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def calibration() -> float:
    """Milliseconds of a fixed pure-Python loop on the server's core: how fast (and how free)
    this machine's core 0 is right now, printed beside the figures."""
    code = "import time; t = time.perf_counter(); sum(i * i for i in range(2_000_000)); print((time.perf_counter() - t) * 1000)"
    runs = [
        float(
            subprocess.run(
                ["taskset", "-c", common.SERVER_CPU, sys.executable, "-c", code],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for _ in range(3)
    ]
    return statistics.median(runs)


# --- served: wrk -----------------------------------------------------------------------------------


def measure(label: str, port: int, paths: list[str], headers: list[str], args):
    from bench import b5_review

    url = f"http://{common.HOST}:{port}{paths[0]}"
    kwargs = dict(
        connections=args.connections,
        headers=headers,
        script=SCRIPT,
        env={"B5_PATHS": ",".join(paths)},
        timeout="10s",
    )
    log(f"{label}: warm-up {args.warmup:g}s")
    common.run_wrk(f"b8-{label}-warmup", url, duration=args.warmup, **kwargs)
    load = Path("/proc/loadavg").read_text().split()[0]
    log(f"{label}: measuring {args.duration:g}s (load average {load})")
    return b5_review.parse_lua(common.run_wrk(f"b8-{label}", url, duration=args.duration, **kwargs))


def case_paths(meta: dict, start: date, end: date) -> dict[str, tuple[str, list[str]]]:
    """Each case: (who asks, the paths wrk rotates over)."""
    span = f"start={start}&end={end}"
    base = "/api/counselor/outcomes"
    return {
        "program": (ADMIN_EMAIL, [f"{base}?program={p}&{span}" for p in meta["programs"]]),
        "track": (ADMIN_EMAIL, [f"{base}?program={p}&track={t}&{span}" for p, t in meta["tracks"]]),
        "caseload": (COUNSELOR_EMAIL, [f"{base}?program={meta['counselor_program']}&{span}"]),
    }


def check_answers(port: int, cookie: str, name: str, paths: list[str]) -> dict:
    """Each path answers 200 with clients measured (an empty report is fast and measures
    nothing); the CSV of the first says the same clients. The first answer, decoded."""
    first = None
    for path in paths:
        status, _, body = common.http_request(
            port, "GET", path, headers={"Cookie": cookie}, timeout=60
        )
        if status != 200:
            raise RuntimeError(f"{name}: GET {path} answered {status}: {body[:300]!r}")
        report = json.loads(body)
        measured = sum(r["clients"] for r in report["rows"])
        if not measured or not sum(r["windows_due"] for r in report["rows"]):
            raise RuntimeError(f"{name}: GET {path} measured nobody: {report['rows']}")
        first = first or report
    csv_path = paths[0].replace("/outcomes?", "/outcomes.csv?")
    status, _, body = common.http_request(
        port, "GET", csv_path, headers={"Cookie": cookie}, timeout=60
    )
    lines = body.decode().splitlines()
    if status != 200 or len(lines) != 1 + len(first["rows"]):
        raise RuntimeError(f"{name}: GET {csv_path} answered {status}: {body[:300]!r}")
    if [line.split(",")[1] for line in lines[1:]] != [str(r["clients"]) for r in first["rows"]]:
        raise RuntimeError(f"{name}: the CSV's clients differ from the JSON's:\n{body.decode()}")
    return first


def run_backend(backend: str, env: dict, meta: dict, args, start: date, end: date) -> dict:
    """The served runs of one backend: the cases and the reference, each after a warm-up."""
    port = PORTS[backend]
    paths = case_paths(meta, start, end)
    runs = {}
    if backend == "postgres":
        common.pin_postgres({int(common.CLIENT_CPU)})
    try:
        with common.product_server(f"b8-{backend}", env):
            cookies = {}
            for email in {paths[c][0] for c in args.cases}:
                csrf, session = common.sign_in(
                    port, email, factors_at=env["COMPANION_DATABASE_URL"]
                )
                cookies[email] = common.me_cookie(csrf, session)
            answers = {}
            for name in args.cases:
                email, case = paths[name]
                answers[name] = check_answers(port, cookies[email], f"{backend} {name}", case)
            runs["healthz"] = measure(f"{backend}-healthz", port, ["/healthz"], [], args)
            for name in args.cases:
                email, case = paths[name]
                runs[name] = measure(
                    f"{backend}-{name}", port, case, [f"Cookie: {cookies[email]}"], args
                )
    finally:
        if backend == "postgres":
            common.pin_postgres(set(range(os.cpu_count() or 1)))
    return {"runs": runs, "answers": answers}


# --- the command -----------------------------------------------------------------------------------


def main() -> int:
    parser = common.wrk_arguments(__doc__)
    parser.add_argument(
        "--database",
        choices=("sqlite", "postgresql", "both"),
        help="which databases (default both; --backends sqlite,postgres says the same)",
    )
    parser.add_argument(
        "--connections",
        type=int,
        default=CONNECTIONS,
        help=f"wrk -c (default {CONNECTIONS}: one person asking at a time)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="rounds; the round with the median p95 is reported (of an even number, the worse)",
    )
    parser.add_argument(
        "--cases", default=",".join(CASES), help="comma list: program,track,caseload"
    )
    parser.add_argument("--regenerate", action="store_true", help="generate even if cached")
    parser.add_argument(
        "--max-age", type=float, default=20.0, help="hours a cached database is reused (default 20)"
    )
    parser.add_argument("--drop", action="store_true", help="drop the cached B8 databases and exit")
    parser.add_argument(
        "--no-check",
        action="store_true",
        help="skip the in-process comparison with the plain rules",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=20,
        help="in-process rounds of the product's report per case (default 20)",
    )
    parser.add_argument("--compare", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.compare:
        spec = json.loads(args.compare)
        result = asyncio.run(
            _compare(spec["url"], spec["cases"], spec["rounds"], spec["plain_rounds"])
        )
        print(json.dumps(result))
        return 0
    args.warmup = args.warmup if args.warmup is not None else max(3.0, args.duration / 4)
    OUT.mkdir(parents=True, exist_ok=True)
    if args.drop:
        common.drop_cached(DB_PREFIX, "b8-*-v*")
        return 0
    args.cases = [c for c in args.cases.split(",") if c]
    if not args.cases or set(args.cases) - set(CASES):
        parser.error(f"--cases: pick from {','.join(CASES)}")
    if args.database is None:
        backends = [b for b in ("sqlite", "postgres") if b in args.backends.split(",")]
    elif args.database == "both":
        backends = ["sqlite", "postgres"]
    else:
        backends = ["postgres" if args.database == "postgresql" else "sqlite"]
    began = time.perf_counter()
    now = datetime.now(UTC)
    built: dict = {}
    prepared = {b: prepare(b, args, now, built) for b in backends}
    built.clear()
    end = datetime.now(UTC).date()
    start = end - timedelta(days=YEAR_DAYS)
    rounds: dict[str, list[dict]] = {b: [] for b in backends}
    compared = {}
    for round_ in range(1, args.repeat + 1):
        for backend in backends:
            env, meta = prepared[backend]
            log(f"{backend}: round {round_} of {args.repeat}")
            rounds[backend].append(run_backend(backend, env, meta, args, start, end))
            if round_ == 1 and not args.no_check:
                log(f"{backend}: in-process, the product's report against the plain rules")
                plain_rounds = 1 if backend == "postgres" else 3
                cases = _compared_cases(meta, args.cases, start, end)
                compared[backend] = compare(env, cases, args.rounds, plain_rounds)
    served = {b: _median_runs(rs) for b, rs in rounds.items()}
    report(args, prepared, served, rounds, compared, start, end, time.perf_counter() - began)
    return 0 if all(g[3] == "PASS" for g in goals(args, served)) else 1


def _compared_cases(meta: dict, names: list[str], start: date, end: date) -> dict:
    """The first path of each case, as the in-process comparison takes it."""
    subjects = {
        "program": (ADMIN_EMAIL, meta["programs"][0], None),
        "track": (ADMIN_EMAIL, *meta["tracks"][0]),
        "caseload": (COUNSELOR_EMAIL, meta["counselor_program"], None),
    }
    return {name: [*subjects[name], str(start), str(end)] for name in names}


def _median_runs(results: list[dict]) -> dict:
    """Per case, the round with the median p95 (of two, the worse)."""
    return {
        name: sorted((r["runs"][name] for r in results), key=lambda run: run.p95)[len(results) // 2]
        for name in results[0]["runs"]
    }


def goals(args, served: dict) -> list[list]:
    rows = []
    for backend, runs in served.items():
        for name in args.cases:
            r = runs[name]
            rows.append(
                [
                    backend,
                    f"{name} p95 <= {GOAL_P95_MS:g} ms",
                    f"{r.p95:.2f} ms",
                    common.verdict(r.p95 <= GOAL_P95_MS),
                ]
            )
            rows.append(
                [
                    backend,
                    f"{name} zero errors",
                    str(r.wrk.errors),
                    common.verdict(r.wrk.errors == 0),
                ]
            )
    return rows


def report(args, prepared, served, rounds, compared, start, end, seconds) -> None:
    print()
    common.print_machine()
    print(
        f"calibration: {calibration():.0f} ms for a fixed pure-Python loop on core "
        f"{common.SERVER_CPU} (load average {Path('/proc/loadavg').read_text().split()[0]}); "
        "each database's /healthz on the same server is the reference below"
    )
    print(
        f"B8: GET /api/counselor/outcomes, {start}..{end}; one uvicorn worker on core "
        f"{common.SERVER_CPU}, wrk -t1 -c{args.connections} --latency on core {common.CLIENT_CPU}, "
        f"{args.duration:g}s measured after {args.warmup:g}s warm-up, {args.repeat} round(s) (the "
        "round with the median p95 shown); latencies in ms (wrk's Lua done()); x healthz: the "
        "case's percentile over /healthz's in the same round"
    )
    rows = []
    for backend, runs in served.items():
        reference = runs["healthz"]
        for name, r in runs.items():
            ratio = ""
            if name != "healthz":
                ratio = " / ".join(
                    f"{getattr(r, p) / getattr(reference, p):.0f}" for p in ("p50", "p95", "p99")
                )
            per_round = " ".join(f"{x['runs'][name].p95:.0f}" for x in rounds[backend])
            rows.append(
                [
                    f"{backend} {name}",
                    f"{r.wrk.requests:,}",
                    f"{r.wrk.rps:,.1f}",
                    f"{r.mean:.2f}",
                    f"{r.p50:.2f}",
                    f"{r.p95:.2f}",
                    f"{r.p99:.2f}",
                    f"{r.max:.1f}",
                    ratio,
                    per_round,
                    sum(x["runs"][name].wrk.errors for x in rounds[backend]),
                ]
            )
    headers = ["case", "requests", "req/s", "mean", "p50", "p95", "p99", "max"]
    headers += ["x healthz p50 / p95 / p99", "p95 per round", "errors"]
    print(common.table(headers, rows))
    print()
    gen = [
        [
            backend,
            f"{meta['clients']:,}",
            f"{meta['responses']:,}",
            meta["own_tracks"],
            meta["own_clients"],
            meta["ended"],
            f"{meta['seconds']:g}",
        ]
        for backend, (_, meta) in prepared.items()
    ]
    headers = ["database", "clients", "responses", "tracks with own schedule"]
    headers += ["clients with own", "ended enrollments", "generated in s"]
    print(common.table(headers, gen))
    if compared:
        print()
        print(
            "In-process on the same database (core 0, server stopped; medians, ms; CPU: this "
            "process's, so SQLite's work is in it and PostgreSQL's is not): the product's report "
            "against the plain rules (the report before B8), checked equal first"
        )
        crow = []
        for backend, results in compared.items():
            for name, r in results.items():
                crow.append(
                    [
                        f"{backend} {name}",
                        f"{r['new_ms']:.1f} / {r['new_p95_ms']:.1f}",
                        f"{r['new_cpu_ms']:.1f}",
                        f"{r['plain_ms']:.0f}",
                        f"{r['plain_cpu_ms']:.0f}",
                        f"{r['plain_ms'] / r['new_ms']:.0f}",
                        f"{r['rounds']} / {r['plain_rounds']}",
                        " ".join(f"{row[0]}:{row[1]}/{row[3]}" for row in r["rows"]),
                    ]
                )
        headers = ["case", "new p50 / p95", "new CPU", "plain", "plain CPU", "plain / new"]
        headers += ["rounds new / plain", "clients / windows due"]
        print(common.table(headers, crow))
    print()
    print(common.table(["backend", "goal", "measured", "verdict"], goals(args, served)))
    print(f"\n(the whole run took {seconds:.0f} s)")


if __name__ == "__main__":
    sys.exit(main())
