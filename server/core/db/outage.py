"""Outage handling: telling "the database is down for now" apart from a fault.

A feature author rarely needs this module: the app answers 503 with Retry-After for every
request that fails with one of UNAVAILABLE_ERRORS (server/app.py), and the jobs process skips a
tick. Use OutageLog in a long-running loop of your own (a new jobs tick) so that an outage logs
one warning now and then, not a traceback per attempt. Serves the outage tests in
tests/failures (PostgreSQL restarted, SQLite killed), not a benchmark.
"""

from __future__ import annotations

import logging
import time

import asyncpg


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
            self._log.warning(
                "the database is not answering (%s on %s); %d %s since the last report",
                type(exc).__name__,
                where,
                self._since,
                self._what,
            )
            self._logged_at, self._since = now, 0


def is_unavailable(exc: BaseException) -> bool:
    """Whether an error means the database is unavailable for now (answer 503, try again later)."""
    if isinstance(exc, asyncpg.InterfaceError):
        return "closed" in str(exc) or "closing" in str(exc)  # a connection or pool that went away
    return isinstance(exc, UNAVAILABLE_ERRORS)
