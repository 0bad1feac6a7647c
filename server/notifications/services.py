"""Push subscriptions and reminder preferences: who gets reminders on which devices, and how.

An endpoint must be https on port 443 at a host on the push-service allow-list
(COMPANION_PUSH_ALLOWED_HOSTS), written canonically: a subscription is a URL our jobs will POST
to, so an arbitrary one would let anyone make the server send requests where they like.
"""

from __future__ import annotations

import base64
import re
from datetime import datetime
from urllib.parse import urlsplit

import msgspec
from cryptography.hazmat.primitives.asymmetric import ec

from server.accounts.services import SignedInUser
from server.audit import services as audit
from server.core import db
from server.core.errors import InvalidInput, NotFound
from server.notifications.schemas import (
    PreferencesIn,
    PreferencesOut,
    SubscriptionIn,
    SubscriptionOut,
)
from server.notifications.tables import NotificationPref, PushSubscription
from server.settings import Settings

MAX_DEVICES = 10  # a person's browsers; the oldest goes when an eleventh subscribes
# A device added or removed, or the settings changed (discreet mode off shows details on a lock screen).
SUBSCRIBED, UNSUBSCRIBED, PREFERENCES_CHANGED = (
    "push.subscribed",
    "push.unsubscribed",
    "reminders.preferences_changed",
)


def check_endpoint(endpoint: str, settings: Settings) -> None:
    """Refuse an endpoint outside the push-service allow-list, or not written canonically.

    Raises:
        InvalidInput: which rule the endpoint breaks.
    """
    scheme, host, port = _canonical_origin(endpoint)
    if not any(
        allowed.admits(scheme, host.strip("[]"), port) for allowed in settings.push_allowed_hosts
    ):
        raise InvalidInput(
            "endpoint: {host} is not a known push service (https on port 443 only).", host=host
        )


def _canonical_origin(endpoint: str) -> tuple[str, str, int]:
    """The scheme, host and port of an endpoint written as browsers write one: printable ASCII,
    "https://", a lower-case host, no user name or password, no port (443 is https's own), no
    fragment. Anything else is where two URL parsers (ours here, the sender's later) could read
    different hosts, so it is refused (InvalidInput) rather than tidied."""
    if not _PRINTABLE_ASCII.fullmatch(endpoint):
        raise InvalidInput(
            "endpoint: a push service address has no spaces, control characters (such as a tab "
            "or a line break), backslashes or characters outside ASCII."
        )
    if not endpoint.startswith(("https://", "http://")):  # http: the allow-list's loopback only
        raise InvalidInput("endpoint: a push service address starts with https://.")
    parts = urlsplit(endpoint)
    if "@" in parts.netloc:
        raise InvalidInput("endpoint: a push service address has no user name or password.")
    if "#" in endpoint:
        raise InvalidInput("endpoint: a push service address has no fragment (#…).")
    host, colon, port = parts.netloc, "", ""
    if _HAS_PORT.search(host):
        host, colon, port = host.rpartition(":")
    if host != host.lower():
        raise InvalidInput(
            "endpoint: write the host name in lower case ({host}).", host=host.lower()
        )
    if not _HOST.fullmatch(host):
        raise InvalidInput("endpoint: not a push service address.")
    number = int(port) if port else {"https": 443, "http": 80}[parts.scheme]
    if colon and parts.scheme == "https" and number == 443:
        raise InvalidInput(
            "endpoint: write the address without :{port} (https uses 443).", port=port
        )
    return parts.scheme, host, number


_PRINTABLE_ASCII = re.compile(r"[!-\[\]-~]+")  # 0x21-0x7e without the backslash
_HAS_PORT = re.compile(r":[0-9]*$")
# A DNS name or a bracketed IPv6 address (the loopback push service of the tests).
_HOST = re.compile(r"[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?|\[[0-9a-f:]+\]")


def check_keys(p256dh: str, auth: str) -> None:
    """Refuse keys no message could be encrypted to: p256dh must be a P-256 public key (65
    bytes, uncompressed) and auth a 16-byte secret, both base64url.

    Raises:
        InvalidInput: either is not.
    """
    try:
        point = base64.urlsafe_b64decode(p256dh + "=" * (-len(p256dh) % 4))
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
        if len(point) != 65:
            raise ValueError
    except ValueError:
        raise InvalidInput("keys.p256dh: not a P-256 public key (65 bytes, base64url).") from None
    try:
        secret = base64.urlsafe_b64decode(auth + "=" * (-len(auth) % 4))
    except ValueError:
        secret = b""
    if len(secret) != 16:
        raise InvalidInput("keys.auth: not a 16-byte secret (base64url).")


