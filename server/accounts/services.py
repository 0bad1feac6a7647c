"""Accounts, sign-in and sessions, invitations and one-time codes: the rules, with no HTTP in
sight.

Sessions are rows keyed by the SHA-256 of a random token that only the browser holds. Every
sign-in makes a new token, so a token planted before sign-in is never adopted.

A person is invited (or their password reset) with a one-time code such as K7Q2-9XMD-3FHP: its
first four characters are the row's public `lookup`, the other eight its secret, of which only
an HMAC-SHA256 keyed with the app's secret key is stored. A code lasts 72 hours, works once,
and stops after 10 wrong tries; until it is used the account has no password (an empty
password_hash), so nothing but the code lets anyone in.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
import unicodedata
from datetime import datetime, timedelta, timezone

import msgspec
from piccolo.columns.combination import WhereRaw
from piccolo.query.functions.aggregate import Count

from server.accounts import queries
from server.accounts.tables import (
    Account,
    AuthSession,
    CareTeamMember,
    ClientProfile,
    LoginThrottle,
    OneTimeCode,
    Role,
)
from server.audit import services as audit
from server.core import db, validation
from server.core.errors import (
    Conflict,
    InvalidInput,
    NotFound,
    NotSignedIn,
    ProblemError,
    TooManyRequests,
)
from server.security import device as device_cookie
from server.security import throttle
from server.security.password_policy import password_refusal
from server.security.passwords import Passwords
from server.settings import Settings

# last_seen is written at most this often per session, not on every request.
TOUCH_INTERVAL = timedelta(seconds=60)
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{43}$")
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$")
BAD_CREDENTIALS = "Email or password is incorrect."
# Who must have a second factor (a client may turn one on).
STAFF_ROLES = frozenset({Role.counselor.value, Role.admin.value})


class SignedInUser(msgspec.Struct, frozen=True):
    id: int
    email: str
    display_name: str
    role: str
    timezone: str
    locale: str
    # "full" when signed in; "second_factor" when a factor is still to come (then `methods`
    # lists what may be used: passkey, totp, recovery); "enrol" for staff with no factor yet.
    stage: str = "full"
    methods: tuple[str, ...] = ()


class ActiveSession(msgspec.Struct, frozen=True):
    token_hash: str
    user: SignedInUser
    last_seen: datetime
    expires: datetime
    stage: str = "full"
    proved_at: datetime | None = None


class SignIn(msgspec.Struct, frozen=True):
    """A new session: the token goes to the browser's cookie and nowhere else."""

    token: str
    user: SignedInUser
    max_age: int
    device: str = ""  # the device cookie's new value (server/security/device.py), when it changes


class InvalidCredentials(NotSignedIn):
    def __init__(self) -> None:
        super().__init__(BAD_CREDENTIALS)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normalise_email(email: str) -> str:
    return email.strip().lower()


# --- sessions ---------------------------------------------------------------------------


async def load_session(token: str, settings: Settings, now: datetime) -> ActiveSession | None:
    """The live session for a cookie token, or None; ends it when it has timed out."""
    found = await load_session_row(token, settings, now)
    return found[0] if found is not None else None


async def load_session_row(
    token: str, settings: Settings, now: datetime, lookup: db.KeyedQuery = queries.SESSION_LOOKUP
) -> tuple[ActiveSession, dict] | None:
    """load_session with a lookup that may select more columns (queries.session_lookup(...)),
    and the row it read."""
    if not _TOKEN.match(token):
        return None
    token_hash = hash_token(token)
    row = await db.fetch_keyed(lookup, token_hash)
    if row is None:
        return None
    role = row["account.role"]
    if (
        not row["account.active"]
        or now >= row["expires"]
        or now >= row["last_seen"] + settings.idle_timeout(role)
    ):
        await end_session(token_hash)
        return None
    if now - row["last_seen"] >= TOUCH_INTERVAL and not _recently_touched(token_hash):
        await _touch(token_hash, now)
    user = SignedInUser(
        id=row["account.id"],
        email=row["account.email"],
        display_name=row["account.display_name"],
        role=role,
        timezone=row["account.timezone"],
        locale=row["account.locale"],
        stage=row["stage"],
    )
    session = ActiveSession(
        token_hash, user, row["last_seen"], row["expires"], row["stage"], row["proved_at"]
    )
    return session, row


async def session_locale(token: str, settings: Settings, now: datetime) -> str | None:
    """The locale of a live session's account, only read: nothing is touched or ended (for a
    refusal written before the session is loaded, which must not keep a session alive)."""
    if not _TOKEN.match(token):
        return None
    row = await db.fetch_keyed(queries.SESSION_LOOKUP, hash_token(token))
    if (
        row is None
        or not row["account.active"]
        or now >= row["expires"]
        or now >= row["last_seen"] + settings.idle_timeout(row["account.role"])
    ):
        return None
    return row["account.locale"]


# The session lookup with more columns, for load_session_row: the Today cache
# (server/today/cache.py) asks accounts for one that also reads its change stamps.


# When this process last wrote each session's last_seen (monotonic seconds). A phone firing
# several requests at once would otherwise queue as many identical writes; under load each
# waits for the write lock and its thread hops (B1 saw 64 of them stall the loop for 1.4 s).
# Requests that read the row before the write committed still see the old last_seen, so the
# write in flight is not enough to go by: a touch counts for TOUCH_INTERVAL.
_touched: dict[str, float] = {}
_TOUCHED_PRUNE_AT = 4096


def _recently_touched(token_hash: str) -> bool:
    at = _touched.get(token_hash)
    return at is not None and time.monotonic() - at < TOUCH_INTERVAL.total_seconds()


