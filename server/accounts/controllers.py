"""/api/auth (mounted under /api): sign in, sign out, who am I, change password."""

from __future__ import annotations

from litestar import Controller, Request, Response
from litestar.params import JSONBody

from server.accounts import services
from server.accounts.schemas import LanguageIn, PasswordChangeRequest, SignInRequest
from server.accounts.services import SignedInUser
from server.core.http import app_passwords, app_settings, get, post, put, utc_now
from server.core.openapi import refusal
from server.security.client_ip import client_ip
from server.security.guards import requires_signed_in
from server.security.headers import cookie_value, set_cookie
from server.settings import Settings


class AuthController(Controller):
    path = "/auth"
    tags = ["auth"]

    @post(
        "/login",
        status_code=200,
        summary="Sign in; sets the session cookie",
        responses={
            401: refusal("The email or password is incorrect, or the account is not active."),
            429: refusal(
                "Too many failed sign-ins for this email or address; Retry-After says when to try again."
            ),
            503: refusal("Sign-in is busy; try again in a few seconds (Retry-After)."),
        },
    )
    async def login(
        self, request: Request, data: JSONBody[SignInRequest]
    ) -> Response[SignedInUser]:
        settings, passwords = app_settings(request), app_passwords(request)
        result = await services.sign_in(
            data.email,
            data.password,
            ip=client_ip(request.scope, settings.trusted_proxies),
            passwords=passwords,
            settings=settings,
            now=utc_now(),
            replacing=cookie_value(request.scope, settings.session_cookie),
        )
        return Response(
            result.user, headers=_session_cookie(settings, result.token, result.max_age)
        )

    @post("/logout", status_code=204, summary="Sign out; ends the session on the server")
    async def logout(self, request: Request) -> Response[None]:
        settings = app_settings(request)
        if request.auth is not None:
            ip = client_ip(request.scope, settings.trusted_proxies)
            await services.sign_out(request.auth, ip=ip, now=utc_now())
        return Response(None, status_code=204, headers=_session_cookie(settings, "", 0))

    @get("/me", guards=[requires_signed_in], summary="The signed-in person")
    async def me(self, request: Request) -> SignedInUser:
        return request.user

    @put("/me/language", guards=[requires_signed_in], summary="Choose one's own language")
    async def set_language(self, request: Request, data: JSONBody[LanguageIn]) -> SignedInUser:
        return await services.set_language(request.user, data.locale, utc_now())

    @post(
        "/password",
        status_code=204,
        guards=[requires_signed_in],
        summary="Change password; ends every other session",
        responses={
            429: refusal("Too many wrong current passwords; Retry-After says when to try again."),
            503: refusal("Sign-in is busy; try again in a few seconds (Retry-After)."),
        },
    )
    async def change_password(
        self, request: Request, data: JSONBody[PasswordChangeRequest]
    ) -> Response[None]:
        settings, passwords = app_settings(request), app_passwords(request)
        result = await services.change_password(
            request.auth,
            data.current_password,
            data.new_password,
            ip=client_ip(request.scope, settings.trusted_proxies),
            passwords=passwords,
            settings=settings,
            now=utc_now(),
        )
        return Response(
            None, status_code=204, headers=_session_cookie(settings, result.token, result.max_age)
        )


def _session_cookie(settings: Settings, token: str, max_age: int) -> dict[str, str]:
    value = set_cookie(
        settings.session_cookie,
        token,
        secure=settings.cookie_secure,
        http_only=True,
        max_age=max_age,
    )
    return {"Set-Cookie": value}
