"""Accounts, their sessions, client profiles, care teams, one-time codes and sign-in throttling
tallies.

The care team is kept here, beside the profile that held wave 1's primary counselor, because
every feature scopes a counselor's view by it (programs too, which sits below care/); the rules
of who may change a team, urgent routing and escalation live in server/care/.
"""

from __future__ import annotations

from enum import Enum

from piccolo.columns import (
    BigInt,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.columns.base import OnDelete
from piccolo.table import Table


class Role(str, Enum):
    client = "client"
    counselor = "counselor"
    admin = "admin"


class Account(Table, tablename="account"):
    # The sign-in name, stored lower-cased: an email address, or for a client without one a
    # name such as "maria-4821" made when they were invited.
    email = Varchar(length=254, unique=True)
    display_name = Varchar(length=100)
    role = Varchar(length=16, choices=Role, index=True)
    password_hash = Varchar(length=255)
    timezone = Varchar(length=64, default="America/Denver")
    locale = Varchar(length=16, default="en-US")
    active = Boolean(default=True)
    created_at = Timestamptz()
    password_changed_at = Timestamptz()
    phone = Varchar(length=32, default="")
    on_leave = Boolean(default=False)  # staff away: urgent items go to the rest of the team


class AuthSession(Table, tablename="auth_session"):
    """A signed-in device. Only the SHA-256 of the cookie's token is stored."""

    token_hash = Varchar(length=64, primary_key=True)
    account = ForeignKey(Account, on_delete=OnDelete.cascade, index=True)
    created = Timestamptz()
    last_seen = Timestamptz()
    expires = Timestamptz(index=True)  # the absolute deadline; idleness is judged from last_seen
    # full: signed in. second_factor: the password was right, a factor is still to come.
    # enrol: staff with no factor yet, who may only enrol one. Only "full" passes the guards.
    stage = Varchar(length=16, default="full")
    # When the person last proved who they are here (password or factor): sensitive actions
    # ask again once this is older than 15 minutes.
    proved_at = Timestamptz(null=True, default=None)
    # A pending WebAuthn challenge: "<purpose>:<base64url challenge>:<unix seconds>", or "".
    challenge = Varchar(length=200, default="")


class ClientProfile(Table, tablename="client_profile"):
    account = ForeignKey(Account, on_delete=OnDelete.cascade, unique=True)
    # Retired: wave 1's one counselor, copied into care_team_member by the accounts migration
    # of 2026-12-07; nothing reads or writes it since.
    primary_counselor = ForeignKey(Account, on_delete=OnDelete.set_null, null=True, index=True)
    sobriety_date = Date(null=True, default=None)
    coping_plan = Text(default="")


class LoginThrottle(Table, tablename="login_throttle"):
    """Failed tries per key: 'email:<sha256 of the address>' or 'ip:<address>' (sign-in), and
    'code-ip:<address>' (one-time codes)."""

    key = Varchar(length=80, primary_key=True)
    failures = Integer(default=0)
    last_failure = Timestamptz()
    blocked_until = Timestamptz(null=True, default=None)


class CareTeamMember(Table, tablename="care_team_member"):
    """A counselor on a client's care team; one member per client is the primary counselor.
    Unique (client, counselor) and one primary per client come from a raw migration."""

    client = ForeignKey(Account, on_delete=OnDelete.cascade)
    counselor = ForeignKey(Account, on_delete=OnDelete.cascade, index=True)
    is_primary = Boolean(default=False)
    added_at = Timestamptz()


class OneTimeCode(Table, tablename="one_time_code"):
    """An invitation or a password reset: a code handed to the person, usable once before it
    expires. `lookup` (public, unique) finds the row; only a keyed hash of the secret is kept."""

    account = ForeignKey(Account, on_delete=OnDelete.cascade, index=True)
    purpose = Varchar(length=8)  # invite | reset
    lookup = Varchar(length=8, unique=True)
    secret_hash = Varchar(length=64)
    created_at = Timestamptz()
    created_by = ForeignKey(Account, on_delete=OnDelete.set_null, null=True, default=None)
    expires_at = Timestamptz()
    used_at = Timestamptz(null=True, default=None)
    wrong_tries = Integer(default=0)


class SecondFactor(Table, tablename="second_factor"):
    """A person's second factor: an authenticator app (TOTP, RFC 6238) or a passkey (WebAuthn).

    A TOTP row keeps its secret sealed with a key derived from the app's secret key
    (server/accounts/factors.py) and the last time step accepted, so a code works once. A
    passkey row keeps only the credential's id and public key (COSE) and its signature counter.
    A row is unconfirmed until its first code or registration proved it works."""

    account = ForeignKey(Account, on_delete=OnDelete.cascade, index=True)
    kind = Varchar(length=8)  # totp | passkey
    label = Varchar(length=60, default="")
    sealed_secret = Text(default="")
    last_step = BigInt(default=0)
    credential_id = Text(default="")  # base64url
    public_key = Text(default="")  # base64url of the COSE key
    sign_count = BigInt(default=0)
    confirmed = Boolean(default=False)
    created_at = Timestamptz()
    last_used_at = Timestamptz(null=True, default=None)


class RecoveryCode(Table, tablename="recovery_code"):
    """One of ten one-time recovery codes, kept as an HMAC-SHA256 keyed with the app's secret."""

    account = ForeignKey(Account, on_delete=OnDelete.cascade, index=True)
    code_hash = Varchar(length=64)
    used_at = Timestamptz(null=True, default=None)
