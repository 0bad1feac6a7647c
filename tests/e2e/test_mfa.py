"""The second step of signing in, in the browser: a new counselor made to protect their account
(an authenticator app, its codes, a recovery code used once, then an admin's reset), a passkey in
Chromium's virtual authenticator, a client turning one on in Settings, and an admin asked to
confirm it is them before a sensitive action, the action then going through by itself.

Screenshots of the new pages go to /tmp/mfa-shots/ (outside the repository) at a phone's and a
laptop's size, for a person to look at."""

from __future__ import annotations

import os
import secrets
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import pyotp
import pytest
from playwright.async_api import Page, expect

from tests.e2e import passkeys
from tests.e2e.flows import (
    LAPTOP,
    NEW_PASSWORD,
    activate,
    finish_second_step,
    invite,
    laptop_page,
    open_sign_in,
    save_recovery_codes,
    sign_in,
)
from tests.e2e.harness import VIEWPORT, phone_context, watched_page
from tests.e2e.test_accessibility import NORMAL_TEXT, audit_for
from tests.e2e.test_people import open_person

pytestmark = pytest.mark.e2e

ADMIN = "admin@demo.example"
SHOTS = Path(os.environ.get("COMPANION_MFA_SHOTS", "/tmp/mfa-shots"))
SIGNED_OUT_PROBE = "status of 401 (Unauthorized)"


async def shoot(page: Page, name: str, backend: str) -> None:
    """The page as it is now, at a phone's and a laptop's size (the viewport is put back)."""
    if backend != "sqlite":
        return
    SHOTS.mkdir(parents=True, exist_ok=True)
    size = page.viewport_size
    for label, viewport in (("phone", VIEWPORT), ("laptop", LAPTOP)):
        await page.set_viewport_size(viewport)
        await page.screenshot(path=SHOTS / f"{name}-{label}.png", full_page=True)
    await page.set_viewport_size(size)


async def check(audit, screen: str) -> None:
    """axe and the layout checks on this screen, leaving the text at its normal size."""
    await audit.check(screen)
    if audit.standard != NORMAL_TEXT["standard"]:
        await audit.text_size(NORMAL_TEXT)


async def sign_out(page: Page) -> None:
    await page.get_by_role("button", name="Sign out").click()
    await expect(page.get_by_role("heading", level=1, name="Sign in")).to_be_visible()


async def password_step(page: Page, email: str, password: str, heading: str) -> None:
    await open_sign_in(page)
    await sign_in(page, email, password, second_step=False)
    await expect(page.get_by_role("heading", level=1, name=heading)).to_be_focused()


def wrong_codes(page: Page) -> None:
    """The console's lines for the wrong codes this test typed on purpose are not problems."""
    page.problems.console[:] = [
        line for line in page.problems.console if "400 (Bad Request)" not in line
    ]


async def age_proof(server, email: str, minutes: int = 20) -> None:
    """Make `email`'s sessions last prove who they are `minutes` ago (the product waits 15)."""
    then = datetime.now(UTC) - timedelta(minutes=minutes)
    sql = (
        "UPDATE auth_session SET proved_at = {} "
        "WHERE account IN (SELECT id FROM account WHERE email = {})"
    )
    if server.database.startswith("sqlite:///"):
        connection = sqlite3.connect(server.database.removeprefix("sqlite:///"))
        try:
            with connection:
                changed = connection.execute(sql.format("?", "?"), (str(then), email)).rowcount
        finally:
            connection.close()
        assert changed >= 1
        return
    connection = await asyncpg.connect(server.database)
    try:
        answer = await connection.execute(sql.format("$1", "$2"), then, email)
        assert answer != "UPDATE 0"
    finally:
        await connection.close()


