"""The outermost HTTP layer, around every response including errors and static files: the
Origin and CSRF checks and the CSRF cookie, security headers, `no-store` on private paths, and
the request log.

It is written as raw ASGI inside a Litestar subclass because it runs on every request and
must also cover responses Litestar produces before routing (404, 405).
"""

from __future__ import annotations

import functools
import re
import time
from datetime import datetime, timezone
from typing import Annotated, Any

import msgspec
from litestar import HttpMethod, Litestar, Request, Response
from litestar.exceptions import SerializationException, ValidationException
from litestar.handlers import HTTPRouteHandler
from litestar.params import PathParameter
from litestar.serialization import default_deserializer
from litestar.types import Empty

from server.core import i18n, validation
from server.core.errors import InvalidInput
from server.core.logs import log_request
from server.core.openapi import MsgspecSchemas, declare_responses
from server.security import csrf
from server.security.headers import cookie_value, header_value, set_cookie, with_security_headers
from server.security.passwords import Passwords
from server.settings import Settings

CSRF_COOKIE_MAX_AGE = 30 * 86400
MAX_ID = 2**31 - 1  # PostgreSQL's serial ids; a larger number in a path is refused, not looked up
PathId = Annotated[int, PathParameter(ge=1, le=MAX_ID)]
_EXPIRED = re.compile(rb"max-age\s*=\s*(-\d+|0+)\s*(;|$)", re.IGNORECASE)


def utc_now() -> datetime:
    """The request's "now", which controllers hand to services (they never read the clock)."""
    return datetime.now(timezone.utc)


class RouteHandler(HTTPRouteHandler):
    """Litestar's route handler, except that guards get the handler itself: Litestar copies
    it for every guard call (~18 us a request), and our guards only read it."""

    async def authorize_connection(self, connection) -> None:
        for guard in self.resolve_guards():
            await guard(connection, self)


class JsonRequest(Request):
    """Litestar's request, except that a JSON body is read by our rules, once for every route.

    Refused before decoding when nested deeper than validation.MAX_JSON_DEPTH (msgspec recurses
    once per level and, 100,000 levels down, raised RecursionError: a 500). Refused when any text
    holds a NUL character, naming the field (PostgreSQL cannot store one, SQLite could). Decoded
    strictly into the handler's `data` type: "4" is not a number nor "false" a boolean
    (Litestar's own conversion is lax, strict=False, and so coerced them). Query and path
    parameters are text by nature and stay Litestar's to convert.
    """

    async def json(self) -> Any:
        if self._json is Empty:
            body = await self.body()
            self._json = self._connection_state.json = self._read_json(body or b"null")
        return self._json

    def _read_json(self, body: bytes) -> Any:
        if validation.json_too_deep(body):
            raise InvalidInput(
                "The request body nests more than {limit} levels of arrays and objects.",
                limit=validation.MAX_JSON_DEPTH,
            )
        handler = self.route_handler
        try:
            if b"\\u0000" in body:  # the only way JSON can spell a NUL
                where = validation.nul_path(msgspec.json.decode(body))
                if where is not None:
                    raise self._refusal(where or "data", validation.NUL_IN_TEXT)
            target = _body_type(handler.signature_model)
            dec_hook = functools.partial(
                default_deserializer, type_decoders=handler.resolve_type_decoders()
            )
            try:
                return msgspec.json.decode(body, type=target, strict=True, dec_hook=dec_hook)
            except msgspec.ValidationError as exc:
                if "got `float`" not in str(exc):
                    raise
                # 2.0 is JSON's integer two (the API schema says so): read again with integral
                # numbers as integers, still strict about everything else.
                value = validation.integral_floats_as_ints(msgspec.json.decode(body))
                return msgspec.convert(value, type=target, strict=True, dec_hook=dec_hook)
        except msgspec.ValidationError as exc:
            message, _, where = str(exc).partition(" - at `$")
            raise self._refusal(where.rstrip("`").lstrip(".") or "data", message) from exc
        except msgspec.DecodeError as exc:
            raise SerializationException(str(exc)) from exc

    def _refusal(self, key: str, message: str) -> ValidationException:
        """Litestar's own shape for a bad field, which app.py writes as "key: message"."""
        return ValidationException(
            f"Validation failed for {self.method} {self.url.path}",
            extra=[{"message": message, "key": key, "source": "body"}],
        )


