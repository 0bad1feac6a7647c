"""People from end to end: an admin invites a client without an email and a counselor, each
sets up their own account with the code on their own device (the client on a phone), and signs
in; deactivating someone asks first, naming them, and Undo brings them back; a counselor invites a
client into the group they lead, who joins their caseload."""

from __future__ import annotations

import re
import secrets

import pytest
from playwright.async_api import Page, expect

from tests.e2e.flows import (
    NEW_PASSWORD,
    activate,
    handover,
    invite,
    laptop_page,
    open_sign_in,
    sign_in,
)
from tests.e2e.harness import RECORD_CSP_VIOLATIONS, VIEWPORT, phone_context, watched_page

pytestmark = pytest.mark.e2e

SIGNED_OUT_PROBE = "status of 401 (Unauthorized)"  # the sign-in screen's who-is-signed-in probe
REFUSED_CODE = "status of 410 (Gone)"  # the used code, checked again on purpose


async def test_an_admin_invites_a_client_and_a_counselor_who_each_set_up_their_account(
    chromium, server
):
    tag = secrets.token_hex(3)
    client_name, counselor_name = f"Maria Test {tag}", f"Ruth Test {tag}"
    counselor_email = f"ruth-{tag}@demo.example"
    admin = await laptop_page(chromium, server, "admin@demo.example")
    try:
        # A client without an email: the form says it is optional, and the app makes a name.
        await admin.get_by_role("link", name="People", exact=True).click()
        await admin.get_by_role("link", name="Invite someone").click()
        await admin.get_by_role("button", name="Invite and get a code").click()
        summary = admin.locator(".error-summary")
        await expect(summary).to_be_focused()
        await expect(summary).to_contain_text("Enter their full name.")
        await summary.get_by_role("link", name="Enter their full name.").click()
        await expect(admin.get_by_label("Full name")).to_be_focused()
        await expect(admin.get_by_label("Email (optional for clients)")).to_be_visible()
        client = await invite(admin, client_name, "client", counselor="Dana Reyes")
        assert re.fullmatch(r"[a-z]+-\d{4}", client["sign_in_name"]), client
        assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", client["code"]), client
        assert client["link"] == f"/#/activate/{client['code']}", client
        assert client["expiry"].startswith("Valid for 72 hours, once: until "), client
        for button in ("Print", "Copy link", "Copy code"):
            await expect(admin.get_by_role("button", name=button)).to_be_visible()

        # A counselor signs in with their email.
        counselor = await invite(admin, counselor_name, "counselor", email=counselor_email)
        assert counselor["sign_in_name"] == counselor_email, counselor

        # The directory finds them by name, invited and not set up yet.
        await admin.get_by_role("link", name="People", exact=True).click()
        await admin.get_by_label("Name or sign-in name").fill(f"Test {tag}")
        await admin.get_by_role("button", name="Search").click()
        table = admin.get_by_role("table")
        await expect(table.locator("caption")).to_contain_text("People: 2 people")
        row = table.get_by_role("row", name=re.compile(client_name))
        await expect(row).to_contain_text("Invited, not set up yet")
        await expect(row).to_contain_text(client["sign_in_name"])
        await expect(row).to_contain_text("Dana Reyes")
        assert admin.problems.unexpected(SIGNED_OUT_PROBE) == []
        assert await admin.evaluate("window.__cspViolations") == []
    finally:
        await admin.context.close()

    # The client, on their phone, opens the link: welcomed by name, the rules said, a mismatch
    # caught, then told the name they sign in with; the sign-in screen has it filled in.
    phone = await watched_page(await phone_context(chromium, server.base_url))
    try:
        await phone.goto(client["link"])
        await expect(
            phone.get_by_role("heading", level=1, name=f"Welcome, {client_name}")
        ).to_be_focused()
        await expect(phone.get_by_text("At least 10 characters")).to_be_visible()
        await phone.get_by_label("Choose a password").fill(NEW_PASSWORD)
        await phone.get_by_label("Type it again").fill(NEW_PASSWORD + "x")
        await phone.get_by_role("button", name="Set up my account").click()
        await expect(phone.locator(".error-summary")).to_contain_text(
            "The two passwords are different."
        )
        await expect(phone.get_by_label("Type it again")).to_have_attribute("aria-invalid", "true")
        await activate(phone, client_name)
        await expect(phone.get_by_role("status").first).to_contain_text(
            f"You can sign in now as {client['sign_in_name']}"
        )
        await phone.get_by_role("button", name="Go to sign in").click()
        await expect(phone.get_by_role("heading", level=1, name="Sign in")).to_be_visible()
        field = phone.get_by_label("Email or sign-in name")
        await expect(field).to_have_value(client["sign_in_name"])
        assert await field.get_attribute("type") == "text"  # a sign-in name is not an email
        await phone.get_by_label("Password").fill(NEW_PASSWORD)
        await phone.get_by_role("button", name="Sign in").click()
        await expect(
            phone.get_by_role("heading", level=1, name=f"Hello, {client_name}")
        ).to_be_focused()
        assert phone.problems.unexpected(SIGNED_OUT_PROBE) == []
        assert await phone.evaluate("window.__cspViolations") == []
    finally:
        await phone.context.close()

    # The counselor types the code from the sign-in screen's "I have a code"; used once, the
    # code says so plainly the second time.
    page = await watched_page(await phone_context(chromium, server.base_url))
    try:
        await open_sign_in(page)
        await page.get_by_role("link", name="I have a code").click()
        await expect(
            page.get_by_role("heading", level=1, name="Set up your account")
        ).to_be_focused()
        await page.get_by_label("Your code").fill(counselor["code"].lower())
        await page.get_by_role("button", name="Continue").click()
        await activate(page, counselor_name)
        await page.get_by_role("button", name="Go to sign in").click()
        await sign_in(page, counselor_email, NEW_PASSWORD)
        await expect(page.get_by_role("heading", level=1, name="Caseload")).to_be_focused()
        await page.get_by_role("button", name="Sign out").click()
        await expect(page.get_by_role("heading", level=1, name="Sign in")).to_be_visible()
        await page.goto(counselor["link"])
        await expect(
            page.get_by_role("heading", level=1, name="This code cannot be used")
        ).to_be_visible()
        await expect(
            page.get_by_text("Ask your counselor or the clinic for a new code")
        ).to_be_visible()
        assert page.problems.unexpected(SIGNED_OUT_PROBE, REFUSED_CODE) == []
    finally:
        await page.context.close()