async def test_a_new_counselor_protects_their_account_with_an_authenticator_app(chromium, server):
    tag = secrets.token_hex(3)
    name, email = f"Robin Test {tag}", f"robin-{tag}@demo.example"
    admin = await laptop_page(chromium, server, ADMIN)
    audit = await audit_for(chromium, server)
    phone = audit.page
    try:
        invited = await invite(admin, name, "counselor", email=email)
        await phone.goto(invited["link"])
        await activate(phone, name)

        # Staff without a second step are made to add one, calmly, before anything else.
        await password_step(phone, email, NEW_PASSWORD, "Protect your account")
        await expect(phone.get_by_text("Staff sign in with a second step")).to_be_visible()
        await expect(phone.get_by_role("button", name="Use a passkey")).to_be_visible()
        await check(audit, "enrol")
        await shoot(phone, "enrol", server.backend)

        await phone.get_by_role("button", name="Use an authenticator app").click()
        await expect(
            phone.get_by_role("heading", level=1, name="Set up your authenticator app")
        ).to_be_focused()
        await expect(
            phone.get_by_role("img", name="QR code for your authenticator app")
        ).to_be_visible()
        secret = await phone.locator("code[data-secret]").get_attribute("data-secret")
        shown = await phone.locator("code[data-secret]").inner_text()
        assert shown.replace(" ", "") == secret and shown.split(" ")[0] == secret[:4]
        await check(audit, "authenticator app")
        await shoot(phone, "enrol-app", server.backend)

        # A wrong code is said in the error summary, beside the field too.
        await phone.get_by_label("Code from your authenticator app").fill("000000")
        await phone.get_by_role("button", name="Confirm").click()
        await expect(phone.locator(".error-summary")).to_contain_text("That code is not right")
        await phone.get_by_label("Code from your authenticator app").fill(pyotp.TOTP(secret).now())
        await phone.get_by_role("button", name="Confirm").click()

        # Ten recovery codes, once; going on needs the box ticked.
        await expect(
            phone.get_by_role("heading", level=1, name="Save your recovery codes")
        ).to_be_focused()
        await expect(phone.locator("ol.codes li")).to_have_count(10)
        await check(audit, "recovery codes")
        await shoot(phone, "recovery-codes", server.backend)
        await phone.get_by_role("button", name="Continue").click()
        await expect(phone.locator(".error-summary")).to_contain_text("tick the box")
        codes = await save_recovery_codes(phone)
        await expect(phone.get_by_role("heading", level=1, name="Caseload")).to_be_focused()

        # Next time: the password, then a code from the app (the next one: each works once).
        await sign_out(phone)
        await password_step(phone, email, NEW_PASSWORD, "Confirm it is you")
        await expect(phone.get_by_role("button", name="Use a passkey")).to_have_count(0)
        await check(audit, "second step")
        await shoot(phone, "second-step-code", server.backend)
        code = phone.get_by_label("Code from your authenticator app")
        await expect(code).to_have_attribute("autocomplete", "one-time-code")
        await expect(code).to_have_attribute("inputmode", "numeric")
        await code.fill(pyotp.TOTP(secret).at(time.time() + 30))
        await phone.get_by_role("button", name="Continue").click()
        await expect(phone.get_by_role("heading", level=1, name="Caseload")).to_be_focused()

        # A recovery code signs in once, and only once.
        for attempt in ("works", "used"):
            await sign_out(phone)
            await password_step(phone, email, NEW_PASSWORD, "Confirm it is you")
            await phone.get_by_role("button", name="Use a recovery code").click()
            await phone.get_by_label("Recovery code").fill(codes[0].lower())
            await phone.get_by_role("button", name="Continue").click()
            if attempt == "works":
                await expect(phone.get_by_role("heading", level=1, name="Caseload")).to_be_focused()
        await expect(phone.locator(".error-summary")).to_contain_text("That code is not right")
        await expect(phone.get_by_label("Recovery code")).to_have_attribute("aria-invalid", "true")

        # Lost the phone and the codes: the admin resets their factors (asking first), and at the
        # next sign-in they protect their account again.
        await open_person(admin, name)
        await admin.get_by_role("button", name="Reset sign-in factors").click()
        await expect(admin.locator(".confirm")).to_contain_text(
            "they set up a new passkey or authenticator app"
        )
        await admin.get_by_role("button", name="Yes, reset sign-in factors").click()
        await expect(
            admin.get_by_role("status").filter(has_text="sign-in factors are reset")
        ).to_be_visible()
        await phone.get_by_role("button", name="Sign in as someone else").click()
        await password_step(phone, email, NEW_PASSWORD, "Protect your account")

        wrong_codes(phone)
        audit.report()
        assert admin.problems.unexpected(SIGNED_OUT_PROBE) == []
        assert await phone.evaluate("window.__cspViolations") == []
    finally:
        await admin.context.close()
        await phone.context.close()


async def test_a_counselor_signs_in_with_their_passkey(chromium, server):
    email = "counselor2@demo.example"
    first = await laptop_page(chromium, server, email)  # enrols a passkey if it is the first time
    await first.context.close()
    context = await phone_context(chromium, server.base_url)
    page = await watched_page(context)
    try:
        await password_step(page, email, server.demo_password, "Confirm it is you")
        await expect(page.get_by_text("Your password was right.")).to_be_visible()
        await shoot(page, "second-step", server.backend)
        await passkeys.offer(page, email)
        await page.get_by_role("button", name="Use a passkey").click()
        await expect(page.get_by_role("heading", level=1, name="Caseload")).to_be_focused()
        await passkeys.keep(page, email)
        # Reopened, the app knows the session is whole: no second step again.
        await page.reload()
        await expect(page.get_by_role("heading", level=1, name="Caseload")).to_be_visible()
        assert page.problems.unexpected(SIGNED_OUT_PROBE) == []
    finally:
        await context.close()


async def test_a_half_signed_in_session_reopens_on_its_second_step(chromium, server):
    email = "counselor2@demo.example"
    first = await laptop_page(chromium, server, email)
    await first.context.close()
    context = await phone_context(chromium, server.base_url)
    page = await watched_page(context)
    try:
        await password_step(page, email, server.demo_password, "Confirm it is you")
        await page.reload()
        await expect(page.get_by_role("heading", level=1, name="Confirm it is you")).to_be_visible()
        await finish_second_step(page, email)
        await expect(page.get_by_role("heading", level=1, name="Caseload")).to_be_focused()
    finally:
        await context.close()


