"""The loopback push service is a faithful stand-in for a real one.

pywebpush (the sender the product uses) talks to it with the product's VAPID key; the
service must accept what a real service accepts, decrypt it to the exact bytes sent, and
refuse what a real service refuses, for the reason a real service would.
"""

from __future__ import annotations

import asyncio
import json
import os
import time

import aiohttp
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from py_vapid import Vapid, Vapid01
from pywebpush import WebPusher, WebPushException, webpush_async

from server.settings import Settings, _new_vapid_pem, load_settings
from tests.pushservice import (
    PushService,
    b64url_decode,
    b64url_encode,
    content_key_and_nonce,
    decrypt_aes128gcm,
    raw_public_key,
)

PAYLOAD = json.dumps({"title": "You have a reminder", "at": "18:00"}).encode()


@pytest.fixture
def product(tmp_path, vapid_pem) -> Settings:
    """The product's settings with the session's VAPID key (only the VAPID fields matter here)."""
    return load_settings(
        {
            "COMPANION_DATA_DIR": str(tmp_path / "var"),
            "COMPANION_SECRET_KEY": "test-secret-" + "x" * 40,
            "COMPANION_VAPID_PRIVATE_KEY": vapid_pem,
        }
    )


@pytest.fixture
async def service(product):
    async with PushService(vapid_public_key=product.vapid_public_key) as running:
        yield running


async def send(
    product: Settings,
    subscription: dict,
    data: bytes = PAYLOAD,
    *,
    pem: str | None = None,
    vapid: type[Vapid01] = Vapid,
    **options,
):
    """Push as the product does: pywebpush's async API, VAPID signed with the product's key."""
    key = vapid.from_pem((pem or product.vapid_private_key_pem.decode()).encode())
    options.setdefault("ttl", 60)
    options.setdefault("timeout", 5)
    return await webpush_async(
        subscription,
        data,
        vapid_private_key=key,
        vapid_claims={"sub": product.vapid_subject},
        **options,
    )


async def send_signed(subscription: dict, authorization: str, **options):
    """Push with a given Authorization header instead of pywebpush's own VAPID token."""
    return await webpush_async(
        subscription,
        PAYLOAD,
        ttl=60,
        timeout=5,
        headers={"Authorization": authorization},
        **options,
    )


async def refused(pushing) -> WebPushException:
    """The WebPushException that a push (a coroutine) ends with."""
    with pytest.raises(WebPushException) as caught:
        await pushing
    return caught.value


def handmade_token(private_key: ec.EllipticCurvePrivateKey, claims: dict) -> str:
    """An ES256 JWT made without py_vapid, so its claims can be anything."""
    header = b64url_encode(json.dumps({"typ": "JWT", "alg": "ES256"}).encode())
    body = b64url_encode(json.dumps(claims).encode())
    r, s = decode_dss_signature(
        private_key.sign(f"{header}.{body}".encode(), ec.ECDSA(hashes.SHA256()))
    )
    return f"{header}.{body}.{b64url_encode(r.to_bytes(32, 'big') + s.to_bytes(32, 'big'))}"


def private_key(product: Settings) -> ec.EllipticCurvePrivateKey:
    return serialization.load_pem_private_key(product.vapid_private_key_pem, password=None)


def authorization(product: Settings, claims: dict) -> str:
    return f"vapid t={handmade_token(private_key(product), claims)}, k={product.vapid_public_key}"


def good_claims(service: PushService, **changes) -> dict:
    return {
        "aud": service.origin,
        "exp": int(time.time()) + 3600,
        "sub": "mailto:admin@localhost",
        **changes,
    }


async def post_raw(subscription: dict, body: bytes, headers: dict) -> tuple[int, str]:
    """POST without pywebpush, for requests it would never make."""
    async with (
        aiohttp.ClientSession() as session,
        session.post(subscription["endpoint"], data=body, headers=headers) as response,
    ):
        return response.status, await response.text()


# --- accepted pushes ------------------------------------------------------------------------


async def test_subscription_looks_like_a_browsers(service):
    subscription = service.new_subscription()

    assert subscription["endpoint"].startswith(f"{service.origin}/push/")
    assert len(b64url_decode(subscription["keys"]["p256dh"])) == 65
    assert b64url_decode(subscription["keys"]["p256dh"])[0] == 4
    assert len(b64url_decode(subscription["keys"]["auth"])) == 16
    assert "=" not in subscription["keys"]["p256dh"] + subscription["keys"]["auth"]


