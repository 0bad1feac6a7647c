"""The Web Push sender: one shared aiohttp session, an explicit timeout on every send, a VAPID
header signed once per push service and reused until shortly before it expires, and TTL,
Urgency and Topic on every push. pywebpush does the RFC 8291 encryption.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

import aiohttp
from py_vapid import Vapid
from pywebpush import WebPusher

from server.settings import Settings

SEND_TIMEOUT = 10.0  # seconds a push service gets to answer
VAPID_LIFETIME = 12 * 3600  # the JWT's exp (push services refuse more than 24 h)
VAPID_REUSE = 11 * 3600  # sign again an hour before it would expire
CONNECTIONS = 256  # concurrent connections in the shared session


@dataclass(frozen=True)
class Outcome:
    status: int  # the push service's HTTP status; 0 when it did not answer (timeout, network)
    retry_after: float | None = None  # seconds, from a 429's Retry-After
    error: str = ""


class Sender:
    """Send pushes; use as `async with Sender(settings) as sender:`."""

    def __init__(self, settings: Settings, *, timeout: float = SEND_TIMEOUT):
        self._vapid = Vapid.from_pem(settings.vapid_private_key_pem)
        self._subject = settings.vapid_subject
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._headers: dict[str, tuple[float, dict]] = {}  # push service origin -> (signed at, headers)
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> Sender:
        self._session = aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=CONNECTIONS))
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

    async def send(self, subscription: dict, payload: bytes, *, ttl: int, urgency: str, topic: str) -> Outcome:
        """Encrypt and send one push; never raises for the push service's or the network's faults."""
        headers = {**self.vapid_headers(subscription["endpoint"]), "Urgency": urgency, "Topic": topic}
        try:
            response = await WebPusher(subscription, aiohttp_session=self._session).send_async(
                payload, headers, ttl=max(1, ttl), timeout=self._timeout,
            )
        except (asyncio.TimeoutError, aiohttp.ClientError, OSError) as exc:
            return Outcome(0, error=f"no answer: {type(exc).__name__}")
        retry_after = None
        if response.status == 429:
            retry_after = _seconds(response.headers.get("Retry-After"))
        return Outcome(response.status, retry_after, "" if response.status < 300 else f"HTTP {response.status}")


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None  # an HTTP date: the caller's backoff applies
