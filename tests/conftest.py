"""Fixtures: every database test runs on SQLite and on PostgreSQL.

SQLite tests each get a copy of a database migrated once per session. PostgreSQL tests share
a scratch database migrated once per session and truncated before each test. Where
PostgreSQL is unreachable its tests skip with the reason, except under CI=true (or
COMPANION_REQUIRE_POSTGRES=1), where they fail.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from pathlib import Path

import asyncpg
import pytest

from server.core import db
from server.core.migrations import apply_migrations
from server.settings import Settings, _new_vapid_pem, load_settings

PG_ADMIN_URL = os.environ.get(
    "COMPANION_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
SECRET = "test-secret-" + "x" * 40


def pytest_xdist_make_scheduler(config, log):
    """README's test command (pytest-xdist, --dist loadfile): each test file runs whole in one
    process, except that the browser tests all run in one process, in order, while the other
    files are spread over the rest: they share each browser-test server's demo clinic, so each
    server sees them in the same sequence on every run, as it did before tests ran in parallel."""
    from xdist.scheduler import LoadFileScheduling

    class BrowserTestsTogether(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            if nodeid.startswith("tests/e2e/"):
                return "tests/e2e"
            return super()._split_scope(nodeid)

    return BrowserTestsTogether(config, log)


def _required(name: str) -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true") or os.environ.get(name) == "1"


@pytest.fixture(scope="session")
def vapid_pem() -> str:
    return _new_vapid_pem()


def make_settings(database_url: str, data_dir: Path, vapid_pem: str, **overrides: str) -> Settings:
    """Settings as the app would read them from this environment."""
    env = {
        "COMPANION_DATABASE_URL": database_url,
        "COMPANION_DATA_DIR": str(data_dir),
        "COMPANION_SECRET_KEY": SECRET,
        "COMPANION_VAPID_PRIVATE_KEY": vapid_pem,
        "COMPANION_HASH_CONCURRENCY": "2",
        "COMPANION_LOG_LEVEL": "INFO",
    }
    env.update({f"COMPANION_{key.upper()}": value for key, value in overrides.items()})
    return load_settings(env)


async def _migrate(url: str) -> None:
    async with db.connected(url):
        await apply_migrations()


@pytest.fixture(scope="session")
async def sqlite_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "companion.db"
    await _migrate(f"sqlite:///{path}")
    return path


@contextlib.asynccontextmanager
async def scratch_postgres(prefix: str):
    """The URL of a new, empty PostgreSQL database, dropped when the block ends. Where the
    server is unreachable the test skips, or fails under CI=true."""
    try:
        admin = await asyncpg.connect(PG_ADMIN_URL, timeout=5)
    except (OSError, asyncpg.PostgresError) as exc:
        message = f"PostgreSQL is not reachable at {PG_ADMIN_URL}: {exc}"
        if _required("COMPANION_REQUIRE_POSTGRES"):
            pytest.fail(message)
        pytest.skip(message)
    name = f"{prefix}_{secrets.token_hex(4)}"
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


@pytest.fixture(scope="session")
async def postgres_url():
    async with scratch_postgres("companion_test") as url:
        await _migrate(url)
        yield url


def _app_tables() -> list[str]:
    from server.core import piccolo_conf

    return [
        table._meta.tablename
        for config in piccolo_conf.APP_REGISTRY.app_configs.values()
        for table in config.table_classes
    ]


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """A migrated database of its own for this test (PostgreSQL: emptied by `engine`)."""
    if request.param == "sqlite":
        path = tmp_path / "companion.db"
        shutil.copyfile(request.getfixturevalue("sqlite_template"), path)
        return f"sqlite:///{path}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def settings(database_url, tmp_path, vapid_pem) -> Settings:
    return make_settings(database_url, tmp_path / "var", vapid_pem)


@pytest.fixture
async def engine(settings):
    """The started engine for this test, bound to every table, on an empty database."""
    async with db.connected(settings.database_url) as started:
        if started.engine_type == "postgres":
            tables = ", ".join(f'"{name}"' for name in _app_tables())
            await started.run_ddl(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
        yield started


# --- the app, browsers and personas -------------------------------------------------------

from server.app import create_app  # noqa: E402
from server.security.passwords import new_hasher  # noqa: E402
from tests.helpers import (  # noqa: E402
    DENVER,
    PERSONA_PASSWORD,
    Browser,
    Persona,
    Personas,
    Schedule,
    make_personas,
)


@pytest.fixture(scope="session")
def persona_hash() -> str:
    """One argon2id hash of the persona password, made once: setting up accounts stays fast."""
    return new_hasher().hash(PERSONA_PASSWORD)


@pytest.fixture
async def personas(engine, persona_hash) -> Personas:
    return await make_personas(persona_hash)


@pytest.fixture
async def app(settings, engine):
    """The real app on this test's database; its lifespan runs around the test."""
    application = create_app(settings, engine=engine)
    # app.lifespan() uses an anyio cancel scope, which cannot span a fixture's setup and
    # teardown (pytest-asyncio runs them as separate tasks); run the same hooks directly.
    for hook in application.on_startup:
        await hook()
    yield application
    for hook in application.on_shutdown:
        await hook()


