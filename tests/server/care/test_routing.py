"""Urgent routing: an urgent check-in reaches a named person in every state a care team and a
program's on-call list can be in, escalates when nobody acknowledges it, and stops when someone
opens it."""

from __future__ import annotations

import itertools
import uuid
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from server.accounts.tables import Account, CareTeamMember
from server.audit.tables import AuditEvent
from server.care import services as care
from server.care.tables import AlertRecipient, UrgentAlert
from server.notifications import planner
from server.notifications.tables import Notification
from tests.helpers import DENVER, add_account, move_care_team


def now() -> datetime:
    return datetime.now(timezone.utc)


def urgent_body(zone: str = DENVER, days_back: int = 0) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "local_date": str(datetime.now(ZoneInfo(zone)).date() - timedelta(days=days_back)),
        "mood": 1,
        "craving": 3,
        "used": False,
        "medication": "yes",
        "sleep_hours": 4,
        "safety_concern": True,
    }


async def send_urgent(signed_in, persona, days_back: int = 0) -> dict:
    """An urgent check-in for today (or a day `days_back`: one check-in a day makes another)."""
    client = await signed_in(persona)
    answer = await client.post("/api/checkins", urgent_body(days_back=days_back))
    assert answer.status_code == 201, answer.text
    assert answer.json()["risk"] == "urgent"
    return answer.json()


async def reached(checkin_id: str) -> dict[str, set[int]]:
    """Who the check-in's alert reached, per route."""
    alert = await UrgentAlert.select().where(UrgentAlert.subject == f"checkin:{checkin_id}").first()
    assert alert is not None, "an urgent check-in raises an alert"
    out: dict[str, set[int]] = {}
    for row in await AlertRecipient.select().where(AlertRecipient.alert == alert["id"]):
        out.setdefault(row["route"], set()).add(row["account"])
    return out


# --- never nobody: every state of a care team and an on-call list ------------------------------

TEAM_STATES = ["none", "deactivated", "on_leave", "two", "one"]
ON_CALL_STATES = ["empty", "one", "deactivated"]


@pytest.mark.parametrize(("team", "on_call"), list(itertools.product(TEAM_STATES, ON_CALL_STATES)))
async def test_no_state_of_team_and_on_call_leaves_an_urgent_check_in_with_no_one(
    personas, schedule, signed_in, persona_hash, team, on_call
):
    counselor, other = personas.counselor, personas.other_counselor
    third = await add_account("tess@clinic.example", "Tess Third", "counselor", persona_hash)
    await CareTeamMember.delete().where(CareTeamMember.client == personas.client.id)
    if team in ("deactivated", "on_leave", "two", "one"):
        await move_care_team(personas.client, counselor)
    if team == "two":
        await CareTeamMember.insert(
            CareTeamMember(client=personas.client.id, counselor=third.id, added_at=now())
        )
    if team == "deactivated":
        await Account.update({Account.active: False}).where(Account.id == counselor.id)
    if team == "on_leave":
        await Account.update({Account.on_leave: True}).where(Account.id == counselor.id)
    if on_call != "empty":
        await care.set_program_care(
            schedule.program_id, [other.id], 15, True, actor=None, now=now()
        )
    if on_call == "deactivated":
        await Account.update({Account.active: False}).where(Account.id == other.id)

    answer = await send_urgent(signed_in, personas.client)

    routes = await reached(answer["id"])
    people = set().union(*routes.values())
    assert people, "an urgent check-in reached nobody"
    active = {
        row["id"]
        for row in await Account.select(Account.id).where(
            Account.active.eq(True) & Account.on_leave.eq(False)
        )
    }
    assert people <= active, "it reached someone who cannot see it"
    expected_route = (
        "team" if team in ("two", "one") else "on_call" if on_call == "one" else "admins"
    )
    assert list(routes) == [expected_route]
    if expected_route == "team":
        assert people == ({counselor.id, third.id} if team == "two" else {counselor.id})
    elif expected_route == "on_call":
        assert people == {other.id}
    else:
        assert people == {personas.admin.id}
    seen_by = answer["support"]["seen_by"]
    assert (
        seen_by
        == {
            "team": "Dana Counselor, your counselor",
            "on_call": "the on-call counselor at Test IOP",
            "admins": "the clinical staff at Test IOP",
        }[expected_route]
    )


