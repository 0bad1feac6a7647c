"""Second factors: authenticator apps (TOTP, RFC 6238, with pyotp), passkeys (WebAuthn, with
py_webauthn) and ten one-time recovery codes; the stages a session goes through; step-up.

A right password starts a session at a stage (services.sign_in_stage): "full" for an account
without factors (clients, who may turn one on), "second_factor" when it has one, "enrol" for
staff without one (required of them). Only a full session passes the route guards; a pending
one may only finish here, and lasts 10 minutes. Finishing ends the pending session and starts a
new full one (a new token: a session is never promoted in place).

A full session remembers when the person last proved who they are (proved_at): sensitive
actions ask again after settings.STEP_UP_AFTER, with a factor (or the password for an account
without one), and the proof is refreshed in place.

TOTP secrets are sealed with AES-GCM under a key derived from the app's secret key, so a copy
of the database alone does not yield them; a code is accepted once (the last step is kept, and
taken with a conditional UPDATE). WebAuthn challenges live in the session row and are taken
once. Recovery codes are kept as HMACs keyed with the app's secret, like one-time codes.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import msgspec
import pyotp
import segno
import webauthn
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from webauthn.helpers import base64url_to_bytes, bytes_to_base64url
from webauthn.helpers.exceptions import InvalidAuthenticationResponse, InvalidRegistrationResponse
from webauthn.helpers.structs import (
    AuthenticatorSelectionCriteria,
    PublicKeyCredentialDescriptor,
    ResidentKeyRequirement,
    UserVerificationRequirement,
)

from server.accounts import services
from server.accounts.services import CODE_ALPHABET, ActiveSession, SignedInUser, SignIn
from server.accounts.tables import AuthSession, RecoveryCode, SecondFactor
from server.audit import services as audit
from server.core import db
from server.core.errors import AccessDenied, Conflict, InvalidInput, NotSignedIn, StepUpRequired
from server.security.passwords import Passwords
from server.settings import STEP_UP_AFTER, Settings

# What an authenticator app lists the account under: the app's short name, nothing that names
# treatment (a phone's authenticator list is seen by others).
ISSUER = "Companion"
RECOVERY_CODES = 10
CHALLENGE_LIFETIME = timedelta(minutes=5)
TOTP_PERIOD = 30
MAX_LABEL = 60

WRONG_CODE = (
    "That code is not right. Use the newest code from your authenticator app, or a recovery code."
)
PASSKEY_FAILED = "That passkey could not be checked. Try again, or use another way to sign in."


class FactorOut(msgspec.Struct, frozen=True):
    id: int
    kind: str  # totp | passkey
    label: str
    created_at: datetime
    last_used_at: datetime | None


class FactorsOut(msgspec.Struct, frozen=True):
    factors: list[FactorOut]
    recovery_codes_left: int
    required: bool  # staff must keep at least one factor


class TotpStart(msgspec.Struct, frozen=True):
    """An authenticator app to confirm: the secret to type in, or the otpauth URI as a QR code."""

    id: int
    secret: str
    uri: str
    qr_svg: str


class Enrolled(msgspec.Struct, frozen=True):
    factor: FactorOut
    # The ten recovery codes, shown once, when this was the person's first factor; else empty.
    recovery_codes: list[str]
    user: SignedInUser


class Proof(msgspec.Struct, frozen=True):
    """What a second-factor step did: finished a sign-in (sign_in set: a new session whose
    cookie the answer carries) or refreshed a full session's proof (sign_in None)."""

    user: SignedInUser
    sign_in: SignIn | None = None


# --- sealing TOTP secrets -----------------------------------------------------------------


def _seal_key(settings: Settings) -> bytes:
    return hmac.new(settings.secret_key.encode(), b"second-factor-seal", hashlib.sha256).digest()


