"""Fill a migrated IOP Companion database with a large clinic, for benchmarking the schedule.

    .venv/bin/python bench/gen_schedule.py DATABASE_URL [--prepare] [--clients 10000] [--seed 2026]
                                           [--back-days 183] [--ahead-days 183] [--analyze]

DATABASE_URL has the form of COMPANION_DATABASE_URL (`sqlite:///path/companion.db` or
`postgresql://user@host:port/db`). The database must be migrated (`companion migrate`); with
--prepare this script runs `companion migrate` and `companion demo` itself (COMPANION_DEMO_PASSWORD
defaults to bench/common.py's DEMO_PASSWORD), so the demo accounts keep their own realistic
schedule (`server/programs/demo.py`) next to the generated clinic.

What it adds (deterministic for a seed; ids continue after the existing rows):

- programs: ~500 clients each, three in four in America/Denver, the others in America/Chicago;
- counselors: one per ~30 clients of a program, each the primary counselor of ~30 clients (the
  client's care team: one `care_team_member` row, `is_primary`, added when the client's account
  was made; wave 1's retired `client_profile.primary_counselor` is set to the same counselor) and
  the facilitator of their individual sessions;
- tracks of 8-15 clients, alternately "Mon/Wed/Thu 18:00-21:00" and "Tue/Thu/Fri 09:00-12:00"
  (one group series each, 180 minutes, facilitated by a counselor of the program);
- one open-ended active enrollment per client, starting on one of the first six Mondays of the
  window (weekly admissions); a weekly 60-minute individual session per client (Mon-Fri,
  13:00-16:00) from that Monday; a one-off family session ahead for every tenth client;
- occurrences exactly as `server/programs/occurrences.py` materializes them: the UTC instants
  of `recurrence.expand(rrule, local_start, zone, first start, now + ahead)`, track or client
  copied from the series; those on US federal holidays are cancelled the way
  `setup.change_occurrence` does it (status cancelled, detached, sequence 1);
- attendance for every past, not cancelled occurrence, for each client whose enrollment covers
  its local day (mostly present, some late, excused or absent; each client has their own
  reliability), recorded by the facilitator at the session's end.

Accounts (`gen-client-00001@clinic.example`, `gen-counselor-001@clinic.example`, ...) share one
precomputed argon2id hash of the demo password. Rows are written in bulk: sqlite3 executemany
in one transaction on SQLite, asyncpg copy_records_to_table in one transaction on PostgreSQL,
which is then ANALYZEd (autovacuum would do it soon anyway). SQLite is not ANALYZEd unless
--analyze is given, because the product never runs ANALYZE there.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import sqlite3
import subprocess
import sys
import time as clock
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console  # noqa: E402
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn  # noqa: E402

from server.programs import recurrence  # noqa: E402
from server.security.passwords import new_hasher  # noqa: E402

# Bump whenever the generated data changes: bench/b1_throughput.py keys its cache on it.
# 2: each client's primary counselor is also on their care team (care_team_member), which every
# counselor view is scoped by since the care teams.
# Not bumped for attendance.session_start (now written with each mark): the migration that added
# it fills it from the sessions with the same values, so a database of version 2 migrated to
# head (b5_review.py --reuse-cached) holds what a new one would.
GENERATOR_VERSION = 2
DOMAIN = "clinic.example"
CLIENTS_PER_PROGRAM = 500
CLIENTS_PER_COUNSELOR = 30
ZONES = ("America/Denver", "America/Denver", "America/Denver", "America/Chicago")
PATTERNS = (
    ("Evening IOP", recurrence.weekly_rule(["MO", "WE", "TH"]), time(18, 0)),
    ("Morning IOP", recurrence.weekly_rule(["TU", "TH", "FR"]), time(9, 0)),
)
GROUP_MINUTES = 180
INDIVIDUAL_MINUTES = 60
FAMILY_MINUTES = 90
ADMISSION_WEEKS = 6
CHUNK = 20_000
UTC = timezone.utc
# Table -> columns, in insert order (parents first).
COLUMNS = {
    "program": ("id", "name", "timezone", "min_weekly_hours"),
    "account": (
        "id",
        "email",
        "display_name",
        "role",
        "password_hash",
        "timezone",
        "locale",
        "active",
        "created_at",
        "password_changed_at",
    ),
    "client_profile": ("id", "account", "primary_counselor", "sobriety_date", "coping_plan"),
    "care_team_member": ("id", "client", "counselor", "is_primary", "added_at"),
    "track": ("id", "program", "name", "active"),
    "session_series": (
        "id",
        "program",
        "track",
        "client",
        "kind",
        "title",
        "rrule",
        "local_start",
        "duration_minutes",
        "location",
        "video_url",
        "facilitator",
        "ended",
        "version",
        "updated_at",
    ),
    "enrollment": ("id", "client", "track", "program", "starts_on", "ends_on", "status"),
    "session_occurrence": (
        "id",
        "series",
        "track",
        "client",
        "original_start",
        "starts_at",
        "ends_at",
        "status",
        "detached",
        "location",
        "sequence",
    ),
    "attendance": (
        "id",
        "occurrence",
        "client",
        "status",
        "minutes",
        "recorded_by",
        "recorded_at",
        "session_start",
    ),
}
FIRST_NAMES = (
    "Jordan",
    "Maria",
    "Chris",
    "Aisha",
    "Tyler",
    "Nina",
    "Marcus",
    "Emily",
    "Luis",
    "Hannah",
    "Devon",
    "Priya",
    "Kevin",
    "Rosa",
    "Andre",
    "Megan",
    "Omar",
    "Grace",
    "Victor",
    "Lena",
    "Caleb",
    "Tasha",
)
LAST_NAMES = (
    "Lee",
    "Garcia",
    "Walker",
    "Khan",
    "Brooks",
    "Petrov",
    "Hill",
    "Chen",
    "Romero",
    "Price",
    "Nguyen",
    "Patel",
    "Okafor",
    "Reyes",
    "Kowalski",
    "Silva",
    "Baker",
    "Haddad",
    "Murphy",
    "Ito",
    "Diaz",
    "Olsen",
)


# --- what to write, in backend-neutral Python values -------------------------------------------


@dataclass
class Plan:
    now: datetime
    rows: dict[str, list[tuple]] = field(default_factory=lambda: {table: [] for table in COLUMNS})


@dataclass
class Ids:
    """The next free id of every table (explicit ids let children point at parents in bulk)."""

    next: dict[str, int]

    def take(self, table: str) -> int:
        value = self.next[table]
        self.next[table] = value + 1
        return value


def us_holidays(years) -> set[date]:
    """US federal holidays a clinic closes on (fixed dates unshifted)."""

    def nth(year, month, weekday, n):  # n-th weekday of a month; n = -1: the last
        if n > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
        last = date(year, month + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)

    days = set()
    for year in years:
        days |= {
            date(year, 1, 1),
            nth(year, 5, 0, -1),
            date(year, 7, 4),
            nth(year, 9, 0, 1),
            nth(year, 11, 3, 4),
            date(year, 12, 25),
        }
    return days


def build(
    ids: Ids,
    *,
    clients: int,
    seed: int,
    now: datetime,
    back_days: int,
    ahead_days: int,
    password_hash: str,
    progress: Progress,
) -> Plan:
    """Every row to add, with ids continuing from `ids`."""
    rng = random.Random(seed)
    plan = Plan(now=now)
    rows = plan.rows
    window_start, window_end = now - timedelta(days=back_days), now + timedelta(days=ahead_days)
    holidays = us_holidays(range(window_start.year, window_end.year + 1))
    expansions: dict[tuple, list[datetime]] = {}

    def expand(rule: str, local_start: datetime, tz_name: str) -> list[datetime]:
        """recurrence.expand over the series' life as create_series materializes it (from its
        first start), up to the window's end; identical series share one expansion."""
        key = (rule, local_start, tz_name)
        if key not in expansions:
            tz = recurrence.zone(tz_name)
            expansions[key] = recurrence.expand(
                rule, local_start, tz, recurrence.to_utc(local_start, tz), window_end
            )
        return expansions[key]

    n_programs = max(1, round(clients / CLIENTS_PER_PROGRAM))
    sizes = [
        clients // n_programs + (1 if p < clients % n_programs else 0) for p in range(n_programs)
    ]
    task = progress.add_task("building rows", total=clients)
    client_number = counselor_number = 0
    occurrences_by_track: dict[int, list[tuple]] = {}
    for p, size in enumerate(sizes):
        tz_name = ZONES[p % len(ZONES)]
        tz = recurrence.zone(tz_name)
        program = ids.take("program")
        city = "Front Range" if tz_name == "America/Denver" else "Lakeshore"
        rows["program"].append((program, f"{city} IOP site {p + 1}", tz_name, 9.0))
        local_now = now.astimezone(tz)
        first_monday = recurrence.week_start(window_start.astimezone(tz).date()) + timedelta(
            weeks=1
        )
        created = datetime.combine(
            first_monday - timedelta(weeks=2), time(9), tzinfo=tz
        ).astimezone(UTC)
        counselors = []
        for _ in range(max(1, -(-size // CLIENTS_PER_COUNSELOR))):
            account = ids.take("account")
            counselor_number += 1
            counselors.append(account)
            rows["account"].append(
                (
                    account,
                    f"gen-counselor-{counselor_number:04d}@{DOMAIN}",
                    f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                    "counselor",
                    password_hash,
                    tz_name,
                    "en-US",
                    True,
                    created,
                    created,
                )
            )
        # Tracks of 8-15 clients, alternating evening and morning.
        members: list[list[int]] = []
        left = size
        while left > 0:
            take = min(left, rng.randint(8, 15))
            if 0 < left - take < 8 and members:  # no track under 8: the remainder joins this one
                take = left
            members.append(list(range(take)))
            left -= take
        for t, slots in enumerate(members):
            name, rule, at = PATTERNS[t % len(PATTERNS)]
            track = ids.take("track")
            rows["track"].append((track, program, f"{name} {t // len(PATTERNS) + 1}", True))
            facilitator = counselors[t % len(counselors)]
            series = ids.take("session_series")
            local_start = datetime.combine(first_monday, at)
            rows["session_series"].append(
                (
                    series,
                    program,
                    track,
                    None,
                    "group",
                    f"{name} group",
                    rule,
                    local_start,
                    GROUP_MINUTES,
                    f"Suite {100 + p}, {1000 + 10 * p} Main St",
                    "",
                    facilitator,
                    False,
                    0,
                    created,
                )
            )
            group = _occurrences(
                ids,
                rows,
                series,
                track,
                None,
                expand(rule, local_start, tz_name),
                GROUP_MINUTES,
                tz,
                holidays,
            )
            occurrences_by_track[track] = [
                (occ, start, end, facilitator, status) for occ, start, end, status in group
            ]
            for _ in slots:
                client_number += 1
                client = ids.take("account")
                counselor = counselors[(client_number - 1) % len(counselors)]
                starts_on = first_monday + timedelta(weeks=rng.randrange(ADMISSION_WEEKS))
                rows["account"].append(
                    (
                        client,
                        f"gen-client-{client_number:05d}@{DOMAIN}",
                        f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                        "client",
                        password_hash,
                        tz_name,
                        "en-US",
                        True,
                        created,
                        created,
                    )
                )
                sober = (
                    starts_on - timedelta(days=rng.randint(3, 60)) if rng.random() < 0.8 else None
                )
                rows["client_profile"].append(
                    (ids.take("client_profile"), client, counselor, sober, "")
                )
                rows["care_team_member"].append(
                    (ids.take("care_team_member"), client, counselor, True, created)
                )
                rows["enrollment"].append(
                    (ids.take("enrollment"), client, track, program, starts_on, None, "active")
                )
                enrolled_from, _ = recurrence.local_day_bounds(starts_on, tz)
                reliability = rng.uniform(0.6, 1.0)
                # Group attendance on each past session since the enrollment's first day.
                for occ, start, end, by, status in occurrences_by_track[track]:
                    if start >= enrolled_from and end <= now and status == "scheduled":
                        _mark(
                            ids, rows, rng, reliability, occ, start, client, GROUP_MINUTES, by, end
                        )
                # A weekly individual session with the primary counselor, on their first week's day.
                day = rng.randrange(5)
                individual_start = datetime.combine(
                    starts_on + timedelta(days=day), time(rng.randint(13, 16))
                )
                series = ids.take("session_series")
                rule = f"FREQ=WEEKLY;BYDAY={recurrence.DAYS[day]}"
                rows["session_series"].append(
                    (
                        series,
                        program,
                        None,
                        client,
                        "individual",
                        "Individual session",
                        rule,
                        individual_start,
                        INDIVIDUAL_MINUTES,
                        "",
                        f"https://meet.example.org/room-{client}",
                        counselor,
                        False,
                        0,
                        created,
                    )
                )
                for occ, start, end, status in _occurrences(
                    ids,
                    rows,
                    series,
                    None,
                    client,
                    expand(rule, individual_start, tz_name),
                    INDIVIDUAL_MINUTES,
                    tz,
                    holidays,
                ):
                    if end <= now and status == "scheduled":
                        _mark(
                            ids,
                            rows,
                            rng,
                            reliability,
                            occ,
                            start,
                            client,
                            INDIVIDUAL_MINUTES,
                            counselor,
                            end,
                        )
                if client_number % 10 == 0:  # a family session ahead, a one-off
                    family_day = local_now.date() + timedelta(days=rng.randint(2, 20))
                    family_start = datetime.combine(family_day, time(17, 0))
                    series = ids.take("session_series")
                    rows["session_series"].append(
                        (
                            series,
                            program,
                            None,
                            client,
                            "family",
                            "Family session",
                            "",
                            family_start,
                            FAMILY_MINUTES,
                            f"Room 3, Suite {100 + p}",
                            "",
                            counselor,
                            False,
                            0,
                            now,
                        )
                    )
                    _occurrences(
                        ids,
                        rows,
                        series,
                        None,
                        client,
                        expand("", family_start, tz_name),
                        FAMILY_MINUTES,
                        tz,
                        holidays,
                    )
                progress.advance(task)
    return plan


def _occurrences(
    ids: Ids,
    rows,
    series: int,
    track,
    client,
    starts: list[datetime],
    minutes: int,
    tz,
    holidays: set[date],
) -> list[tuple]:
    """Append a series' occurrence rows; returns (id, start, end, status) of each."""
    length = timedelta(minutes=minutes)
    out = []
    append = rows["session_occurrence"].append
    for start in starts:
        occ = ids.take("session_occurrence")
        end = start + length
        if (
            start.astimezone(tz).date() in holidays
        ):  # cancelled on its own, as change_occurrence does
            append((occ, series, track, client, start, start, end, "cancelled", True, None, 1))
            out.append((occ, start, end, "cancelled"))
        else:
            append((occ, series, track, client, start, start, end, "scheduled", False, None, 0))
            out.append((occ, start, end, "scheduled"))
    return out


def _mark(
    ids: Ids,
    rows,
    rng: random.Random,
    reliability: float,
    occurrence: int,
    start: datetime,
    client: int,
    length: int,
    recorded_by: int,
    at: datetime,
) -> None:
    """The demo's mix (server/programs/demo.py), scaled by how reliable the client is. The
    session's start is written with the mark (as the product's trigger would fill it), so that
    SQLite's trigger finds nothing to correct."""
    roll = rng.random()
    if rng.random() > reliability:
        status, minutes = ("excused", 0) if roll < 0.3 else ("absent", 0)
    else:
        status, minutes = (
            ("present", length)
            if roll < 0.78
            else ("late", length - 30)
            if roll < 0.88
            else ("excused", 0)
            if roll < 0.93
            else ("absent", 0)
        )
    rows["attendance"].append(
        (ids.take("attendance"), occurrence, client, status, minutes, recorded_by, at, start)
    )


# --- writing -------------------------------------------------------------------------------------


def _sqlite_value(value):
    """What Piccolo stores in SQLite: UTC text for aware datetimes, str for naive ones, ISO dates."""
    if isinstance(value, datetime):
        return str(value.astimezone(UTC)) if value.tzinfo is not None else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _sqlite_rows(table: str, rows: list[tuple]):
    # Most cells are ints/strings; the datetimes repeat a lot (the same session for a whole track).
    cache: dict = {}

    def convert(value):
        if isinstance(value, (datetime, date, bool)):
            text = cache.get(value)
            if text is None:
                text = cache[value] = _sqlite_value(value)
            return text
        return value

    return [tuple(convert(v) for v in row) for row in rows]


def sqlite_next_ids(path: str) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        return {
            t: connection.execute(f'SELECT COALESCE(MAX(id), 0) + 1 FROM "{t}"').fetchone()[0]
            for t in COLUMNS
        }


@contextlib.contextmanager
def sqlite_bulk(path: str, progress: Progress, analyze: bool):
    """One fast write transaction on a SQLite file, then ANALYZE (when asked) and a checkpoint."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA busy_timeout = 10000")
        connection.execute("PRAGMA cache_size = -262144")  # 256 MiB for the index builds
        connection.execute("PRAGMA synchronous = OFF")
        connection.execute("BEGIN IMMEDIATE")
        yield connection
        connection.execute("COMMIT")
        if analyze:
            task = progress.add_task("sqlite ANALYZE", total=1)
            connection.execute("ANALYZE")
            progress.advance(task)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def sqlite_insert(
    connection, table: str, columns: list[str], rows: list, to_tuples, progress: Progress
) -> None:
    """executemany in chunks of CHUNK rows, `to_tuples(chunk)` giving the values in column order."""
    sql = (
        f'INSERT INTO "{table}" ({", ".join(chr(34) + c + chr(34) for c in columns)}) '
        f"VALUES ({', '.join('?' * len(columns))})"
    )
    task = progress.add_task(f"sqlite {table}", total=len(rows))
    for i in range(0, len(rows), CHUNK):
        chunk = rows[i : i + CHUNK]
        connection.executemany(sql, to_tuples(chunk))
        progress.advance(task, len(chunk))


def sqlite_write(path: str, plan: Plan, progress: Progress, analyze: bool) -> None:
    with sqlite_bulk(path, progress, analyze) as connection:
        for table, columns in COLUMNS.items():
            sqlite_insert(
                connection,
                table,
                columns,
                plan.rows[table],
                lambda chunk, table=table: _sqlite_rows(table, chunk),
                progress,
            )


async def pg_next_ids(url: str) -> dict[str, int]:
    import asyncpg

    connection = await asyncpg.connect(url)
    try:
        return {
            t: await connection.fetchval(f'SELECT COALESCE(MAX(id), 0) + 1 FROM "{t}"')
            for t in COLUMNS
        }
    finally:
        await connection.close()


async def pg_write(url: str, plan: Plan, progress: Progress) -> None:
    import asyncpg

    connection = await asyncpg.connect(url)
    try:
        async with connection.transaction():
            for table, columns in COLUMNS.items():
                rows = plan.rows[table]
                task = progress.add_task(f"postgres {table}", total=len(rows))
                for i in range(0, len(rows), CHUNK * 5):
                    chunk = rows[i : i + CHUNK * 5]
                    await connection.copy_records_to_table(
                        table, records=chunk, columns=list(columns)
                    )
                    progress.advance(task, len(chunk))
                # The product inserts without ids: move each serial past the explicit ones.
                await connection.execute(
                    f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), (SELECT MAX(id) FROM \"{table}\"))"
                )
        task = progress.add_task("postgres ANALYZE", total=1)
        await connection.execute("ANALYZE")
        progress.advance(task)
    finally:
        await connection.close()


# --- the command --------------------------------------------------------------------------------


def prepare(url: str, data_dir: Path | None = None) -> None:
    """`companion migrate` and `companion demo` against `url` (what bench/common.py does)."""
    from bench import common

    env = {**os.environ, "COMPANION_DATABASE_URL": url}
    env.setdefault("COMPANION_DEMO_PASSWORD", common.DEMO_PASSWORD)
    if data_dir is not None:
        env["COMPANION_DATA_DIR"] = str(data_dir)
    elif url.startswith("sqlite:///"):
        env.setdefault("COMPANION_DATA_DIR", str(Path(url[len("sqlite:///") :]).parent))
    for command in ("migrate", "demo"):
        subprocess.run(
            [common.COMPANION, command],
            env=env,
            cwd=common.ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def already_generated(url: str) -> bool:
    query = f"SELECT COUNT(*) FROM account WHERE email LIKE '%@{DOMAIN}'"
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url[len("sqlite:///") :]) as connection:
            return connection.execute(query).fetchone()[0] > 0

    async def pg() -> bool:
        import asyncpg

        connection = await asyncpg.connect(url)
        try:
            return await connection.fetchval(query) > 0
        finally:
            await connection.close()

    return asyncio.run(pg())


async def pg_compact(url: str) -> None:
    """Fold the change stamps the bulk insert's triggers appended, as `companion jobs` would
    within COMPACT_MINUTES (server/today/stamps.py)."""
    import asyncpg

    from server.today.stamps import COMPACT_SQL

    connection = await asyncpg.connect(url)
    try:
        await connection.execute(COMPACT_SQL)
    finally:
        await connection.close()


def generate(
    url: str,
    *,
    clients: int = 10_000,
    seed: int = 2026,
    back_days: int = 183,
    ahead_days: int = 183,
    analyze: bool = False,
    now: datetime | None = None,
    password: str | None = None,
    quiet: bool = False,
) -> dict[str, int]:
    """Add the clinic to a migrated database; returns the row counts added per table."""
    from bench import common

    started = clock.perf_counter()
    now = now or datetime.now(UTC)
    sqlite = url.startswith("sqlite:///")
    if not sqlite and not url.startswith(("postgresql://", "postgres://")):
        raise SystemExit(f"not a COMPANION_DATABASE_URL: {url}")
    if already_generated(url):
        raise SystemExit(
            f"{url} already holds generated accounts (@{DOMAIN}); start from a fresh database"
        )
    password_hash = new_hasher().hash(
        password or os.environ.get("COMPANION_DEMO_PASSWORD") or common.DEMO_PASSWORD
    )
    next_ids = (
        sqlite_next_ids(url[len("sqlite:///") :]) if sqlite else asyncio.run(pg_next_ids(url))
    )
    columns = [
        TextColumn("{task.description:<28}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    ]
    with Progress(*columns, disable=quiet, console=Console(stderr=True)) as progress:
        plan = build(
            Ids(dict(next_ids)),
            clients=clients,
            seed=seed,
            now=now,
            back_days=back_days,
            ahead_days=ahead_days,
            password_hash=password_hash,
            progress=progress,
        )
        if sqlite:
            sqlite_write(url[len("sqlite:///") :], plan, progress, analyze)
        else:
            asyncio.run(pg_write(url, plan, progress))
            asyncio.run(pg_compact(url))
    counts = {table: len(rows) for table, rows in plan.rows.items()}
    counts["seconds"] = round(clock.perf_counter() - started, 1)
    return counts


class _Rollback(Exception):
    pass


async def verify(url: str, plan_now: datetime, samples: int = 200, seed: int = 1) -> int:
    """Run the product's own `occurrences.sync_series` on sampled generated series (recurring
    ones, every group series of a few programs included) inside transactions that are rolled back:
    it must find nothing to add, change or remove. Returns how many series were checked."""
    from server.core import db
    from server.programs import occurrences
    from server.programs.tables import SessionSeries

    async with db.connected(url):
        rows = await SessionSeries.select(SessionSeries.id).where(
            SessionSeries.client.email.like(f"%@{DOMAIN}")
            | SessionSeries.facilitator.email.like(f"%@{DOMAIN}")
        )
        ids = sorted(row["id"] for row in rows)
        picked = random.Random(seed).sample(ids, min(samples, len(ids)))
        for series_id in picked:
            try:
                async with db.current().transaction():
                    changes = await occurrences.sync_series(
                        series_id, now=plan_now, since=datetime(1970, 1, 1, tzinfo=UTC)
                    )
                    raise _Rollback(changes)
            except _Rollback as done:
                if done.args[0]:
                    raise SystemExit(
                        f"series {series_id}: the product would change {done.args[0]} occurrence(s)"
                    ) from None
    return len(picked)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("url", help="sqlite:///path/companion.db or postgresql://user@host:port/db")
    parser.add_argument(
        "--prepare", action="store_true", help="run `companion migrate` and `companion demo` first"
    )
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--back-days", type=int, default=183, help="days of history (default 183)")
    parser.add_argument(
        "--ahead-days",
        type=int,
        default=183,
        help="days materialized ahead (default 183; the product's horizon is 120)",
    )
    parser.add_argument("--analyze", action="store_true", help="also ANALYZE a SQLite database")
    parser.add_argument(
        "--verify",
        type=int,
        default=0,
        metavar="N",
        help="then check N sampled series against the product's sync_series (rolled back)",
    )
    args = parser.parse_args()
    started = clock.perf_counter()
    if args.prepare:
        prepare(args.url)
    counts = generate(
        args.url,
        clients=args.clients,
        seed=args.seed,
        back_days=args.back_days,
        ahead_days=args.ahead_days,
        analyze=args.analyze,
    )
    total = clock.perf_counter() - started
    seconds = counts.pop("seconds")
    print(
        f"generated in {seconds:.1f}s"
        + (f" ({total:.1f}s with migrate + demo)" if args.prepare else "")
    )
    for table, count in counts.items():
        print(f"  {table:<20} {count:>10,}")
    print(f"  {'total':<20} {sum(counts.values()):>10,}")
    if args.verify:
        checked = asyncio.run(verify(args.url, datetime.now(UTC), args.verify))
        print(
            f"verified: the product's sync_series finds nothing to change in {checked} sampled series"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
