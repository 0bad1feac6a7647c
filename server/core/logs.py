"""Logging: one line per request, never a body, a query string, a cookie or a client address."""

from __future__ import annotations

import logging
import sys
import threading
import time

FLUSH_SECONDS = 0.2
WAKE_AT_LINES = 2048
MAX_QUEUED_LINES = 100_000

access = logging.getLogger("companion.access")

# Database drivers log every statement with its parameters at DEBUG: health data, emails,
# token hashes. They are held at WARNING whatever level the rest of the app runs at.
for _driver in ("aiosqlite", "asyncpg"):
    logging.getLogger(_driver).setLevel(logging.WARNING)


class BatchingStderrHandler(logging.StreamHandler):
    """Writes log lines to stderr in batches, from its own thread.

    A write and flush per request line costs more than the rest of a small request's
    logging, and a write can block (a slow disk, a full pipe): requests never wait for one.
    They queue lines (request lines as plain tuples, formatted at write time: a LogRecord
    per request cost ~10 us of the ~80 us an authenticated API call takes); a writer thread
    writes them within FLUSH_SECONDS, at once for a warning or error. If stderr stops
    taking lines, at most MAX_QUEUED_LINES wait and the rest are counted and reported.
    """

    def __init__(self) -> None:
        super().__init__(sys.stderr)
        self._queued: list = []
        self._dropped = 0
        self._wake = threading.Event()
        self._stopping = False
        self._writing = threading.Lock()  # one batch at a time, in order
        threading.Thread(target=self._write_forever, name="log-writer", daemon=True).start()

    def emit(self, record: logging.LogRecord) -> None:  # logging holds self.lock around this
        try:
            line = self.format(record) + self.terminator
        except Exception:  # a bad format argument must not break the request
            self.handleError(record)
            return
        self._enqueue(line, urgent=record.levelno >= logging.WARNING)

    def add_request_line(
        self, created: float, method: str, template: str, status: int, ms: float
    ) -> None:
        with self.lock:
            self._enqueue((created, method, template, status, ms))

    def flush(self) -> None:
        """Write everything queued so far, now, in the calling thread.

        Locks are taken in one order, self.lock then _writing, as logging itself holds
        self.lock when it calls flush() at exit; self.lock is let go before writing, so a
        slow write holds up no one but the next writer.
        """
        with self.lock:
            self._writing.acquire()
            batch, self._queued = self._queued, []
            dropped, self._dropped = self._dropped, 0
        try:
            if dropped:
                batch.append(
                    f"{_STAMPS.text(time.time())} WARNING {__name__}: "
                    f"{dropped} log lines dropped: stderr was not keeping up{self.terminator}"
                )
            if batch:
                self.stream.write("".join(map(self._text, batch)))
                self.stream.flush()
        finally:
            self._writing.release()

    def close(self) -> None:
        self._stopping = True
        self._wake.set()
        self.flush()
        super().close()

    def _enqueue(self, item, urgent: bool = False) -> None:  # with self.lock held
        if len(self._queued) >= MAX_QUEUED_LINES:
            self._dropped += 1
            return
        self._queued.append(item)
        if urgent or len(self._queued) >= WAKE_AT_LINES:
            self._wake.set()

    def _text(self, item) -> str:
        if isinstance(item, str):
            return item
        created, method, template, status, ms = item
        stamp = _STAMPS.text(created)
        return (
            f"{stamp} INFO {access.name}: {method} {template} {status} {ms:.1f}ms{self.terminator}"
        )

    def _write_forever(self) -> None:
        while not self._stopping:
            self._wake.wait(FLUSH_SECONDS)
            self._wake.clear()
            self.flush()


class _Stamps:
    """logging's default timestamp text ('2026-11-24 06:03:17,304'), made once per second."""

    def __init__(self) -> None:
        self._second, self._text = -1, ""

    def text(self, created: float) -> str:
        second = int(created)
        if second != self._second:
            self._second, self._text = (
                second,
                time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(second)),
            )
        return f"{self._text},{int((created - second) * 1000):03d}"


_STAMPS = _Stamps()


class _Formatter(logging.Formatter):
    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return _STAMPS.text(record.created)


_batcher: BatchingStderrHandler | None = None


def configure_logging(level: str) -> None:
    # Per the logging HOWTO's "Optimization": our format uses none of the caller's file,
    # thread or process, and gathering them costs more than the rest of a request log line.
    logging._srcfile = None
    logging.logThreads = False
    logging.logProcesses = False
    logging.logMultiprocessing = False
    handler = BatchingStderrHandler()
    handler.setFormatter(_Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in root.handlers:
        old.close()
    root.handlers[:] = [handler]
    root.setLevel(level)
    global _batcher
    _batcher = handler if access.isEnabledFor(logging.INFO) else None
    # uvicorn's access log prints full paths with query strings and client addresses.
    logging.getLogger("uvicorn.access").disabled = True
    # Piccolo announces the SQLite version and APScheduler every tick: keep only warnings.
    for chatty in ("piccolo", "apscheduler"):
        logging.getLogger(chatty).setLevel(max(logging.WARNING, root.level))


def log_request(scope: dict, status: int, started: float) -> None:
    """Log method, route template (not the raw path, which may carry a token) and status."""
    template = scope.get("path_template") or "(no route)"
    ms = (time.perf_counter() - started) * 1000
    if _batcher is not None:
        _batcher.add_request_line(time.time(), scope["method"], template, status, ms)
    elif access.isEnabledFor(logging.INFO):
        access.info("%s %s %d %.1fms", scope["method"], template, status, ms)