def _seal(secret: str, settings: Settings) -> str:
    nonce = os.urandom(12)
    sealed = AESGCM(_seal_key(settings)).encrypt(nonce, secret.encode(), b"totp")
    return bytes_to_base64url(nonce + sealed)


def _unseal(sealed: str, settings: Settings) -> str | None:
    try:
        raw = base64url_to_bytes(sealed)
        return AESGCM(_seal_key(settings)).decrypt(raw[:12], raw[12:], b"totp").decode()
    except (InvalidTag, ValueError):
        return None  # sealed under another secret key: this factor cannot be checked


# --- stages -------------------------------------------------------------------------------


def _require_stage(session: ActiveSession | None, *stages: str) -> ActiveSession:
    if session is None or session.stage not in stages:
        raise NotSignedIn("Sign in to continue.")
    return session


def require_recent_proof(session: ActiveSession, now: datetime) -> None:
    """Raise StepUpRequired when a full session's proof is older than STEP_UP_AFTER (a pending
    session was proved by its password moments ago)."""
    if session.stage != "full":
        return
    if session.proved_at is None or now - session.proved_at > STEP_UP_AFTER:
        raise StepUpRequired("Confirm it is you to continue.")


async def _finish(
    session: ActiveSession, kind: str, settings: Settings, now: datetime, ip: str
) -> Proof:
    """A second factor was proved: a pending session becomes a new full one; a full one is
    proved again."""
    user = session.user
    if session.stage == "full":
        await AuthSession.update({AuthSession.proved_at: now}).where(
            AuthSession.token_hash == session.token_hash
        )
        await audit.record(
            audit.STEPPED_UP, actor=user.id, subject=f"account:{user.id}", ip=ip, at=now
        )
        return Proof(user=msgspec.structs.replace(user, stage="full", methods=()))
    async with db.current().transaction():
        await services.end_session(session.token_hash)
        token, max_age = await services.start_session(user.id, user.role, settings, now)
        await audit.record(
            audit.SIGN_IN, actor=user.id, subject=f"account:{user.id}", ip=ip, at=now
        )
    full = msgspec.structs.replace(user, stage="full", methods=())
    return Proof(user=full, sign_in=SignIn(token=token, user=full, max_age=max_age))


async def _refuse_if_guessing(account_id: int, ip: str, now: datetime) -> list[str]:
    keys = [f"factor:{account_id}"]
    await services.refuse_if_throttled(keys, ip=ip, now=now)
    return keys


async def _failed(session: ActiveSession, keys: list[str], kind: str, ip: str, now: datetime):
    await services.count_failure(keys, now)
    user = session.user
    await audit.record(
        audit.FACTOR_FAILED,
        outcome="failed",
        actor=user.id,
        subject=f"account:{user.id}",
        ip=ip,
        at=now,
    )


# --- codes: TOTP and recovery -------------------------------------------------------------


def _digits(code: str) -> str:
    return "".join(code.split())


def _totp_step(secret: str, code: str, last_step: int, now: datetime) -> int | None:
    """The time step this code belongs to (now, or one either side for a slow clock), if it is
    right and newer than the last one used."""
    if len(code) != 6 or not code.isdigit():
        return None
    totp = pyotp.TOTP(secret, interval=TOTP_PERIOD)
    current = int(now.timestamp()) // TOTP_PERIOD
    for step in (current - 1, current, current + 1):
        if step > last_step and hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


async def _take_step(factor_id: int, step: int, now: datetime) -> bool:
    """Record that this step was used; False when another request used it (or a later one)."""
    taken = (
        await SecondFactor.update({SecondFactor.last_step: step, SecondFactor.last_used_at: now})
        .where((SecondFactor.id == factor_id) & (SecondFactor.last_step < step))
        .returning(SecondFactor.id)
    )
    return bool(taken)


