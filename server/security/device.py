"""Device cookies (OWASP's "device cookie" pattern against lockout by strangers).

After a successful sign-in the browser gets a long-lived cookie holding, per account signed in
on it (at most MAX_ENTRIES), a random nonce and an HMAC binding that nonce to the account. A
sign-in that presents a genuine entry for the account it tries is from a known device: its
failures are counted for that device alone, and failures from anywhere else never block it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

MAX_ENTRIES = 5
LIFETIME_SECONDS = 365 * 24 * 3600
# The cookie goes only to the sign-in route, which alone reads it: not with every request.
PATH = "/api/auth/login"
_SEPARATOR = ".."  # cookie-safe, and never inside an entry (nonce.signature)


def _sign(account_id: int, nonce: str, secret: str) -> str:
    message = f"device:{account_id}:{nonce}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()[:32]


def _entries(cookie: str | None) -> list[str]:
    if not cookie or len(cookie) > 100 * MAX_ENTRIES:
        return []
    return [entry for entry in cookie.split(_SEPARATOR) if entry][:MAX_ENTRIES]


def entry_for(cookie: str | None, account_id: int, secret: str) -> str | None:
    """The cookie's genuine entry for this account (the device's identity for it), or None."""
    for entry in _entries(cookie):
        nonce, _, signature = entry.partition(".")
        if nonce and hmac.compare_digest(signature, _sign(account_id, nonce, secret)):
            return entry
    return None


def remember(cookie: str | None, account_id: int, secret: str) -> str:
    """The cookie's new value after this account signed in on the device: its entry first
    (kept when it had one), the oldest entry dropped past MAX_ENTRIES."""
    entry = entry_for(cookie, account_id, secret)
    if entry is None:
        nonce = secrets.token_urlsafe(12)
        entry = f"{nonce}.{_sign(account_id, nonce, secret)}"
    others = [other for other in _entries(cookie) if other != entry]
    return _SEPARATOR.join([entry, *others][:MAX_ENTRIES])


def key_of(entry: str) -> str:
    """The throttle key of a device's entry."""
    return "dev:" + hashlib.sha256(entry.encode()).hexdigest()[:60]
