"""Choosing the app's language (issue 18): a client switches to Español in Settings and back,
without signing out, and the choice is kept on the account; a person setting up their account
on a Spanish-speaking phone sees the set-up screen in Spanish and their account keeps it."""

from __future__ import annotations

import secrets

import pytest
from playwright.async_api import expect

from tests.e2e.flows import NEW_PASSWORD, call_api, invite, laptop_page, open_sign_in, sign_in
from tests.e2e.harness import RECORD_CSP_VIOLATIONS, VIEWPORT, watched_page

pytestmark = pytest.mark.e2e

SIGNED_OUT_PROBE = "status of 401 (Unauthorized)"  # the app's who-is-signed-in probe
CLIENT = "client6@demo.example"
SPANISH_TABS = ["Hoy", "Registro", "Tarea", "Reuniones", "Más"]  # web/locales/es/shell.json
ENGLISH_TABS = ["Today", "Check-in", "Homework", "Meetings", "More"]


async def test_a_client_switches_to_spanish_in_settings_and_back(page, server):
    await open_sign_in(page)
    await sign_in(page, CLIENT, server.demo_password)
    await expect(page.get_by_role("heading", level=1, name="Hello, Nina Petrov")).to_be_focused()
    try:
        await page.get_by_role("link", name="More").click()
        await page.get_by_role("link", name="Settings").click()
        await expect(page.get_by_role("heading", level=1, name="Settings")).to_be_focused()
        english = page.get_by_role("radio", name="English")
        spanish = page.get_by_role("radio", name="Español")
        await expect(english).to_be_checked()
        # Each name is marked in its own language for a screen reader, whatever the page's.
        assert await page.locator("label:has(#language-es)").get_attribute("lang") == "es"
        assert await page.locator("label:has(#language-en)").get_attribute("lang") == "en"

        await spanish.check()
        await expect(page.locator("html")).to_have_attribute("lang", "es-US")
        await expect(page.get_by_role("heading", level=1, name="Ajustes")).to_be_visible()
        await expect(page.get_by_role("radio", name="Español")).to_be_checked()
        await expect(
            page.get_by_role("radio", name="Español")
        ).to_be_focused()  # still signed in, same place
        await expect(
            page.get_by_role("heading", name="Recordatorios en este dispositivo")
        ).to_be_visible()
        await expect(
            page.get_by_role("status").filter(has_text="La aplicación ahora está en español.")
        ).to_have_count(1)
        await expect(page.locator(".tab-bar .tab-label")).to_have_text(SPANISH_TABS)
        assert await page.title() == "Ajustes – Companion"

        # Kept on the account: a reload (and any other device) starts in Spanish.
        await page.reload()
        await expect(page.get_by_role("heading", level=1, name="Ajustes")).to_be_visible()
        await expect(page.locator("html")).to_have_attribute("lang", "es-US")
        await expect(page.locator(".tab-bar .tab-label")).to_have_text(SPANISH_TABS)
        assert (await call_api(page, "GET", "/api/auth/me"))["locale"] == "es-US"

        await page.get_by_role("radio", name="English").check()
        await expect(page.locator("html")).to_have_attribute("lang", "en-US")
        await expect(page.get_by_role("heading", level=1, name="Settings")).to_be_visible()
        await expect(page.get_by_role("radio", name="English")).to_be_focused()
        await expect(page.locator(".tab-bar .tab-label")).to_have_text(ENGLISH_TABS)
        await expect(
            page.get_by_role("status").filter(has_text="The app is now in English.")
        ).to_have_count(1)
        assert (await call_api(page, "GET", "/api/auth/me"))["locale"] == "en-US"
        assert page.problems.unexpected(SIGNED_OUT_PROBE) == []
        assert await page.evaluate("window.__cspViolations") == []
    finally:
        # Other tests sign this client in and read English.
        await call_api(page, "PUT", "/api/auth/me/language", {"locale": "en-US"})


async def test_setting_up_an_account_on_a_spanish_phone_keeps_spanish(chromium, server):
    name = f"Ana Prueba {secrets.token_hex(3)}"
    admin = await laptop_page(chromium, server, "admin@demo.example")
    try:
        client = await invite(admin, name, "client", counselor="Dana Reyes")
    finally:
        await admin.context.close()

    context = await chromium.new_context(
        base_url=server.base_url,
        viewport=VIEWPORT,
        is_mobile=True,
        has_touch=True,
        locale="es-MX",
    )
    await context.add_init_script(RECORD_CSP_VIOLATIONS)
    phone = await watched_page(context)
    try:
        await phone.goto(client["link"])
        welcome = phone.get_by_role("heading", level=1, name=f"Te damos la bienvenida, {name}")
        await expect(welcome).to_be_focused()
        await expect(phone.locator("html")).to_have_attribute("lang", "es-US")
        await expect(phone.get_by_role("radio", name="Español")).to_be_checked()
        await expect(phone.get_by_text("Al menos 10 caracteres")).to_be_visible()

        # Switching on this screen draws it again in the other language, what was typed kept.
        await phone.get_by_label("Elige una contraseña").fill(NEW_PASSWORD)
        await phone.get_by_role("radio", name="English").check()
        await expect(phone.get_by_role("heading", level=1, name=f"Welcome, {name}")).to_be_visible()
        await expect(phone.get_by_role("radio", name="English")).to_be_focused()
        await expect(phone.get_by_label("Choose a password")).to_have_value(NEW_PASSWORD)
        await phone.get_by_role("radio", name="Español").check()
        await expect(welcome).to_be_visible()
        await expect(phone.get_by_role("radio", name="Español")).to_be_focused()

        await phone.get_by_label("Escríbela otra vez").fill(NEW_PASSWORD + "x")
        await phone.get_by_role("button", name="Configurar mi cuenta").click()
        await expect(phone.locator(".error-summary")).to_contain_text(
            "Las dos contraseñas son distintas."
        )
        await phone.get_by_label("Escríbela otra vez").fill(NEW_PASSWORD)
        await phone.get_by_role("button", name="Configurar mi cuenta").click()
        await expect(
            phone.get_by_role("heading", level=1, name="Tu cuenta está lista")
        ).to_be_focused()
        await expect(phone.get_by_role("status").first).to_contain_text(
            f"Ya puedes entrar como {client['sign_in_name']}"
        )

        # The account keeps the language it was set up in.
        await call_api(
            phone,
            "POST",
            "/api/auth/login",
            {"email": client["sign_in_name"], "password": NEW_PASSWORD},
        )
        me = await call_api(phone, "GET", "/api/auth/me")
        assert me["locale"] == "es-US", me
        assert phone.problems.unexpected(SIGNED_OUT_PROBE) == []
        assert await phone.evaluate("window.__cspViolations") == []
    finally:
        await context.close()
