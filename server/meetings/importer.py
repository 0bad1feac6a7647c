"""Import a Meeting Guide feed (https://github.com/code4recovery/spec) into the meeting directory.

A feed is a JSON array of meetings: `name`, `slug` (unique in the feed), `day` (0 Sunday … 6
Saturday, or a list of days), `time` and `end_time` ("HH:MM"), `types` (codes such as "O",
"C", "ONL" online, "TC" location temporarily closed), `location`, `address`, `city`, `state`,
`postal_code`, `formatted_address`, `conference_url`, `conference_phone`, `timezone`,
`updated`, `notes`, `region`.

parse_feed() is pure: rows in, valid directory records and the reasons for skipped rows out.
save_directory() writes records in batches of BATCH rows, each in one short transaction,
inserting new (slug, day) pairs and updating changed ones with one upsert; an unchanged re-import
writes nothing. On SQLite it pauses between batches so that the app's writers are never kept
waiting behind an import.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

import msgspec

from server.core import db, validation
from server.meetings import queries
from server.meetings.tables import MeetingDirectory

DEFAULT_TIMEZONE = (
    "America/Denver"  # a feed row without one uses the site's zone, given by --timezone
)
# Rows a transaction writes: ~5 ms of SQL on SQLite, 17 values each (far under both engines'
# parameter limits). Other writers wait for one batch at most (test_import_batches.py).
BATCH = 200
PAUSE_SECONDS = 0.12  # between two batches on SQLite: see _let_others_write
_TIME = re.compile(r"^([0-9]{1,2}):([0-9]{2})(?::[0-9]{2})?$")
_DAYS = "0 (Sunday) to 6 (Saturday)"
_LIMITS = {"location": 200, "address": 300, "city": 100}


class FeedError(Exception):
    """The file as a whole cannot be imported; the message says why, in one line."""


class DirectoryRecord(msgspec.Struct, frozen=True):
    """One weekly meeting as the directory stores it."""

    slug: str
    day: int
    time: str
    end_time: str
    name: str
    types: tuple[str, ...]
    format: str
    location: str
    address: str
    city: str
    conference_url: str
    timezone: str
    fellowship: str

    @property
    def minute(self) -> int:
        hours, minutes = self.time.split(":")
        return int(hours) * 60 + int(minutes)

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(msgspec.json.encode(self)).hexdigest()


class Skipped(msgspec.Struct, frozen=True):
    index: int  # position in the feed's array, from 0 (as jq's .[N])
    slug: str | None
    reason: str


class ParsedFeed(msgspec.Struct):
    records: list[DirectoryRecord]
    skipped: list[Skipped]


class ImportCounts(msgspec.Struct):
    added: int = 0
    updated: int = 0
    unchanged: int = 0


class _Skip(Exception):
    pass


# --- reading and checking (pure) -------------------------------------------------------------


def read_feed(source: str, stdin: TextIO | None = None) -> list:
    """The feed's rows from a file path, or standard input for "-".

    Raises:
        FeedError: the file is missing or unreadable, not JSON (or nested too deep to read), or
            not a JSON array.
    """
    try:
        text = (
            (stdin or sys.stdin).read()
            if source == "-"
            else Path(source).read_text(encoding="utf-8-sig")
        )
    except FileNotFoundError:
        raise FeedError(f"{source}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FeedError(f"{source}: cannot read it ({exc})") from None
    if validation.json_too_deep(text.encode()):  # msgspec would recurse until RecursionError
        raise FeedError(
            f"{_label(source)} is not a Meeting Guide feed: its JSON nests more than "
            f"{validation.MAX_JSON_DEPTH} levels deep (a feed needs 3)"
        )
    try:
        rows = msgspec.json.decode(text)
    except msgspec.DecodeError as exc:
        raise FeedError(f"{_label(source)} is not JSON ({exc})") from None
    if not isinstance(rows, list):
        raise FeedError(
            f"{_label(source)} is not a Meeting Guide feed: expected a JSON array of meetings"
        )
    return rows


def _label(source: str) -> str:
    return "standard input" if source == "-" else source


def parse_feed(
    rows: list, fellowship: str = "aa", default_timezone: str = DEFAULT_TIMEZONE
) -> ParsedFeed:
    """Valid directory records, one per meeting and weekday, and why each other row was skipped.

    A row whose (slug, day) repeats an earlier row's is skipped for that day.

    Raises:
        FeedError: `default_timezone` is not an IANA time zone.
    """
    if not validation.is_time_zone(default_timezone):
        raise FeedError(f'"{default_timezone}" is not an IANA time zone such as America/Denver')
    records: list[DirectoryRecord] = []
    skipped: list[Skipped] = []
    first_seen: dict[tuple[str, int], int] = {}
    for index, row in enumerate(rows):
        try:
            found = _records_of(row, fellowship, default_timezone)
        except _Skip as exc:
            skipped.append(Skipped(index, _slug_of(row), str(exc)))
            continue
        for record in found:
            key = (record.slug, record.day)
            if key in first_seen:
                skipped.append(
                    Skipped(
                        index,
                        record.slug,
                        f"day {record.day} repeats index {first_seen[key]} (same slug and day)",
                    )
                )
                continue
            first_seen[key] = index
            records.append(record)
    return ParsedFeed(records, skipped)


def _records_of(row: Any, fellowship: str, default_timezone: str) -> list[DirectoryRecord]:
    if not isinstance(row, dict):
        raise _Skip("not an object")
    name, slug = _required_text(row, "name"), _required_text(row, "slug")
    days, time = _days(row.get("day")), _start_time(row.get("time"))
    zone = _text(row, "timezone") or default_timezone
    if not validation.is_time_zone(zone):
        raise _Skip(f'unknown timezone "{zone}"')
    types, url, address = _types(row.get("types")), _conference_url(row), _street_address(row)
    meeting_format = _format(
        types, address, online=bool(url or _text(row, "conference_phone") or "ONL" in types)
    )
    return [
        DirectoryRecord(
            slug=slug,
            day=day,
            time=time,
            end_time=_time(row.get("end_time")) or "",
            name=name,
            types=types,
            format=meeting_format,
            location=_text(row, "location")[: _LIMITS["location"]],
            address=address[: _LIMITS["address"]],
            city=_text(row, "city")[: _LIMITS["city"]],
            conference_url=url,
            timezone=zone,
            fellowship=fellowship,
        )
        for day in days
    ]


def _required_text(row: dict, key: str) -> str:
    value = _text(row, key)
    if not value:
        raise _Skip(f"missing {key}")
    if len(value) > 200:
        raise _Skip(f"{key} is longer than 200 characters")
    return value


def _start_time(value: Any) -> str:
    time = _time(value)
    if time is None:
        raise _Skip(
            "missing time"
            if value in (None, "")
            else f'time "{value}" is not HH:MM (00:00 to 23:59)'
        )
    return time


def _conference_url(row: dict) -> str:
    # Shown as a link in the app: only web addresses, never javascript: or data: URLs.
    url = _text(row, "conference_url")
    if url and (not url.lower().startswith(("https://", "http://")) or len(url) > 500):
        raise _Skip(
            "conference_url is not a web address (http:// or https://, at most 500 characters)"
        )
    return url


def _text(row: dict, key: str) -> str:
    value = row.get(key)
    if isinstance(value, str):
        return " ".join(value.replace("\x00", " ").split())  # PostgreSQL text cannot hold NUL
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return ""


def _slug_of(row: Any) -> str | None:
    return (_text(row, "slug") or None) if isinstance(row, dict) else None


def _days(value: Any) -> list[int]:
    """The feed's day, or list of days, as sorted unique integers 0..6."""
    if value is None or value == "" or value == []:
        raise _Skip("missing day")
    values = value if isinstance(value, list) else [value]
    days = []
    for item in values:
        if isinstance(item, str) and item.strip().isdigit():
            item = int(item)
        if isinstance(item, bool) or not isinstance(item, int) or not 0 <= item <= 6:
            raise _Skip(f"day {msgspec.json.encode(item).decode()} is not {_DAYS}")
        days.append(item)
    return sorted(set(days))


