"""Add daily check-ins in bulk to a generated clinic, for benchmarking the counselor's review queue.

    .venv/bin/python bench/gen_checkins.py DATABASE_URL [--checkins 1000000] [--prepare] [--clients 10000]
                                           [--days 200] [--seed 2026] [--analyze]

DATABASE_URL has the form of COMPANION_DATABASE_URL. The database must hold the clinic of
bench/gen_schedule.py (with --prepare this script runs `companion migrate`, `companion demo` and
gen_schedule first, into a fresh database).

What it adds (deterministic for a seed and a day):

- one counselor, `b5-counselor@clinic.example` ("Bench Counselor", the demo password like every
  generated account), who becomes the primary counselor of exactly 50 generated clients of the
  first program (CASELOAD): each one's care team is that counselor alone (one `care_team_member`
  row, `is_primary`, replacing gen_schedule's; every counselor view is scoped by care teams), and
  wave 1's retired `client_profile.primary_counselor` is set to match;
- those 50 clients check in about daily since their enrollment started (each with their own
  adherence, 75-98% of days): the same rows whatever the total, so the endpoints B5 measures
  (bench/b5_review.py) have the same work to do on a 100,000- and a 1,000,000-row table;
- the rest of the N check-ins spread over the other generated clients in the past --days days:
  one episode each (70% still going today, the others ended earlier), with its own adherence
  (60-95% of its days); the episodes' lengths are scaled so the total is exactly N;
- believable values: a mood (1-5) and a craving (0-10) around the client's own baselines, which
  drift better over the episode; some use (1-12% of days, per client) with substances; rare
  safety concerns (0.2% of days, 1% for one client in twenty); medication, sleep, triggers, what
  helped, sometimes a note; submitted in the client's evening (local day in their time zone);
- at most one check-in per client per day, as the product stores them (checked before writing),
  never updated by a later one (revisions 0);
- risk as the product computes it with the default policy: safety concern -> urgent; use or
  craving >= 8 -> high; else normal;
- reviews by the client's primary counselor: urgent ones within 0.2-4 h, high within 2-24 h,
  normal within 6-72 h, unless that is still in the future (the realistic unreviewed tail of the
  last days) or the check-in is one of the 2% of normal ones nobody ever reviews; one reviewed
  urgent or high check-in in three gets a counselor's note.

Rows are written like gen_schedule's: sqlite3 executemany in one transaction, asyncpg
copy_records_to_table (then ANALYZE) on PostgreSQL. The check-in table's columns are read from
the database and filled by name (CHECKIN_FIELDS, after server/checkins/tables.py: risk_rank and
the body_hash `submit` would store included), so a column this script does not know must be
nullable or have a default.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import random
import sqlite3
import sys
import time as clock
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import msgspec  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn  # noqa: E402

from bench import common, gen_schedule  # noqa: E402
from server.checkins.schemas import CheckinIn  # noqa: E402
from server.checkins.tables import RISK_RANK  # noqa: E402
from server.programs import recurrence  # noqa: E402

# Bump whenever the generated check-ins change: bench/b5_review.py keys its cache on it.
# 2: the bench counselor's caseload is their clients' care teams (care_team_member), not only
# client_profile.primary_counselor, which nothing reads since the care teams; and the random
# draws no longer depend on the time the generator runs.
# 3: one check-in per client per day (the unique (client, local_date) index): checked before
# writing; answers_risk filled like `submit` fills it, never updated (revisions 0).
GENERATOR_VERSION = 3
TABLE = "checkin"
CASELOAD = 50
COUNSELOR_EMAIL = f"b5-counselor@{gen_schedule.DOMAIN}"
COUNSELOR_NAME = "Bench Counselor"
CHUNK = 50_000
_encode = msgspec.json.encode  # what the product stores lists with (compact JSON)
UTC = timezone.utc
SUBSTANCES = (
    "alcohol",
    "alcohol",
    "alcohol",
    "cannabis",
    "opioids",
    "stimulants",
    "benzodiazepines",
)
TRIGGERS = (
    "stress",
    "work",
    "family",
    "loneliness",
    "boredom",
    "pain",
    "friends",
    "payday",
    "argument",
    "poor sleep",
    "celebration",
    "cravings at night",
)
HELPED = (
    "",
    "",
    "",
    "called my sponsor",
    "went for a walk",
    "meeting",
    "breathing exercise",
    "talked to my sister",
    "gym",
    "journaling",
    "played guitar",
    "urge surfing",
)
NOTES = (
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "",
    "rough day at work",
    "slept badly",
    "good day overall",
    "argument at home, handled it",
    "felt proud today",
    "tired but ok",
)
COUNSELOR_NOTES = (
    "Thanks for being honest. Let's talk about it on Thursday.",
    "I called you; please call back when you can.",
    "Good use of your coping plan. Keep it up.",
    "Let's add this trigger to your plan at our next session.",
)


@dataclass
class Client:
    id: int
    counselor: int | None
    tz: str
    starts_on: date | None


# --- reading the clinic ------------------------------------------------------------------------

# Each generated client with their primary counselor (the care team's primary member).
_CLIENTS_SQL = (
    "SELECT a.id, t.counselor, a.timezone, (SELECT MIN(e.starts_on) FROM enrollment e WHERE e.client = a.id) "
    "FROM account a LEFT JOIN care_team_member t ON t.client = a.id AND t.is_primary "
    f"WHERE a.role = 'client' AND a.email LIKE '%@{gen_schedule.DOMAIN}' ORDER BY a.id"
)
# The caseload's care teams: the bench counselor alone, as primary (added when the account was).
_TEAM_DELETE = "DELETE FROM care_team_member WHERE client = {}"
_TEAM_INSERT = "INSERT INTO care_team_member (client, counselor, is_primary, added_at) VALUES ({}, {}, TRUE, {})"
_CASELOAD_SQL = "SELECT COUNT(*) FROM care_team_member WHERE counselor = {}"
_COLUMNS_SQLITE = f"SELECT name, type, \"notnull\", dflt_value FROM pragma_table_info('{TABLE}')"
_COLUMNS_PG = (
    "SELECT column_name, data_type, is_nullable = 'NO', column_default FROM information_schema.columns "
    f"WHERE table_name = '{TABLE}' AND table_schema = current_schema() ORDER BY ordinal_position"
)


def _as_date(value) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) else value


# --- building the rows -----------------------------------------------------------------------


class _LocalClock:
    """UTC instants of local wall times, with the offsets cached per zone and day."""

    def __init__(self):
        self._offsets: dict[tuple[str, date], timedelta] = {}

    def utc(self, tz_name: str, day: date, minutes: int) -> datetime:
        key = (tz_name, day)
        offset = self._offsets.get(key)
        if offset is None:
            noon = datetime.combine(day, time(12), tzinfo=recurrence.zone(tz_name))
            offset = self._offsets[key] = noon.utcoffset()
        return (
            datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(minutes=minutes) - offset
        )


def _episode_days(
    rng: random.Random, today: date, first: date, span: int, count: int
) -> list[date]:
    """`count` distinct days among the `span` days ending `today` (not before `first`), oldest first."""
    offsets = rng.sample(range(span), count)
    offsets.sort(reverse=True)
    return [today - timedelta(days=o) for o in offsets if today - timedelta(days=o) >= first]


def _allocate(
    rng: random.Random, others: list[Client], total: int, days: int, today: date
) -> list[tuple]:
    """(client, episode end, span days, check-ins) for each other client, summing to `total`."""
    episodes = []
    for client in others:
        end = today if rng.random() < 0.7 else today - timedelta(days=rng.randrange(1, days))
        room = (end - (today - timedelta(days=days - 1))).days + 1  # days available up to the end
        episodes.append([client, end, room, rng.uniform(14, days), rng.uniform(0.6, 0.95)])
    possible = sum(int(room * adherence) for _, _, room, _, adherence in episodes)
    if total > possible:
        raise SystemExit(
            f"{total:,} check-ins do not fit {len(others):,} clients over {days} days "
            f"(at most {possible:,} with these adherences): more days or clients"
        )

    def planned(scale: float) -> int:
        return sum(
            int(min(room, length * scale) * adherence) for _, _, room, length, adherence in episodes
        )

    low, high = 0.0, float(days)
    for _ in range(60):  # bisection on the episodes' length scale
        middle = (low + high) / 2
        low, high = (middle, high) if planned(middle) < total else (low, middle)
    out = []
    for client, end, room, length, adherence in episodes:
        span = max(1, round(min(room, length * high)))
        out.append([client, end, span, min(span, int(span * adherence))])
    # Exactly `total`: add or remove single check-ins where there is room.
    diff = total - sum(e[3] for e in out)
    step = 1 if diff > 0 else -1
    while diff:
        e = out[rng.randrange(len(out))]
        if (step > 0 and e[3] < e[2]) or (step < 0 and e[3] > 0):
            e[3] += step
            diff -= step
    return [tuple(e) for e in out]


def _history(
    rng: random.Random,
    clock_: _LocalClock,
    client: Client,
    day_list: list[date],
    now: datetime,
    rows: list[dict],
) -> None:
    """A client's check-ins on `day_list` (oldest first), appended to `rows` as field dicts."""
    if not day_list:
        return
    mood0 = rng.uniform(2.0, 4.0)
    craving0 = rng.uniform(1.0, 7.5)
    use_rate = rng.uniform(0.01, 0.12)
    safety_rate = 0.01 if rng.random() < 0.05 else 0.002
    medication = rng.choice(("yes", "yes", "no", "not_prescribed", "not_prescribed"))
    substance = rng.choice(SUBSTANCES)
    sleep0 = rng.uniform(5.5, 8.0)
    evening = rng.randint(17 * 60, 21 * 60)
    n = len(day_list)
    for i, day in enumerate(day_list):
        progress = i / n  # things get a bit better over an episode
        used = rng.random() < use_rate * (1.3 - 0.6 * progress)
        craving = min(
            10,
            max(
                0, round(rng.gauss(craving0 * (1.15 - 0.4 * progress) + (2.5 if used else 0), 1.6))
            ),
        )
        mood = min(5, max(1, round(rng.gauss(mood0 + 0.6 * progress - (0.8 if used else 0), 0.8))))
        safety = rng.random() < safety_rate
        submitted = clock_.utc(client.tz, day, evening + rng.randint(-90, 150))
        # Drawn whatever the clock says: a draw made only when a time is past `now` would shift
        # every later row, so databases made minutes apart would hold different caseloads.
        since_morning, never_reviewed = rng.random(), rng.random() < 0.02
        counselor_note = rng.choice(COUNSELOR_NOTES) if rng.random() < 0.33 else ""
        if submitted > now:  # today's, and its evening is still ahead: sent since 08:00 instead
            morning = clock_.utc(client.tz, day, 8 * 60)
            submitted = morning + (now - morning) * since_morning
        risk = "urgent" if safety else "high" if used or craving >= 8 else "normal"
        delay_h = (
            rng.uniform(0.2, 4)
            if risk == "urgent"
            else rng.uniform(2, 24)
            if risk == "high"
            else rng.uniform(6, 72)
        )
        reviewed_at = submitted + timedelta(hours=delay_h)
        if reviewed_at > now or (risk == "normal" and never_reviewed):
            reviewed_at = None
        triggers = (
            rng.sample(TRIGGERS, rng.choice((0, 0, 1, 1, 2, 3))) if craving >= 3 or used else []
        )
        rows.append(
            {
                "id": uuid.UUID(int=rng.getrandbits(128), version=4),
                "client": client.id,
                "local_date": day,
                "submitted_at": submitted,
                "mood": mood,
                "craving": craving,
                "used": used,
                "substances": [substance] if used else [],
                "medication": medication,
                "sleep_hours": max(0.0, min(12.0, round(rng.gauss(sleep0, 1.2) * 2) / 2)),
                "triggers": triggers,
                "helped": rng.choice(HELPED),
                "safety_concern": safety,
                "note": rng.choice(NOTES),
                "risk": risk,
                "reviewed_at": reviewed_at,
                "reviewed_by": client.counselor if reviewed_at else None,
                "counselor_note": counselor_note if reviewed_at and risk != "normal" else "",
            }
        )


