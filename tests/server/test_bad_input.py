"""Bad input gets a 4xx with a message a person can act on; never a 500, and nothing changes."""

from __future__ import annotations

import pytest

from server.accounts.tables import Account, AuthSession

CASES = [
    (b'{"email": "a@b.c"', "not valid JSON"),
    (b"not json at all", "not valid JSON"),
    (b"", "The request body is missing."),
    (b"[1, 2]", "request body: Expected `object`, got `array`"),
    (b'{"email": 5, "password": "x"}', "email: Expected `str`, got `int`"),
    (b'{"password": "x"}', "missing required field `email`"),
    (b'{"email": "a@b.c", "password": ""}', "password: Expected `str` of length >= 1"),
    (
        b'{"email": "' + b"a" * 300 + b'@b.c", "password": "x"}',
        "email: Expected `str` of length <= 254",
    ),
    (
        b'{"email": "a@b.c", "password": "' + b"p" * 300 + b'"}',
        "password: Expected `str` of length <= 256",
    ),
    (b'{"email": null, "password": null}', "email: Expected `str`, got `null`"),
    (b'{"email": "\\ud800", "password": "x"}', "not valid JSON"),
]


@pytest.mark.parametrize(("body", "message"), CASES, ids=[str(i) for i in range(len(CASES))])
async def test_a_malformed_sign_in_is_a_clear_400(browser, personas, body, message):
    hash_before = (
        await Account.select(Account.password_hash).where(Account.id == personas.client.id).first()
    )
    response = await browser.post(
        "/api/auth/login", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == 400, response.text
    assert message.lower() in response.json()["detail"].lower()
    assert await AuthSession.count() == 0
    assert (
        await Account.select(Account.password_hash).where(Account.id == personas.client.id).first()
        == hash_before
    )


async def test_an_oversized_body_is_a_413_with_a_message(browser):
    response = await browser.post(
        "/api/auth/login", content=b"x" * 300_000, headers={"content-type": "application/json"}
    )
    assert response.status_code == 413
    assert response.json()["detail"]


async def test_a_form_post_instead_of_json_is_refused(browser):
    response = await browser.post("/api/auth/login", data={"email": "a@b.c", "password": "x"})
    assert 400 <= response.status_code < 500
    assert response.json()["detail"]


async def test_a_malformed_password_change_is_a_clear_400(browser, personas):
    await browser.sign_in(personas.client.email)
    response = await browser.post("/api/auth/password", {"new_password": "something long enough"})
    assert response.status_code == 400
    assert "current_password" in response.json()["detail"]
