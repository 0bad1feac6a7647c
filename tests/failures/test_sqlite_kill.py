"""`companion serve` on SQLite killed with SIGKILL in the middle of concurrent writes: the
database passes PRAGMA integrity_check, and every write that was acknowledged (2xx) is there
exactly once, with its audit event (written in the same transaction).

A client has one check-in a day: each phone's first check-in creates the day's entry (201), its
later ones update it (200, the entry's id in the answer); the answers an update replaces become
a `checkin_revision` row named by the id they were sent with. So a check-in sent is stored as
the entry's latest version (`checkin.submission`, or its `id` when never updated) or as one of
its revisions, and audited as `checkin.submitted` (the entry) or `checkin.updated` (subject:
the day's entry)."""

from __future__ import annotations

import asyncio
import signal
import sqlite3
from collections import Counter

from server.core import db
from server.core.migrations import apply_migrations
from tests.e2e.harness import running_server
from tests.failures.load import WRITES, Phone, keep_busy
from tests.helpers import add_account, make_personas

PHONES = 6
ACKNOWLEDGED_BEFORE_KILL = 60


async def test_a_server_killed_mid_write_leaves_a_sound_database_with_every_acknowledged_write(
    persona_hash, tmp_path
):
    path = tmp_path / "companion.db"
    async with db.connected(f"sqlite:///{path}"):
        await apply_migrations()
        personas = await make_personas(persona_hash)
        extra = [
            await add_account(f"c{n}@example.org", f"Client {n}", "client", persona_hash)
            for n in range(PHONES - 2)
        ]
    clients = [personas.client, personas.second_client, *extra]
    env = {"COMPANION_DATABASE_URL": f"sqlite:///{path}", "COMPANION_COOKIE_SECURE": "0"}
    async with running_server(tmp_path, "sqlite", env, command="serve") as server:
        phones = [Phone(server.base_url) for _ in clients]
        for phone, client in zip(phones, clients, strict=True):
            await phone.sign_in(client.email)
        answers, stop = [], asyncio.Event()
        loops = [asyncio.create_task(keep_busy(phone, answers, stop, WRITES)) for phone in phones]
        try:
            for _ in range(300):  # kill it while writes are going on
                await asyncio.sleep(0.02)
                if sum(a.status in (200, 201) for a in answers) >= ACKNOWLEDGED_BEFORE_KILL:
                    break
            server.process.send_signal(signal.SIGKILL)
            await server.process.wait()
            await asyncio.sleep(0.2)  # the requests in flight fail
        finally:
            stop.set()
            await asyncio.gather(*loops)
            for phone in phones:
                await phone.close()
        assert server.process.returncode == -signal.SIGKILL

    acknowledged = [a for a in answers if a.status in (200, 201)]
    unanswered = [a for a in answers if a.status is None]
    assert len(acknowledged) >= ACKNOWLEDGED_BEFORE_KILL and unanswered, (
        "the kill did not land mid-stream"
    )
    assert any(a.status == 200 for a in acknowledged), "no check-in updated its day's entry"
    statuses = {(a.path, a.status) for a in answers}
    allowed = {
        (path, status) for path in ("/api/checkins", "/api/meetings") for status in (201, None)
    } | {("/api/checkins", 200)}  # a later check-in the same day updates the day's entry
    assert statuses <= allowed, sorted(map(str, statuses - allowed))
    with sqlite3.connect(
        path
    ) as database:  # opening it recovers the write-ahead log, as the app would
        assert database.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert database.execute("PRAGMA foreign_key_check").fetchall() == []
        meetings = {row[0] for row in database.execute("SELECT id FROM meeting_log")}
        entries = {
            row[0]: (row[1] or row[0], row[2])
            for row in database.execute("SELECT id, submission, revisions FROM checkin")
        }  # entry id: (its latest version's id, how many times it was updated)
        revisions = database.execute("SELECT submission, checkin FROM checkin_revision").fetchall()
        events = database.execute("SELECT action, subject FROM audit_event").fetchall()
    # Every version of every check-in stored, each under the id it was sent with, once.
    versions = [(latest, entry) for entry, (latest, _) in entries.items()] + revisions
    entry_of = dict(versions)
    assert len(entry_of) == len(versions), "a check-in is stored twice"
    audited = Counter(events)
    subjects = {subject for _, subject in events}
    for entry, (_, updates) in entries.items():  # nothing half-written: rows and events agree
        assert sum(1 for _, of in revisions if of == entry) == updates, entry
        assert audited["checkin.submitted", f"checkin:{entry}"] == 1, entry
        assert audited["checkin.updated", f"checkin:{entry}"] == updates, entry
    for answer in acknowledged:
        if answer.path == "/api/meetings":
            assert answer.record in meetings, f"an acknowledged write is missing: {answer}"
            assert f"meeting:{answer.record}" in subjects, (
                f"an acknowledged write has no audit event: {answer}"
            )
            continue
        assert answer.record in entry_of, f"an acknowledged check-in is missing: {answer}"
        entry = entry_of[answer.record]
        assert answer.body["id"] == entry, f"answered with another day's entry: {answer}"
        if answer.status == 201:  # the day's first: the entry itself
            assert answer.record == entry, answer
        else:  # an update of the day's entry, audited as one
            assert answer.record != entry and audited["checkin.updated", f"checkin:{entry}"], answer