async def open_person(admin: Page, name: str) -> None:
    await admin.get_by_role("link", name="People", exact=True).click()
    await admin.get_by_label("Name or sign-in name").fill(name)
    await admin.get_by_role("button", name="Search").click()
    await admin.get_by_role("table").get_by_role("link", name=name).click()
    await expect(admin.get_by_role("heading", level=1, name=name)).to_be_focused()


async def test_deactivating_asks_first_naming_the_person_and_undo_brings_them_back(
    chromium, server
):
    name = f"Leo Test {secrets.token_hex(3)}"
    admin = await laptop_page(chromium, server, "admin@demo.example")
    try:
        await invite(admin, name, "client", counselor="Sam Okafor")
        await admin.get_by_role("link", name=f"Go to {name}'s page").click()
        await expect(admin.get_by_role("heading", level=1, name=name)).to_be_focused()
        summary = admin.locator(".person-summary")
        await expect(summary).to_have_text("Client · Invited, not set up yet")

        # Asked first, in words that name them and say what happens; "Keep" changes nothing.
        await admin.get_by_role("button", name=f"Deactivate {name}").click()
        confirm = admin.locator(".confirm:visible")
        await expect(confirm.get_by_role("heading", name=f"Deactivate {name}?")).to_be_focused()
        await expect(confirm).to_contain_text("signed out everywhere")
        await expect(confirm).to_contain_text("no more reminders")
        await expect(confirm).to_contain_text("records are kept")
        await confirm.get_by_role("button", name=f"Keep {name} active").click()
        await expect(admin.get_by_role("button", name=f"Deactivate {name}")).to_be_focused()
        await expect(summary).to_have_text("Client · Invited, not set up yet")

        await admin.clock.install()  # the page's timers from here on: to see the toast stay
        await admin.get_by_role("button", name=f"Deactivate {name}").click()
        await admin.get_by_role("button", name=f"Yes, deactivate {name}").click()
        await expect(summary).to_have_text("Client · Deactivated")
        toast = admin.locator(".toast")
        await expect(toast).to_contain_text(f"{name} is deactivated.")
        await expect(admin.get_by_role("button", name=f"Reactivate {name}")).to_be_visible()

        # Still there after 30 seconds; Undo brings them back.
        await admin.clock.run_for(31_000)
        await expect(toast).to_be_visible()
        await toast.get_by_role("button", name="Undo").click()
        await expect(toast).to_have_count(0)
        await expect(summary).to_have_text("Client · Invited, not set up yet")
        await expect(admin.get_by_role("button", name=f"Deactivate {name}")).to_be_visible()

        # The directory agrees.
        await open_person(admin, name)
        await expect(summary).not_to_contain_text("Deactivated")
        assert admin.problems.unexpected(SIGNED_OUT_PROBE) == []
        assert await admin.evaluate("window.__cspViolations") == []
    finally:
        await admin.context.close()


