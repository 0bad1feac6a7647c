"""The admin's directory: search by name or sign-in name in any case, filter by role and status,
a page at a time with the total; each client shown is audited."""

from __future__ import annotations

from server.audit.tables import AuditEvent
from tests.helpers import Browser
from tests.server.test_audit_completeness import events_after, newest_event


async def names(admin: Browser, **params) -> list[str]:
    answer = await admin.get("/api/admin/directory", params=params)
    assert answer.status_code == 200, answer.text
    return [person["name"] for person in answer.json()["people"]]


async def test_search_matches_names_and_sign_in_names_in_any_case(personas, signed_in):
    admin = await signed_in(personas.admin)
    assert await names(admin, q="counselor") == ["Dana Counselor", "Omar Counselor"]
    assert await names(admin, q="SKY@EXAMPLE") == ["Sky Client"]
    assert await names(admin, q="%") == []  # a wildcard is just a character
    assert await names(admin, q="_") == []
    assert await names(admin) == [
        "Ada Admin",
        "Casey Client",
        "Dana Counselor",
        "Omar Counselor",
        "Sky Client",
    ]


async def test_role_and_status_filter_and_pages_carry_the_total(personas, signed_in):
    admin = await signed_in(personas.admin)
    invited = await admin.post(
        "/api/admin/people",
        {"name": "Ivy Client", "role": "client", "primary_counselor": personas.counselor.id},
    )
    assert invited.status_code == 201
    await admin.post(f"/api/admin/people/{personas.second_client.id}/deactivate")
    assert await names(admin, role="client", status="active") == ["Casey Client"]
    assert await names(admin, role="client", status="invited") == ["Ivy Client"]
    assert await names(admin, status="deactivated") == ["Sky Client"]
    page = await admin.get(
        "/api/admin/directory", params={"role": "client", "limit": 1, "offset": 1}
    )
    body = page.json()
    assert (body["total"], [p["name"] for p in body["people"]]) == (3, ["Ivy Client"])
    bad = await admin.get("/api/admin/directory", params={"status": "sleeping"})
    assert bad.status_code == 400


async def test_clients_show_their_team_and_counselors_their_caseload(personas, signed_in):
    admin = await signed_in(personas.admin)
    everyone = {p["name"]: p for p in (await admin.get("/api/admin/directory")).json()["people"]}
    casey, dana, ada = everyone["Casey Client"], everyone["Dana Counselor"], everyone["Ada Admin"]
    assert (casey["team"], casey["caseload"], casey["status"]) == (
        ["Dana Counselor"],
        None,
        "active",
    )
    assert (dana["caseload"], dana["team"]) == (1, [])
    assert (ada["caseload"], ada["email"], ada["role"]) == (None, "ada@clinic.example", "admin")


async def test_each_client_shown_is_audited_and_staff_are_not(personas, signed_in):
    admin = await signed_in(personas.admin)
    before = await newest_event()
    await names(admin, q="client")
    events = await events_after(before)
    assert sorted(e["patient"] for e in events) == sorted(
        [personas.client.id, personas.second_client.id]
    )
    assert {(e["action"], e["actor"]) for e in events} == {
        ("people.directory_viewed", personas.admin.id)
    }
    middle = await AuditEvent.count()
    await names(admin, role="counselor")
    assert await AuditEvent.count() == middle


async def test_only_admins_see_the_directory(personas, signed_in):
    counselor = await signed_in(personas.counselor)
    answer = await counselor.get("/api/admin/directory")
    assert answer.status_code == 403
