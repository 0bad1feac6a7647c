"""A client's calendar feed: a secret URL (/calendar/<token>.ics) phone calendars subscribe to.

The URL carries only a random token (no names, no health words); we store its SHA-256. The
feed is RFC 5545: stable UIDs (series and original start), SEQUENCE that grows with every
change, STATUS:CANCELLED, program-local times with their VTIMEZONE, and neutral
titles ("Appointment", no place) unless the client turns discreet mode off.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime, timedelta, timezone

from server.accounts.services import SignedInUser
from server.audit import services as audit
from server.core import db, i18n
from server.programs import recurrence
from server.programs.schemas import CalendarFeedOut
from server.programs.services import client_occurrence_rows
from server.programs.tables import CalendarFeed, OccurrenceStatus, SessionSeries

PAST_DAYS = 30
FUTURE_DAYS = 120
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{32,64}$")
PRODID = "-//IOP Companion//Schedule//EN"
FEED_CREATED = "calendar.feed_created"
FEED_CHANGED = "calendar.feed_changed"
FEED_STOPPED = "calendar.feed_stopped"
FEED_EXPORTED = "calendar.feed_exported"  # a phone's calendar fetched the client's schedule


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def feed_state(user: SignedInUser) -> CalendarFeedOut:
    row = await CalendarFeed.select().where(CalendarFeed.client == user.id).first()
    if row is None:
        return CalendarFeedOut(active=False, discreet=True)
    return CalendarFeedOut(active=row["token_hash"] is not None, discreet=row["discreet"])


async def new_feed_url(user: SignedInUser, base_url: str, now: datetime) -> CalendarFeedOut:
    """A new secret URL; the previous one stops working. Shown once: only its hash is kept."""
    token = secrets.token_urlsafe(32)
    async with db.current().transaction():
        row = (
            await CalendarFeed.select(CalendarFeed.id, CalendarFeed.discreet)
            .where(CalendarFeed.client == user.id)
            .first()
        )
        if row is None:
            await CalendarFeed.insert(
                CalendarFeed(client=user.id, token_hash=_hash(token), discreet=True, created_at=now)
            )
            discreet = True
        else:
            await CalendarFeed.update(
                {CalendarFeed.token_hash: _hash(token), CalendarFeed.created_at: now}
            ).where(CalendarFeed.id == row["id"])
            discreet = row["discreet"]
        await audit.record(
            FEED_CREATED, actor=user.id, subject=f"calendar:{user.id}", patient=user.id, at=now
        )
    return CalendarFeedOut(
        active=True, discreet=discreet, url=f"{base_url.rstrip('/')}/calendar/{token}.ics"
    )


async def set_discreet(user: SignedInUser, discreet: bool, now: datetime) -> CalendarFeedOut:
    async with db.current().transaction():
        row = (
            await CalendarFeed.select(CalendarFeed.id).where(CalendarFeed.client == user.id).first()
        )
        if row is None:
            await CalendarFeed.insert(
                CalendarFeed(client=user.id, token_hash=None, discreet=discreet, created_at=now)
            )
        else:
            await CalendarFeed.update({CalendarFeed.discreet: discreet}).where(
                CalendarFeed.id == row["id"]
            )
        await audit.record(
            FEED_CHANGED, actor=user.id, subject=f"calendar:{user.id}", patient=user.id, at=now
        )
    return await feed_state(user)


async def stop_feed(user: SignedInUser, now: datetime) -> CalendarFeedOut:
    async with db.current().transaction():
        await CalendarFeed.update({CalendarFeed.token_hash: None}).where(
            CalendarFeed.client == user.id
        )
        await audit.record(
            FEED_STOPPED, actor=user.id, subject=f"calendar:{user.id}", patient=user.id, at=now
        )
    return await feed_state(user)


async def render_feed(token: str, now: datetime, ip: str | None = None) -> str | None:
    """The .ics text for a feed token, or None when no feed has it. Each fetch is audited as an
    export of the client's schedule, with the address that fetched it (a leaked URL shows up)."""
    if not _TOKEN.match(token):
        return None
    feed = (
        await CalendarFeed.select(
            CalendarFeed.client,
            CalendarFeed.discreet,
            CalendarFeed.client.timezone,
            CalendarFeed.client.locale,
        )
        .where((CalendarFeed.token_hash == _hash(token)) & CalendarFeed.client.active.eq(True))
        .first()
    )
    if feed is None:
        return None
    rows = await client_occurrence_rows(
        feed["client"], now - timedelta(days=PAST_DAYS), now + timedelta(days=FUTURE_DAYS)
    )
    series = await _series_info({row["series.id"] for row in rows})
    text = ics(rows, series, discreet=feed["discreet"], now=now, locale=feed["client.locale"])
    client = feed["client"]
    await audit.record(
        FEED_EXPORTED, actor=client, subject=f"calendar:{client}", patient=client, ip=ip, at=now
    )
    return text


async def _series_info(series_ids: set[int]) -> dict[int, dict]:
    """Each series' version and program time zone."""
    if not series_ids:
        return {}
    rows = await SessionSeries.select(
        SessionSeries.id, SessionSeries.version, SessionSeries.program.timezone
    ).where(SessionSeries.id.is_in(list(series_ids)))
    return {row["id"]: row for row in rows}


