"""The reminder ticks of a jobs process: plan every minute, urgent alerts every few seconds,
dispatch every second.

The rules of what to plan and how to send live in server/notifications (planner, dispatch);
this module only runs them on a schedule, holds the one Web Push sender (one aiohttp session)
they share, and keeps a database outage from filling the log.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta, timezone

from jobs.push import Sender
from server.core import db
from server.notifications import outbox
from server.notifications.dispatch import dispatch_all
from server.notifications.planner import plan_alerts, plan_reminders

TICK_MARGIN = 0.05  # seconds a dispatch tick leaves before the next one starts

log = logging.getLogger(__name__)


class ReminderJobs:
    """The planner and dispatcher ticks of one jobs process, sharing one Sender (one aiohttp
    session) that opens on the first tick and closes with `close()`."""

    def __init__(self, settings):
        self._settings = settings
        self._sender: Sender | None = None
        self._outage = db.OutageLog(log, "ticks failed")

    async def plan(self) -> None:
        try:
            added = await plan_reminders(datetime.now(timezone.utc))
        except Exception as exc:
            self._failed(exc, "planning reminders")
            return
        if added:
            log.info("planned %d reminders", added)

    async def alerts(self) -> None:
        """Escalate urgent alerts not acknowledged in time and plan every step's pushes."""
        try:
            added = await plan_alerts(datetime.now(timezone.utc))
        except Exception as exc:
            self._failed(exc, "planning urgent alerts")
            return
        if added:
            log.info("planned %d urgent alert pushes", added)

    async def dispatch(self, tick: float = 1.0) -> None:
        """One tick: send what is due, then, until the next tick, wake when the next row falls
        due and send it then, so a reminder goes out on time, not up to a tick late."""
        if self._sender is None:
            self._sender = await Sender(self._settings).__aenter__()
        loop = asyncio.get_running_loop()
        ends = loop.time() + tick - TICK_MARGIN  # the next tick takes over from there
        try:
            while True:
                counts = await dispatch_all(self._sender, datetime.now(timezone.utc))
                if counts:
                    log.info(
                        "reminders: %s",
                        ", ".join(f"{n} {what}" for what, n in sorted(counts.items())),
                    )
                now = datetime.now(timezone.utc)
                left = ends - loop.time()
                due = (
                    await outbox.next_due(now, now + timedelta(seconds=left)) if left > 0 else None
                )
                if due is None:
                    return
                await asyncio.sleep((due - now).total_seconds())
        except Exception as exc:
            self._failed(exc, "sending reminders")

    def _failed(self, exc: Exception, what: str) -> None:
        """The next tick tries again. A database outage is a warning now and then, not a
        traceback every second."""
        if db.is_unavailable(exc):
            self._outage.note(exc, what)
        else:
            log.exception("%s failed; the next tick tries again", what)

    async def close(self) -> None:
        if self._sender is not None:
            await self._sender.__aexit__(None, None, None)
            self._sender = None
