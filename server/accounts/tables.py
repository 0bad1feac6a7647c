"""Accounts, their sessions, client profiles and sign-in throttling tallies."""

from __future__ import annotations

from enum import Enum

from piccolo.columns import (
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
    email = Varchar(length=254, unique=True)  # stored lower-cased
    display_name = Varchar(length=100)
    role = Varchar(length=16, choices=Role, index=True)
    password_hash = Varchar(length=255)
    timezone = Varchar(length=64, default="America/Denver")
    locale = Varchar(length=16, default="en-US")
    active = Boolean(default=True)
    created_at = Timestamptz()
    password_changed_at = Timestamptz()


class AuthSession(Table, tablename="auth_session"):
    """A signed-in device. Only the SHA-256 of the cookie's token is stored."""

    token_hash = Varchar(length=64, primary_key=True)
    account = ForeignKey(Account, on_delete=OnDelete.cascade, index=True)
    created = Timestamptz()
    last_seen = Timestamptz()
    expires = Timestamptz(index=True)  # the absolute deadline; idleness is judged from last_seen


class ClientProfile(Table, tablename="client_profile"):
    account = ForeignKey(Account, on_delete=OnDelete.cascade, unique=True)
    primary_counselor = ForeignKey(Account, on_delete=OnDelete.set_null, null=True, index=True)
    sobriety_date = Date(null=True, default=None)
    coping_plan = Text(default="")


class LoginThrottle(Table, tablename="login_throttle"):
    """Failed sign-ins per key: 'email:<sha256 of the address>' or 'ip:<address>'."""

    key = Varchar(length=80, primary_key=True)
    failures = Integer(default=0)
    last_failure = Timestamptz()
    blocked_until = Timestamptz(null=True, default=None)
