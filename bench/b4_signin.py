"""B4: sign-in throughput against raw argon2, and /api/auth/me latency while sign-ins flood in.

All in one invocation, every wrk run preceded by a warm-up run:

1. raw argon2id verifications/s at the product's parameters, one thread, pinned to core 0
   (bench/argon2_rate.py);
2. per backend, `companion serve` pinned to core 0 (so it hashes one password at a time):
   a. idle: GET /api/auth/me with a light wrk (-c4) on core 1 -> p99;
   b. sign-in: wrk -c64 POSTing valid credentials (bench/login.lua) on core 1 -> requests/s;
   c. loaded: the same light /me wrk while another wrk -c64 hammers sign-in -> p99.

    .venv/bin/python bench/b4_signin.py [--duration 20] [--backends sqlite,postgres]

Goals: sign-in req/s >= 0.9 x raw verifications/s; loaded /me p99 <= 3 x idle p99; zero
non-2xx on /me (idle and loaded) and on sign-in.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402
from bench.common import OUT, log  # noqa: E402
from server.security.passwords import HASH_THREAD_NICENESS  # noqa: E402

SIGNIN_CONNECTIONS = 64
ME_CONNECTIONS = 4
GOAL_SIGNIN_VS_RAW = 0.9
GOAL_LOADED_P99 = 3.0
PORTS = {"sqlite": 18201, "postgres": 18202}
LOGIN_SCRIPT = str(common.BENCH / "login.lua")
# A sign-in waits behind up to 63 others for the single hashing thread: seconds, not an error.
SIGNIN_TIMEOUT = "30s"


def raw_argon2(args) -> dict:
    log(f"argon2: {args.warmup}s warm-up + {args.duration}s on core {common.SERVER_CPU}")
    out = subprocess.run(
        [
            "taskset",
            "-c",
            common.SERVER_CPU,
            common.PYTHON,
            str(common.BENCH / "argon2_rate.py"),
            "--duration",
            str(args.duration),
            "--warmup",
            str(args.warmup),
        ],
        check=True,
        capture_output=True,
        text=True,
        cwd=common.ROOT,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def run_backend(backend: str, args, server=None, tag: str = "") -> dict:
    """Idle /me, sign-in, /me during a sign-in flood, on `companion serve` (or `server(label, env)`)."""
    server = server or common.product_server
    backend_tag = backend + tag
    port = PORTS[backend]
    env = common.demo_env(backend, "b4", port)
    me_url = f"http://{common.HOST}:{port}/api/auth/me"
    base_url = f"http://{common.HOST}:{port}"
    results = {}
    with server(f"b4-product-{backend_tag}", env) as running:
        csrf, session = common.sign_in(port)
        me_headers = [f"Cookie: {common.me_cookie(csrf, session)}"]
        # The flood signs in with no session cookie, so with a token bound to no session (the
        # one GET /healthz sets); sign_in's is bound to its session and refused without it.
        login_env = {
            "BENCH_PASSWORD": common.DEMO_PASSWORD,
            "BENCH_CSRF": common.csrf_token(port),
            "BENCH_CSRF_COOKIE": common.CSRF_COOKIE,
        }

        def me(label: str, duration: float):
            return common.start_wrk(
                f"b4-{backend_tag}-{label}",
                me_url,
                connections=ME_CONNECTIONS,
                duration=duration,
                headers=me_headers,
            )

        def drain() -> None:
            # Sign-ins abandoned by a finished wrk stay queued for the hashing thread; one more
            # sign-in answers only once they are done, so the next run starts from an empty queue.
            started = time.monotonic()
            common.sign_in(port, email="client2@demo.example", timeout=120, retry_busy_for=120)
            log(f"{backend}: hashing queue drained in {time.monotonic() - started:.1f}s")

        def login(label: str, duration: float):
            return common.start_wrk(
                f"b4-{backend_tag}-{label}",
                base_url,
                env=login_env,
                connections=SIGNIN_CONNECTIONS,
                duration=duration,
                script=LOGIN_SCRIPT,
                timeout=SIGNIN_TIMEOUT,
            )

        log(f"{backend}: idle /me (c{ME_CONNECTIONS})")
        common.finish_wrk(me("me-idle-warmup", args.warmup))
        results["me_idle"] = common.finish_wrk(me("me-idle", args.duration))

        log(f"{backend}: sign-in (c{SIGNIN_CONNECTIONS})")
        common.finish_wrk(login("signin-warmup", args.warmup))
        drain()
        cpu = running.cpu_seconds()
        started = time.monotonic()
        results["signin"] = common.finish_wrk(login("signin", args.duration))
        results["signin_cpu_share"] = (running.cpu_seconds() - cpu) / (time.monotonic() - started)
        drain()
        log(
            f"{backend}: the server used {100 * results['signin_cpu_share']:.0f}% of core "
            f"{common.SERVER_CPU} during the sign-in run (load average {Path('/proc/loadavg').read_text().split()[0]})"
        )

        log(f"{backend}: /me (c{ME_CONNECTIONS}) during sign-in (c{SIGNIN_CONNECTIONS})")
        # The sign-in flood starts first and outlasts the /me run by a second at each end.
        flood = login("signin-flood", args.duration + 2 * args.settle)
        time.sleep(args.settle)
        results["me_loaded"] = common.finish_wrk(me("me-loaded", args.duration))
        results["signin_flood"] = common.finish_wrk(flood)
        drain()
    return results


def main() -> int:
    parser = common.wrk_arguments(__doc__)
    args = parser.parse_args()
    args.warmup = args.warmup if args.warmup is not None else max(3.0, args.duration / 4)
    args.settle = 2.0
    backends = [b for b in args.backends.split(",") if b]
    OUT.mkdir(parents=True, exist_ok=True)

    raw = raw_argon2(args)
    per_backend = {}
    try:
        for backend in backends:
            per_backend[backend] = run_backend(backend, args)
    finally:
        if "postgres" in backends:
            common.drop_pg_database()

    print()
    common.print_machine()
    print(
        f"B4: companion serve on core {common.SERVER_CPU} (one hashing thread), wrk on core "
        f"{common.CLIENT_CPU}; {args.duration:g}s measured after {args.warmup:g}s warm-up"
    )
    print(
        f"raw argon2id (m={raw['memory_cost_kib']} KiB, t={raw['time_cost']}, p={raw['parallelism']}) "
        f"one thread on core {common.SERVER_CPU}: {raw['per_second']:.1f} verifications/s "
        f"({raw['verifications']} in {raw['seconds']:.1f}s)"
    )
    for backend, r in per_backend.items():
        print(
            f"{backend}: during the sign-in run the server used {100 * r['signin_cpu_share']:.0f}% of core "
            f"{common.SERVER_CPU} (less than ~100% means something else ran there: its argon2 thread is nice +{HASH_THREAD_NICENESS})"
        )
    rows, goals = [], []
    for backend, r in per_backend.items():
        for key, name in (
            ("me_idle", f"/me c{ME_CONNECTIONS} idle"),
            ("signin", f"sign-in c{SIGNIN_CONNECTIONS}"),
            ("me_loaded", f"/me c{ME_CONNECTIONS} during sign-in flood"),
            ("signin_flood", f"sign-in c{SIGNIN_CONNECTIONS} (the flood)"),
        ):
            w = r[key]
            rows.append(
                [
                    backend,
                    name,
                    f"{w.rps:,.1f}",
                    f"{w.ok_rps:,.1f}",
                    f"{w.p50_ms:.2f}",
                    f"{w.p90_ms:.2f}",
                    f"{w.p99_ms:.2f}",
                    w.requests,
                    w.non_2xx,
                    sum(w.socket_errors.values()),
                ]
            )
        signin, idle, loaded = r["signin"], r["me_idle"], r["me_loaded"]
        goals += [
            [
                backend,
                f"sign-in 2xx/s >= {GOAL_SIGNIN_VS_RAW} x raw verifications/s",
                f"{signin.ok_rps:.1f} / {raw['per_second']:.1f} = {signin.ok_rps / raw['per_second']:.3f} x",
                common.verdict(signin.ok_rps >= GOAL_SIGNIN_VS_RAW * raw["per_second"]),
            ],
            [
                backend,
                f"loaded /me p99 <= {GOAL_LOADED_P99:g} x idle p99",
                f"{loaded.p99_ms:.2f} / {idle.p99_ms:.2f} ms = {loaded.p99_ms / idle.p99_ms:.2f} x",
                common.verdict(loaded.p99_ms <= GOAL_LOADED_P99 * idle.p99_ms),
            ],
            [
                backend,
                "zero non-2xx on /me (idle, loaded)",
                f"{idle.errors} + {loaded.errors}",
                common.verdict(idle.errors == 0 and loaded.errors == 0),
            ],
            [
                backend,
                "zero non-2xx on sign-in",
                f"{signin.errors} + {r['signin_flood'].errors}",
                common.verdict(signin.errors == 0 and r["signin_flood"].errors == 0),
            ],
        ]
    print(
        common.table(
            [
                "backend",
                "case",
                "req/s",
                "2xx/s",
                "p50 ms",
                "p90 ms",
                "p99 ms",
                "requests",
                "non-2xx",
                "sock err",
            ],
            rows,
        )
    )
    print()
    print(common.table(["backend", "goal", "measured", "verdict"], goals))
    return 0 if all(g[3] == "PASS" for g in goals) else 1


if __name__ == "__main__":
    sys.exit(main())
