"""The engines keep their connections, take SQLite's write lock up front, and work on both databases."""

from __future__ import annotations

import asyncio
import sqlite3

import aiosqlite
import pytest

from server.accounts.tables import LoginThrottle
from server.audit.tables import AuditEvent
from server.core import db
from tests.helpers import ONLY_POSTGRES, ONLY_SQLITE


@ONLY_SQLITE
async def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(engine):
    [mode] = await engine.run_ddl("PRAGMA journal_mode")
    assert mode["journal_mode"] == "wal"
    async with engine.transaction() as transaction:
        async with transaction.connection.execute("PRAGMA busy_timeout") as cursor:
            assert (await cursor.fetchone())["timeout"] == 5000


@ONLY_SQLITE
async def test_sqlite_queries_reuse_the_kept_connections(engine, monkeypatch):
    opened = []
    real_connect = aiosqlite.connect
    monkeypatch.setattr(
        aiosqlite, "connect", lambda *a, **k: opened.append(1) or real_connect(*a, **k)
    )
    for n in range(20):
        await LoginThrottle.insert(
            LoginThrottle(key=f"ip:10.0.0.{n}", failures=1, last_failure=_now())
        )
        await LoginThrottle.select().where(LoginThrottle.key == f"ip:10.0.0.{n}").first()
    assert opened == []
    assert await LoginThrottle.count() == 20


@ONLY_SQLITE
async def test_sqlite_write_transactions_take_the_write_lock_at_begin(engine, settings):
    path = settings.database_url[len("sqlite:///") :]
    outsider = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        async with engine.transaction():
            # No write has happened yet, but BEGIN IMMEDIATE already holds the lock.
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                outsider.execute("BEGIN IMMEDIATE")
        outsider.execute("BEGIN IMMEDIATE")
        outsider.execute("ROLLBACK")
    finally:
        outsider.close()


async def test_a_failed_transaction_leaves_nothing_behind(engine):
    with pytest.raises(RuntimeError):
        async with engine.transaction():
            await LoginThrottle.insert(
                LoginThrottle(key="ip:192.0.2.1", failures=1, last_failure=_now())
            )
            raise RuntimeError("boom")
    assert await LoginThrottle.count() == 0


async def test_concurrent_read_modify_write_transactions_lose_no_update(engine):
    await LoginThrottle.insert(LoginThrottle(key="ip:192.0.2.9", failures=0, last_failure=_now()))

    async def bump() -> None:
        async with engine.transaction():
            row = await db.for_update(
                LoginThrottle.select(LoginThrottle.failures).where(
                    LoginThrottle.key == "ip:192.0.2.9"
                )
            ).first()
            await asyncio.sleep(0)  # give the other tasks every chance to interleave
            await LoginThrottle.update({LoginThrottle.failures: row["failures"] + 1}).where(
                LoginThrottle.key == "ip:192.0.2.9"
            )

    await asyncio.gather(*(bump() for _ in range(20)))
    row = await LoginThrottle.select(LoginThrottle.failures).first()
    assert row["failures"] == 20


@ONLY_POSTGRES
async def test_postgres_runs_on_a_started_pool(engine):
    assert engine.pool is not None
    for _ in range(30):
        await LoginThrottle.count()
    [row] = await engine.run_ddl(
        "SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database()"
    )
    assert row["n"] <= 4  # the test engine's pool size (db.connected's default)


async def test_fetch_first_matches_piccolo_inside_and_outside_transactions(engine):
    await LoginThrottle.insert(LoginThrottle(key="email:abc", failures=3, last_failure=_now()))
    query = db.CompiledQuery(
        lambda key: LoginThrottle.select().where(LoginThrottle.key == key), arity=1
    )
    expected = await LoginThrottle.select().where(LoginThrottle.key == "email:abc").first()
    assert await db.fetch_first(query, "email:abc") == expected
    async with engine.transaction():
        assert await db.fetch_first(query, "email:abc") == expected
    assert await db.fetch_first(query, "email:nobody") is None


