"""The language a request is answered in (server/core/i18n.py: request_locale, accepted_locale):
the signed-in person's account's, else the first language with a catalog in the browser's
Accept-Language by q-value, else English; no header, however malformed, is an error."""

from __future__ import annotations

import pytest

from server.accounts.services import SignedInUser
from server.core import i18n


@pytest.mark.parametrize(
    ("header", "locale"),
    [
        ("es-MX,es;q=0.9", "es-US"),
        ("es-MX,es;q=0.9,en;q=0.8", "es-US"),
        ("en-US,en;q=0.9,es;q=0.8", "en-US"),
        ("es;q=0.5, en;q=0.6", "en-US"),  # q-value, not order
        ("en;q=0.5, es;q=0.6", "es-US"),
        ("es;q=0.7, en;q=0.7", "es-US"),  # equal q: the order decides
        ("fr-CA, es;q=0.4", "es-US"),  # a language without a catalog is skipped
        ("fr, de", "en-US"),
        ("ES-us", "es-US"),
        ("es-419", "es-US"),
        ("es;q=0", "en-US"),  # "not Spanish"
        ("en;q=0, es;q=0.1", "es-US"),
        ("*", "en-US"),
        ("*;q=x, ,,es", "es-US"),
        ("es;q=x, en", "en-US"),  # a q it cannot read skips the range
        ("es;q=1.5, en", "en-US"),
        ("es ; q = 0.8 , en ; q = 0.7", "es-US"),
        ("es;level=1", "es-US"),
        ("es_MX, en", "en-US"),  # not a language range
        (";;;,,,", "en-US"),
        ("q=0.9", "en-US"),
        ("", "en-US"),
        (None, "en-US"),
        ("fr, " * 200 + "es", "en-US"),  # read up to 500 characters
    ],
)
def test_accept_language(header, locale):
    assert i18n.accepted_locale(header) == locale


def user(locale: str) -> SignedInUser:
    return SignedInUser(
        id=1, email="a@b.c", display_name="A", role="client", timezone="UTC", locale=locale
    )


def scope(user=None, header: bytes | None = None) -> dict:
    headers = [(b"accept-language", header)] if header is not None else []
    return {"type": "http", "headers": [(b"host", b"x"), *headers], "user": user}


def test_the_signed_in_persons_account_decides():
    assert i18n.request_locale(scope(user("es-US"), b"en")) == "es-US"
    assert i18n.request_locale(scope(user("en-US"), b"es")) == "en-US"
    assert i18n.request_locale(scope(user("fr-FR"), b"es")) == "en-US"  # no catalog: English


def test_nobody_signed_in_is_answered_as_the_browser_asks():
    assert i18n.request_locale(scope(None, b"es-MX,es;q=0.9")) == "es-US"
    assert i18n.request_locale(scope(None, b"\xff\xfe, es")) == "es-US"  # latin-1, never fails
    assert i18n.request_locale(scope(None)) == "en-US"
    assert i18n.request_locale({"type": "http", "headers": []}) == "en-US"  # no "user" yet


def test_a_message_value_is_written_in_the_same_language(monkeypatch):
    message = i18n.Message("Not found.")
    assert i18n.text("es-US", "request body: {problem}", problem=message) == (
        "cuerpo de la solicitud: No se encontró."
    )
    assert str(message) == "Not found."


def test_a_translation_whose_placeholders_do_not_fit_falls_back_to_english(monkeypatch):
    """The catalog test refuses such a translation; were one to ship, the answer is English,
    never a 500."""
    broken = {"Client {id} is not on this session's roster.": "El cliente {ident} no está."}
    monkeypatch.setattr(i18n, "_messages", lambda language: broken)
    assert i18n.text("es-US", "Client {id} is not on this session's roster.", id=7) == (
        "Client 7 is not on this session's roster."
    )
