"""Security headers added to every response (as many as act on it), and cookie helpers for raw ASGI scopes."""

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

# Documents (the app's pages) and the service worker, which a CSP also governs: everything.
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"strict-transport-security", b"max-age=63072000; includeSubDomains"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
)
# API answers are never rendered as pages (nosniff, JSON), but opened in a tab they get a policy
# that allows nothing and no framing.
API_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
    (b"strict-transport-security", b"max-age=63072000; includeSubDomains"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
)
# Scripts, styles, icons and the manifest: a CSP, framing and opener policies act only on
# documents and workers, so on these they would be bytes every phone downloads for nothing
# (bench/b7_page_weight.py: headers were 43 % of a first visit).
ASSET_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),  # a stylesheet's own fetches follow it
)
WORKER = "/sw.js"
NO_STORE = (b"cache-control", b"no-store")
_COOKIE_SAFE = re.compile(r"[A-Za-z0-9_.-]*")
# Responses under these prefixes carry personal data and must never be cached.
PRIVATE_PREFIXES = ("/api/", "/calendar/", "/healthz")


def with_security_headers(
    headers: list[tuple[bytes, bytes]], path: str, status: int = 200
) -> list[tuple[bytes, bytes]]:
    """The response headers plus ours: all of them on documents and the service worker, a
    locked-down set on private paths (with `Cache-Control: no-store`), the few that act on
    scripts and styles on other files. A 304 gets none: the stored response keeps the headers
    it came with (RFC 9111 4.3.4)."""
    if path.startswith(PRIVATE_PREFIXES):
        headers = [h for h in headers if h[0].lower() != b"cache-control"]
        headers.append(NO_STORE)
        headers.extend(API_HEADERS if not _is_document(headers) else SECURITY_HEADERS)
        return headers
    if status == 304:
        return headers
    headers.extend(SECURITY_HEADERS if path == WORKER or _is_document(headers) else ASSET_HEADERS)
    return headers


def _is_document(headers: list[tuple[bytes, bytes]]) -> bool:
    kind = next((value for name, value in headers if name.lower() == b"content-type"), b"")
    return kind.startswith(b"text/html")


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