async def test_push_arrives_decrypted_with_its_headers_and_claims(service, product):
    subscription = service.new_subscription()

    response = await send(
        product, subscription, ttl=3600, headers={"Urgency": "high", "Topic": "session-42-lead-60"}
    )

    assert response.status == 201
    assert response.headers["Location"].startswith(f"{service.origin}/m/")
    [delivery] = service.delivered_to(subscription)
    assert delivery.payload == PAYLOAD
    assert delivery.json == {"title": "You have a reminder", "at": "18:00"}
    assert (delivery.ttl, delivery.urgency, delivery.topic) == (3600, "high", "session-42-lead-60")
    assert delivery.claims["aud"] == service.origin
    assert delivery.claims["sub"] == product.vapid_subject
    assert time.time() < delivery.claims["exp"] <= time.time() + 24 * 3600
    assert delivery.auth_scheme == "vapid"
    assert delivery.headers["content-encoding"] == "aes128gcm"
    assert abs(delivery.received_at - time.time()) < 5
    assert service.rejections == []


async def test_pywebpush_sends_the_rfc8292_vapid_form(service, product):
    subscription = service.new_subscription()

    await send(product, subscription)

    [delivery] = service.delivered_to(subscription)
    assert delivery.headers["authorization"].startswith("vapid t=")
    assert f"k={product.vapid_public_key}" in delivery.headers["authorization"]
    assert "crypto-key" not in delivery.headers


async def test_legacy_webpush_authorization_is_accepted(service, product):
    subscription = service.new_subscription()

    await send(product, subscription, vapid=Vapid01)

    [delivery] = service.delivered_to(subscription)
    assert delivery.auth_scheme == "WebPush"
    assert delivery.headers["authorization"].startswith("WebPush ")
    assert delivery.payload == PAYLOAD


async def test_urgency_defaults_to_normal_and_topic_is_optional(service, product):
    subscription = service.new_subscription()

    await send(product, subscription, ttl=0)

    [delivery] = service.delivered_to(subscription)
    assert (delivery.ttl, delivery.urgency, delivery.topic) == (0, "normal", None)


async def test_binary_payload_decrypts_to_the_exact_bytes(service, product):
    subscription = service.new_subscription()
    data = bytes(range(256)) * 3 + b"\x00\x00\x02\x00"  # trailing zeros and a 0x02 inside

    await send(product, subscription, data)

    [delivery] = service.delivered_to(subscription)
    assert delivery.payload == data
    assert delivery.json is None


async def test_decryption_matches_rfc8291_appendix_a():
    ua_private = ec.derive_private_key(
        int.from_bytes(b64url_decode("q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94"), "big"),
        ec.SECP256R1(),
    )
    body = b64url_decode(
        "DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8w"
        "EqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN"
    )

    plaintext = decrypt_aes128gcm(body, ua_private, b64url_decode("BTBZMqHH6r4Tts7J_aSIgg"))

    assert plaintext == b"When I grow up, I want to be a watermelon"
    with pytest.raises(ValueError, match="tag"):
        decrypt_aes128gcm(
            body[:-1] + bytes([body[-1] ^ 1]), ua_private, b64url_decode("BTBZMqHH6r4Tts7J_aSIgg")
        )


def test_a_record_must_end_with_the_last_record_delimiter():
    receiver, sender = (
        ec.generate_private_key(ec.SECP256R1()),
        ec.generate_private_key(ec.SECP256R1()),
    )
    salt, auth_secret = os.urandom(16), os.urandom(16)
    key, nonce = content_key_and_nonce(receiver, sender.public_key(), auth_secret, salt)
    header = salt + (4096).to_bytes(4, "big") + bytes([65]) + raw_public_key(sender.public_key())

    def body(plaintext: bytes) -> bytes:
        return header + AESGCM(key).encrypt(nonce, plaintext, None)

    assert decrypt_aes128gcm(body(b"hi\x02\x00\x00"), receiver, auth_secret) == b"hi"
    with pytest.raises(ValueError, match="delimiter"):
        decrypt_aes128gcm(body(b"hi\x01"), receiver, auth_secret)


