"""Care API: a client's care team (/api/staff/clients/{id}/care-team: admins for anyone,
counselors for clients on their caseload), a program's on-call counselors and escalation delay,
and moving a counselor's whole caseload to another (/api/admin)."""

from __future__ import annotations

from litestar import Controller, Request
from litestar.params import JSONBody

from server.care import services
from server.care.schemas import (
    CareTeamIn,
    CareTeamOut,
    Colleague,
    OnCallIn,
    OnCallOut,
    TransferIn,
    TransferOut,
)
from server.core.http import PathId, get, post, put, utc_now
from server.security.guards import requires_admin, requires_staff


class CareTeamController(Controller):
    path = "/staff/clients/{client_id:int}/care-team"
    tags = ["care"]
    guards = [requires_staff]

    @get("/", summary="A client's care team, primary counselor first")
    async def team(self, request: Request, client_id: PathId) -> CareTeamOut:
        return await services.care_team(client_id, request.user, utc_now())

    @put("/", summary="Set a client's care team: a primary counselor and any others")
    async def set_team(
        self, request: Request, client_id: PathId, data: JSONBody[CareTeamIn]
    ) -> CareTeamOut:
        members = await services.set_team(
            client_id, data.primary, data.others, actor=request.user, now=utc_now()
        )
        return CareTeamOut(client_id=client_id, members=members)


@get(
    "/staff/counselors",
    guards=[requires_staff],
    tags=["care"],
    summary="Active counselors, for choosing a care team (no client data)",
)
async def counselors() -> list[Colleague]:
    return await services.counselors()


class OnCallController(Controller):
    path = "/admin"
    tags = ["admin"]
    guards = [requires_admin]

    @get("/programs/{program_id:int}/on-call", summary="A program's on-call counselors")
    async def on_call(self, program_id: PathId) -> OnCallOut:
        return await services.program_care(program_id)

    @put(
        "/programs/{program_id:int}/on-call",
        summary="Name a program's on-call counselors and when an urgent alert escalates",
    )
    async def set_on_call(
        self, request: Request, program_id: PathId, data: JSONBody[OnCallIn]
    ) -> OnCallOut:
        return await services.set_program_care(
            program_id,
            data.counselors,
            data.escalate_minutes,
            data.counselors_invite,
            actor=request.user.id,
            now=utc_now(),
        )

    @post(
        "/counselors/{counselor_id:int}/transfer",
        status_code=200,
        summary="Move a counselor's whole caseload to another counselor in one step",
    )
    async def transfer(
        self, request: Request, counselor_id: PathId, data: JSONBody[TransferIn]
    ) -> TransferOut:
        moved = await services.transfer_caseload(
            counselor_id, data.to, actor=request.user.id, now=utc_now()
        )
        return TransferOut(moved=moved)
