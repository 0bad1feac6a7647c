"""Demo aftercare: a dozen Denver support meetings in the directory (AA, NA, SMART; some online,
some hybrid), a plan of three meetings a week for the first four clients, and two weeks of
logged meetings for them, the older ones verified by their counselor."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta

from server.accounts import services as accounts
from server.accounts.services import SignedInUser
from server.accounts.tables import Account
from server.meetings import importer, services
from server.meetings.schemas import AftercarePlanIn, MeetingLogIn
from server.meetings.tables import MeetingDirectory

TIMEZONE = "America/Denver"
PLANNED_CLIENTS = 4
NOTES = "Sponsor: call weekly. Home group: Tuesday Night Steps. Continue individual therapy every other week."


def _meeting(
    slug, name, day, time, location="", address="", url="", types=("O", "D"), end_time=""
) -> dict:
    """A row in the Meeting Guide feed format, as an intergroup's website publishes it."""
    return {
        "slug": slug,
        "name": name,
        "day": day,
        "time": time,
        "end_time": end_time,
        "types": list(types),
        "location": location,
        "address": address,
        "city": "Denver" if address else "",
        "state": "CO",
        "conference_url": url,
        "timezone": TIMEZONE,
    }


FEEDS = {
    "aa": [
        _meeting(
            "sunrise-serenity",
            "Sunrise Serenity",
            [1, 2, 3, 4, 5],
            "07:00",
            "Capitol Hill Alano Club",
            "1201 Pennsylvania St",
            end_time="08:00",
        ),
        _meeting(
            "tuesday-night-steps",
            "Tuesday Night Steps",
            2,
            "19:00",
            "St. Paul's Church",
            "1600 Grant St",
            types=("C", "ST"),
        ),
        _meeting(
            "lodo-big-book",
            "LoDo Big Book",
            4,
            "12:10",
            "Union Station Community Room",
            "1701 Wynkoop St",
            types=("O", "B"),
        ),
        _meeting(
            "mile-high-online",
            "Mile High Online",
            [0, 3],
            "20:00",
            url="https://zoom.us/j/83012345678",
            types=("O", "ONL"),
        ),
        _meeting(
            "womens-wednesday",
            "Women's Wednesday",
            3,
            "18:30",
            "Highlands Church",
            "3500 W 32nd Ave",
            url="https://zoom.us/j/84123456789",
            types=("C", "W"),
        ),
        _meeting(
            "saturday-speaker",
            "Saturday Speaker Meeting",
            6,
            "10:00",
            "Denver Central Library",
            "10 W 14th Ave Pkwy",
            types=("O", "SP"),
        ),
    ],
    "na": [
        _meeting(
            "na-clean-and-serene",
            "Clean and Serene",
            [1, 4],
            "18:00",
            "Five Points Rec Center",
            "2880 Washington St",
        ),
        _meeting(
            "na-just-for-today",
            "Just For Today",
            0,
            "17:00",
            url="https://zoom.us/j/85234567890",
            types=("O", "ONL"),
        ),
        _meeting(
            "na-basic-text",
            "Basic Text Study",
            5,
            "19:30",
            "Park Hill Methodist",
            "5209 Montview Blvd",
        ),
    ],
    "smart": [
        _meeting(
            "smart-denver-downtown",
            "SMART Recovery Downtown",
            2,
            "17:30",
            "Recovery Café",
            "2100 Stout St",
            types=(),
        ),
        _meeting(
            "smart-online-evening",
            "SMART Recovery Online",
            4,
            "19:00",
            url="https://zoom.us/j/86345678901",
            types=("ONL",),
        ),
        _meeting(
            "smart-family",
            "SMART Family & Friends",
            1,
            "18:00",
            "Sloan's Lake Library",
            "4500 W 17th Ave",
            url="https://zoom.us/j/87456789012",
            types=(),
        ),
    ],
}


async def load_demo_meetings(ids: dict[str, int], clients: list[str], now: datetime) -> None:
    """The directory, plans and logged meetings for the demo accounts (`ids` maps email to id)."""
    for fellowship, rows in FEEDS.items():
        await importer.save_directory(importer.parse_feed(rows, fellowship, TIMEZONE).records, now)
    chance = random.Random(7)
    directory = await MeetingDirectory.select(
        MeetingDirectory.id,
        MeetingDirectory.name,
        MeetingDirectory.fellowship,
        MeetingDirectory.format,
    ).order_by(MeetingDirectory.id)
    for email in clients[:PLANNED_CLIENTS]:
        client = await _user(ids[email])
        counselor = await _counselor_of(client.id)
        await services.set_plan(
            counselor, client.id, AftercarePlanIn(weekly_target=3, notes=NOTES), now
        )
        for back in sorted(chance.sample(range(1, 15), chance.randrange(3, 7)), reverse=True):
            picked = chance.choice(directory)
            meeting, _ = await services.submit(
                client,
                MeetingLogIn(
                    id=uuid.UUID(int=chance.getrandbits(128), version=4),
                    fellowship=picked["fellowship"],
                    name=picked["name"],
                    attended_at=now - timedelta(days=back, hours=chance.randrange(0, 6)),
                    format="online" if picked["format"] == "online" else "in_person",
                    directory_id=picked["id"],
                ),
                now - timedelta(days=back - 1) if back > 1 else now,
            )
            if back > 4:
                await services.verify(counselor, meeting.id, now)


async def _user(account_id: int) -> SignedInUser:
    account = await Account.select().where(Account.id == account_id).first()
    return SignedInUser(
        id=account["id"],
        email=account["email"],
        display_name=account["display_name"],
        role=account["role"],
        timezone=account["timezone"],
        locale=account["locale"],
    )


async def _counselor_of(client_id: int) -> SignedInUser:
    return await _user(await accounts.primary_counselor_of(client_id))
