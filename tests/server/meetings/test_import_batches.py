"""A large import is many short transactions: re-importing still updates and never duplicates,
and on SQLite a writer of another process (the app's check-in, a job) never waits long behind
it. Before, `companion import-meetings` of thousands of meetings stalled a check-in 4.7 s and
jobs logged "database is locked"."""

from __future__ import annotations

import math
import sqlite3
import threading
import time
from datetime import datetime, timedelta, timezone

import pytest

from server.meetings import importer
from server.meetings.tables import MeetingDirectory

LONGEST_WAIT = 0.5  # seconds; a batch takes milliseconds, the pause between two 0.12 s
LONGEST_TRANSACTION = 0.25  # seconds; ~5 ms is usual


def generated(count: int, first: int = 0) -> list[dict]:
    """`count` feed rows meeting on two days each: 2 * count directory records."""
    start = datetime(2026, 1, 1, 6, 0)
    return [
        {
            "name": f"Meeting {n}",
            "slug": f"gen-{n}",
            "day": [n % 7, (n + 3) % 7],
            "time": (start + timedelta(minutes=7 * n)).strftime("%H:%M"),
            "location": f"Hall {n}",
            "address": f"{n} Main St",
            "city": "Denver",
        }
        for n in range(first, first + count)
    ]


async def test_an_import_writes_batches_and_a_re_import_updates_without_duplicates(engine):
    records = importer.parse_feed(generated(500)).records
    seen: list[tuple[int, int]] = []
    counts = await importer.save_directory(
        records, datetime.now(timezone.utc), progress=lambda *done: seen.append(done)
    )
    assert (counts.added, counts.updated, counts.unchanged) == (1000, 0, 0)
    assert importer.BATCH <= 200
    batch = importer.BATCH
    assert seen == [(min(done, 1000), 1000) for done in range(batch, 1000 + batch, batch)]
    assert await MeetingDirectory.count() == 1000

    rows = generated(500)
    rows[7]["time"], rows[300]["name"] = "23:59", "Renamed"
    edited = await importer.save_directory(
        importer.parse_feed(rows).records, datetime.now(timezone.utc)
    )
    assert (edited.added, edited.updated, edited.unchanged) == (0, 4, 996)
    assert await MeetingDirectory.count() == 1000
    renamed = await MeetingDirectory.select(MeetingDirectory.day).where(
        MeetingDirectory.name == "Renamed"
    )
    assert sorted(row["day"] for row in renamed) == sorted([300 % 7, 303 % 7])


class Probe:
    """Another process's writer: its own SQLite connection, a small write in a loop, and how
    long each waited for the write lock."""

    def __init__(self, path: str):
        self.path, self.waits = path, []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run)

    def __enter__(self) -> Probe:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        connection = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        connection.execute("CREATE TABLE IF NOT EXISTS probe_write (at REAL)")
        while not self._stop.is_set():
            asked = time.perf_counter()
            connection.execute("BEGIN IMMEDIATE")
            self.waits.append(time.perf_counter() - asked)
            connection.execute("INSERT INTO probe_write VALUES (?)", (asked,))
            connection.execute("COMMIT")
            time.sleep(0.005)
        connection.close()


class Transactions:
    """Counts and times the engine's transactions, from the moment one holds the write lock to
    its commit (SQLite's trace callback would do it per statement, but needs the GIL each time
    and slowed the import tenfold)."""

    def __init__(self, engine):
        self.held: list[float] = []
        self._open = engine.transaction

    def __call__(self, *args, **kwargs):
        return _Timed(self._open(*args, **kwargs), self.held)


class _Timed:
    def __init__(self, transaction, held: list[float]):
        self._transaction, self._held = transaction, held

    async def __aenter__(self):
        entered = await self._transaction.__aenter__()
        self._began = time.perf_counter()
        return entered

    async def __aexit__(self, *exc):
        try:
            return await self._transaction.__aexit__(*exc)
        finally:
            self._held.append(time.perf_counter() - self._began)


async def timed_import(engine, path: str, rows: list[dict], monkeypatch):
    """Import `rows` while a Probe writes: (the probe's waits, each import transaction's hold)."""
    records = importer.parse_feed(rows).records
    transactions = Transactions(engine)
    with monkeypatch.context() as patch:
        patch.setattr(engine, "transaction", transactions)
        with Probe(path) as probe:
            time.sleep(0.05)  # the probe is writing before the import starts
            await importer.save_directory(records, datetime.now(timezone.utc))
    return probe.waits, transactions.held


async def test_another_writer_never_waits_long_behind_a_large_import(engine, settings, monkeypatch):
    if engine.engine_type != "sqlite":
        pytest.skip("SQLite's one write lock; PostgreSQL locks rows and queues its waiters")
    path = settings.database_url[len("sqlite:///") :]
    # Batches as before (500 rows, the lock taken again at once), for the message only.
    with monkeypatch.context() as before_the_fix:
        before_the_fix.setattr(importer, "BATCH", 500)
        before_the_fix.setattr(importer, "PAUSE_SECONDS", 0)
        before, _ = await timed_import(engine, path, generated(1500, first=10_000), monkeypatch)

    waits, held = await timed_import(engine, path, generated(1500), monkeypatch)
    assert len(held) == math.ceil(3000 / importer.BATCH), held
    assert max(held) < LONGEST_TRANSACTION, f"import transactions held {max(held):.3f} s"
    assert max(waits) < LONGEST_WAIT, (
        f"a write waited {max(waits):.3f} s behind the import ({len(held)} transactions); "
        f"with back-to-back batches the longest wait was {max(before):.3f} s"
    )
    assert len(waits) > len(held), "the probe should have written between the batches"
    assert await MeetingDirectory.count() == 6000
