"""Care teams from end to end: an admin gives a new client a care team, the client's urgent
check-in tells them who will see it first, by name, and it reaches that counselor first: their
queue says who it reached and that nobody has acknowledged it, and opening it acknowledges it."""

from __future__ import annotations

import re
import secrets

import pytest
from playwright.async_api import expect

from tests.e2e.flows import (
    NEW_PASSWORD,
    activate,
    invite,
    laptop_page,
    sign_in,
    signed_in_page,
)
from tests.e2e.harness import phone_context, watched_page
from tests.e2e.test_checkins import fill_check_in, open_check_in

pytestmark = pytest.mark.e2e

SIGNED_OUT_PROBE = "status of 401 (Unauthorized)"


async def test_an_urgent_check_in_reaches_the_care_team_first_and_opening_it_acknowledges(
    chromium, server
):
    name = f"Ana Test {secrets.token_hex(3)}"
    admin = await laptop_page(chromium, server, "admin@demo.example")
    try:
        # Admins have the Review tab: urgent check-ins that reached them land there.
        await admin.get_by_role("link", name="Review", exact=True).click()
        await expect(admin.get_by_role("heading", level=1, name="Review queue")).to_be_focused()

        # A new client, invited with no care team; the admin gives them one on their page.
        client = await invite(admin, name, "client")
        await admin.get_by_role("link", name=f"Go to {name}'s page").click()
        await expect(admin.get_by_role("heading", level=1, name=name)).to_be_focused()
        team = admin.get_by_role("region", name="Care team")
        await expect(team).to_contain_text("Nobody is on this care team yet.")
        await team.get_by_text("Change the care team").click()
        await team.get_by_role("button", name="Save care team").click()
        await expect(team.locator("#team-error")).to_have_text("Choose a primary counselor.")
        await team.get_by_label("Primary counselor").select_option(label="Dana Reyes")
        await expect(team.get_by_role("checkbox", name="Dana Reyes")).to_be_hidden()
        await team.get_by_role("button", name="Save care team").click()
        member = team.locator("li[data-member]")
        await expect(member).to_have_count(1)
        await expect(member).to_contain_text("Dana Reyes")
        await expect(member).to_contain_text("Primary")
    finally:
        await admin.context.close()

    # The client sets up their account on their phone and sends an urgent check-in: they are
    # told, by name, who sees it first, and given crisis help.
    phone = await watched_page(await phone_context(chromium, server.base_url))
    try:
        await phone.goto(client["link"])
        await activate(phone, name)
        await phone.get_by_role("button", name="Go to sign in").click()
        await sign_in(phone, client["sign_in_name"], NEW_PASSWORD)
        await expect(phone.get_by_role("heading", level=1, name=f"Hello, {name}")).to_be_focused()
        await open_check_in(phone)
        await fill_check_in(phone, note="Hard night", safety=True)
        await phone.get_by_role("button", name="Send check-in").click()
        panel = phone.locator("section.support-panel")
        await expect(panel).to_be_focused()
        await expect(panel.locator(".seen-by")).to_have_text(
            "Thank you for telling us. Dana Reyes, your counselor, will see this check-in first."
        )
        await expect(panel.get_by_role("link", name="Call 988")).to_have_attribute(
            "href", "tel:988"
        )
        assert phone.problems.unexpected(SIGNED_OUT_PROBE) == []
    finally:
        await phone.context.close()

    # Dana's queue has it among the urgent ones: reached her, not acknowledged yet. Opening it
    # acknowledges it, in her name, on the check-in and back in the queue.
    counselor = await signed_in_page(chromium, server, "counselor@demo.example")
    try:
        await counselor.get_by_role("link", name="Review", exact=True).click()
        await expect(counselor.get_by_role("heading", level=1, name="Review queue")).to_be_focused()
        item = counselor.locator("li.queue-item.risk-urgent", has_text=name)
        await expect(item).to_have_count(1)
        await expect(item.locator(".alert-state")).to_have_text(
            "Reached Dana Reyes · Not acknowledged yet"
        )
        await item.get_by_role("link").click()
        await expect(
            counselor.get_by_role("heading", level=1, name=re.compile(f"^{name}, "))
        ).to_be_focused()
        await expect(counselor.locator(".review-item .alert-state")).to_have_text(
            re.compile(
                r"^Reached Dana Reyes · Acknowledged by Dana Reyes at \d{1,2}:\d{2}\s?[AP]M$"
            )
        )
        await counselor.get_by_role("link", name="Back to the queue").click()
        await expect(item.locator(".alert-state")).to_contain_text("Acknowledged by Dana Reyes")

        # On the client's page, Dana sees the team and can add a colleague to it.
        await item.get_by_role("link").click()
        await counselor.get_by_role("link", name="Client details").click()
        await expect(counselor.get_by_role("heading", level=1, name=name)).to_be_focused()
        team = counselor.get_by_role("region", name="Care team")
        await team.get_by_text("Change the care team").click()
        await team.get_by_role("checkbox", name="Sam Okafor").check()
        await team.get_by_role("button", name="Save care team").click()
        await expect(team.locator("li[data-member]")).to_have_count(2)
        await expect(team.locator("li[data-member]").nth(1)).to_contain_text("Sam Okafor")
        assert counselor.problems.unexpected(SIGNED_OUT_PROBE) == []
        assert await counselor.evaluate("window.__cspViolations") == []
    finally:
        await counselor.context.close()


async def test_a_program_names_its_on_call_counselors(chromium, server):
    admin = await laptop_page(chromium, server, "admin@demo.example")
    try:
        await admin.get_by_role("link", name="Front Range IOP").click()
        await expect(admin.get_by_role("heading", level=1, name="Front Range IOP")).to_be_focused()
        section = admin.get_by_role("region", name="Urgent check-ins")
        await expect(section.locator(".oncall-now")).to_have_text("On call now: Sam Okafor.")
        await expect(section.get_by_role("checkbox", name="Sam Okafor")).to_be_checked()
        minutes = section.get_by_label("Minutes before an unopened urgent check-in goes further")
        await expect(minutes).to_have_value("15")
        await minutes.fill("20")
        await section.get_by_role("button", name="Save on-call settings").click()
        await expect(admin.get_by_role("status")).to_have_text("On-call settings saved.")
        await admin.reload()
        await expect(minutes).to_have_value("20")
        await minutes.fill("15")  # as the demo had it, for the tests after this one
        await section.get_by_role("button", name="Save on-call settings").click()
        await expect(admin.get_by_role("status")).to_have_text("On-call settings saved.")
        await admin.reload()
        await expect(minutes).to_have_value("15")
        assert admin.problems.unexpected(SIGNED_OUT_PROBE) == []
    finally:
        await admin.context.close()
