"""A client's calendar feed: a secret URL that names nothing, RFC 5545 text a phone calendar
understands (local times with their VTIMEZONE, stable UIDs, growing SEQUENCE, cancellations),
discreet by default, rotated or stopped at will, and only ever the client's own sessions."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import date, datetime, time, timedelta, timezone
from urllib.parse import urlsplit

import pytest
from icalendar import Calendar

from server.accounts.tables import Account
from server.audit.tables import AuditEvent
from server.programs import controllers, occurrences, recurrence
from server.programs.tables import CalendarFeed
from tests.helpers import DENVER

TZ = recurrence.zone(DENVER)
FEED_PATH = re.compile(r"^/calendar/[A-Za-z0-9_-]{43}\.ics$")
# Words that would tell someone glancing at a phone's subscriptions what this calendar is.
REVEALING = (
    "casey",
    "client",
    "example.org",
    "iop",
    "therapy",
    "treatment",
    "rehab",
    "recovery",
    "addiction",
    "counsel",
    "group",
    "session",
)


async def feed_path(browser) -> str:
    """Ask for a (new) calendar URL and return its path."""
    response = await browser.post("/api/me/calendar-url")
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["active"] is True
    return urlsplit(body["url"]).path


async def fetch(new_browser, path: str) -> Calendar:
    """The feed as a phone fetches it: no session, no cookies."""
    response = await new_browser("203.0.113.50").get(path)
    assert response.status_code == 200, response.text
    return Calendar.from_ical(response.text)


def events(calendar: Calendar) -> dict[str, dict]:
    """Each VEVENT by UID: its local start, SEQUENCE, STATUS, SUMMARY and LOCATION."""
    found = {}
    for event in calendar.walk("VEVENT"):
        found[str(event["UID"])] = {
            "start": event.decoded("DTSTART"),
            "tzid": event["DTSTART"].params.get("TZID"),
            "sequence": int(event["SEQUENCE"]),
            "status": str(event["STATUS"]),
            "summary": str(event["SUMMARY"]),
            "location": str(event.get("LOCATION", "")) or None,
            "url": event.get("URL"),
        }
    return found


async def one_occurrence(admin, series_id: int, on: date) -> dict:
    response = await admin.get(
        f"/api/admin/series/{series_id}/occurrences", params={"from": on.isoformat(), "days": 3}
    )
    assert response.status_code == 200, response.text
    return next(
        o
        for o in response.json()
        if datetime.fromisoformat(o["starts_at"]).astimezone(TZ).date() == on
    )


def uid_of(series_id: int, starts_at: str) -> str:
    instant = datetime.fromisoformat(starts_at.replace("Z", "+00:00")).astimezone(timezone.utc)
    return f"s{series_id}-{instant:%Y%m%dT%H%M%SZ}@iop-companion"


def next_week_day(schedule, weekday: int) -> date:
    """A day of the given weekday in the week after this one (always in the feed's future)."""
    return schedule.first_day + timedelta(weeks=2, days=weekday)


# --- the URL ------------------------------------------------------------------------------


async def test_a_client_gets_a_secret_url_that_names_nothing(schedule, personas, signed_in):
    client = await signed_in(personas.client)
    response = await client.post("/api/me/calendar-url")
    assert response.status_code == 201, response.text
    url = response.json()["url"]

    path = urlsplit(url).path
    assert FEED_PATH.match(path), url
    token = path.removeprefix("/calendar/").removesuffix(".ics")
    assert not any(word in path.lower() for word in REVEALING)
    # Only the token's hash is kept: the URL is shown once.
    stored = await CalendarFeed.select(CalendarFeed.token_hash).where(
        CalendarFeed.client == personas.client.id
    )
    assert stored == [{"token_hash": hashlib.sha256(token.encode()).hexdigest()}]
    state = (await client.get("/api/me/calendar-url")).json()
    assert state == {"active": True, "discreet": True, "url": None}


async def test_the_feed_is_text_calendar_fetched_without_a_session_and_never_cached(
    schedule, personas, signed_in, new_browser
):
    path = await feed_path(await signed_in(personas.client))

    response = await new_browser("203.0.113.50").get(path)

    assert response.status_code == 200
    media_type, *parameters = [part.strip() for part in response.headers["content-type"].split(";")]
    assert media_type == "text/calendar" and "charset=utf-8" in parameters
    assert response.headers["cache-control"] == "no-store"
    assert response.text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert all(len(line.encode()) <= 75 for line in response.text.split("\r\n"))
    assert len(Calendar.from_ical(response.text).walk("VEVENT")) > 10


async def test_the_feed_names_its_charset_once(schedule, personas, signed_in, new_browser):
    path = await feed_path(await signed_in(personas.client))
    response = await new_browser().get(path)
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"


# --- what the feed holds ------------------------------------------------------------------


async def test_the_feed_has_denvers_vtimezone_and_events_in_its_local_time(
    schedule, personas, signed_in, new_browser
):
    calendar = await fetch(new_browser, await feed_path(await signed_in(personas.client)))

    zones = calendar.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == [DENVER]
    found = events(calendar).values()
    assert {e["tzid"] for e in found} == {DENVER}
    assert {
        (e["start"].astimezone(TZ).weekday(), e["start"].astimezone(TZ).time()) for e in found
    } == {(0, time(18)), (2, time(18)), (3, time(18))}
    # The VTIMEZONE we wrote, read back on its own, agrees with the zone database.
    own_zone = zones[0].to_tz()
    for event in found:
        wall = event["start"].astimezone(TZ).replace(tzinfo=None)
        assert wall.replace(tzinfo=own_zone).astimezone(timezone.utc) == event["start"].astimezone(
            timezone.utc
        )


def next_dst_change(after: datetime) -> date:
    """The next local day in Denver that is not 24 hours long."""
    day = after.astimezone(TZ).date()
    while True:
        day += timedelta(days=1)
        start, end = recurrence.local_day_bounds(day, TZ)
        if end - start != timedelta(hours=24):
            return day


async def test_sessions_stay_at_six_pm_on_both_sides_of_a_dst_change(
    schedule, personas, signed_in, new_browser, monkeypatch
):
    # The clock is the edge of the world: set it ten days before the next change, whatever
    # the season, and materialize the evening series from there.
    change = next_dst_change(datetime.now(timezone.utc))
    clock = datetime.combine(change - timedelta(days=10), time(12), tzinfo=TZ).astimezone(
        timezone.utc
    )
    await occurrences.sync_series(schedule.evening_series, now=clock)
    monkeypatch.setattr(controllers, "utc_now", lambda: clock)

    found = events(await fetch(new_browser, await feed_path(await signed_in(personas.client))))

    before = [
        e["start"]
        for e in found.values()
        if change - timedelta(days=7) <= e["start"].astimezone(TZ).date() < change
    ]
    after = [
        e["start"]
        for e in found.values()
        if change < e["start"].astimezone(TZ).date() <= change + timedelta(days=7)
    ]
    assert len(before) == 3 and len(after) == 3
    assert {s.astimezone(TZ).time() for s in before + after} == {time(18)}
    offsets = (
        {s.astimezone(timezone.utc).hour for s in before},
        {s.astimezone(timezone.utc).hour for s in after},
    )
    assert (
        len(offsets[0]) == 1 and len(offsets[1]) == 1 and offsets[0] != offsets[1]
    )  # the instant moved


async def test_uids_are_stable_from_one_fetch_to_the_next(
    schedule, personas, signed_in, new_browser
):
    path = await feed_path(await signed_in(personas.client))

    first, second = events(await fetch(new_browser, path)), events(await fetch(new_browser, path))

    assert first.keys() == second.keys()
    assert all(
        re.fullmatch(rf"s{schedule.evening_series}-\d{{8}}T\d{{6}}Z@iop-companion", uid)
        for uid in first
    )


async def test_a_series_edit_raises_every_sequence_and_a_cancellation_marks_its_event(
    schedule, personas, signed_in, new_browser
):
    client, admin = await signed_in(personas.client), await signed_in(personas.admin)
    path = await feed_path(client)
    await client.patch("/api/me/calendar-url", {"discreet": False})
    original = events(await fetch(new_browser, path))

    response = await admin.patch(
        f"/api/admin/series/{schedule.evening_series}", {"location": "Suite 210"}
    )
    assert response.status_code == 200, response.text
    edited = events(await fetch(new_browser, path))
    assert edited.keys() == original.keys()
    assert all(edited[uid]["sequence"] > original[uid]["sequence"] for uid in original)
    future = [e for e in edited.values() if e["start"] > datetime.now(timezone.utc)]
    assert len(future) > 10 and {e["location"] for e in future} == {"Suite 210"}

    wednesday = await one_occurrence(admin, schedule.evening_series, next_week_day(schedule, 2))
    response = await admin.patch(
        f"/api/admin/occurrences/{wednesday['id']}", {"status": "cancelled"}
    )
    assert response.status_code == 200, response.text
    cancelled = events(await fetch(new_browser, path))
    uid = uid_of(schedule.evening_series, wednesday["starts_at"])
    assert cancelled[uid]["status"] == "CANCELLED"
    assert cancelled[uid]["sequence"] > edited[uid]["sequence"]
    others = [key for key in cancelled if key != uid]
    assert {cancelled[key]["status"] for key in others} == {"CONFIRMED"}
    assert all(cancelled[key]["sequence"] == edited[key]["sequence"] for key in others)


async def test_discreet_mode_is_the_default_and_shows_only_appointment(
    schedule, personas, signed_in, new_browser, browser
):
    admin = await signed_in(personas.admin)
    await admin.patch(
        f"/api/admin/series/{schedule.evening_series}",
        {"video_url": "https://meet.example.org/eve"},
    )
    response = await new_browser("203.0.113.50").get(
        await feed_path(await signed_in(personas.client))
    )

    found = events(Calendar.from_ical(response.text)).values()
    assert {e["summary"] for e in found} == {"Appointment"}
    assert {e["location"] for e in found} == {None} and {e["url"] for e in found} == {None}
    for secret in ("Evening group", "Suite 200", "meet.example.org", "Casey"):
        assert secret not in response.text


async def test_with_discreet_off_the_feed_shows_title_place_and_link(
    schedule, personas, signed_in, new_browser
):
    client, admin = await signed_in(personas.client), await signed_in(personas.admin)
    await admin.patch(
        f"/api/admin/series/{schedule.evening_series}",
        {"video_url": "https://meet.example.org/eve"},
    )
    path = await feed_path(client)
    response = await client.patch("/api/me/calendar-url", {"discreet": False})
    assert response.json() == {"active": True, "discreet": False, "url": None}

    found = events(await fetch(new_browser, path)).values()

    assert {e["summary"] for e in found} == {"Evening group"}
    assert {e["location"] for e in found} == {"Suite 200"}
    assert {str(e["url"]) for e in found} == {"https://meet.example.org/eve"}


async def test_a_long_title_with_commas_and_accents_survives_escaping_and_folding(
    schedule, personas, signed_in, new_browser
):
    title = "Grupo de apoyo, familias; “Más allá del consumo” — sesión ñandú con café, té y más, cada semana"
    client, admin = await signed_in(personas.client), await signed_in(personas.admin)
    response = await admin.patch(f"/api/admin/series/{schedule.evening_series}", {"title": title})
    assert response.status_code == 200, response.text
    path = await feed_path(client)
    await client.patch("/api/me/calendar-url", {"discreet": False})

    response = await new_browser().get(path)

    assert all(len(line.encode()) <= 75 for line in response.text.split("\r\n"))
    assert {e["summary"] for e in events(Calendar.from_ical(response.text)).values()} == {title}


async def test_a_client_sees_only_their_own_track_in_their_feed(
    schedule, personas, signed_in, new_browser
):
    mine = events(await fetch(new_browser, await feed_path(await signed_in(personas.client))))
    theirs = events(
        await fetch(new_browser, await feed_path(await signed_in(personas.second_client)))
    )

    assert mine and theirs and not mine.keys() & theirs.keys()
    assert all(uid.startswith(f"s{schedule.evening_series}-") for uid in mine)
    assert all(uid.startswith(f"s{schedule.morning_series}-") for uid in theirs)


# --- rotating, stopping, guessing ---------------------------------------------------------


async def test_rotating_the_url_makes_the_old_one_404(schedule, personas, signed_in, new_browser):
    client = await signed_in(personas.client)
    old, new = await feed_path(client), await feed_path(client)

    assert old != new
    assert (await new_browser().get(old)).status_code == 404
    assert (await new_browser().get(new)).status_code == 200


async def test_stopping_the_feed_makes_its_url_404(schedule, personas, signed_in, new_browser):
    client = await signed_in(personas.client)
    path = await feed_path(client)

    response = await client.delete("/api/me/calendar-url")

    assert response.status_code == 200 and response.json() == {
        "active": False,
        "discreet": True,
        "url": None,
    }
    assert (await new_browser().get(path)).status_code == 404


async def test_turning_discreet_mode_off_keeps_the_same_url_working(
    schedule, personas, signed_in, new_browser
):
    client = await signed_in(personas.client)
    path = await feed_path(client)
    await client.patch("/api/me/calendar-url", {"discreet": False})
    assert (await new_browser().get(path)).status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/calendar/" + "A" * 43 + ".ics",  # well formed, but no feed has it
        "/calendar/short.ics",
        "/calendar/" + "A" * 43,  # no .ics
        "/calendar/" + "A" * 43 + ".ICS",
        "/calendar/" + "A" * 200 + ".ics",
        "/calendar/%2E%2E%2Fapi.ics",
        "/calendar/.ics",
    ],
)
async def test_a_made_up_or_malformed_token_is_404(
    schedule, personas, signed_in, new_browser, path
):
    await feed_path(await signed_in(personas.client))
    response = await new_browser().get(path)
    assert response.status_code == 404
    assert "BEGIN:VCALENDAR" not in response.text


