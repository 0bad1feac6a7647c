"""Browser tests: the real server (`companion run`) in a subprocess, on SQLite and on PostgreSQL,
driven through headless system Chromium with Playwright's async API.

The server runs once per backend for the whole session (each test module runs on one, then the
other); every test gets a fresh browser context (its own cookies, storage and service worker).
Where PostgreSQL or Chromium is missing those tests skip with the reason, except under
CI=true (or COMPANION_REQUIRE_POSTGRES=1 / COMPANION_REQUIRE_BROWSER=1), where they fail.
"""

from __future__ import annotations

import contextlib
import secrets
from pathlib import Path

import asyncpg
import pytest
from playwright.async_api import Browser, BrowserContext, Page, async_playwright, expect

from tests.e2e.harness import (
    CHROMIUM,
    CHROMIUM_ARGS,
    PG_ADMIN_URL,
    Server,
    phone_context,
    required,
    running_server,
    watched_page,
)

expect.set_options(timeout=10_000)


@pytest.fixture(scope="session")
async def scratch_postgres():
    """Make a scratch PostgreSQL database and its URL on demand; drop them all at the end."""
    made: list[str] = []
    admin = None

    async def make() -> str:
        nonlocal admin
        if admin is None:
            try:
                admin = await asyncpg.connect(PG_ADMIN_URL, timeout=5)
            except (OSError, asyncpg.PostgresError) as exc:
                message = f"PostgreSQL is not reachable at {PG_ADMIN_URL}: {exc}"
                if required("COMPANION_REQUIRE_POSTGRES"):
                    pytest.fail(message)
                pytest.skip(message)
        name = f"companion_e2e_{secrets.token_hex(4)}"
        await admin.execute(f'CREATE DATABASE "{name}"')
        made.append(name)
        return PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name

    yield make
    if admin is not None:
        for name in made:
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


@pytest.fixture(scope="session")
async def servers(tmp_path_factory, scratch_postgres):
    """Each backend's `companion run` (a free port, a fresh data directory and database), started
    when a test first asks for it and kept until the session ends, so that tests can take turns
    on the two without restarting either (a test process of pytest-xdist starts its own)."""
    async with contextlib.AsyncExitStack() as stack:
        started: dict[str, Server] = {}

        async def get(backend: str) -> Server:
            if backend not in started:
                extra = (
                    {"COMPANION_DATABASE_URL": await scratch_postgres()}
                    if backend == "postgresql"
                    else {}
                )
                data_dir = tmp_path_factory.mktemp(f"server-{backend}")
                started[backend] = await stack.enter_async_context(
                    running_server(data_dir, backend, extra)
                )
            return started[backend]

        yield get


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
async def server(request, servers) -> Server:
    """The demo clinic's server on SQLite, then on PostgreSQL, for each test module."""
    return await servers(request.param)


@pytest.fixture(scope="session")
async def chromium() -> Browser:
    if not Path(CHROMIUM).exists():
        message = f"Chromium is not installed at {CHROMIUM} (set COMPANION_CHROMIUM)"
        if required("COMPANION_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=CHROMIUM_ARGS,
        )
        yield launched
        await launched.close()


@pytest.fixture
async def context(chromium, server) -> BrowserContext:
    created = await phone_context(chromium, server.base_url)
    yield created
    await created.close()


@pytest.fixture
async def page(context) -> Page:
    return await watched_page(context)


@pytest.fixture
def demo_password(server) -> str:
    return server.demo_password
