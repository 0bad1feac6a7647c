"""Connections handed out first come, first served: SQLite's reader connections and the few
PostgreSQL connections held out of asyncpg's pool for compiled statements.

Engine internals: a feature author never needs this module. It serves B5 (a request waited 4 s
for a reader behind busier neighbours before FairPool) and B1 /today on PostgreSQL (the held
connections save ~40 % of the session lookup's CPU).
"""

from __future__ import annotations

import asyncio
import collections
import contextlib

import asyncpg

PG_CONNECT_TIMEOUT = 5.0  # a request waits no longer for a new connection to an unreachable server
PG_COMMAND_TIMEOUT = 60  # seconds a statement may run


class FairPool:
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


class HeldConnections(FairPool):
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
            if connection.is_closed() or isinstance(
                exc, (asyncpg.PostgresConnectionError, asyncpg.OperatorInterventionError)
            ):
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
                        self._dsn,
                        timeout=PG_CONNECT_TIMEOUT,
                        server_settings={"statement_timeout": str(PG_COMMAND_TIMEOUT * 1000)},
                    )
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
