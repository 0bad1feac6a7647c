"""Shared pieces of the benchmarks: pinned servers, wrk runs and their parsing, database setup.

Stdlib only (and pyotp, the product's own dependency, for staff sign-ins' second factor); run
the scripts with the project's venv Python from the repository root
(`.venv/bin/python bench/b1_throughput.py`) so the servers they start can import `server`.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import fcntl
import http.client
import json
import os
import platform
import re
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
OUT = BENCH / "out"
VENV_BIN = ROOT / ".venv" / "bin"
PYTHON = str(VENV_BIN / "python")
COMPANION = str(VENV_BIN / "companion")
SERVER_CPU = "0"
CLIENT_CPU = "1"
HOST = "127.0.0.1"
DEMO_PASSWORD = "bench-demo-password-1"
PG_DB = "companion_bench"
PG_URL = f"postgresql://postgres@127.0.0.1:5432/{PG_DB}"
# Secure cookies (the default) are named with the __Host- prefix.
CSRF_COOKIE = "__Host-csrf"
SESSION_COOKIE = "__Host-session"
# The same uvicorn options as `companion serve` (server/cli.py `_serve`), spelled for the CLI.
UVICORN_OPTIONS = [
    "--loop",
    "asyncio",
    "--http",
    "httptools",
    "--no-access-log",
    "--no-proxy-headers",
    "--no-server-header",
    "--log-level",
    "warning",
]


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- wrk ----------------------------------------------------------------------------------


@dataclass
class WrkResult:
    rps: float
    requests: int
    seconds: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    non_2xx: int = 0
    socket_errors: dict = field(default_factory=dict)
    raw: str = ""

    @property
    def ok_rps(self) -> float:
        """Requests/s counting only 2xx/3xx answers."""
        return (self.requests - self.non_2xx) / self.seconds if self.seconds else 0.0

    @property
    def errors(self) -> int:
        return self.non_2xx + sum(self.socket_errors.values())


_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def _ms(value: str) -> float:
    match = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value.strip())
    if not match:
        raise ValueError(f"unreadable wrk latency {value!r}")
    return float(match.group(1)) * _UNITS_MS[match.group(2)]


def parse_wrk(text: str) -> WrkResult:
    """Requests/sec, the --latency percentiles, non-2xx/3xx and socket errors of a wrk run."""
    percentiles = {p: _ms(v) for p, v in re.findall(r"^\s+(50|90|99)%\s+(\S+)\s*$", text, re.M)}
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", text, re.M)
    total = re.search(r"^\s+(\d+) requests in ([\d.]+)(us|ms|s|m)", text, re.M)
    if rps is None or total is None or len(percentiles) != 3:
        raise ValueError("unreadable wrk output:\n" + text)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text
    )
    socket_errors = {}
    if errors:
        socket_errors = dict(
            zip(("connect", "read", "write", "timeout"), map(int, errors.groups()), strict=True)
        )
    return WrkResult(
        rps=float(rps.group(1)),
        requests=int(total.group(1)),
        seconds=_ms(total.group(2) + total.group(3)) / 1000,
        p50_ms=percentiles["50"],
        p90_ms=percentiles["90"],
        p99_ms=percentiles["99"],
        non_2xx=int(non_2xx.group(1)) if non_2xx else 0,
        socket_errors=socket_errors,
        raw=text,
    )


def wrk_command(
    url: str,
    *,
    connections: int,
    duration: float,
    headers=(),
    script: str | None = None,
    timeout: str = "5s",
) -> list[str]:
    cmd = [
        "taskset",
        "-c",
        CLIENT_CPU,
        "wrk",
        "-t1",
        f"-c{connections}",
        f"-d{max(1, round(duration))}s",
        "--latency",
        f"--timeout={timeout}",
    ]
    for header in headers:
        cmd += ["-H", header]
    if script:
        cmd += ["-s", script]
    return cmd + [url]


def start_wrk(label: str, url: str, *, env: dict | None = None, **kwargs) -> subprocess.Popen:
    cmd = wrk_command(url, **kwargs)
    proc = subprocess.Popen(
        cmd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
    )
    proc.label = label  # type: ignore[attr-defined]
    return proc


def finish_wrk(proc: subprocess.Popen) -> WrkResult:
    text, _ = proc.communicate()
    (OUT / f"{proc.label}.wrk.txt").write_text(text)  # type: ignore[attr-defined]
    if proc.returncode != 0:
        raise RuntimeError(f"wrk failed ({proc.returncode}):\n{text}")
    return parse_wrk(text)


def run_wrk(label: str, url: str, **kwargs) -> WrkResult:
    return finish_wrk(start_wrk(label, url, **kwargs))


# --- servers ------------------------------------------------------------------------------


def port_is_free(port: int) -> bool:
    with socket.socket() as sock:
        return sock.connect_ex((HOST, port)) != 0


def free_port() -> int:
    """An ephemeral port the kernel hands out now (free until someone else takes it)."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def http_request(
    port: int,
    method: str,
    path: str,
    *,
    headers: dict | None = None,
    body: bytes | None = None,
    timeout: float = 10.0,
) -> tuple[int, list[tuple[str, str]], bytes]:
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        connection.close()


