"""B1: requests/s of an authenticated GET /api/auth/me against two baselines and Piccolo's default.

One uvicorn worker pinned to core 0, `wrk -t1 -c64 --latency` pinned to core 1. All cases run in
one invocation, each with a warm-up run before its measured run(s):

  raw ASGI hello, Litestar hello, /api/auth/me on the product (`companion serve`) on SQLite and
  PostgreSQL, and /api/auth/me on Piccolo's default engine setup (bench/default_engines.py).

    .venv/bin/python bench/b1_throughput.py [--duration 20] [--repeat 1] [--backends sqlite,postgres]

With --repeat N all cases run N times, round after round (so a burst of load from something
else on the machine hits every case alike); each case reports its median run, each goal the
median of its per-round ratios. Raw wrk output and server stderr are kept in bench/out/.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402
from bench.common import OUT, WrkResult, log  # noqa: E402

CONNECTIONS = 64
GOAL_VS_RAW = 0.25
GOAL_VS_DEFAULT = 10.0
GOAL_P99_MS = 15.0
PORTS = {"raw": 18101, "litestar": 18102, "sqlite": 18103, "postgres": 18104}


def measure(label: str, url: str, args, headers=()) -> WrkResult:
    log(f"{label}: warm-up {args.warmup:g}s")
    common.run_wrk(f"b1-{label}-warmup", url, connections=CONNECTIONS, duration=args.warmup, headers=headers)
    log(f"{label}: measuring {args.duration:g}s (load average {Path('/proc/loadavg').read_text().split()[0]})")
    return common.run_wrk(f"b1-{label}", url, connections=CONNECTIONS, duration=args.duration, headers=headers)


def prepare_backend(backend: str) -> tuple[dict, list[str]]:
    """A fresh database with the demo loaded, and the /me headers of a signed-in client."""
    data_dir = common.fresh_dir(OUT / f"b1-{backend}-data")
    port = PORTS[backend]
    if backend == "sqlite":
        url = common.sqlite_url(data_dir)
    else:
        common.create_pg_database()
        url = common.PG_URL
    env = common.product_env(data_dir, port, url)
    log(f"{backend}: migrate + demo")
    common.prepare_database(env, f"b1-{backend}")
    with common.product_server(f"b1-signin-{backend}", env):
        csrf, session = common.sign_in(port)
    return env, [f"Cookie: {common.me_cookie(csrf, session)}"]


def cases(backends: list[str], prepared: dict) -> list[tuple[str, str, object, str, list[str]]]:
    """(name, label, server factory, url, headers) of every case, in run order."""
    out = [
        ("raw ASGI hello", "raw", lambda label: common.uvicorn_server(label, "bench.hello:raw_app",
                                                                      port=PORTS["raw"]),
         f"http://{common.HOST}:{PORTS['raw']}/", []),
        ("Litestar hello", "litestar", lambda label: common.uvicorn_server(label, "bench.hello:litestar_app",
                                                                           port=PORTS["litestar"]),
         f"http://{common.HOST}:{PORTS['litestar']}/", []),
    ]
    for backend in backends:
        env, headers = prepared[backend]
        me = f"http://{common.HOST}:{PORTS[backend]}/api/auth/me"
        factory = "bench.default_engines:" + ("sqlite_app" if backend == "sqlite" else "postgres_app")
        out.append((f"/me product {backend}", f"product-{backend}",
                    lambda label, env=env: common.product_server(label, env), me, headers))
        out.append((f"/me piccolo-default {backend}", f"default-{backend}",
                    lambda label, env=env, factory=factory: common.uvicorn_server(
                        label, factory, port=int(env["COMPANION_PORT"]), factory=True, env=env,
                        ready_path="/healthz"), me, headers))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=20, help="seconds per measured run (default 20)")
    parser.add_argument("--warmup", type=float, help="seconds of warm-up per run (default duration/4, ≥ 3)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="rounds over all cases (interleaved); medians are reported (default 1)")
    parser.add_argument("--backends", default="sqlite,postgres", help="comma list of sqlite, postgres")
    parser.add_argument("--keep-db", action="store_true", help="do not drop the PostgreSQL bench database")
    args = parser.parse_args()
    args.warmup = args.warmup if args.warmup is not None else max(3.0, args.duration / 4)
    backends = [b for b in args.backends.split(",") if b]
    OUT.mkdir(parents=True, exist_ok=True)

    runs: dict[str, list[WrkResult]] = {}
    try:
        prepared = {backend: prepare_backend(backend) for backend in backends}
        for round_ in range(1, args.repeat + 1):
            for name, label, server, url, headers in cases(backends, prepared):
                run_label = f"{label}-r{round_}"
                with server(f"b1-{run_label}"):
                    runs.setdefault(name, []).append(measure(run_label, url, args, headers))
    finally:
        if "postgres" in backends and not args.keep_db:
            common.drop_pg_database()

    def median(values):
        return statistics.median(values)

    # Per case: the run with the median requests/s; ratios: the median of the per-round ratios.
    results = {name: sorted(rs, key=lambda r: r.rps)[(len(rs) - 1) // 2] for name, rs in runs.items()}

    def ratio(name: str, base: str) -> float:
        return median([a.rps / b.rps for a, b in zip(runs[name], runs[base])])

    print()
    common.print_machine()
    print(f"B1: one uvicorn worker on core 0, wrk -t1 -c{CONNECTIONS} --latency on core 1, "
          f"{args.duration:g}s measured after {args.warmup:g}s warm-up, {args.repeat} interleaved round(s)")
    if args.repeat > 1:
        print("req/s and latencies: the median run of each case; x raw: the median of the per-round ratios; "
              "p99 max: the worst round")
    rows = []
    for name, r in results.items():
        rows.append([name, f"{r.rps:,.0f}", f"{ratio(name, 'raw ASGI hello'):.3f}", f"{r.p50_ms:.2f}",
                     f"{r.p90_ms:.2f}", f"{r.p99_ms:.2f}", f"{max(x.p99_ms for x in runs[name]):.2f}",
                     " ".join(f"{x.rps:,.0f}" for x in runs[name]), sum(x.non_2xx for x in runs[name]),
                     sum(sum(x.socket_errors.values()) for x in runs[name])])
    print(common.table(["case", "req/s", "x raw", "p50 ms", "p90 ms", "p99 ms", "p99 max", "req/s per round",
                        "non-2xx", "sock err"], rows))

    print()
    goals = []
    for backend in backends:
        name = f"/me product {backend}"
        vs_raw = ratio(name, "raw ASGI hello")
        vs_default = ratio(name, f"/me piccolo-default {backend}")
        p99 = median([r.p99_ms for r in runs[name]])
        errors = sum(r.errors for r in runs[name])
        goals += [
            [backend, f"/me >= {GOAL_VS_RAW} x raw ASGI", f"{vs_raw:.3f} x", common.verdict(vs_raw >= GOAL_VS_RAW)],
            [backend, f"/me >= {GOAL_VS_DEFAULT:g} x Piccolo default", f"{vs_default:.1f} x",
             common.verdict(vs_default >= GOAL_VS_DEFAULT)],
            [backend, f"/me p99 <= {GOAL_P99_MS:g} ms", f"{p99:.2f} ms", common.verdict(p99 <= GOAL_P99_MS)],
            [backend, "/me zero non-2xx (and socket errors)", str(errors), common.verdict(errors == 0)],
        ]
    print(common.table(["backend", "goal", "measured", "verdict"], goals))
    return 0 if all(g[3] == "PASS" for g in goals) else 1


if __name__ == "__main__":
    sys.exit(main())
