"""What-if variants of the product, to measure server/ changes before recommending them.

Bench-only uvicorn factories: the real `create_app`, patched in this process only.

    async_guards   every sync route guard runs inline on the event loop, as it would if the
                   guards in server/security/guards.py were `async def` (Litestar 2 runs a sync
                   guard through `sync_to_thread`, i.e. a thread-pool hop per guarded request);
    no_access_log  the companion.access logger disabled (no line per request);
    both           async_guards and no_access_log together;
    async_guards_buffered_log
                   async_guards, and the same access line appended to a buffer that is written
                   to stderr at most every 100 ms (one write for many lines) instead of one
                   logging call, one LogRecord and one write+flush per request.

    .venv/bin/python bench/whatif.py [--duration 20] [--backends sqlite,postgres]

runs B1's /api/auth/me case (c64, core 0 / core 1, warm-up first) on `companion serve` and on
each variant, side by side, and prints the table. With --signin it runs B4's sequence (idle /me,
sign-in, /me during a sign-in flood) on `companion serve` and on:

    hash_nice0     argon2 threads at normal priority;
    switch_1ms     sys.setswitchinterval(0.001) (the GIL changes hands after 1 ms, not 5 ms).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _product(settings_hook=None):
    from server.app import create_app
    from server.logs import configure_logging
    from server.settings import load_settings

    settings = load_settings()
    configure_logging(settings.log_level)  # as `companion serve` does
    return create_app(settings)


def inline_guards(app) -> int:
    """Replace Litestar's thread-hopping wrappers of sync guards by inline async calls."""
    from litestar.utils.sync import AsyncCallable

    def inline(function):
        async def guard(connection, handler):
            return function(connection, handler)
        return guard

    patched = 0
    for route in app.routes:
        for handler in getattr(route, "route_handlers", []):
            guards = handler.resolve_guards()
            if any(isinstance(g, AsyncCallable) for g in guards):
                handler._resolved_guards = [inline(g.func) if isinstance(g, AsyncCallable) else g for g in guards]
                patched += 1
    return patched


def async_guards():
    app = _product()
    if not inline_guards(app):
        raise SystemExit("no sync guard found to patch")
    return app


def no_access_log():
    app = _product()
    logging.getLogger("companion.access").disabled = True
    return app


def both():
    app = async_guards()
    logging.getLogger("companion.access").disabled = True
    return app


_buffer: list[str] = []


def _flush_access_log() -> None:
    sys.stderr.write("".join(_buffer))
    sys.stderr.flush()
    _buffer.clear()


def buffered_log_request(scope: dict, status: int, started: float) -> None:
    """server.logs.log_request's line, buffered (what-if only)."""
    import asyncio
    import datetime as dt
    import time

    from server.logs import access

    if access.isEnabledFor(logging.INFO):
        template = scope.get("path_template") or "(no route)"
        now = dt.datetime.now().isoformat(sep=" ", timespec="milliseconds").replace(".", ",")
        _buffer.append(f"{now} INFO companion.access: {scope['method']} {template} {status} "
                       f"{(time.perf_counter() - started) * 1000:.1f}ms\n")
        if len(_buffer) == 1:
            asyncio.get_running_loop().call_later(0.1, _flush_access_log)


def async_guards_buffered_log():
    import server.http

    app = async_guards()
    server.http.log_request = buffered_log_request
    return app


def hash_nice0():
    """Hashing threads at normal priority (HASH_THREAD_NICENESS = 0)."""
    import server.security.passwords

    server.security.passwords.HASH_THREAD_NICENESS = 0
    return _product()


def _hash_threads(initializer):
    import server.security.passwords

    server.security.passwords._lower_thread_priority = initializer
    return _product()


def hash_nice19():
    """Hashing threads at nice +19 instead of +10."""
    import os
    import threading

    return _hash_threads(lambda: os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 19))


def hash_sched_idle():
    """Hashing threads under SCHED_IDLE: they run only when nothing else on the core wants to."""
    import os

    return _hash_threads(lambda: os.sched_setscheduler(0, os.SCHED_IDLE, os.sched_param(0)))


def set_slice(nice: int, slice_ns: int) -> None:
    """sched_setattr(2) on the calling thread: SCHED_OTHER at `nice` with a custom EEVDF slice
    (Linux >= 6.12 honours sched_runtime as the slice for fair tasks; 0.1 to 100 ms)."""
    import ctypes
    import struct

    libc = ctypes.CDLL(None, use_errno=True)
    SYS_sched_setattr = 314  # x86_64
    attr = struct.pack("=IIQiIQQQII", 56, 0, 0, nice, 0, slice_ns, 0, 0, 0, 0)
    buf = ctypes.create_string_buffer(attr, 56)
    if libc.syscall(SYS_sched_setattr, 0, buf, 0) != 0:
        raise OSError(ctypes.get_errno(), "sched_setattr")


