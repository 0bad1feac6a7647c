"""Database engines that keep their connections.

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

Tables are bound to one engine per process with `bind`, the way Piccolo expects.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import sqlite3
import time
import uuid
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Union

import aiosqlite
import asyncpg
from piccolo import columns
from piccolo.engine.postgres import PostgresEngine
from piccolo.engine.sqlite import SQLiteEngine, SQLiteTransaction, dict_factory
from piccolo.query.base import Query
from piccolo.query.functions.aggregate import Sum
from piccolo.querystring import QueryString


class _WithoutTraceback(logging.Filter):
    """asyncpg's pool logs a traceback each time it fails to reconnect while the server is down
    (backing off from 1 s to 60 s): one line naming the error says the same."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            record.msg, record.args = f"{record.getMessage()}: {type(error).__name__}: {error}", ()
            record.exc_info, record.exc_text = None, None
        return True


logging.getLogger("asyncpg.pool").addFilter(_WithoutTraceback())


def _utc_datetime(text: str) -> datetime:
    # Piccolo stores a timestamptz as str() of its UTC value ("...+00:00", which fromisoformat
    # reads as timezone.utc itself); replace() only for a value stored without an offset.
    value = datetime.fromisoformat(text)
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


# How the fast path turns SQLite's stored values into what Piccolo would return.
_SQLITE_OUT: dict[type, Callable | None] = {
    columns.Timestamptz: _utc_datetime,
    columns.Boolean: bool,
    columns.Date: date.fromisoformat,
    columns.Serial: None,
    columns.BigSerial: None,
    columns.Integer: None,
    columns.BigInt: None,
    columns.ForeignKey: None,
    columns.Varchar: None,
    columns.Text: None,
    columns.Real: None,
    columns.UUID: uuid.UUID,
    Sum: None,  # an integer sum comes back as an int
}

BUSY_TIMEOUT_SECONDS = 5.0
PG_CONNECT_TIMEOUT = 5.0  # a request waits no longer for a new connection to an unreachable server
PING_TIMEOUT = 5.0
SQLITE_READERS = 2
PG_POOL_MIN = 1
PG_HELD = 8  # connections of their own for compiled statements, besides the pool (at most a quarter of its size)
PG_COMMAND_TIMEOUT = 60  # seconds a statement may run
BATCH_KEYS = 128  # keys per statement of a KeyedQuery batch
_BATCH_KEY = "batch.key"  # the alias of the key in a batch's rows


class CompiledQuery:
    """A Piccolo query compiled once per engine type, then run with fresh arguments.

    Building and compiling a Piccolo query costs ~150 us; the per-request session lookup
    and the writes every sign-in makes cannot afford that, so they are built once with
    marker arguments and reused. Compile while the tables are bound to an engine of the
    type asked for: Piccolo renders some defaults (a serial id) per engine.
    """

    def __init__(self, build: Callable[..., Query], arity: int):
        self._build = build
        self._arity = arity
        self._sql: dict[str, str] = {}
        self._sqlite_converters: tuple | None | bool = False  # False: not worked out yet

    def sql(self, engine_type: str) -> str:
        if engine_type not in self._sql:
            markers = [f"\x00arg{i}" for i in range(self._arity)]
            sql, args = self._build(*markers).querystrings[0].compile_string(engine_type=engine_type)
            if list(args) != markers:
                raise ValueError("a compiled query must use each argument once, in order")
            self._sql[engine_type] = sql
        return self._sql[engine_type]

    def sqlite_converters(self) -> tuple[tuple[str, Callable], ...] | None:
        """(alias, converter) for the columns SQLite returns as text or 0/1, or None when a
        column's type has no converter here (the query then runs on a reader connection).

        sqlite3's declared-type converters, which Piccolo registers, cost ~1 us a value,
        about a third of the per-request session lookup; it converts its few values directly.
        """
        if self._sqlite_converters is False:
            query = self._build(*[None] * self._arity)
            selected = query.columns_delegate.selected_columns or query.table._meta.columns
            converters = []
            for column in selected:
                if type(column) not in _SQLITE_OUT:
                    converters = None
                    break
                if _SQLITE_OUT[type(column)] is not None:
                    converters.append((column._meta.get_default_alias(), _SQLITE_OUT[type(column)]))
            self._sqlite_converters = None if converters is None else tuple(converters)
        return self._sqlite_converters


