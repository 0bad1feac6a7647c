"""Double-submit CSRF tokens: a signed random value in a cookie, echoed in X-CSRF-Token.

The cookie is readable by our scripts; a page on another site can neither read it nor set
a __Host- cookie for us, so it cannot produce a matching header.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
HEADER = b"x-csrf-token"
REFUSAL = "Missing or invalid CSRF token. Reload the page and try again."


def new_token(secret: str) -> str:
    nonce = secrets.token_urlsafe(24)
    return f"{nonce}.{_sign(nonce, secret)}"


def is_genuine(token: str, secret: str) -> bool:
    """Whether `token` was made by new_token with this secret."""
    nonce, _, signature = token.partition(".")
    return bool(nonce) and hmac.compare_digest(signature, _sign(nonce, secret))


def request_may_proceed(genuine_cookie: str | None, header: str | None) -> bool:
    """Whether an unsafe request echoes its (already verified) cookie token in the header."""
    if not genuine_cookie or not header:
        return False
    return hmac.compare_digest(genuine_cookie, header)


class GenuineTokens:
    """is_genuine with a memory of tokens already verified: one HMAC per browser, not per request."""

    MAX_REMEMBERED = 10_000

    def __init__(self, secret: str):
        self._secret = secret
        self._known: set[str] = set()

    def check(self, token: str | None) -> str | None:
        """The token if genuine, else None."""
        if token is None or token in self._known:
            return token
        if not is_genuine(token, self._secret):
            return None
        if len(self._known) >= self.MAX_REMEMBERED:
            self._known.clear()
        self._known.add(token)
        return token


def _sign(nonce: str, secret: str) -> str:
    return hmac.new(secret.encode(), b"csrf:" + nonce.encode(), hashlib.sha256).hexdigest()
