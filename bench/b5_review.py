"""B5: latency of the counselor's review queue and client detail on 100,000 and 1,000,000 check-ins.

For each backend and each size, a database with the demo, a generated 10,000-client clinic
(bench/gen_schedule.py) and that many check-ins (bench/gen_checkins.py), whose bench counselor
(`b5-counselor@clinic.example`) has exactly 50 clients (on their care teams); the caseload's own
check-ins are the same rows at every size, so only the table around them grows. One uvicorn worker (`companion serve`)
pinned to core 0, `wrk -t1 -c8 --latency` on core 1 (a modest concurrency: the goal is latency),
a warm-up run before each measured run. Before measuring, the queue must hold the caseload's
unreviewed check-ins (a full page, and counts that add up to what the generator made): an
empty caseload answers fast and would pass for a fast queue.

  queue     GET /api/counselor/review-queue?limit=50 (the first page)
  detail    GET /api/counselor/clients/{id}, rotating over the 50 caseload clients (bench/b5_paths.lua)
  caseload  GET /api/counselor/caseload as `b5-caseload@clinic.example`, a counselor with 60
            clients (bench/b5_caseload.py adds them to the cached database), with wrk -c1 by
            default (`--caseload-connections`): the table a counselor opens, one at a time;
            beside it, in-process on the same database, the 60 clients' hours the old way (one
            week_hours per client) against the batched client_weeks, and the whole composition

Goals: p95 <= 20 ms for each on 1,000,000 check-ins, and the 1,000,000-row p95 <= 1.5 x the
100,000-row p95 (the cost must not grow with the table); the mean's ratio is shown beside it.
`--cases` picks the endpoints (default queue,detail,caseload).

    .venv/bin/python bench/b5_review.py [--duration 20] [--warmup S] [--backends sqlite,postgres]
                                        [--sizes 100000,1000000] [--connections 8] [--repeat 1]
                                        [--regenerate] [--max-age 24] [--sqlite-analyze] [--drop]
                                        [--cases queue,detail,caseload] [--caseload-connections 1]
                                        [--reuse-cached]

Generated databases are cached, keyed by both generators' versions, the size and a digest of the
product's migration files: SQLite in bench/out/b5-sqlite-<key>/, PostgreSQL as the database
companion_bench_b5_<key> (kept between runs). They are reused for --max-age hours (default 24:
streaks, "today" and the unreviewed tail are relative to when they were made). --sqlite-analyze
measures SQLite databases ANALYZEd after generation (cached apart, key suffix _analyzed; the
product itself never runs ANALYZE). --drop removes every cached B5 database (the PostgreSQL
databases and the SQLite directories) and exits. --reuse-cached takes the newest cached database
of a backend and size even when the migrations changed since it was made (other generator
versions are never reused), after `companion migrate` brings it up to date: generating the
PostgreSQL 1M database takes minutes on a busy host. Each client detail request is a view the product
audits (one audit_event row): the cached databases grow by those rows.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import b5_caseload, common  # noqa: E402
from bench.common import OUT, WrkResult, log  # noqa: E402

CONNECTIONS = 8
GOAL_P95_MS = 20.0
GOAL_GROWTH = 1.5
CLIENTS = 10_000
SIZES = (100_000, 1_000_000)
PORTS = {"sqlite": 18151, "postgres": 18152}
DB_PREFIX = "companion_bench_b5_"
SCRIPT = str(common.BENCH / "b5_paths.lua")
QUEUE_LIMIT = 50
QUEUE_PATH = f"/api/counselor/review-queue?limit={QUEUE_LIMIT}"
DETAIL_PATH = "/api/counselor/clients/{}"
ENDPOINTS = ("queue", "detail", "caseload")
CASELOAD_CONNECTIONS = 1


@dataclass
class Run:
    wrk: WrkResult
    p50: float
    p90: float
    p95: float
    p99: float
    mean: float
    max: float


def size_name(size: int) -> str:
    return f"{size // 1_000_000}m" if size % 1_000_000 == 0 else f"{size // 1000}k"


def cache_key(size: int, analyzed: bool = False) -> str:
    from bench import gen_checkins, gen_schedule

    migrations = sorted(
        p.relative_to(common.ROOT).as_posix()
        for p in (common.ROOT / "server").glob("*/piccolo_migrations/*.py")
    )
    digest = hashlib.sha256("\n".join(migrations).encode()).hexdigest()[:8]
    key = f"v{gen_checkins.GENERATOR_VERSION}s{gen_schedule.GENERATOR_VERSION}_{size_name(size)}_{digest}"
    return key + "_analyzed" if analyzed else key


def prepare(backend: str, size: int, args) -> tuple[dict, dict]:
    """The cached database of `size` check-ins (generated when missing or stale): (env, meta)."""
    from bench import gen_checkins, gen_schedule

    analyzed = backend == "sqlite" and args.sqlite_analyze
    key = cache_key(size, analyzed)
    port = PORTS[backend]
    data_dir = OUT / f"b5-{backend}-{key}"
    meta_path = OUT / f"b5-{backend}-{key}.json"
    if backend == "sqlite":
        url = common.sqlite_url(data_dir)
        exists = (data_dir / "companion.db").exists()
    else:
        database = DB_PREFIX + key
        url = common.PG_URL.rsplit("/", 1)[0] + "/" + database
        exists = database in common.pg_databases(database)
    env = common.product_env(data_dir, port, url)
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else None
    age_h = (time.time() - meta["generated_at"]) / 3600 if meta else None
    if exists and meta and not args.regenerate and age_h <= args.max_age:
        log(
            f"{backend} {size_name(size)}: reusing {url} (generated {age_h:.1f} h ago in {meta['seconds']:g}s)"
        )
        return env, meta
    if args.reuse_cached and not args.regenerate:
        cached = reusable(backend, size, analyzed, args.max_age)
        if cached is not None:
            return cached
    log(f"{backend} {size_name(size)}: generating {url} ({CLIENTS:,} clients, {size:,} check-ins)")
    for old in OUT.glob(
        f"b5-{backend}-v*_{size_name(size)}_*"
    ):  # one cached database per backend and size
        if old.name.removesuffix(".json").endswith("_analyzed") == analyzed:
            shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink()
    if backend == "sqlite":
        common.fresh_dir(data_dir)
    else:
        for old in common.pg_databases(DB_PREFIX):
            if f"_{size_name(size)}_" in old:
                common.psql(f"DROP DATABASE IF EXISTS {old} WITH (FORCE)")
        common.psql(f"CREATE DATABASE {database}")
        common.fresh_dir(data_dir)
    started = time.perf_counter()
    common.prepare_database(env, f"b5-{backend}-{size_name(size)}")
    prepared = time.perf_counter() - started
    clinic = gen_schedule.generate(url, clients=CLIENTS, password=common.DEMO_PASSWORD)
    clinic_seconds = clinic.pop("seconds")
    made = gen_checkins.generate(url, checkins=size, analyze=analyzed)
    meta = {
        **made,
        "generated_at": time.time(),
        "url": url,
        "clinic_rows": sum(clinic.values()),
        "clinic_seconds": clinic_seconds,
        "checkin_seconds": made["seconds"],
        "prepare_seconds": round(prepared, 1),
        "seconds": round(time.perf_counter() - started, 1),
    }
    log(
        f"{backend} {size_name(size)}: migrate + demo {prepared:.1f}s, clinic {meta['clinic_rows']:,} rows in "
        f"{clinic_seconds:g}s, {made['checkins']:,} check-ins in {made['seconds']:g}s "
        f"({made['caseload_checkins']:,} on the caseload, {made['caseload_unreviewed']} of them unreviewed)"
    )
    meta_path.write_text(json.dumps(meta))
    return env, meta


def reusable(backend: str, size: int, analyzed: bool, max_age: float) -> tuple[dict, dict] | None:
    """The newest cached database of this backend and size made by these generators' versions
    (whatever the migrations then), migrated to the current ones: (env, meta), or None."""
    from bench import gen_checkins, gen_schedule

    versions = (
        f"v{gen_checkins.GENERATOR_VERSION}s{gen_schedule.GENERATOR_VERSION}_{size_name(size)}_"
    )
    found = []
    for meta_path in OUT.glob(f"b5-{backend}-{versions}*.json"):
        if meta_path.stem.endswith("_analyzed") != analyzed:
            continue
        meta = json.loads(meta_path.read_text())
        if (time.time() - meta["generated_at"]) / 3600 <= max_age:
            found.append((meta["generated_at"], meta_path, meta))
    if not found:
        return None
    _, meta_path, meta = max(found, key=lambda item: item[0])
    if backend == "postgres" and meta["url"].rsplit("/", 1)[1] not in common.pg_databases(
        DB_PREFIX
    ):
        return None
    if backend == "sqlite" and not (OUT / meta_path.stem / "companion.db").exists():
        return None
    env = common.product_env(OUT / meta_path.stem, PORTS[backend], meta["url"])
    log(f"{backend} {size_name(size)}: reusing {meta['url']} (other migrations), migrating it")
    with open(OUT / f"b5-{backend}-{size_name(size)}.migrate.log", "wb") as out:
        subprocess.run(
            [common.COMPANION, "migrate"],
            env={**os.environ, **env},
            cwd=common.ROOT,
            check=True,
            stdout=out,
            stderr=out,
        )
    return env, meta


def parse_lua(result: WrkResult) -> Run:
    match = re.search(r"^B5 latency us: (\d+) (\d+) (\d+) (\d+) ([\d.]+) (\d+)$", result.raw, re.M)
    if match is None:
        raise RuntimeError("no B5 latency line in wrk's output:\n" + result.raw)
    p50, p90, p95, p99, mean, top = (float(v) / 1000 for v in match.groups())
    return Run(result, p50, p90, p95, p99, mean, top)


def measure(
    label: str,
    port: int,
    paths: list[str],
    headers: list[str],
    args,
    connections: int | None = None,
) -> Run:
    url = f"http://{common.HOST}:{port}{paths[0]}"
    env = {"B5_PATHS": ",".join(paths)}
    kwargs = dict(
        connections=connections or args.connections, headers=headers, script=SCRIPT, env=env
    )
    log(f"{label}: warm-up {args.warmup:g}s")
    common.run_wrk(f"b5-{label}-warmup", url, duration=args.warmup, **kwargs)
    log(
        f"{label}: measuring {args.duration:g}s (load average {Path('/proc/loadavg').read_text().split()[0]})"
    )
    return parse_lua(common.run_wrk(f"b5-{label}", url, duration=args.duration, **kwargs))


def check_once(port: int, headers: dict, paths: list[str]) -> dict:
    """Each path answers 200 (else the run would measure errors); the queue's body, decoded."""
    first = None
    for path in paths:
        status, _, body = common.http_request(port, "GET", path, headers=headers)
        if status != 200:
            raise RuntimeError(f"GET {path} answered {status}: {body[:300]!r}")
        first = first or json.loads(body)
    return first