async def test_a_reset_gives_a_new_code_and_a_leaving_counselor_hands_over_their_caseload(
    chromium, server
):
    tag = secrets.token_hex(3)
    counselor, client = f"Kim Test {tag}", f"Noor Test {tag}"
    admin = await laptop_page(chromium, server, "admin@demo.example")
    try:
        await invite(admin, counselor, "counselor", email=f"kim-{tag}@demo.example")
        await invite(admin, client, "client", counselor=counselor)

        # A new code, after a confirmation, on the handover screen again.
        await admin.get_by_role("link", name=f"Go to {client}'s page").click()
        await expect(admin.get_by_role("heading", level=1, name=client)).to_be_focused()
        await admin.get_by_role("button", name="Make a new code").click()
        await expect(
            admin.get_by_role("heading", name=f"Make a new code for {client}?")
        ).to_be_focused()
        await admin.get_by_role("button", name="Yes, make a new code").click()
        await expect(
            admin.get_by_role("heading", level=1, name=f"A new code for {client}")
        ).to_be_focused()
        await expect(admin.locator(".handover-code")).to_have_text(
            re.compile(r"^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$")
        )

        # The counselor goes on leave, then hands their one client to Sam Okafor.
        await open_person(admin, counselor)
        summary = admin.locator(".person-summary")
        await admin.get_by_role("button", name="Mark as on leave").click()
        await expect(summary).to_have_text("Counselor · Invited, not set up yet, on leave")
        await expect(admin.get_by_role("button", name="Mark as back from leave")).to_be_visible()
        await admin.get_by_role("button", name="Move caseload").click()
        await expect(admin.locator("#move-error")).to_have_text(
            "Choose the counselor who takes over."
        )
        await admin.get_by_label("Move them to").select_option(label="Sam Okafor")
        await admin.get_by_role("button", name="Move caseload").click()
        await expect(
            admin.get_by_role("heading", name=f"Move 1 client from {counselor} to Sam Okafor?")
        ).to_be_focused()
        await admin.get_by_role("button", name="Yes, move 1 client to Sam Okafor").click()
        await expect(admin.get_by_role("status")).to_have_text(
            f"Moved 1 client from {counselor} to Sam Okafor."
        )
        await expect(admin.locator(".person-part", has_text="Move caseload")).to_contain_text(
            f"{counselor} has no clients."
        )
        await open_person(admin, client)
        member = admin.get_by_role("region", name="Care team").locator("li[data-member]")
        await expect(member).to_have_count(1)
        await expect(member).to_contain_text("Sam Okafor")
        await expect(member).to_contain_text("Primary")
        assert admin.problems.unexpected(SIGNED_OUT_PROBE) == []
    finally:
        await admin.context.close()


