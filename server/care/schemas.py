"""Care shapes: a care team's members, a program's on-call settings, an alert as staff see it."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec


class TeamMember(msgspec.Struct, frozen=True):
    id: int
    name: str
    is_primary: bool
    active: bool
    on_leave: bool


class AlertState(msgspec.Struct, frozen=True):
    """What staff screens show of an alert: who it reached and who acknowledged it, when."""

    route: str
    raised_at: datetime
    reached: list[str]
    acknowledged_by: str | None = None
    acknowledged_at: datetime | None = None


class Person(msgspec.Struct, frozen=True):
    id: int
    name: str


class Colleague(msgspec.Struct, frozen=True):
    id: int
    name: str
    on_leave: bool


class CareTeamOut(msgspec.Struct, frozen=True):
    client_id: int
    members: list[TeamMember]  # primary first


class CareTeamIn(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    primary: int  # the primary counselor's account id
    others: Annotated[list[int], msgspec.Meta(max_length=12)] = []


class OnCallOut(msgspec.Struct, frozen=True):
    program_id: int
    counselors: list[Person]
    escalate_minutes: int
    counselors_invite: bool  # counselors may invite clients into the tracks they facilitate


class OnCallIn(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    counselors: Annotated[list[int], msgspec.Meta(max_length=50)]
    escalate_minutes: Annotated[int, msgspec.Meta(ge=1, le=240)] = 15
    counselors_invite: bool = True


class TransferIn(msgspec.Struct, frozen=True, forbid_unknown_fields=True):
    to: int  # the counselor taking over the caseload


class TransferOut(msgspec.Struct, frozen=True):
    moved: int  # clients whose care team changed
