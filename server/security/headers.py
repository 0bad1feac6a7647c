"""Security headers added to every response, and cookie helpers for raw ASGI scopes."""

from __future__ import annotations

import re

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)

SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"strict-transport-security", b"max-age=63072000; includeSubDomains"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
)
NO_STORE = (b"cache-control", b"no-store")
_COOKIE_SAFE = re.compile(r"[A-Za-z0-9_.-]*")
# Responses under these prefixes carry personal data and must never be cached.
PRIVATE_PREFIXES = ("/api/", "/calendar/", "/healthz")


def with_security_headers(headers: list[tuple[bytes, bytes]], path: str) -> list[tuple[bytes, bytes]]:
    """The response headers plus ours; private paths get `Cache-Control: no-store` only."""
    if path.startswith(PRIVATE_PREFIXES):
        headers = [h for h in headers if h[0].lower() != b"cache-control"]
        headers.append(NO_STORE)
    headers.extend(SECURITY_HEADERS)
    return headers


def header_value(scope: dict, name: bytes) -> str | None:
    """The first value of a request header (name in lower case), decoded as latin-1."""
    for key, value in scope["headers"]:
        if key == name:
            return value.decode("latin-1")
    return None


def cookie_value(scope: dict, name: str) -> str | None:
    """The value of one cookie from the request's Cookie headers (searched, not fully parsed:
    this runs twice on every request)."""
    key = name.encode("latin-1") + b"="
    for header, value in scope["headers"]:
        if header != b"cookie":
            continue
        at = value.find(key)
        while at >= 0:
            if at == 0 or value[at - 1] in b" ;":
                end = value.find(b";", at)
                return value[at + len(key) : None if end < 0 else end].decode("latin-1").strip()
            at = value.find(key, at + 1)
    return None


def set_cookie(name: str, value: str, *, secure: bool, http_only: bool, max_age: int) -> str:
    """A Set-Cookie value for a host-only cookie on Path=/ with SameSite=Lax (what the __Host-
    prefix requires). Our values are URL-safe tokens, so no quoting is needed; Litestar's
    Cookie goes through http.cookies, ~70 us a cookie."""
    if not _COOKIE_SAFE.fullmatch(value):
        raise ValueError("cookie values must be URL-safe tokens")
    attributes = f"{name}={value}; Path=/; SameSite=Lax; Max-Age={max_age}"
    return attributes + ("; Secure" if secure else "") + ("; HttpOnly" if http_only else "")
