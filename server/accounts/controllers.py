"""/api/auth (mounted under /api): sign in (with a second factor), sign out, who am I, change
password, and one's own second factors."""

from __future__ import annotations

import json

import msgspec
from litestar import Controller, Request, Response
from litestar.datastructures import Cookie
from litestar.params import JSONBody

from server.accounts import factors, services
from server.accounts.factors import Enrolled, FactorsOut, Proof, TotpStart
from server.accounts.schemas import (
    LanguageIn,
    PasskeyIn,
    PasswordChangeRequest,
    ProofIn,
    RecoveryCodesOut,
    SignInRequest,
    TotpConfirmIn,
)
from server.accounts.services import SignedInUser, SignIn
from server.core.http import PathId, app_passwords, app_settings, delete, get, post, put, utc_now
from server.core.openapi import refusal
from server.security import device
from server.security.client_ip import client_ip
from server.security.guards import requires_session, requires_signed_in
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
            device=cookie_value(request.scope, settings.device_cookie),
        )
        return _signed_in(settings, result.user, result)

    @post("/logout", status_code=204, summary="Sign out; ends the session on the server")
    async def logout(self, request: Request) -> Response[None]:
        settings = app_settings(request)
        if request.auth is not None:
            ip = client_ip(request.scope, settings.trusted_proxies)
            await services.sign_out(request.auth, ip=ip, now=utc_now())
        return Response(None, status_code=204, headers=_session_cookie(settings, "", 0))

    @get(
        "/me",
        guards=[requires_session],
        summary="The signed-in person (stage says when a second factor is still to come)",
    )
    async def me(self, request: Request) -> SignedInUser:
        if request.user is not None:
            return request.user
        session = request.auth  # waiting for a second factor, or (staff) its enrolment
        stage, methods = await services.sign_in_stage(session.user.id, session.user.role)
        return msgspec.structs.replace(session.user, stage=session.stage, methods=methods)

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


