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


def request_may_proceed(cookie: str | None, header: str | None, secret: str) -> bool:
    """Whether an unsafe request carries a genuine cookie token and the same value in the header."""
    if not cookie or not header:
        return False
    return hmac.compare_digest(cookie, header) and is_genuine(cookie, secret)


def _sign(nonce: str, secret: str) -> str:
    return hmac.new(secret.encode(), b"csrf:" + nonce.encode(), hashlib.sha256).hexdigest()