async def _code_is_right(
    account_id: int, code: str, settings: Settings, now: datetime
) -> str | None:
    """Which kind proved it ("totp" or "recovery"), or None."""
    code = _digits(code)
    rows = await SecondFactor.select(
        SecondFactor.id, SecondFactor.sealed_secret, SecondFactor.last_step
    ).where(
        (SecondFactor.account == account_id)
        & (SecondFactor.kind == "totp")
        & (SecondFactor.confirmed == True)  # noqa: E712 (Piccolo builds SQL from ==)
    )
    for row in rows:
        secret = _unseal(row["sealed_secret"], settings)
        step = secret and _totp_step(secret, code, row["last_step"], now)
        if step and await _take_step(row["id"], step, now):
            return "totp"
    if await _use_recovery_code(account_id, code, settings, now):
        return "recovery"
    return None


def _normal_recovery(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def _recovery_hash(code: str, settings: Settings) -> str:
    message = b"recovery:" + _normal_recovery(code).encode()
    return hmac.new(settings.secret_key.encode(), message, hashlib.sha256).hexdigest()


async def _use_recovery_code(account_id: int, code: str, settings: Settings, now: datetime) -> bool:
    if len(_normal_recovery(code)) != 10:
        return False
    used = (
        await RecoveryCode.update({RecoveryCode.used_at: now})
        .where(
            (RecoveryCode.account == account_id)
            & (RecoveryCode.code_hash == _recovery_hash(code, settings))
            & RecoveryCode.used_at.is_null()
        )
        .returning(RecoveryCode.id)
    )
    return bool(used)


def _new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(10))
    return f"{raw[:5]}-{raw[5:]}"


async def _make_recovery_codes(account_id: int, settings: Settings, now: datetime) -> list[str]:
    codes = [_new_code() for _ in range(RECOVERY_CODES)]
    async with db.current().transaction():
        await RecoveryCode.delete().where(RecoveryCode.account == account_id)
        await RecoveryCode.insert(
            *[
                RecoveryCode(account=account_id, code_hash=_recovery_hash(code, settings))
                for code in codes
            ]
        )
    return codes


async def verify_code(
    session: ActiveSession | None, code: str, *, settings: Settings, now: datetime, ip: str
) -> Proof:
    """A TOTP or recovery code finishes a sign-in waiting for it, or proves a full session again.

    Raises:
        NotSignedIn: no session waiting for a factor, nor a full one.
        TooManyRequests: too many wrong codes lately.
        InvalidInput: the code is wrong, or was used already.
    """
    session = _require_stage(session, "second_factor", "full")
    keys = await _refuse_if_guessing(session.user.id, ip, now)
    kind = await _code_is_right(session.user.id, code, settings, now)
    if kind is None:
        await _failed(session, keys, "code", ip, now)
        raise InvalidInput(WRONG_CODE)
    if kind == "recovery":
        await audit.record(
            audit.RECOVERY_CODE_USED,
            actor=session.user.id,
            subject=f"account:{session.user.id}",
            ip=ip,
            at=now,
        )
    return await _finish(session, kind, settings, now, ip)


async def verify_password(
    session: ActiveSession | None,
    password: str,
    *,
    passwords: Passwords,
    settings: Settings,
    now: datetime,
    ip: str,
) -> Proof:
    """The password proves a full session again, for an account without a second factor
    (one with a factor must use it).

    Raises:
        InvalidInput: the account has a factor, or the password is wrong.
    """
    session = _require_stage(session, "full")
    stage, _ = await services.sign_in_stage(session.user.id, session.user.role)
    if stage != "full":
        raise InvalidInput("Use your passkey or authenticator app to confirm it is you.")
    keys = await _refuse_if_guessing(session.user.id, ip, now)
    stored = (await services.account_row(session.user.id))["password_hash"]
    if not await passwords.verify(stored or None, password):
        await _failed(session, keys, "password", ip, now)
        raise InvalidInput("Your password is not correct.")
    return await _finish(session, "password", settings, now, ip)


# --- authenticator apps -------------------------------------------------------------------


