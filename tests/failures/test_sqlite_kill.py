"""`companion serve` on SQLite killed with SIGKILL in the middle of concurrent writes: the
database passes PRAGMA integrity_check, and every write that was acknowledged (2xx) is there,
with its audit event (written in the same transaction)."""

from __future__ import annotations

import asyncio
import signal
import sqlite3

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
    assert {a.status for a in answers} <= {201, None}, sorted({str(a.status) for a in answers})
    with sqlite3.connect(
        path
    ) as database:  # opening it recovers the write-ahead log, as the app would
        assert database.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert database.execute("PRAGMA foreign_key_check").fetchall() == []
        stored = {
            table: {row[0] for row in database.execute(f"SELECT id FROM {table}")}
            for table in ("checkin", "meeting_log")
        }
        audited = {row[0] for row in database.execute("SELECT subject FROM audit_event")}
    for answer in acknowledged:
        table, kind = (
            ("checkin", "checkin") if answer.path == "/api/checkins" else ("meeting_log", "meeting")
        )
        assert answer.record in stored[table], f"an acknowledged write is missing: {answer}"
        assert f"{kind}:{answer.record}" in audited, (
            f"an acknowledged write has no audit event: {answer}"
        )
