"""Database engines that keep their connections, and the one bound in this process.

Every feature needs `db.current()` (for a transaction: `async with db.current().transaction()`),
`db.for_update` and `db.is_unique_violation`; the rest is the engines' own business.

Piccolo's SQLiteEngine opens a new connection for every query outside a transaction, and its
PostgresEngine does too until a pool is started: about ten times slower than a kept
connection (bench/b1_throughput.py measures it). These subclasses fix that:

- SQLite: WAL mode and a busy timeout; one writer connection, guarded by an asyncio lock,
  runs every write inside BEGIN IMMEDIATE (so two writers never deadlock on a lock upgrade);
  a few reader connections serve SELECTs concurrently; one more connection answers
  compiled SELECTs on the event loop itself (the per-request session lookup), where a thread
  hop would cost more than the query.
- PostgreSQL: an asyncpg pool, started with the app, whose reset on release is a rollback
  only when needed (asyncpg's default reset costs a round trip per query, and we keep no
  session state on pooled connections).

Tables are bound to one engine per process with `bind`, the way Piccolo expects. The tables
are found through Piccolo's own configuration lookup (PICCOLO_CONF, server.core.piccolo_conf),
so this module does not import the configuration that imports it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any, Union

import aiosqlite
import asyncpg
from piccolo.engine.postgres import PostgresEngine
from piccolo.engine.sqlite import SQLiteEngine, SQLiteTransaction, dict_factory
from piccolo.querystring import QueryString

from server.core.db.batching import Batches, KeyedQuery
from server.core.db.compiled import CompiledQuery
from server.core.db.connections import (
    PG_COMMAND_TIMEOUT,
    PG_CONNECT_TIMEOUT,
    FairPool,
    HeldConnections,
)

BUSY_TIMEOUT_SECONDS = 5.0
PING_TIMEOUT = 5.0
SQLITE_READERS = 2
PG_POOL_MIN = 1
PG_HELD = 8  # connections of their own for compiled statements, besides the pool (at most a quarter of its size)


class _NoConnectAtConstruction:
    """Piccolo's Engine.__init__ connects synchronously to log the server version; ours
    connect only when started, where a failure is reported properly."""

    async def check_version(self) -> None:
        return None


class SQLiteDatabase(_NoConnectAtConstruction, SQLiteEngine):
    """SQLite with kept connections; falls back to Piccolo's behaviour until started."""

    def __init__(self, path: str):
        super().__init__(path=path, timeout=BUSY_TIMEOUT_SECONDS)
        self._writer: aiosqlite.Connection | None = None
        self._readers: FairPool | None = None
        self._reader_list: list[aiosqlite.Connection] = []
        self._fast: sqlite3.Connection | None = None
        self._write_lock: asyncio.Lock | None = None

    async def start(self) -> None:
        if sqlite3.sqlite_version_info < (3, 35):
            raise RuntimeError(
                f"SQLite 3.35 or newer is needed, this Python has {sqlite3.sqlite_version}"
            )
        Path(self.path).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _private_file(Path(self.path))  # before SQLite makes it: -wal and -shm copy its mode
        self._writer = await self._open(query_only=False)
        for suffix in ("-wal", "-shm"):  # made by the writer's WAL pragma; tightened if older
            _private_file(Path(self.path + suffix), create=False)
        self._reader_list = [await self._open(query_only=True) for _ in range(SQLITE_READERS)]
        self._readers = FairPool(self._reader_list)
        self._fast = sqlite3.connect(**{**self.connection_kwargs, "detect_types": 0})
        self._fast.row_factory = dict_factory
        for pragma in _pragmas(query_only=True):
            self._fast.execute(pragma)
        self._write_lock = asyncio.Lock()

    async def stop(self) -> None:
        for connection in [self._writer, *self._reader_list]:
            if connection is not None:
                await connection.close()
        if self._fast is not None:
            self._fast.close()
        self._writer, self._reader_list, self._readers, self._fast = None, [], None, None

    async def _open(self, query_only: bool) -> aiosqlite.Connection:
        connection = await aiosqlite.connect(**self.connection_kwargs)
        connection.row_factory = dict_factory
        for pragma in _pragmas(query_only):
            await connection.execute(pragma)
        return connection

    async def run_querystring(self, querystring: QueryString, in_pool: bool = False):
        if self._writer is None:
            return await super().run_querystring(querystring, in_pool)
        sql, args = querystring.compile_string(engine_type=self.engine_type)
        return await self._run(sql, args)

    async def run_ddl(self, ddl: str, in_pool: bool = False):
        if self._writer is None:
            return await super().run_ddl(ddl, in_pool)
        return await self._run(ddl, [])

    async def _run(self, sql: str, args: list[Any]):
        if self.log_queries:
            self.print_query(query_id=self.get_query_id(), query=sql)
        transaction = self.current_transaction.get()
        if transaction is not None:
            return await _fetch_all(transaction.connection, sql, args)
        if _is_read(sql):
            assert self._readers is not None
            reader = await self._readers.acquire()
            try:
                return await _fetch_all(reader, sql, args)
            finally:
                self._readers.release(reader)
        async with self.transaction() as transaction:
            return await _fetch_all(transaction.connection, sql, args)

    def transaction(
        self, transaction_type: Any = None, allow_nested: bool = True
    ) -> SQLiteTransaction:
        """A transaction on the writer connection, always BEGIN IMMEDIATE once started."""
        if self._writer is None:
            return super().transaction(allow_nested=allow_nested)
        return _WriterTransaction(engine=self, allow_nested=allow_nested)

    async def run_compiled(self, query: CompiledQuery, *args: Any) -> list[dict]:
        """Run a compiled statement. A SELECT outside a transaction runs on the event loop's
        own connection: a point lookup there costs less than a hop to a reader thread."""
        sql = query.sql(self.engine_type)
        converters = query.sqlite_converters() if _is_read(sql) else None
        if converters is None or self._fast is None or self.current_transaction.get() is not None:
            return await self._run(sql, list(args))
        rows = self._fast.execute(sql, args).fetchall()
        for row in rows:
            for alias, convert in converters:
                if row[alias] is not None:
                    row[alias] = convert(row[alias])
        return rows