async def test_with_no_admin_available_an_urgent_check_in_reaches_every_active_counselor(
    personas, signed_in
):
    await CareTeamMember.delete().where(CareTeamMember.client == personas.client.id)
    await Account.update({Account.active: False}).where(Account.id == personas.admin.id)
    answer = await send_urgent(signed_in, personas.client)
    assert await reached(answer["id"]) == {
        "admins": {personas.counselor.id, personas.other_counselor.id}
    }


# --- acknowledge and escalate ------------------------------------------------------------------


async def test_unacknowledged_it_escalates_to_on_call_then_admins_once_each(
    personas, schedule, signed_in
):
    await care.set_program_care(
        schedule.program_id, [personas.other_counselor.id], 10, True, actor=None, now=now()
    )
    answer = await send_urgent(signed_in, personas.client)
    start = now()

    assert await care.escalate_due(start + timedelta(minutes=9)) == 0  # not yet
    assert await care.escalate_due(start + timedelta(minutes=11)) == 1
    assert await care.escalate_due(start + timedelta(minutes=11)) == 0  # a step is taken once
    assert await care.escalate_due(start + timedelta(minutes=22)) == 1
    assert await care.escalate_due(start + timedelta(hours=5)) == 0  # nobody above the admins
    assert await reached(answer["id"]) == {
        "team": {personas.counselor.id},
        "on_call": {personas.other_counselor.id},
        "admins": {personas.admin.id},
    }
    actions = [
        row["action"]
        for row in await AuditEvent.select(AuditEvent.action)
        .where(AuditEvent.action.like("urgent_alert.%"))
        .order_by(AuditEvent.id)
    ]
    assert actions == [
        "urgent_alert.reached.team",
        "urgent_alert.raised",
        "urgent_alert.reached.on_call",
        "urgent_alert.escalated",
        "urgent_alert.reached.admins",
        "urgent_alert.escalated",
    ]

    # every step is an outbox row, high urgency, naming nothing
    await planner.plan_alerts(start + timedelta(minutes=23))
    rows = await Notification.select().where(Notification.kind == "alert")
    assert sorted(row["account"] for row in rows) == sorted(
        [personas.counselor.id, personas.other_counselor.id, personas.admin.id]
    )
    assert {row["urgency"] for row in rows} == {"high"}
    assert all("Casey" not in row["detail"] for row in rows)


async def test_a_care_team_member_opening_it_acknowledges_it_and_stops_the_escalation(
    personas, schedule, signed_in
):
    answer = await send_urgent(signed_in, personas.client)
    await planner.plan_alerts(now())
    assert await Notification.count().where(Notification.kind == "alert") == 1

    counselor = await signed_in(personas.counselor)
    queue = (await counselor.get("/api/counselor/review-queue")).json()
    first = queue["items"][0]
    assert first["id"] == answer["id"]  # the urgent one first
    assert first["alert"]["reached"] == ["Dana Counselor"]
    assert first["alert"]["acknowledged_by"] is None

    detail = (await counselor.get(f"/api/counselor/checkins/{answer['id']}")).json()
    assert detail["alert"]["acknowledged_by"] == "Dana Counselor"
    assert detail["alert"]["acknowledged_at"] is not None
    assert await care.escalate_due(now() + timedelta(hours=1)) == 0
    assert await reached(answer["id"]) == {"team": {personas.counselor.id}}
    queue = (await counselor.get("/api/counselor/review-queue")).json()
    assert queue["items"][0]["alert"]["acknowledged_by"] == "Dana Counselor"


async def test_an_on_call_counselor_it_reached_may_open_that_check_in_and_the_chart_only(
    personas, schedule, signed_in
):
    """The queue and the check-ins stay the care team's, but the chart (its header, trends and
    lists) opens for 14 days to whoever an urgent alert reached: acting on it needs context."""
    await care.set_program_care(
        schedule.program_id, [personas.other_counselor.id], 15, True, actor=None, now=now()
    )
    # Yesterday's, before: the team has it.
    earlier = await send_urgent(signed_in, personas.client, days_back=1)
    await Account.update({Account.active: False}).where(Account.id == personas.counselor.id)
    answer = await send_urgent(signed_in, personas.client)
    assert await reached(answer["id"]) == {"on_call": {personas.other_counselor.id}}

    on_call = await signed_in(personas.other_counselor)
    ids = [
        item["id"] for item in (await on_call.get("/api/counselor/review-queue")).json()["items"]
    ]
    assert answer["id"] in ids and earlier["id"] not in ids
    assert (await on_call.get(f"/api/counselor/checkins/{answer['id']}")).status_code == 200
    assert (await on_call.get(f"/api/counselor/checkins/{earlier['id']}")).status_code == 404
    assert (await on_call.get(f"/api/counselor/clients/{personas.client.id}")).status_code == 200
    summary = await on_call.get(f"/api/staff/clients/{personas.client.id}/summary")
    assert summary.status_code == 200 and summary.json()["on_caseload"] is False


