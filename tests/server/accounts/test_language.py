"""A person chooses their own language (PUT /api/auth/me/language): stored on the account, in
effect on the next request of the same session, audited, and anything but a language with a
catalog refused with a clear 400 (SQLite and PostgreSQL)."""

from __future__ import annotations

from server.accounts.tables import Account
from server.audit.tables import AuditEvent

PATH = "/api/auth/me/language"


async def test_a_client_switches_to_spanish_and_back_without_signing_out(personas, signed_in):
    client = await signed_in(personas.client)
    answer = await client.put(PATH, {"locale": "es-US"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["locale"] == "es-US" and answer.json()["id"] == personas.client.id
    assert (await client.get("/api/auth/me")).json()["locale"] == "es-US"  # same session
    stored = await Account.select(Account.locale).where(Account.id == personas.client.id).first()
    assert stored["locale"] == "es-US"
    [event] = await AuditEvent.select(AuditEvent.action, AuditEvent.patient).where(
        AuditEvent.action == "account.changed"
    )
    assert event["patient"] == personas.client.id
    assert (await client.put(PATH, {"locale": "en-US"})).json()["locale"] == "en-US"
    assert (await client.get("/api/auth/me")).json()["locale"] == "en-US"


async def test_only_a_language_with_a_catalog_is_accepted(personas, signed_in):
    counselor = await signed_in(personas.counselor)
    for bad in ({"locale": "fr-FR"}, {"locale": ""}, {}, {"locale": "es-US", "extra": 1}):
        answer = await counselor.put(PATH, bad)
        assert answer.status_code == 400, (bad, answer.text)
        assert answer.json()["detail"], answer.text
    stored = await Account.select(Account.locale).where(Account.id == personas.counselor.id).first()
    assert stored["locale"] == "en-US"  # nothing stored changed


async def test_nobody_signed_in_chooses_nothing(browser):
    assert (await browser.put(PATH, {"locale": "es-US"})).status_code == 401