def check_queue(queue: dict, meta: dict) -> None:
    """The queue holds the caseload's unreviewed check-ins: a full first page and the counts the
    generator made. An empty answer (a counselor with no clients in scope, as when the
    generators did not fill care_team_member) is fast and measures nothing, so it stops the run."""
    expected = meta["caseload_unreviewed"]
    counted = sum(queue["counts"].values())
    if (
        not queue["items"]
        or counted != expected
        or len(queue["items"]) != min(QUEUE_LIMIT, expected)
    ):
        raise RuntimeError(
            f"{meta['counselor_email']}'s review queue has {len(queue['items'])} items and counts "
            f"{queue['counts']} ({counted}), but the caseload has {expected} unreviewed check-ins: "
            "is the bench counselor on their clients' care teams?"
        )


def check_caseload(table: dict, clients: list[int]) -> None:
    """The caseload counselor's table holds their 60 clients (an empty one measures nothing)."""
    got = sorted(row["client_id"] for row in table["clients"])
    if got != sorted(clients) or table["total"] != len(clients):
        raise RuntimeError(
            f"{b5_caseload.EMAIL}'s caseload has {len(got)} rows (total {table['total']}), "
            f"not their {len(clients)} clients"
        )


def main() -> int:
    parser = common.wrk_arguments(__doc__)
    parser.add_argument(
        "--sizes", default=",".join(map(str, SIZES)), help="check-ins per database, comma list"
    )
    parser.add_argument(
        "--connections", type=int, default=CONNECTIONS, help=f"wrk -c (default {CONNECTIONS})"
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="interleaved rounds; the median run is reported"
    )
    parser.add_argument(
        "--regenerate", action="store_true", help="generate the databases even if cached"
    )
    parser.add_argument(
        "--max-age", type=float, default=24.0, help="hours a cached database is reused (default 24)"
    )
    parser.add_argument(
        "--sqlite-analyze",
        action="store_true",
        help="SQLite databases ANALYZEd after generation (cached apart; the product never runs ANALYZE)",
    )
    parser.add_argument(
        "--drop", action="store_true", help="drop every cached B5 database and exit"
    )
    parser.add_argument(
        "--cases", default=",".join(ENDPOINTS), help="endpoints, comma list: queue,detail,caseload"
    )
    parser.add_argument(
        "--caseload-connections",
        type=int,
        default=CASELOAD_CONNECTIONS,
        help=f"wrk -c for the caseload (default {CASELOAD_CONNECTIONS}: one counselor at a time)",
    )
    parser.add_argument(
        "--reuse-cached",
        action="store_true",
        help="reuse the newest cached database even if the migrations changed (migrated first)",
    )
    args = parser.parse_args()
    args.warmup = args.warmup if args.warmup is not None else max(3.0, args.duration / 4)
    OUT.mkdir(parents=True, exist_ok=True)
    if args.drop:
        common.drop_cached(DB_PREFIX, "b5-*-v*")
        return 0
    backends = [b for b in args.backends.split(",") if b]
    sizes = sorted(int(s) for s in args.sizes.split(",") if s)
    cases = [c for c in args.cases.split(",") if c]
    if not cases or set(cases) - set(ENDPOINTS):
        parser.error(f"--cases: pick from {','.join(ENDPOINTS)}")

    prepared = {(b, s): prepare(b, s, args) for b in backends for s in sizes}
    caseloads = {}
    if "caseload" in cases:
        for (b, s), (env, meta) in prepared.items():
            caseloads[(b, s)] = b5_caseload.ensure_caseload(env["COMPANION_DATABASE_URL"], meta)
    compared: dict[tuple[str, int], list[dict]] = {}
    runs: dict[tuple[str, int, str], list[Run]] = {}
    try:
        for round_ in range(1, args.repeat + 1):
            for backend in backends:
                if backend == "postgres":
                    common.pin_postgres({int(common.CLIENT_CPU)})
                for size in sizes:
                    env, meta = prepared[(backend, size)]
                    port = PORTS[backend]
                    name = f"{backend}-{size_name(size)}-r{round_}"
                    with common.product_server(f"b5-{name}", env):
                        csrf, session = common.sign_in(
                            port, meta["counselor_email"], factors_at=env["COMPANION_DATABASE_URL"]
                        )
                        cookie = common.me_cookie(csrf, session)
                        details = [DETAIL_PATH.format(c) for c in meta["caseload"]]
                        queue = check_once(port, {"Cookie": cookie}, [QUEUE_PATH])
                        check_queue(queue, meta)
                        check_once(port, {"Cookie": cookie}, details)
                        log(
                            f"{name}: queue of {len(queue['items'])} items, unreviewed {queue['counts']}"
                        )
                        headers = [f"Cookie: {cookie}"]
                        for endpoint, paths in (("queue", [QUEUE_PATH]), ("detail", details)):
                            if endpoint in cases:
                                runs.setdefault((backend, size, endpoint), []).append(
                                    measure(f"{endpoint}-{name}", port, paths, headers, args)
                                )
                        if "caseload" in cases:
                            csrf, session = common.sign_in(
                                port, b5_caseload.EMAIL, factors_at=env["COMPANION_DATABASE_URL"]
                            )
                            them = [f"Cookie: {common.me_cookie(csrf, session)}"]
                            table = check_once(
                                port, {"Cookie": them[0][len("Cookie: ") :]}, [b5_caseload.PATH]
                            )
                            check_caseload(table, caseloads[(backend, size)])
                            runs.setdefault((backend, size, "caseload"), []).append(
                                measure(
                                    f"caseload-{name}",
                                    port,
                                    [b5_caseload.PATH],
                                    them,
                                    args,
                                    args.caseload_connections,
                                )
                            )
                    if "caseload" in cases:  # the server is stopped: core 0 is free again
                        log(f"{name}: in-process old per-client hours vs client_weeks")
                        compared.setdefault((backend, size), []).append(
                            b5_caseload.compare(env, caseloads[(backend, size)])
                        )
                if backend == "postgres":
                    common.pin_postgres(set(range(os.cpu_count() or 1)))
    finally:
        if "postgres" in backends:
            common.pin_postgres(set(range(os.cpu_count() or 1)))

    def median_run(rs: list[Run]) -> Run:
        return sorted(rs, key=lambda r: r.p95)[(len(rs) - 1) // 2]

    print()
    common.print_machine()
    analyzed = (
        " (SQLite ANALYZEd after generation)"
        if args.sqlite_analyze and "sqlite" in backends
        else ""
    )
    print(
        f"B5{analyzed}: one uvicorn worker on core 0, wrk -t1 -c{args.connections} --latency on core 1, "
        f"{args.duration:g}s measured after {args.warmup:g}s warm-up, {args.repeat} round(s); "
        f"{CLIENTS:,} clients, a 50-client caseload (the caseload case: 60 clients, wrk -c{args.caseload_connections}); "
        "latencies in ms (percentiles from wrk's Lua done())"
    )
    rows = []
    for (backend, size, endpoint), rs in runs.items():
        r = median_run(rs)
        rows.append(
            [
                f"{backend} {size_name(size)} {endpoint}",
                f"{r.wrk.rps:,.0f}",
                f"{r.mean:.2f}",
                f"{r.p50:.2f}",
                f"{r.p90:.2f}",
                f"{r.p95:.2f}",
                f"{r.p99:.2f}",
                f"{r.max:.1f}",
                sum(x.wrk.non_2xx for x in rs),
                sum(sum(x.wrk.socket_errors.values()) for x in rs),
            ]
        )
    print(
        common.table(
            ["case", "req/s", "mean", "p50", "p90", "p95", "p99", "max", "non-2xx", "sock err"],
            rows,
        )
    )
    gen_rows = [
        [
            f"{b} {size_name(s)}",
            f"{m['checkins']:,}",
            f"{m['caseload_checkins']:,}",
            f"{m['caseload_unreviewed']:,}",
            f"{m['clinic_seconds']:g}",
            f"{m['checkin_seconds']:g}",
            f"{m['seconds']:g}",
        ]
        for (b, s), (_, m) in prepared.items()
    ]
    print()
    print(
        common.table(
            [
                "database",
                "check-ins",
                "caseload's",
                "caseload unreviewed",
                "clinic s",
                "check-ins s",
                "all s",
            ],
            gen_rows,
        )
    )

    if compared:
        print()
        print(
            "The caseload's hours, in-process on the same database (core 0, server stopped; medians "
            "and p95 of interleaved rounds, ms; CPU: the process's, all threads, medians): old = week_hours per client, new = client_weeks for all "
            "(hours and next session), caseload = the whole table (today.services.caseload)"
        )
        crow = []
        for (b, s), results in compared.items():
            for r in results:
                crow.append(
                    [
                        f"{b} {size_name(s)}",
                        f"{r['clients']} ({r['enrolled']} enrolled)",
                        f"{r['old_ms']:.2f} / {r['old_p95_ms']:.2f}",
                        f"{r['new_ms']:.2f} / {r['new_p95_ms']:.2f}",
                        f"{r['new_ms'] / r['old_ms']:.2f}",
                        f"{r['caseload_ms']:.2f} / {r['caseload_p95_ms']:.2f}",
                        f"{r['old_cpu_ms']:.2f} / {r['new_cpu_ms']:.2f} / {r['caseload_cpu_ms']:.2f}",
                    ]
                )
        print(
            common.table(
                [
                    "database",
                    "clients",
                    "old p50 / p95",
                    "new p50 / p95",
                    "new/old p50",
                    "caseload p50 / p95",
                    "CPU old / new / caseload",
                ],
                crow,
            )
        )

    print()
    goals = []
    big, small = sizes[-1], sizes[0]
    for backend in backends:
        for endpoint in (e for e in ENDPOINTS if e in cases):
            top = median_run(runs[(backend, big, endpoint)])
            goals.append(
                [
                    backend,
                    f"{endpoint} p95 <= {GOAL_P95_MS:g} ms on {size_name(big)}",
                    f"{top.p95:.2f} ms",
                    common.verdict(top.p95 <= GOAL_P95_MS),
                ]
            )
            if big != small:
                low = median_run(runs[(backend, small, endpoint)])
                growth = top.p95 / low.p95
                goals.append(
                    [
                        backend,
                        f"{endpoint} p95 {size_name(big)} <= {GOAL_GROWTH:g} x {size_name(small)}",
                        f"{top.p95:.2f} / {low.p95:.2f} = {growth:.2f} x (mean {top.mean / low.mean:.2f} x)",
                        common.verdict(growth <= GOAL_GROWTH),
                    ]
                )
            errors = sum(r.wrk.errors for s in sizes for r in runs[(backend, s, endpoint)])
            goals.append(
                [
                    backend,
                    f"{endpoint} zero non-2xx (and socket errors)",
                    str(errors),
                    common.verdict(errors == 0),
                ]
            )
    print(common.table(["backend", "goal", "measured", "verdict"], goals))
    return 0 if all(g[3] == "PASS" for g in goals) else 1


if __name__ == "__main__":
    sys.exit(main())