async def start_totp(
    session: ActiveSession | None, *, settings: Settings, now: datetime
) -> TotpStart:
    """A new authenticator-app factor, unconfirmed until a code from it arrives."""
    session = _require_stage(session, "enrol", "full")
    require_recent_proof(session, now)
    await SecondFactor.delete().where(
        (SecondFactor.account == session.user.id)
        & (SecondFactor.kind == "totp")
        & (SecondFactor.confirmed == False)  # noqa: E712
    )
    secret = pyotp.random_base32()
    user = session.user
    rows = await SecondFactor.insert(
        SecondFactor(
            account=user.id,
            kind="totp",
            sealed_secret=_seal(secret, settings),
            created_at=now,
        )
    ).returning(SecondFactor.id)
    await _started(session, now)
    uri = pyotp.TOTP(secret, interval=TOTP_PERIOD).provisioning_uri(
        name=user.email, issuer_name=ISSUER
    )
    qr = segno.make(uri, error="m").svg_inline(scale=4, border=2, omitsize=True)
    return TotpStart(id=rows[0]["id"], secret=secret, uri=uri, qr_svg=qr)


async def confirm_totp(
    session: ActiveSession | None,
    factor_id: int,
    code: str,
    label: str,
    *,
    settings: Settings,
    now: datetime,
    ip: str,
) -> tuple[Enrolled, SignIn | None]:
    """The first code from a new authenticator app confirms it.

    Raises:
        NotFound: no such unconfirmed factor of this person.
        InvalidInput: the code is wrong.
    """
    session = _require_stage(session, "enrol", "full")
    row = await (
        SecondFactor.select()
        .where(
            (SecondFactor.id == factor_id)
            & (SecondFactor.account == session.user.id)
            & (SecondFactor.kind == "totp")
            & (SecondFactor.confirmed == False)  # noqa: E712
        )
        .first()
    )
    if row is None:
        # Someone else's factor (or none): the same 404 as no such factor, and audited.
        raise AccessDenied(f"factor {factor_id} is not an unconfirmed app of {session.user.id}")
    keys = await _refuse_if_guessing(session.user.id, ip, now)
    secret = _unseal(row["sealed_secret"], settings)
    step = secret and _totp_step(secret, _digits(code), 0, now)
    if not step:
        await _failed(session, keys, "totp-enrol", ip, now)
        raise InvalidInput(WRONG_CODE)
    await SecondFactor.update(
        {
            SecondFactor.confirmed: True,
            SecondFactor.last_step: step,
            SecondFactor.last_used_at: now,
            SecondFactor.label: _label(label, "Authenticator app"),
        }
    ).where(SecondFactor.id == factor_id)
    return await _added(session, factor_id, settings, now, ip)


def _label(label: str, default: str) -> str:
    label = " ".join(label.split())[:MAX_LABEL]
    return label or default


async def _added(
    session: ActiveSession, factor_id: int, settings: Settings, now: datetime, ip: str
) -> tuple[Enrolled, SignIn | None]:
    """A factor was added: recovery codes when the person has none left, and an enrolling
    session becomes a full one."""
    user = session.user
    await audit.record(
        audit.FACTOR_ADDED, actor=user.id, subject=f"account:{user.id}", ip=ip, at=now
    )
    codes: list[str] = []
    if not await RecoveryCode.exists().where(
        (RecoveryCode.account == user.id) & RecoveryCode.used_at.is_null()
    ):
        # With the first factor: its auth.factor_added event stands for them.
        codes = await _make_recovery_codes(user.id, settings, now)
    sign_in = None
    if session.stage == "enrol":
        sign_in = (await _finish(session, "enrol", settings, now, ip)).sign_in
    factor = await _factor(user.id, factor_id)
    full = msgspec.structs.replace(user, stage="full", methods=())
    return Enrolled(factor=factor, recovery_codes=codes, user=full), sign_in


