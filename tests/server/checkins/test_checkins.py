"""Check-ins: safe replays, risk rules, validation, and who may see what."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date, datetime, timedelta, timezone

import msgspec
import pytest

from server.accounts.tables import ClientProfile
from server.audit.tables import AuditEvent
from server.checkins import services
from server.checkins.schemas import CheckinIn
from server.checkins.tables import Checkin
from server.core.errors import InvalidInput
from server.programs import recurrence
from tests.helpers import user_of


def today_in(zone: str = "America/Denver") -> date:
    return datetime.now(timezone.utc).astimezone(recurrence.zone(zone)).date()


def body(**changes) -> dict:
    data = {
        "id": str(uuid.uuid4()),
        "local_date": str(today_in()),
        "mood": 3,
        "craving": 2,
        "used": False,
        "medication": "yes",
        "sleep_hours": 7.5,
        "safety_concern": False,
        "triggers": ["stress"],
        "helped": "a walk",
        "note": "an ordinary day",
    }
    data.update(changes)
    return data


async def test_a_check_in_is_stored_once_and_a_replay_gets_the_same_answer(personas, signed_in):
    client = await signed_in(personas.client)
    sent = body()
    first = await client.post("/api/checkins", sent)
    assert first.status_code == 201, first.text
    again = await client.post("/api/checkins", sent)
    assert again.status_code == 200 and again.json() == first.json()
    assert first.json()["risk"] == "normal" and first.json()["support"] is None
    assert await Checkin.count() == 1


async def test_the_same_id_with_a_different_body_is_refused_and_nothing_changes(
    personas, signed_in
):
    client = await signed_in(personas.client)
    sent = body()
    await client.post("/api/checkins", sent)
    changed = await client.post("/api/checkins", {**sent, "craving": 9})
    assert changed.status_code == 409 and "different check-in" in changed.json()["detail"]
    row = await Checkin.select(Checkin.craving).first()
    assert row["craving"] == 2 and await Checkin.count() == 1


async def test_two_replays_at_once_make_one_row(personas, signed_in):
    client = await signed_in(personas.client)
    sent = body()
    answers = await asyncio.gather(*(client.post("/api/checkins", sent) for _ in range(3)))
    assert sorted(a.status_code for a in answers) == [200, 200, 201]
    assert len({a.text for a in answers}) == 1
    assert await Checkin.count() == 1


async def test_another_client_cannot_reuse_or_read_a_check_in_id(personas, signed_in):
    client, other = await signed_in(personas.client), await signed_in(personas.second_client)
    sent = body()
    await client.post("/api/checkins", sent)
    stolen = await other.post("/api/checkins", sent)
    assert stolen.status_code == 409 and "note" not in stolen.text
    assert (await other.get("/api/checkins")).json() == []
    assert len((await client.get("/api/checkins")).json()) == 1


async def test_the_refusals_of_a_reused_id_say_what_to_do_and_nothing_is_audited_twice(
    personas, signed_in
):
    client, other = await signed_in(personas.client), await signed_in(personas.second_client)
    sent = body()
    await client.post("/api/checkins", sent)
    await client.post("/api/checkins", sent)
    message = "A different check-in was already sent with this id; start a new check-in."
    assert (await client.post("/api/checkins", {**sent, "mood": 1})).json()["detail"] == message
    assert (await other.post("/api/checkins", sent)).json()["detail"] == message
    assert await AuditEvent.count().where(AuditEvent.action == services.CHECKIN_SUBMITTED) == 1


async def test_a_replay_answers_the_same_after_its_day_has_become_too_old(personas):
    client = user_of(personas.client)
    now = datetime.now(timezone.utc)
    oldest = now.astimezone(recurrence.zone(client.timezone)).date() - timedelta(
        days=services.OLDEST_DAYS
    )
    data = msgspec.convert(body(local_date=str(oldest)), CheckinIn)
    first, created = await services.submit(client, data, now)
    later = now + timedelta(days=2)  # the phone's outbox replays it two days on
    again, created_again = await services.submit(client, data, later)
    assert (created, created_again) == (True, False) and again == first
    with pytest.raises(InvalidInput):  # a new check-in for that day would be refused by now
        await services.submit(
            client, msgspec.convert(body(local_date=str(oldest)), CheckinIn), later
        )
    assert await Checkin.count() == 1


@pytest.mark.parametrize(
    ("changes", "risk"),
    [
        ({"craving": 7}, "normal"),
        ({"craving": 8}, "high"),
        ({"used": True, "substances": ["alcohol"]}, "high"),
        ({"safety_concern": True}, "urgent"),
        ({"safety_concern": True, "used": True, "craving": 10}, "urgent"),
    ],
)
async def test_risk_rules_at_their_boundaries(personas, signed_in, changes, risk):
    await ClientProfile.update({ClientProfile.coping_plan: "Call my sponsor, walk the dog."}).where(
        ClientProfile.account == personas.client.id
    )
    client = await signed_in(personas.client)
    answer = (await client.post("/api/checkins", body(**changes))).json()
    assert answer["risk"] == risk
    if risk == "normal":
        assert answer["support"] is None
    else:
        assert answer["support"] == {
            "coping_plan": "Call my sponsor, walk the dog.",
            "counselor_name": "Dana Counselor",
            "seen_by": "Dana Counselor, your counselor",
            "crisis_line": "988",
            "program_phone": "",
        }


async def test_a_program_can_raise_its_craving_threshold(personas, signed_in):
    admin = await signed_in(personas.admin)
    program = (
        await admin.post(
            "/api/admin/programs",
            {"name": "P", "timezone": "America/Denver", "phone": "(303) 555-0100"},
        )
    ).json()
    track = (await admin.post(f"/api/admin/programs/{program['id']}/tracks", {"name": "T"})).json()
    await admin.post(
        "/api/admin/enrollments",
        {
            "client_id": personas.client.id,
            "track_id": track["id"],
            "starts_on": str(today_in() - timedelta(days=3)),
        },
    )
    policy = await admin.put(
        f"/api/admin/programs/{program['id']}/checkin-policy", {"high_craving_at": 9}
    )
    assert policy.status_code == 200 and policy.json()["high_craving_at"] == 9
    client = await signed_in(personas.client)
    assert (await client.post("/api/checkins", body(craving=8))).json()["risk"] == "normal"
    high = (await client.post("/api/checkins", body(craving=9))).json()
    assert high["risk"] == "high" and high["support"]["program_phone"] == "(303) 555-0100"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"mood": 0}, "mood"),
        ({"mood": 6}, "mood"),
        ({"craving": 11}, "craving"),
        ({"sleep_hours": -1}, "sleep_hours"),
        ({"medication": "maybe"}, "medication"),
        ({"id": "not-a-uuid"}, "id"),
        ({"mood_extra": 1}, "mood_extra"),
        ({"triggers": ["x" * 41]}, "triggers"),
        ({"local_date": "2020-01-01"}, "up to 14 days back"),
        ({"local_date": str(date.today() + timedelta(days=5))}, "up to 14 days back"),
    ],
)
async def test_bad_values_are_refused_with_a_message_and_nothing_is_stored(
    personas, signed_in, changes, message
):
    client = await signed_in(personas.client)
    response = await client.post("/api/checkins", body(**changes))
    assert response.status_code == 400, response.text
    assert message in response.json()["detail"]
    assert await Checkin.count() == 0


# --- counselors ---------------------------------------------------------------------------------


async def submit(persona, now: datetime, **changes):
    data = body(local_date=str(now.astimezone(recurrence.zone("America/Denver")).date()), **changes)
    checkin, _ = await services.submit(user_of(persona), msgspec.convert(data, CheckinIn), now)
    return checkin


async def test_the_queue_puts_urgent_first_then_high_then_oldest_and_pages(personas, signed_in):
    start = datetime.now(timezone.utc) - timedelta(days=3)  # one check-in a day
    normal_old = await submit(personas.client, start)
    high = await submit(personas.client, start + timedelta(days=1), craving=9)
    normal_new = await submit(personas.client, start + timedelta(days=2))
    urgent = await submit(personas.client, start + timedelta(days=3), safety_concern=True)
    await submit(personas.second_client, start, safety_concern=True)  # another caseload

    counselor = await signed_in(personas.counselor)
    page = (await counselor.get("/api/counselor/review-queue", params={"limit": 2})).json()
    assert [i["id"] for i in page["items"]] == [str(urgent.id), str(high.id)]
    assert page["counts"] == {"urgent": 1, "high": 1, "normal": 2}
    rest = (
        await counselor.get(
            "/api/counselor/review-queue", params={"limit": 2, "after": page["next_cursor"]}
        )
    ).json()
    assert [i["id"] for i in rest["items"]] == [str(normal_old.id), str(normal_new.id)]
    assert rest["next_cursor"] is None
    bad = await counselor.get("/api/counselor/review-queue", params={"after": "garbage!"})
    assert bad.status_code == 400


async def test_reviewing_takes_it_off_the_queue_and_the_client_sees_the_note(personas, signed_in):
    checkin = await submit(personas.client, datetime.now(timezone.utc), craving=9)
    counselor = await signed_in(personas.counselor)
    detail = await counselor.get(f"/api/counselor/checkins/{checkin.id}")
    assert detail.status_code == 200 and detail.json()["client_name"] == "Casey Client"
    assert [r["id"] for r in detail.json()["recent"]] == [str(checkin.id)]
    reviewed = await counselor.post(
        f"/api/counselor/checkins/{checkin.id}/review", {"note": "Proud of you. Call me."}
    )
    assert reviewed.status_code == 200 and reviewed.json()["reviewed_at"]
    assert (await counselor.get("/api/counselor/review-queue")).json()["items"] == []

    client = await signed_in(personas.client)
    mine = (await client.get("/api/checkins")).json()
    assert mine[0]["counselor_note"] == "Proud of you. Call me."
    actions = [
        e["action"]
        for e in await AuditEvent.select(AuditEvent.action)
        .where(AuditEvent.patient == personas.client.id)
        .order_by(AuditEvent.id)
    ]
    assert actions[-2:] == ["checkin.viewed", "checkin.reviewed"]


async def test_another_counselor_never_sees_this_caseloads_check_ins(personas, signed_in):
    checkin = await submit(personas.client, datetime.now(timezone.utc), safety_concern=True)
    other = await signed_in(personas.other_counselor)
    assert (await other.get("/api/counselor/review-queue")).json()["items"] == []
    assert (await other.get(f"/api/counselor/checkins/{checkin.id}")).status_code == 404
    assert (await other.post(f"/api/counselor/checkins/{checkin.id}/review", {})).status_code == 404
    assert (await other.get(f"/api/counselor/clients/{personas.client.id}")).status_code == 404
    assert (await Checkin.select(Checkin.reviewed_at).first())["reviewed_at"] is None
    assert await AuditEvent.count().where(AuditEvent.action == "access.denied") == 3
    client = await signed_in(personas.client)
    assert (await client.get("/api/counselor/review-queue")).status_code == 403


async def test_the_client_detail_shows_trends_streak_and_use_days(personas, signed_in):
    now = datetime.now(timezone.utc)
    for back in range(5):  # five days in a row up to today, use reported on one
        await submit(
            personas.client,
            now - timedelta(days=back),
            mood=2 + back % 3,
            craving=back,
            used=back == 2,
            substances=["alcohol"] if back == 2 else [],
        )
    await submit(personas.client, now - timedelta(days=9))
    counselor = await signed_in(personas.counselor)
    detail = (await counselor.get(f"/api/counselor/clients/{personas.client.id}")).json()
    assert detail["streak_days"] == 5 and detail["use_days_30"] == 1
    assert len(detail["days_30"]) == 30 and len(detail["days_90"]) == 90
    assert detail["days_30"][-1]["craving"] == 0 and detail["days_30"][-6]["mood"] is None
    assert detail["last_checkin"] == detail["days_30"][-1]["date"]
    assert await AuditEvent.count().where(AuditEvent.action == "client.viewed") == 1


async def test_the_caseload_flags_two_days_without_a_check_in_and_counts_unreviewed(
    personas, signed_in
):
    now = datetime.now(timezone.utc)
    await submit(personas.client, now - timedelta(days=3), craving=9)
    counselor = await signed_in(personas.counselor)
    entry = (await counselor.get("/api/counselor/caseload")).json()["clients"][0]
    assert entry["checkins"]["missed"] is True
    assert entry["checkins"]["unreviewed"] == {"urgent": 0, "high": 1, "normal": 0}
    await submit(personas.client, now)
    entry = (await counselor.get("/api/counselor/caseload")).json()["clients"][0]
    assert entry["checkins"]["missed"] is False and entry["checkins"]["last_checkin"] == str(
        today_in()
    )


async def test_todays_card_says_whether_the_client_checked_in_today(personas, signed_in):
    client = await signed_in(personas.client)
    card = lambda r: next(c for c in r.json()["cards"] if c["card"] == "checkin")  # noqa: E731
    assert card(await client.get("/api/me/today")) == {
        "card": "checkin",
        "done": False,
        "latest": None,
    }
    sent = body()
    await client.post("/api/checkins", sent)
    after = card(await client.get("/api/me/today"))
    assert after["done"] is True and after["latest"]["id"] == sent["id"]


async def test_the_caseload_uses_the_programs_missed_days_rule(personas, signed_in):
    admin = await signed_in(personas.admin)
    program = (
        await admin.post("/api/admin/programs", {"name": "P", "timezone": "America/Denver"})
    ).json()
    track = (await admin.post(f"/api/admin/programs/{program['id']}/tracks", {"name": "T"})).json()
    await admin.post(
        "/api/admin/enrollments",
        {
            "client_id": personas.client.id,
            "track_id": track["id"],
            "starts_on": str(today_in() - timedelta(days=10)),
        },
    )
    await admin.put(f"/api/admin/programs/{program['id']}/checkin-policy", {"missed_days": 4})
    await submit(personas.client, datetime.now(timezone.utc) - timedelta(days=3))
    counselor = await signed_in(personas.counselor)
    entry = (await counselor.get("/api/counselor/caseload")).json()["clients"][0]
    assert entry["checkins"]["missed"] is False  # two full days without, the program allows four