def _time(value: Any) -> str | None:
    """ "HH:MM" from "H:MM", "HH:MM" or "HH:MM:SS"; None when missing or not a time of day."""
    match = _TIME.match(value.strip()) if isinstance(value, str) else None
    if match is None:
        return None
    hours, minutes = int(match.group(1)), int(match.group(2))
    if hours > 23 or minutes > 59:
        return None
    return f"{hours:02d}:{minutes:02d}"


def _types(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list):
        return ()
    codes = [
        item.strip() for item in value if isinstance(item, str) and 0 < len(item.strip()) <= 10
    ]
    return tuple(dict.fromkeys(codes))[:40]


def _street_address(row: dict) -> str:
    """The street address: `address`, else the first part of `formatted_address` when it starts
    with a house number (an online meeting's formatted_address is often only a city)."""
    address = _text(row, "address")
    if address:
        return address
    first = _text(row, "formatted_address").split(",")[0].strip()
    return first if first[:1].isdigit() else ""


def _format(types: tuple[str, ...], address: str, *, online: bool) -> str:
    """Meeting Guide's attendance option: a place unless temporarily closed ("TC"), online when
    there is a link or phone (or the "ONL" code), hybrid when both."""
    in_person = bool(address) and "TC" not in types
    if online:
        return "hybrid" if in_person else "online"
    if "TC" in types:
        raise _Skip("temporarily closed (TC) with no online option")
    return "in_person"


