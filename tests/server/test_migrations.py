"""Migrations apply on a fresh database of either engine, once."""

from __future__ import annotations

import asyncpg

from server.core import db
from server.core.migrations import apply_migrations, pending_migrations
from tests.conftest import PG_ADMIN_URL


async def test_a_fresh_sqlite_database_migrates_once(tmp_path):
    async with db.connected(f"sqlite:///{tmp_path / 'fresh.db'}") as engine:
        applied = await apply_migrations()
        assert {name.split(":")[0] for name in applied} == {
            "accounts",
            "care",
            "audit",
            "programs",
            "checkins",
            "homework",
            "meetings",
            "notifications",
            "testing",
            "measures",
            "changes",
        }
        assert await pending_migrations() == []
        assert await apply_migrations() == []
        tables = {
            row["name"]
            for row in await engine.run_ddl("SELECT name FROM sqlite_master WHERE type='table'")
        }
    assert {"account", "auth_session", "client_profile", "login_throttle", "audit_event"} <= tables


async def test_a_fresh_postgres_database_migrates_once(postgres_url):
    admin = await asyncpg.connect(PG_ADMIN_URL)
    name = "companion_test_fresh_migrate"
    await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    await admin.execute(f'CREATE DATABASE "{name}"')
    try:
        async with db.connected(PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name) as engine:
            applied = await apply_migrations()
            assert len(applied) == len(set(applied)) >= 3
            assert await pending_migrations() == []
            rows = await engine.run_ddl(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            )
        assert {"account", "auth_session", "client_profile", "login_throttle", "audit_event"} <= {
            row["tablename"] for row in rows
        }
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()