def _last_day(now: datetime, tz_name: str) -> date:
    """The last local day with check-ins: today from noon on, else yesterday (nobody has
    checked in for today at 2 a.m.)."""
    return (now.astimezone(recurrence.zone(tz_name)) - timedelta(hours=12)).date()


def build(
    clients: list[Client],
    caseload: list[Client],
    *,
    total: int,
    days: int,
    seed: int,
    now: datetime,
    progress: Progress,
) -> list[dict]:
    """Every check-in to add: the caseload's (independent of `total`), then the others'."""
    local_clock = _LocalClock()
    rows: list[dict] = []
    task = progress.add_task("building check-ins", total=len(clients))
    rng = random.Random(seed)  # the caseload's own stream: the same rows at every size
    for client in caseload:
        today = _last_day(now, client.tz)
        first = max(client.starts_on or today, today - timedelta(days=days - 1))
        span = (today - first).days + 1
        count = round(span * rng.uniform(0.75, 0.98))
        _history(rng, local_clock, client, _episode_days(rng, today, first, span, count), now, rows)
        progress.advance(task)
    if len(rows) > total:
        raise SystemExit(
            f"the caseload alone has {len(rows):,} check-ins: ask for more than {total:,}"
        )
    chosen = {c.id for c in caseload}
    others = [c for c in clients if c.id not in chosen]
    rng = random.Random(seed + 1)
    today = _last_day(now, "America/Denver")
    for client, end, span, count in _allocate(rng, others, total - len(rows), days, today):
        local_end = min(end, _last_day(now, client.tz))
        _history(
            rng,
            local_clock,
            client,
            _episode_days(rng, local_end, date.min, span, count),
            now,
            rows,
        )
        progress.advance(task)
    _check_one_a_day(rows)
    return rows