class WidenedQuery(CompiledQuery):
    """A compiled SELECT with raw SQL columns added after its own (subselects Piccolo's query
    builder cannot express); SQLite returns them as they are."""

    def __init__(self, base: CompiledQuery, columns_sql: str):
        super().__init__(base._build, base._arity)
        self._base, self._columns = base, columns_sql

    def sql(self, engine_type: str) -> str:
        if engine_type not in self._sql:
            base = self._base.sql(engine_type)
            at = base.index(" FROM ")
            self._sql[engine_type] = f"{base[:at]}, {self._columns}{base[at:]}"
        return self._sql[engine_type]


class KeyedQuery(CompiledQuery):
    """A compiled SELECT of at most one row per key (its SQL ends `WHERE <key_sql> = $1`), run
    with fetch_keyed: on PostgreSQL, outside a transaction, the lookups that arrive in one
    turn of the event loop go to the server as one statement (`WHERE <key_sql> = ANY($1)`).

    The session lookup every request makes is one; under load each of its round trips was a
    socket write that woke a PostgreSQL backend and a read of its answer, about a third of a
    cached Today's CPU (B1). A lookup alone in its turn goes out at once, as before.
    """

    def __init__(self, base: CompiledQuery, key_sql: str):
        if base._arity != 1:
            raise ValueError("a keyed query takes one argument, the key")
        super().__init__(base._build, 1)
        self._base, self._key = base, key_sql

    def sql(self, engine_type: str) -> str:
        return self._base.sql(engine_type)

    def sqlite_converters(self):
        return self._base.sqlite_converters()

    def batch_sql(self) -> str:
        sql, where = self.sql("postgres"), f" WHERE {self._key} = $1"
        select = "SELECT ALL " if sql.startswith("SELECT ALL ") else "SELECT "
        if not sql.startswith(select) or not sql.endswith(where):
            raise ValueError(f"not a lookup by {self._key}: {sql}")
        return f'{select}{self._key} AS "{_BATCH_KEY}", {sql[len(select):-len(where)]} WHERE {self._key} = ANY($1)'


class _Batches:
    """The lookups of one KeyedQuery waiting to go to PostgreSQL, and the statements under way."""

    def __init__(self, held: _HeldConnections, sql: str) -> None:
        self._held, self._sql = held, sql
        self._waiting: dict[Any, list[asyncio.Future]] = {}
        self._starting = False  # a batch will take what is waiting on the loop's next turn
        self._running: set[asyncio.Task] = set()

    async def fetch(self, key) -> dict | None:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        waiting = self._waiting.get(key)
        if waiting is None:
            self._waiting[key] = [future]
        else:
            waiting.append(future)
        if not self._starting:
            self._start(loop)
        return await future

    def _start(self, loop) -> None:
        self._starting = True
        task = loop.create_task(self._run())
        self._running.add(task)
        task.add_done_callback(self._running.discard)

    async def _run(self) -> None:
        self._starting = False
        if len(self._waiting) <= BATCH_KEYS:
            batch, self._waiting = self._waiting, {}
        else:
            keys = list(self._waiting)[:BATCH_KEYS]
            batch = {key: self._waiting.pop(key) for key in keys}
            self._start(asyncio.get_running_loop())
        try:
            rows = await self._held.fetch(self._sql, (list(batch),))
        except Exception as exc:  # each waiting request fails as its own lookup would have
            for futures in batch.values():
                for future in futures:
                    if not future.done():
                        future.set_exception(exc)
            return
        except BaseException:  # cancelled (the loop is closing)
            for futures in batch.values():
                for future in futures:
                    future.cancel()
            raise
        found = {row[0]: row for row in rows}
        for key, futures in batch.items():
            row = found.get(key)
            for future in futures:
                if not future.done():
                    if row is None:
                        future.set_result(None)
                    else:
                        out = dict(row)
                        del out[_BATCH_KEY]
                        future.set_result(out)


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
        self._readers: _FairPool | None = None
        self._reader_list: list[aiosqlite.Connection] = []
        self._fast: sqlite3.Connection | None = None
        self._write_lock: asyncio.Lock | None = None

    async def start(self) -> None:
        if sqlite3.sqlite_version_info < (3, 35):
            raise RuntimeError(f"SQLite 3.35 or newer is needed, this Python has {sqlite3.sqlite_version}")
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._writer = await self._open(query_only=False)
        self._reader_list = [await self._open(query_only=True) for _ in range(SQLITE_READERS)]
        self._readers = _FairPool(self._reader_list)
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

    def transaction(self, transaction_type: Any = None, allow_nested: bool = True) -> SQLiteTransaction:
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