async def test_a_counselor_invites_a_client_into_their_group_who_joins_their_caseload(
    chromium, server
):
    name = f"Eli Test {secrets.token_hex(3)}"
    # A phone without the service worker, so the stand-ins below answer the page itself.
    context = await chromium.new_context(
        base_url=server.base_url,
        viewport=VIEWPORT,
        is_mobile=True,
        has_touch=True,
        service_workers="block",
    )
    await context.add_init_script(RECORD_CSP_VIOLATIONS)
    page = await watched_page(context)
    try:
        await open_sign_in(page)
        await sign_in(page, "counselor@demo.example", server.demo_password)
        await expect(page.get_by_role("heading", level=1, name="Caseload")).to_be_focused()
        await expect(page.locator("[data-client]", has_text=name)).to_have_count(0)

        # Dana leads the evening group: that track is the one offered.
        await page.get_by_role("link", name="Invite a client").click()
        await expect(page.get_by_role("heading", level=1, name="Invite a client")).to_be_focused()
        track = page.get_by_label("Track")
        # The outcomes test (test_instruments.py) gives Dana a second group in its own program:
        # with two, the form asks which, naming each group's program; the evening group is
        # still among them.
        evening = track.locator("option", has_text=re.compile(r"^Evening IOP\b"))
        await expect(evening).to_have_count(1)
        await track.select_option(value=await evening.get_attribute("value"))
        await expect(track.locator("option:checked")).to_have_text(re.compile(r"^Evening IOP\b"))
        await page.get_by_label("Full name").fill(name)
        await page.get_by_role("button", name="Invite and get a code").click()
        await expect(
            page.get_by_role("heading", level=1, name=f"{name} is invited")
        ).to_be_focused()
        client = await handover(page)
        assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", client["code"]), client
        await expect(page.get_by_text("If it is lost, ask an admin for a new one.")).to_be_visible()
        await expect(page.get_by_role("link", name="Invite another client")).to_be_visible()

        # The client is on Dana's caseload now, and she is their primary counselor.
        await page.get_by_role("link", name="Caseload", exact=True).click()
        await expect(page.get_by_role("heading", level=1, name="Caseload")).to_be_focused()
        await expect(page.locator("[data-client]", has_text=name)).to_have_count(1)

        # Where the program lets only admins invite, or the counselor leads no group, the form
        # says so plainly (the server's list stood in for).
        led = [
            {
                "id": 1,
                "name": "Evening IOP",
                "program_id": 1,
                "program_name": "Front Range IOP",
                "may_invite": False,
            }
        ]
        for tracks, words in (
            (led, "In this program only admins invite clients; ask an admin."),
            ([], "You lead no group yet, so there is no track to invite a client into."),
        ):
            await page.route("**/api/counselor/tracks", answering(tracks))
            await page.get_by_role("link", name="Caseload", exact=True).click()
            await page.get_by_role("link", name="Invite a client").click()
            await expect(
                page.get_by_role("heading", level=1, name="Invite a client")
            ).to_be_focused()
            await expect(page.locator(".notice")).to_contain_text(words)
            await expect(page.get_by_label("Full name")).to_have_count(0)
            await page.unroute("**/api/counselor/tracks")
        assert page.problems.unexpected(SIGNED_OUT_PROBE) == []
        assert await page.evaluate("window.__cspViolations") == []
    finally:
        await context.close()


def answering(body):
    """A route handler that answers with this JSON."""
    return lambda route: route.fulfill(json=body)