# --- writing -------------------------------------------------------------------------------


async def save_directory(
    records: list[DirectoryRecord],
    now: datetime,
    progress: Callable[[int, int], None] | None = None,
) -> ImportCounts:
    """Insert new (slug, day) meetings and update changed ones, BATCH rows to a transaction.

    Each transaction is short (a SELECT of the batch's stored hashes, one upsert: milliseconds),
    everything else is done outside it, and on SQLite the write lock is left free between two
    batches: a check-in or a job waits for one batch at most, never for the whole import.

    Args:
        progress: called with (done, total) after each batch, for a progress bar.
    """
    counts = ImportCounts()
    for start in range(0, len(records), BATCH):
        if start:
            await _let_others_write()
        batch = records[start : start + BATCH]
        added, updated = await _save_batch(batch, now)
        counts.added += added
        counts.updated += updated
        counts.unchanged += len(batch) - added - updated
        if progress:
            progress(start + len(batch), len(records))
    return counts


async def _save_batch(batch: list[DirectoryRecord], now: datetime) -> tuple[int, int]:
    """One transaction: the batch's new and changed meetings upserted. Returns (added, updated)."""
    values = {(record.slug, record.day): _values(record, now) for record in batch}
    async with db.current().transaction():
        stored = await _stored_hashes(batch)
        changed = [key for key, row in values.items() if stored.get(key) != row[_HASH_AT]]
        if changed:
            await db.run_compiled(
                queries.upsert_directory(len(changed)),
                *(value for key in changed for value in values[key]),
            )
    updated = sum(1 for key in changed if key in stored)
    return len(changed) - updated, updated


async def _let_others_write() -> None:
    """On SQLite, leave the write lock free for longer than SQLite's busy handler sleeps between
    two tries (100 ms at most), so that a writer of another process waiting for it (the app's
    check-in, a job) gets it before our next batch does. Taken again at once, it went to us
    every time: a check-in waited 4.7 s behind an import. PostgreSQL queues lock waiters."""
    if db.current().engine_type == "sqlite":
        await asyncio.sleep(PAUSE_SECONDS)


async def _stored_hashes(batch: list[DirectoryRecord]) -> dict[tuple[str, int], str]:
    slugs = sorted({record.slug for record in batch})
    rows = await MeetingDirectory.select(
        MeetingDirectory.slug, MeetingDirectory.day, MeetingDirectory.content_hash
    ).where(MeetingDirectory.slug.is_in(slugs))
    return {(row["slug"], row["day"]): row["content_hash"] for row in rows}


def _values(record: DirectoryRecord, now: datetime) -> tuple:
    """The record's stored values, in queries.DIRECTORY_COLUMNS' order."""
    return (
        record.slug,
        record.day,
        record.time,
        record.minute,
        record.end_time,
        record.name,
        msgspec.json.encode(list(record.types)).decode(),
        record.format,
        record.location,
        record.address,
        record.city,
        record.conference_url,
        record.timezone,
        record.fellowship,
        f"{record.name} {record.location} {record.city}".lower(),
        record.content_hash,
        now,
    )


_HASH_AT = queries.DIRECTORY_COLUMNS.index("content_hash")


def summary(counts: ImportCounts, skipped: list[Skipped]) -> list[str]:
    """The lines `companion import-meetings` prints: the counts, then each skipped row."""
    lines = [
        f"{counts.added} added, {counts.updated} updated, {counts.unchanged} unchanged, {len(skipped)} skipped."
    ]
    for item in skipped:
        slug = f' (slug "{item.slug}")' if item.slug else ""
        lines.append(f"  skipped index {item.index}{slug}: {item.reason}")
    return lines