class FactorController(Controller):
    """Finishing a sign-in with a second factor, proving it again (step-up), and managing
    one's own factors. A session waiting for its factor reaches these routes only."""

    path = "/auth"
    tags = ["auth"]
    guards = [requires_session]

    @post(
        "/verify",
        status_code=200,
        summary="A second-factor code (or, without a factor, the password) finishes sign-in or proves it is you",
        responses={
            400: refusal("The code or password is not right."),
            429: refusal("Too many wrong codes; Retry-After says when to try again."),
        },
    )
    async def verify(self, request: Request, data: JSONBody[ProofIn]) -> Response[SignedInUser]:
        settings, ip, now = app_settings(request), _ip(request), utc_now()
        if data.code:
            proof = await factors.verify_code(
                request.auth, data.code, settings=settings, now=now, ip=ip
            )
        else:
            proof = await factors.verify_password(
                request.auth,
                data.password,
                passwords=app_passwords(request),
                settings=settings,
                now=now,
                ip=ip,
            )
        return _proof_response(settings, proof)

    @post(
        "/passkey/options",
        status_code=200,
        summary="A challenge for one's passkey",
        responses={400: refusal("The person has no passkey.")},
    )
    async def passkey_options(self, request: Request) -> dict:
        options = await factors.passkey_assertion_options(
            request.auth, settings=app_settings(request), now=utc_now()
        )
        return _json(options)

    @post(
        "/passkey/verify",
        status_code=200,
        summary="A passkey's answer finishes sign-in or proves it is you",
        responses={
            400: refusal("The passkey's answer does not check out, or its challenge expired."),
            429: refusal("Too many failed tries; Retry-After says when to try again."),
        },
    )
    async def passkey_verify(
        self, request: Request, data: JSONBody[PasskeyIn]
    ) -> Response[SignedInUser]:
        settings = app_settings(request)
        proof = await factors.verify_passkey(
            request.auth, data.credential, settings=settings, now=utc_now(), ip=_ip(request)
        )
        return _proof_response(settings, proof)

    @get("/factors", summary="One's second factors and recovery codes left")
    async def list_factors(self, request: Request) -> FactorsOut:
        return await factors.list_factors(request.auth)

    @post(
        "/factors/totp",
        status_code=201,
        summary="Start adding an authenticator app (confirmed by its first code)",
    )
    async def start_totp(self, request: Request) -> TotpStart:
        return await factors.start_totp(request.auth, settings=app_settings(request), now=utc_now())

    @post(
        "/factors/totp/{factor_id:int}/confirm",
        status_code=200,
        summary="Confirm an authenticator app with its first code",
        responses={
            400: refusal("The code is not right."),
            404: refusal("No such authenticator app waiting to be confirmed."),
            429: refusal("Too many wrong codes; Retry-After says when to try again."),
        },
    )
    async def confirm_totp(
        self, request: Request, factor_id: PathId, data: JSONBody[TotpConfirmIn]
    ) -> Response[Enrolled]:
        settings = app_settings(request)
        enrolled, sign_in = await factors.confirm_totp(
            request.auth,
            factor_id,
            data.code,
            data.label,
            settings=settings,
            now=utc_now(),
            ip=_ip(request),
        )
        return _enrolled_response(settings, enrolled, sign_in)

    @post("/factors/passkey/options", status_code=200, summary="A challenge to make a passkey")
    async def passkey_registration(self, request: Request) -> dict:
        options = await factors.passkey_registration_options(
            request.auth, settings=app_settings(request), now=utc_now()
        )
        return _json(options)

    @post(
        "/factors/passkey",
        status_code=200,
        summary="Keep the passkey the browser made",
        responses={
            400: refusal("The browser's answer does not check out, or its challenge expired.")
        },
    )
    async def add_passkey(self, request: Request, data: JSONBody[PasskeyIn]) -> Response[Enrolled]:
        settings = app_settings(request)
        enrolled, sign_in = await factors.add_passkey(
            request.auth,
            data.credential,
            data.label,
            settings=settings,
            now=utc_now(),
            ip=_ip(request),
        )
        return _enrolled_response(settings, enrolled, sign_in)

    @delete(
        "/factors/{factor_id:int}",
        status_code=204,
        summary="Remove one of one's second factors",
        responses={
            404: refusal("Not one of one's factors."),
            409: refusal("A staff member's last factor stays until another is added."),
        },
    )
    async def remove_factor(self, request: Request, factor_id: PathId) -> None:
        await factors.remove_factor(request.auth, factor_id, now=utc_now(), ip=_ip(request))

    @post(
        "/recovery-codes",
        status_code=200,
        summary="Ten new recovery codes (the old stop working)",
        responses={409: refusal("The person has no second factor.")},
    )
    async def new_recovery_codes(self, request: Request) -> RecoveryCodesOut:
        codes = await factors.new_recovery_codes(
            request.auth, settings=app_settings(request), now=utc_now(), ip=_ip(request)
        )
        return RecoveryCodesOut(recovery_codes=codes)


def _ip(request: Request) -> str:
    return client_ip(request.scope, app_settings(request).trusted_proxies)


def _json(text: str) -> dict:
    """WebAuthn's options as the JSON object py_webauthn wrote."""
    return json.loads(text)


def _proof_response(settings: Settings, proof: Proof) -> Response[SignedInUser]:
    if proof.sign_in is None:
        return Response(proof.user)
    return _signed_in(settings, proof.user, proof.sign_in)


def _enrolled_response(
    settings: Settings, enrolled: Enrolled, sign_in: SignIn | None
) -> Response[Enrolled]:
    if sign_in is None:
        return Response(enrolled)
    return _signed_in(settings, enrolled, sign_in)


def _signed_in(settings: Settings, body, result: SignIn) -> Response:
    """An answer carrying the new session's cookie, and the device cookie when it changed."""
    cookies = []
    if result.device:
        cookies.append(
            Cookie(
                key=settings.device_cookie,
                value=result.device,
                max_age=device.LIFETIME_SECONDS,
                path=device.PATH,
                secure=settings.cookie_secure,
                httponly=True,
                samesite="lax",
            )
        )
    headers = _session_cookie(settings, result.token, result.max_age)
    return Response(body, headers=headers, cookies=cookies)


def _session_cookie(settings: Settings, token: str, max_age: int) -> dict[str, str]:
    value = set_cookie(
        settings.session_cookie,
        token,
        secure=settings.cookie_secure,
        http_only=True,
        max_age=max_age,
    )
    return {"Set-Cookie": value}