def _check_one_a_day(rows: list[dict]) -> None:
    """The product stores one check-in per client per day (a later one updates it)."""
    days = {(row["client"], row["local_date"]) for row in rows}
    if len(days) != len(rows):
        raise SystemExit(f"{len(rows) - len(days):,} generated check-ins share a client's day")


# --- writing -----------------------------------------------------------------------------------


def _columns(table_columns: list[tuple]) -> list[str]:
    """The table's columns this script fills; refuses a required column it does not know."""
    known = []
    for name, _type, not_null, default in table_columns:
        if name in CHECKIN_FIELDS:
            known.append(name)
        elif not_null and default is None:
            raise SystemExit(
                f"{TABLE}.{name} is NOT NULL without a default: teach bench/gen_checkins.py "
                f"(CHECKIN_FIELDS) what to put there"
            )
    return known


def _to_pg(value, data_type: str):
    if isinstance(value, list) and data_type in ("json", "jsonb", "text", "character varying"):
        return _encode(value).decode()
    if isinstance(value, uuid.UUID) and data_type in ("text", "character varying"):
        return str(value)
    return value


# What each column holds, by the column's name: a function of the row's field dict.
CHECKIN_FIELDS = {
    "id": lambda r: r["id"],
    "client": lambda r: r["client"],
    "local_date": lambda r: r["local_date"],
    "submitted_at": lambda r: r["submitted_at"],
    "mood": lambda r: r["mood"],
    "craving": lambda r: r["craving"],
    "used": lambda r: r["used"],
    "substances": lambda r: r["substances"],
    "medication": lambda r: r["medication"],
    "sleep_hours": lambda r: r["sleep_hours"],
    "triggers": lambda r: r["triggers"],
    "helped": lambda r: r["helped"],
    "safety_concern": lambda r: r["safety_concern"],
    "note": lambda r: r["note"],
    "risk": lambda r: r["risk"],
    "reviewed_at": lambda r: r["reviewed_at"],
    "reviewed_by": lambda r: r["reviewed_by"],
    "counselor_note": lambda r: r["counselor_note"],
    "risk_rank": lambda r: RISK_RANK[r["risk"]],
    "body_hash": lambda r: _body_hash(r),
    # One check-in a day, never updated by a second one: the latest answers are the only ones.
    "answers_risk": lambda r: r["risk"],
    "revisions": lambda r: 0,
    "updated_at": lambda r: None,
    "submission": lambda r: None,
}