class _FairPool:
    """Reader connections handed out first come, first served.

    asyncio.Queue is not fair here: a task that releases a reader and asks again at once (a
    request's next query) takes it back before the waiter that was woken for it runs, and
    that waiter goes to the back of the line; B5 saw one request wait 4 s. A released
    connection goes straight to the oldest waiter instead.
    """

    def __init__(self, connections: list) -> None:
        self._idle = collections.deque(connections)
        self._waiters: collections.deque[asyncio.Future] = collections.deque()

    async def acquire(self):
        if self._idle and not self._waiters:
            return self._idle.popleft()
        return await self._wait()

    async def _wait(self):
        """Wait in line for what release() hands over."""
        waiter = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            return await waiter
        except asyncio.CancelledError:
            if waiter.done() and not waiter.cancelled():
                if waiter.result() is not None:
                    self.release(waiter.result())  # handed over just as we were cancelled
            else:
                with contextlib.suppress(ValueError):  # already passed over by _hand_over
                    self._waiters.remove(waiter)
            raise

    def _hand_over(self, connection) -> bool:
        """Give `connection` (or None: open another) to the oldest waiter, if any."""
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(connection)
                return True
        return False

    def release(self, connection) -> None:
        if not self._hand_over(connection):
            self._idle.append(connection)


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
            min_size=PG_POOL_MIN, max_size=self.pool_size, reset=_rollback_if_needed, command_timeout=PG_COMMAND_TIMEOUT,
            timeout=PG_CONNECT_TIMEOUT,
        )
        self._held = _HeldConnections(self.config["dsn"], max(1, min(PG_HELD, self.pool_size // 4)))
        self._batches: dict[KeyedQuery, _Batches] = {}

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
            batches = self._batches[query] = _Batches(self._held, query.batch_sql())
        return await batches.fetch(key)


class _HeldConnections(_FairPool):
    """A few connections of their own for compiled statements outside transactions (the
    session lookup every request makes), handed out first come, first served.

    Through asyncpg's pool a query cost ~20 us more CPU (acquire and release, the connection
    proxy, the reset) and a client-side timer for its command timeout: ~40 % of the lookup
    (B1). These connections are plain ones with the timeout kept by the server instead
    (statement_timeout). One that fails other than by its statement's own error is closed and
    replaced on next use (a restarted server); connecting fails as fast as the pool's does.
    """

    def __init__(self, dsn: str, size: int) -> None:
        super().__init__([])
        self._dsn, self._size = dsn, size
        self._open = 0  # idle + in use + connecting

    async def fetch(self, sql: str, args) -> list:
        connection = await self._acquire()
        try:
            rows = await connection.fetch(sql, *args)
        except asyncpg.PostgresError as exc:
            if connection.is_closed() or isinstance(exc, (asyncpg.PostgresConnectionError,
                                                          asyncpg.OperatorInterventionError)):
                self._drop(connection)
            else:
                self.release(connection)  # the statement failed; the connection is fine
            raise
        except BaseException:
            self._drop(connection)
            raise
        self.release(connection)
        return rows

    async def _acquire(self):
        while True:
            while self._idle and not self._waiters:
                connection = self._idle.popleft()
                if not connection.is_closed():
                    return connection
                self._drop(connection)  # the server closed it while it was idle
            if self._open < self._size:
                self._open += 1
                try:
                    return await asyncpg.connect(
                        self._dsn, timeout=PG_CONNECT_TIMEOUT,
                        server_settings={"statement_timeout": str(PG_COMMAND_TIMEOUT * 1000)})
                except BaseException:
                    self._open -= 1
                    raise
            connection = await self._wait()
            if connection is not None:
                return connection
            # None: a connection was dropped; open another

    def _drop(self, connection) -> None:
        connection.terminate()
        self._open -= 1
        self._hand_over(None)

    async def close(self) -> None:
        while self._idle:
            await self._idle.popleft().close()
        self._open = 0


Database = Union[SQLiteDatabase, PostgresDatabase]
_current: Database | None = None


def build_engine(url: str, pool_size: int = 32) -> Database:
    """An engine for a COMPANION_DATABASE_URL (already validated by settings)."""
    if url.startswith("sqlite:///"):
        return SQLiteDatabase(path=url[len("sqlite:///") :])
    return PostgresDatabase(dsn=url, pool_size=pool_size)


def bind(engine: Database) -> None:
    """Point every table of every app, and Piccolo's migration machinery, at `engine`."""
    global _current
    from piccolo.apps.migrations.tables import Migration

    from server import piccolo_conf

    piccolo_conf.DB = engine
    Migration._meta.db = engine
    for app_config in piccolo_conf.APP_REGISTRY.app_configs.values():
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
        raise RuntimeError("no database is bound; call server.db.bind() first")
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


# The driver errors that mean the database cannot be reached now (stopped, restarting, out of
# connections, a connection cut), rather than a fault in the request or in our code.
UNAVAILABLE_ERRORS = (
    OSError,  # refused, reset, unreachable, timed out: nothing else in a request does network I/O
    asyncpg.PostgresConnectionError,  # class 08: the connection failed or was lost mid-query
    asyncpg.OperatorInterventionError,  # class 57: shutting down, starting up, crashed, cancelled
    asyncpg.TooManyConnectionsError,
    asyncpg.InterfaceError,  # some of them: see is_unavailable
    # A pooled connection caught mid-way by the server's shutdown message ("cannot switch to
    # state 12; another operation is in progress"): the pool discards it once the socket closes.
    asyncpg.InternalClientError,
)


class OutageLog:
    """One warning when the database stops answering, then one every `every` seconds with how
    many `what` failed meanwhile (the error's type only: no message), not one line per failure."""

    def __init__(self, logger: logging.Logger, what: str, every: float = 10.0) -> None:
        self._log, self._what, self._every = logger, what, every
        self._logged_at = -every
        self._since = 0

    def note(self, exc: BaseException, where: str) -> None:
        self._since += 1
        now = time.monotonic()
        if now - self._logged_at >= self._every:
            self._log.warning("the database is not answering (%s on %s); %d %s since the last report",
                              type(exc).__name__, where, self._since, self._what)
            self._logged_at, self._since = now, 0


def is_unavailable(exc: BaseException) -> bool:
    """Whether an error means the database is unavailable for now (answer 503, try again later)."""
    if isinstance(exc, asyncpg.InterfaceError):
        return "closed" in str(exc) or "closing" in str(exc)  # a connection or pool that went away
    return isinstance(exc, UNAVAILABLE_ERRORS)


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