async def _touch(token_hash: str, now: datetime) -> None:
    if len(_touched) >= _TOUCHED_PRUNE_AT:
        horizon = time.monotonic() - TOUCH_INTERVAL.total_seconds()
        for key in [key for key, at in _touched.items() if at < horizon]:
            del _touched[key]
    _touched[token_hash] = time.monotonic()
    try:
        await AuthSession.update({AuthSession.last_seen: now}).where(
            AuthSession.token_hash == token_hash
        )
    except BaseException:
        _touched.pop(token_hash, None)  # not written: the next request tries again
        raise


async def end_session(token_hash: str) -> None:
    await AuthSession.delete().where(AuthSession.token_hash == token_hash)


async def purge_expired_sessions(settings: Settings, now: datetime) -> int:
    """Delete sessions past their absolute or idle deadline, or of inactive accounts.

    Returns:
        How many sessions were deleted.
    """
    client = AuthSession.account.role == Role.client.value
    stale = await AuthSession.select(AuthSession.token_hash).where(
        (AuthSession.expires <= now)
        | (AuthSession.account.active == False)  # noqa: E712 (Piccolo builds SQL from ==)
        | (client & (AuthSession.last_seen <= now - settings.client_idle_timeout))
        | (
            (AuthSession.account.role != Role.client.value)
            & (AuthSession.last_seen <= now - settings.staff_idle_timeout)
        )
    )
    hashes = [row["token_hash"] for row in stale]
    for start in range(0, len(hashes), 500):
        await AuthSession.delete().where(AuthSession.token_hash.is_in(hashes[start : start + 500]))
    return len(hashes)


# A session waiting for its second factor (or, for staff, the enrolment of one) lasts this long.
PENDING_LIFETIME = timedelta(minutes=10)


async def start_session(
    account_id: int, role: str, settings: Settings, now: datetime, stage: str = "full"
) -> tuple[str, int]:
    """A new session (its token, its lifetime in seconds), proved now; a pending stage lasts
    PENDING_LIFETIME."""
    token = secrets.token_urlsafe(32)
    lifetime = settings.absolute_timeout(role) if stage == "full" else PENDING_LIFETIME
    await db.run_compiled(
        queries.INSERT_SESSION,
        hash_token(token),
        account_id,
        now,
        now,
        now + lifetime,
        stage,
        now,
        "",
    )
    return token, int(lifetime.total_seconds())


# --- sign-in ----------------------------------------------------------------------------


async def sign_in(
    email: str,
    password: str,
    *,
    ip: str,
    passwords: Passwords,
    settings: Settings,
    now: datetime,
    replacing: str | None = None,
    device: str | None = None,
) -> SignIn:
    """Check an email and password and start a new session: signed in, or waiting for a second
    factor (or, for staff without one, its enrolment).

    Args:
        replacing: the session token the browser already had, if any; that session ends.
        device: the browser's device cookie (server/security/device.py), if any.

    Raises:
        TooManyRequests: this device, or this account from unknown devices, or this address is
            blocked for a while; the password is not checked.
        InvalidCredentials: unknown email, wrong password or inactive account (one message for all).
    """
    email = normalise_email(email)
    account = await db.fetch_first(queries.ACCOUNT_BY_EMAIL, email)
    known = device_cookie.entry_for(device, account["id"], settings.secret_key) if account else None
    keys = _sign_in_keys(email, ip, known)
    tallies = await refuse_if_throttled(keys, ip=ip, now=now)
    # An invited (or reset) account has no password yet (""): checked against the decoy like an
    # unknown email, it is simply a wrong password, in the same time.
    password_ok = await passwords.verify(
        (account["password_hash"] or None) if account else None, password
    )
    if not password_ok or not account["active"]:
        await count_failure(keys, now)
        subject = f"account:{account['id']}" if account else "unknown account"
        await audit.record(
            audit.SIGN_IN_FAILED,
            outcome="failed",
            actor=account and account["id"],
            subject=subject,
            ip=ip,
            at=now,
        )
        raise InvalidCredentials()
    new_hash = (
        await passwords.hash(password) if passwords.needs_rehash(account["password_hash"]) else None
    )
    stage, methods = await sign_in_stage(account["id"], account["role"])
    async with db.current().transaction():  # one write transaction for everything a sign-in changes
        # The account's own keys start afresh; the address's count of accounts does not.
        cleared = [key for key in keys if key in tallies and not key.startswith("ip:")]
        if cleared:
            await LoginThrottle.delete().where(LoginThrottle.key.is_in(cleared))
        if new_hash is not None:
            await Account.update({Account.password_hash: new_hash}).where(
                Account.id == account["id"]
            )
        if replacing and _TOKEN.match(replacing):
            await end_session(hash_token(replacing))
        token, max_age = await start_session(account["id"], account["role"], settings, now, stage)
        await audit.record(
            audit.SIGN_IN if stage == "full" else audit.SIGN_IN_PASSWORD_OK,
            actor=account["id"],
            subject=f"account:{account['id']}",
            ip=ip,
            at=now,
        )
    user = msgspec.structs.replace(_user_from_row(account), stage=stage, methods=methods)
    return SignIn(
        token=token,
        user=user,
        max_age=max_age,
        device=device_cookie.remember(device, account["id"], settings.secret_key),
    )


async def sign_in_stage(account_id: int, role: str) -> tuple[str, tuple[str, ...]]:
    """Where a right password leaves this account: ("full", ()) when it needs no second
    factor, ("second_factor", the methods it may use) when it has one, ("enrol", ()) for staff
    without one (required of them)."""
    rows = await db.run_compiled(queries.FACTOR_KINDS, account_id, account_id)
    kinds = sorted({row["kind"] for row in rows if row["kind"]})
    if kinds:
        if any(row["codes_left"] for row in rows):
            kinds.append("recovery")
        return "second_factor", tuple(kinds)
    return ("enrol", ()) if role in STAFF_ROLES else ("full", ())