class Server:
    """A server subprocess pinned to SERVER_CPU, stderr to bench/out/<label>.stderr.log."""

    def __init__(
        self,
        label: str,
        command: list[str],
        *,
        port: int,
        ready_path: str = "/",
        env: dict | None = None,
        ready_timeout: float = 60.0,
    ):
        self.label, self.port, self.ready_path = label, port, ready_path
        self.command = ["taskset", "-c", SERVER_CPU, *command]
        self.env = {**os.environ, **(env or {})}
        self.ready_timeout = ready_timeout
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    def __enter__(self) -> "Server":
        if not port_is_free(self.port):
            raise RuntimeError(f"port {self.port} is already in use")
        self.stderr_path = OUT / f"{self.label}.stderr.log"
        stderr = open(self.stderr_path, "wb")
        self.proc = subprocess.Popen(
            self.command,
            stdout=stderr,
            stderr=stderr,
            stdin=subprocess.DEVNULL,
            env=self.env,
            cwd=ROOT,
        )
        stderr.close()
        self._wait_ready()
        return self

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + self.ready_timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"{self.label} exited ({self.proc.returncode}) before answering:\n"
                    + self.stderr_path.read_text()[-3000:]
                )
            try:
                status, _, _ = http_request(self.port, "GET", self.ready_path, timeout=2)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(
            f"{self.label} did not answer 200 on {self.ready_path} within {self.ready_timeout}s"
        )

    def cpu_seconds(self) -> float:
        """CPU time (user + system, all threads) the server has used so far."""
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        proc = self.proc
        if proc is None or proc.poll() is not None:
            return
        for sig, wait in ((signal.SIGINT, 15), (signal.SIGTERM, 5), (signal.SIGKILL, 5)):
            proc.send_signal(sig)
            try:
                proc.wait(wait)
                return
            except subprocess.TimeoutExpired:
                log(f"{self.label} ignored {sig.name}")

    def __exit__(self, *exc) -> None:
        self.stop()


def uvicorn_server(
    label: str,
    app: str,
    *,
    port: int,
    factory: bool = False,
    env: dict | None = None,
    ready_path: str = "/",
) -> Server:
    command = [PYTHON, "-m", "uvicorn", app, "--host", HOST, "--port", str(port), *UVICORN_OPTIONS]
    if factory:
        command.append("--factory")
    return Server(label, command, port=port, env=env, ready_path=ready_path)


# --- the product --------------------------------------------------------------------------


def product_env(data_dir: Path, port: int, database_url: str) -> dict:
    return {
        "COMPANION_DATA_DIR": str(data_dir),
        "COMPANION_PORT": str(port),
        "COMPANION_DEMO_PASSWORD": DEMO_PASSWORD,
        "COMPANION_DATABASE_URL": database_url,
    }


def product_server(label: str, env: dict) -> Server:
    return Server(
        label, [COMPANION, "serve"], port=int(env["COMPANION_PORT"]), env=env, ready_path="/healthz"
    )


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'companion.db'}"


def demo_env(database: str, name: str, port: int) -> dict:
    """A fresh database of its own (`{name}-{database}`) migrated with the demo loaded, and the
    product's env for it: for a benchmark's server or an in-process profile."""
    log(f"{database}: migrate + demo")
    data_dir = fresh_dir(OUT / f"{name}-{database}-data")
    if database == "postgres":
        create_pg_database()
        url = PG_URL
    else:
        url = sqlite_url(data_dir)
    env = product_env(data_dir, port, url)
    prepare_database(env, f"{name}-{database}")
    return env


