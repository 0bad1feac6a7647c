"""Session recurrence: RFC 5545 RRULEs in program-local wall time, expanded to UTC instants.

Expansion happens on naive local times, and each local start is then placed in the program's
zone, so a 6 pm group stays at 6 pm across DST changes while its UTC instant moves.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrulestr

from server.core import validation
from server.core.errors import InvalidInput

DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_ALLOWED_FREQ = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}
# Time of day comes from the series' start; these would create several sessions a day or
# change the time, which no IOP schedule needs and which could expand without bound.
_REFUSED_PARTS = {"BYHOUR", "BYMINUTE", "BYSECOND", "DTSTART", "BYEASTER"}
_PART = re.compile(r"^[A-Z]+=[A-Za-z0-9,+\-:]+$")
_UNTIL_UTC = re.compile(r"UNTIL=(\d{8}T\d{6})Z")
_UNTIL_DATE = re.compile(r"UNTIL=(\d{8})(?=;|$)")
_INTERVAL = re.compile(r"^[1-9][0-9]{0,2}$")
MAX_RULE_LENGTH = 300
MAX_DURATION_MINUTES = 12 * 60


def zone(name: str) -> ZoneInfo:
    """The IANA zone, or InvalidInput naming it (validation.is_time_zone: real places only, never
    the host's "localtime", "Factory" or posix/… copies)."""
    if not validation.is_time_zone(name):
        raise InvalidInput("'{name}' is not an IANA time zone such as America/Denver.", name=name)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(
            "'{name}' is not an IANA time zone such as America/Denver.", name=name
        ) from exc


def normalise_rule(text: str) -> str:
    """The RRULE value in canonical form ("FREQ=WEEKLY;BYDAY=MO,WE"), or InvalidInput saying
    what is wrong. Accepts an optional "RRULE:" prefix; "" means a one-off session."""
    rule = (text or "").strip()
    if rule.upper().startswith("RRULE:"):
        rule = rule[6:]
    if not rule:
        return ""
    if len(rule) > MAX_RULE_LENGTH:
        raise InvalidInput(
            "The repeat rule is longer than {most} characters.", most=MAX_RULE_LENGTH
        )
    parts = [part.strip().upper() for part in rule.strip(";").split(";")]
    _check_parts(parts)
    canonical = ";".join(parts)
    _check_expands(canonical)
    return canonical


def _check_parts(parts: list[str]) -> None:
    """Refuse, part by part, what no IOP schedule needs or what dateutil mishandles."""
    for part in parts:
        if not _PART.match(part):
            raise InvalidInput(
                "The repeat rule part '{part}' is not NAME=VALUE (e.g. FREQ=WEEKLY;BYDAY=MO,WE).",
                part=part,
            )
    values = dict(part.split("=", 1) for part in parts)
    if len(values) != len(parts):
        raise InvalidInput("The repeat rule names a part twice.")
    refused = sorted(set(values) & _REFUSED_PARTS)
    if refused:
        raise InvalidInput(
            "The repeat rule may not use {parts}: the time comes from the session's start.",
            parts=", ".join(refused),
        )
    if values.get("FREQ") not in _ALLOWED_FREQ:
        raise InvalidInput("The repeat rule needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.")
    # dateutil never advances with INTERVAL=0 (expansion hangs) and fails later on a negative one.
    if not _INTERVAL.match(values.get("INTERVAL", "1")):
        raise InvalidInput("The repeat rule's INTERVAL must be a whole number from 1 to 999.")
    if "COUNT" in values and "UNTIL" in values:
        raise InvalidInput("The repeat rule may end with COUNT or with UNTIL, not both.")


def _check_expands(canonical: str) -> None:
    """Let dateutil judge the rest by finding a first session: some rules (BYDAY=+9MO in a
    month) fail only when expanded, and a rule that never yields one is surely a mistake."""
    anchor = datetime(2026, 1, 5, 18, 0)
    try:
        first = parse(canonical, anchor).after(anchor, inc=True)
    except IndexError as exc:
        raise InvalidInput(
            "The repeat rule numbers a day its period does not have (e.g. BYDAY=+9MO)."
        ) from exc
    except ValueError as exc:
        raise InvalidInput(
            "The repeat rule is not valid RFC 5545: {problem}.", problem=exc
        ) from exc
    if first is None:
        raise InvalidInput("The repeat rule never produces a session.")


def parse(rule: str, local_start: datetime, tz: ZoneInfo | None = None):
    """dateutil's rrule for a canonical rule anchored at a naive local start.

    Expansion runs on floating (naive) local times, and dateutil refuses a UTC UNTIL with
    them. RFC 5545 requires that UTC form with a zoned start, so calendar apps send it: it
    becomes the same instant's wall time in `tz` (without `tz`, for validation, the digits).
    A date-only UNTIL ("until 7 January") includes that day's sessions; dateutil would stop
    at its midnight.
    """
    rule = _UNTIL_UTC.sub(lambda match: "UNTIL=" + _wall_digits(match[1], tz), rule)
    rule = _UNTIL_DATE.sub(r"UNTIL=\1T235959", rule)
    try:
        return rrulestr(rule, dtstart=local_start, ignoretz=True)
    except (ValueError, TypeError, KeyError, IndexError) as exc:
        raise InvalidInput(
            "The repeat rule is not valid RFC 5545: {problem}.", problem=exc
        ) from exc


def _wall_digits(utc_digits: str, tz: ZoneInfo | None) -> str:
    if tz is None:
        return utc_digits
    instant = datetime.strptime(utc_digits, "%Y%m%dT%H%M%S").replace(tzinfo=timezone.utc)
    return instant.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def expand(
    rule: str,
    local_start: datetime,
    tz: ZoneInfo,
    window_start: datetime,
    window_end: datetime,
) -> list[datetime]:
    """UTC start instants of the series within [window_start, window_end) (aware datetimes).

    A one-off (empty rule) yields its single start when it falls in the window.
    """
    lo = window_start.astimezone(tz).replace(tzinfo=None) - timedelta(days=1)
    hi = window_end.astimezone(tz).replace(tzinfo=None) + timedelta(days=1)
    if not rule:
        locals_ = [local_start] if lo <= local_start <= hi else []
    else:
        _check_parts(rule.split(";"))  # a rule stored before a check existed must not hang us
        locals_ = parse(rule, local_start, tz).between(lo, hi, inc=True)
    starts = [to_utc(local, tz) for local in locals_]
    return [start for start in starts if window_start <= start < window_end]


def to_utc(local: datetime, tz: ZoneInfo) -> datetime:
    """A program-local wall time as a UTC instant (a time skipped by DST lands an hour later)."""
    return local.replace(tzinfo=tz).astimezone(timezone.utc)


def week_start(day: date) -> date:
    """The Monday of the program week (Monday–Sunday) holding `day`."""
    return day - timedelta(days=day.weekday())


@lru_cache(maxsize=4096)
def local_day_bounds(day: date, tz: ZoneInfo, days: int = 1) -> tuple[datetime, datetime]:
    """UTC instants of local midnight at `day` and `days` later (DST-aware). Memoized (a pure
    function of few distinct days and zones): the caseload asks it twice a client for its
    schedule and again for its meetings, ~240 times a request for 60 clients (B5's caseload)."""
    start = datetime.combine(day, time(0), tzinfo=tz).astimezone(timezone.utc)
    end = datetime.combine(day + timedelta(days=days), time(0), tzinfo=tz).astimezone(timezone.utc)
    return start, end


def weekly_rule(days: list[str]) -> str:
    """The RRULE for a weekly preset such as Mon, Wed, Thu."""
    picked = [day.upper()[:2] for day in days]
    if not picked or any(day not in DAYS for day in picked):
        raise InvalidInput("Pick weekdays among MO, TU, WE, TH, FR, SA, SU.")
    ordered = [day for day in DAYS if day in picked]
    return f"FREQ=WEEKLY;BYDAY={','.join(ordered)}"
