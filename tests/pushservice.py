"""A loopback Web Push service, so tests check what a phone would receive.

It behaves like a real push service (RFC 8030) towards our sender: it verifies the VAPID
token (RFC 8292), decrypts the aes128gcm body with the subscription's own private key
(RFC 8188 and RFC 8291, implemented here from the RFCs, independently of pywebpush and
http_ece), enforces the TTL, Urgency and Topic headers, and records every delivery and
every refusal with its reason. Tests can program its answers (404, 410, 429, 5xx, or a
request that never gets an answer) and add latency to every request.

    async with PushService(vapid_public_key=settings.vapid_public_key) as service:
        subscription = service.new_subscription()   # what the browser gives the app
        ...                                          # the product sends a push
        [delivery] = service.delivered_to(subscription)
        assert delivery.json == {...}
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
import secrets
import time
import uuid
from collections import defaultdict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Self

from aiohttp import web
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

URGENCIES = ("very-low", "low", "normal", "high")
MAX_BODY = 4096  # RFC 8030 §7.2: the size every push service must accept, and what we allow
MAX_TOKEN_LIFETIME = 24 * 60 * 60  # RFC 8292 §2: exp no more than 24 hours ahead
_B64URL = re.compile(r"[A-Za-z0-9_-]*")
_TOPIC = re.compile(r"[A-Za-z0-9_-]{1,32}")  # RFC 8030 §5.4
_HEADER_LENGTH = 16 + 4 + 1 + 65  # salt, rs, idlen, keyid (RFC 8188 §2.1, RFC 8291 §4)

Subscription = Mapping[str, Any] | str
"""A subscription as `new_subscription()` returned it, its endpoint, or its token."""

Answer = int | str | tuple
"""A programmed answer: a status (201, 404, 410, 500...), (429, retry_after) or "hang"."""


@dataclass(frozen=True)
class Delivery:
    """One push message the service accepted (201).

    `headers` has lower-case names. `json` is the payload parsed as JSON, or None when the
    payload is empty or not JSON. `received_at` is in the service clock's units (epoch s).
    """

    token: str
    endpoint: str
    message_id: str
    ttl: int
    urgency: str
    topic: str | None
    payload: bytes
    json: Any
    claims: dict
    auth_scheme: str  # "vapid" (RFC 8292) or "WebPush" (the legacy draft form)
    headers: dict
    received_at: float


@dataclass(frozen=True)
class Rejection:
    """One request the service did not accept: status None means it was never answered."""

    token: str
    status: int | None
    reason: str
    headers: dict
    received_at: float


@dataclass(frozen=True)
class _Subscriber:
    private_key: ec.EllipticCurvePrivateKey
    auth_secret: bytes


@dataclass(frozen=True)
class _Answer:
    status: int | None  # None: hang
    retry_after: int | str | None = None


class Refused(Exception):
    """A request the service answers with an error status, and why."""

    def __init__(self, status: int, reason: str):
        super().__init__(f"{status}: {reason}")
        self.status = status
        self.reason = reason


class PushService:
    """An in-process push service on 127.0.0.1 with an ephemeral port.

    Args:
        vapid_public_key: the application server key (base64url uncompressed P-256 point)
            every subscription is made with; a token signed by any other key is refused 403.
        latency: seconds added to every request before it is handled.
        clock: the time source for `exp` checks and arrival times.
    """

    def __init__(
        self,
        *,
        vapid_public_key: str,
        latency: float = 0.0,
        clock: Callable[[], float] = time.time,
    ):
        self.application_server_key = b64url_decode(vapid_public_key)
        self.latency = latency
        self.clock = clock
        self.deliveries: list[Delivery] = []
        self.rejections: list[Rejection] = []
        self.peak_in_flight = 0
        self.origin = ""
        self._in_flight = 0
        self._subscribers: dict[str, _Subscriber] = {}
        self._gone: set[str] = set()
        self._answers: dict[str | None, deque[_Answer]] = defaultdict(deque)
        self._runner: web.AppRunner | None = None
        self._stopping: asyncio.Event | None = None

    # --- lifecycle ------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on 127.0.0.1 at a free port and set `origin`."""
        app = web.Application()
        app.router.add_post("/push/{token}", self._handle)
        self._stopping = asyncio.Event()
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=5)
        await self._runner.setup()
        # A deep accept queue: a benchmark opens up to a thousand connections at once.
        await web.TCPSite(self._runner, "127.0.0.1", 0, backlog=1024).start()
        port = self._runner.addresses[0][1]
        self.origin = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        """Release requests held by "hang" and close the server."""
        if self._runner is None:
            return
        self._stopping.set()
        await self._runner.cleanup()
        self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info) -> None:
        await self.stop()

    # --- what tests call ------------------------------------------------------------------

    def new_subscription(self) -> dict:
        """Subscribe as a browser would, returning PushSubscription.toJSON().

        The service keeps the subscription's private key and auth secret to decrypt.
        """
        token = secrets.token_urlsafe(24)
        private_key = ec.generate_private_key(ec.SECP256R1())
        auth_secret = secrets.token_bytes(16)
        self._subscribers[token] = _Subscriber(private_key, auth_secret)
        return {
            "endpoint": f"{self.origin}/push/{token}",
            "expirationTime": None,
            "keys": {
                "p256dh": b64url_encode(raw_public_key(private_key.public_key())),
                "auth": b64url_encode(auth_secret),
            },
        }

    def unsubscribe(self, subscription: Subscription) -> None:
        """The browser dropped the subscription: every later push to it is answered 410."""
        self._gone.add(self._token_of(subscription))

    def respond(self, subscription: Subscription | None, *answers: Answer) -> None:
        """Queue answers for the next valid pushes to a subscription (None: to any).

        Each answer is used by one request that passed every check, in order (a
        subscription's own queue before the global one); then pushes get 201 again.
        An answer is a status (201, 404, 410, 500...), (429, retry_after) where
        retry_after is whole seconds or an HTTP date, or "hang": hold the request
        open without an answer until the service stops.
        """
        token = None if subscription is None else self._token_of(subscription)
        self._answers[token].extend(_parse_answer(answer) for answer in answers)

    def delivered_to(self, subscription: Subscription) -> list[Delivery]:
        """The deliveries to one subscription, in arrival order."""
        token = self._token_of(subscription)
        return [delivery for delivery in self.deliveries if delivery.token == token]

    def rejected_for(self, subscription: Subscription) -> list[Rejection]:
        """The refused requests to one subscription, in arrival order."""
        token = self._token_of(subscription)
        return [rejection for rejection in self.rejections if rejection.token == token]

    def device_view(
        self, subscription: Subscription, online_at: float | None = None
    ) -> list[Delivery]:
        """What the device finally shows when it comes online (RFC 8030 §5.2, §5.4).

        A later message with the same Topic replaces an earlier one; messages without a
        Topic all stay. With `online_at` (clock units), messages whose TTL ran out before
        then are dropped, as the service would have discarded them.
        """
        latest: dict[tuple, Delivery] = {}
        for delivery in self.delivered_to(subscription):
            key = ("topic", delivery.topic) if delivery.topic else ("message", delivery.message_id)
            latest.pop(key, None)  # the replacement takes the place of its own arrival
            latest[key] = delivery
        shown = list(latest.values())
        if online_at is not None:
            shown = [d for d in shown if d.received_at + d.ttl >= online_at]
        return shown

    # --- the push endpoint ----------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        self._in_flight += 1
        self.peak_in_flight = max(self.peak_in_flight, self._in_flight)
        try:
            if self.latency:
                await asyncio.sleep(self.latency)
            return await self._answer(request)
        finally:
            self._in_flight -= 1

    async def _answer(self, request: web.Request) -> web.StreamResponse:
        token = request.match_info["token"]
        headers = {name.lower(): value for name, value in request.headers.items()}
        received_at = self.clock()
        body = await request.read()
        try:
            delivery = self._accept(token, headers, body, received_at)
        except Refused as refused:
            self._refuse(token, refused.status, refused.reason, headers, received_at)
            extra = {"WWW-Authenticate": "vapid"} if refused.status == 401 else {}
            return web.Response(status=refused.status, text=refused.reason, headers=extra)
        answer = self._next_answer(token)
        if answer.status is None:
            self._refuse(token, None, "hang: held open without an answer", headers, received_at)
            await self._stopping.wait()
            return web.Response(status=503, text="the push service stopped")
        if answer.status != 201:
            self._refuse(token, answer.status, f"programmed {answer.status}", headers, received_at)
            extra = {} if answer.retry_after is None else {"Retry-After": str(answer.retry_after)}
            return web.Response(status=answer.status, headers=extra)
        self.deliveries.append(delivery)
        location = f"{self.origin}/m/{delivery.message_id}"
        return web.Response(status=201, headers={"Location": location, "TTL": str(delivery.ttl)})

    def _accept(self, token: str, headers: dict, body: bytes, received_at: float) -> Delivery:
        """Check a push request as a push service does and decrypt it, or raise Refused."""
        subscriber = self._subscribers.get(token)
        if subscriber is None:
            raise Refused(404, "no such subscription")
        if token in self._gone:
            raise Refused(410, "the subscription has expired or been unsubscribed")
        scheme, claims = self._verify_vapid(headers, received_at)
        ttl, urgency, topic = _delivery_headers(headers)
        payload = _decrypt_body(headers, body, subscriber)
        return Delivery(
            token=token,
            endpoint=f"{self.origin}/push/{token}",
            message_id=uuid.uuid4().hex,
            ttl=ttl,
            urgency=urgency,
            topic=topic,
            payload=payload,
            json=_json_or_none(payload),
            claims=claims,
            auth_scheme=scheme,
            headers=headers,
            received_at=received_at,
        )

    def _verify_vapid(self, headers: dict, now: float) -> tuple[str, dict]:
        """Return (scheme, claims) of a valid VAPID token made with our application server key."""
        scheme, token, key = _vapid_credentials(headers)
        claims = verify_es256_jwt(token, key)
        if key != self.application_server_key:
            raise Refused(
                403, "VAPID key k is not the applicationServerKey the subscription was made with"
            )
        _check_claims(claims, self.origin, now)
        return scheme, claims

    def _next_answer(self, token: str) -> _Answer:
        for queue in (self._answers.get(token), self._answers.get(None)):
            if queue:
                return queue.popleft()
        return _Answer(201)

    def _refuse(
        self, token: str, status: int | None, reason: str, headers: dict, at: float
    ) -> None:
        self.rejections.append(Rejection(token, status, reason, headers, at))

    def _token_of(self, subscription: Subscription) -> str:
        endpoint = subscription["endpoint"] if isinstance(subscription, Mapping) else subscription
        prefix = f"{self.origin}/push/"
        token = endpoint.removeprefix(prefix)
        if token not in self._subscribers:
            raise ValueError(f"{endpoint!r} is not a subscription of this push service")
        return token