class _WriterTransaction(SQLiteTransaction):
    """BEGIN IMMEDIATE on the shared writer connection, holding the engine's write lock."""

    engine: SQLiteDatabase

    async def __aenter__(self):
        if self._parent is not None:
            return self._parent
        lock = self.engine._write_lock
        assert lock is not None
        await lock.acquire()
        try:
            self.connection = self.engine._writer
            await self.connection.execute("BEGIN IMMEDIATE")
        except BaseException:
            lock.release()
            raise
        self.context = self.engine.current_transaction.set(self)
        return self

    async def __aexit__(self, exception_type, exception, traceback) -> bool:
        if self._parent is not None:
            return exception is None
        try:
            if exception is not None or self._rolled_back:
                if not self._rolled_back:
                    await self.rollback()
            elif not self._committed:
                try:
                    await self.commit()
                except BaseException:
                    await self.rollback()
                    raise
        finally:
            self.engine.current_transaction.reset(self.context)
            self.engine._write_lock.release()
        return exception is None


class PostgresDatabase(_NoConnectAtConstruction, PostgresEngine):
    """PostgreSQL through a started asyncpg pool.

    The pool should cover the requests a process has in flight: when they queue for a
    connection, asyncpg's pool lets newcomers take a freed connection ahead of those
    already waiting, and the wait's tail grows long (B1 at 64 connections: p99 29 ms with
    10 pooled connections, 9.5 ms with 32).
    """

    def __init__(self, dsn: str, pool_size: int = 32):
        super().__init__(config={"dsn": dsn})
        self.pool_size = pool_size

    async def start(self) -> None:
        # asyncpg's pool replaces a connection the server closed (a restart) on its next acquire,
        # so the pool recovers by itself once the server is back; until then requests fail fast
        # (refused, or the connect timeout) and answer 503 (see is_unavailable).
        await self.start_connection_pool(
            min_size=PG_POOL_MIN,
            max_size=self.pool_size,
            reset=_rollback_if_needed,
            command_timeout=PG_COMMAND_TIMEOUT,
            timeout=PG_CONNECT_TIMEOUT,
        )
        self._held = HeldConnections(self.config["dsn"], max(1, min(PG_HELD, self.pool_size // 4)))
        self._batches: dict[KeyedQuery, Batches] = {}

    async def stop(self) -> None:
        if self.pool is not None:
            await self._held.close()
            await self.close_connection_pool()

    async def run_compiled(self, query: CompiledQuery, *args: Any) -> list[dict]:
        """Run a compiled statement, in the open transaction if there is one; otherwise on one
        of a few connections held out of the pool for them (the per-request session lookup)."""
        sql = query.sql(self.engine_type)
        transaction = self.current_transaction.get()
        if transaction is not None:
            rows = await transaction.connection.fetch(sql, *args)
        elif self.pool is not None:
            rows = await self._held.fetch(sql, args)
        else:
            return await self._run_in_new_connection(sql, list(args))
        return [dict(row) for row in rows]

    async def fetch_keyed(self, query: KeyedQuery, key: Any) -> dict | None:
        if self.pool is None or self.current_transaction.get() is not None:
            rows = await self.run_compiled(query, key)
            return rows[0] if rows else None
        batches = self._batches.get(query)
        if batches is None:
            batches = self._batches[query] = Batches(self._held, query.batch_sql())
        return await batches.fetch(key)


Database = Union[SQLiteDatabase, PostgresDatabase]
_current: Database | None = None


def build_engine(url: str, pool_size: int = 32) -> Database:
    """An engine for a COMPANION_DATABASE_URL (already validated by settings)."""
    if url.startswith("sqlite:///"):
        return SQLiteDatabase(path=url[len("sqlite:///") :])
    return PostgresDatabase(dsn=url, pool_size=pool_size)


def bind(engine: Database) -> None:
    """Point every table of every app, and Piccolo's migration machinery, at `engine`.

    The apps come from Piccolo's configuration module (PICCOLO_CONF), found the way Piccolo
    finds it, and its DB is replaced so that Piccolo's own lookups find this engine too.
    """
    global _current
    from piccolo.apps.migrations.tables import Migration
    from piccolo.conf.apps import Finder

    finder = Finder()
    finder.get_piccolo_conf_module().DB = engine
    Migration._meta.db = engine
    for app_config in finder.get_app_registry().app_configs.values():
        for table in app_config.table_classes:
            table._meta.db = engine
    _current = engine


@contextlib.asynccontextmanager
async def connected(url: str, pool_size: int = 4):
    """Build, bind and start an engine for the length of a command."""
    engine = build_engine(url, pool_size)
    bind(engine)
    await engine.start()
    try:
        yield engine
    finally:
        await engine.stop()


def current() -> Database:
    """The engine bound in this process."""
    if _current is None:
        raise RuntimeError("no database is bound; call server.core.db.bind() first")
    return _current


async def run_compiled(query: CompiledQuery, *args: Any) -> list[dict]:
    """Run a compiled statement on the bound engine and return its rows."""
    return await current().run_compiled(query, *args)


async def fetch_first(query: CompiledQuery, *args: Any) -> dict | None:
    """Run a compiled SELECT on the bound engine and return its first row or None."""
    rows = await current().run_compiled(query, *args)
    return rows[0] if rows else None


async def fetch_keyed(query: KeyedQuery, key: Any) -> dict | None:
    """The row of a KeyedQuery for `key`, or None (batched with concurrent lookups on PostgreSQL)."""
    engine = current()
    if engine.engine_type == "postgres":
        return await engine.fetch_keyed(query, key)
    rows = await engine.run_compiled(query, key)
    return rows[0] if rows else None


def for_update(query):
    """Lock the selected rows until the transaction ends (PostgreSQL's FOR UPDATE).

    SQLite needs no row locks: our write transactions are BEGIN IMMEDIATE, which already
    holds the database's single write lock.
    """
    return query if current().engine_type == "sqlite" else query.lock_rows()


def is_unique_violation(exc: BaseException) -> bool:
    """Whether a driver error is a UNIQUE constraint refusing a duplicate, on either engine."""
    if isinstance(exc, sqlite3.IntegrityError):
        return "UNIQUE constraint failed" in str(exc)
    return isinstance(exc, asyncpg.UniqueViolationError)


async def ping() -> bool:
    """Whether the database answers a trivial query within PING_TIMEOUT."""
    try:
        rows = await asyncio.wait_for(current().run_ddl("SELECT 1 AS ok"), PING_TIMEOUT)
    except Exception:  # any driver error means "not answering"
        return False
    return bool(rows)


def _private_file(path: Path, create: bool = True) -> None:
    """Make `path` readable by this user only (0600): created so when missing (and `create`),
    tightened when looser. The database holds every health record."""
    if create:
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    with contextlib.suppress(FileNotFoundError):
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)


def _pragmas(query_only: bool) -> list[str]:
    # WAL lets readers run while one writer writes; NORMAL sync is durable in WAL mode
    # except for the last commits before a power cut, the usual trade for SQLite servers.
    pragmas = [f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}"]
    pragmas.append("PRAGMA query_only = ON" if query_only else "PRAGMA journal_mode = WAL")
    return pragmas + ["PRAGMA synchronous = NORMAL", "PRAGMA foreign_keys = ON"]


def _is_read(sql: str) -> bool:
    return sql.lstrip()[:6].upper() == "SELECT"


async def _fetch_all(connection: aiosqlite.Connection, sql: str, args: list[Any]) -> list[dict]:
    async with connection.execute(sql, args) as cursor:
        return await cursor.fetchall()


async def _rollback_if_needed(connection) -> None:
    if connection.is_in_transaction():
        await connection.execute("ROLLBACK")
