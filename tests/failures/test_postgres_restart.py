"""PostgreSQL restarted under load: `companion serve` answers 503 with a clear message and
Retry-After while the database is down (never a 500, never a hang), and serves again once it
is back, without being restarted itself. Nothing acknowledged is lost; what was refused goes
through when the phone sends it again.

The cluster is the test's own (tests/failures/cluster.py): stopping the shared one would fail
whatever else is using it.
"""

from __future__ import annotations

import asyncio

from server.checkins.tables import Checkin, CheckinRevision
from server.core import db
from server.core.migrations import apply_migrations
from tests.e2e.harness import running_server
from tests.failures.load import ANSWER_TIMEOUT, Phone, keep_busy
from tests.helpers import make_personas

UP, DOWN, BACK = 1.0, 1.5, 1.5  # seconds of load before the stop, while stopped, after the start


async def test_requests_get_503_while_postgresql_is_down_and_succeed_again_without_restarting_the_server(
    cluster, persona_hash, tmp_path
):
    async with db.connected(cluster.url):
        await apply_migrations()
        personas = await make_personas(persona_hash)
    env = {
        "COMPANION_DATABASE_URL": cluster.url,
        "COMPANION_COOKIE_SECURE": "0",
        "COMPANION_DB_POOL_SIZE": "6",
    }
    async with running_server(tmp_path, "postgresql", env, command="serve") as server:
        phones = [Phone(server.base_url) for _ in range(4)]
        answers, stop = [], asyncio.Event()
        clock = asyncio.get_running_loop().time
        try:
            for phone, persona in zip(
                phones, [personas.client, personas.second_client] * 2, strict=True
            ):
                await phone.sign_in(persona.email)
            loops = [asyncio.create_task(keep_busy(phone, answers, stop)) for phone in phones]
            await asyncio.sleep(UP)
            stopping = clock()
            await asyncio.to_thread(cluster.stop)
            stopped = clock()
            await asyncio.sleep(DOWN)
            starting = clock()
            await asyncio.to_thread(cluster.start)
            assert await asyncio.to_thread(cluster.is_ready)
            ready = clock()
            await asyncio.sleep(BACK)
            stop.set()
            await asyncio.gather(*loops)
            # The phone's outbox sends the refused check-ins again: each must go through now.
            refused = [a for a in answers if a.path == "/api/checkins" and a.status == 503]
            retried = [await a.phone.check_in(a.record) for a in refused]
        finally:
            stop.set()
            for phone in phones:
                await phone.close()

        assert server.process.returncode is None, "the server exited"
        unanswered = [a for a in answers if a.status is None]
        assert not unanswered, f"no answer within {ANSWER_TIMEOUT} s: {unanswered[:3]}"
        assert {a.status for a in answers} <= {200, 201, 503}, [
            a for a in answers if a.status not in (200, 201, 503)
        ][:3]

        before = [a for a in answers if a.sent + a.took < stopping]
        down = [a for a in answers if a.sent >= stopped and a.sent + a.took < starting]
        after = [a for a in answers if a.sent >= ready]
        assert before and all(a.status in (200, 201) for a in before)
        assert len(down) >= 8 and {a.status for a in down} == {503}, [
            (a.path, a.status) for a in down
        ]
        for answer in down:
            assert answer.retry_after and answer.retry_after.isdigit(), answer
            if answer.path == "/healthz":
                assert answer.body == {
                    "status": "unavailable",
                    "detail": "The database is not answering.",
                }
            else:
                assert answer.body["status_code"] == 503 and "database" in answer.body["detail"], (
                    answer
                )
        assert len(after) >= 8 and all(a.status in (200, 201) for a in after), [
            (round(a.sent - ready, 2), a.path, a.status, a.body)
            for a in after
            if a.status not in (200, 201)
        ]

        assert refused and all(r.status in (200, 201) for r in retried), [r.status for r in retried]
        log = server.log.read_text(errors="replace")
    assert "Traceback" not in log and "ERROR" not in log, log[-3000:]
    # A client has one check-in a day: a later one updates the day's entry, and the answers it
    # replaces are kept as a revision under the id they were sent with. So every check-in sent
    # (acknowledged, or refused and sent again) is the entry's latest version or a revision, once.
    sent = {a.record for a in answers if a.path == "/api/checkins"}
    async with db.connected(cluster.url):
        entries = await Checkin.select(Checkin.id, Checkin.submission)
        revisions = await CheckinRevision.select(CheckinRevision.submission)
    stored = [str(row["submission"] or row["id"]) for row in entries] + [
        str(row["submission"]) for row in revisions
    ]
    assert revisions, "no check-in updated its day's entry"
    assert sorted(stored) == sorted(sent)  # every check-in acknowledged or retried, each once
