"""Fixtures of the meeting tests: signed-in browsers, and the directory loaded from the test feed."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from server.accounts.services import SignedInUser
from server.meetings import importer

FEED = Path(__file__).resolve().parents[2] / "data" / "meetings" / "feed.json"
DENVER = "America/Denver"


def user_of(persona, zone: str = DENVER) -> SignedInUser:
    """The signed-in user a service sees for a persona."""
    return SignedInUser(
        id=persona.id,
        email=persona.email,
        display_name=persona.display_name,
        role=persona.role,
        timezone=zone,
        locale="en-US",
    )


@pytest.fixture
def signed_in(new_browser):
    """A browser signed in as a persona."""

    async def sign_in(persona):
        browser = new_browser()
        response = await browser.sign_in(persona.email)
        assert response.status_code == 200, response.text
        return browser

    return sign_in


@pytest.fixture
async def directory(engine) -> dict[tuple[str, int], int]:
    """The test feed imported: directory ids by (slug, day)."""
    from server.meetings.tables import MeetingDirectory

    parsed = importer.parse_feed(importer.read_feed(str(FEED)))
    await importer.save_directory(parsed.records, datetime.now(timezone.utc))
    rows = await MeetingDirectory.select(
        MeetingDirectory.id, MeetingDirectory.slug, MeetingDirectory.day
    )
    return {(row["slug"], row["day"]): row["id"] for row in rows}