@pytest.fixture
def new_browser(app):
    """Make as many independent devices (cookie jars) as a test needs, optionally from an address."""
    return lambda address="198.51.100.7": Browser(app, address)


@pytest.fixture
def browser(new_browser) -> Browser:
    return new_browser()


# --- a small program around the personas ----------------------------------------------------------
# The client in the evening track (Mon/Wed/Thu 18:00–21:00, facilitated by their counselor), the
# second client in the morning track (Tue/Thu/Fri 09:00–12:00, the other counselor), in
# America/Denver, starting the Monday of last week.

from datetime import datetime, time, timedelta, timezone  # noqa: E402

from server.programs import recurrence, setup  # noqa: E402
from server.programs.schemas import EnrollmentIn, ProgramIn, SeriesIn, TrackIn  # noqa: E402


@pytest.fixture
async def schedule(personas) -> Schedule:
    now = datetime.now(timezone.utc)
    tz = recurrence.zone(DENVER)
    first_day = recurrence.week_start(now.astimezone(tz).date()) - timedelta(weeks=1)
    program = await setup.create_program(
        ProgramIn(name="Test IOP", timezone=DENVER, min_weekly_hours=9)
    )
    evening = await setup.create_track(program.id, TrackIn(name="Evening IOP"))
    morning = await setup.create_track(program.id, TrackIn(name="Morning IOP"))
    evening_series = await setup.create_series(
        SeriesIn(
            program_id=program.id,
            kind="group",
            title="Evening group",
            track_id=evening.id,
            local_start=datetime.combine(first_day, time(18)),
            duration_minutes=180,
            rrule="FREQ=WEEKLY;BYDAY=MO,WE,TH",
            location="Suite 200",
            facilitator_id=personas.counselor.id,
        ),
        now,
    )
    morning_series = await setup.create_series(
        SeriesIn(
            program_id=program.id,
            kind="group",
            title="Morning group",
            track_id=morning.id,
            local_start=datetime.combine(first_day, time(9)),
            duration_minutes=180,
            rrule="FREQ=WEEKLY;BYDAY=TU,TH,FR",
            location="Suite 300",
            facilitator_id=personas.other_counselor.id,
        ),
        now,
    )
    await setup.enroll(
        EnrollmentIn(client_id=personas.client.id, track_id=evening.id, starts_on=first_day)
    )
    await setup.enroll(
        EnrollmentIn(client_id=personas.second_client.id, track_id=morning.id, starts_on=first_day)
    )
    return Schedule(
        program.id, evening.id, morning.id, evening_series.id, morning_series.id, first_day
    )


@pytest.fixture
def signed_in(new_browser):
    """A browser signed in as a persona."""

    async def sign_in(persona: Persona) -> Browser:
        browser = new_browser()
        response = await browser.sign_in(persona.email)
        assert response.status_code == 200, response.text
        return browser

    return sign_in
