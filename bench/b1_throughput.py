"""B1: requests/s of authenticated GETs (/api/auth/me, /api/me/today) against two baselines and
Piccolo's default.

One uvicorn worker pinned to core 0, `wrk -t1 -c64 --latency` pinned to core 1. All cases run in
one invocation, each with a warm-up run before its measured run(s):

  raw     raw ASGI hello (always run: the goals are ratios to it)
  litestar  Litestar hello
  me      /api/auth/me on the product (`companion serve`), per backend, on the demo database
  default /api/auth/me on Piccolo's default engine setup (bench/default_engines.py), per backend
  today   /api/me/today on the product, per backend, for client1@demo.example on a database
          with the demo plus a 10,000-client clinic (bench/gen_schedule.py)

    .venv/bin/python bench/b1_throughput.py [--duration 20] [--repeat 1] [--backends sqlite,postgres]
                                            [--cases raw,litestar,me,default,today] [--regenerate]

The generated databases are cached (SQLite: bench/out/b1-today-sqlite-<key>/; PostgreSQL: the
database companion_bench_today_<key>, kept between runs) under a key made of the generator's
version, the client count and the product's migrations; they are reused for --max-age hours
(default 24: the demo's schedule and history are relative to when it was loaded). --regenerate
forces a new one.

With --repeat N all cases run N times, round after round (so a burst of load from something
else on the machine hits every case alike); each case reports its median run, each goal the
median of its per-round ratios. Raw wrk output and server stderr are kept in bench/out/.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402
from bench.common import OUT, WrkResult, log  # noqa: E402

CONNECTIONS = 64
GOAL_VS_RAW = 0.25
GOAL_VS_DEFAULT = 10.0
GOAL_P99_MS = 15.0
PORTS = {
    "raw": 18101,
    "litestar": 18102,
    "sqlite": 18103,
    "postgres": 18104,
    "today-sqlite": 18105,
    "today-postgres": 18106,
}
CASES = ("raw", "litestar", "me", "default", "today")
TODAY_DB_PREFIX = "companion_bench_today_"


def measure(label: str, url: str, args, headers=()) -> WrkResult:
    log(f"{label}: warm-up {args.warmup:g}s")
    common.run_wrk(
        f"b1-{label}-warmup", url, connections=CONNECTIONS, duration=args.warmup, headers=headers
    )
    log(
        f"{label}: measuring {args.duration:g}s (load average {Path('/proc/loadavg').read_text().split()[0]})"
    )
    return common.run_wrk(
        f"b1-{label}", url, connections=CONNECTIONS, duration=args.duration, headers=headers
    )


def prepare_backend(backend: str) -> tuple[dict, list[str]]:
    """A fresh database with the demo loaded, and the /me headers of a signed-in client."""
    port = PORTS[backend]
    env = common.demo_env(backend, "b1", port)
    with common.product_server(f"b1-signin-{backend}", env):
        csrf, session = common.sign_in(port)
    return env, [f"Cookie: {common.me_cookie(csrf, session)}"]


def _today_key(clients: int) -> str:
    """Generator version, size and the product's migrations: a change to any makes a new database."""
    from bench import gen_schedule

    migrations = sorted(
        p.relative_to(common.ROOT).as_posix()
        for p in (common.ROOT / "server").glob("*/piccolo_migrations/*.py")
    )
    digest = hashlib.sha256("\n".join(migrations).encode()).hexdigest()[:8]
    return f"v{gen_schedule.GENERATOR_VERSION}_{clients}_{digest}"