# --- VAPID (RFC 8292) ---------------------------------------------------------------------


def _vapid_credentials(headers: dict) -> tuple[str, str, bytes]:
    """Return (scheme, JWT, raw public key) from `vapid t=..., k=...` or the legacy form.

    The legacy form (draft VAPID, py_vapid's Vapid01) is `Authorization: WebPush <JWT>` with
    the key in `Crypto-Key: p256ecdsa=<key>`.
    """
    authorization = headers.get("authorization", "").strip()
    scheme, _, rest = authorization.partition(" ")
    if scheme.lower() == "vapid":
        params = _parameters(rest, ",")
        token, key, scheme = params.get("t"), params.get("k"), "vapid"
    elif scheme.lower() == "webpush":
        params = _parameters(headers.get("crypto-key", ""), ";,")
        token, key, scheme = rest.strip(), params.get("p256ecdsa"), "WebPush"
    elif not authorization:
        raise Refused(401, "no Authorization header: a VAPID token is required")
    else:
        raise Refused(401, f"Authorization scheme {scheme!r} is not vapid")
    if not token or not key:
        raise Refused(401, "VAPID credentials need both a token t and a key k")
    try:
        return scheme, token, b64url_decode(key)
    except ValueError:
        raise Refused(401, "VAPID key k is not base64url") from None