# --- passkeys -------------------------------------------------------------------------------


def _relying_party(settings: Settings) -> tuple[str, str]:
    """The WebAuthn relying party id (the base URL's host) and the expected origin."""
    parts = urlsplit(settings.base_url)
    return parts.hostname or "localhost", f"{parts.scheme}://{parts.netloc}"


def _user_handle(account_id: int, settings: Settings) -> bytes:
    """An opaque, stable id for the account on authenticators (no email, no number in clear)."""
    message = f"webauthn-user:{account_id}".encode()
    return hmac.new(settings.secret_key.encode(), message, hashlib.sha256).digest()[:16]


async def _passkeys_of(account_id: int) -> list[dict]:
    return await SecondFactor.select().where(
        (SecondFactor.account == account_id)
        & (SecondFactor.kind == "passkey")
        & (SecondFactor.confirmed == True)  # noqa: E712
    )


async def _started(session: ActiveSession, now: datetime) -> None:
    user = session.user
    await audit.record(audit.FACTOR_STARTED, actor=user.id, subject=f"account:{user.id}", at=now)


async def _keep_challenge(session: ActiveSession, purpose: str, challenge: bytes, now: datetime):
    value = f"{purpose}:{bytes_to_base64url(challenge)}:{int(now.timestamp())}"
    await AuthSession.update({AuthSession.challenge: value}).where(
        AuthSession.token_hash == session.token_hash
    )


async def _take_challenge(session: ActiveSession, purpose: str, now: datetime) -> bytes | None:
    """The session's pending challenge for this purpose, taken so it serves once."""
    row = await (
        AuthSession.select(AuthSession.challenge)
        .where(AuthSession.token_hash == session.token_hash)
        .first()
    )
    value = row["challenge"] if row else ""
    kept_for, _, rest = value.partition(":")
    challenge, _, at = rest.partition(":")
    if kept_for != purpose or not at.isdigit():
        return None
    taken = (
        await AuthSession.update({AuthSession.challenge: ""})
        .where((AuthSession.token_hash == session.token_hash) & (AuthSession.challenge == value))
        .returning(AuthSession.token_hash)
    )
    if not taken or now.timestamp() - int(at) > CHALLENGE_LIFETIME.total_seconds():
        return None
    return base64url_to_bytes(challenge)


async def passkey_registration_options(
    session: ActiveSession | None, *, settings: Settings, now: datetime
) -> str:
    """The options for navigator.credentials.create(), as WebAuthn's JSON."""
    session = _require_stage(session, "enrol", "full")
    require_recent_proof(session, now)
    rp_id, _ = _relying_party(settings)
    existing = await _passkeys_of(session.user.id)
    options = webauthn.generate_registration_options(
        rp_id=rp_id,
        rp_name=ISSUER,
        user_id=_user_handle(session.user.id, settings),
        user_name=session.user.email,
        user_display_name=session.user.display_name,
        authenticator_selection=AuthenticatorSelectionCriteria(
            resident_key=ResidentKeyRequirement.PREFERRED,
            user_verification=UserVerificationRequirement.PREFERRED,
        ),
        exclude_credentials=[
            PublicKeyCredentialDescriptor(id=base64url_to_bytes(row["credential_id"]))
            for row in existing
        ],
    )
    await _keep_challenge(session, "register", options.challenge, now)
    await _started(session, now)
    return webauthn.options_to_json(options)


