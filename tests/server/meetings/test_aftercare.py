"""Aftercare plans and weekly progress: weeks in the client's own zone, the counselor's plan and
verification for their caseload only, and the caseload's weeks in a fixed number of queries."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import msgspec

from server.accounts.tables import Account, ClientProfile
from server.audit.tables import AuditEvent
from server.meetings import services
from server.meetings.schemas import MeetingLogIn, MeetingsWeek
from server.meetings.tables import AftercarePlan, MeetingLog
from tests.helpers import add_account, on_care_team
from tests.server.meetings.conftest import user_of

DENVER = ZoneInfo("America/Denver")
# A Monday just after midnight in Denver, and the Sunday night before it.
MONDAY = datetime(2026, 11, 23, 0, 20, tzinfo=DENVER)
SUNDAY_NIGHT = datetime(2026, 11, 22, 23, 45, tzinfo=DENVER)


async def log(
    persona,
    attended_at: datetime,
    now: datetime | None = None,
    zone: str = "America/Denver",
    **changes,
):
    data = {
        "id": str(uuid.uuid4()),
        "fellowship": "na",
        "name": "Clean and Serene",
        "attended_at": attended_at.isoformat(),
        "format": "in_person",
        **changes,
    }
    meeting, _ = await services.submit(
        user_of(persona, zone),
        msgspec.convert(data, MeetingLogIn),
        now or datetime.now(timezone.utc),
    )
    return meeting


def recent(hours: float = 1) -> datetime:
    return datetime.now(timezone.utc) - timedelta(hours=hours)


# --- the week -----------------------------------------------------------------------------------


async def test_the_week_runs_monday_to_sunday_in_the_clients_own_zone(personas):
    await log(
        personas.client, datetime(2026, 11, 22, 23, 30, tzinfo=DENVER), now=MONDAY
    )  # Sunday night
    await log(
        personas.client, datetime(2026, 11, 23, 0, 10, tzinfo=DENVER), now=MONDAY
    )  # Monday morning
    await log(
        personas.client, datetime(2026, 11, 16, 0, 0, tzinfo=DENVER), now=MONDAY
    )  # last Monday, midnight
    user = user_of(personas.client)
    assert await services.aftercare_card(user, MONDAY) == MeetingsWeek(
        week_start=date(2026, 11, 23), target=None, logged=1, verified=0
    )
    assert await services.aftercare_card(user, SUNDAY_NIGHT) == MeetingsWeek(
        week_start=date(2026, 11, 16), target=None, logged=2, verified=0
    )


async def test_the_same_instants_fall_in_another_week_for_a_client_elsewhere(personas):
    # 2026-11-23 00:10 in Denver is Monday 07:10 UTC: still Sunday 21:10 in Honolulu, the week before.
    await log(personas.client, datetime(2026, 11, 23, 0, 10, tzinfo=DENVER), now=MONDAY)
    honolulu = user_of(personas.client, "Pacific/Honolulu")
    assert (await services.aftercare_card(honolulu, MONDAY)).week_start == date(
        2026, 11, 22
    ) - timedelta(days=6)
    assert (await services.aftercare_card(honolulu, MONDAY)).logged == 1
    assert (await services.aftercare_card(user_of(personas.client), MONDAY)).logged == 1
    assert (await services.aftercare_card(honolulu, MONDAY + timedelta(days=1))).logged == 0


async def test_my_aftercare_shows_the_plan_and_this_weeks_logged_and_verified_meetings(
    personas, signed_in
):
    counselor, client = await signed_in(personas.counselor), await signed_in(personas.client)
    empty = (await client.get("/api/me/aftercare")).json()
    assert (
        empty["plan"] is None and empty["week"]["target"] is None and empty["week"]["logged"] == 0
    )
    plan = {"weekly_target": 3, "notes": "Sponsor: Pat, call Sundays. Sober living at Elm House."}
    assert (
        await counselor.put(f"/api/counselor/clients/{personas.client.id}/aftercare", plan)
    ).status_code == 200
    first = await log(personas.client, recent(1))
    await log(personas.client, recent(2))
    await counselor.post(f"/api/counselor/meetings/{first.id}/verify")

    mine = (await client.get("/api/me/aftercare")).json()
    assert mine["plan"]["weekly_target"] == 3 and mine["plan"]["notes"] == plan["notes"]
    today = datetime.now(timezone.utc).astimezone(DENVER).date()
    expected_logged = sum(
        1
        for hours in (1, 2)
        if recent(hours).astimezone(DENVER).date() >= today - timedelta(days=today.weekday())
    )
    assert mine["week"] == {
        "week_start": str(today - timedelta(days=today.weekday())),
        "target": 3,
        "logged": expected_logged,
        "verified": 1 if expected_logged else 0,
    }


# --- counselors ---------------------------------------------------------------------------------


async def test_a_counselor_sets_and_reads_a_caseload_clients_plan(personas, signed_in):
    counselor = await signed_in(personas.counselor)
    path = f"/api/counselor/clients/{personas.client.id}/aftercare"
    assert (await counselor.get(path)).json()["plan"] is None
    meeting = await log(personas.client, recent(30))
    saved = await counselor.put(
        path, {"weekly_target": 4, "notes": "  Continue therapy every other week.  "}
    )
    assert saved.status_code == 200, saved.text
    assert saved.json()["plan"]["weekly_target"] == 4
    assert saved.json()["plan"]["notes"] == "Continue therapy every other week."
    changed = await counselor.put(path, {"weekly_target": 2})
    assert changed.json()["plan"]["weekly_target"] == 2 and changed.json()["plan"]["notes"] == ""
    detail = (await counselor.get(path)).json()
    assert detail["client_id"] == personas.client.id and detail["week"]["target"] == 2
    assert [m["id"] for m in detail["recent"]] == [str(meeting.id)]
    assert await AftercarePlan.count() == 1
    actions = [
        e["action"]
        for e in await AuditEvent.select(AuditEvent.action)
        .where(AuditEvent.patient == personas.client.id)
        .order_by(AuditEvent.id)
    ]
    assert actions == [
        "aftercare.viewed",
        "meeting.logged",
        "aftercare.changed",
        "aftercare.changed",
        "aftercare.viewed",
    ]


async def test_a_plan_outside_its_limits_is_refused(personas, signed_in):
    counselor = await signed_in(personas.counselor)
    path = f"/api/counselor/clients/{personas.client.id}/aftercare"
    for bad, field in (
        ({"weekly_target": 22}, "weekly_target"),
        ({"weekly_target": -1}, "weekly_target"),
        ({"weekly_target": 3, "notes": "x" * 4001}, "notes"),
        ({"notes": "no target"}, "weekly_target"),
    ):
        response = await counselor.put(path, bad)
        assert response.status_code == 400 and field in response.json()["detail"]
    assert await AftercarePlan.count() == 0


async def test_verifying_twice_keeps_the_first_time_and_the_client_sees_it(personas, signed_in):
    meeting = await log(personas.client, recent(3))
    counselor, client = await signed_in(personas.counselor), await signed_in(personas.client)
    first = await counselor.post(f"/api/counselor/meetings/{meeting.id}/verify")
    assert (
        first.status_code == 200
        and first.json()["verified"] is True
        and first.json()["verified_at"]
    )
    again = await counselor.post(f"/api/counselor/meetings/{meeting.id}/verify")
    assert again.status_code == 200 and again.json()["verified_at"] == first.json()["verified_at"]
    assert (await client.get("/api/meetings")).json()[0]["verified"] is True
    row = await MeetingLog.select(MeetingLog.verified_by).first()
    assert row["verified_by"] == personas.counselor.id


async def test_another_counselor_gets_404_and_the_denial_is_audited(personas, signed_in):
    meeting = await log(personas.client, recent(3))
    other = await signed_in(personas.other_counselor)
    path = f"/api/counselor/clients/{personas.client.id}/aftercare"
    assert (await other.get(path)).status_code == 404
    assert (await other.put(path, {"weekly_target": 9})).status_code == 404
    assert (await other.post(f"/api/counselor/meetings/{meeting.id}/verify")).status_code == 404
    assert (await other.post(f"/api/counselor/meetings/{uuid.uuid4()}/verify")).status_code == 404
    assert await AftercarePlan.count() == 0
    assert (await MeetingLog.select(MeetingLog.verified_at).first())["verified_at"] is None
    denials = (
        await AuditEvent.select()
        .where(AuditEvent.action == "access.denied")
        .order_by(AuditEvent.id)
    )
    assert [(d["actor"], d["outcome"], d["patient"]) for d in denials] == [
        (personas.other_counselor.id, "denied", personas.client.id)
    ] * 3 + [(personas.other_counselor.id, "denied", None)]
    assert denials[2]["subject"] == "POST /api/counselor/meetings/{meeting_id}/verify"


async def test_a_client_and_a_signed_out_person_cannot_use_counselor_routes(
    personas, signed_in, browser
):
    meeting = await log(personas.client, recent(3))
    client = await signed_in(personas.client)
    path = f"/api/counselor/clients/{personas.client.id}/aftercare"
    # A signed-in person without the role gets 403 (server/security/guards.py).
    assert (await client.get(path)).status_code == 403
    assert (await client.put(path, {"weekly_target": 0})).status_code == 403
    assert (await client.post(f"/api/counselor/meetings/{meeting.id}/verify")).status_code == 403
    assert (await browser.get(path)).status_code == 401
    assert (await browser.put(path, {"weekly_target": 0})).status_code == 401
    assert (await browser.post(f"/api/counselor/meetings/{meeting.id}/verify")).status_code == 401
    assert (await browser.get("/api/me/aftercare")).status_code == 401
    assert await AftercarePlan.count() == 0
    assert (await MeetingLog.select(MeetingLog.verified_at).first())["verified_at"] is None
    denied = await AuditEvent.count().where(
        (AuditEvent.action == "access.denied") & (AuditEvent.actor == personas.client.id)
    )
    assert denied == 3


# --- the caseload -------------------------------------------------------------------------------


async def test_caseload_meetings_answers_for_every_client_in_a_fixed_number_of_queries(
    personas, persona_hash, engine, monkeypatch
):
    now = datetime.now(timezone.utc)
    extra = [
        await add_account(f"c{n}@example.org", f"Client {n}", "client", persona_hash)
        for n in range(4)
    ]
    await ClientProfile.insert(*(ClientProfile(account=p.id) for p in extra))
    await on_care_team(personas.counselor, *extra)
    await Account.update({Account.timezone: "Asia/Tokyo"}).where(Account.id == extra[0].id)
    await AftercarePlan.insert(
        AftercarePlan(client=personas.client.id, weekly_target=3, updated_at=now)
    )
    await log(personas.client, now - timedelta(minutes=30), now=now)
    verified = await log(personas.client, now - timedelta(minutes=20), now=now)
    await services.verify(user_of(personas.counselor), verified.id, now)
    await log(extra[0], now - timedelta(minutes=10), now=now, zone="Asia/Tokyo")
    await log(personas.second_client, now - timedelta(days=8), now=now)  # last week: not counted

    # Every statement, whether a Piccolo query built here or a compiled one.
    queries = []
    original, original_compiled = engine.run_querystring, engine.run_compiled

    async def counted(querystring, in_pool=False):
        queries.append(querystring)
        return await original(querystring, in_pool)

    async def counted_compiled(query, *args):
        queries.append(query)
        return await original_compiled(query, *args)

    monkeypatch.setattr(engine, "run_querystring", counted)
    monkeypatch.setattr(engine, "run_compiled", counted_compiled)
    small = await services.caseload_meetings([personas.client.id, personas.second_client.id], now)
    small_queries = len(queries)
    ids = [personas.client.id, personas.second_client.id, *(p.id for p in extra)]
    weeks = await services.caseload_meetings(ids, now)
    assert len(queries) - small_queries == small_queries == 3
    assert set(weeks) == set(ids)
    assert weeks == small | {p.id: weeks[p.id] for p in extra}
    assert (weeks[personas.client.id].target, weeks[personas.client.id].verified) == (3, 1)
    assert (
        weeks[personas.second_client.id].logged == 0
        and weeks[personas.second_client.id].target is None
    )
    tokyo_monday = now.astimezone(ZoneInfo("Asia/Tokyo")).date()
    tokyo_week = tokyo_monday - timedelta(days=tokyo_monday.weekday())
    assert weeks[extra[0].id].week_start == tokyo_week
    tokyo_start = datetime.combine(tokyo_week, datetime.min.time(), tzinfo=ZoneInfo("Asia/Tokyo"))
    assert weeks[extra[0].id].logged == (1 if now - timedelta(minutes=10) >= tokyo_start else 0)
    assert all(weeks[p.id].logged == 0 for p in extra[1:])
    assert await services.caseload_meetings([], now) == {}
