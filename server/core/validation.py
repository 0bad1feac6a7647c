"""What msgspec and Litestar say about a request they cannot read, in the asker's language.

Their messages are English sentences with the value filled in ("Expected `str` of length >= 1");
each known shape is matched and written again from a template of the catalog, its values (the
API's field names, types and limits, which stay as they are) taken from the match. The English
template gives back the original text exactly. A message of another shape stays as they wrote it.

It also holds the rules every request body and every time zone meet, said once here: how deep
JSON may nest (`json_too_deep`), no NUL character in any text (`nul_path`: PostgreSQL cannot
store one, SQLite can, so both refuse it alike), and which time zone names are real places
(`is_time_zone`).
"""

from __future__ import annotations

import functools
import re
import zoneinfo
from typing import Any

from server.core import i18n

MAX_JSON_DEPTH = 64  # our deepest body nests 4; msgspec recurses until Python's limit (a 500)
NUL_IN_TEXT = "Text cannot contain the NUL character (\\u0000)"

# (shape, template): the shape's named groups fill the template's placeholders.
_VALUE_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(shape), template)
    for shape, template in (
        (
            r"Expected `(?P<expected>[^`]+)`, got `(?P<got>[^`]+)`",
            "Expected `{expected}`, got `{got}`",
        ),
        (
            r"Expected `(?P<expected>[^`]+)` of length >= (?P<limit>\d+)",
            "Expected `{expected}` of length >= {limit}",
        ),
        (
            r"Expected `(?P<expected>[^`]+)` of length <= (?P<limit>\d+)",
            "Expected `{expected}` of length <= {limit}",
        ),
        (r"Expected `(?P<expected>[^`]+)` >= (?P<limit>\S+)", "Expected `{expected}` >= {limit}"),
        (r"Expected `(?P<expected>[^`]+)` <= (?P<limit>\S+)", "Expected `{expected}` <= {limit}"),
        (r"Expected `(?P<expected>[^`]+)` > (?P<limit>\S+)", "Expected `{expected}` > {limit}"),
        (r"Expected `(?P<expected>[^`]+)` < (?P<limit>\S+)", "Expected `{expected}` < {limit}"),
        (
            r"Expected `(?P<expected>[^`]+)` that's a multiple of (?P<factor>\S+)",
            "Expected `{expected}` that's a multiple of {factor}",
        ),
        (
            r"Expected `str` matching regex (?P<pattern>.+)",
            "Expected `str` matching regex {pattern}",
        ),
        (
            r"Expected `(?P<expected>[^`]+)` with a timezone component",
            "Expected `{expected}` with a timezone component",
        ),
        (
            r"Expected `(?P<expected>[^`]+)` with no timezone component",
            "Expected `{expected}` with no timezone component",
        ),
        (r"Invalid enum value (?P<value>.+)", "Invalid enum value {value}"),
        (
            r"Object missing required field `(?P<field>[^`]+)`",
            "Object missing required field `{field}`",
        ),
        (
            r"Object contains unknown field `(?P<field>[^`]+)`",
            "Object contains unknown field `{field}`",
        ),
        (r"Invalid RFC3339 encoded (?P<expected>\w+)", "Invalid RFC3339 encoded {expected}"),
        (r"Invalid UUID", "Invalid UUID"),
        (r"Invalid base64 encoded string", "Invalid base64 encoded string"),
        (r"Invalid ISO 8601 duration", "Invalid ISO 8601 duration"),
        (r"Invalid decimal string", "Invalid decimal string"),
        (re.escape(NUL_IN_TEXT), NUL_IN_TEXT),
    )
)

_JSON_PROBLEMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(shape), template)
    for shape, template in (
        (r"Input data was truncated", "Input data was truncated"),
        (
            r"JSON is malformed: invalid character \(byte (?P<byte>\d+)\)",
            "JSON is malformed: invalid character (byte {byte})",
        ),
        (
            r"JSON is malformed: trailing characters \(byte (?P<byte>\d+)\)",
            "JSON is malformed: trailing characters (byte {byte})",
        ),
        (
            r"JSON is malformed: (?P<problem>.+) \(byte (?P<byte>\d+)\)",
            "JSON is malformed: {problem} (byte {byte})",
        ),
    )
)