async def test_an_admin_an_escalation_reached_can_open_it_and_acknowledge_it(
    personas, schedule, signed_in
):
    answer = await send_urgent(signed_in, personas.client)
    assert await care.escalate_due(now() + timedelta(minutes=16)) == 1  # no on-call: admins
    admin = await signed_in(personas.admin)
    queue = (await admin.get("/api/counselor/review-queue")).json()
    assert [item["id"] for item in queue["items"]] == [answer["id"]]
    detail = await admin.get(f"/api/counselor/checkins/{answer['id']}")
    assert detail.status_code == 200
    assert detail.json()["alert"]["acknowledged_by"] == "Ada Admin"


# --- care teams --------------------------------------------------------------------------------


async def test_a_counselor_cannot_change_the_care_team_of_a_client_not_on_their_caseload(
    personas, signed_in
):
    other = await signed_in(personas.other_counselor)
    answer = await other.put(
        f"/api/staff/clients/{personas.client.id}/care-team",
        {"primary": personas.other_counselor.id},
    )
    assert answer.status_code == 404
    team = await care.team_of(personas.client.id)
    assert [(m.id, m.is_primary) for m in team] == [(personas.counselor.id, True)]
    denied = await AuditEvent.select().where(AuditEvent.outcome != "ok")
    assert [(e["actor"], e["patient"]) for e in denied] == [
        (personas.other_counselor.id, personas.client.id)
    ]


async def test_a_counselor_adds_a_colleague_and_both_see_the_client(personas, signed_in):
    dana = await signed_in(personas.counselor)
    answer = await dana.put(
        f"/api/staff/clients/{personas.client.id}/care-team",
        {"primary": personas.counselor.id, "others": [personas.other_counselor.id]},
    )
    assert answer.status_code == 200, answer.text
    assert [(m["name"], m["is_primary"]) for m in answer.json()["members"]] == [
        ("Dana Counselor", True),
        ("Omar Counselor", False),
    ]
    omar = await signed_in(personas.other_counselor)
    names = {c["name"] for c in (await omar.get("/api/counselor/caseload")).json()["clients"]}
    assert names == {"Casey Client", "Sky Client"}


async def test_a_care_team_takes_only_active_counselors(personas, signed_in):
    admin = await signed_in(personas.admin)
    for body, why in [
        ({"primary": personas.admin.id}, "an admin"),
        ({"primary": personas.second_client.id}, "a client"),
        ({"primary": 999999}, "nobody"),
    ]:
        answer = await admin.put(f"/api/staff/clients/{personas.client.id}/care-team", body)
        assert answer.status_code == 400, why
        assert "active counselor" in answer.json()["detail"]
    team = await care.team_of(personas.client.id)
    assert [m.id for m in team] == [personas.counselor.id]


async def test_moving_a_caseload_keeps_every_client_with_a_primary(personas, signed_in):
    await CareTeamMember.insert(  # Sky already has Dana as a second counselor
        CareTeamMember(
            client=personas.second_client.id, counselor=personas.counselor.id, added_at=now()
        )
    )
    admin = await signed_in(personas.admin)
    answer = await admin.post(
        f"/api/admin/counselors/{personas.other_counselor.id}/transfer",
        {"to": personas.counselor.id},
    )
    assert answer.status_code == 200 and answer.json() == {"moved": 1}
    for client in (personas.client, personas.second_client):
        team = await care.team_of(client.id)
        assert [(m.id, m.is_primary) for m in team] == [(personas.counselor.id, True)]


async def test_on_call_takes_only_counselors_and_a_sane_delay(personas, schedule, signed_in):
    admin = await signed_in(personas.admin)
    url = f"/api/admin/programs/{schedule.program_id}/on-call"
    assert (await admin.put(url, {"counselors": [personas.admin.id]})).status_code == 400
    assert (await admin.put(url, {"counselors": [], "escalate_minutes": 0})).status_code == 400
    ok = await admin.put(url, {"counselors": [personas.other_counselor.id], "escalate_minutes": 5})
    assert ok.status_code == 200
    assert ok.json()["counselors"] == [
        {"id": personas.other_counselor.id, "name": "Omar Counselor"}
    ]
    assert (await admin.get(url)).json()["escalate_minutes"] == 5