async def add_passkey(
    session: ActiveSession | None,
    credential: dict,
    label: str,
    *,
    settings: Settings,
    now: datetime,
    ip: str,
) -> tuple[Enrolled, SignIn | None]:
    """Keep the passkey a browser just made (navigator.credentials.create()'s JSON).

    Raises:
        InvalidInput: no registration was asked for, or the browser's answer does not check out.
    """
    session = _require_stage(session, "enrol", "full")
    challenge = await _take_challenge(session, "register", now)
    if challenge is None:
        raise InvalidInput("This passkey request has expired. Try again.")
    rp_id, origin = _relying_party(settings)
    try:
        verified = webauthn.verify_registration_response(
            credential=json.dumps(credential),
            expected_challenge=challenge,
            expected_rp_id=rp_id,
            expected_origin=origin,
        )
    except (InvalidRegistrationResponse, ValueError, KeyError, TypeError) as exc:
        await _failed(session, [f"factor:{session.user.id}"], "passkey-enrol", ip, now)
        raise InvalidInput(PASSKEY_FAILED) from exc
    rows = await SecondFactor.insert(
        SecondFactor(
            account=session.user.id,
            kind="passkey",
            label=_label(label, "Passkey"),
            credential_id=bytes_to_base64url(verified.credential_id),
            public_key=bytes_to_base64url(verified.credential_public_key),
            sign_count=verified.sign_count,
            confirmed=True,
            created_at=now,
            last_used_at=now,
        )
    ).returning(SecondFactor.id)
    return await _added(session, rows[0]["id"], settings, now, ip)


async def passkey_assertion_options(
    session: ActiveSession | None, *, settings: Settings, now: datetime
) -> str:
    """The options for navigator.credentials.get(), as WebAuthn's JSON.

    Raises:
        InvalidInput: the person has no passkey.
    """
    session = _require_stage(session, "second_factor", "full")
    passkeys = await _passkeys_of(session.user.id)
    if not passkeys:
        raise InvalidInput("You have no passkey. Use your authenticator app or a recovery code.")
    rp_id, _ = _relying_party(settings)
    options = webauthn.generate_authentication_options(
        rp_id=rp_id,
        allow_credentials=[
            PublicKeyCredentialDescriptor(id=base64url_to_bytes(row["credential_id"]))
            for row in passkeys
        ],
        user_verification=UserVerificationRequirement.PREFERRED,
    )
    await _keep_challenge(session, "assert", options.challenge, now)
    await _started(session, now)
    return webauthn.options_to_json(options)


async def verify_passkey(
    session: ActiveSession | None, credential: dict, *, settings: Settings, now: datetime, ip: str
) -> Proof:
    """A passkey's answer (navigator.credentials.get()'s JSON) finishes a sign-in waiting for
    it, or proves a full session again.

    Raises:
        TooManyRequests: too many failed tries lately.
        InvalidInput: no challenge was asked for, or the answer does not check out.
    """
    session = _require_stage(session, "second_factor", "full")
    keys = await _refuse_if_guessing(session.user.id, ip, now)
    challenge = await _take_challenge(session, "assert", now)
    if challenge is None:
        raise InvalidInput("This passkey request has expired. Try again.")
    used = str(credential.get("id", ""))
    row = next(
        (row for row in await _passkeys_of(session.user.id) if row["credential_id"] == used), None
    )
    rp_id, origin = _relying_party(settings)
    try:
        if row is None:
            raise InvalidAuthenticationResponse("not one of this person's passkeys")
        verified = webauthn.verify_authentication_response(
            credential=json.dumps(credential),
            expected_challenge=challenge,
            expected_rp_id=rp_id,
            expected_origin=origin,
            credential_public_key=base64url_to_bytes(row["public_key"]),
            credential_current_sign_count=row["sign_count"],
        )
    except (InvalidAuthenticationResponse, ValueError, KeyError, TypeError) as exc:
        await _failed(session, keys, "passkey", ip, now)
        raise InvalidInput(PASSKEY_FAILED) from exc
    await SecondFactor.update(
        {SecondFactor.sign_count: verified.new_sign_count, SecondFactor.last_used_at: now}
    ).where(SecondFactor.id == row["id"])
    return await _finish(session, "passkey", settings, now, ip)


# --- managing factors -----------------------------------------------------------------------