async def test_unique_violations_are_recognised_on_both_engines(engine):
    await LoginThrottle.insert(LoginThrottle(key="ip:192.0.2.2", failures=1, last_failure=_now()))
    with pytest.raises(Exception) as raised:
        await LoginThrottle.insert(
            LoginThrottle(key="ip:192.0.2.2", failures=1, last_failure=_now())
        )
    assert db.is_unique_violation(raised.value)
    assert not db.is_unique_violation(RuntimeError("UNIQUE constraint failed"))


async def test_the_audit_log_refuses_updates_and_deletes(engine):
    await AuditEvent.insert(AuditEvent(at=_now(), action="auth.sign_in", outcome="ok"))
    with pytest.raises(Exception, match="append-only"):
        await AuditEvent.update({AuditEvent.outcome: "forged"}).where(
            AuditEvent.action == "auth.sign_in"
        )
    with pytest.raises(Exception, match="append-only"):
        await AuditEvent.delete().where(AuditEvent.action == "auth.sign_in")
    assert [row["outcome"] for row in await AuditEvent.select(AuditEvent.outcome)] == ["ok"]


async def test_ping_answers_true_when_the_database_answers(engine):
    assert await db.ping() is True


async def test_ping_answers_false_when_the_database_does_not():
    db.bind(
        db.build_engine("postgresql://postgres@127.0.0.1:9/nowhere")
    )  # nothing listens on port 9
    assert await db.ping() is False


def _now():
    from datetime import datetime, timezone

    return datetime.now(timezone.utc)


async def test_fetch_first_converts_like_piccolo_for_every_column_type_it_handles(engine):
    from server.accounts.tables import Account, AuthSession, ClientProfile

    now = _now()
    [account] = await Account.insert(
        Account(
            email="c@example.org",
            display_name="C",
            role="client",
            password_hash="x",
            created_at=now,
            password_changed_at=now,
            active=False,
        )
    )
    await ClientProfile.insert(ClientProfile(account=account["id"], sobriety_date=now.date()))
    await AuthSession.insert(
        AuthSession(
            token_hash="h" * 64, account=account["id"], created=now, last_seen=now, expires=now
        )
    )
    queries = [
        lambda k: AuthSession.select(
            AuthSession.all_columns(), AuthSession.account.all_columns()
        ).where(AuthSession.token_hash == k),
        lambda k: ClientProfile.select().where(ClientProfile.account == k),
    ]
    for build, key in zip(queries, ["h" * 64, account["id"]], strict=True):
        expected = await build(key).first()
        assert await db.fetch_first(db.CompiledQuery(build, arity=1), key) == expected


async def test_a_released_sqlite_reader_goes_to_the_oldest_waiter_not_back_to_its_releaser():
    import asyncio

    pool = db.FairPool(["reader"])
    held = await pool.acquire()
    waiting = asyncio.create_task(pool.acquire())
    await asyncio.sleep(0)
    pool.release(held)
    asks_again = asyncio.create_task(pool.acquire())  # the releaser's next query
    assert await waiting == "reader"
    await asyncio.sleep(0)
    assert not asks_again.done()
    pool.release("reader")
    assert await asks_again == "reader"


async def test_a_cancelled_waiter_does_not_lose_the_sqlite_reader():
    import asyncio

    pool = db.FairPool(["reader"])
    held = await pool.acquire()
    gives_up = asyncio.create_task(pool.acquire())
    await asyncio.sleep(0)
    gives_up.cancel()
    await asyncio.gather(gives_up, return_exceptions=True)
    pool.release(held)
    assert await asyncio.wait_for(pool.acquire(), 1) == "reader"


def _keyed_throttle_query() -> db.KeyedQuery:
    return db.KeyedQuery(
        db.CompiledQuery(
            lambda key: LoginThrottle.select(LoginThrottle.key, LoginThrottle.failures).where(
                LoginThrottle.key == key
            ),
            arity=1,
        ),
        '"login_throttle"."key"',
    )


def _count_statements(engine, monkeypatch) -> list[int]:
    """How many keys each batched statement carried (PostgreSQL's held connections)."""
    sizes: list[int] = []
    real_fetch = engine._held.fetch

    async def counting_fetch(sql, args):
        sizes.append(len(args[0]) if "ANY(" in sql else 1)
        return await real_fetch(sql, args)

    monkeypatch.setattr(engine._held, "fetch", counting_fetch)
    return sizes


