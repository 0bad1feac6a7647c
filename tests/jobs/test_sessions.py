"""The session purge job and the scheduler that runs it."""

from __future__ import annotations

import asyncio
import secrets
import time
from datetime import datetime, timedelta, timezone

from jobs.scheduler import build_scheduler, close_scheduler
from jobs.sessions import purge_expired_sessions
from server.accounts.services import hash_token
from server.accounts.tables import Account, AuthSession
from server.app import create_app


async def add_session(account_id: int, *, last_seen_ago: timedelta, expires_in: timedelta) -> str:
    now = datetime.now(timezone.utc)
    token_hash = hash_token(secrets.token_urlsafe(32))
    await AuthSession.insert(
        AuthSession(
            token_hash=token_hash,
            account=account_id,
            created=now - last_seen_ago,
            last_seen=now - last_seen_ago,
            expires=now + expires_in,
        )
    )
    return token_hash


async def remaining() -> set[str]:
    return {row["token_hash"] for row in await AuthSession.select(AuthSession.token_hash)}


async def wait_until(condition, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not await condition():
        assert time.monotonic() < deadline, "condition not met in time"
        await asyncio.sleep(0.05)


async def test_purge_deletes_exactly_the_dead_sessions(settings, personas):
    live_client = await add_session(
        personas.client.id, last_seen_ago=timedelta(days=3), expires_in=timedelta(days=1)
    )
    live_staff = await add_session(
        personas.counselor.id, last_seen_ago=timedelta(minutes=30), expires_in=timedelta(hours=1)
    )
    await add_session(
        personas.client.id, last_seen_ago=timedelta(minutes=1), expires_in=timedelta(seconds=-1)
    )
    await add_session(
        personas.client.id, last_seen_ago=timedelta(days=8), expires_in=timedelta(days=1)
    )
    await add_session(
        personas.admin.id, last_seen_ago=timedelta(hours=3), expires_in=timedelta(hours=5)
    )
    await add_session(
        personas.second_client.id, last_seen_ago=timedelta(minutes=1), expires_in=timedelta(days=1)
    )
    await Account.update({Account.active: False}).where(Account.id == personas.second_client.id)

    assert await purge_expired_sessions(settings) == 4
    assert await remaining() == {live_client, live_staff}
    assert await purge_expired_sessions(settings) == 0


async def test_the_scheduler_runs_the_purge_as_soon_as_it_starts(settings, personas):
    await add_session(
        personas.client.id, last_seen_ago=timedelta(days=8), expires_in=timedelta(days=1)
    )
    scheduler = build_scheduler(settings)
    scheduler.start()
    try:
        job = scheduler.get_job("purge-expired-sessions")
        assert job.misfire_grace_time is None and job.coalesce is True  # late ticks still run, once
        await wait_until(lambda: _empty())
    finally:
        await close_scheduler(scheduler)  # and the reminder sender's connections


async def test_companion_run_hosts_the_jobs_in_the_web_process(settings, engine, personas):
    await add_session(
        personas.client.id, last_seen_ago=timedelta(days=8), expires_in=timedelta(days=1)
    )
    app = create_app(settings, run_jobs=True, engine=engine)
    for hook in app.on_startup:
        await hook()
    try:
        await wait_until(lambda: _empty())
    finally:
        for hook in app.on_shutdown:
            await hook()


async def _empty() -> bool:
    return await AuthSession.count() == 0


async def test_companion_jobs_purges_in_its_own_process_and_stops_cleanly(settings, personas):
    import os
    import signal
    import sys

    from tests.conftest import SECRET

    await add_session(
        personas.client.id, last_seen_ago=timedelta(days=8), expires_in=timedelta(days=1)
    )
    env = {
        **os.environ,
        "COMPANION_DATABASE_URL": settings.database_url,
        "COMPANION_DATA_DIR": str(settings.data_dir),
        "COMPANION_SECRET_KEY": SECRET,
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "server",
        "jobs",
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await wait_until(lambda: _empty(), timeout=30)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            # waited for, not communicate()d: a cancelled communicate() loses what it had read
            await asyncio.wait_for(process.wait(), timeout=30)
        except TimeoutError:  # say where it stopped: the log of a process that did not stop
            process.kill()
            await process.wait()
            stderr = await process.stderr.read()
            raise AssertionError(
                "jobs did not stop on SIGTERM:\n" + stderr.decode()[-4000:]
            ) from None
        stderr = await process.stderr.read()
    assert process.returncode == 0, stderr.decode()
    log = stderr.decode()
    assert "jobs started: purge-expired-sessions" in log and "jobs stopped" in log
    assert "deleted 1 expired sessions" in log


async def test_stopping_lets_a_running_tick_finish_and_cancels_one_that_will_not(
    settings, personas, monkeypatch
):
    """A tick still working when the jobs stop gets a moment to finish (so it releases its
    connection and logs what it did) before anything is cancelled; one that would run on is
    cancelled after that grace. APScheduler alone cancels at once, which could leave a
    connection out of the pool and closing the pool waiting on it."""
    import jobs.scheduler as wiring

    monkeypatch.setattr(wiring, "TICK_GRACE_SECONDS", 1)
    events: list[str] = []
    started = asyncio.Event()

    async def brief() -> None:
        started.set()
        await asyncio.sleep(0.3)
        events.append("brief finished")

    async def endless() -> None:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            events.append("endless cancelled")
            raise

    scheduler = build_scheduler(settings)
    now = datetime.now(timezone.utc)
    for tick in (brief, endless):
        scheduler.add_job(
            wiring._tracked(tick, scheduler.running_ticks), "date", run_date=now, id=tick.__name__
        )
    scheduler.start()
    await asyncio.wait_for(started.wait(), timeout=10)
    await asyncio.sleep(0.05)
    began = time.monotonic()
    await close_scheduler(scheduler)
    took = time.monotonic() - began
    await asyncio.sleep(0.1)  # the cancelled tick's own exit
    assert "brief finished" in events and "endless cancelled" in events, events
    assert events.index("brief finished") < events.index("endless cancelled")
    assert 0.9 < took < 3, took
    assert await Account.count() >= 1  # the database still answers
