"""Job: each track's daily random drug-test draw, once its selection time has passed.

Ticks every minute. The draw's state lives in test_selection_run: a track's day is drawn by
whichever process claims it first, so any number of jobs processes may tick at once. A job
that was down at the selection time catches up later the same day, never for a past day.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from server.testing import services

log = logging.getLogger(__name__)


async def select_due(now: datetime | None = None) -> int:
    """Make every draw that is due today and not yet made; returns how many this call made.

    A policy that cannot be run (say, its program's stored zone is unknown) is logged and
    skipped: it must not stop the other tracks' draws, and the next tick tries it again.
    """
    now = now or datetime.now(timezone.utc)
    made = 0
    for policy in await services.active_policies():
        try:
            selected = await services.select_if_due(policy, now)
        except Exception as exc:
            log.error("track %d: drug-test selection failed", policy["track"], exc_info=exc)
            continue
        if selected is not None:
            made += 1
            log.info(
                "track %d: drug-test selection made, %d selected", policy["track"], len(selected)
            )
    return made
