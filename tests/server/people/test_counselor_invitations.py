"""A counselor invites a client into a track where they lead a live group, when the program
lets counselors invite: the client is enrolled from the program's today and the counselor is
their primary counselor."""

from __future__ import annotations

from datetime import datetime, timezone

from server.audit.tables import AuditEvent
from server.care import services as care
from server.programs import recurrence
from server.programs.tables import Enrollment
from tests.helpers import DENVER


async def test_a_counselor_invites_a_client_into_their_track(personas, schedule, signed_in):
    counselor = await signed_in(personas.counselor)
    answer = await counselor.post(
        "/api/counselor/invitations",
        {"name": "Rosa Vega", "track_id": schedule.evening_track, "locale": "es-US"},
    )
    assert answer.status_code == 201, answer.text
    made = answer.json()
    client_id = made["person"]["id"]
    assert made["person"]["team"] == ["Dana Counselor"] and made["sign_in_name"].startswith("rosa-")
    [enrollment] = await Enrollment.select().where(Enrollment.client == client_id)
    today = datetime.now(recurrence.zone(DENVER)).date()
    assert (enrollment["track"], enrollment["starts_on"], enrollment["status"]) == (
        schedule.evening_track,
        today,
        "active",
    )
    [member] = await care.team_of(client_id)
    assert (member.id, member.is_primary) == (personas.counselor.id, True)
    caseload = await counselor.get("/api/counselor/caseload")
    assert client_id in [row["client_id"] for row in caseload.json()["clients"]]


async def test_a_counselor_cannot_invite_into_a_track_they_do_not_lead(
    personas, schedule, signed_in
):
    counselor = await signed_in(personas.counselor)
    for track in (schedule.morning_track, 99999):
        answer = await counselor.post(
            "/api/counselor/invitations", {"name": "Rosa Vega", "track_id": track}
        )
        assert (answer.status_code, answer.json()["detail"]) == (
            403,
            "You can invite clients only into a track where you lead a group.",
        )
    assert await Enrollment.count() == 2
    denials = await AuditEvent.count().where(
        (AuditEvent.action == "invitation.refused") & (AuditEvent.outcome == "denied")
    )
    assert denials == 2


async def test_a_counselor_cannot_invite_when_the_program_turned_it_off(
    personas, schedule, signed_in
):
    await care.set_program_care(
        schedule.program_id,
        [],
        15,
        counselors_invite=False,
        actor=None,
        now=datetime.now(timezone.utc),
    )
    counselor = await signed_in(personas.counselor)
    answer = await counselor.post(
        "/api/counselor/invitations", {"name": "Rosa Vega", "track_id": schedule.evening_track}
    )
    assert (answer.status_code, answer.json()["detail"]) == (
        403,
        "In this program only admins invite clients; ask an admin to invite them.",
    )
    assert await Enrollment.count() == 2


async def test_only_counselors_use_the_counselor_invitation(personas, schedule, signed_in):
    admin = await signed_in(personas.admin)
    answer = await admin.post(
        "/api/counselor/invitations", {"name": "Rosa Vega", "track_id": schedule.evening_track}
    )
    assert (answer.status_code, answer.json()["detail"]) == (403, "Your account cannot use this.")


async def test_the_invitation_form_offers_the_tracks_a_counselor_leads_and_says_when_it_may_not(
    personas, schedule, signed_in
):
    counselor = await signed_in(personas.counselor)
    tracks = (await counselor.get("/api/counselor/tracks")).json()
    assert tracks == [
        {
            "id": schedule.evening_track,
            "name": "Evening IOP",
            "program_id": schedule.program_id,
            "program_name": "Test IOP",
            "may_invite": True,
        }
    ]  # not the morning track: another counselor leads it
    await care.set_program_care(
        schedule.program_id, [], 15, False, actor=None, now=datetime.now(timezone.utc)
    )
    assert [t["may_invite"] for t in (await counselor.get("/api/counselor/tracks")).json()] == [
        False
    ]


async def test_an_admin_opens_one_person_and_a_client_look_is_audited(personas, signed_in):
    admin = await signed_in(personas.admin)
    answer = await admin.get(f"/api/admin/people/{personas.client.id}")
    assert answer.status_code == 200
    assert (answer.json()["name"], answer.json()["team"]) == ("Casey Client", ["Dana Counselor"])
    looks = await AuditEvent.select().where(AuditEvent.action == "people.person_viewed")
    assert [(e["actor"], e["patient"]) for e in looks] == [(personas.admin.id, personas.client.id)]
    assert (await admin.get("/api/admin/people/999999")).status_code == 404
