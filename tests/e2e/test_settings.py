"""Reminder settings in the browser: the device section explains itself, and preferences
(lead times, check-in time, quiet hours, discreet mode) are saved and shown again."""

from __future__ import annotations

import pytest
from playwright.async_api import expect

from tests.e2e.flows import open_sign_in, sign_in

pytestmark = pytest.mark.e2e


async def test_a_client_sets_how_reminders_read(page, server):
    await open_sign_in(page)
    await sign_in(page, "client6@demo.example", server.demo_password)
    await expect(page.get_by_role("heading", level=1, name="Hello, Nina Petrov")).to_be_focused()
    await page.get_by_role("link", name="Settings").click()
    await expect(page.get_by_role("heading", level=1, name="Settings")).to_be_focused()
    device = page.locator("section.push-device")
    await expect(device.get_by_role("heading", name="Reminders on this device")).to_be_visible()
    await expect(device.locator(".push-status")).to_have_text(
        "Notifications are off for this device.")
    await expect(device.get_by_role("button", name="Turn on notifications")).to_be_visible()

    discreet = page.get_by_role("checkbox", name="Discreet: the lock screen shows only")
    await expect(discreet).to_be_checked()  # on by default
    await page.get_by_role("checkbox", name="15 minutes before").check()
    await page.get_by_role("checkbox", name="A day before").uncheck()
    await page.get_by_label("Daily check-in reminder (leave empty for none)").fill("19:30")
    await page.get_by_label("From").fill("23:00")
    await page.get_by_label("Until").fill("06:30")
    await page.get_by_role("button", name="Save reminder settings").click()
    await expect(page.get_by_role("status").filter(has_text="Reminder settings saved.")).to_have_count(1)

    await page.reload()
    await expect(page.get_by_role("heading", level=1, name="Settings")).to_be_visible()
    await expect(page.get_by_role("checkbox", name="15 minutes before")).to_be_checked()
    await expect(page.get_by_role("checkbox", name="A day before")).not_to_be_checked()
    await expect(page.get_by_role("checkbox", name="An hour before")).to_be_checked()
    await expect(page.get_by_label("Daily check-in reminder (leave empty for none)")).to_have_value("19:30")
    await expect(page.get_by_label("From")).to_have_value("23:00")
    await expect(discreet).to_be_checked()
    assert await page.evaluate("window.__cspViolations") == []