async def test_a_random_well_formed_token_is_404(schedule, personas, signed_in, new_browser):
    await feed_path(await signed_in(personas.client))
    response = await new_browser().get(f"/calendar/{secrets.token_urlsafe(32)}.ics")
    assert response.status_code == 404


async def test_a_deactivated_clients_feed_stops(schedule, personas, signed_in, new_browser):
    from server.accounts.tables import Account

    path = await feed_path(await signed_in(personas.client))
    await Account.update({Account.active: False}).where(Account.id == personas.client.id)
    assert (await new_browser().get(path)).status_code == 404


@pytest.mark.parametrize("method", ["get", "post", "patch", "delete"])
async def test_staff_have_no_calendar_url_and_the_denial_is_audited(
    schedule, personas, signed_in, method
):
    counselor = await signed_in(personas.counselor)
    call = getattr(counselor, method)
    response = await (
        call("/api/me/calendar-url", {"discreet": False})
        if method == "patch"
        else call("/api/me/calendar-url")
    )

    assert response.status_code == 403
    denied = await AuditEvent.select(
        AuditEvent.actor, AuditEvent.subject, AuditEvent.outcome
    ).where(AuditEvent.action == "access.denied")
    assert denied == [
        {
            "actor": personas.counselor.id,
            "subject": f"{method.upper()} /api/me/calendar-url",
            "outcome": "denied",
        }
    ]
    assert await CalendarFeed.count() == 0


async def test_an_admin_has_no_calendar_url_either(schedule, personas, signed_in):
    admin = await signed_in(personas.admin)
    assert (await admin.post("/api/me/calendar-url")).status_code == 403
    assert await CalendarFeed.count() == 0


async def test_a_spanish_clients_feed_is_in_spanish_and_still_discreet(
    schedule, personas, signed_in, new_browser
):
    await Account.update({Account.locale: "es-US"}).where(Account.id == personas.client.id)
    path = await feed_path(await signed_in(personas.client))
    calendar = await fetch(new_browser, path)
    assert str(calendar["X-WR-CALNAME"]) == "Citas"
    found = events(calendar).values()
    assert found and {e["summary"] for e in found} == {"Cita"}
    assert {e["location"] for e in found} == {None}
    # English stays English for everyone else: the second client's feed.
    english = await fetch(new_browser, await feed_path(await signed_in(personas.second_client)))
    assert str(english["X-WR-CALNAME"]) == "Appointments"
