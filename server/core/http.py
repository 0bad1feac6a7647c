"""The outermost HTTP layer, around every response including errors and static files:
CSRF check and cookie, security headers, `no-store` on private paths, and the request log.

It is written as raw ASGI inside a Litestar subclass because it runs on every request and
must also cover responses Litestar produces before routing (404, 405).
"""

from __future__ import annotations

import time
from datetime import datetime, timezone
from typing import Annotated

import msgspec
from litestar import HttpMethod, Litestar, Request, Response
from litestar.handlers import HTTPRouteHandler
from litestar.params import PathParameter

from server.core import i18n
from server.core.logs import log_request
from server.core.openapi import MsgspecSchemas, declare_responses
from server.security import csrf
from server.security.headers import cookie_value, header_value, set_cookie, with_security_headers
from server.security.passwords import Passwords
from server.settings import Settings

CSRF_COOKIE_MAX_AGE = 30 * 86400
MAX_ID = 2**31 - 1  # PostgreSQL's serial ids; a larger number in a path is refused, not looked up
PathId = Annotated[int, PathParameter(ge=1, le=MAX_ID)]


def utc_now() -> datetime:
    """The request's "now", which controllers hand to services (they never read the clock)."""
    return datetime.now(timezone.utc)


class RouteHandler(HTTPRouteHandler):
    """Litestar's route handler, except that guards get the handler itself: Litestar copies
    it for every guard call (~18 us a request), and our guards only read it."""

    async def authorize_connection(self, connection) -> None:
        for guard in self.resolve_guards():
            await guard(connection, self)


def _route(method: HttpMethod):
    def decorator(path: str | None = None, **kwargs) -> RouteHandler:
        return RouteHandler(path, http_method=method, **kwargs)

    decorator.__doc__ = f"A {method.value} route (use instead of litestar.{method.value.lower()})."
    return decorator


get = _route(HttpMethod.GET)
post = _route(HttpMethod.POST)
put = _route(HttpMethod.PUT)
patch = _route(HttpMethod.PATCH)
delete = _route(HttpMethod.DELETE)


class CompanionApp(Litestar):
    """Litestar plus the process-wide settings and password hasher handlers need."""

    def __init__(
        self,
        *args,
        settings: Settings,
        passwords: Passwords,
        fast_gets: dict | None = None,
        reader_locale=None,
        **kwargs,
    ):
        self.settings = settings
        self.passwords = passwords
        # async (scope) -> locale: the language to refuse a request in here, before the session
        # middleware ran (the signed-in person's, else i18n.request_locale's).
        self._reader_locale = reader_locale or _request_locale
        # path -> async (scope, send) -> bool: answers a GET ahead of Litestar's routing when it
        # can (True), else the request goes on through the app as usual.
        self._fast_gets = fast_gets or {}
        self._csrf_tokens = csrf.GenuineTokens(settings.secret_key)
        super().__init__(*args, plugins=[*kwargs.pop("plugins", ()), MsgspecSchemas()], **kwargs)
        declare_responses(self)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        started = time.perf_counter()
        settings = self.settings
        path = scope["path"]
        token = self._csrf_tokens.check(cookie_value(scope, settings.csrf_cookie))
        extra = [] if token is not None else [self._new_csrf_cookie()]
        status = 500

        async def send_with_headers(message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = with_security_headers(
                    [*message.get("headers", ()), *extra], path, status
                )
            await send(message)

        try:
            fast = self._fast_gets.get(path) if scope["method"] == "GET" else None
            if fast is not None and await fast(scope, send_with_headers):
                pass
            elif scope["method"] in csrf.SAFE_METHODS or csrf.request_may_proceed(
                token, header_value(scope, csrf.HEADER)
            ):
                await super().__call__(scope, receive, send_with_headers)
            else:
                await send_problem(
                    send_with_headers, await self._reader_locale(scope), 403, csrf.REFUSAL
                )
        finally:
            log_request(scope, status, started)

    def _new_csrf_cookie(self) -> tuple[bytes, bytes]:
        value = set_cookie(
            self.settings.csrf_cookie,
            csrf.new_token(self.settings.secret_key),
            secure=self.settings.cookie_secure,
            http_only=False,  # our scripts read it to echo it in X-CSRF-Token
            max_age=CSRF_COOKIE_MAX_AGE,
        )
        return (b"set-cookie", value.encode("latin-1"))


async def _request_locale(scope) -> str:
    return i18n.request_locale(scope)


def created_or_replayed(stored, created: bool) -> Response:
    """A retry-safe submission's answer: 201 when this call stored it, 200 when it was a replay."""
    return Response(stored, status_code=201 if created else 200)


def app_settings(request: Request) -> Settings:
    return request.app.settings


def app_passwords(request: Request) -> Passwords:
    return request.app.passwords


async def send_problem(send, locale: str, status: int, message: str, **values: object) -> None:
    """Answer with Litestar's error shape without going through the app, the message (an English
    template with its values, as for a ProblemError) in the locale's language."""
    detail = i18n.text(locale, message, **values)
    body = msgspec.json.encode({"status_code": status, "detail": detail})
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
