"""Keyed batching: point lookups that arrive in one turn of the event loop go to PostgreSQL
as one statement (`WHERE key = ANY($1)`).

A feature author needs this only for a lookup every request makes (today: the session
lookup). It serves B1 /today on PostgreSQL (0.249 -> 0.400 x raw asyncpg when it landed). On
SQLite, and inside a transaction, a keyed lookup is an ordinary compiled query.
"""

from __future__ import annotations

import asyncio
from typing import Any, Protocol

from server.core.db.compiled import CompiledQuery

BATCH_KEYS = 128  # keys per statement of a KeyedQuery batch
BATCH_KEY_ALIAS = "batch.key"  # the alias of the key in a batch's rows


class Fetcher(Protocol):
    async def fetch(self, sql: str, args) -> list: ...


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
        return f'{select}{self._key} AS "{BATCH_KEY_ALIAS}", {sql[len(select) : -len(where)]} WHERE {self._key} = ANY($1)'


class Batches:
    """The lookups of one KeyedQuery waiting to go to PostgreSQL, and the statements under way."""

    def __init__(self, held: Fetcher, sql: str) -> None:
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
                        del out[BATCH_KEY_ALIAS]
                        future.set_result(out)