def _body_hash(r: dict) -> str:
    """What server/checkins/services.py `submit` stores: the SHA-256 of the body as msgspec encodes it."""
    body = CheckinIn(
        id=r["id"],
        local_date=r["local_date"],
        mood=r["mood"],
        craving=r["craving"],
        used=r["used"],
        medication=r["medication"],
        sleep_hours=r["sleep_hours"],
        safety_concern=r["safety_concern"],
        substances=r["substances"],
        triggers=r["triggers"],
        helped=r["helped"],
        note=r["note"],
    )
    return hashlib.sha256(_encode(body)).hexdigest()


def sqlite_read(path: str) -> tuple[list[Client], list[tuple], tuple]:
    with sqlite3.connect(path) as connection:
        clients = [
            Client(i, c, tz, _as_date(s)) for i, c, tz, s in connection.execute(_CLIENTS_SQL)
        ]
        columns = list(connection.execute(_COLUMNS_SQLITE))
        template = connection.execute(
            "SELECT password_hash, created_at, (SELECT id FROM account WHERE email = ?) FROM account "
            "WHERE email LIKE 'gen-counselor-%' ORDER BY id LIMIT 1",
            (COUNSELOR_EMAIL,),
        ).fetchone()
    return clients, columns, template


def sqlite_write(
    path: str,
    caseload: list[Client],
    template: tuple,
    rows: list[dict],
    table_columns: list[tuple],
    progress: Progress,
    analyze: bool,
) -> int:
    names = _columns(table_columns)
    getters = [CHECKIN_FIELDS[n] for n in names]
    with gen_schedule.sqlite_bulk(path, progress, analyze) as connection:
        password_hash, created, _ = template
        counselor = connection.execute(
            "INSERT INTO account (email, display_name, role, password_hash, timezone, locale, active, created_at, "
            "password_changed_at) VALUES (?, ?, 'counselor', ?, ?, 'en-US', 1, ?, ?) RETURNING id",
            (COUNSELOR_EMAIL, COUNSELOR_NAME, password_hash, caseload[0].tz, created, created),
        ).fetchone()[0]
        connection.executemany(
            "UPDATE client_profile SET primary_counselor = ? WHERE account = ?",
            [(counselor, c.id) for c in caseload],
        )
        connection.executemany(_TEAM_DELETE.format("?"), [(c.id,) for c in caseload])
        connection.executemany(
            _TEAM_INSERT.format("?", "?", "?"), [(c.id, counselor, created) for c in caseload]
        )
        _check_caseload(connection.execute(_CASELOAD_SQL.format("?"), (counselor,)).fetchone()[0])
        for row in rows[: _caseload_rows(rows, caseload)]:
            if row["reviewed_by"] is not None:
                row["reviewed_by"] = counselor
        gen_schedule.sqlite_insert(
            connection,
            TABLE,
            names,
            rows,
            lambda chunk: [tuple(common.sqlite_value(g(r)) for g in getters) for r in chunk],
            progress,
        )
    return counselor