def ics(
    rows: list[dict],
    series: dict[int, dict],
    *,
    discreet: bool,
    now: datetime,
    locale: str = i18n.DEFAULT_LOCALE,
) -> str:
    """RFC 5545 text (CRLF line ends, lines folded at 75 octets), its own words in the client's
    language. Events carry their program's local time with its VTIMEZONE, so a calendar shows a
    6 pm group at 6 pm across DST."""
    name = i18n.text(locale, "Appointments" if discreet else "IOP sessions")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:" + _text(name),
        "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        "X-PUBLISHED-TTL:PT1H",
    ]
    zones = sorted({info["program.timezone"] for info in series.values()})
    for name in zones:
        lines += vtimezone(
            name, now - timedelta(days=PAST_DAYS + 366), now + timedelta(days=FUTURE_DAYS + 1)
        )
    stamp = _utc(now)
    for row in rows:
        info = series[row["series.id"]]
        lines += _event(row, info["version"], info["program.timezone"], discreet, stamp, locale)
    lines.append("END:VCALENDAR")
    return "".join(_fold(line) + "\r\n" for line in lines)


def _event(
    row: dict, series_version: int, zone_name: str, discreet: bool, stamp: str, locale: str
) -> list[str]:
    tz = recurrence.zone(zone_name)
    location = row["location"] if row["location"] is not None else row["series.location"]
    lines = [
        "BEGIN:VEVENT",
        f"UID:s{row['series.id']}-{_utc(row['original_start'])}@iop-companion",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={zone_name}:{_local(row['starts_at'], tz)}",
        f"DTEND;TZID={zone_name}:{_local(row['ends_at'], tz)}",
        f"SEQUENCE:{series_version + row['sequence']}",
        "SUMMARY:" + _text(i18n.text(locale, "Appointment") if discreet else row["series.title"]),
        "STATUS:"
        + ("CANCELLED" if row["status"] == OccurrenceStatus.cancelled.value else "CONFIRMED"),
        "TRANSP:OPAQUE",
        "CLASS:PRIVATE",
    ]
    if not discreet and location:
        lines.append(f"LOCATION:{_text(location)}")
    if not discreet and row["series.video_url"]:
        lines.append(f"URL:{row['series.video_url']}")
    lines.append("END:VEVENT")
    return lines


def vtimezone(name: str, start: datetime, end: datetime) -> list[str]:
    """A VTIMEZONE with one observance per UTC-offset change in [start, end) (and the one in
    force at start), found from the zone database rather than hard-coded rules."""
    tz = recurrence.zone(name)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{name}"]
    before = start.astimezone(tz)
    lines += _observance(
        before.utcoffset(), before.utcoffset(), before.tzname(), datetime(1970, 1, 1), before.dst()
    )
    for instant in _offset_changes(tz, start, end):
        old, new = (instant - timedelta(seconds=1)).astimezone(tz), instant.astimezone(tz)
        # DTSTART of an observance is the local time of the change in the offset before it.
        onset = (instant + old.utcoffset()).replace(tzinfo=None)
        lines += _observance(old.utcoffset(), new.utcoffset(), new.tzname(), onset, new.dst())
    lines.append("END:VTIMEZONE")
    return lines


def _observance(offset_from, offset_to, tzname, onset: datetime, dst) -> list[str]:
    kind = "DAYLIGHT" if dst else "STANDARD"
    return [
        f"BEGIN:{kind}",
        f"DTSTART:{onset.strftime('%Y%m%dT%H%M%S')}",
        f"TZOFFSETFROM:{_offset(offset_from)}",
        f"TZOFFSETTO:{_offset(offset_to)}",
        f"TZNAME:{tzname}",
        f"END:{kind}",
    ]


def _offset_changes(tz, start: datetime, end: datetime) -> list[datetime]:
    """UTC instants (to the minute) where the zone's offset changes."""
    changes, step = [], timedelta(hours=6)
    at = start.astimezone(timezone.utc).replace(second=0, microsecond=0)
    while at < end:
        following = at + step
        if at.astimezone(tz).utcoffset() != following.astimezone(tz).utcoffset():
            lo, hi = at, following
            while hi - lo > timedelta(minutes=1):
                mid = lo + (hi - lo) / 2
                mid = mid.replace(second=0, microsecond=0)
                if mid.astimezone(tz).utcoffset() == lo.astimezone(tz).utcoffset():
                    lo = mid if mid > lo else lo + timedelta(minutes=1)
                else:
                    hi = mid
            changes.append(hi)
        at = following
    return changes


def _offset(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"{sign}{minutes // 60:02d}{minutes % 60:02d}"


def _local(value: datetime, tz) -> str:
    return value.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def _utc(value: datetime) -> str:
    return value.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _text(value: str) -> str:
    """An RFC 5545 TEXT value: backslash, semicolon, comma and newlines escaped."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Fold at 75 octets without splitting a UTF-8 character."""
    data = line.encode()
    if len(data) <= 75:
        return line
    parts, chunk, limit = [], b"", 75
    for char in line:
        encoded = char.encode()
        if len(chunk) + len(encoded) > limit:
            parts.append(chunk.decode())
            chunk, limit = b"", 74  # continuation lines start with a space
        chunk += encoded
    parts.append(chunk.decode())
    return "\r\n ".join(parts)