def prepare_today(backend: str, args) -> tuple[dict, list[str]]:
    """The demo plus a generated clinic (cached), and the headers of client1 signed in there."""
    from bench import gen_schedule

    key = _today_key(args.clients)
    port = PORTS[f"today-{backend}"]
    meta_path = OUT / f"b1-today-{backend}-{key}.json"
    if backend == "sqlite":
        data_dir = OUT / f"b1-today-sqlite-{key}"
        url = common.sqlite_url(data_dir)
        exists = (data_dir / "companion.db").exists()
    else:
        data_dir = OUT / f"b1-today-postgres-{key}"
        database = TODAY_DB_PREFIX + key
        url = common.PG_URL.rsplit("/", 1)[0] + "/" + database
        exists = database in common.pg_databases(database)
    env = common.product_env(data_dir, port, url)
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else None
    age_h = (time.time() - meta["generated_at"]) / 3600 if meta else None
    if exists and meta and not args.regenerate and age_h <= args.max_age:
        log(
            f"today {backend}: reusing {url} (generated {age_h:.1f} h ago: {meta['rows']:,} rows in "
            f"{meta['seconds']:g}s)"
        )
    else:
        log(f"today {backend}: generating {url} ({args.clients:,} clients)")
        # Only one cached database per backend: older keys go.
        for old in OUT.glob(f"b1-today-{backend}-v*"):
            shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink()
        if backend == "sqlite":
            common.fresh_dir(data_dir)
        else:
            for old in common.pg_databases(TODAY_DB_PREFIX):
                common.psql(f"DROP DATABASE IF EXISTS {old} WITH (FORCE)")
            common.psql(f"CREATE DATABASE {database}")
            common.fresh_dir(data_dir)
        started = time.perf_counter()
        common.prepare_database(env, f"b1-today-{backend}")
        counts = gen_schedule.generate(url, clients=args.clients, password=common.DEMO_PASSWORD)
        gen_seconds = counts.pop("seconds")
        checked = asyncio.run(
            gen_schedule.verify(url, dt.datetime.now(dt.timezone.utc), samples=50)
        )
        seconds = round(time.perf_counter() - started, 1)
        log(
            f"today {backend}: {sum(counts.values()):,} rows generated in {gen_seconds:g}s ({seconds:g}s with "
            f"migrate, demo and a check of {checked} series): "
            + ", ".join(f"{table} {count:,}" for table, count in counts.items())
        )
        meta_path.write_text(
            json.dumps(
                {
                    "generated_at": time.time(),
                    "url": url,
                    "seconds": seconds,
                    "rows": sum(counts.values()),
                    "counts": counts,
                }
            )
        )
    if backend == "postgres":
        common.pin_postgres({int(common.CLIENT_CPU)})
    with common.product_server(f"b1-signin-today-{backend}", env):
        csrf, session = common.sign_in(port)
        headers = {"Cookie": common.me_cookie(csrf, session)}
        status, _, body = common.http_request(port, "GET", "/api/me/today", headers=headers)
        if status != 200:
            raise RuntimeError(f"/api/me/today answered {status}: {body[:300]!r}")
    return env, [f"Cookie: {common.me_cookie(csrf, session)}"]


def cases(
    backends: list[str], prepared: dict, selected: set[str]
) -> list[tuple[str, str, object, str, list[str]]]:
    """(name, label, server factory, url, headers) of every selected case, in run order."""
    out = [
        (
            "raw",
            "raw ASGI hello",
            "raw",
            lambda label: common.uvicorn_server(label, "bench.hello:raw_app", port=PORTS["raw"]),
            f"http://{common.HOST}:{PORTS['raw']}/",
            [],
        ),
        (
            "litestar",
            "Litestar hello",
            "litestar",
            lambda label: common.uvicorn_server(
                label, "bench.hello:litestar_app", port=PORTS["litestar"]
            ),
            f"http://{common.HOST}:{PORTS['litestar']}/",
            [],
        ),
    ]
    for backend in backends:
        if backend in prepared:
            env, headers = prepared[backend]
            me = f"http://{common.HOST}:{PORTS[backend]}/api/auth/me"
            factory = "bench.default_engines:" + (
                "sqlite_app" if backend == "sqlite" else "postgres_app"
            )
            out.append(
                (
                    "me",
                    f"/me product {backend}",
                    f"product-{backend}",
                    lambda label, env=env: common.product_server(label, env),
                    me,
                    headers,
                )
            )
            out.append(
                (
                    "default",
                    f"/me piccolo-default {backend}",
                    f"default-{backend}",
                    lambda label, env=env, factory=factory: common.uvicorn_server(
                        label,
                        factory,
                        port=int(env["COMPANION_PORT"]),
                        factory=True,
                        env=env,
                        ready_path="/healthz",
                    ),
                    me,
                    headers,
                )
            )
        if f"today-{backend}" in prepared:
            env, headers = prepared[f"today-{backend}"]
            today = f"http://{common.HOST}:{PORTS['today-' + backend]}/api/me/today"
            out.append(
                (
                    "today",
                    f"/today product {backend}",
                    f"today-{backend}",
                    lambda label, env=env: common.product_server(label, env),
                    today,
                    headers,
                )
            )
    return [case[1:] for case in out if case[0] in selected]


