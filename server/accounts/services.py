"""Accounts, sign-in and sessions: the rules, with no HTTP in sight.

Sessions are rows keyed by the SHA-256 of a random token that only the browser holds. Every
sign-in makes a new token, so a token planted before sign-in is never adopted.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from datetime import datetime, timedelta, timezone

import msgspec

from server.accounts import queries
from server.accounts.tables import (
    Account,
    AuthSession,
    CareTeamMember,
    ClientProfile,
    LoginThrottle,
    Role,
)
from server.audit import services as audit
from server.core import db
from server.core.errors import Conflict, InvalidInput, NotSignedIn, TooManyRequests
from server.security import throttle
from server.security.passwords import Passwords
from server.settings import MIN_PASSWORD_LENGTH, Settings

# last_seen is written at most this often per session, not on every request.
TOUCH_INTERVAL = timedelta(seconds=60)
MAX_PASSWORD_LENGTH = 256
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{43}$")
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$")
BAD_CREDENTIALS = "Email or password is incorrect."


class SignedInUser(msgspec.Struct, frozen=True):
    id: int
    email: str
    display_name: str
    role: str
    timezone: str
    locale: str


class ActiveSession(msgspec.Struct, frozen=True):
    token_hash: str
    user: SignedInUser
    last_seen: datetime
    expires: datetime


class SignIn(msgspec.Struct, frozen=True):
    """A new session: the token goes to the browser's cookie and nowhere else."""

    token: str
    user: SignedInUser
    max_age: int


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
    )
    return ActiveSession(token_hash, user, row["last_seen"], row["expires"]), row


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


async def _start_session(
    account_id: int, role: str, settings: Settings, now: datetime
) -> tuple[str, int]:
    token = secrets.token_urlsafe(32)
    lifetime = settings.absolute_timeout(role)
    await db.run_compiled(
        queries.INSERT_SESSION, hash_token(token), account_id, now, now, now + lifetime
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
) -> SignIn:
    """Check an email and password and start a new session.

    Args:
        replacing: the session token the browser already had, if any; that session ends.

    Raises:
        TooManyRequests: this email or address is blocked for a while; the password is not checked.
        InvalidCredentials: unknown email, wrong password or inactive account (one message for all).
    """
    email = normalise_email(email)
    keys = [_email_key(email), f"ip:{ip}"]
    tallies = await _refuse_if_throttled(keys, ip=ip, now=now)
    account = await db.fetch_first(queries.ACCOUNT_BY_EMAIL, email)
    password_ok = await passwords.verify(account["password_hash"] if account else None, password)
    if not password_ok or not account["active"]:
        await _count_failure(keys, now)
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
    async with db.current().transaction():  # one write transaction for everything a sign-in changes
        if keys[0] in tallies:
            await LoginThrottle.delete().where(LoginThrottle.key == keys[0])
        if new_hash is not None:
            await Account.update({Account.password_hash: new_hash}).where(
                Account.id == account["id"]
            )
        if replacing and _TOKEN.match(replacing):
            await end_session(hash_token(replacing))
        token, max_age = await _start_session(account["id"], account["role"], settings, now)
        await audit.record(
            audit.SIGN_IN, actor=account["id"], subject=f"account:{account['id']}", ip=ip, at=now
        )
    return SignIn(token=token, user=_user_from_row(account), max_age=max_age)


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
    keys = [_email_key(user.email), f"ip:{ip}"]
    await _refuse_if_throttled(keys, ip=ip, now=now)
    stored = await Account.select(Account.password_hash).where(Account.id == user.id).first()
    if stored is None or not await passwords.verify(stored["password_hash"], current_password):
        await _count_failure(keys, now)
        await audit.record(
            audit.PASSWORD_CHANGE_FAILED,
            outcome="failed",
            actor=user.id,
            subject=f"account:{user.id}",
            ip=ip,
            at=now,
        )
        raise InvalidInput("Your current password is not correct.")
    check_new_password(new_password, user.email)
    new_hash = await passwords.hash(new_password)
    async with db.current().transaction():
        await Account.update(
            {Account.password_hash: new_hash, Account.password_changed_at: now}
        ).where(Account.id == user.id)
        await AuthSession.delete().where(AuthSession.account == user.id)
        token, max_age = await _start_session(user.id, user.role, settings, now)
    await audit.record(
        audit.PASSWORD_CHANGED, actor=user.id, subject=f"account:{user.id}", ip=ip, at=now
    )
    return SignIn(token=token, user=user, max_age=max_age)


def check_new_password(password: str, email: str) -> None:
    """Raise InvalidInput with a reason a person can act on when `password` is too weak."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"Choose a password of at least {MIN_PASSWORD_LENGTH} characters.")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise InvalidInput(f"Choose a password of at most {MAX_PASSWORD_LENGTH} characters.")
    if len(set(password)) < 4 or password.strip().lower() == normalise_email(email):
        raise InvalidInput("That password is too easy to guess. Choose another.")


async def _refuse_if_throttled(keys: list[str], *, ip: str, now: datetime) -> dict[str, dict]:
    """The tallies of the email and IP keys (by key); raises TooManyRequests when one is blocked."""
    tallies = {row["key"]: row for row in await db.run_compiled(queries.THROTTLES, *keys)}
    wait = max((throttle.seconds_blocked(_tally(row), now) for row in tallies.values()), default=0)
    if wait:
        await audit.record(
            audit.SIGN_IN_THROTTLED, outcome="denied", subject="sign-in", ip=ip, at=now
        )
        minutes = -(-wait // 60)
        raise TooManyRequests(
            f"Too many sign-in attempts. Try again in {minutes} minute{'s' if minutes != 1 else ''}.",
            retry_after=wait,
        )
    return tallies


async def _count_failure(keys: list[str], now: datetime) -> None:
    for key in keys:
        await LoginThrottle.insert(
            LoginThrottle(key=key, failures=0, last_failure=now)
        ).on_conflict(action="DO NOTHING")
    async with db.current().transaction():
        rows = await db.for_update(LoginThrottle.select().where(LoginThrottle.key.is_in(keys)))
        for row in rows:
            policy = throttle.PER_IP if row["key"].startswith("ip:") else throttle.PER_ACCOUNT
            tally = throttle.after_failure(policy, _tally(row), now)
            await LoginThrottle.update(
                {
                    LoginThrottle.failures: tally.failures,
                    LoginThrottle.last_failure: tally.last_failure,
                    LoginThrottle.blocked_until: tally.blocked_until,
                }
            ).where(LoginThrottle.key == row["key"])


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
    check_new_password(password, email)
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
    """The active accounts among these (id, role, timezone).

    Args:
        account_ids: a list of ids, or a query selecting account ids (it runs as a subquery of
            the same statement, so a long list never travels to the database and back).
    """
    return await Account.select(Account.id, Account.role, Account.timezone).where(
        Account.id.is_in(account_ids) & (Account.active == True)  # noqa: E712 (a column comparison)
    )


async def timezones_of(account_ids: list[int]) -> dict[int, str]:
    """Each of these accounts' IANA timezone, active or not."""
    rows = await Account.select(Account.id, Account.timezone).where(Account.id.is_in(account_ids))
    return {row["id"]: row["timezone"] for row in rows}


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
