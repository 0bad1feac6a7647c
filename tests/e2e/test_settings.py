"""Reminder settings in the browser: the device section explains itself, and preferences
(lead times, check-in time, quiet hours, discreet mode) are saved and shown again."""

from __future__ import annotations

import base64

import pytest
from playwright.async_api import expect

from tests.e2e.flows import open_sign_in, sign_in
from tests.e2e.harness import watched_page

pytestmark = pytest.mark.e2e


async def test_a_client_sets_how_reminders_read(page, server):
    await open_sign_in(page)
    await sign_in(page, "client6@demo.example", server.demo_password)
    await expect(page.get_by_role("heading", level=1, name="Hello, Nina Petrov")).to_be_focused()
    await page.get_by_role("link", name="More").click()
    await page.get_by_role("link", name="Settings").click()
    await expect(page.get_by_role("heading", level=1, name="Settings")).to_be_focused()
    device = page.locator("section.push-device")
    await expect(device.get_by_role("heading", name="Reminders on this device")).to_be_visible()
    await expect(device.locator(".push-status")).to_have_text(
        "Notifications are off for this device."
    )
    await expect(device.get_by_role("button", name="Turn on notifications")).to_be_visible()
    # Not an iPhone: no Home Screen note, and no stray "null" where it would have been.
    assert "null" not in await device.inner_text()
    await expect(device.get_by_text("add Companion to your Home Screen")).to_have_count(0)

    discreet = page.get_by_role("checkbox", name="Discreet: the lock screen shows only")
    await expect(discreet).to_be_checked()  # on by default
    await page.get_by_role("checkbox", name="15 minutes before").check()
    await page.get_by_role("checkbox", name="A day before").uncheck()
    await page.get_by_label("Daily check-in reminder (leave empty for none)").fill("19:30")
    await page.get_by_label("From").fill("23:00")
    await page.get_by_label("Until").fill("06:30")
    await page.get_by_role("button", name="Save reminder settings").click()
    await expect(
        page.get_by_role("status").filter(has_text="Reminder settings saved.")
    ).to_have_count(1)

    await page.reload()
    await expect(page.get_by_role("heading", level=1, name="Settings")).to_be_visible()
    await expect(page.get_by_role("checkbox", name="15 minutes before")).to_be_checked()
    await expect(page.get_by_role("checkbox", name="A day before")).not_to_be_checked()
    await expect(page.get_by_role("checkbox", name="An hour before")).to_be_checked()
    await expect(page.get_by_label("Daily check-in reminder (leave empty for none)")).to_have_value(
        "19:30"
    )
    await expect(page.get_by_label("From")).to_have_value("23:00")
    await expect(discreet).to_be_checked()
    assert await page.evaluate("window.__cspViolations") == []


# The browser's push service is the edge of the world here: headless Chromium cannot register
# with one, so PushManager is replaced by a stand-in that keeps its subscription (endpoint, the
# key it was made with) in localStorage across reloads. Everything else is the real app and server.
FAKE_PUSH = """(() => {
  const load = () => JSON.parse(localStorage.getItem("__fakePush") || "null");
  const save = (value) => localStorage.setItem("__fakePush", JSON.stringify(value));
  const counts = () => JSON.parse(localStorage.getItem("__fakePushCounts") || '{"subscribe":0,"unsubscribe":0}');
  const count = (what) => { const c = counts(); c[what] += 1; localStorage.setItem("__fakePushCounts", JSON.stringify(c)); };
  const wrap = (stored) => stored && {
    endpoint: stored.endpoint,
    options: { userVisibleOnly: true, applicationServerKey: new Uint8Array(stored.key).buffer },
    toJSON: () => ({ endpoint: stored.endpoint, expirationTime: null, keys: KEYS }),
    unsubscribe: async () => { count("unsubscribe"); save(null); return true; },
  };
  PushManager.prototype.getSubscription = async () => wrap(load());
  PushManager.prototype.subscribe = async (options) => {
    count("subscribe");
    const key = Array.from(new Uint8Array(options.applicationServerKey));
    save({ endpoint: "https://fcm.googleapis.com/fcm/send/e2e-" + Math.random().toString(36).slice(2), key });
    return wrap(load());
  };
  Object.defineProperty(Notification, "permission", { get: () => "granted" });
  Notification.requestPermission = async () => "granted";
})();"""


def fake_push_script() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    point = (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint)
    )
    b64 = lambda raw: base64.urlsafe_b64encode(raw).decode().rstrip("=")  # noqa: E731
    return FAKE_PUSH.replace(
        "KEYS", f'{{"p256dh": "{b64(point)}", "auth": "{b64(b"0123456789abcdef")}"}}'
    )


async def devices(page) -> int:
    return await page.evaluate(
        "fetch('/api/push/subscriptions').then((r) => r.json()).then((l) => l.length)"
    )


async def fake_push(page) -> dict:
    return await page.evaluate("""() => ({
        stored: JSON.parse(localStorage.getItem("__fakePush") || "null"),
        counts: JSON.parse(localStorage.getItem("__fakePushCounts") || "null")})""")


async def test_signing_out_ends_reminders_on_this_device_and_a_rotated_key_resubscribes(
    context, server
):
    await context.add_init_script(fake_push_script())
    page = await watched_page(context)
    await open_sign_in(page)
    await sign_in(page, "client6@demo.example", server.demo_password)
    await page.get_by_role("link", name="More").click()
    await page.get_by_role("link", name="Settings").click()
    await page.get_by_role("button", name="Turn on notifications").click()
    device = page.locator("section.push-device")
    await expect(device.locator(".push-status")).to_have_text(
        "Notifications are on for this device."
    )
    assert await devices(page) == 1
    server_key = (await page.evaluate("fetch('/api/push/vapid-public-key').then((r) => r.json())"))[
        "public_key"
    ]

    # The server's VAPID key was rotated since this device subscribed: the app notices at its
    # next start and subscribes again with the new key; the server gets the new endpoint.
    before = (await fake_push(page))["stored"]
    await page.evaluate("""() => {
        const stored = JSON.parse(localStorage.getItem("__fakePush"));
        stored.key = stored.key.map((byte) => byte ^ 1);
        localStorage.setItem("__fakePush", JSON.stringify(stored));
        localStorage.removeItem("companion-push-checked");
    }""")
    await page.reload()
    await expect(page.get_by_role("heading", level=1, name="Settings")).to_be_visible()
    # the app remembers the check only once the server has the new subscription
    await page.wait_for_function(
        """() => localStorage.getItem("companion-push-checked") !== null"""
    )
    assert (await fake_push(page))["counts"]["subscribe"] == 2
    after = (await fake_push(page))["stored"]
    assert after["endpoint"] != before["endpoint"] and after["key"] == before["key"]
    assert bytes(after["key"]) == base64.urlsafe_b64decode(
        server_key + "=" * (-len(server_key) % 4)
    )
    assert await devices(page) == 1  # the old endpoint was replaced, not kept beside the new one

    await page.get_by_role("link", name="More").click()
    await page.get_by_role("button", name="Sign out").click()
    await expect(page.get_by_role("heading", level=1, name="Sign in")).to_be_visible()
    state = await fake_push(page)
    assert state["stored"] is None and state["counts"]["unsubscribe"] == 2
    await sign_in(page, "client6@demo.example", server.demo_password)
    await expect(page.get_by_role("heading", level=1, name="Hello, Nina Petrov")).to_be_focused()
    assert await devices(page) == 0  # the server forgot this device at sign-out
    assert await page.evaluate("window.__cspViolations") == []