def main() -> int:
    parser = common.wrk_arguments(__doc__)
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="rounds over all cases (interleaved); medians are reported (default 1)",
    )
    parser.add_argument(
        "--keep-db", action="store_true", help="do not drop the PostgreSQL bench database"
    )
    parser.add_argument(
        "--cases",
        default=",".join(CASES),
        help=f"comma list of {', '.join(CASES)} (raw always runs; default all)",
    )
    parser.add_argument(
        "--clients", type=int, default=10_000, help="clients generated for today (default 10000)"
    )
    parser.add_argument(
        "--regenerate", action="store_true", help="generate the today databases even if cached"
    )
    parser.add_argument(
        "--max-age",
        type=float,
        default=24.0,
        help="hours a cached today database is reused (default 24)",
    )
    args = parser.parse_args()
    args.warmup = args.warmup if args.warmup is not None else max(3.0, args.duration / 4)
    backends = [b for b in args.backends.split(",") if b]
    selected = {c for c in args.cases.split(",") if c} | {"raw"}
    unknown = selected - set(CASES)
    if unknown:
        parser.error(
            f"unknown case(s) {', '.join(sorted(unknown))}: choose among {', '.join(CASES)}"
        )
    OUT.mkdir(parents=True, exist_ok=True)

    runs: dict[str, list[WrkResult]] = {}
    me_cases = selected & {"me", "default"}
    try:
        prepared = {backend: prepare_backend(backend) for backend in backends if me_cases}
        if "today" in selected:
            prepared |= {f"today-{backend}": prepare_today(backend, args) for backend in backends}
        for round_ in range(1, args.repeat + 1):
            for name, label, server, url, headers in cases(backends, prepared, selected):
                run_label = f"{label}-r{round_}"
                with server(f"b1-{run_label}"):
                    runs.setdefault(name, []).append(measure(run_label, url, args, headers))
    finally:
        if "postgres" in backends:
            if me_cases and not args.keep_db:
                common.drop_pg_database()
            else:
                common.pin_postgres(set(range(os.cpu_count() or 1)))

    def median(values):
        return statistics.median(values)

    # Per case: the run with the median requests/s; ratios: the median of the per-round ratios.
    results = {
        name: sorted(rs, key=lambda r: r.rps)[(len(rs) - 1) // 2] for name, rs in runs.items()
    }

    def ratio(name: str, base: str) -> float:
        return median([a.rps / b.rps for a, b in zip(runs[name], runs[base], strict=True)])

    print()
    common.print_machine()
    print(
        f"B1: one uvicorn worker on core 0, wrk -t1 -c{CONNECTIONS} --latency on core 1, "
        f"{args.duration:g}s measured after {args.warmup:g}s warm-up, {args.repeat} interleaved round(s)"
    )
    if args.repeat > 1:
        print(
            "req/s and latencies: the median run of each case; x raw: the median of the per-round ratios; "
            "p99 max: the worst round"
        )
    rows = []
    for name, r in results.items():
        rows.append(
            [
                name,
                f"{r.rps:,.0f}",
                f"{ratio(name, 'raw ASGI hello'):.3f}",
                f"{r.p50_ms:.2f}",
                f"{r.p90_ms:.2f}",
                f"{r.p99_ms:.2f}",
                f"{max(x.p99_ms for x in runs[name]):.2f}",
                " ".join(f"{x.rps:,.0f}" for x in runs[name]),
                sum(x.non_2xx for x in runs[name]),
                sum(sum(x.socket_errors.values()) for x in runs[name]),
            ]
        )
    print(
        common.table(
            [
                "case",
                "req/s",
                "x raw",
                "p50 ms",
                "p90 ms",
                "p99 ms",
                "p99 max",
                "req/s per round",
                "non-2xx",
                "sock err",
            ],
            rows,
        )
    )

    print()
    goals = []
    for backend in backends:
        for path, name in (
            ("/me", f"/me product {backend}"),
            ("/today", f"/today product {backend}"),
        ):
            if name not in runs:
                continue
            vs_raw = ratio(name, "raw ASGI hello")
            p99 = median([r.p99_ms for r in runs[name]])
            errors = sum(r.errors for r in runs[name])
            goals.append(
                [
                    backend,
                    f"{path} >= {GOAL_VS_RAW} x raw ASGI",
                    f"{vs_raw:.3f} x",
                    common.verdict(vs_raw >= GOAL_VS_RAW),
                ]
            )
            default = f"/me piccolo-default {backend}"
            if path == "/me" and default in runs:
                vs_default = ratio(name, default)
                goals.append(
                    [
                        backend,
                        f"/me >= {GOAL_VS_DEFAULT:g} x Piccolo default",
                        f"{vs_default:.1f} x",
                        common.verdict(vs_default >= GOAL_VS_DEFAULT),
                    ]
                )
            goals += [
                [
                    backend,
                    f"{path} p99 <= {GOAL_P99_MS:g} ms",
                    f"{p99:.2f} ms",
                    common.verdict(p99 <= GOAL_P99_MS),
                ],
                [
                    backend,
                    f"{path} zero non-2xx (and socket errors)",
                    str(errors),
                    common.verdict(errors == 0),
                ],
            ]
    if goals:
        print(common.table(["backend", "goal", "measured", "verdict"], goals))
    return 0 if all(g[3] == "PASS" for g in goals) else 1


if __name__ == "__main__":
    sys.exit(main())