async def subscribe(
    user: SignedInUser, data: SubscriptionIn, settings: Settings, now: datetime
) -> SubscriptionOut:
    """Keep a browser's subscription for this person; the same endpoint again moves it to them
    (a shared computer that another person signed in to) with the new keys."""
    check_endpoint(data.endpoint, settings)
    check_keys(data.keys.p256dh, data.keys.auth)
    async with db.current().transaction():
        await PushSubscription.delete().where(PushSubscription.endpoint == data.endpoint)
        await PushSubscription.insert(
            PushSubscription(
                account=user.id,
                endpoint=data.endpoint,
                p256dh=data.keys.p256dh,
                auth=data.keys.auth,
                created_at=now,
            )
        )
        rows = (
            await PushSubscription.select(PushSubscription.id)
            .where(PushSubscription.account == user.id)
            .order_by(PushSubscription.created_at, ascending=False)
        )
        extra = [row["id"] for row in rows[MAX_DEVICES:]]
        if extra:
            await PushSubscription.delete().where(PushSubscription.id.is_in(extra))
        await audit.record(SUBSCRIBED, actor=user.id, subject=f"account:{user.id}", at=now)
    row = await PushSubscription.select().where(PushSubscription.endpoint == data.endpoint).first()
    return _out(row)


async def unsubscribe(user: SignedInUser, endpoint: str) -> None:
    deleted = (
        await PushSubscription.delete()
        .where((PushSubscription.endpoint == endpoint) & (PushSubscription.account == user.id))
        .returning(PushSubscription.id)
    )
    if not deleted:
        raise NotFound("This device is not subscribed.")
    await audit.record(UNSUBSCRIBED, actor=user.id, subject=f"push_subscription:{deleted[0]['id']}")


async def forget_devices(account_id: int) -> int:
    """Delete every push subscription of this person (deactivated: no reminder may reach a
    device they left signed in); returns how many. The caller audits the change it is part of.
    """
    deleted = (
        await PushSubscription.delete()
        .where(PushSubscription.account == account_id)
        .returning(PushSubscription.id)
    )
    return len(deleted)


async def subscriptions(user: SignedInUser) -> list[SubscriptionOut]:
    rows = (
        await PushSubscription.select()
        .where(PushSubscription.account == user.id)
        .order_by(PushSubscription.created_at)
    )
    return [_out(row) for row in rows]


def _out(row: dict) -> SubscriptionOut:
    return SubscriptionOut(
        id=row["id"],
        endpoint_host=urlsplit(row["endpoint"]).hostname or "",
        created_at=row["created_at"],
        last_success_at=row["last_success_at"],
    )


# --- preferences ---------------------------------------------------------------------------------


async def preferences(account_id: int) -> PreferencesOut:
    """A person's reminder preferences (the defaults until they change them)."""
    row = await NotificationPref.select().where(NotificationPref.account == account_id).first()
    devices = await PushSubscription.count().where(PushSubscription.account == account_id)
    return _preferences_out(row, devices)


async def preferences_of(account_ids: list[int]) -> dict[int, PreferencesOut]:
    """Many people's preferences in one query (the reminder planner; `devices` is not counted)."""
    rows = (
        {
            row["account"]: row
            for row in await NotificationPref.select().where(
                NotificationPref.account.is_in(account_ids)
            )
        }
        if account_ids
        else {}
    )
    return {account: _preferences_out(rows.get(account), 0) for account in account_ids}


def _preferences_out(row: dict | None, devices: int) -> PreferencesOut:
    if row is None:
        return PreferencesOut(devices=devices)
    return PreferencesOut(
        session_leads=msgspec.json.decode(row["session_leads"]),
        checkin_time=row["checkin_time"] or None,
        quiet_start=row["quiet_start"],
        quiet_end=row["quiet_end"],
        discreet=row["discreet"],
        devices=devices,
    )


async def set_preferences(user: SignedInUser, data: PreferencesIn, now: datetime) -> PreferencesOut:
    leads = sorted(set(data.session_leads), reverse=True)
    values = {
        NotificationPref.session_leads: msgspec.json.encode(leads).decode(),
        NotificationPref.checkin_time: data.checkin_time or "",
        NotificationPref.quiet_start: data.quiet_start,
        NotificationPref.quiet_end: data.quiet_end,
        NotificationPref.discreet: data.discreet,
        NotificationPref.updated_at: now,
    }
    async with db.current().transaction():
        if await NotificationPref.exists().where(NotificationPref.account == user.id):
            await NotificationPref.update(values).where(NotificationPref.account == user.id)
        else:
            await NotificationPref.insert(
                NotificationPref(account=user.id, **{c._meta.name: v for c, v in values.items()})
            )
        await audit.record(PREFERENCES_CHANGED, actor=user.id, subject=f"account:{user.id}", at=now)
    return await preferences(user.id)