def _sign_in_keys(email: str, ip: str, known_device: str | None) -> list[str]:
    """The throttle keys of a sign-in (see server/security/throttle.py for the policy)."""
    if known_device is not None:
        return [device_cookie.key_of(known_device)]
    pair = hashlib.sha256(f"{normalise_email(email)}|{ip}".encode()).hexdigest()[:60]
    return [_email_key(email), "aip:" + pair, f"ip:{ip}"]


async def sign_out(session: ActiveSession, *, ip: str, now: datetime) -> None:
    await end_session(session.token_hash)
    await audit.record(
        audit.SIGN_OUT, actor=session.user.id, subject=f"account:{session.user.id}", ip=ip, at=now
    )


async def change_password(
    session: ActiveSession,
    current_password: str,
    new_password: str,
    *,
    ip: str,
    passwords: Passwords,
    settings: Settings,
    now: datetime,
) -> SignIn:
    """Replace the password, end every session of the account and start a fresh one here.

    Raises:
        TooManyRequests: too many wrong current passwords lately.
        InvalidInput: the current password is wrong, or the new one is too weak.
    """
    user = session.user
    keys = [f"pwchange:{user.id}"]
    await refuse_if_throttled(keys, ip=ip, now=now)
    stored = await Account.select(Account.password_hash).where(Account.id == user.id).first()
    if stored is None or not await passwords.verify(
        stored["password_hash"] or None, current_password
    ):
        await count_failure(keys, now)
        await audit.record(
            audit.PASSWORD_CHANGE_FAILED,
            outcome="failed",
            actor=user.id,
            subject=f"account:{user.id}",
            ip=ip,
            at=now,
        )
        raise InvalidInput("Your current password is not correct.")
    check_new_password(new_password, user.email, user.display_name, current=current_password)
    new_hash = await passwords.hash(new_password)
    async with db.current().transaction():
        await Account.update(
            {Account.password_hash: new_hash, Account.password_changed_at: now}
        ).where(Account.id == user.id)
        await AuthSession.delete().where(AuthSession.account == user.id)
        token, max_age = await start_session(user.id, user.role, settings, now)
    await audit.record(
        audit.PASSWORD_CHANGED, actor=user.id, subject=f"account:{user.id}", ip=ip, at=now
    )
    return SignIn(token=token, user=user, max_age=max_age)


def check_new_password(
    password: str, email: str, display_name: str = "", current: str | None = None
) -> None:
    """Raise InvalidInput with a reason a person can act on when `password` is refused (NIST
    SP 800-63B: server/security/password_policy.py), or equals the current one."""
    if current is not None and password == current:
        raise InvalidInput("Choose a new password, not the one you have now.")
    refusal = password_refusal(password, email, display_name)
    if refusal is not None:
        raise InvalidInput("{reason}", reason=refusal)


async def refuse_if_throttled(keys: list[str], *, ip: str, now: datetime) -> dict[str, dict]:
    """The tallies of these keys (by key); raises TooManyRequests when one is blocked."""
    padded = (keys + keys[-1:] * 3)[:3]
    tallies = {row["key"]: row for row in await db.run_compiled(queries.THROTTLES, *padded)}
    wait = max((throttle.seconds_blocked(_tally(row), now) for row in tallies.values()), default=0)
    if wait:
        await audit.record(
            audit.SIGN_IN_THROTTLED, outcome="denied", subject="sign-in", ip=ip, at=now
        )
        raise too_many_attempts(wait)
    return tallies


