"""Where the time of B5's requests goes, without a server: the product's ASGI app in-process.

Signs in as the bench counselor of a B5 database (bench/b5_review.py generates and caches them)
and times N sequential calls (µs per request: wall, and the process's CPU in all threads) of
GET /api/counselor/review-queue?limit=50 and GET /api/counselor/clients/{id} (rotating over the
caseload), then a cProfile of each by cumulative time (`--top 0`: timings only). Uses the cached
database of the given backend and size. `--caseload` adds GET /api/counselor/caseload as the
60-client counselor of B5's caseload case (bench/b5_caseload.py adds them if missing).

The process pins itself to core 0 (common.SERVER_CPU), where b5_review.py runs the server, so
the event loop and aiosqlite's thread share a core as they do there. Unpinned, each hand-off to
that thread may wake the other core: when the review queue wrote its 31 audit views as 31
INSERTs (before 3bc27f8), its CPU per request doubled on an idle host (bench/README.md, "After
309b69d"). `--no-pin` to see it.

    .venv/bin/python bench/profile_b5.py [--backend sqlite|postgres] [--size 1000000] [--requests 500]
                                         [--analyzed] [--top 35] [--no-pin] [--caseload]
                                         [--reuse-cached]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import b5_caseload, b5_review, common  # noqa: E402
from bench.profile_me import cookie, lifespan_startup  # noqa: E402


async def call(
    app, path: str, headers, body: bytes = b"", method: str = "GET"
) -> tuple[int, list, bytes]:
    sent = []
    route, _, query = path.partition("?")

    async def receive():
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": route,
        "raw_path": route.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
        "state": {},
    }
    await app(scope, receive, send)
    return (
        sent[0]["status"],
        sent[0].get("headers", []),
        b"".join(m.get("body", b"") for m in sent[1:]),
    )


async def sign_in(app, email: str) -> list:
    """The headers of a signed-in request as this account (the demo password): the session and
    the CSRF token bound to it; a staff account finishes with its authenticator app
    (common.second_factor_flow, enrolled on the first sign-in to this database)."""
    import asyncio

    _, headers, _ = await call(app, "/healthz", [])
    csrf = cookie(headers, common.CSRF_COOKIE)
    body = json.dumps({"email": email, "password": common.DEMO_PASSWORD}).encode()
    status, headers, text = await call(
        app,
        "/api/auth/login",
        [
            (b"content-type", b"application/json"),
            (b"x-csrf-token", csrf.encode()),
            (b"cookie", f"{common.CSRF_COOKIE}={csrf}".encode()),
            (b"content-length", str(len(body)).encode()),
        ],
        body,
        method="POST",
    )
    assert status == 200, (status, text)
    session, csrf = cookie(headers, common.SESSION_COOKIE), cookie(headers, common.CSRF_COOKIE)
    flow = common.second_factor_flow(os.environ["COMPANION_DATABASE_URL"], email, json.loads(text))
    reply = None
    while True:
        try:
            step = flow.send(reply)
        except StopIteration:
            break
        if step[0] == "sleep":
            await asyncio.sleep(step[1])
            reply = None
            continue
        _, path, payload, _ = step
        body = b"" if payload is None else json.dumps(payload).encode()
        status, headers, text = await call(
            app,
            path,
            [
                (b"content-type", b"application/json"),
                (b"x-csrf-token", csrf.encode()),
                (b"cookie", common.me_cookie(csrf, session).encode()),
                (b"content-length", str(len(body)).encode()),
            ],
            body,
            method="POST",
        )
        prefix = f"{common.SESSION_COOKIE}=".encode()
        if any(k == b"set-cookie" and v.startswith(prefix) for k, v in headers):
            session = cookie(headers, common.SESSION_COOKIE)
            csrf = cookie(headers, common.CSRF_COOKIE)
        reply = (status, text)
    return [(b"host", b"127.0.0.1"), (b"cookie", common.me_cookie(csrf, session).encode())]


async def main_async(args, meta: dict) -> None:
    from server.app import create_app
    from server.core.logs import configure_logging
    from server.settings import load_settings

    settings = load_settings()
    configure_logging(settings.log_level)
    app = create_app(settings)
    shutdown = await lifespan_startup(app)
    try:
        me = await sign_in(app, meta["counselor_email"])
        cases = {
            "queue": [b5_review.QUEUE_PATH],
            "detail": [b5_review.DETAIL_PATH.format(c) for c in meta["caseload"]],
        }
        headers_of = {name: me for name in cases}
        if args.caseload:  # the 60-client counselor of B5's caseload case (b5_caseload.py)
            headers_of["caseload"] = await sign_in(app, b5_caseload.EMAIL)
            cases["caseload"] = [b5_caseload.PATH]
        n = args.requests
        print(
            f"in-process ASGI calls, {n} sequential requests each ({args.backend}, {args.size:,} check-ins):"
        )
        status, _, text = await call(app, b5_review.QUEUE_PATH, me)
        assert status == 200, (status, text[:200])
        b5_review.check_queue(json.loads(text), meta)
        for name, paths in cases.items():
            me = headers_of[name]
            for i in range(min(100, n)):
                status, _, text = await call(app, paths[i % len(paths)], me)
                assert status == 200, (name, status, text[:200])
            started, cpu = time.perf_counter(), time.process_time()
            for i in range(n):
                await call(app, paths[i % len(paths)], me)
            wall = (time.perf_counter() - started) / n * 1e6
            cpu = (time.process_time() - cpu) / n * 1e6
            print(f"  {name:<8} {wall:9.1f} µs/request, CPU {cpu:9.1f} µs/request (all threads)")
        for name, paths in cases.items() if args.top else ():
            me = headers_of[name]
            profiler = cProfile.Profile()
            profiler.enable()
            for i in range(n):
                await call(app, paths[i % len(paths)], me)
            profiler.disable()
            out = io.StringIO()
            pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(args.top)
            print(f"\ncProfile of {name}, {n} requests, by cumulative time:")
            print(out.getvalue())
    finally:
        await shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--backend", default="sqlite", choices=("sqlite", "postgres"))
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument(
        "--analyzed", action="store_true", help="the SQLite database made with --sqlite-analyze"
    )
    parser.add_argument(
        "--top", type=int, default=35, help="lines of each profile (0: timings only, no profile)"
    )
    parser.add_argument(
        "--no-pin", action="store_true", help=f"do not pin the process to core {common.SERVER_CPU}"
    )
    parser.add_argument(
        "--caseload",
        action="store_true",
        help="also GET /api/counselor/caseload as the 60-client counselor (bench/b5_caseload.py)",
    )
    parser.add_argument(
        "--reuse-cached",
        action="store_true",
        help="the newest cached database even if the migrations changed (migrated first), "
        "as b5_review.py --reuse-cached",
    )
    args = parser.parse_args()
    if not args.no_pin:
        os.sched_setaffinity(0, {int(common.SERVER_CPU)})
    analyzed = args.analyzed and args.backend == "sqlite"
    key = b5_review.cache_key(args.size, analyzed)
    meta_path = common.OUT / f"b5-{args.backend}-{key}.json"
    if meta_path.exists():
        meta = json.loads(meta_path.read_text())
        env = common.product_env(common.OUT / f"b5-{args.backend}-{key}", 8000, meta["url"])
    elif args.reuse_cached and (
        found := b5_review.reusable(args.backend, args.size, analyzed, max_age=24.0)
    ):
        env, meta = found
    else:
        raise SystemExit(
            f"no cached B5 database {meta_path.name}: run bench/b5_review.py first "
            "(or --reuse-cached)"
        )
    os.environ.update(env)
    if args.caseload:  # before the app binds its engine: this opens one of its own
        b5_caseload.ensure_caseload(meta["url"], meta)
    import uvloop

    uvloop.run(main_async(args, meta))


if __name__ == "__main__":
    main()