def _factor_out(row: dict) -> FactorOut:
    return FactorOut(
        id=row["id"],
        kind=row["kind"],
        label=row["label"],
        created_at=row["created_at"],
        last_used_at=row["last_used_at"],
    )


async def _factor(account_id: int, factor_id: int) -> FactorOut:
    row = await (
        SecondFactor.select()
        .where((SecondFactor.id == factor_id) & (SecondFactor.account == account_id))
        .first()
    )
    if row is None:
        raise AccessDenied(f"factor {factor_id} is not one of account {account_id}'s")
    return _factor_out(row)


async def list_factors(session: ActiveSession | None) -> FactorsOut:
    session = _require_stage(session, "enrol", "full")
    user = session.user
    rows = await (
        SecondFactor.select()
        .where(
            (SecondFactor.account == user.id) & (SecondFactor.confirmed == True)  # noqa: E712
        )
        .order_by(SecondFactor.id)
    )
    left = await RecoveryCode.count().where(
        (RecoveryCode.account == user.id) & RecoveryCode.used_at.is_null()
    )
    return FactorsOut(
        factors=[_factor_out(row) for row in rows],
        recovery_codes_left=left,
        required=user.role in services.STAFF_ROLES,
    )


async def remove_factor(
    session: ActiveSession | None, factor_id: int, *, now: datetime, ip: str
) -> None:
    """Remove one of one's factors (staff keep at least one; a client's last takes the recovery
    codes with it).

    Raises:
        StepUpRequired: the last proof is too old.
        NotFound: not one of this person's factors.
        Conflict: it is a staff member's last factor.
    """
    session = _require_stage(session, "full")
    require_recent_proof(session, now)
    user = session.user
    await _factor(user.id, factor_id)
    others = await SecondFactor.count().where(
        (SecondFactor.account == user.id)
        & (SecondFactor.confirmed == True)  # noqa: E712
        & (SecondFactor.id != factor_id)
    )
    if not others and user.role in services.STAFF_ROLES:
        raise Conflict(
            "Staff keep at least one second factor. Add another one before removing this."
        )
    async with db.current().transaction():
        await SecondFactor.delete().where(
            (SecondFactor.id == factor_id) & (SecondFactor.account == user.id)
        )
        if not others:
            await RecoveryCode.delete().where(RecoveryCode.account == user.id)
        await audit.record(
            audit.FACTOR_REMOVED, actor=user.id, subject=f"account:{user.id}", ip=ip, at=now
        )


async def new_recovery_codes(
    session: ActiveSession | None, *, settings: Settings, now: datetime, ip: str
) -> list[str]:
    """Ten new recovery codes; the old ones stop working.

    Raises:
        StepUpRequired: the last proof is too old.
        Conflict: the person has no second factor to recover.
    """
    session = _require_stage(session, "full")
    require_recent_proof(session, now)
    user = session.user
    if not await SecondFactor.exists().where(
        (SecondFactor.account == user.id) & (SecondFactor.confirmed == True)  # noqa: E712
    ):
        raise Conflict("Add a passkey or an authenticator app first.")
    codes = await _make_recovery_codes(user.id, settings, now)
    await audit.record(
        audit.RECOVERY_CODES_MADE, actor=user.id, subject=f"account:{user.id}", ip=ip, at=now
    )
    return codes


async def reset_factors(account_id: int, *, actor: int | None, now: datetime) -> None:
    """An admin's reset: every factor and recovery code of the account goes, and so do its
    sessions; a staff member enrols again at their next sign-in.

    Raises:
        NotFound: no such account.
    """
    await services.account_row(account_id)  # NotFound when there is none
    async with db.current().transaction():
        await SecondFactor.delete().where(SecondFactor.account == account_id)
        await RecoveryCode.delete().where(RecoveryCode.account == account_id)
        await AuthSession.delete().where(AuthSession.account == account_id)
        await audit.record(
            audit.FACTORS_RESET, actor=actor, subject=f"account:{account_id}", at=now
        )