async def test_concurrent_keyed_lookups_answer_each_their_own_row(engine, monkeypatch):
    for n in range(30):
        await LoginThrottle.insert(
            LoginThrottle(key=f"ip:10.1.0.{n}", failures=n, last_failure=_now())
        )
    query = _keyed_throttle_query()
    sizes = _count_statements(engine, monkeypatch) if engine.engine_type == "postgres" else []
    keys = [f"ip:10.1.0.{n}" for n in range(30)] + ["ip:10.1.0.7", "ip:nobody", "ip:10.1.0.3"]
    rows = await asyncio.gather(*(db.fetch_keyed(query, key) for key in keys))
    batches = list(sizes)
    expected = [await db.fetch_first(query, key) for key in keys]
    assert rows == expected
    assert rows[7] == {"key": "ip:10.1.0.7", "failures": 7} and rows[-2] is None
    assert rows[30] == rows[7] and rows[30] is not rows[7]  # each caller gets a row of its own
    if engine.engine_type == "postgres":
        assert batches == [31]  # one statement for the turn's 31 distinct keys
        sizes.clear()
        assert await db.fetch_keyed(query, "ip:10.1.0.5") == {"key": "ip:10.1.0.5", "failures": 5}
        assert sizes == [1]  # a lookup alone goes out at once


@ONLY_POSTGRES
async def test_keyed_lookups_beyond_a_batch_go_as_several_statements(engine, monkeypatch):
    await LoginThrottle.insert(
        *[
            LoginThrottle(key=f"ip:10.2.{n // 250}.{n % 250}", failures=n % 7, last_failure=_now())
            for n in range(300)
        ]
    )
    sizes = _count_statements(engine, monkeypatch)
    query = _keyed_throttle_query()
    rows = await asyncio.gather(
        *(db.fetch_keyed(query, f"ip:10.2.{n // 250}.{n % 250}") for n in range(300))
    )
    assert [row["failures"] for row in rows] == [n % 7 for n in range(300)]
    assert sorted(sizes) == sorted([db.BATCH_KEYS, db.BATCH_KEYS, 300 - 2 * db.BATCH_KEYS])


async def test_a_failed_keyed_lookup_fails_each_waiter_and_the_next_one_works(engine):
    await LoginThrottle.insert(LoginThrottle(key="ip:10.3.0.1", failures=2, last_failure=_now()))
    query = _keyed_throttle_query()
    # A key of the wrong type fails the statement it goes in (on PostgreSQL: the whole batch).
    results = await asyncio.gather(
        db.fetch_keyed(query, "ip:10.3.0.1"), db.fetch_keyed(query, 12345), return_exceptions=True
    )
    if engine.engine_type == "postgres":
        assert all(isinstance(result, Exception) for result in results)
    else:
        assert results[0] == {"key": "ip:10.3.0.1", "failures": 2} and results[1] is None
    assert await db.fetch_keyed(query, "ip:10.3.0.1") == {"key": "ip:10.3.0.1", "failures": 2}


@ONLY_POSTGRES  # SQLite answers a lookup before the caller could be cancelled
async def test_a_cancelled_keyed_lookup_leaves_the_others_answered(engine):
    await LoginThrottle.insert(LoginThrottle(key="ip:10.4.0.1", failures=4, last_failure=_now()))
    query = _keyed_throttle_query()
    first = asyncio.ensure_future(db.fetch_keyed(query, "ip:10.4.0.1"))
    second = asyncio.ensure_future(db.fetch_keyed(query, "ip:10.4.0.1"))
    await asyncio.sleep(0)
    first.cancel()
    assert await second == {"key": "ip:10.4.0.1", "failures": 4}
    with pytest.raises(asyncio.CancelledError):
        await first


async def test_keyed_lookups_inside_a_transaction_see_its_writes(engine):
    query = _keyed_throttle_query()
    async with engine.transaction():
        await LoginThrottle.insert(
            LoginThrottle(key="ip:10.5.0.1", failures=1, last_failure=_now())
        )
        assert await db.fetch_keyed(query, "ip:10.5.0.1") == {"key": "ip:10.5.0.1", "failures": 1}
    assert await db.fetch_keyed(query, "ip:10.5.0.1") == {"key": "ip:10.5.0.1", "failures": 1}
