"""What the server writes for a person to read, in their language (issue 18's first part).

One gettext PO catalog per language, `server/locales/<language>/LC_MESSAGES/messages.po`, read
with Babel once per process: the format translators' tools open. English is the source
language: a message id is the English text with `{placeholders}` (python-brace-format), and a
message missing from a catalog falls back to it, so nothing is ever blank. Dates and times are
written from CLDR by Babel, never by hand.

What goes through here so far: the texts a device shows (push reminders) and the calendar feed.
The API's errors and the PWA's screens follow (see docs/architecture.md, "Languages").
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.dates import format_time
from babel.messages.pofile import read_po

LANGUAGES = ("en", "es")
DEFAULT_LOCALE = "en-US"
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
    placeholders filled with `values`."""
    translated = _messages(language_of(locale)).get(message, message)
    return translated.format(**values) if values else translated


def clock(value: datetime, zone: str, locale: str | None) -> str:
    """A time of day as a person of this locale writes it, in their zone ("6:05 PM" in
    en-US, "6:05 p.m." in es-US): CLDR's short time format."""
    return format_time(
        value, "short", tzinfo=ZoneInfo(zone), locale=(locale or DEFAULT_LOCALE).replace("-", "_")
    )