def _parameters(text: str, separators: str) -> dict[str, str]:
    parts = re.split(f"[{re.escape(separators)}]", text)
    pairs = (part.strip().split("=", 1) for part in parts if "=" in part)
    return {name.strip().lower(): value.strip() for name, value in pairs}


def verify_es256_jwt(token: str, public_key: bytes) -> dict:
    """Verify an ES256 JWT against a raw P-256 public key and return its claims.

    Raises:
        Refused: 401 when the token is malformed or its signature does not verify.
    """
    parts = token.split(".")
    if len(parts) != 3:
        raise Refused(401, "VAPID token is not a JWT (header.claims.signature)")
    try:
        header, claims = (json.loads(b64url_decode(part)) for part in parts[:2])
        signature = b64url_decode(parts[2])
        key = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), public_key)
    except ValueError as exc:
        raise Refused(401, f"VAPID token or key is malformed: {exc}") from None
    if not isinstance(header, dict) or header.get("alg") != "ES256" or not isinstance(claims, dict):
        raise Refused(401, "VAPID token must be an ES256 JWT with a claims object")
    if len(signature) != 64:
        raise Refused(401, "ES256 signature must be 64 bytes (r || s)")
    r, s = int.from_bytes(signature[:32], "big"), int.from_bytes(signature[32:], "big")
    try:
        key.verify(
            encode_dss_signature(r, s), f"{parts[0]}.{parts[1]}".encode(), ec.ECDSA(hashes.SHA256())
        )
    except InvalidSignature:
        raise Refused(401, "VAPID token signature does not verify against key k") from None
    return claims


