"""What the server writes for a person to read, in their language (issue 18's first part).

One gettext PO catalog per language, `server/locales/<language>/LC_MESSAGES/messages.po`, read
with Babel once per process: the format translators' tools open. English is the source
language: a message id is the English text with `{placeholders}` (python-brace-format), and a
message missing from a catalog falls back to it, so nothing is ever blank. Dates and times are
written from CLDR by Babel, never by hand.

What goes through here: the texts a device shows (push reminders), the calendar feed, the
starter worksheets (server/homework/library.py) and every API error (server/core/errors.py,
server/app.py), answered in the language `request_locale` picks. The PWA's screens have their
own catalog (see docs/architecture.md, "Languages").
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.dates import format_time
from babel.messages.pofile import read_po

LANGUAGES = ("en", "es")
DEFAULT_LOCALE = "en-US"
LOCALES = {"en": "en-US", "es": "es-US"}  # the locale an account of each language has
_CATALOGS = Path(__file__).resolve().parent.parent / "locales"


def language_of(locale: str | None) -> str:
    """The catalog's language for an account's locale ("es-US" -> "es"); English otherwise."""
    language = (locale or DEFAULT_LOCALE).split("-", 1)[0].lower()
    return language if language in LANGUAGES else "en"


@cache
def _messages(language: str) -> dict[str, str]:
    if language == "en":
        return {}  # the source language: the ids are the texts
    with open(_CATALOGS / language / "LC_MESSAGES" / "messages.po", "rb") as po:
        catalog = read_po(po, locale=language)
    return {
        message.id: message.string
        for message in catalog
        if message.id and isinstance(message.id, str) and message.string and not message.fuzzy
    }


def text(locale: str | None, message: str, **values: object) -> str:
    """`message` (the English text, with `{name}` placeholders) in the locale's language, its
    placeholders filled with `values` (a value that is a `Message` is written in the same
    language). A translation whose placeholders do not fit falls back to the English."""
    translated = _messages(language_of(locale)).get(message, message)
    if not values:
        return translated
    values = {
        name: value.text(locale) if isinstance(value, Message) else value
        for name, value in values.items()
    }
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):  # a broken translation (the catalog test fails)
        return message.format(**values)


class Message:
    """A message and its values, written in a reader's language later (when it is a value of
    another message, or in a list of choices a caller translates)."""

    __slots__ = ("message", "values")

    def __init__(self, message: str, /, **values: object):
        self.message = message
        self.values = values

    def text(self, locale: str | None) -> str:
        return text(locale, self.message, **self.values)

    def __str__(self) -> str:
        return self.text(DEFAULT_LOCALE)

    def __repr__(self) -> str:
        return f"Message({self.message!r})"


# --- the language of a request --------------------------------------------------------------

_MAX_ACCEPT_LANGUAGE = 500  # characters read of the header; a browser's is far shorter
_RANGE = re.compile(r"^(\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)$")
_QUALITY = re.compile(r"^[qQ]\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$")


def request_locale(scope) -> str:
    """The locale to answer a request in: the signed-in person's account's, else the one their
    browser's Accept-Language prefers (Spanish over English or English over Spanish, by
    q-value); English when it names neither or cannot be read."""
    user = scope.get("user")
    locale = getattr(user, "locale", None)
    if locale:
        return LOCALES[language_of(locale)]
    for name, value in scope.get("headers", ()):
        if name == b"accept-language":
            return accepted_locale(value.decode("latin-1"))
    return DEFAULT_LOCALE


def accepted_locale(header: str | None) -> str:
    """The locale of the first language with a catalog in an Accept-Language header, ranked by
    q-value (RFC 9110 12.5.4; equal q keep their order). A range that cannot be read, "*" and
    q=0 are skipped, so no header, however malformed, is an error."""
    ranked: list[tuple[float, int, str]] = []
    for position, item in enumerate((header or "")[:_MAX_ACCEPT_LANGUAGE].split(",")):
        tag, *parameters = (part.strip() for part in item.split(";"))
        if not _RANGE.match(tag) or tag == "*":
            continue
        quality = 1.0
        for parameter in parameters:
            if match := _QUALITY.match(parameter):
                quality = float(match.group(1))
            elif parameter[:1] in ("q", "Q"):
                quality = -1.0  # a q it cannot read: the range is skipped
        if quality > 0:
            ranked.append((-quality, position, tag.split("-", 1)[0].lower()))
    for _, _, language in sorted(ranked):
        if language in LOCALES:
            return LOCALES[language]
    return DEFAULT_LOCALE


def clock(value: datetime, zone: str, locale: str | None) -> str:
    """A time of day as a person of this locale writes it, in their zone ("6:05 PM" in
    en-US, "6:05 p.m." in es-US): CLDR's short time format."""
    return format_time(
        value, "short", tzinfo=ZoneInfo(zone), locale=(locale or DEFAULT_LOCALE).replace("-", "_")
    )
