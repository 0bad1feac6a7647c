"""Where the time of GET /api/auth/me goes, without a server: the ASGI apps called in-process.

Times N sequential calls (µs per request, on uvloop) of: the raw ASGI hello, the Litestar hello,
the product's /api/auth/me, and the product's /me with pieces switched off by monkeypatching in
this process only (the access log; the session lookup's SQL). Then a cProfile of the product's
/me, by own and cumulative time.

    .venv/bin/python bench/profile_me.py [--requests 20000] [--database sqlite|postgres]

This leaves uvicorn and httptools out (the same for every case); B1's ratios include them.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402


def scope(method: str, path: str, headers: list[tuple[bytes, bytes]]) -> dict:
    return {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
        "state": {},
    }


async def call(app, method: str, path: str, headers, body: bytes = b"") -> tuple[int, list, bytes]:
    sent = []

    async def receive():
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message):
        sent.append(message)

    await app(scope(method, path, headers), receive, send)
    return (
        sent[0]["status"],
        sent[0].get("headers", []),
        b"".join(m.get("body", b"") for m in sent[1:]),
    )


async def lifespan_startup(app):
    inbox: asyncio.Queue = asyncio.Queue()
    outbox: asyncio.Queue = asyncio.Queue()
    task = asyncio.create_task(
        app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, inbox.get, outbox.put)
    )
    await inbox.put({"type": "lifespan.startup"})
    message = await outbox.get()
    assert message["type"] == "lifespan.startup.complete", message

    async def shutdown():
        await inbox.put({"type": "lifespan.shutdown"})
        await outbox.get()
        await task

    return shutdown


def cookie(headers, name: str) -> str:
    for key, value in headers:
        if key == b"set-cookie" and value.startswith(name.encode() + b"="):
            return value.split(b";", 1)[0].split(b"=", 1)[1].decode()
    raise RuntimeError(f"no {name} cookie")


async def per_request_us(
    label: str, app, method: str, path: str, headers, n: int, expect: int = 200
) -> float:
    for _ in range(min(2000, n)):  # warm-up
        status, _, _ = await call(app, method, path, headers)
    assert status == expect, (label, status)
    started = time.perf_counter()
    for _ in range(n):
        await call(app, method, path, headers)
    us = (time.perf_counter() - started) / n * 1e6
    print(f"  {label:<58} {us:8.1f} µs/request")
    return us


async def main_async(args) -> None:
    from bench.hello import litestar_app, raw_app
    from server.app import create_app
    from server.core.logs import configure_logging
    from server.settings import load_settings

    settings = load_settings()
    configure_logging(settings.log_level)
    app = create_app(settings)
    shutdown = await lifespan_startup(app)
    try:
        _, headers, _ = await call(app, "GET", "/healthz", [])
        csrf = cookie(headers, common.CSRF_COOKIE)
        body = f'{{"email":"client1@demo.example","password":"{common.DEMO_PASSWORD}"}}'.encode()
        status, headers, text = await call(
            app,
            "POST",
            "/api/auth/login",
            [
                (b"content-type", b"application/json"),
                (b"x-csrf-token", csrf.encode()),
                (b"cookie", f"{common.CSRF_COOKIE}={csrf}".encode()),
                (b"content-length", str(len(body)).encode()),
            ],
            body,
        )
        assert status == 200, (status, text)
        # The CSRF token the sign-in set, bound to the session (the one from before is not: with
        # it, every response would mint a new one).
        session, csrf = cookie(headers, common.SESSION_COOKIE), cookie(headers, common.CSRF_COOKIE)
        me = [(b"host", b"127.0.0.1"), (b"cookie", common.me_cookie(csrf, session).encode())]
        n = args.requests

        print(f"in-process ASGI calls, {n} sequential requests each ({args.database}):")
        await per_request_us("raw ASGI hello", raw_app, "GET", "/", [], n)
        await per_request_us("Litestar hello", litestar_app, "GET", "/", [], n)
        full = await per_request_us("product GET /api/auth/me", app, "GET", "/api/auth/me", me, n)
        await per_request_us(
            "product GET /healthz (no session lookup, SELECT 1)", app, "GET", "/healthz", [], n
        )
        await per_request_us(
            "product GET /api/nowhere (404, session looked up)",
            app,
            "GET",
            "/api/nowhere",
            me,
            n,
            expect=404,
        )

        import server.core.logs

        batcher = server.core.logs._batcher

        def access_log(on: bool) -> None:
            server.core.logs._batcher = batcher if on else None
            server.core.logs.access.disabled = not on

        access_log(False)
        no_log = await per_request_us(
            "product /me, access log off", app, "GET", "/api/auth/me", me, n
        )
        access_log(True)
        print(f"  -> access log line: {full - no_log:.1f} µs/request")

        from server.accounts import queries, services
        from server.core import db

        real_fetch_keyed = db.fetch_keyed
        row = await real_fetch_keyed(queries.SESSION_LOOKUP, services.hash_token(session))

        async def cached_fetch_keyed(query, key):
            return dict(row)

        db.fetch_keyed = cached_fetch_keyed
        no_sql = await per_request_us(
            "product /me, session row from memory (no SQL)", app, "GET", "/api/auth/me", me, n
        )
        print(f"  -> session lookup SQL: {full - no_sql:.1f} µs/request")
        access_log(False)
        await per_request_us(
            "product /me, no SQL and access log off", app, "GET", "/api/auth/me", me, n
        )
        access_log(True)
        db.fetch_keyed = real_fetch_keyed

        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(n):
            await call(app, "GET", "/api/auth/me", me)
        profiler.disable()
        common.print_profile(profiler, f"{n} x product GET /api/auth/me", args.top)
    finally:
        await shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=20000)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--top", type=int, default=35)
    args = parser.parse_args()
    env = common.demo_env(args.database, "profile", 18300)
    os.environ.update(env)
    os.environ["COMPANION_LOG_LEVEL"] = "INFO"
    log_path = common.OUT / f"profile-{args.database}.stderr.log"
    # The access log goes to a file, as in the benchmarks (configure_logging writes to sys.stderr).
    real_stderr = sys.stderr
    sys.stderr = open(log_path, "w")
    try:
        import uvloop

        uvloop.run(main_async(args))
    finally:
        sys.stderr.close()
        sys.stderr = real_stderr
        if args.database == "postgres":
            common.drop_pg_database()


if __name__ == "__main__":
    main()
