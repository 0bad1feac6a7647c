"""Push subscriptions and reminder preferences: the allow-list, several devices, who owns one."""

from __future__ import annotations

import pytest

from server.notifications.tables import NotificationPref, PushSubscription

KEYS = {
    "p256dh": "BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM",
    "auth": "tBHItJI5svbpez7KI4CCXg",
}


def subscription(endpoint: str = "https://fcm.googleapis.com/fcm/send/abc123") -> dict:
    return {"endpoint": endpoint, "keys": KEYS, "expirationTime": None}


async def test_the_vapid_key_is_the_servers_public_key(personas, signed_in, settings):
    client = await signed_in(personas.client)
    answer = await client.get("/api/push/vapid-public-key")
    assert answer.status_code == 200 and answer.json() == {"public_key": settings.vapid_public_key}


async def test_a_known_push_service_is_accepted_and_several_devices_are_kept(personas, signed_in):
    client = await signed_in(personas.client)
    for endpoint in [
        "https://fcm.googleapis.com/fcm/send/one",
        "https://web.push.apple.com/QAbc",
        "https://updates.push.services.mozilla.com/wpush/v2/x",
    ]:
        answer = await client.post("/api/push/subscriptions", subscription(endpoint))
        assert answer.status_code == 201, answer.text
        assert "endpoint" not in answer.json() and answer.json()["endpoint_host"] in endpoint
    assert len((await client.get("/api/push/subscriptions")).json()) == 3
    assert (await client.get("/api/me/notification-preferences")).json()["devices"] == 3


@pytest.mark.parametrize(
    "endpoint",
    [
        "http://fcm.googleapis.com/fcm/send/x",  # not https
        "https://fcm.googleapis.com:8443/fcm/send/x",  # not 443
        "https://evil.example.com/push/x",  # not a push service
        "https://fcm.googleapis.com.evil.example/x",  # a look-alike
        "https://user:pw@fcm.googleapis.com/x",
        "http://127.0.0.1:9911/push/x",  # loopback, not configured here
        "not a url at all",
    ],
)
async def test_an_endpoint_outside_the_allow_list_is_refused_clearly(personas, signed_in, endpoint):
    client = await signed_in(personas.client)
    answer = await client.post("/api/push/subscriptions", subscription(endpoint))
    assert answer.status_code == 400 and "endpoint" in answer.json()["detail"]
    assert await PushSubscription.count() == 0


@pytest.mark.parametrize(
    ("keys", "named"),
    [
        (
            {**KEYS, "p256dh": KEYS["p256dh"][:-4] + "AAAA"},
            "keys.p256dh",
        ),  # 65 bytes, not a point on the curve
        ({**KEYS, "p256dh": KEYS["p256dh"][:43]}, "keys.p256dh"),  # 32 bytes
        ({**KEYS, "auth": KEYS["auth"] + "AAAA"}, "keys.auth"),  # 19 bytes
    ],
)
async def test_keys_no_message_could_be_encrypted_to_are_refused(personas, signed_in, keys, named):
    client = await signed_in(personas.client)
    answer = await client.post(
        "/api/push/subscriptions",
        {**subscription("https://fcm.googleapis.com/fcm/send/x"), "keys": keys},
    )
    assert answer.status_code == 400 and named in answer.json()["detail"]
    assert await PushSubscription.count() == 0


async def test_a_device_that_changes_hands_belongs_to_whoever_subscribed_last(personas, signed_in):
    client, second = await signed_in(personas.client), await signed_in(personas.second_client)
    await client.post("/api/push/subscriptions", subscription())
    await second.post("/api/push/subscriptions", subscription())
    rows = await PushSubscription.select(PushSubscription.account)
    assert rows == [{"account": personas.second_client.id}]
    # the first person can no longer remove it (it is not theirs), the second can
    assert (
        await client.delete(
            "/api/push/subscriptions", json={"endpoint": subscription()["endpoint"]}
        )
    ).status_code == 404
    assert (
        await second.delete(
            "/api/push/subscriptions", json={"endpoint": subscription()["endpoint"]}
        )
    ).status_code == 204
    assert await PushSubscription.count() == 0


async def test_preferences_default_to_discreet_and_can_be_changed(personas, signed_in):
    client = await signed_in(personas.client)
    defaults = (await client.get("/api/me/notification-preferences")).json()
    assert defaults == {
        "session_leads": [1440, 60],
        "checkin_time": "20:00",
        "quiet_start": "22:00",
        "quiet_end": "07:00",
        "discreet": True,
        "devices": 0,
    }
    changed = await client.put(
        "/api/me/notification-preferences",
        {
            "session_leads": [60, 15, 60],
            "checkin_time": None,
            "quiet_start": "23:00",
            "quiet_end": "06:30",
            "discreet": False,
        },
    )
    assert changed.status_code == 200
    assert changed.json() == {
        "session_leads": [60, 15],
        "checkin_time": None,
        "quiet_start": "23:00",
        "quiet_end": "06:30",
        "discreet": False,
        "devices": 0,
    }
    bad = await client.put("/api/me/notification-preferences", {"quiet_start": "25:00"})
    assert bad.status_code == 400 and "quiet_start" in bad.json()["detail"]
    assert await NotificationPref.count() == 1


async def test_signed_out_callers_get_401(new_browser):
    browser = new_browser()
    assert (await browser.get("/api/push/vapid-public-key")).status_code == 401
    assert (await browser.post("/api/push/subscriptions", subscription())).status_code == 401
