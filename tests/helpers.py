"""Test helpers: a Browser with its own cookie jar that speaks our CSRF protocol, and personas."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

import httpx
import pytest
from webauthn.helpers import bytes_to_base64url

from server.accounts.services import SignedInUser
from server.accounts.tables import Account, CareTeamMember, ClientProfile, SecondFactor
from tests.softkey import SoftPasskey

# Run a test on one engine only (its behaviour is engine-specific); the default is both.
ONLY_SQLITE = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
ONLY_POSTGRES = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
BASE_URL = "https://testserver.local"  # https, so Secure cookies flow as in a browser
PERSONA_PASSWORD = "correct horse battery staple"
CSRF_COOKIE = "__Host-csrf"
SESSION_COOKIE = "__Host-session"
DEVICE_COOKIE = "__Secure-device"


class Browser:
    """One device: a cookie jar against the app, echoing the CSRF cookie on unsafe methods.

    Requests go through httpx's ASGI transport on the test's own event loop, as uvicorn
    would call the app (Litestar's test client runs the app on a loop in another thread).
    """

    def __init__(self, app, address: str = "198.51.100.7"):
        transport = httpx.ASGITransport(app=app, client=(address, 50000))
        self.client = httpx.AsyncClient(transport=transport, base_url=BASE_URL)

    def cookie(self, name: str) -> str | None:
        return self.client.cookies.get(name)

    async def csrf_token(self) -> str:
        if self.cookie(CSRF_COOKIE) is None:
            await self.client.get("/healthz")
        token = self.cookie(CSRF_COOKIE)
        assert token, "the app should set a CSRF cookie on any GET"
        return token

    async def get(self, path: str, **kwargs) -> httpx.Response:
        return await self.client.get(path, **kwargs)

    async def post(self, path: str, json=None, *, csrf: bool = True, **kwargs) -> httpx.Response:
        return await self.client.post(
            path, json=json, headers=await self._headers(csrf, kwargs), **kwargs
        )

    async def put(self, path: str, json=None, *, csrf: bool = True, **kwargs) -> httpx.Response:
        return await self.client.put(
            path, json=json, headers=await self._headers(csrf, kwargs), **kwargs
        )

    async def patch(self, path: str, json=None, *, csrf: bool = True, **kwargs) -> httpx.Response:
        return await self.client.patch(
            path, json=json, headers=await self._headers(csrf, kwargs), **kwargs
        )

    async def delete(self, path: str, json=None, *, csrf: bool = True, **kwargs) -> httpx.Response:
        return await self.client.request(
            "DELETE", path, json=json, headers=await self._headers(csrf, kwargs), **kwargs
        )

    async def sign_in(
        self, email: str, password: str = PERSONA_PASSWORD, *, second_factor: bool = True
    ) -> httpx.Response:
        """Sign in; when the account has a passkey made by add_account (staff do), finish with
        it, as a person would (second_factor=False stops after the password)."""
        answer = await self.post("/api/auth/login", {"email": email, "password": password})
        passkey = PASSKEYS.get(email.strip().lower())
        if not second_factor or answer.status_code != 200 or passkey is None:
            return answer
        if answer.json()["stage"] != "second_factor":
            return answer
        return await self.use_passkey(passkey)

    async def use_passkey(self, passkey: SoftPasskey) -> httpx.Response:
        """Answer the server's passkey challenge with this passkey (sign-in or step-up)."""
        options = await self.post("/api/auth/passkey/options")
        assert options.status_code == 200, options.text
        return await self.post(
            "/api/auth/passkey/verify", {"credential": passkey.get(options.json())}
        )

    async def sign_out(self) -> httpx.Response:
        return await self.post("/api/auth/logout")

    async def _headers(self, csrf: bool, kwargs: dict) -> dict:
        headers = dict(kwargs.pop("headers", {}) or {})
        if csrf:
            headers.setdefault("X-CSRF-Token", await self.csrf_token())
        return headers


@dataclass(frozen=True)
class Persona:
    id: int
    email: str
    display_name: str
    role: str
    password: str = PERSONA_PASSWORD


@dataclass(frozen=True)
class Personas:
    """Who may see what: a client and their counselor, a second client and theirs, an admin."""

    client: Persona
    second_client: Persona
    counselor: Persona
    other_counselor: Persona
    admin: Persona


# The passkey of each staff account add_account made (by email): staff must have a second
# factor, and Browser.sign_in finishes with it.
PASSKEYS: dict[str, SoftPasskey] = {}


async def add_account(
    email: str,
    name: str,
    role: str,
    password_hash: str,
    *,
    active: bool = True,
    passkey: bool | None = None,
) -> Persona:
    """An account; staff (or anyone, with passkey=True) get a passkey (PASSKEYS[email])."""
    now = datetime.now(timezone.utc)
    rows = await Account.insert(
        Account(
            email=email,
            display_name=name,
            role=role,
            password_hash=password_hash,
            active=active,
            created_at=now,
            password_changed_at=now,
        )
    )
    persona = Persona(rows[0]["id"], email, name, role)
    if passkey or (passkey is None and role != "client"):
        await add_passkey(persona)
    return persona


async def add_passkey(persona: Persona, label: str = "Test passkey") -> SoftPasskey:
    """Register a software passkey for this person directly (as enrolment would)."""
    key = SoftPasskey()
    now = datetime.now(timezone.utc)
    await SecondFactor.insert(
        SecondFactor(
            account=persona.id,
            kind="passkey",
            label=label,
            credential_id=key.id,
            public_key=bytes_to_base64url(key.cose_public_key()),
            confirmed=True,
            created_at=now,
        )
    )
    PASSKEYS[persona.email.lower()] = key
    return key


async def on_care_team(counselor: Persona | int, *clients: Persona | int) -> None:
    """Put these clients on the counselor's caseload (the counselor is their primary); an
    active enrollment needs one. Personas or account ids."""
    now = datetime.now(timezone.utc)
    counselor_id = counselor if isinstance(counselor, int) else counselor.id
    await CareTeamMember.insert(
        *(
            CareTeamMember(
                client=c if isinstance(c, int) else c.id,
                counselor=counselor_id,
                is_primary=True,
                added_at=now,
            )
            for c in clients
        )
    )


async def some_counselor() -> int:
    """The first counselor's account id (a primary for clients a test adds in bulk)."""
    row = await Account.select(Account.id).where(Account.role == "counselor").first()
    assert row is not None, "make the personas (or a counselor) first"
    return row["id"]


async def move_care_team(client: Persona, counselor: Persona) -> None:
    """The client's care team becomes this counselor alone."""
    await CareTeamMember.delete().where(CareTeamMember.client == client.id)
    await on_care_team(counselor, client)


async def make_personas(password_hash: str) -> Personas:
    counselor = await add_account(
        "dana@clinic.example", "Dana Counselor", "counselor", password_hash
    )
    other_counselor = await add_account(
        "omar@clinic.example", "Omar Counselor", "counselor", password_hash
    )
    admin = await add_account("ada@clinic.example", "Ada Admin", "admin", password_hash)
    client = await add_account("casey@example.org", "Casey Client", "client", password_hash)
    second = await add_account("sky@example.org", "Sky Client", "client", password_hash)
    await ClientProfile.insert(ClientProfile(account=client.id), ClientProfile(account=second.id))
    now = datetime.now(timezone.utc)
    await CareTeamMember.insert(
        CareTeamMember(client=client.id, counselor=counselor.id, is_primary=True, added_at=now),
        CareTeamMember(
            client=second.id, counselor=other_counselor.id, is_primary=True, added_at=now
        ),
    )
    return Personas(client, second, counselor, other_counselor, admin)


# --- the schedule fixture's program (see `schedule` in tests/conftest.py) -------------------

DENVER = "America/Denver"


@dataclass(frozen=True)
class Schedule:
    program_id: int
    evening_track: int
    morning_track: int
    evening_series: int
    morning_series: int
    first_day: date  # a Monday, program-local


def user_of(persona: Persona, zone: str = DENVER) -> SignedInUser:
    """The signed-in user a service sees for a persona."""
    return SignedInUser(
        id=persona.id,
        email=persona.email,
        display_name=persona.display_name,
        role=persona.role,
        timezone=zone,
        locale="en-US",
    )