# --- refused pushes: VAPID ------------------------------------------------------------------


async def test_a_different_vapid_key_pair_is_refused_403(service, product):
    subscription = service.new_subscription()

    error = await refused(send(product, subscription, pem=_new_vapid_pem()))

    assert error.status_code == 403
    [rejection] = service.rejections
    assert (rejection.status, rejection.token) == (403, subscription["endpoint"].rsplit("/", 1)[1])
    assert "applicationServerKey" in rejection.reason
    assert service.deliveries == []


async def test_a_token_signed_by_another_key_but_claiming_ours_is_refused_401(service, product):
    subscription = service.new_subscription()
    forged = handmade_token(ec.generate_private_key(ec.SECP256R1()), good_claims(service))

    error = await refused(
        send_signed(subscription, f"vapid t={forged},k={product.vapid_public_key}")
    )

    assert error.status_code == 401
    assert "signature" in service.rejections[0].reason


async def test_missing_authorization_is_refused_401(service, product):
    subscription = service.new_subscription()

    with pytest.raises(WebPushException) as caught:
        await webpush_async(subscription, PAYLOAD, ttl=60, timeout=5)

    assert caught.value.status_code == 401
    assert caught.value.response.headers["WWW-Authenticate"] == "vapid"
    assert "Authorization" in service.rejections[0].reason


@pytest.mark.parametrize(
    ("changes", "reason"),
    [
        ({"aud": "https://fcm.googleapis.com"}, "aud"),
        ({"exp": int(time.time()) - 60}, "expired"),
        ({"exp": int(time.time()) + 25 * 3600}, "24 h"),
        ({"sub": "admin@example.org"}, "sub"),
        ({"sub": None}, "sub"),
    ],
)
async def test_bad_claims_are_refused_401(service, product, changes, reason):
    subscription = service.new_subscription()
    claims = {k: v for k, v in good_claims(service, **changes).items() if v is not None}

    error = await refused(send_signed(subscription, authorization(product, claims)))

    assert error.status_code == 401
    assert reason in service.rejections[0].reason


async def test_a_handmade_token_with_good_claims_is_accepted(service, product):
    subscription = service.new_subscription()

    await send_signed(subscription, authorization(product, good_claims(service)))

    assert service.delivered_to(subscription)[0].payload == PAYLOAD


# --- refused pushes: headers and body -------------------------------------------------------


def encrypted(subscription: dict, data: bytes = PAYLOAD) -> bytes:
    return WebPusher(subscription).encode(data)["body"]


async def test_missing_ttl_is_refused_400(service, product):
    subscription = service.new_subscription()
    headers = {
        "Content-Encoding": "aes128gcm",
        "Authorization": authorization(product, good_claims(service)),
    }

    status, _ = await post_raw(subscription, encrypted(subscription), headers)

    assert status == 400
    assert "TTL" in service.rejections[0].reason
    assert service.deliveries == []


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("Urgency", "urgent"),
        ("Topic", "x" * 33),
        ("Topic", "has spaces"),
        ("TTL", "-1"),
    ],
)
async def test_invalid_delivery_headers_are_refused_400(service, product, header, value):
    subscription = service.new_subscription()

    # ttl=0 keeps pywebpush from overwriting a TTL header given here.
    error = await refused(send(product, subscription, headers={header: value}, ttl=0))

    assert error.status_code == 400
    assert header in service.rejections[0].reason


async def test_a_body_for_another_subscription_cannot_be_decrypted(service, product):
    subscription, other = service.new_subscription(), service.new_subscription()
    signed = authorization(product, good_claims(service))
    headers = {"Content-Encoding": "aes128gcm", "TTL": "60", "Authorization": signed}

    status, _ = await post_raw(subscription, encrypted(other), headers)

    assert status == 400
    assert "cannot decrypt" in service.rejections[0].reason


async def test_the_obsolete_aesgcm_encoding_is_refused(service, product):
    error = await refused(send(product, service.new_subscription(), content_encoding="aesgcm"))

    assert error.status_code == 415


async def test_a_payload_over_4096_bytes_is_refused_413(service, product):
    error = await refused(send(product, service.new_subscription(), data=b"x" * 4000))

    assert error.status_code == 413