def _check_caseload(members: int) -> None:
    """The bench counselor is on exactly CASELOAD care teams (else B5 would measure another load)."""
    if members != CASELOAD:
        raise SystemExit(f"{COUNSELOR_EMAIL} is on {members} care teams, not {CASELOAD}")


def _caseload_rows(rows: list[dict], caseload: list[Client]) -> int:
    """The caseload's rows come first in `rows`: how many there are."""
    ids = {c.id for c in caseload}
    n = 0
    while n < len(rows) and rows[n]["client"] in ids:
        n += 1
    return n


async def pg_read(url: str) -> tuple[list[Client], list[tuple], tuple]:
    import asyncpg

    connection = await asyncpg.connect(url)
    try:
        clients = [Client(r[0], r[1], r[2], r[3]) for r in await connection.fetch(_CLIENTS_SQL)]
        columns = [tuple(r) for r in await connection.fetch(_COLUMNS_PG)]
        template = tuple(
            await connection.fetchrow(
                "SELECT password_hash, created_at, (SELECT id FROM account WHERE email = $1) FROM account "
                "WHERE email LIKE 'gen-counselor-%' ORDER BY id LIMIT 1",
                COUNSELOR_EMAIL,
            )
        )
    finally:
        await connection.close()
    return clients, columns, template