def hash_short_slice():
    """Hashing threads at nice +10 with a 0.1 ms scheduler slice (sched_setattr sched_runtime)."""
    return _hash_threads(lambda: set_slice(10, 100_000))


def switch_1ms():
    """The GIL handed over after 1 ms instead of 5 ms (sys.setswitchinterval(0.001))."""
    sys.setswitchinterval(0.001)
    return _product()


def signin_main(args) -> int:
    """B4's idle/sign-in/loaded sequence on `companion serve` and on the sign-in variants."""
    from bench import b4_signin, common

    variants = args.variants.split(",")
    results = {}
    try:
        for backend in args.backends.split(","):
            for variant in variants:
                if variant == "product":
                    server = common.product_server
                else:
                    def server(label, env, variant=variant):
                        return common.uvicorn_server(label, f"bench.whatif:{variant}", factory=True,
                                                     port=int(env["COMPANION_PORT"]), env=env, ready_path="/healthz")
                results[f"{backend} {variant}"] = b4_signin.run_backend(backend, args, server=server,
                                                                        tag=f"-whatif-{variant}")
    finally:
        if "postgres" in args.backends:
            common.drop_pg_database()
    print()
    common.print_machine()
    print(f"what-if (B4): companion serve variants on core 0; {args.duration:g}s after {args.warmup:g}s warm-up")
    rows = [[name, f"{r['signin'].ok_rps:.1f}", f"{100 * r['signin_cpu_share']:.0f}%", f"{r['me_idle'].p99_ms:.2f}",
             f"{r['me_loaded'].p99_ms:.2f}", f"{r['me_loaded'].p99_ms / r['me_idle'].p99_ms:.2f}",
             f"{r['signin_flood'].ok_rps:.1f}", r["me_idle"].errors + r["me_loaded"].errors + r["signin"].errors]
            for name, r in results.items()]
    print(common.table(["case", "sign-in/s", "core-0 use", "/me p99 idle", "/me p99 loaded", "loaded/idle",
                        "sign-in/s in flood", "errors"], rows))
    return 0


def main() -> int:
    from bench import common
    from bench.b1_throughput import CONNECTIONS, measure
    from bench.common import OUT, log

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=20)
    parser.add_argument("--warmup", type=float)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--signin", action="store_true", help="B4's sign-in cases instead of B1's /me case")
    parser.add_argument("--variants", default="product,hash_nice0,switch_1ms,hash_nice19,hash_sched_idle,hash_short_slice",
                        help="with --signin: which variants to run")
    args = parser.parse_args()
    args.warmup = args.warmup if args.warmup is not None else max(3.0, args.duration / 4)
    args.settle = 2.0
    if args.signin:
        return signin_main(args)
    backends = [b for b in args.backends.split(",") if b]
    OUT.mkdir(parents=True, exist_ok=True)
    results = {}
    with common.uvicorn_server("whatif-raw", "bench.hello:raw_app", port=18401) as server:
        results["raw ASGI hello"] = measure("whatif-raw", server.url + "/", args)
    try:
        for backend in backends:
            data_dir = common.fresh_dir(OUT / f"whatif-{backend}-data")
            port = 18402
            if backend == "sqlite":
                url = common.sqlite_url(data_dir)
            else:
                common.create_pg_database()
                url = common.PG_URL
            env = common.product_env(data_dir, port, url)
            log(f"{backend}: migrate + demo")
            common.prepare_database(env, f"whatif-{backend}")
            me = f"http://{common.HOST}:{port}/api/auth/me"
            with common.product_server(f"whatif-product-{backend}", env):
                csrf, session = common.sign_in(port)
                headers = [f"Cookie: {common.me_cookie(csrf, session)}"]
                results[f"{backend} product"] = measure(f"whatif-product-{backend}", me, args, headers)
            for variant in ("async_guards", "async_guards_buffered_log", "both"):
                with common.uvicorn_server(f"whatif-{variant}-{backend}", f"bench.whatif:{variant}", port=port,
                                           factory=True, env=env, ready_path="/healthz"):
                    results[f"{backend} {variant}"] = measure(f"whatif-{variant}-{backend}", me, args, headers)
    finally:
        if "postgres" in backends:
            common.drop_pg_database()
    raw = results["raw ASGI hello"].rps
    print()
    common.print_machine()
    print(f"what-if: GET /api/auth/me, one uvicorn worker on core 0, wrk -t1 -c{CONNECTIONS} on core 1, "
          f"{args.duration:g}s after {args.warmup:g}s warm-up, median of {args.repeat}")
    rows = [[name, f"{r.rps:,.0f}", f"{r.rps / raw:.3f}", f"{r.p50_ms:.2f}", f"{r.p90_ms:.2f}", f"{r.p99_ms:.2f}",
             r.errors] for name, r in results.items()]
    print(common.table(["case", "req/s", "x raw", "p50 ms", "p90 ms", "p99 ms", "errors"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
