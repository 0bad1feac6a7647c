"""Databases built by previous releases upgrade to head with every row kept, and the app answers.

For each release in tests/upgrades/releases.py and each engine, the release's demo clinic (as
that release's own migrations and demo loader left it) is restored into a fresh database and
upgraded with this checkout's migrations. Then:

- no migration is pending;
- every table of the release still holds its rows: exactly as many in the app's tables (a
  migration must not lose or invent rows), at least as many in Piccolo's `migration` table;
- the real app signs in a demo client and a demo counselor with the release's password, and
  answers the client's Today and the counselor's caseload (the clients whose primary counselor
  they are, as recorded in the restored database);
- the upgraded schema is the one a fresh database migrated at head has: tables, columns,
  indexes, constraints, triggers and functions. This catches an applied migration edited
  afterwards (or reading code that changed since) without a new migration carrying the change:
  fresh databases would get it, upgraded ones would not.

A migration that deliberately renames a table says so in RENAMED_TABLES, so that its rows are
looked for under the new name. PostgreSQL tests skip where it is unreachable, except under
CI=true (or COMPANION_REQUIRE_POSTGRES=1), where they fail.
"""

from __future__ import annotations

import re
import sqlite3

import asyncpg
import pyotp
import pytest

from server.app import create_app
from server.core import db
from server.core.migrations import apply_migrations, pending_migrations
from tests.conftest import make_settings, scratch_postgres
from tests.helpers import Browser
from tests.upgrades.releases import RELEASES, Release

MIGRATION_TABLE = "migration"  # Piccolo's record of the migrations that ran
RENAMED_TABLES: dict[str, str] = {}  # {name in a release: name at head}
CLIENT = "client1@demo.example"
COUNSELOR = "counselor@demo.example"


@pytest.fixture(params=RELEASES, ids=lambda release: release.name)
def release(request) -> Release:
    return request.param


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_kind(request) -> str:
    return request.param


@pytest.fixture
async def restored_url(release, engine_kind, tmp_path):
    """A fresh database holding the release's dump, as a COMPANION_DATABASE_URL."""
    if engine_kind == "sqlite":
        path = tmp_path / "companion.db"
        connection = sqlite3.connect(path)
        try:
            connection.executescript(release.sqlite_dump.read_text())
        finally:
            connection.close()
        yield f"sqlite:///{path}"
        return
    async with scratch_postgres("companion_upgrade") as url:
        # The dump sets its session's search_path to '': load it on a connection of its own.
        loader = await asyncpg.connect(url)
        try:
            await loader.execute(release.postgres_dump.read_text())
        finally:
            await loader.close()
        yield url


async def upgrade(url: str) -> None:
    async with db.connected(url):
        await apply_migrations()
        assert await pending_migrations() == []


async def test_release_upgrades_to_head_with_every_row(
    release, engine_kind, restored_url, tmp_path, vapid_pem
):
    await upgrade(restored_url)

    recorded = release.row_counts(engine_kind)
    counts = await row_counts(restored_url)
    found = {table: counts.get(RENAMED_TABLES.get(table, table)) for table in recorded}
    assert found[MIGRATION_TABLE] >= recorded[MIGRATION_TABLE], "migrations were forgotten"
    app_tables = {table: rows for table, rows in recorded.items() if table != MIGRATION_TABLE}
    assert {table: found[table] for table in app_tables} == app_tables, "rows were lost or made up"

    caseload = await caseload_names(restored_url, COUNSELOR)
    assert caseload, "the release's counselor should have clients"
    settings = make_settings(restored_url, tmp_path / "var", vapid_pem)
    async with db.connected(settings.database_url) as engine:
        app = create_app(settings, engine=engine)
        for hook in app.on_startup:
            await hook()
        try:
            client = Browser(app, "198.51.100.21")
            signed_in = await client.sign_in(CLIENT, release.demo_password)
            assert signed_in.status_code == 200, signed_in.text
            today = await client.get("/api/me/today")
            assert today.status_code == 200, today.text
            assert today.json()["cards"], today.text

            counselor = Browser(app, "198.51.100.22")
            signed_in = await counselor.sign_in(COUNSELOR, release.demo_password)
            assert signed_in.status_code == 200, signed_in.text
            # Staff from before second factors were required set one up at their next sign-in.
            assert signed_in.json()["stage"] == "enrol"
            app_factor = (await counselor.post("/api/auth/factors/totp")).json()
            confirmed = await counselor.post(
                f"/api/auth/factors/totp/{app_factor['id']}/confirm",
                {"code": pyotp.TOTP(app_factor["secret"]).now()},
            )
            assert confirmed.json()["user"]["stage"] == "full", confirmed.text
            answer = await counselor.get("/api/counselor/caseload")
            assert answer.status_code == 200, answer.text
            assert sorted(entry["name"] for entry in answer.json()["clients"]) == caseload
        finally:
            for hook in app.on_shutdown:
                await hook()


