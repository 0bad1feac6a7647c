"""B6: 200 clients doing their morning routine at once, on SQLite and on PostgreSQL.

    .venv/bin/python bench/b6_load.py [--users 200] [--duration 60] [--warmup 5] [--think 1.0]
                                      [--backends sqlite,postgres] [--workers 2]

The clinic: `companion migrate` + `companion demo`, then `gen_schedule.generate` adds a clinic
of --users clients (tracks of 8-15 with their group and individual sessions, history and
attendance), and each track's facilitator assigns the starter "Trigger map" worksheet to the
track through the product's own `homework.services.assign`, due in three days. Every generated
client is a real account signed in through `POST /api/auth/login` before the run.

The servers, as a clinic runs them:
- sqlite: one `companion run` (web and jobs in one process);
- postgres: --workers `companion serve` processes on ports of their own (`serve` has no
  worker option and one port per process), and one `companion jobs`; each of the driver's
  requests goes to the next worker in turn, as a round-robin balancer would, so a session,
  its CSRF cookie and the client's data must be read from the database by whichever worker
  gets the request. COMPANION_DB_POOL_SIZE=20 per process (max_connections is 100).
The product's processes are pinned to core 0; the driver, and during PostgreSQL runs the
PostgreSQL server, to core 1 (as in the other benches).

The driver (this script with --drive, its own process on core 1, asyncio + uvloop + aiohttp)
runs one coroutine per client, each with its own connections (keep-alive closed by the
client after 4 s idle, before uvicorn's 5 s, so no request is sent on a connection the
server is closing) and its own cookies (`__Host-session`, `__Host-csrf`, kept from
Set-Cookie by hand: aiohttp's jar does not send Secure cookies over http) and echoes the
CSRF cookie in `X-CSRF-Token` on every write. A client repeats its routine until the end, the
requests of a step one after the other as the PWA sends them:

1. today:    GET / (the service worker's network-first navigation), GET /api/auth/me,
             GET /api/me/today
2. checkin:  GET /api/checkins?days=7 (the check-in screen), POST /api/checkins (new UUID;
             a client has one check-in a day: the day's first creates the day's entry, 201,
             and every later one updates it, 200, keeping the answers it replaces as a revision)
3. homework: GET /api/homework, GET /api/homework/{id} (the open worksheet)
4. draft:    PUT /api/homework/{id}/submission (answers to every prompt, saved_at = now)

with a think time between steps drawn uniformly from [0.5, 1.5] x --think seconds (default
1 s; `--think 0` hammers), and a random start within the first 2 x --think seconds. So 200
clients are 200 users with at most one step in flight each, not 200 closed-loop connections.

An error is any answer other than the one expected (200; for a check-in 201 when it is the
client's first of that day, 200 when it updates the day's entry), a timeout (30 s) or a
connection failure, in warm-up or measured time. Latencies and rates count the measured window
only (steps started after the warm-up). After the run the check-ins stored are counted: every
201 must be a client-day's entry, and every accepted check-in (201 or 200) a version of one
(the entry's latest answers or a revision). Goal: zero errors on each backend.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402
from bench.common import OUT, log  # noqa: E402

PG_DB = "companion_bench_b6"
PG_URL = f"postgresql://postgres@127.0.0.1:5432/{PG_DB}"
PG_POOL_SIZE = "20"
TEMPLATE = "starter-trigger-map"
STEPS = ("today", "checkin", "homework", "draft")
REQUEST_TIMEOUT = 30.0
KEEPALIVE = 4.0  # seconds; uvicorn closes idle connections after 5
SIGN_IN_CONCURRENCY = 4
PERCENTILES = (50, 95, 99)


# --- the clinic ---------------------------------------------------------------------------------


async def assign_homework(url: str, now: datetime) -> int:
    """Each generated track's facilitator gives the track a worksheet (the product's service)."""
    from bench import gen_schedule
    from server.accounts.services import SignedInUser
    from server.core import db
    from server.homework import library
    from server.homework import services as homework
    from server.homework.schemas import AssignmentIn
    from server.programs.tables import SessionSeries

    template = library.starter_template(TEMPLATE)
    facilitator = SessionSeries.facilitator
    async with db.connected(url):
        series = await SessionSeries.select(
            SessionSeries.track,
            facilitator,
            facilitator.email,
            facilitator.display_name,
            facilitator.timezone,
            facilitator.locale,
        ).where(
            (SessionSeries.kind == "group") & facilitator.email.like(f"%@{gen_schedule.DOMAIN}")
        )
        for row in series:
            counselor = SignedInUser(
                id=row["facilitator"],
                email=row["facilitator.email"],
                display_name=row["facilitator.display_name"],
                role="counselor",
                timezone=row["facilitator.timezone"],
                locale=row["facilitator.locale"],
            )
            await homework.assign(
                counselor,
                AssignmentIn(
                    title=template.title,
                    prompts=template.prompts,
                    template_id=template.id,
                    instructions="Bring it to the next group.",
                    track_id=row["track"],
                    due_at=now + timedelta(days=3),
                ),
                now,
            )
    return len(series)


CLIENTS_WITH_HOMEWORK = """
SELECT a.email FROM account a JOIN submission s ON s.client = a.id
WHERE a.email LIKE '%@clinic.example' AND s.status = 'assigned' ORDER BY a.email"""
CHECKINS_OF_GENERATED = """
SELECT (SELECT COUNT(*) FROM checkin c JOIN account a ON a.id = c.client
        WHERE a.email LIKE '%@clinic.example'),
       (SELECT COUNT(*) FROM checkin_revision r JOIN checkin c ON c.id = r.checkin
        JOIN account a ON a.id = c.client WHERE a.email LIKE '%@clinic.example')"""


def query(backend: str, url: str, sql: str) -> list[tuple]:
    if backend == "sqlite":
        with sqlite3.connect(url[len("sqlite:///") :]) as connection:
            return connection.execute(sql).fetchall()
    out = common.psql(" ".join(sql.split()), database=PG_DB)
    return [tuple(line.split("|")) for line in out.splitlines() if line]


def prepare(backend: str, users: int) -> tuple[dict, list[str]]:
    """A migrated demo database plus the generated clinic with homework; (env, client emails)."""
    from bench import gen_schedule

    data_dir = common.fresh_dir(OUT / f"b6-{backend}-data")
    if backend == "sqlite":
        url = common.sqlite_url(data_dir)
    else:
        common.psql(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
        common.psql(f"CREATE DATABASE {PG_DB}")
        url = PG_URL
    env = common.product_env(
        data_dir, common.free_port(), url
    )  # each web process gets a port of its own
    started = time.monotonic()
    gen_schedule.prepare(url, data_dir)
    counts = gen_schedule.generate(url, clients=users, quiet=True)
    tracks = asyncio.run(assign_homework(url, datetime.now(timezone.utc)))
    emails = [row[0] for row in query(backend, url, CLIENTS_WITH_HOMEWORK)]
    log(
        f"{backend}: {counts['account']} accounts, {counts['session_occurrence']:,} occurrences, "
        f"{counts['attendance']:,} attendance rows; {tracks} tracks given homework, {len(emails)} clients with it "
        f"({time.monotonic() - started:.1f} s)"
    )
    if len(emails) != users:
        raise SystemExit(
            f"{backend}: {len(emails)} generated clients have homework, expected {users}"
        )
    return env, emails


# --- the product's processes --------------------------------------------------------------------


class Process:
    """A pinned product process without a port of its own (`companion jobs`)."""

    def __init__(self, label: str, command: list[str], env: dict):
        self.label = label
        self.command = ["taskset", "-c", common.SERVER_CPU, *command]
        self.env = {**os.environ, **env}

    def __enter__(self) -> "Process":
        self.stderr_path = OUT / f"{self.label}.stderr.log"
        with open(self.stderr_path, "wb") as stderr:
            self.proc = subprocess.Popen(
                self.command,
                stdout=stderr,
                stderr=stderr,
                stdin=subprocess.DEVNULL,
                env=self.env,
                cwd=common.ROOT,
            )
        time.sleep(3)
        if self.proc.poll() is not None:
            raise RuntimeError(
                f"{self.label} exited ({self.proc.returncode}):\n{self.stderr_path.read_text()[-3000:]}"
            )
        return self

    stop = common.Server.stop

    def __exit__(self, *exc) -> None:
        self.stop()


def start_processes(backend: str, env: dict, workers: int, stack) -> list:
    """The product as a clinic runs it on `backend`; returns the processes, web ones first."""
    if backend == "sqlite":
        port = common.free_port()
        server_env = {**env, "COMPANION_PORT": str(port)}
        run = common.Server(
            "b6-sqlite-run",
            [common.COMPANION, "run"],
            port=port,
            env=server_env,
            ready_path="/healthz",
        )
        return [stack.enter_context(run)]
    processes = []
    pg_env = {**env, "COMPANION_DB_POOL_SIZE": PG_POOL_SIZE}
    for n in range(workers):
        port = common.free_port()
        processes.append(
            stack.enter_context(
                common.product_server(
                    f"b6-postgres-serve{n + 1}", {**pg_env, "COMPANION_PORT": str(port)}
                )
            )
        )
    processes.append(
        stack.enter_context(Process("b6-postgres-jobs", [common.COMPANION, "jobs"], pg_env))
    )
    return processes


# --- the driver (its own process) ---------------------------------------------------------------


def answers_for(prompts: list[dict], round_: int) -> dict:
    """What a client has typed so far into each prompt."""
    answers = {}
    for prompt in prompts:
        kind = prompt["kind"]
        if kind == "text":
            answers[prompt["key"]] = "Walking past the old bar on the way home. " * (1 + round_ % 3)
        elif kind == "scale":
            answers[prompt["key"]] = (prompt["low"] + prompt["high"]) // 2
        elif kind == "choice":
            answers[prompt["key"]] = prompt["options"][0]["value"]
        else:
            answers[prompt["key"]] = ["Friday evenings", "Payday", "Arguments at home"][
                : 1 + round_ % 3
            ]
    return answers


class Phone:
    """One client's phone: its own connections and cookies, one request at a time."""

    def __init__(self, email: str, ports: list[int], rng: random.Random, results: "Results"):
        import aiohttp

        self.email, self.ports, self.rng, self.results = email, ports, rng, results
        self.turn = rng.randrange(len(ports))
        self.cookies: dict[str, str] = {}
        self.http = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0, keepalive_timeout=KEEPALIVE),
            cookie_jar=aiohttp.DummyCookieJar(),
            timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT),
        )
        self.rounds = 0
        self.timezone = "UTC"
        self.checked_in: set[str] = set()  # days whose entry this phone saw created
        self.unsure: set[str] = set()  # days whose first check-in got no clear answer

    def _port(self) -> int:
        self.turn = (self.turn + 1) % len(self.ports)
        return self.ports[self.turn]

    async def call(self, step: str, label: str, method: str, path: str, body=None, expect=(200,)):
        """The parsed answer, or None after recording an error."""
        headers = {"Accept": "application/json" if path.startswith("/api/") else "text/html"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if method != "GET":
            headers["X-CSRF-Token"] = self.cookies.get(common.CSRF_COOKIE, "")
            headers["Content-Type"] = "application/json"
        data = json.dumps(body).encode() if body is not None else None
        started = time.monotonic()
        problem = status = None
        payload = b""
        try:
            async with self.http.request(
                method, f"http://{common.HOST}:{self._port()}{path}", data=data, headers=headers
            ) as response:
                payload = await response.read()
                status = response.status
                for cookie in response.headers.getall("Set-Cookie", []):
                    name, _, rest = cookie.partition("=")
                    self.cookies[name] = rest.split(";", 1)[0]
            if status not in expect:
                problem = f"{label}: {status} {payload[:160]!r}"
        except Exception as exc:  # noqa: BLE001 (every failure is an error to count)
            problem = f"{label}: {type(exc).__name__} {exc}"
        self.results.request(step, label, started, time.monotonic() - started, problem, status)
        if problem:
            return None
        return json.loads(payload) if path.startswith("/api/") and payload else payload

    async def sign_in(self, password: str, factors_at: str) -> bool:
        """Sign in; the answer's cookies (the session, and the CSRF token bound to it) are kept
        by call(). Staff finish with an authenticator app (common.second_factor_flow)."""
        await self.call("sign-in", "GET /healthz", "GET", "/healthz")
        while True:
            answer = await self.call(
                "sign-in",
                "POST /api/auth/login",
                "POST",
                "/api/auth/login",
                {"email": self.email, "password": password},
                expect=(200, 503),
            )
            if answer is None:
                return False
            if "id" in answer:
                self.timezone = answer["timezone"]
                break
            await asyncio.sleep(0.2)  # 503: the hashing queue is full; a phone retries
        flow = common.second_factor_flow(factors_at, self.email, answer)
        reply = None
        while True:
            try:
                step = flow.send(reply)
            except StopIteration:
                return True
            if step[0] == "sleep":
                await asyncio.sleep(step[1])
                reply = None
                continue
            _, path, payload, expect = step
            got = await self.call(
                "sign-in", f"POST {path}", "POST", path, payload, expect=(expect,)
            )
            if got is None:
                return False
            reply = (expect, json.dumps(got).encode())

    async def today(self) -> bool:
        return (
            await self.call("today", "GET /", "GET", "/") is not None
            and await self.call("today", "GET /api/auth/me", "GET", "/api/auth/me") is not None
            and await self.call("today", "GET /api/me/today", "GET", "/api/me/today") is not None
        )

    async def checkin(self) -> bool:
        from zoneinfo import ZoneInfo

        if await self.call("checkin", "GET /api/checkins", "GET", "/api/checkins?days=7") is None:
            return False
        rng = self.rng
        day = datetime.now(ZoneInfo(self.timezone)).date().isoformat()
        if day in self.checked_in:
            expect = (200,)  # a later check-in the same day updates the day's entry
        elif day in self.unsure:
            expect = (200, 201)  # the day's first may have been stored without an answer
        else:
            expect = (201,)
        body = {
            "id": str(uuid.uuid4()),
            "local_date": day,
            "mood": rng.randint(2, 5),
            "craving": rng.choice([0, 1, 2, 2, 3, 4, 5, 8]),
            "used": False,
            "medication": rng.choice(["yes", "yes", "not_prescribed"]),
            "sleep_hours": rng.choice([5.5, 6, 7, 8]),
            "safety_concern": False,
            "triggers": rng.sample(["stress", "boredom", "payday", "family", "tired"], 2),
            "helped": "Called my sponsor and went for a walk.",
            "note": "",
        }
        answer = await self.call(
            "checkin", "POST /api/checkins", "POST", "/api/checkins", body, expect=expect
        )
        if answer is None:
            if day not in self.checked_in:
                self.unsure.add(day)
            return False
        self.checked_in.add(day)
        return True

    async def homework(self) -> bool:
        items = await self.call("homework", "GET /api/homework", "GET", "/api/homework")
        if items is None:
            return False
        open_items = [item for item in items if item["status"] in ("assigned", "draft", "returned")]
        if not open_items:
            self.results.request(
                "homework",
                "GET /api/homework",
                time.monotonic(),
                0.0,
                "GET /api/homework: no open homework in the list",
            )
            return False
        self.assignment = open_items[0]["assignment_id"]
        sheet = await self.call(
            "homework", "GET /api/homework/{id}", "GET", f"/api/homework/{self.assignment}"
        )
        if sheet is None:
            return False
        self.prompts = sheet["prompts"]
        return True

    async def draft(self) -> bool:
        self.rounds += 1
        body = {
            "answers": answers_for(self.prompts, self.rounds),
            "saved_at": datetime.now(timezone.utc).isoformat(),
            "submit": False,
        }
        return (
            await self.call(
                "draft",
                "PUT /api/homework/{id}/submission",
                "PUT",
                f"/api/homework/{self.assignment}/submission",
                body,
            )
            is not None
        )

    async def routine(self, think: float, start_by: float, end: float) -> None:
        await asyncio.sleep(self.rng.uniform(0, start_by))
        while time.monotonic() < end:
            for step in STEPS:
                if time.monotonic() >= end:
                    return
                started = time.monotonic()
                ok = await getattr(self, step)()
                self.results.step(step, started, time.monotonic() - started, ok)
                await asyncio.sleep(think * self.rng.uniform(0.5, 1.5))
                if not ok:  # what a person does after an error: start again from Today
                    break


class Results:
    def __init__(self):
        self.requests: list[tuple] = []  # (step, label, started, seconds, ok, status)
        self.steps: list[tuple] = []  # (step, started, seconds, ok)
        self.errors: dict[str, int] = defaultdict(int)
        self.samples: list[str] = []

    def request(self, step, label, started, seconds, problem, status=None) -> None:
        self.requests.append((step, label, started, seconds, problem is None, status))
        if problem:
            self.errors[step] += 1
            if len(self.samples) < 20:
                self.samples.append(problem)

    def step(self, step, started, seconds, ok) -> None:
        self.steps.append((step, started, seconds, ok))


async def drive(config: dict) -> dict:
    rng = random.Random(config["seed"])
    results = Results()
    phones = [
        Phone(email, config["ports"], random.Random(rng.random()), results)
        for email in config["emails"]
    ]
    try:
        started = time.monotonic()
        semaphore = asyncio.Semaphore(SIGN_IN_CONCURRENCY)
        factors_at = config.get("factors_at") or f"port {config['ports'][0]}"

        async def sign_in(phone: Phone) -> bool:
            async with semaphore:
                return await phone.sign_in(config["password"], factors_at)

        signed_in = await asyncio.gather(*(sign_in(phone) for phone in phones))
        sign_in_seconds = time.monotonic() - started
        if not all(signed_in):
            return {
                "fatal": f"{signed_in.count(False)} sign-ins failed",
                "samples": results.samples,
                "errors": dict(results.errors),
            }
        begin = time.monotonic()
        measured_from = begin + config["warmup"]
        end = measured_from + config["duration"]
        think = config["think"]
        cpu = asyncio.create_task(cpu_during(config["pids"], measured_from, end))
        lags = asyncio.create_task(loop_lag(measured_from, end))
        await asyncio.gather(*(phone.routine(think, 2 * think, end) for phone in phones))
        finished = time.monotonic()
        cpu_seconds = await cpu
        lag = sorted(await lags)
    finally:
        await asyncio.gather(*(phone.http.close() for phone in phones))
    return {
        "sign_in_seconds": sign_in_seconds,
        "measured_from": measured_from,
        "end": end,
        "finished": finished,
        "cpu_share": {k: v / (end - measured_from) for k, v in cpu_seconds.items()},
        "loop_lag_ms": {
            "p50": percentile(lag, 50),
            "p99": percentile(lag, 99),
            "max": lag[-1] if lag else 0,
        },
        "requests": [r for r in results.requests if r[0] != "sign-in"],
        "steps": results.steps,
        "errors": dict(results.errors),
        "samples": results.samples,
    }


def cpu_by_pid(pids) -> dict[str, float]:
    """CPU seconds (user + system, all threads) each of these processes has used so far."""
    used = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # a PostgreSQL backend that has ended
            continue
        used[str(pid)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return used


def cpu_of(pids) -> float:
    return sum(cpu_by_pid(pids).values())


def postgres_cpu_between(before: dict[str, float]) -> float:
    """PostgreSQL's CPU since `before` (per process): a backend started since counts whole, one
    that ended since is lost (the pools keep theirs open)."""
    after = cpu_by_pid(postgres_pids())
    return sum(used - before.get(pid, 0.0) for pid, used in after.items())


def postgres_pids() -> list[str]:
    return subprocess.run(
        ["pgrep", "-x", "postgres"], capture_output=True, text=True
    ).stdout.split()


async def cpu_during(pids: list[int], start: float, end: float) -> dict[str, float]:
    """CPU seconds used between two instants of the run: the product, this driver, and every
    PostgreSQL process (backends that lived through the window; others' tests' included)."""
    await asyncio.sleep(max(0.0, start - time.monotonic()))
    pg_before = cpu_by_pid(postgres_pids())
    before = {"product": cpu_of(pids), "driver": time.process_time(), "machine": busy()}
    await asyncio.sleep(max(0.0, end - time.monotonic()))
    after = {"product": cpu_of(pids), "driver": time.process_time(), "machine": busy()}
    used = {k: after[k] - before[k] for k in before}
    used["postgres"] = postgres_cpu_between(pg_before)
    used["others"] = max(0.0, used["machine"] - used["product"] - used["driver"] - used["postgres"])
    return used


def busy() -> float:
    """CPU seconds all cores have spent not idle (/proc/stat) so far."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


async def loop_lag(start: float, end: float, tick: float = 0.05) -> list[float]:
    """How late the driver's own loop wakes (ms): a busy driver inflates every latency."""
    await asyncio.sleep(max(0.0, start - time.monotonic()))
    lags = []
    while time.monotonic() < end:
        asked = time.monotonic()
        await asyncio.sleep(tick)
        lags.append((time.monotonic() - asked - tick) * 1000)
    return lags


def driver_main(config_path: str) -> int:
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    config = json.loads(Path(config_path).read_text())
    outcome = asyncio.run(drive(config))
    Path(config["out"]).write_text(json.dumps(outcome))
    return 0


# --- one backend --------------------------------------------------------------------------------


def run_backend(backend: str, args) -> dict:
    log(f"{backend}: migrate + demo + {args.users}-client clinic + homework")
    try:
        return measure_backend(backend, args, *prepare(backend, args.users))
    finally:
        if backend == "postgres":
            common.psql(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")


def measure_backend(backend: str, args, env: dict, emails: list[str]) -> dict:
    from contextlib import ExitStack

    if backend == "postgres":
        common.pin_postgres({int(common.CLIENT_CPU)})
    url = env["COMPANION_DATABASE_URL"]
    entries_before, revisions_before = map(int, query(backend, url, CHECKINS_OF_GENERATED)[0])
    try:
        with ExitStack() as stack:
            processes = start_processes(backend, env, args.workers, stack)
            web = [p for p in processes if isinstance(p, common.Server)]
            config = {
                "emails": emails,
                "ports": [p.port for p in web],
                "factors_at": url,
                "password": common.DEMO_PASSWORD,
                "pids": [p.proc.pid for p in processes],
                "duration": args.duration,
                "warmup": args.warmup,
                "think": args.think,
                "seed": args.seed,
                "out": str(OUT / f"b6-{backend}-driver.json"),
            }
            config_path = OUT / f"b6-{backend}-driver-config.json"
            config_path.write_text(json.dumps(config))
            log(
                f"{backend}: {len(emails)} clients sign in, then {args.warmup:g} s warm-up + {args.duration:g} s "
                f"measured against {', '.join(p.label for p in processes)}"
            )
            driver = subprocess.run(
                [
                    "taskset",
                    "-c",
                    common.CLIENT_CPU,
                    common.PYTHON,
                    __file__,
                    "--drive",
                    str(config_path),
                ],
                cwd=common.ROOT,
                timeout=args.duration + args.warmup + 600,
            )
            alive = [p.label for p in processes if p.proc.poll() is None]
            if driver.returncode != 0:
                raise SystemExit(f"{backend}: the driver failed ({driver.returncode})")
    finally:
        if backend == "postgres":
            common.pin_postgres(set(range(os.cpu_count() or 1)))
    outcome = json.loads(Path(config["out"]).read_text())
    outcome["backend"] = backend
    outcome["processes"] = [p.label for p in processes]
    outcome["alive"] = alive
    entries, revisions = map(int, query(backend, url, CHECKINS_OF_GENERATED)[0])
    outcome["checkin_days_stored"] = entries - entries_before  # one entry per client-day
    outcome["checkin_revisions_stored"] = revisions - revisions_before  # answers updates replaced
    return outcome


def checkins_accepted(outcome: dict) -> tuple[int, int]:
    """(new client-days: 201, updates of a day's entry: 200) among the accepted check-ins."""
    accepted = [r[5] for r in outcome.get("requests", []) if r[1] == "POST /api/checkins" and r[4]]
    return accepted.count(201), accepted.count(200)


def checkins_all_stored(outcome: dict) -> bool:
    """Every 201 made a client-day's entry, and every accepted check-in is stored once: as
    the latest answers of its day's entry or as a revision of it."""
    created, updated = checkins_accepted(outcome)
    days, revisions = outcome["checkin_days_stored"], outcome["checkin_revisions_stored"]
    return days == created and days + revisions == created + updated


# --- report -------------------------------------------------------------------------------------


def percentile(sorted_values: list[float], p: float) -> float:
    """The nearest-rank percentile of sorted values (ms)."""
    if not sorted_values:
        return float("nan")
    rank = max(1, -(-len(sorted_values) * p // 100))
    return sorted_values[int(rank) - 1]


def latency_row(name: str, seconds: list[float], window: float, extra: list) -> list:
    values = sorted(s * 1000 for s in seconds)
    return [
        name,
        f"{len(values):,}",
        f"{len(values) / window:,.1f}",
        *(f"{percentile(values, p):.1f}" for p in PERCENTILES),
        *extra,
    ]


def report(outcome: dict) -> tuple[list[list], list[list], bool]:
    """(step rows, request rows, zero errors?) of one backend."""
    backend = outcome["backend"]
    window = outcome["end"] - outcome["measured_from"]
    start, end = outcome["measured_from"], outcome["end"]
    in_window = [r for r in outcome["requests"] if start <= r[2] < end]
    steps = [s for s in outcome["steps"] if start <= s[1] < end]
    errors = outcome["errors"]
    step_rows = []
    for step in STEPS:
        step_rows.append(
            latency_row(
                f"{backend} {step}",
                [s[2] for s in steps if s[0] == step],
                window,
                [f"{sum(1 for r in in_window if r[0] == step):,}", errors.get(step, 0)],
            )
        )
    step_rows.append(
        latency_row(
            f"{backend} all requests",
            [r[3] for r in in_window],
            window,
            [f"{len(in_window):,}", sum(errors.values())],
        )
    )
    request_rows = []
    labels = list(dict.fromkeys(r[1] for r in in_window))
    for label in labels:
        request_rows.append(
            latency_row(
                f"{backend} {label}",
                [r[3] for r in in_window if r[1] == label],
                window,
                [sum(1 for r in outcome["requests"] if r[1] == label and not r[4])],
            )
        )
    zero = (
        sum(errors.values()) == 0
        and not outcome.get("fatal")
        and checkins_all_stored(outcome)
        and outcome["alive"] == outcome["processes"]
    )
    return step_rows, request_rows, zero


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=200, help="simulated clients (default 200)")
    parser.add_argument("--duration", type=float, default=60, help="measured seconds (default 60)")
    parser.add_argument(
        "--warmup", type=float, default=5, help="seconds before measuring (default 5)"
    )
    parser.add_argument(
        "--think", type=float, default=1.0, help="mean think time between steps, s (default 1)"
    )
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument(
        "--workers", type=int, default=2, help="`companion serve` processes on PostgreSQL"
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--drive", metavar="CONFIG", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.drive:
        return driver_main(args.drive)
    OUT.mkdir(parents=True, exist_ok=True)
    common.print_machine()
    outcomes = [run_backend(backend, args) for backend in args.backends.split(",")]
    step_rows, request_rows, verdicts = [], [], []
    for outcome in outcomes:
        if outcome.get("fatal"):
            print(f"{outcome['backend']}: {outcome['fatal']}")
            verdicts.append((outcome, False))
            continue
        steps, requests, zero = report(outcome)
        step_rows += steps
        request_rows += requests
        verdicts.append((outcome, zero))
    print(
        f"\n{args.users} clients, think time {args.think:g} s x U(0.5, 1.5) between steps, {args.warmup:g} s warm-up, "
        f"{args.duration:g} s measured; a step's latency is its requests' one after the other; PostgreSQL: "
        f"requests alternate between {args.workers} `companion serve`\n"
    )
    print(
        common.table(
            [
                "backend / step",
                "count",
                "per s",
                "p50 ms",
                "p95 ms",
                "p99 ms",
                "requests",
                "errors",
            ],
            step_rows,
        )
    )
    print()
    print(
        common.table(
            ["backend / request", "count", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors"],
            request_rows,
        )
    )
    print()
    for outcome, _zero in verdicts:
        cpu, lag = outcome.get("cpu_share", {}), outcome.get("loop_lag_ms", {})
        created, updated = checkins_accepted(outcome)
        print(
            f"{outcome['backend']}: {' + '.join(outcome['processes'])}; sign-in of {args.users} took "
            f"{outcome.get('sign_in_seconds', float('nan')):.1f} s; "
            f"while measured, CPU of a core: product {cpu.get('product', 0):.0%}, driver {cpu.get('driver', 0):.0%}, "
            f"PostgreSQL {cpu.get('postgres', 0):.0%}, everything else on the machine {cpu.get('others', 0):.0%} "
            f"(of 200%); driver loop lag p50 {lag.get('p50', 0):.1f} ms, "
            f"p99 {lag.get('p99', 0):.1f} ms, max {lag.get('max', 0):.0f} ms; "
            f"check-ins accepted {created + updated:,} ({created:,} new days, {updated:,} updates), "
            f"stored {outcome['checkin_days_stored']:,} days + "
            f"{outcome['checkin_revisions_stored']:,} replaced versions"
            f"{'' if checkins_all_stored(outcome) else ' (MISMATCH)'}; still running after: "
            f"{len(outcome['alive'])}/{len(outcome['processes'])}"
        )
        for sample in outcome.get("samples", [])[:10]:
            print(f"    error: {sample}")
    print()
    print(
        " · ".join(
            f"{outcome['backend']} zero errors ({sum(outcome.get('errors', {}).values())}) "
            f"{common.verdict(zero)}"
            for outcome, zero in verdicts
        )
    )
    return 0 if all(zero for _, zero in verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