@functools.lru_cache(maxsize=1024)
def _body_type(signature_model: type) -> Any:
    """The type a handler's `data` is converted to (Any when it takes no body)."""
    fields = {field.name: field.type for field in msgspec.structs.fields(signature_model)}
    return fields.get("data", Any)


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
        self._own_origin = csrf.origin_of(settings.base_url)
        # With no COMPANION_BASE_URL (the default is http://HOST:PORT), a LAN or development
        # install is reached under names we cannot know: an Origin naming the Host is ours too.
        self._origin_from_host = settings.base_url == f"http://{settings.host}:{settings.port}"
        self._session_cookie = settings.session_cookie.encode("latin-1") + b"="
        kwargs.setdefault("request_class", JsonRequest)
        super().__init__(*args, plugins=[*kwargs.pop("plugins", ()), MsgspecSchemas()], **kwargs)
        declare_responses(self)

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        started = time.perf_counter()
        settings = self.settings
        path = scope["path"]
        binding = csrf.session_binding(cookie_value(scope, settings.session_cookie))
        token = self._csrf_tokens.check(cookie_value(scope, settings.csrf_cookie), binding)
        extra = [] if token is not None else [self._new_csrf_cookie(binding)]
        status = 500

        async def send_with_headers(message) -> None:
            nonlocal status, extra
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", ()))
                rebound = self._rebinding(headers)
                if rebound is not None and (rebound != binding or token is None):
                    extra = [self._new_csrf_cookie(rebound)]
                message["headers"] = with_security_headers(headers + extra, path, status)
            await send(message)

        try:
            fast = self._fast_gets.get(path) if scope["method"] == "GET" else None
            if fast is not None and await fast(scope, send_with_headers):
                pass
            elif scope["method"] in csrf.SAFE_METHODS:
                await super().__call__(scope, receive, send_with_headers)
            elif not self._comes_from_us(scope):
                await send_problem(
                    send_with_headers,
                    await self._reader_locale(scope),
                    403,
                    csrf.CROSS_SITE_REFUSAL,
                )
            elif csrf.request_may_proceed(token, header_value(scope, csrf.HEADER)):
                await super().__call__(scope, receive, send_with_headers)
            else:
                await send_problem(
                    send_with_headers, await self._reader_locale(scope), 403, csrf.REFUSAL
                )
        finally:
            log_request(scope, status, started)

    def _comes_from_us(self, scope) -> bool:
        """Whether an unsafe request's Sec-Fetch-Site and Origin allow it (see csrf.py)."""
        return csrf.comes_from_us(
            header_value(scope, b"sec-fetch-site"),
            header_value(scope, b"origin"),
            self._own_origin,
            header_value(scope, b"host") if self._origin_from_host else None,
        )

    def _rebinding(self, headers) -> str | None:
        """The session binding a response moves the browser to when it sets the session cookie
        (sign-in, sign-out, a password change, any route that rotates it), else None; so every
        such response carries a CSRF token for the new session without the route knowing."""
        rebound = None
        for name, value in headers:
            if value.startswith(self._session_cookie) and name.lower() == b"set-cookie":
                rebound = _binding_of_set_cookie(value[len(self._session_cookie) :])
        return rebound

    def _new_csrf_cookie(self, binding: str) -> tuple[bytes, bytes]:
        value = set_cookie(
            self.settings.csrf_cookie,
            csrf.new_token(self.settings.secret_key, binding),
            secure=self.settings.cookie_secure,
            http_only=False,  # our scripts read it to echo it in X-CSRF-Token
            max_age=CSRF_COOKIE_MAX_AGE,
        )
        return (b"set-cookie", value.encode("latin-1"))


def _binding_of_set_cookie(rest: bytes) -> str:
    """The session binding after a Set-Cookie of the session cookie (`rest` follows "name="):
    an empty value or a Max-Age of 0 or less removes the cookie (no session)."""
    value, _, attributes = rest.partition(b";")
    expired = _EXPIRED.search(attributes) is not None
    return csrf.session_binding(None if expired else value.decode("latin-1").strip())


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