async def pg_write(
    url: str,
    caseload: list[Client],
    template: tuple,
    rows: list[dict],
    table_columns: list[tuple],
    progress: Progress,
) -> int:
    import asyncpg

    names = _columns(table_columns)
    types = {name: data_type for name, data_type, _, _ in table_columns}
    getters = [(CHECKIN_FIELDS[n], types[n]) for n in names]
    connection = await asyncpg.connect(url)
    try:
        async with connection.transaction():
            password_hash, created, _ = template
            counselor = await connection.fetchval(
                "INSERT INTO account (email, display_name, role, password_hash, timezone, locale, active, created_at, "
                "password_changed_at) VALUES ($1, $2, 'counselor', $3, $4, 'en-US', true, $5, $5) RETURNING id",
                COUNSELOR_EMAIL,
                COUNSELOR_NAME,
                password_hash,
                caseload[0].tz,
                created,
            )
            await connection.executemany(
                "UPDATE client_profile SET primary_counselor = $1 WHERE account = $2",
                [(counselor, c.id) for c in caseload],
            )
            await connection.executemany(_TEAM_DELETE.format("$1"), [(c.id,) for c in caseload])
            await connection.executemany(
                _TEAM_INSERT.format("$1", "$2", "$3"),
                [(c.id, counselor, created) for c in caseload],
            )
            _check_caseload(await connection.fetchval(_CASELOAD_SQL.format("$1"), counselor))
            for row in rows[: _caseload_rows(rows, caseload)]:
                if row["reviewed_by"] is not None:
                    row["reviewed_by"] = counselor
            task = progress.add_task(f"postgres {TABLE}", total=len(rows))
            for i in range(0, len(rows), CHUNK):
                chunk = rows[i : i + CHUNK]
                records = [tuple(_to_pg(g(r), t) for g, t in getters) for r in chunk]
                await connection.copy_records_to_table(TABLE, records=records, columns=names)
                progress.advance(task, len(chunk))
            if "id" in names and types["id"] in ("integer", "bigint"):
                await connection.execute(
                    f"SELECT setval(pg_get_serial_sequence('{TABLE}', 'id'), (SELECT MAX(id) FROM \"{TABLE}\"))"
                )
        task = progress.add_task("postgres ANALYZE", total=1)
        await connection.execute("ANALYZE")
        progress.advance(task)
    finally:
        await connection.close()
    return counselor


# --- the command ---------------------------------------------------------------------------------


