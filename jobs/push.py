"""The Web Push sender: one shared aiohttp session, an explicit timeout on every send, a VAPID
header signed once per push service and reused until shortly before it expires, and TTL,
Urgency and Topic on every push. pywebpush sends (its async API); the RFC 8291 aes128gcm
encryption is our own lean one (`encrypt`), which halves pywebpush's encoding time, a third of
a push's CPU.

It is the reminder dispatcher's transport (server.notifications.transport): `send` answers an
`Outcome` and never raises for a push service's or the network's faults.
"""

from __future__ import annotations

import asyncio
import hmac
import os
import time
from urllib.parse import urlsplit

import aiohttp
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from py_vapid import Vapid
from pywebpush import WebPusher

from server.notifications.transport import Outcome
from server.settings import Settings

SEND_TIMEOUT = 10.0  # seconds a push service gets to answer
VAPID_LIFETIME = 12 * 3600  # the JWT's exp (push services refuse more than 24 h)
VAPID_REUSE = 11 * 3600  # sign again an hour before it would expire
CONNECTIONS = (
    512  # concurrent connections in the shared session (B2: 256 capped 10,000 pushes at ~1,750/s)
)
RECORD_SIZE = 4096  # aes128gcm's record size: one record holds a whole push message


class Sender:
    """Send pushes; use as `async with Sender(settings) as sender:`."""

    def __init__(self, settings: Settings, *, timeout: float = SEND_TIMEOUT):
        self._vapid = Vapid.from_pem(settings.vapid_private_key_pem)
        self._subject = settings.vapid_subject
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._headers: dict[
            str, tuple[float, dict]
        ] = {}  # push service origin -> (signed at, headers)
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Sender:
        # Push services set no cookies we want and send no compressed bodies we read: a jar that
        # keeps nothing and no decompressor spare every send their per-request work.
        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=CONNECTIONS),
            cookie_jar=aiohttp.DummyCookieJar(),
            auto_decompress=False,
        )
        return self

    async def __aexit__(self, *exc) -> None:
        await self._session.close()

    def vapid_headers(self, endpoint: str) -> dict:
        """The Authorization header for the endpoint's push service, signed once per origin."""
        parts = urlsplit(endpoint)
        origin = f"{parts.scheme}://{parts.netloc}"
        now = time.time()
        cached = self._headers.get(origin)
        if cached is None or now - cached[0] > VAPID_REUSE:
            # A fresh claims dict every time: py_vapid and pywebpush write into the one they get.
            claims = {"sub": self._subject, "aud": origin, "exp": int(now) + VAPID_LIFETIME}
            cached = (now, dict(self._vapid.sign(claims)))
            self._headers[origin] = cached
        return cached[1]

    async def send(
        self, subscription: dict, payload: bytes, *, ttl: int, urgency: str, topic: str
    ) -> Outcome:
        """Encrypt and send one push; never raises for the push service's or the network's faults."""
        headers = {
            **self.vapid_headers(subscription["endpoint"]),
            "Urgency": urgency,
            "Topic": topic,
        }
        try:
            pusher = _Pusher(subscription, aiohttp_session=self._session)
        except Exception:  # keys that are not a P-256 point and a 16-byte secret: it can never work
            return Outcome(410, error="the subscription's keys are not valid")
        try:
            response = await pusher.send_async(
                payload,
                headers,
                ttl=max(1, ttl),
                timeout=self._timeout,
            )
        except (asyncio.TimeoutError, aiohttp.ClientError, OSError) as exc:
            return Outcome(0, error=f"no answer: {type(exc).__name__}")
        retry_after = None
        if response.status == 429:
            retry_after = _seconds(response.headers.get("Retry-After"))
        return Outcome(
            response.status, retry_after, "" if response.status < 300 else f"HTTP {response.status}"
        )


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None  # an HTTP date: the caller's backoff applies


class _Pusher(WebPusher):
    """pywebpush's WebPusher (its checks of the subscription, its headers and its aiohttp send)
    with `encrypt` as the aes128gcm encoder."""

    def __init__(self, subscription: dict, **kwargs):
        super().__init__(subscription, **kwargs)
        if len(self.auth_key) != 16:
            raise ValueError("auth secret is not 16 bytes")
        self._receiver = ec.EllipticCurvePublicKey.from_encoded_point(
            ec.SECP256R1(), self.receiver_key
        )

    def encode(self, data: bytes, content_encoding: str = "aes128gcm") -> dict:
        if content_encoding != "aes128gcm":
            return super().encode(data, content_encoding)
        return {"body": encrypt(data, self._receiver, self.receiver_key, self.auth_key)}


def encrypt(
    data: bytes, receiver: ec.EllipticCurvePublicKey, receiver_raw: bytes, auth_secret: bytes
) -> bytes:
    """A push message body: RFC 8291 (Message Encryption for Web Push) in RFC 8188's aes128gcm
    coding, one record, with a new ECDH key pair and salt for every message."""
    if len(data) + 17 > RECORD_SIZE:  # the padding delimiter and the 16-byte tag share the record
        raise ValueError("a push message must fit in one 4096-byte record")
    private = ec.generate_private_key(ec.SECP256R1())
    sender_raw = private.public_key().public_bytes(Encoding.X962, PublicFormat.UncompressedPoint)
    shared = private.exchange(ec.ECDH(), receiver)
    # HKDF-SHA256 with one output block each time: extract with the salt, expand with info || 0x01.
    ikm = _hkdf(auth_secret, shared, b"WebPush: info\x00" + receiver_raw + sender_raw, 32)
    salt = os.urandom(16)
    key = _hkdf(salt, ikm, b"Content-Encoding: aes128gcm\x00", 16)
    nonce = _hkdf(salt, ikm, b"Content-Encoding: nonce\x00", 12)
    header = salt + RECORD_SIZE.to_bytes(4, "big") + bytes([len(sender_raw)]) + sender_raw
    return header + AESGCM(key).encrypt(
        nonce, data + b"\x02", None
    )  # 0x02: the last record's delimiter


def _hkdf(salt: bytes, ikm: bytes, info: bytes, length: int) -> bytes:
    prk = hmac.digest(salt, ikm, "sha256")
    return hmac.digest(prk, info + b"\x01", "sha256")[:length]