def print_profile(profiler, title: str, top: int, sorts=("tottime", "cumulative")) -> None:
    """cProfile's table for each sort order, headed by `title`."""
    import io
    import pstats

    for sort in sorts:
        stream = io.StringIO()
        pstats.Stats(profiler, stream=stream).strip_dirs().sort_stats(sort).print_stats(top)
        text = stream.getvalue()
        print(f"\ncProfile of {title}, by {sort}:")
        print(text[text.find("   ncalls") :].rstrip())


def fresh_dir(path: Path) -> Path:
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def psql(sql: str, database: str = "postgres") -> str:
    """Run one statement with psql as the superuser; its unaligned, tuples-only output."""
    command = ["psql", "-h", "127.0.0.1", "-p", "5432", "-U", "postgres", "-d", database]
    return subprocess.run(
        [*command, "-v", "ON_ERROR_STOP=1", "-qtA", "-c", sql],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def pg_databases(prefix: str) -> list[str]:
    """The PostgreSQL databases whose names start with `prefix` (a benchmark's cached ones)."""
    out = psql(f"SELECT datname FROM pg_database WHERE datname LIKE '{prefix}%'")
    return [name for name in out.splitlines() if name]


def drop_cached(prefix: str, pattern: str) -> None:
    """--drop: a benchmark's cached PostgreSQL databases (named `prefix`...) and its cached files
    under bench/out/ (matching `pattern`)."""
    for database in pg_databases(prefix):
        log(f"dropping {database}")
        psql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
    for old in OUT.glob(pattern):
        log(f"removing {old}")
        shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink()


def sqlite_value(value):
    """A value as Piccolo stores it in SQLite: UTC text for aware datetimes, str for naive ones
    and UUIDs, ISO dates, 0/1 for booleans."""
    if isinstance(value, dt.datetime):
        return str(value.astimezone(dt.UTC)) if value.tzinfo is not None else str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def create_pg_database() -> None:
    psql(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
    psql(f"CREATE DATABASE {PG_DB}")
    pin_postgres({int(CLIENT_CPU)})


def drop_pg_database() -> None:
    psql(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
    pin_postgres(set(range(os.cpu_count() or 1)))


def pin_postgres(cpus: set[int]) -> None:
    """Put the PostgreSQL server (postmaster and backends; new backends inherit it) on `cpus`.

    During the runs it shares the client's core, so the core under test runs the worker
    alone: otherwise a backend at normal priority takes turns with the worker there and,
    in B4, wins over its low-priority hashing thread.
    """
    pids = subprocess.run(
        ["pgrep", "-x", "postgres"], capture_output=True, text=True
    ).stdout.split()
    try:
        for pid in pids:
            os.sched_setaffinity(int(pid), cpus)
    except (PermissionError, ProcessLookupError) as exc:
        log(f"could not pin PostgreSQL to CPUs {sorted(cpus)}: {exc}")


def prepare_database(env: dict, label: str) -> None:
    """`companion migrate` then `companion demo` (not pinned: set-up, not measured)."""
    with open(OUT / f"{label}.setup.log", "wb") as out:
        for command in ("migrate", "demo"):
            subprocess.run(
                [COMPANION, command],
                env={**os.environ, **env},
                cwd=ROOT,
                check=True,
                stdout=out,
                stderr=out,
            )


def _set_cookie(headers: list[tuple[str, str]], name: str) -> str:
    for key, value in headers:
        if key.lower() == "set-cookie" and value.startswith(name + "="):
            return value.split(";", 1)[0][len(name) + 1 :]
    raise RuntimeError(f"no {name} cookie in {headers}")


def csrf_token(port: int) -> str:
    status, headers, _ = http_request(port, "GET", "/healthz")
    if status != 200:
        raise RuntimeError(f"/healthz answered {status}")
    return _set_cookie(headers, CSRF_COOKIE)


def sign_in(
    port: int,
    email: str = "client1@demo.example",
    password: str = DEMO_PASSWORD,
    *,
    timeout: float = 10.0,
    retry_busy_for: float = 0.0,
    factors_at: str | None = None,
) -> tuple[str, str]:
    """(csrf token, session token) of a full session for a demo account, checked with
    GET /api/auth/me. The CSRF token is the one bound to that session (the sign-in's answer, or
    the second factor's, sets it): the one from before sign-in is refused afterwards.

    Staff (stage "enrol" or "second_factor") finish with an authenticator app
    (second_factor_flow): enrolled on their first sign-in to a database, verified later.

    Args:
        retry_busy_for: seconds during which a 503 (hashing queue full) is retried.
        factors_at: what identifies the database for the TOTP secrets kept in FACTORS_FILE
            (its URL for a database kept between runs); default "port <port>".
    """
    csrf = csrf_token(port)
    body = json.dumps({"email": email, "password": password}).encode()
    deadline = time.monotonic() + retry_busy_for
    while True:
        status, headers, text = http_request(
            port,
            "POST",
            "/api/auth/login",
            body=body,
            timeout=timeout,
            headers={
                "Content-Type": "application/json",
                "X-CSRF-Token": csrf,
                "Cookie": f"{CSRF_COOKIE}={csrf}",
            },
        )
        if status != 503 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    if status != 200:
        raise RuntimeError(f"sign-in answered {status}: {text[:300]!r}")
    session = _set_cookie(headers, SESSION_COOKIE)
    csrf = _set_cookie(headers, CSRF_COOKIE)  # bound to the new session
    flow = second_factor_flow(factors_at or f"port {port}", email, json.loads(text))
    reply = None
    while True:
        try:
            step = flow.send(reply)
        except StopIteration:
            break
        if step[0] == "sleep":
            time.sleep(step[1])
            reply = None
            continue
        _, path, payload, _ = step
        status, headers, text = http_request(
            port,
            "POST",
            path,
            body=None if payload is None else json.dumps(payload).encode(),
            timeout=timeout,
            headers={
                "Content-Type": "application/json",
                "X-CSRF-Token": csrf,
                "Cookie": me_cookie(csrf, session),
            },
        )
        if any(
            k.lower() == "set-cookie" and v.startswith(SESSION_COOKIE + "=") for k, v in headers
        ):
            session = _set_cookie(headers, SESSION_COOKIE)
            csrf = _set_cookie(headers, CSRF_COOKIE)
        reply = (status, text)
    status, _, text = http_request(
        port, "GET", "/api/auth/me", headers={"Cookie": me_cookie(csrf, session)}
    )
    if status != 200 or json.loads(text).get("stage", "full") != "full":
        raise RuntimeError(f"/api/auth/me answered {status}: {text[:300]!r}")
    return csrf, session


# --- second factors (staff) ---------------------------------------------------------------

# TOTP secrets of the staff accounts the benchmarks enrolled, with the last time step used, by
# "<database> <email>" (`factors_at` of sign_in): a database kept between runs (B5's) keeps its
# enrolled factor, so another process (profile_b5.py, the next b5_review.py) needs the secret.
FACTORS_FILE = OUT / "second-factors.json"
TOTP_PERIOD = 30  # server/accounts/factors.py


@contextlib.contextmanager
def _factors():
    """FACTORS_FILE's entries, locked against other benchmark processes, saved on exit."""
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "second-factors.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        entries = json.loads(FACTORS_FILE.read_text()) if FACTORS_FILE.exists() else {}
        yield entries
        FACTORS_FILE.write_text(json.dumps(entries, indent=1, sort_keys=True))


def _now_step() -> int:
    return int(time.time()) // TOTP_PERIOD


def remember_totp(where: str, email: str, secret: str) -> None:
    """Keep a newly enrolled app's secret (no step used yet)."""
    with _factors() as entries:
        entries[f"{where} {email}"] = {"secret": secret, "last_step": 0}


def totp_wait(where: str, email: str) -> float:
    """Seconds until a step not used yet is accepted: the server takes a code once per 30 s step,
    for the current step or the next; when both are used, the one after must wait."""
    with _factors() as entries:
        entry = entries.get(f"{where} {email}")
    if entry is None:
        return 0.0
    step = max(entry["last_step"] + 1, _now_step())
    if step <= _now_step() + 1:
        return 0.0
    return max(0.0, (step - 1) * TOTP_PERIOD - time.time() + 0.05)


def take_totp_code(where: str, email: str) -> str:
    """The code of the next unused step (now, else the next one), marked used."""
    import pyotp

    with _factors() as entries:
        entry = entries.get(f"{where} {email}")
        if entry is None:
            raise RuntimeError(
                f"{email} has a second factor at {where}, but no benchmark kept its secret "
                f"({FACTORS_FILE}): regenerate that database"
            )
        now = _now_step()
        step = max(entry["last_step"] + 1, now)
        if step > now + 1:
            raise RuntimeError(f"no unused TOTP step for {email} yet: wait totp_wait() first")
        entry["last_step"] = step
    return pyotp.TOTP(entry["secret"], interval=TOTP_PERIOD).at(step * TOTP_PERIOD)


def second_factor_flow(where: str, email: str, user: dict):
    """The steps that finish a sign-in whose answer was `user`, as a generator the caller drives
    with its own HTTP client: it yields ("sleep", seconds), then the caller sends None, or
    ("POST", path, json body or None, the status expected), then the caller sends (status, body
    bytes) back, having taken the answer's cookies (a new session and CSRF token when it
    finishes the sign-in). Ends at once for a full session (clients). Raises RuntimeError on an
    unexpected answer.

    Staff with no factor yet ("enrol"): start an authenticator app, keep its secret
    (FACTORS_FILE, by `where` and email), confirm it with a code. With one ("second_factor"): a
    code to POST /api/auth/verify. Each code is of a 30 s step not used before.
    """
    stage = user.get("stage", "full")
    if stage == "full":
        return
    if stage == "enrol":
        status, text = yield ("POST", "/api/auth/factors/totp", None, 201)
        if status != 201:
            raise RuntimeError(f"starting an authenticator app answered {status}: {text[:300]!r}")
        app = json.loads(text)
        remember_totp(where, email, app["secret"])
        path, extra = f"/api/auth/factors/totp/{app['id']}/confirm", {"label": "bench"}
    elif stage == "second_factor":
        if "totp" not in user.get("methods", ()):
            raise RuntimeError(f"{email} has no authenticator app: {user.get('methods')}")
        path, extra = "/api/auth/verify", {}
    else:
        raise RuntimeError(f"unknown sign-in stage {stage!r} for {email}")
    wait = totp_wait(where, email)
    if wait:
        yield ("sleep", wait)
    status, text = yield ("POST", path, {"code": take_totp_code(where, email), **extra}, 200)
    if status != 200:
        raise RuntimeError(f"{path} answered {status}: {text[:300]!r}")


def me_cookie(csrf: str, session: str) -> str:
    """What a signed-in browser sends: both cookies, the CSRF token the one bound to this session
    (sign_in's), so no new CSRF cookie is minted per response."""
    return f"{CSRF_COOKIE}={csrf}; {SESSION_COOKIE}={session}"


# --- reporting ----------------------------------------------------------------------------


def machine() -> dict:
    cpu = "unknown"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    try:
        pg = psql("SHOW server_version")
    except (OSError, subprocess.CalledProcessError):
        pg = "unavailable"
    wrk = (
        subprocess.run(["wrk", "--version"], capture_output=True, text=True)
        .stdout.split("[")[0]
        .strip()
    )
    return {
        "date": dt.date.today().isoformat(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "kernel": platform.release(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "postgresql": pg,
        "wrk": wrk,
    }


def print_machine() -> None:
    info = machine()
    print("machine: " + ", ".join(f"{k} {v}" for k, v in info.items()))


def table(headers: list[str], rows: list[list]) -> str:
    cells = [[str(h) for h in headers]] + [[str(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for n, row in enumerate(cells):
        lines.append(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def wrk_arguments(description: str | None) -> argparse.ArgumentParser:
    """A parser with the options every wrk-driven benchmark takes: --duration, --warmup and
    --backends; each script adds its own."""
    parser = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--duration", type=float, default=20, help="seconds per measured run (default 20)"
    )
    parser.add_argument(
        "--warmup", type=float, help="seconds of warm-up per run (default duration/4, ≥ 3)"
    )
    parser.add_argument(
        "--backends", default="sqlite,postgres", help="comma list of sqlite, postgres"
    )
    return parser
