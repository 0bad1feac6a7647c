"""A jobs process for the crash test: dispatches due reminders until killed or out of time.

Run as `python -m tests.jobs.dispatch_worker SECONDS` with the COMPANION_* environment; the
lease is shortened (TEST_LEASE_SECONDS) so a killed process's claims come back within the test.
"""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import datetime, timedelta, timezone

from jobs.push import Sender
from server.core import db
from server.notifications import outbox
from server.notifications.dispatch import dispatch_all
from server.settings import load_settings


async def main(seconds: float) -> None:
    outbox.LEASE = timedelta(seconds=float(os.environ["TEST_LEASE_SECONDS"]))
    settings = load_settings(create_secrets=False)
    loop = asyncio.get_running_loop()
    async with db.connected(settings.database_url), Sender(settings, timeout=5) as sender:
        print("ready", flush=True)
        deadline = loop.time() + seconds
        while loop.time() < deadline:
            await dispatch_all(sender, datetime.now(timezone.utc), batch=10, lanes=2)
            await asyncio.sleep(0.1)


if __name__ == "__main__":
    asyncio.run(main(float(sys.argv[1])))
