"""The people API's shapes: a person as the directory shows them, invitations in and out."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec

from server.accounts.schemas import Locale

Name = Annotated[str, msgspec.Meta(min_length=1, max_length=100)]
Email = Annotated[
    str,
    msgspec.Meta(max_length=254, description="Email address (staff sign in with it)."),
]
Phone = Annotated[str, msgspec.Meta(max_length=32, pattern=r"^[0-9+() .-]*$")]
TimeZone = Annotated[
    str, msgspec.Meta(min_length=1, max_length=64, description="IANA zone, e.g. America/Denver")
]
Id = Annotated[int, msgspec.Meta(ge=1, le=2**31 - 1)]
RoleName = Literal["client", "counselor", "admin"]
Status = Literal["active", "invited", "deactivated"]


class PersonDetail(msgspec.Struct, frozen=True):
    """A person in the directory (named apart from programs' PersonOut, the picker's shape, so
    that neither component is renamed in the API schema). `status`: active (can sign in),
    invited (no password yet: an invitation or a reset is waiting for its code), deactivated."""

    id: int
    name: str
    email: str  # the sign-in name: an email, or a client's generated name such as maria-4821
    role: str
    status: str
    on_leave: bool
    phone: str
    locale: str
    timezone: str
    created_at: datetime
    team: list[str] = []  # a client's care team by name, primary counselor first
    caseload: int | None = None  # a counselor's active clients


class DirectoryOut(msgspec.Struct, frozen=True):
    people: list[PersonDetail]
    total: int  # how many match, across every page


class InviteIn(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    name: Name
    role: RoleName
    email: Email | None = None  # required for staff; a client without one gets a sign-in name
    phone: Phone = ""
    locale: Locale = "en-US"
    timezone: TimeZone = "America/Denver"
    primary_counselor: Id | None = None  # clients: their care team's primary counselor


class ClientInviteIn(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    """A counselor invites a client into a track they lead."""

    name: Name
    track_id: Id
    email: Email | None = None
    phone: Phone = ""
    locale: Locale = "en-US"
    timezone: TimeZone = "America/Denver"


class InviteTrack(msgspec.Struct, frozen=True):
    """A track a counselor leads a group in, for their invitation form."""

    id: int
    name: str
    program_id: int
    program_name: str
    may_invite: bool  # the program lets counselors invite clients


class PersonPatch(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    name: Name | None = None
    email: Email | None = None
    phone: Phone | None = None
    locale: Locale | None = None
    timezone: TimeZone | None = None
    on_leave: bool | None = None  # staff only


class InvitationOut(msgspec.Struct, frozen=True):
    """A code to hand to the person, once: it is not stored and cannot be shown again."""

    person: PersonDetail
    purpose: str  # invite | reset
    code: str  # e.g. K7Q2-9XMD-3FHP
    link: str  # the activation page with the code in its fragment (never sent to a server)
    sign_in_name: str
    expires_at: datetime