def generate(
    url: str,
    *,
    checkins: int,
    days: int = 200,
    seed: int = 2026,
    analyze: bool = False,
    now: datetime | None = None,
    quiet: bool = False,
) -> dict:
    """Add the B5 counselor, their caseload and `checkins` check-ins; returns what was made."""
    started = clock.perf_counter()
    now = now or datetime.now(UTC)
    sqlite = url.startswith("sqlite:///")
    path = url[len("sqlite:///") :]
    clients, table_columns, template = sqlite_read(path) if sqlite else asyncio.run(pg_read(url))
    if not table_columns:
        raise SystemExit(f"no {TABLE} table in {url}: is the check-in feature migrated?")
    if not clients:
        raise SystemExit(
            f"no generated clients in {url}: run bench/gen_schedule.py first (or --prepare)"
        )
    if template[2] is not None:
        raise SystemExit(
            f"{url} already has {COUNSELOR_EMAIL} and its check-ins; start from a fresh database"
        )
    # The caseload: the first CASELOAD generated clients (all in the first program, America/Denver).
    caseload = clients[:CASELOAD]
    columns = [
        TextColumn("{task.description:<28}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    ]
    with Progress(*columns, disable=quiet, console=Console(stderr=True)) as progress:
        rows = build(
            clients, caseload, total=checkins, days=days, seed=seed, now=now, progress=progress
        )
        if sqlite:
            counselor = sqlite_write(
                path, caseload, template, rows, table_columns, progress, analyze
            )
        else:
            counselor = asyncio.run(
                pg_write(url, caseload, template, rows, table_columns, progress)
            )
    unreviewed = [r for r in rows if r["reviewed_at"] is None]
    caseload_rows = _caseload_rows(rows, caseload)
    return {
        "checkins": len(rows),
        "unreviewed": len(unreviewed),
        "urgent": sum(r["risk"] == "urgent" for r in rows),
        "high": sum(r["risk"] == "high" for r in rows),
        "counselor": counselor,
        "counselor_email": COUNSELOR_EMAIL,
        "caseload": [c.id for c in caseload],
        "caseload_checkins": caseload_rows,
        "caseload_unreviewed": sum(r["reviewed_at"] is None for r in rows[:caseload_rows]),
        "seconds": round(clock.perf_counter() - started, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("url", help="sqlite:///path/companion.db or postgresql://user@host:port/db")
    parser.add_argument(
        "--checkins", type=int, default=1_000_000, help="check-ins in all (default 1000000)"
    )
    parser.add_argument(
        "--prepare",
        action="store_true",
        help="run `companion migrate`, `companion demo` and gen_schedule first",
    )
    parser.add_argument(
        "--clients", type=int, default=10_000, help="clients gen_schedule makes (with --prepare)"
    )
    parser.add_argument(
        "--days", type=int, default=200, help="days of check-in history (default 200)"
    )
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--analyze", action="store_true", help="also ANALYZE a SQLite database")
    args = parser.parse_args()
    started = clock.perf_counter()
    if args.prepare:
        gen_schedule.prepare(args.url)
        counts = gen_schedule.generate(args.url, clients=args.clients, seed=args.seed)
        print(f"clinic generated in {counts.pop('seconds'):.1f}s: {sum(counts.values()):,} rows")
    made = generate(
        args.url, checkins=args.checkins, days=args.days, seed=args.seed, analyze=args.analyze
    )
    print(
        f"check-ins generated in {made['seconds']:.1f}s ({clock.perf_counter() - started:.1f}s in all): "
        f"{made['checkins']:,} check-ins, {made['urgent']:,} urgent, {made['high']:,} high, "
        f"{made['unreviewed']:,} unreviewed"
    )
    print(
        f"counselor {made['counselor_email']} (id {made['counselor']}): {len(made['caseload'])} clients, "
        f"{made['caseload_checkins']:,} check-ins, {made['caseload_unreviewed']:,} unreviewed"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
