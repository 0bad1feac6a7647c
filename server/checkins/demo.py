"""Demo check-ins: three weeks for each demo client, mostly steady, some high-risk days, one
safety concern, older ones reviewed with a note from the counselor."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, time, timedelta

from server.accounts import services as accounts
from server.accounts.services import SignedInUser
from server.accounts.tables import Account
from server.checkins import services
from server.checkins.schemas import CheckinIn
from server.checkins.tables import Checkin
from server.programs import recurrence

DAYS = 21
TRIGGERS = ["stress", "people", "places", "tired", "lonely", "conflict", "boredom"]
NOTES = [
    "Good to see you at group.",
    "Thanks for being honest about this.",
    "Keep using your plan — call me anytime.",
]


async def load_demo_checkins(ids: dict[str, int], clients: list[str], now: datetime) -> None:
    chance = random.Random(4)
    for number, email in enumerate(clients, start=1):
        account = await Account.select().where(Account.id == ids[email]).first()
        user = SignedInUser(
            id=account["id"],
            email=email,
            display_name=account["display_name"],
            role="client",
            timezone=account["timezone"],
            locale=account["locale"],
        )
        tz = recurrence.zone(user.timezone)
        today = now.astimezone(tz).date()
        for back in range(DAYS, -1, -1):
            if chance.random() < 0.15 or (back == 0 and number % 2):
                continue  # a missed day; half the clients have not checked in yet today
            day = today - timedelta(days=back)
            at = datetime.combine(day, time(20, chance.randrange(60)), tzinfo=tz)
            if at > now:
                at = now - timedelta(minutes=5)
            await services.submit(user, _believable(chance, day, number, back), at)
        await _review_older(ids[email], today, now)


def _believable(chance: random.Random, day, number: int, back: int) -> CheckinIn:
    rough = chance.random() < 0.12
    used = rough and chance.random() < 0.4
    return CheckinIn(
        id=uuid.UUID(int=chance.getrandbits(128), version=4),
        local_date=day,
        mood=chance.choice([1, 2]) if rough else chance.choice([3, 3, 4, 4, 5]),
        craving=chance.randrange(8, 11) if rough else chance.randrange(0, 5),
        used=used,
        substances=["alcohol"] if used else [],
        medication=chance.choice(["yes", "yes", "not_prescribed"]),
        sleep_hours=chance.choice([5.0, 6.0, 6.5, 7.0, 7.5, 8.0]),
        safety_concern=number == 3 and back == 1,  # one recent safety concern to work on first
        triggers=chance.sample(TRIGGERS, chance.randrange(0, 3)),
        helped=chance.choice(["", "meeting", "a walk", "called my sponsor"]),
        note="",
    )


async def _review_older(client_id: int, today, now: datetime) -> None:
    """Check-ins more than three days old were reviewed by the client's counselor."""
    counselor = await accounts.primary_counselor_of(client_id)
    rows = await Checkin.select(Checkin.id, Checkin.submitted_at).where(
        (Checkin.client == client_id) & (Checkin.local_date < today - timedelta(days=3))
    )
    for at, row in enumerate(rows):
        await Checkin.update(
            {
                Checkin.reviewed_at: row["submitted_at"] + timedelta(hours=14),
                Checkin.reviewed_by: counselor,
                Checkin.counselor_note: NOTES[at % len(NOTES)] if at % 4 == 0 else "",
            }
        ).where(Checkin.id == row["id"])
