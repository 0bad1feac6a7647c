"""What msgspec and Litestar say about a request they cannot read, in the asker's language.

Their messages are English sentences with the value filled in ("Expected `str` of length >= 1");
each known shape is matched and written again from a template of the catalog, its values (the
API's field names, types and limits, which stay as they are) taken from the match. The English
template gives back the original text exactly. A message of another shape stays as they wrote it.
"""

from __future__ import annotations

import re

from server.core import i18n

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