async def test_unknown_and_unsubscribed_endpoints_answer_404_and_410(service, product):
    subscription = service.new_subscription()
    unknown = {**subscription, "endpoint": f"{service.origin}/push/nobody"}
    service.unsubscribe(subscription)

    assert (await refused(send(product, unknown))).status_code == 404
    assert (await refused(send(product, subscription))).status_code == 410


# --- programmed answers ---------------------------------------------------------------------


async def test_programmed_answers_come_in_order_then_201(service, product):
    subscription = service.new_subscription()
    service.respond(subscription, 404, 410, ("429", 7), 500)

    errors = [await refused(send(product, subscription)) for _ in range(4)]
    response = await send(product, subscription)

    assert [error.status_code for error in errors] == [404, 410, 429, 500]
    assert errors[2].retry_after == "7"
    assert response.status == 201
    assert [r.status for r in service.rejections] == [404, 410, 429, 500]
    assert len(service.delivered_to(subscription)) == 1


async def test_global_answers_apply_to_any_subscription_after_its_own(service, product):
    first, second = service.new_subscription(), service.new_subscription()
    service.respond(None, 503)
    service.respond(first, 500)

    assert (await refused(send(product, first))).status_code == 500
    assert (await refused(send(product, second))).status_code == 503
    assert (await send(product, first)).status == 201


async def test_invalid_requests_do_not_use_up_programmed_answers(service, product):
    subscription = service.new_subscription()
    service.respond(subscription, 410)

    assert (
        await refused(send(product, subscription, headers={"Urgency": "urgent"}))
    ).status_code == 400
    assert (await refused(send(product, subscription))).status_code == 410


async def test_hang_makes_a_short_timeout_expire_and_stops_promptly(product):
    async with PushService(vapid_public_key=product.vapid_public_key) as service:
        subscription = service.new_subscription()
        service.respond(subscription, "hang")
        started = time.monotonic()
        with pytest.raises(asyncio.TimeoutError):
            await send(product, subscription, timeout=0.5)
        assert 0.4 < time.monotonic() - started < 3
        assert (await send(product, subscription)).status == 201
        assert [(r.status, r.reason[:4]) for r in service.rejections] == [(None, "hang")]
        stopping = time.monotonic()
    assert time.monotonic() - stopping < 3


# --- what the device shows ------------------------------------------------------------------


async def test_a_later_push_with_the_same_topic_replaces_the_earlier(service, product):
    subscription = service.new_subscription()
    for data, topic in [
        (b'{"n": 1}', "session-1"),
        (b'{"n": 2}', None),
        (b'{"n": 3}', "session-1"),
        (b'{"n": 4}', "checkin"),
        (b'{"n": 5}', None),
    ]:
        await send(product, subscription, data, headers={"Topic": topic} if topic else {})

    shown = service.device_view(subscription)

    assert [d.json["n"] for d in shown] == [2, 3, 4, 5]
    assert len(service.delivered_to(subscription)) == 5


async def test_device_view_drops_messages_whose_ttl_ran_out(service, product):
    subscription = service.new_subscription()
    await send(product, subscription, b'{"n": 1}', ttl=60)
    await send(product, subscription, b'{"n": 2}', ttl=3600)

    later = time.time() + 600

    assert [d.json["n"] for d in service.device_view(subscription, online_at=later)] == [2]


# --- concurrency ----------------------------------------------------------------------------


async def test_two_hundred_concurrent_pushes_overlap(product):
    async with PushService(vapid_public_key=product.vapid_public_key, latency=0.05) as service:
        subscriptions = [service.new_subscription() for _ in range(200)]
        key = Vapid.from_pem(product.vapid_private_key_pem)
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
            started = time.monotonic()
            responses = await asyncio.gather(
                *(
                    webpush_async(
                        sub,
                        PAYLOAD,
                        vapid_private_key=key,
                        vapid_claims={"sub": product.vapid_subject},
                        ttl=60,
                        timeout=10,
                        aiohttp_session=session,
                    )
                    for sub in subscriptions
                )
            )
            elapsed = time.monotonic() - started

    assert all(response.status == 201 for response in responses)
    assert len(service.deliveries) == 200
    assert all(service.delivered_to(sub)[0].payload == PAYLOAD for sub in subscriptions)
    assert elapsed < 5  # one after another would take at least 200 × 0.05 s = 10 s
    assert service.peak_in_flight > 20