async def test_a_client_turns_on_a_passkey_and_is_asked_for_it_next_time(chromium, server):
    tag = secrets.token_hex(3)
    name = f"Casey Test {tag}"
    admin = await laptop_page(chromium, server, ADMIN)
    try:
        invited = await invite(admin, name, "client", counselor="Dana Reyes")
    finally:
        await admin.context.close()
    audit = await audit_for(chromium, server)
    phone = audit.page
    login = invited["sign_in_name"]
    try:
        await phone.goto(invited["link"])
        await activate(phone, name)
        await password_step(phone, login, NEW_PASSWORD, f"Hello, {name}")  # no second step yet
        await phone.get_by_role("link", name="More").click()
        await phone.get_by_role("link", name="Settings").click()
        security = phone.locator("section.sign-in-security")
        await expect(security).to_contain_text("Add a second step to sign in")
        await expect(security.get_by_text("recovery codes left")).to_have_count(0)
        await check(audit, "settings, no second step")

        await passkeys.authenticator(phone)
        await security.get_by_role("button", name="Add a passkey").click()
        await expect(phone.get_by_role("heading", name="Save your recovery codes")).to_be_focused()
        await save_recovery_codes(phone)
        await expect(phone.get_by_role("heading", name="Sign-in security")).to_be_focused()
        await expect(security.locator("li.factor")).to_have_count(1)
        await expect(security.locator("li.factor")).to_contain_text("Passkey")
        await expect(security).to_contain_text("You have 10 recovery codes left.")
        await passkeys.keep(phone, login)
        await check(audit, "settings, a passkey")
        await security.scroll_into_view_if_needed()
        await shoot(phone, "settings", server.backend)

        await phone.get_by_role("link", name="More").click()
        await sign_out(phone)
        await password_step(phone, login, NEW_PASSWORD, "Confirm it is you")
        await passkeys.offer(phone, login)
        await phone.get_by_role("button", name="Use a passkey").click()
        await expect(phone.get_by_role("heading", level=1, name=f"Hello, {name}")).to_be_focused()
        await passkeys.keep(phone, login)

        # Turned off again (asked first): the next sign-in is the password alone.
        await phone.get_by_role("link", name="More").click()
        await phone.get_by_role("link", name="Settings").click()
        await security.get_by_role("button", name="Remove").click()
        await expect(security.locator(".confirm")).to_contain_text("Remove this passkey?")
        await security.get_by_role("button", name="Yes, remove it").click()
        await expect(security).to_contain_text("Add a second step to sign in")
        audit.report()
        assert await phone.evaluate("window.__cspViolations") == []
    finally:
        await phone.context.close()


async def test_an_admin_confirms_it_is_them_and_the_invitation_goes_through(chromium, server):
    admin = await laptop_page(chromium, server, ADMIN)
    try:
        await age_proof(server, ADMIN)
        await admin.get_by_role("link", name="People", exact=True).click()
        await admin.get_by_role("link", name="Invite someone").click()
        name = f"Ari Test {secrets.token_hex(3)}"
        await admin.get_by_label("Full name").fill(name)
        await admin.get_by_role("radio", name="Counselor", exact=True).check()
        await admin.get_by_label("Email").fill(f"ari-{secrets.token_hex(3)}@demo.example")
        await admin.get_by_role("button", name="Invite and get a code").click()

        dialog = admin.get_by_role("dialog", name="Confirm it is you")
        await expect(dialog).to_be_visible()
        await expect(dialog.get_by_role("heading", name="Confirm it is you")).to_be_focused()
        await shoot(admin, "step-up", server.backend)
        await passkeys.offer(admin, ADMIN)
        await dialog.get_by_role("button", name="Use a passkey").click()
        await expect(
            admin.get_by_role("heading", level=1, name=f"{name} is invited")
        ).to_be_focused()
        await expect(dialog).to_have_count(0)
        await passkeys.keep(admin, ADMIN)

        # Cancelled, the action is not taken, and says why.
        await age_proof(server, ADMIN)
        await admin.get_by_role("link", name="Invite someone else").click()
        await admin.get_by_label("Full name").fill(name + " Two")
        await admin.get_by_role("radio", name="Counselor", exact=True).check()
        await admin.get_by_label("Email").fill(f"ari-{secrets.token_hex(3)}@demo.example")
        await admin.get_by_role("button", name="Invite and get a code").click()
        await dialog.get_by_role("button", name="Cancel").click()
        await expect(dialog).to_have_count(0)
        await expect(admin.locator(".error-summary")).to_contain_text("Confirm it is you")
        assert admin.problems.unexpected(SIGNED_OUT_PROBE, "403 (Forbidden)") == []
    finally:
        await admin.context.close()
