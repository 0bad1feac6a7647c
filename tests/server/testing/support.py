"""Helpers shared by the drug-testing tests (tests/server/testing and tests/jobs/test_testing.py)."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta, timezone

from server.programs import recurrence, setup
from server.programs.schemas import EnrollmentIn
from server.testing import services
from server.testing.schemas import PolicyIn, PolicyOut
from tests.helpers import DENVER, Persona, add_account, on_care_team, some_counselor, user_of

TZ = recurrence.zone(DENVER)
EVERY_DAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def now() -> datetime:
    return datetime.now(timezone.utc)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    """The UTC instant of a Denver wall time."""
    return datetime.combine(day, time(hour, minute), tzinfo=TZ).astimezone(timezone.utc)


def denver_today() -> date:
    return now().astimezone(TZ).date()


def weekday_on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


class Fixed(random.Random):
    """A draw that always yields the same number: 0.0 selects everyone, 0.999 nobody."""

    def __init__(self, value: float):
        super().__init__(0)
        self.value = value

    def random(self) -> float:
        return self.value


EVERYONE, NOBODY = Fixed(0.0), Fixed(0.999)


async def set_policy(admin: Persona, track_id: int, **fields) -> PolicyOut:
    data = PolicyIn(**{"tests_per_week": 2.0, **fields})
    return await services.set_track_policy(user_of(admin), track_id, data, now())


async def more_clients(
    persona_hash: str, track_id: int, count: int, starts_on: date, prefix: str = "extra"
) -> list[int]:
    """`count` more clients enrolled in a track from `starts_on`."""
    ids = []
    for number in range(count):
        person = await add_account(
            f"{prefix}{number}@example.org", f"Client {prefix} {number:02d}", "client", persona_hash
        )
        await on_care_team(await some_counselor(), person)
        await setup.enroll(
            EnrollmentIn(client_id=person.id, track_id=track_id, starts_on=starts_on)
        )
        ids.append(person.id)
    return ids
