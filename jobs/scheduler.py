"""APScheduler wiring.

APScheduler only ticks. Each job keeps its state in our own tables and claims its work
there, so any number of job processes may run, and nothing is kept in APScheduler's
memory job store that a restart would lose. A tick that runs late still runs:
misfire_grace_time=None, with coalescing so a backlog runs once.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from datetime import datetime, timezone

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from jobs.reminders import ReminderJobs
from jobs.schedule import extend_schedules
from jobs.sessions import purge_expired_sessions
from jobs.testing import select_due
from server.core import db, heap
from server.settings import Settings
from server.today.stamps import compact_today_changes

SESSION_PURGE_MINUTES = 10
COMPACT_MINUTES = 1  # a bulk change (a new program's year of sessions) appends many stamps at once
SCHEDULE_EXTEND_HOURS = 6
DRUG_TEST_SELECTION_MINUTES = 1
PLAN_SECONDS = 60
ALERT_SECONDS = 5  # an urgent check-in's first push, and each escalation, within seconds
DISPATCH_SECONDS = 1  # each tick also wakes for rows falling due before the next

log = logging.getLogger(__name__)


class _TickStillRunning(logging.Filter):
    """Drop APScheduler's warning that a tick was skipped because the last one is still working:
    with max_instances=1 that is by design (a long send or plan simply covers the next tick)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "maximum number of running instances reached" not in str(record.msg)


logging.getLogger("apscheduler.scheduler").addFilter(_TickStillRunning())


def build_scheduler(settings: Settings) -> AsyncIOScheduler:
    """A scheduler with every periodic job; call start() inside a running event loop."""
    scheduler = AsyncIOScheduler(
        timezone=timezone.utc,
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
    )
    reminders = ReminderJobs(settings)
    scheduler.reminders = reminders  # closed by whoever stops the scheduler (close_scheduler)
    ticks = [  # (id, tick, its arguments, how often)
        (
            "purge-expired-sessions",
            purge_expired_sessions,
            [settings],
            {"minutes": SESSION_PURGE_MINUTES},
        ),
        ("compact-today-changes", compact_today_changes, [], {"minutes": COMPACT_MINUTES}),
        ("plan-reminders", reminders.plan, [], {"seconds": PLAN_SECONDS}),
        ("urgent-alerts", reminders.alerts, [], {"seconds": ALERT_SECONDS}),
        ("send-reminders", reminders.dispatch, [DISPATCH_SECONDS], {"seconds": DISPATCH_SECONDS}),
        ("extend-schedules", extend_schedules, [], {"hours": SCHEDULE_EXTEND_HOURS}),
        ("select-drug-tests", select_due, [], {"minutes": DRUG_TEST_SELECTION_MINUTES}),
    ]
    running: set[asyncio.Task] = set()
    scheduler.running_ticks = running  # what close_scheduler waits for
    for (
        job_id,
        tick,
        args,
        every,
    ) in ticks:  # each runs once at start, in this order, then on its interval
        now = datetime.now(timezone.utc)
        scheduler.add_job(
            _tracked(tick, running), "interval", args=args, id=job_id, next_run_time=now, **every
        )
    return scheduler


def _tracked(tick, running: set[asyncio.Task]):
    """The tick, its task kept in `running` while it works (APScheduler 3 does not say which of
    its ticks are still running, and `shutdown(wait=False)` leaves them going)."""

    async def run(*args):
        task = asyncio.current_task()
        running.add(task)
        try:
            return await tick(*args)
        finally:
            running.discard(task)

    run.__name__ = run.__qualname__ = getattr(tick, "__name__", "tick")
    run.__wrapped__ = tick
    return run


ENGINE_STOP_SECONDS = 10
TICK_GRACE_SECONDS = 5  # a tick still working at shutdown may finish within this, then is cancelled


async def close_scheduler(scheduler: AsyncIOScheduler) -> None:
    """Stop ticking, let a tick still working finish (within TICK_GRACE_SECONDS), and close the
    reminder sender's connections. APScheduler's own shutdown cancels whatever still runs, and a
    tick cancelled mid-query can leave its connection out of the pool (closing the pool then
    waits for it): so no new tick starts (pause), the running ones get their grace, and only
    what is left is cancelled (its work is claimed in our tables and taken up again)."""
    running = set(getattr(scheduler, "running_ticks", ()))
    if scheduler.running:
        scheduler.pause()
    if running:
        _, late = await asyncio.wait(running, timeout=TICK_GRACE_SECONDS)
        if late:
            log.warning("jobs: %d tick(s) still working at shutdown are cancelled", len(late))
    if scheduler.running:
        scheduler.shutdown(wait=False)  # cancels what is still running
    await scheduler.reminders.close()


async def run_until_stopped(settings: Settings) -> None:
    """`companion jobs`: run the scheduler against the database until SIGINT or SIGTERM."""
    engine = db.build_engine(settings.database_url, settings.db_pool_size)
    db.bind(engine)
    await engine.start()
    scheduler = build_scheduler(settings)
    heap.settle()
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    scheduler.start()
    log.info("jobs started: %s", ", ".join(job.id for job in scheduler.get_jobs()))
    try:
        await stop.wait()
    finally:
        await close_scheduler(scheduler)
        try:
            await asyncio.wait_for(engine.stop(), timeout=ENGINE_STOP_SECONDS)
        except TimeoutError:  # a connection still out: the process exits and the server drops it
            log.warning(
                "jobs: the database connections did not close within %d s", ENGINE_STOP_SECONDS
            )
        log.info("jobs stopped")
