"""Demo drug testing: both tracks are tested at random twice a week (Monday to Friday, drawn at
06:00, window 08:00-17:00); every testing day since the program began has been drawn and its
tests recorded (mostly negative, one dilute, one missed), and today's draw is made.

The draws go through the product's run_selection with a seeded random.Random, so the demo is
the same every time; the product itself draws with secrets.SystemRandom.
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from server.programs import recurrence
from server.programs.demo import HISTORY_WEEKS, TIMEZONE
from server.programs.tables import Track
from server.testing import services
from server.testing.tables import DrugTest, RandomTestPolicy

SEED = 2026
TRACKS = {"Evening IOP": "counselor@demo.example", "Morning IOP": "counselor2@demo.example"}
DILUTE, MISSED = 3, 8  # which of the past tests (in date order) came back dilute, and was missed


async def load_demo_testing(ids: dict[str, int], clients: list[str], now: datetime) -> None:
    tz = recurrence.zone(TIMEZONE)
    today = now.astimezone(tz).date()
    first_day = recurrence.week_start(today) - timedelta(weeks=HISTORY_WEEKS)
    tracks = {row["name"]: row["id"] for row in await Track.select(Track.id, Track.name)}
    draw = random.Random(SEED)
    for name in TRACKS:
        await RandomTestPolicy.insert(
            RandomTestPolicy(track=tracks[name], tests_per_week=2.0, updated_at=now)
        )
        day = first_day
        while day <= today:
            selected_at = recurrence.to_utc(datetime.combine(day, time(6)), tz)
            await services.run_selection(tracks[name], day, min(selected_at, now), draw)
            day += timedelta(days=1)
    counselors = {tracks[name]: ids[email] for name, email in TRACKS.items()}
    await _record_past(counselors, today)


async def _record_past(counselors: dict[int, int], today) -> None:
    past = (
        await DrugTest.select(DrugTest.id, DrugTest.track, DrugTest.window_start_at)
        .where(DrugTest.local_date < today)
        .order_by(DrugTest.local_date)
        .order_by(DrugTest.client)
    )
    for number, test in enumerate(past):
        status, result = "collected", "negative"
        if number == DILUTE:
            result = "dilute"
        elif number == MISSED:
            status, result = "missed", None
        await DrugTest.update(
            {
                DrugTest.status: status,
                DrugTest.result: result,
                DrugTest.recorded_by: counselors[test["track"]],
                DrugTest.recorded_at: test["window_start_at"]
                + timedelta(hours=9 if status == "missed" else 2),
                DrugTest.note: "Asked to retest next week." if result == "dilute" else "",
            }
        ).where(DrugTest.id == test["id"])