@pytest.fixture
def fresh_url(request, engine_kind) -> str:
    """conftest's database migrated at head on this engine (read only here)."""
    if engine_kind == "sqlite":
        return f"sqlite:///{request.getfixturevalue('sqlite_template')}"
    return request.getfixturevalue("postgres_url")


async def test_release_upgrades_to_the_schema_of_a_fresh_database(
    release, engine_kind, restored_url, fresh_url
):
    await upgrade(restored_url)
    upgraded, expected = await schema(restored_url), await schema(fresh_url)
    for kind in expected:
        assert sorted(upgraded[kind] - expected[kind]) == [], (
            f"{kind} only in the upgraded database"
        )
        assert sorted(expected[kind] - upgraded[kind]) == [], f"{kind} only in a fresh database"


# --- reading a database with its driver alone --------------------------------------------------------


async def row_counts(url: str) -> dict[str, int]:
    """{table: rows} of every table in the database."""
    if url.startswith("sqlite:///"):
        connection = sqlite3.connect(url[len("sqlite:///") :])
        try:
            tables = [
                name
                for (name,) in connection.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                )
            ]
            return {
                table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
                for table in tables
            }
        finally:
            connection.close()
    connection = await asyncpg.connect(url)
    try:
        tables = [
            row["tablename"]
            for row in await connection.fetch(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            )
        ]
        return {
            table: await connection.fetchval(f'SELECT count(*) FROM "{table}"') for table in tables
        }
    finally:
        await connection.close()


CASELOAD = """
    SELECT client.display_name FROM client_profile
    JOIN account client ON client.id = client_profile.account
    JOIN account counselor ON counselor.id = client_profile.primary_counselor
    WHERE counselor.email = {} AND client.active
"""


async def caseload_names(url: str, counselor_email: str) -> list[str]:
    """Display names of the counselor's active clients, sorted."""
    if url.startswith("sqlite:///"):
        connection = sqlite3.connect(url[len("sqlite:///") :])
        try:
            return sorted(
                name for (name,) in connection.execute(CASELOAD.format("?"), (counselor_email,))
            )
        finally:
            connection.close()
    connection = await asyncpg.connect(url)
    try:
        return sorted(
            row[0] for row in await connection.fetch(CASELOAD.format("$1"), counselor_email)
        )
    finally:
        await connection.close()


POSTGRES_SCHEMA = {
    "columns": """SELECT table_name, column_name, data_type, is_nullable, column_default
                  FROM information_schema.columns WHERE table_schema = 'public'""",
    "indexes": "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'",
    "constraints": """SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)
                      FROM pg_constraint WHERE connamespace = 'public'::regnamespace""",
    "triggers": """SELECT tgrelid::regclass::text, tgname, pg_get_triggerdef(oid)
                   FROM pg_trigger WHERE NOT tgisinternal""",
    "functions": """SELECT proname, pg_get_functiondef(p.oid) FROM pg_proc p
                    JOIN pg_namespace n ON n.oid = p.pronamespace WHERE nspname = 'public'""",
}


async def schema(url: str) -> dict[str, set[tuple]]:
    """{kind: {(table, name, definition...)}} of the database's own objects."""
    if url.startswith("sqlite:///"):
        connection = sqlite3.connect(url[len("sqlite:///") :])
        try:
            # sqlite_master keeps each object's SQL as written, and a dump restores it verbatim.
            return {
                "objects": set(
                    connection.execute(
                        "SELECT type, tbl_name, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
                    )
                )
            }
        finally:
            connection.close()
    connection = await asyncpg.connect(url)
    try:
        return {
            kind: {tuple(_loose(value) for value in row) for row in await connection.fetch(query)}
            for kind, query in POSTGRES_SCHEMA.items()
        }
    finally:
        await connection.close()


def _loose(definition):
    """A definition without casts, parentheses and spacing: PostgreSQL prints an expression it
    parsed back from its own printout (as a restored dump is) with other casts than the one
    written in the migration, e.g. `status IN ('a', 'b')` as `status = ANY (ARRAY[('a'::varchar)::text, ...])`
    rather than `status = ANY ((ARRAY['a'::varchar, ...])::text[])`."""
    if not isinstance(definition, str):
        return definition
    definition = re.sub(r"::[a-z_ ]*[a-z_](\[\])?", "", definition)
    definition = " ".join(definition.replace("(", " ").replace(")", " ").split())
    return re.sub(r" ?([\[\],]) ?", r"\1", definition)
