"""Where a sign-in's time goes besides argon2: POST /api/auth/login called in-process.

Times N sequential sign-ins through the product's ASGI app with the password check replaced
by an instant `True` (so what remains is HTTP, JSON, the SQL and the audit row), then with the
real check, and prints a cProfile of the instant ones.

    .venv/bin/python bench/profile_signin.py [--requests 500] [--database sqlite|postgres]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402
from bench.profile_me import call, cookie, lifespan_startup  # noqa: E402


async def main_async(args) -> None:
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

        async def login(i: int):
            body = (
                f'{{"email":"client{i % 10 + 1}@demo.example","password":"{common.DEMO_PASSWORD}"}}'
            ).encode()
            status, _, text = await call(
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

        n = args.requests
        for i in range(20):
            await login(i)
        started = time.perf_counter()
        for i in range(n):
            await login(i)
        real = (time.perf_counter() - started) / n * 1000
        print(f"sign-in, real argon2 check ({args.database}):   {real:6.2f} ms each, sequential")

        real_verify = app.passwords.verify

        async def instant(stored_hash, password):
            return True

        app.passwords.verify = instant
        for i in range(20):
            await login(i)
        started = time.perf_counter()
        for i in range(n):
            await login(i)
        rest = (time.perf_counter() - started) / n * 1000
        print(
            f"sign-in, password check instant ({args.database}): {rest:6.2f} ms each (HTTP, JSON, SQL, audit)"
        )

        profiler = cProfile.Profile()
        profiler.enable()
        for i in range(n):
            await login(i)
        profiler.disable()
        app.passwords.verify = real_verify
        common.print_profile(
            profiler, f"{n} sign-ins with the instant check", args.top, ("cumulative", "tottime")
        )
    finally:
        await shutdown()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    env = common.demo_env(args.database, "profile-signin", 18301)
    os.environ.update(env)
    real_stderr = sys.stderr
    sys.stderr = open(common.OUT / f"profile-signin-{args.database}.stderr.log", "w")
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
