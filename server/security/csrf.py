"""CSRF defences for unsafe methods (OWASP's CSRF cheat sheet): where the request came from,
then a signed double-submit token bound to the session.

1. Fetch Metadata and Origin: a browser says where a request came from. `Sec-Fetch-Site` must be
   `same-origin` or `none` (a person's own action); `same-site` is refused too, as a sibling
   subdomain is not us. An `Origin` header must be our own origin. A request with neither
   (curl, the CLI, scripts) is judged by the token alone.
2. The token: a random nonce and an HMAC over the nonce and the session it belongs to (the
   SHA-256 of the session cookie, or "anonymous" before sign-in), in a cookie our scripts read
   and echo in X-CSRF-Token. A page on another site can neither read it nor set a __Host-
   cookie for us; and a token made for one session (or none) is no good with another, so a
   token planted before sign-in, or kept from a session that ended, stops working. Whenever a
   response sets the session cookie, server/core/http.py sends a token for the new session
   with it.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from urllib.parse import urlsplit

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "TRACE"})
HEADER = b"x-csrf-token"
REFUSAL = "Missing or invalid CSRF token. Reload the page and try again."
CROSS_SITE_REFUSAL = (
    "This request came from another website, so it was refused. Open the app itself and try again."
)
ANONYMOUS = "anonymous"  # the binding of a token made for a browser with no session cookie
# Sec-Fetch-Site values of a request we take: from our own pages, or a person's own action
# (typed, bookmarked). "same-site" is a sibling subdomain, "cross-site" anyone.
FETCH_SITES_ALLOWED = frozenset({"same-origin", "none"})
_DEFAULT_PORTS = {"http": 80, "https": 443}


def session_binding(session_cookie: str | None) -> str:
    """What a token is bound to: the SHA-256 of the session cookie, or ANONYMOUS without one."""
    if not session_cookie:
        return ANONYMOUS
    return hashlib.sha256(session_cookie.encode("latin-1")).hexdigest()


def new_token(secret: str, binding: str) -> str:
    """A fresh token for the session whose session_binding is `binding`."""
    nonce = secrets.token_urlsafe(24)
    return f"{nonce}.{_sign(nonce, binding, secret)}"


def is_genuine(token: str, secret: str, binding: str) -> bool:
    """Whether `token` was made by new_token with this secret for this session binding."""
    nonce, _, signature = token.partition(".")
    return bool(nonce) and hmac.compare_digest(signature, _sign(nonce, binding, secret))


def request_may_proceed(genuine_cookie: str | None, header: str | None) -> bool:
    """Whether an unsafe request echoes its (already verified) cookie token in the header."""
    if not genuine_cookie or not header:
        return False
    return hmac.compare_digest(genuine_cookie, header)


class GenuineTokens:
    """is_genuine with a memory of (token, binding) pairs already verified: one HMAC per browser
    and session, not per request."""

    MAX_REMEMBERED = 10_000

    def __init__(self, secret: str):
        self._secret = secret
        self._known: set[tuple[str, str]] = set()

    def check(self, token: str | None, binding: str) -> str | None:
        """The token if genuine for this session binding, else None."""
        if token is None or (token, binding) in self._known:
            return token
        if not is_genuine(token, self._secret, binding):
            return None
        if len(self._known) >= self.MAX_REMEMBERED:
            self._known.clear()
        self._known.add((token, binding))
        return token


def origin_of(url: str) -> str | None:
    """The origin of a URL as browsers write it in `Origin` (scheme://host[:port], in lower case,
    the scheme's default port left out), or None for anything that is not an http(s) origin."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme, host = parts.scheme.lower(), parts.hostname
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    host = f"[{host}]" if ":" in host else host
    return (
        f"{scheme}://{host}"
        if port in (None, _DEFAULT_PORTS[scheme])
        else f"{scheme}://{host}:{port}"
    )


def comes_from_us(
    fetch_site: str | None, origin: str | None, own_origin: str, request_host: str | None
) -> bool:
    """Whether an unsafe request's Fetch Metadata and Origin allow it (absent headers do).

    Args:
        fetch_site: the Sec-Fetch-Site header.
        origin: the Origin header ("null" from a sandboxed or privacy-sensitive context is refused).
        own_origin: our origin (origin_of the base URL).
        request_host: the Host header, when an Origin naming it is to be taken as ours too (no
            base URL was configured: a LAN or development install reached under any name);
            otherwise None.
    """
    if fetch_site is not None and fetch_site.strip().lower() not in FETCH_SITES_ALLOWED:
        return False
    if origin is None:
        return True
    theirs = origin_of(origin)
    if theirs is not None and theirs == own_origin:
        return True
    return theirs is not None and request_host is not None and _same_host(theirs, request_host)


def _same_host(origin: str, host: str) -> bool:
    """Whether an origin names the host (and port) of the Host header, whatever its scheme: a
    proxy that ends TLS passes the Host on, so the scheme here may differ from the browser's."""
    scheme = origin.partition("://")[0]
    return origin_of(f"{scheme}://{host}") == origin


def _sign(nonce: str, binding: str, secret: str) -> str:
    message = b"csrf:" + binding.encode("latin-1") + b":" + nonce.encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