def _check_claims(claims: dict, origin: str, now: float) -> None:
    if claims.get("aud") != origin:
        raise Refused(
            401, f"VAPID aud {claims.get('aud')!r} is not this push service's origin {origin!r}"
        )
    exp = claims.get("exp")
    if not isinstance(exp, int) or isinstance(exp, bool):
        raise Refused(401, "VAPID exp must be a whole number of seconds")
    if exp <= now:
        raise Refused(401, "VAPID token expired (exp is in the past)")
    if exp > now + MAX_TOKEN_LIFETIME:
        raise Refused(401, "VAPID exp is more than 24 h ahead")
    sub = claims.get("sub")
    if not isinstance(sub, str) or not sub.startswith(("mailto:", "https:")):
        raise Refused(401, "VAPID sub must be a mailto: or https: contact")


# --- RFC 8030 headers ---------------------------------------------------------------------


def _delivery_headers(headers: dict) -> tuple[int, str, str | None]:
    """Return (TTL, Urgency, Topic), or raise Refused 400 as a push service would."""
    ttl = headers.get("ttl")
    if ttl is None:
        raise Refused(400, "TTL header is required")
    if not ttl.strip().isdigit():
        raise Refused(400, f"TTL {ttl!r} is not a number of seconds")
    urgency = headers.get("urgency", "normal")
    if urgency not in URGENCIES:
        raise Refused(400, f"Urgency {urgency!r} is not one of {', '.join(URGENCIES)}")
    topic = headers.get("topic")
    if topic is not None and not _TOPIC.fullmatch(topic):
        raise Refused(
            400, f"Topic {topic!r} is not 1-32 characters of the URL-safe base64 alphabet"
        )
    return int(ttl), urgency, topic


# --- message encryption (RFC 8188, RFC 8291) ----------------------------------------------


def _decrypt_body(headers: dict, body: bytes, subscriber: _Subscriber) -> bytes:
    if not body:
        return b""  # a push without payload is allowed (RFC 8030 §5)
    if len(body) > MAX_BODY:
        raise Refused(413, f"body of {len(body)} bytes is over {MAX_BODY}")
    encoding = headers.get("content-encoding", "")
    if encoding != "aes128gcm":
        raise Refused(415, f"Content-Encoding {encoding!r}: RFC 8291 requires exactly aes128gcm")
    try:
        return decrypt_aes128gcm(body, subscriber.private_key, subscriber.auth_secret)
    except ValueError as exc:
        raise Refused(400, f"cannot decrypt: {exc}") from None


