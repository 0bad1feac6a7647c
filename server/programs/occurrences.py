"""Materializing a series' occurrences for a rolling horizon, and keeping them in step.

Occurrences from now to the horizon are recomputed from the series; past ones are history
(attendance points at them) and stay as they are. An occurrence edited on its own (cancelled
or moved: `detached`) is left alone by series edits.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from server.core import db
from server.programs import recurrence
from server.programs.tables import (
    Attendance,
    OccurrenceStatus,
    Program,
    SessionOccurrence,
    SessionSeries,
)

HORIZON_DAYS = 120
# A series that would create more than this within the horizon is surely a mistake.
MAX_PER_SYNC = 1000


async def live_series_ids() -> list[int]:
    """The series still running (not ended), whose occurrences the horizon job keeps ahead."""
    rows = await SessionSeries.select(SessionSeries.id).where(SessionSeries.ended.eq(False))
    return [row["id"] for row in rows]


async def sync_series(series_id: int, *, now: datetime, since: datetime | None = None) -> int:
    """Bring one series' occurrences in [since or now, now + horizon) in line with the series.

    Returns:
        How many occurrences were added, changed or removed.
    """
    series = (
        await SessionSeries.select(*SessionSeries.all_columns(), SessionSeries.program.timezone)
        .where(SessionSeries.id == series_id)
        .first()
    )
    if series is None:
        return 0
    window_start = since or now
    window_end = now + timedelta(days=HORIZON_DAYS)
    tz = recurrence.zone(series["program.timezone"])
    wanted = (
        []
        if series["ended"]
        else recurrence.expand(series["rrule"], series["local_start"], tz, window_start, window_end)
    )
    if len(wanted) > MAX_PER_SYNC:
        wanted = wanted[:MAX_PER_SYNC]
    length = timedelta(minutes=series["duration_minutes"])
    async with db.current().transaction():
        existing = await SessionOccurrence.select().where(
            (SessionOccurrence.series == series_id)
            & (SessionOccurrence.original_start >= window_start)
            & (SessionOccurrence.original_start < window_end)
        )
        return await _reconcile(series, existing, wanted, length)


async def _reconcile(
    series: dict, existing: list[dict], wanted: list[datetime], length: timedelta
) -> int:
    by_start = {row["original_start"]: row for row in existing}
    wanted_set = set(wanted)
    changes = 0
    new_rows = [
        SessionOccurrence(
            series=series["id"],
            track=series["track"],
            client=series["client"],
            original_start=start,
            starts_at=start,
            ends_at=start + length,
            status=OccurrenceStatus.scheduled.value,
        )
        for start in wanted
        if start not in by_start
    ]
    if new_rows:
        await SessionOccurrence.insert(*new_rows)
        changes += len(new_rows)
    for start, row in by_start.items():
        if row["detached"]:
            continue
        if start not in wanted_set:
            changes += await _retire(row)
        elif row["ends_at"] != start + length or row["track"] != series["track"]:
            await SessionOccurrence.update(
                {
                    SessionOccurrence.ends_at: start + length,
                    SessionOccurrence.track: series["track"],
                    SessionOccurrence.sequence: row["sequence"] + 1,
                }
            ).where(SessionOccurrence.id == row["id"])
            changes += 1
    return changes


async def _retire(row: dict) -> int:
    """An occurrence the series no longer has: deleted, unless attendance was recorded for it
    (then it is kept, cancelled, so the hours ledger does not lose what happened)."""
    if await Attendance.exists().where(Attendance.occurrence == row["id"]):
        if row["status"] == OccurrenceStatus.cancelled.value:
            return 0
        await SessionOccurrence.update(
            {
                SessionOccurrence.status: OccurrenceStatus.cancelled.value,
                SessionOccurrence.sequence: row["sequence"] + 1,
            }
        ).where(SessionOccurrence.id == row["id"])
    else:
        await SessionOccurrence.delete().where(SessionOccurrence.id == row["id"])
    return 1


async def program_zone(program_id: int):
    row = await Program.select(Program.timezone).where(Program.id == program_id).first()
    return recurrence.zone(row["timezone"]) if row else None
