"""The API's refusals in the asker's language (issue 18): a signed-in person's account's locale,
else the browser's Accept-Language; English stays word for word what it was (SQLite and
PostgreSQL, through the real app)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from server.accounts.tables import Account, AuthSession
from server.security import csrf

SPANISH_BROWSER = {"Accept-Language": "es-MX,es;q=0.9"}
WRONG_CODE_ES = "Este código no es correcto. Revísalo e inténtalo de nuevo."
WRONG_CODE_EN = "This code is not right. Check it and try again."


async def spanish(account_id: int) -> None:
    await Account.update({Account.locale: "es-US"}).where(Account.id == account_id)


def detail(answer) -> str:
    return answer.json()["detail"]


async def test_a_spanish_account_gets_spanish_400_404_and_409(personas, signed_in):
    await spanish(personas.client.id)
    await spanish(personas.admin.id)
    client = await signed_in(personas.client)
    wrong = await client.post(
        "/api/auth/password",
        {"current_password": "not my password", "new_password": "a new long passphrase"},
    )
    assert (wrong.status_code, detail(wrong)) == (400, "Tu contraseña actual no es correcta.")
    admin = await signed_in(personas.admin)
    missing = await admin.get("/api/admin/people/999999")
    assert (missing.status_code, detail(missing)) == (404, "Esa persona no existe.")
    last = await admin.post(f"/api/admin/people/{personas.admin.id}/deactivate")
    assert last.status_code == 409, last.text
    assert detail(last) == (  # the placeholder filled with the admin's name
        "Ada Admin es el último administrador activo; nombra a otro administrador antes de "
        "desactivar esta cuenta."
    )
    denied = await client.get("/api/admin/people")  # a role refused: 403
    assert (denied.status_code, detail(denied)) == (403, "Tu cuenta no puede usar esta función.")


async def test_an_english_account_gets_the_english_it_always_got(personas, signed_in):
    admin = await signed_in(personas.admin)
    missing = await admin.get("/api/admin/people/999999", headers=SPANISH_BROWSER)
    assert (missing.status_code, detail(missing)) == (404, "No such person.")  # account wins
    last = await admin.post(f"/api/admin/people/{personas.admin.id}/deactivate")
    assert detail(last) == (
        "Ada Admin is the last active admin; make another admin before deactivating them."
    )


async def test_the_account_wins_over_the_browser(personas, signed_in):
    await spanish(personas.client.id)
    client = await signed_in(personas.client)
    answer = await client.post(
        "/api/auth/password",
        {"current_password": "not my password", "new_password": "a new long passphrase"},
        headers={"Accept-Language": "en-US,en;q=0.9"},
    )
    assert detail(answer) == "Tu contraseña actual no es correcta."


async def test_a_placeholder_is_filled_in_spanish(personas, signed_in):
    await spanish(personas.client.id)
    client = await signed_in(personas.client)
    short = await client.post(
        "/api/auth/password",
        {"current_password": personas.client.password, "new_password": "short"},
    )
    assert (short.status_code, detail(short)) == (
        400,
        "Elige una contraseña de al menos 10 caracteres. Una frase de tres o cuatro palabras sin "
        "relación entre sí es larga y fácil de recordar.",
    )


async def test_nobody_signed_in_is_answered_in_the_browsers_language(browser, personas):
    refused = await browser.post(
        "/api/auth/login",
        {"email": personas.client.email, "password": "wrong"},
        headers=SPANISH_BROWSER,
    )
    assert (refused.status_code, detail(refused)) == (
        401,
        "El correo electrónico o la contraseña no son correctos.",
    )
    code = await browser.post(
        "/api/activation/check", {"code": "AAAA-BBBB-CCCC"}, headers=SPANISH_BROWSER
    )
    assert (code.status_code, detail(code)) == (400, WRONG_CODE_ES)
    english = await browser.post("/api/activation/check", {"code": "AAAA-BBBB-CCCC"})
    assert detail(english) == WRONG_CODE_EN  # no Accept-Language: English
    preferred = await browser.post(
        "/api/activation/check",
        {"code": "AAAA-BBBB-CCCC"},
        headers={"Accept-Language": "fr-FR, en;q=0.8, es;q=0.5"},
    )
    assert detail(preferred) == WRONG_CODE_EN  # English preferred over Spanish


async def test_validation_errors_in_spanish_keep_the_apis_field_names(browser, signed_in, personas):
    bad_type = await browser.post(
        "/api/auth/login", {"email": 5, "password": "x"}, headers=SPANISH_BROWSER
    )
    assert detail(bad_type) == "email: Se esperaba `str`, pero llegó `int`"
    empty = await browser.post(
        "/api/auth/login", {"email": "a@b.c", "password": ""}, headers=SPANISH_BROWSER
    )
    assert detail(empty) == "password: Se esperaba `str` con una longitud de al menos 1"
    missing = await browser.post("/api/auth/login", {"password": "x"}, headers=SPANISH_BROWSER)
    assert detail(missing) == "cuerpo de la solicitud: Falta el campo obligatorio `email`"
    no_body = await browser.post(
        "/api/auth/login",
        content=b"",
        headers={**SPANISH_BROWSER, "content-type": "application/json"},
    )
    assert detail(no_body) == "Falta el cuerpo de la solicitud."
    not_json = await browser.post(
        "/api/auth/login",
        content=b'{"email": "a@b.c"',
        headers={**SPANISH_BROWSER, "content-type": "application/json"},
    )
    assert detail(not_json) == (
        "El cuerpo de la solicitud no es JSON válido (los datos están incompletos)."
    )
    await spanish(personas.client.id)
    client = await signed_in(personas.client)
    extra = await client.put("/api/auth/me/language", {"locale": "es-US", "x": 1})
    assert detail(extra) == "cuerpo de la solicitud: El objeto tiene un campo desconocido: `x`"
    enum = await client.put("/api/auth/me/language", {"locale": "fr-FR"})
    assert detail(enum) == "locale: Valor no permitido: 'fr-FR'"
    days = await client.get("/api/me/schedule?days=abc")
    assert detail(days) == "days: Se esperaba `int`, pero llegó `str`"
    many = await client.get("/api/me/schedule?days=9999")
    assert detail(many) == "days: Se esperaba `int` menor o igual que 60"
    # An address no route has is refused before the session is read: the browser's language.
    nowhere = await client.get("/api/no-such-route", headers=SPANISH_BROWSER)
    assert (nowhere.status_code, detail(nowhere)) == (404, "No se encontró")


async def test_english_validation_errors_are_unchanged(browser):
    answer = await browser.post("/api/auth/login", {"email": "a@b.c", "password": ""})
    assert detail(answer) == "password: Expected `str` of length >= 1"
    huge = await browser.post(
        "/api/auth/login",
        content=b"x" * 300_000,
        headers={**SPANISH_BROWSER, "content-type": "application/json"},
    )
    assert (huge.status_code, detail(huge)) == (413, "La solicitud es demasiado grande")


async def test_a_csrf_refusal_is_in_the_browsers_language_or_the_accounts(
    browser, personas, signed_in
):
    anonymous = await browser.post(
        "/api/auth/login",
        {"email": personas.client.email, "password": "x"},
        csrf=False,
        headers=SPANISH_BROWSER,
    )
    assert anonymous.status_code == 403
    assert detail(anonymous) == (
        "Falta el token de seguridad (CSRF) o no es válido. Vuelve a cargar la página e "
        "inténtalo de nuevo."
    )
    await spanish(personas.client.id)
    client = await signed_in(personas.client)  # the session says Spanish; the browser nothing
    earlier = datetime.now(timezone.utc) - timedelta(minutes=5)
    await AuthSession.update({AuthSession.last_seen: earlier}).where(
        AuthSession.account == personas.client.id
    )
    refused = await client.put("/api/auth/me/language", {"locale": "en-US"}, csrf=False)
    assert refused.status_code == 403 and detail(refused).startswith("Falta el token")
    [session] = await AuthSession.select(AuthSession.last_seen).where(
        AuthSession.account == personas.client.id
    )
    assert session["last_seen"] == earlier  # only read: a refusal keeps no session alive
    english = await (await signed_in(personas.counselor)).post("/api/auth/logout", csrf=False)
    assert detail(english) == csrf.REFUSAL


@pytest.mark.parametrize(
    "header",
    [
        "*;q=x, ,,es",
        ";;;,,,",
        "es;q=1e400",
        "es;q=-1, en;q=NaN",
        "q=0.5",
        "es-" + "x" * 5000,
        ", ".join(["fr"] * 2000) + ", es",
        b"\xff\xfe;q=0.9, es",
    ],
)
async def test_any_accept_language_is_answered_never_a_500(browser, personas, header):
    answer = await browser.post(
        "/api/auth/login",
        {"email": personas.client.email, "password": "wrong"},
        headers={"Accept-Language": header},
    )
    assert answer.status_code == 401, answer.text
    assert detail(answer) in (
        "Email or password is incorrect.",
        "El correo electrónico o la contraseña no son correctos.",
    )