def too_many_attempts(wait: int) -> TooManyRequests:
    """The refusal of a blocked key, saying how long to wait."""
    if wait < 60:
        return TooManyRequests(
            "Too many attempts. Try again in {seconds} second."
            if wait == 1
            else "Too many attempts. Try again in {seconds} seconds.",
            retry_after=wait,
            seconds=wait,
        )
    minutes = -(-wait // 60)
    return TooManyRequests(
        "Too many sign-in attempts. Try again in {minutes} minute."
        if minutes == 1
        else "Too many sign-in attempts. Try again in {minutes} minutes.",
        retry_after=wait,
        minutes=minutes,
    )


async def count_failure(keys: list[str], now: datetime) -> None:
    """One more failure on each key; an address ("ip:") counts only accounts it had not
    failed on lately (its "aip:" pair key starting afresh), so it counts distinct accounts."""
    for key in keys:
        await LoginThrottle.insert(
            LoginThrottle(key=key, failures=0, last_failure=now)
        ).on_conflict(action="DO NOTHING")
    async with db.current().transaction():
        rows = await db.for_update(LoginThrottle.select().where(LoginThrottle.key.is_in(keys)))
        fresh_pair = any(
            row["key"].startswith("aip:")
            and throttle.after_failure(_policy(row["key"]), _tally(row), now).failures == 1
            for row in rows
        )
        for row in rows:
            if row["key"].startswith("ip:") and not fresh_pair and row["failures"]:
                continue
            tally = throttle.after_failure(_policy(row["key"]), _tally(row), now)
            await LoginThrottle.update(
                {
                    LoginThrottle.failures: tally.failures,
                    LoginThrottle.last_failure: tally.last_failure,
                    LoginThrottle.blocked_until: tally.blocked_until,
                }
            ).where(LoginThrottle.key == row["key"])


_POLICIES = {
    "dev:": throttle.PER_DEVICE,
    "aip:": throttle.PER_ACCOUNT_ADDRESS,
    "ip:": throttle.PER_ADDRESS_ACCOUNTS,
    "factor:": throttle.PER_FACTOR,
    "pwchange:": throttle.PER_DEVICE,
}


def _policy(key: str) -> throttle.Policy:
    if key.startswith(CODE_IP_KEY):
        return CODES_PER_IP
    prefix = key[: key.index(":") + 1] if ":" in key else key
    return _POLICIES.get(prefix, throttle.PER_ACCOUNT)


def _tally(row: dict) -> throttle.Tally:
    return throttle.Tally(row["failures"], row["last_failure"], row["blocked_until"])


def _email_key(email: str) -> str:
    return "email:" + hashlib.sha256(normalise_email(email).encode()).hexdigest()


def _user_from_row(row: dict) -> SignedInUser:
    return SignedInUser(
        id=row["id"],
        email=row["email"],
        display_name=row["display_name"],
        role=row["role"],
        timezone=row["timezone"],
        locale=row["locale"],
    )


# --- accounts ---------------------------------------------------------------------------


async def create_account(
    *,
    email: str,
    display_name: str,
    role: str,
    password: str,
    passwords: Passwords,
    now: datetime | None = None,
    timezone_name: str = "America/Denver",
    actor: int | None = None,
) -> int:
    """Create an account (and a client profile for a client); returns its id.

    Raises:
        InvalidInput: a bad email, name, role or password.
        Conflict: the email is taken.
    """
    email = normalise_email(email)
    display_name = display_name.strip()
    if not _EMAIL.match(email) or len(email) > 254:
        raise InvalidInput("Enter an email address such as name@example.org.")
    if not 1 <= len(display_name) <= 100:
        raise InvalidInput("Enter a name of 1 to 100 characters.")
    if role not in {r.value for r in Role}:
        raise InvalidInput("Role must be client, counselor or admin.")
    check_new_password(password, email, display_name)
    now = now or datetime.now(timezone.utc)
    password_hash = await passwords.hash(password)
    try:
        async with db.current().transaction():
            rows = await Account.insert(
                Account(
                    email=email,
                    display_name=display_name,
                    role=role,
                    password_hash=password_hash,
                    timezone=timezone_name,
                    created_at=now,
                    password_changed_at=now,
                )
            ).returning(Account.id)
            account_id = rows[0]["id"]
            if role == Role.client.value:
                await ClientProfile.insert(ClientProfile(account=account_id))
    except Exception as exc:
        if db.is_unique_violation(exc):
            raise Conflict("An account with this email already exists.") from None
        raise
    await audit.record(audit.ACCOUNT_CREATED, actor=actor, subject=f"account:{account_id}", at=now)
    return account_id


# --- for other features: who a person is, without their tables -----------------------------


async def active_accounts_among(account_ids) -> list[dict]:
    """The active accounts among these (id, role, timezone, locale).

    Args:
        account_ids: a list of ids, or a query selecting account ids (it runs as a subquery of
            the same statement, so a long list never travels to the database and back).
    """
    return await Account.select(Account.id, Account.role, Account.timezone, Account.locale).where(
        Account.id.is_in(account_ids) & (Account.active == True)  # noqa: E712 (a column comparison)
    )


async def timezones_and_locales_of(account_ids: list[int]) -> dict[int, dict]:
    """Each of these accounts' row of id, timezone and locale (how to write a time for them)."""
    rows = await Account.select(Account.id, Account.timezone, Account.locale).where(
        Account.id.is_in(account_ids)
    )
    return {row["id"]: row for row in rows}


def caseload_of(counselor_id: int):
    """A query selecting the ids of the clients on this counselor's care teams: the scope of
    every counselor view (use it inside `is_in`, where it runs as a subquery)."""
    return CareTeamMember.select(CareTeamMember.client).where(
        CareTeamMember.counselor == counselor_id
    )


async def primary_counselor_of(client_id: int) -> int | None:
    row = (
        await CareTeamMember.select(CareTeamMember.counselor)
        .where((CareTeamMember.client == client_id) & CareTeamMember.is_primary.eq(True))
        .first()
    )
    return row["counselor"] if row else None


async def on_care_team(counselor_id: int, client_id: int) -> bool:
    return await CareTeamMember.exists().where(
        (CareTeamMember.counselor == counselor_id) & (CareTeamMember.client == client_id)
    )


async def care_teams_of(client_ids: list[int]) -> dict[int, list[dict]]:
    """Each client's care team, primary first: rows of id, name, is_primary, active, on_leave."""
    teams: dict[int, list[dict]] = {client: [] for client in client_ids}
    if not client_ids:
        return teams
    rows = (
        await CareTeamMember.select(
            CareTeamMember.client,
            CareTeamMember.counselor.as_alias("id"),
            CareTeamMember.counselor.display_name.as_alias("name"),
            CareTeamMember.is_primary,
            CareTeamMember.counselor.active.as_alias("active"),
            CareTeamMember.counselor.on_leave.as_alias("on_leave"),
        )
        .where(CareTeamMember.client.is_in(client_ids))
        .order_by(CareTeamMember.is_primary, ascending=False)
        .order_by(CareTeamMember.counselor.display_name)
    )
    for row in rows:
        teams[row.pop("client")].append(row)
    return teams


# --- invitations and one-time codes --------------------------------------------------------------

INVITE, RESET = "invite", "reset"
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud or copied by hand
LOOKUP_LENGTH, SECRET_LENGTH = 4, 8
CODE_LIFETIME = timedelta(hours=72)
MAX_WRONG_TRIES = 10
CODE_IP_KEY = "code-ip:"
# Per client IP, for codes: a clinic's clients may activate together on one address, and a typo
# is common; guessing is held back by the ten tries each code allows anyway.
CODES_PER_IP = throttle.Policy(
    free_failures=20,
    window=timedelta(minutes=15),
    first_block=timedelta(minutes=1),
    max_block=timedelta(minutes=15),
)
CODE_WRONG = "This code is not right. Check it and try again."
CODE_USED = "This code was already used. Sign in with your password, or ask for a new code."
CODE_EXPIRED = "This code has expired; codes last {hours} hours. Ask for a new one."
CODE_TRIED_OUT = "This code was tried too many times; ask for a new one."
CODE_DEACTIVATED = "This account is deactivated; ask the clinic."
ACCOUNT_INVITED = "account.invited"
ACCOUNT_RESET = "account.reset"
ACCOUNT_ACTIVATED = "account.activated"
PASSWORD_RESET_DONE = "account.password_reset"
ACCOUNT_CHANGED = "account.changed"
ACCOUNT_DEACTIVATED = "account.deactivated"
ACCOUNT_REACTIVATED = "account.reactivated"
CODE_CHECKED, CODE_FAILED, CODE_THROTTLED = (
    "code.checked",
    "code.failed",
    "code.throttled",
)
CARE_TEAM_STARTED = "care_team.started"


class CodeRefused(ProblemError):
    """A real code that no longer works (used, expired, tried out): 410 Gone, with its reason."""

    status_code = 410


class IssuedCode(msgspec.Struct, frozen=True):
    """A code as handed to the person once; only its lookup and a keyed hash are kept."""

    code: str  # K7Q2-9XMD-3FHP
    purpose: str  # invite | reset
    expires_at: datetime


class CodeHolder(msgspec.Struct, frozen=True):
    """Whose a code is, for the page where they choose a password."""

    account_id: int
    role: str
    name: str
    sign_in_name: str
    purpose: str


async def issue_code(
    account_id: int, purpose: str, *, actor: int | None, settings: Settings, now: datetime
) -> IssuedCode:
    """A new code for the account; an earlier unused one stops working. Not audited here: the
    invitation or reset that asks for it is (run it inside that change's transaction)."""
    await OneTimeCode.delete().where(
        (OneTimeCode.account == account_id) & OneTimeCode.used_at.is_null()
    )
    lookup = await _free_lookup()
    secret = "".join(secrets.choice(CODE_ALPHABET) for _ in range(SECRET_LENGTH))
    await OneTimeCode.insert(
        OneTimeCode(
            account=account_id,
            purpose=purpose,
            lookup=lookup,
            secret_hash=_secret_hash(secret, settings),
            created_at=now,
            created_by=actor,
            expires_at=now + CODE_LIFETIME,
        )
    )
    code = lookup + secret
    return IssuedCode(f"{code[:4]}-{code[4:8]}-{code[8:]}", purpose, now + CODE_LIFETIME)


async def _free_lookup() -> str:
    for _ in range(50):  # 31**4 lookups: a clash is rare until a clinic has issued ~100,000
        lookup = "".join(secrets.choice(CODE_ALPHABET) for _ in range(LOOKUP_LENGTH))
        if not await OneTimeCode.exists().where(OneTimeCode.lookup == lookup):
            return lookup
    raise Conflict("No free code could be made just now. Try again.")


def _secret_hash(secret: str, settings: Settings) -> str:
    return hmac.new(settings.secret_key.encode(), secret.encode(), hashlib.sha256).hexdigest()


def _parse_code(code: str) -> tuple[str, str] | None:
    """(lookup, secret) of a code as a person may type it (any case, spaces or dashes), or None."""
    plain = re.sub(r"[\s-]", "", code).upper()
    if len(plain) != LOOKUP_LENGTH + SECRET_LENGTH or any(c not in CODE_ALPHABET for c in plain):
        return None
    return plain[:LOOKUP_LENGTH], plain[LOOKUP_LENGTH:]


async def check_code(code: str, *, ip: str, settings: Settings, now: datetime) -> CodeHolder:
    """Whose this code is, if it still works (audited; a wrong one counts as a try).

    Raises:
        TooManyRequests: too many failed codes from this address lately.
        InvalidInput: no such code, or the secret part is wrong.
        CodeRefused: the code was used, has expired or was tried too many times.
    """
    holder = await _working_code(code, ip=ip, settings=settings, now=now)
    await audit.record(
        CODE_CHECKED,
        actor=holder.account_id,
        subject=f"account:{holder.account_id}",
        patient=_patient(holder.account_id, holder.role),
        ip=ip,
        at=now,
    )
    return holder


async def redeem_code(
    code: str,
    password: str,
    *,
    ip: str,
    passwords: Passwords,
    settings: Settings,
    now: datetime,
    locale: str | None = None,
) -> str:
    """Use the code once to set the account's password (and, when given, the language the person
    chose while setting it up); every session of the account ends.

    Returns:
        The sign-in name to sign in with.

    Raises:
        as check_code; InvalidInput when the password is too weak (the code still works).
    """
    holder = await _working_code(code, ip=ip, settings=settings, now=now)
    check_new_password(password, holder.sign_in_name, holder.name)
    new_hash = await passwords.hash(password)
    lookup = _parse_code(code)[0]
    async with db.current().transaction():
        claimed = (
            await OneTimeCode.update({OneTimeCode.used_at: now})
            .where((OneTimeCode.lookup == lookup) & OneTimeCode.used_at.is_null())
            .returning(OneTimeCode.id)
        )
        if not claimed:  # another request used it first
            raise CodeRefused(CODE_USED)
        chosen = {Account.locale: locale} if locale else {}
        await Account.update(
            {Account.password_hash: new_hash, Account.password_changed_at: now, **chosen}
        ).where(Account.id == holder.account_id)
        await AuthSession.delete().where(AuthSession.account == holder.account_id)
        await audit.record(
            ACCOUNT_ACTIVATED if holder.purpose == INVITE else PASSWORD_RESET_DONE,
            actor=holder.account_id,
            subject=f"account:{holder.account_id}",
            patient=_patient(holder.account_id, holder.role),
            ip=ip,
            at=now,
        )
    return holder.sign_in_name


async def _working_code(code: str, *, ip: str, settings: Settings, now: datetime) -> CodeHolder:
    """The holder of a code that works now. Each check claims one of the code's ten tries
    before comparing (and gives it back when right), so requests racing each other never
    compare more than ten guesses against one code."""
    key = CODE_IP_KEY + ip
    await _refuse_if_codes_throttled(key, ip=ip, now=now)
    parsed = _parse_code(code)
    row = None
    if parsed is not None:
        row = (
            await OneTimeCode.select(
                OneTimeCode.id,
                OneTimeCode.account,
                OneTimeCode.purpose,
                OneTimeCode.secret_hash,
                OneTimeCode.expires_at,
                OneTimeCode.used_at,
                OneTimeCode.wrong_tries,
                OneTimeCode.account.role,
                OneTimeCode.account.display_name,
                OneTimeCode.account.email,
                OneTimeCode.account.active,
            )
            .where(OneTimeCode.lookup == parsed[0])
            .first()
        )
    if row is None:
        await _code_failed(key, None, None, ip, now)
        raise InvalidInput(CODE_WRONG)
    account, role = row["account"], row["account.role"]
    refused = _why_not_working(row, now)
    if refused is None:
        claimed = (
            await OneTimeCode.update({OneTimeCode.wrong_tries: OneTimeCode.wrong_tries + 1})
            .where((OneTimeCode.id == row["id"]) & (OneTimeCode.wrong_tries < MAX_WRONG_TRIES))
            .returning(OneTimeCode.id)
        )
        refused = None if claimed else CodeRefused(CODE_TRIED_OUT)
    if refused is not None:
        await _code_failed(key, account, role, ip, now)
        raise refused
    if not hmac.compare_digest(row["secret_hash"], _secret_hash(parsed[1], settings)):
        await _code_failed(key, account, role, ip, now)
        raise InvalidInput(CODE_WRONG)
    await OneTimeCode.update({OneTimeCode.wrong_tries: OneTimeCode.wrong_tries - 1}).where(
        OneTimeCode.id == row["id"]
    )
    return CodeHolder(
        account, role, row["account.display_name"], row["account.email"], row["purpose"]
    )


def _why_not_working(row: dict, now: datetime) -> CodeRefused | None:
    if row["used_at"] is not None:
        return CodeRefused(CODE_USED)
    if now >= row["expires_at"]:
        return CodeRefused(CODE_EXPIRED, hours=CODE_LIFETIME // timedelta(hours=1))
    if row["wrong_tries"] >= MAX_WRONG_TRIES:
        return CodeRefused(CODE_TRIED_OUT)
    if not row["account.active"]:
        return CodeRefused(CODE_DEACTIVATED)
    return None


async def _code_failed(key: str, account: int | None, role: str | None, ip: str, now: datetime):
    await count_failure([key], now)
    await audit.record(
        CODE_FAILED,
        outcome="failed",
        actor=account,
        subject=f"account:{account}" if account else "unknown code",
        patient=_patient(account, role),
        ip=ip,
        at=now,
    )


async def _refuse_if_codes_throttled(key: str, *, ip: str, now: datetime) -> None:
    row = await LoginThrottle.select().where(LoginThrottle.key == key).first()
    wait = throttle.seconds_blocked(_tally(row), now) if row else 0
    if wait:
        await audit.record(CODE_THROTTLED, outcome="denied", subject="one-time code", ip=ip, at=now)
        minutes = -(-wait // 60)
        raise TooManyRequests(
            "Too many wrong codes from this address. Try again in {minutes} minute."
            if minutes == 1
            else "Too many wrong codes from this address. Try again in {minutes} minutes.",
            retry_after=wait,
            minutes=minutes,
        )


def _patient(account_id: int | None, role: str | None) -> int | None:
    """The audit event's patient: the account itself when it is a client's."""
    return account_id if role == Role.client.value else None


# --- people: invited, changed, deactivated, reset ------------------------------------------------


class Invitation(msgspec.Struct, frozen=True):
    account_id: int
    sign_in_name: str
    code: IssuedCode


def check_timezone(name: str) -> str:
    """`name` when it is a real IANA zone (validation.is_time_zone: not "localtime", "Factory",
    posix/…), else InvalidInput."""
    if not validation.is_time_zone(name):
        raise InvalidInput("'{name}' is not an IANA time zone such as America/Denver.", name=name)
    return name


def _check_name(name: str) -> str:
    name = name.strip()
    if not 1 <= len(name) <= 100:
        raise InvalidInput("Enter a name of 1 to 100 characters.")
    return name


def _check_email(email: str) -> str:
    email = normalise_email(email)
    if not _EMAIL.match(email) or len(email) > 254:
        raise InvalidInput("Enter an email address such as name@example.org.")
    return email


async def invite_account(
    *,
    name: str,
    role: str,
    email: str | None,
    phone: str = "",
    locale: str = "en-US",
    timezone_name: str = "America/Denver",
    actor: int | None,
    settings: Settings,
    now: datetime,
) -> Invitation:
    """Create an account without a password (and a client's profile) and its invitation code;
    audited. Staff sign in with their email; a client without one gets a sign-in name such as
    "maria-4821". Run it inside the transaction of the whole invitation.

    Raises:
        InvalidInput: a bad name, email, role or time zone.
        Conflict: the sign-in name is taken (a race may instead raise the unique violation).
    """
    name = _check_name(name)
    if role not in {r.value for r in Role}:
        raise InvalidInput("Role must be client, counselor or admin.")
    check_timezone(timezone_name)
    if email and email.strip():
        sign_in_name = _check_email(email)
        if await Account.exists().where(Account.email == sign_in_name):
            raise Conflict("An account with this email already exists.")
    elif role == Role.client.value:
        sign_in_name = await _new_sign_in_name(name)
    else:
        raise InvalidInput("Staff sign in with their email address: enter one.")
    rows = await Account.insert(
        Account(
            email=sign_in_name,
            display_name=name,
            role=role,
            password_hash="",
            timezone=timezone_name,
            locale=locale,
            phone=phone.strip(),
            created_at=now,
            password_changed_at=now,
        )
    ).returning(Account.id)
    account_id = rows[0]["id"]
    if role == Role.client.value:
        await ClientProfile.insert(ClientProfile(account=account_id))
    code = await issue_code(account_id, INVITE, actor=actor, settings=settings, now=now)
    await audit.record(
        ACCOUNT_INVITED,
        actor=actor,
        subject=f"account:{account_id}",
        patient=_patient(account_id, role),
        at=now,
    )
    return Invitation(account_id, sign_in_name, code)


async def _new_sign_in_name(name: str) -> str:
    """A sign-in name for a client without an email: their first name and four digits."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    first = (re.findall(r"[a-z]+", folded) or ["client"])[0][:20]
    for _ in range(50):
        candidate = f"{first}-{secrets.randbelow(9000) + 1000}"
        if not await Account.exists().where(Account.email == candidate):
            return candidate
    raise Conflict("No free sign-in name could be made for this name; enter an email instead.")


async def start_care_team(client_id: int, counselor_id: int, *, actor: int, now: datetime) -> None:
    """A newly invited client's first care team: the counselor who invited them, as primary
    (changing a team later is care/'s rule)."""
    await CareTeamMember.insert(
        CareTeamMember(client=client_id, counselor=counselor_id, is_primary=True, added_at=now)
    )
    await audit.record(
        CARE_TEAM_STARTED, actor=actor, subject=f"client:{client_id}", patient=client_id, at=now
    )


async def set_language(user: SignedInUser, locale: str, now: datetime) -> SignedInUser:
    """The person's own language, for what the server writes them (reminders, the calendar
    feed) and what the app shows; in effect from their next request, without signing out.
    Audited as a change of their account."""
    await update_account(user.id, locale=locale, actor=user.id, now=now)
    return msgspec.structs.replace(user, locale=locale)


async def update_account(
    account_id: int,
    *,
    name: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    locale: str | None = None,
    timezone_name: str | None = None,
    on_leave: bool | None = None,
    actor: int | None,
    now: datetime,
) -> None:
    """Change a person's details (staff alone may be on leave); audited.

    Raises:
        NotFound: no such account. InvalidInput: a bad value. Conflict: the email is taken.
    """
    current = await account_row(account_id)
    values = {}
    if name is not None:
        values[Account.display_name] = _check_name(name)
    if email is not None:
        values[Account.email] = _check_email(email)
    if phone is not None:
        values[Account.phone] = phone.strip()
    if locale is not None:
        values[Account.locale] = locale
    if timezone_name is not None:
        values[Account.timezone] = check_timezone(timezone_name)
    if on_leave is not None:
        if current["role"] == Role.client.value:
            raise InvalidInput("Only staff can be on leave.")
        values[Account.on_leave] = on_leave
    try:
        async with db.current().transaction():
            if values:
                await Account.update(values).where(Account.id == account_id)
            await audit.record(
                ACCOUNT_CHANGED,
                actor=actor,
                subject=f"account:{account_id}",
                patient=_patient(account_id, current["role"]),
                at=now,
            )
    except Exception as exc:
        if db.is_unique_violation(exc):
            raise Conflict("An account with this email already exists.") from None
        raise


async def account_row(account_id: int) -> dict:
    """The account's id, role, display_name, active and password_hash.

    Raises:
        NotFound: no such account.
    """
    row = (
        await Account.select(
            Account.id, Account.role, Account.display_name, Account.active, Account.password_hash
        )
        .where(Account.id == account_id)
        .first()
    )
    if row is None:
        raise NotFound("No such person.")
    return row


async def account_id_of(sign_in_name: str) -> int:
    """The account with this sign-in name (email or generated name).

    Raises:
        NotFound: there is none.
    """
    name = normalise_email(sign_in_name)
    row = await Account.select(Account.id).where(Account.email == name).first()
    if row is None:
        raise NotFound("No account has the sign-in name {name}.", name=name)
    return row["id"]


async def deactivate_account(account_id: int, *, actor: int | None, now: datetime) -> None:
    """Deactivate: every session and unused code of the account ends at once; its records stay.
    Run it inside a transaction with whatever else ends with it (the person's devices).

    Raises:
        NotFound: no such account.
        Conflict: they are the last active admin.
    """
    current = await account_row(account_id)
    if current["role"] == Role.admin.value and current["active"]:
        admins = await db.for_update(
            Account.select(Account.id).where(_can_sign_in() & (Account.role == Role.admin.value))
        )
        if [row["id"] for row in admins] == [account_id]:
            raise Conflict(
                "{name} is the last active admin; make another admin before deactivating them.",
                name=current["display_name"],
            )
    await Account.update({Account.active: False}).where(Account.id == account_id)
    await AuthSession.delete().where(AuthSession.account == account_id)
    await OneTimeCode.delete().where(
        (OneTimeCode.account == account_id) & OneTimeCode.used_at.is_null()
    )
    await audit.record(
        ACCOUNT_DEACTIVATED,
        actor=actor,
        subject=f"account:{account_id}",
        patient=_patient(account_id, current["role"]),
        at=now,
    )


async def reactivate_account(account_id: int, *, actor: int | None, now: datetime) -> None:
    """Let a deactivated person sign in again (with their password, if they had chosen one)."""
    current = await account_row(account_id)
    async with db.current().transaction():
        await Account.update({Account.active: True}).where(Account.id == account_id)
        await audit.record(
            ACCOUNT_REACTIVATED,
            actor=actor,
            subject=f"account:{account_id}",
            patient=_patient(account_id, current["role"]),
            at=now,
        )


async def reset_account(
    account_id: int, *, actor: int | None, settings: Settings, now: datetime
) -> tuple[str, IssuedCode]:
    """End every session, clear the password and issue a code: from now on only the code lets
    the person in. Someone who never used their invitation gets a new invitation instead.

    Returns:
        The sign-in name and the code.

    Raises:
        NotFound: no such account. Conflict: the account is deactivated, or it is the actor's own.
    """
    current = await account_row(account_id)
    if not current["active"]:
        raise Conflict(
            "{name} is deactivated; reactivate them before a password reset.",
            name=current["display_name"],
        )
    if actor == account_id:
        raise Conflict(
            "To change your own password, use Change password; a reset would lock you out."
        )
    last = (
        await OneTimeCode.select(OneTimeCode.purpose, OneTimeCode.used_at)
        .where(OneTimeCode.account == account_id)
        .order_by(OneTimeCode.id, ascending=False)
        .first()
    )
    never_activated = (
        current["password_hash"] == ""
        and last is not None
        and last["purpose"] == INVITE
        and last["used_at"] is None
    )
    purpose = INVITE if never_activated else RESET
    async with db.current().transaction():
        await Account.update({Account.password_hash: ""}).where(Account.id == account_id)
        await AuthSession.delete().where(AuthSession.account == account_id)
        code = await issue_code(account_id, purpose, actor=actor, settings=settings, now=now)
        await audit.record(
            ACCOUNT_INVITED if never_activated else ACCOUNT_RESET,
            actor=actor,
            subject=f"account:{account_id}",
            patient=_patient(account_id, current["role"]),
            at=now,
        )
        sign_in_name = (
            await Account.select(Account.email).where(Account.id == account_id).first()
        )["email"]
    return sign_in_name, code


def _can_sign_in():
    """Active accounts with a password (an invitation not yet used cannot sign in)."""
    return Account.active.eq(True) & (Account.password_hash != "")


# --- the directory ------------------------------------------------------------------------------

STATUSES = ("active", "invited", "deactivated")
_PERSON_COLUMNS = (
    Account.id,
    Account.display_name,
    Account.email,
    Account.role,
    Account.active,
    Account.password_hash,
    Account.on_leave,
    Account.phone,
    Account.locale,
    Account.timezone,
    Account.created_at,
)


def _person(row: dict) -> dict:
    """An account row as the directory shows it: its status instead of its password hash."""
    password_hash = row.pop("password_hash")
    row["status"] = (
        "deactivated" if not row["active"] else "invited" if password_hash == "" else "active"
    )
    return row


async def find_accounts(
    *,
    q: str = "",
    role: str | None = None,
    status: str | None = None,
    offset: int = 0,
    limit: int = 50,
) -> tuple[list[dict], int]:
    """A page of accounts by name or sign-in name (any case), role and status, by name.

    Returns:
        The rows (id, display_name, email, role, active, status, on_leave, phone, locale,
        timezone, created_at) and how many match in all.
    """
    where = []
    if q.strip():
        escaped = re.sub(r"([\\%_])", r"\\\1", q.strip().lower())
        pattern = f"%{escaped}%"
        where.append(
            WhereRaw(
                "(lower(display_name) LIKE {} ESCAPE '\\' OR email LIKE {} ESCAPE '\\')",
                pattern,
                pattern,
            )
        )
    if role is not None:
        where.append(Account.role == role)
    if status == "active":
        where.append(_can_sign_in())
    elif status == "invited":
        where.append(Account.active.eq(True) & (Account.password_hash == ""))
    elif status == "deactivated":
        where.append(Account.active.eq(False))
    rows = Account.select(*_PERSON_COLUMNS)
    total = Account.count()
    if where:
        rows, total = rows.where(*where), total.where(*where)
    page = (
        await rows.order_by(Account.display_name).order_by(Account.id).offset(offset).limit(limit)
    )
    return [_person(row) for row in page], await total


async def account_rows(account_ids: list[int]) -> dict[int, dict]:
    """These accounts as find_accounts answers them, by id."""
    if not account_ids:
        return {}
    rows = await Account.select(*_PERSON_COLUMNS).where(Account.id.is_in(account_ids))
    return {row["id"]: _person(row) for row in rows}


async def caseload_sizes(counselor_ids: list[int]) -> dict[int, int]:
    """How many active clients are on each of these counselors' care teams."""
    if not counselor_ids:
        return {}
    rows = (
        await CareTeamMember.select(CareTeamMember.counselor, Count(CareTeamMember.id, alias="n"))
        .where(
            CareTeamMember.counselor.is_in(counselor_ids) & CareTeamMember.client.active.eq(True)
        )
        .group_by(CareTeamMember.counselor)
    )
    sizes = {row["counselor"]: row["n"] for row in rows}
    return {counselor: sizes.get(counselor, 0) for counselor in counselor_ids}