def decrypt_aes128gcm(
    body: bytes, private_key: ec.EllipticCurvePrivateKey, auth_secret: bytes
) -> bytes:
    """Decrypt a push message as the user agent does and return the plaintext.

    Args:
        body: salt (16) | rs (4) | idlen (1) | keyid = the sender's public key (65) | record.
        private_key: the subscription's P-256 private key.
        auth_secret: the subscription's 16-byte authentication secret.

    Raises:
        ValueError: the body is malformed, is not for this subscription, or was altered.
    """
    if len(body) < _HEADER_LENGTH + 17:
        raise ValueError("shorter than an aes128gcm header and one record")
    salt, rs, idlen = body[:16], int.from_bytes(body[16:20], "big"), body[20]
    if idlen != 65:
        raise ValueError(f"keyid is {idlen} bytes, not the sender's 65-byte public key")
    keyid, record = body[21:_HEADER_LENGTH], body[_HEADER_LENGTH:]
    if len(record) >= rs:
        raise ValueError(
            f"rs {rs} does not exceed the record ({len(record)} bytes): one record only"
        )
    sender_key = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), keyid)
    key, nonce = content_key_and_nonce(private_key, sender_key, auth_secret, salt)
    try:
        padded = AESGCM(key).decrypt(nonce, record, None)
    except InvalidTag:
        raise ValueError(
            "authentication tag does not verify: other keys, or the body was altered"
        ) from None
    unpadded = padded.rstrip(b"\x00")
    if not unpadded.endswith(b"\x02"):
        raise ValueError("padding delimiter is not 0x02 (the last and only record)")
    return unpadded[:-1]


def content_key_and_nonce(
    private_key: ec.EllipticCurvePrivateKey,
    sender_key: ec.EllipticCurvePublicKey,
    auth_secret: bytes,
    salt: bytes,
) -> tuple[bytes, bytes]:
    """RFC 8291 §3.3-3.4 then RFC 8188 §2.2-2.3: the CEK and the nonce of record 0."""
    ecdh_secret = private_key.exchange(ec.ECDH(), sender_key)
    key_info = (
        b"WebPush: info\x00" + raw_public_key(private_key.public_key()) + raw_public_key(sender_key)
    )
    ikm = _hkdf(salt=auth_secret, ikm=ecdh_secret, info=key_info, length=32)
    key = _hkdf(salt=salt, ikm=ikm, info=b"Content-Encoding: aes128gcm\x00", length=16)
    nonce = _hkdf(salt=salt, ikm=ikm, info=b"Content-Encoding: nonce\x00", length=12)
    return key, nonce  # record 0: the nonce XOR the sequence number 0 is the nonce


def _hkdf(*, salt: bytes, ikm: bytes, info: bytes, length: int) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(ikm)


# --- small helpers ------------------------------------------------------------------------


def _parse_answer(answer: Answer) -> _Answer:
    if answer == "hang":
        return _Answer(None)
    if isinstance(answer, tuple) and len(answer) == 2:
        status, retry_after = answer
        return _Answer(_status(status), retry_after)
    return _Answer(_status(answer))


def _status(value: int | str) -> int:
    status = int(value)
    if not 200 <= status <= 599:
        raise ValueError(f"{value!r} is not an HTTP status a push service answers with")
    return status


def _json_or_none(payload: bytes) -> Any:
    try:
        return json.loads(payload) if payload else None
    except ValueError:
        return None


def raw_public_key(public_key: ec.EllipticCurvePublicKey) -> bytes:
    """The uncompressed P-256 point (65 bytes), as p256dh, keyid and VAPID k carry it."""
    return public_key.public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )


def b64url_encode(data: bytes) -> str:
    """base64url without padding, as browsers and VAPID write it."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_decode(text: str) -> bytes:
    """Decode base64url with or without padding; anything outside the alphabet is a ValueError."""
    stripped = text.rstrip("=")
    if not _B64URL.fullmatch(stripped):
        raise ValueError(f"not base64url: {text[:20]!r}")
    return base64.urlsafe_b64decode(stripped + "=" * (-len(stripped) % 4))
