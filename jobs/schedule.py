"""Job: keep every live series materialized to the rolling horizon (HORIZON_DAYS ahead)."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

from server.core import db
from server.programs import occurrences

log = logging.getLogger(__name__)


async def extend_schedules() -> int:
    """Materialize what the horizon newly covers. Safe in several processes: a series another
    process extended at the same moment fails our insert on its unique key and is skipped."""
    now = datetime.now(timezone.utc)
    changed = 0
    for series_id in await occurrences.live_series_ids():
        changed += await _extend(series_id, now)
    if changed:
        log.info("schedule horizon: %d occurrences added or changed", changed)
    return changed


async def _extend(series_id: int, now: datetime) -> int:
    """One series' new occurrences. A series that cannot be expanded (a rule stored before
    today's checks) is logged and skipped: it must not stop every other series' horizon."""
    try:
        return await occurrences.sync_series(series_id, now=now)
    except Exception as exc:
        if db.is_unique_violation(exc):
            log.info("series %d was extended by another process", series_id)
        else:
            log.error("series %d could not be extended", series_id, exc_info=exc)
        return 0