# Litestar's own refusals: the HTTP reason phrase, or a sentence about a parameter.
_LITESTAR_DETAILS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(shape), template)
    for shape, template in (
        (r"Bad Request", "Bad Request"),
        (r"Not Found", "Not Found"),
        (r"Method Not Allowed", "Method Not Allowed"),
        (r"Request Entity Too Large", "Request Entity Too Large"),
        (r"Unsupported Media Type", "Unsupported Media Type"),
        (
            r"Missing required (?P<source>\w+) parameter (?P<name>'[^']*'|\"[^\"]*\") "
            r"for path (?P<path>.*)",
            "Missing required {source} parameter {name} for path {path}",
        ),
        (
            r"Validation failed for (?P<method>\w+) (?P<path>.*)",
            "Validation failed for {method} {path}",
        ),
    )
)


def _rewrite(shapes: tuple[tuple[re.Pattern[str], str], ...], said: str, locale: str) -> str:
    for shape, template in shapes:
        if match := shape.fullmatch(said):
            return i18n.text(locale, template, **match.groupdict())
    return said


def value_problem(said: str, locale: str) -> str:
    """What msgspec says about one value ("Expected `int`, got `str`"), in the locale's language."""
    return _rewrite(_VALUE_PROBLEMS, said, locale)


def json_problem(said: str, locale: str) -> str:
    """What msgspec says about a body that is not JSON ("Input data was truncated")."""
    return _rewrite(_JSON_PROBLEMS, said, locale)


def litestar_detail(said: str, locale: str) -> str:
    """A refusal of Litestar's own ("Not Found", "Request Entity Too Large")."""
    return _rewrite(_LITESTAR_DETAILS, said, locale)


def templates() -> list[str]:
    """Every template above (tests/server/test_catalog.py checks each has a translation)."""
    return [
        template
        for shapes in (_VALUE_PROBLEMS, _JSON_PROBLEMS, _LITESTAR_DETAILS)
        for _, template in shapes
    ]


# --- rules every body and every zone meet ------------------------------------------------------

# A JSON string (its escapes included) or one bracket; brackets inside strings do not nest.
_STRING_OR_BRACKET = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')
_OPENING = frozenset(b"[{")


def json_too_deep(body: bytes, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether JSON text nests arrays and objects more than `limit` levels deep, read before
    decoding it (a decoder recurses once per level). Malformed text is the decoder's to refuse."""
    if body.count(b"[") + body.count(b"{") <= limit:
        return False
    depth = 0
    for match in _STRING_OR_BRACKET.finditer(body):
        token = match.group()
        if len(token) != 1:
            continue
        depth += 1 if token[0] in _OPENING else -1
        if depth > limit:
            return True
    return False


def nul_path(value: Any, path: str = "") -> str | None:
    """Where decoded JSON holds a NUL character in a text or a key ("note", "answers[2].text";
    "" for the value itself), or None when it holds none."""
    if isinstance(value, str):
        return path if "\x00" in value else None
    if isinstance(value, dict):
        for key, item in value.items():
            inner = f"{path}.{key}" if path else str(key)
            if "\x00" in key:
                return inner
            if (found := nul_path(item, inner)) is not None:
                return found
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if (found := nul_path(item, f"{path}[{index}]")) is not None:
                return found
    return None


def integral_floats_as_ints(value: Any) -> Any:
    """Decoded JSON with each whole number written with a fraction (2.0, 1e3) as an int: JSON
    Schema's integers include them, msgspec's strict integers do not."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, dict):
        return {key: integral_floats_as_ints(item) for key, item in value.items()}
    if isinstance(value, list):
        return [integral_floats_as_ints(item) for item in value]
    return value


# Names the zone database ships that are not places: the host's own setting, a placeholder,
# and copies of the whole database under other rules.
_NOT_PLACES = frozenset({"localtime", "Factory", "posixrules"})
_NOT_PLACE_FOLDERS = ("posix/", "right/", "SystemV/")


@functools.cache
def time_zone_names() -> frozenset[str]:
    """Every IANA time zone a person may choose (America/Denver, UTC, Etc/GMT+7, US/Pacific),
    without the host's aliases above."""
    return frozenset(
        name
        for name in zoneinfo.available_timezones()
        if name not in _NOT_PLACES and not name.startswith(_NOT_PLACE_FOLDERS)
    )


def is_time_zone(name: object) -> bool:
    """Whether `name` is one of time_zone_names()."""
    return isinstance(name, str) and name in time_zone_names()
