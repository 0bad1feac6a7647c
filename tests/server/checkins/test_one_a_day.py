"""One check-in per client per day: a later one for the same day updates that day's entry, the
earlier answers are kept as history, retries of any version are recognised, and the queue shows
one item per client-day that comes back (higher, when the risk rose) after an update."""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime, timedelta, timezone

import msgspec

from server.audit.tables import AuditEvent
from server.care.tables import UrgentAlert
from server.checkins import services
from server.checkins.schemas import CheckinIn
from server.checkins.tables import Checkin, CheckinRevision
from tests.helpers import user_of
from tests.server.checkins.test_checkins import body, today_in


async def send(persona, now: datetime, **changes):
    """A check-in sent at `now`, for today (Denver) unless told, as the phone would send it."""
    data = body(**{"local_date": str(today_in()), **changes})
    checkin, created = await services.submit(
        user_of(persona), msgspec.convert(data, CheckinIn), now
    )
    return checkin, created, data


async def test_a_second_check_in_the_same_day_updates_it_and_keeps_the_first(personas, signed_in):
    client = await signed_in(personas.client)
    first_sent = body(mood=4, note="fine this morning")
    first = await client.post("/api/checkins", first_sent)
    second_sent = body(mood=2, note="rough evening")
    second = await client.post("/api/checkins", second_sent)
    assert (first.status_code, second.status_code) == (201, 200), second.text
    entry = second.json()
    assert entry["id"] == first_sent["id"]  # the day's entry keeps its first id
    assert (entry["mood"], entry["note"], entry["revisions"]) == (2, "rough evening", 1)
    assert entry["submitted_at"] == first.json()["submitted_at"] and entry["updated_at"]
    assert await Checkin.count() == 1
    [kept] = await CheckinRevision.select()
    assert (kept["submission"], kept["mood"], kept["note"]) == (
        uuid.UUID(first_sent["id"]),
        4,
        "fine this morning",
    )
    mine = (await client.get("/api/checkins")).json()
    assert [(c["id"], c["mood"]) for c in mine] == [(first_sent["id"], 2)]
    assert await AuditEvent.count().where(AuditEvent.action == services.CHECKIN_UPDATED) == 1


async def test_a_retry_of_any_version_answers_the_day_and_changes_nothing(personas, signed_in):
    client = await signed_in(personas.client)
    versions = [body(mood=mood) for mood in (4, 3, 2)]
    for sent in versions:
        await client.post("/api/checkins", sent)
    now = (await client.get("/api/checkins")).json()[0]
    for sent in versions:  # the outbox replays each of them
        again = await client.post("/api/checkins", sent)
        assert again.status_code == 200 and again.json() == now
    changed = await client.post("/api/checkins", {**versions[0], "mood": 1})
    assert changed.status_code == 409 and "different check-in" in changed.json()["detail"]
    other = await signed_in(personas.second_client)
    assert (await other.post("/api/checkins", versions[1])).status_code == 409
    assert await Checkin.count() == 1 and await CheckinRevision.count() == 2
    assert (await Checkin.select(Checkin.mood).first())["mood"] == 2


async def test_two_check_ins_of_one_day_sent_at_once_make_one_entry(personas, signed_in):
    client = await signed_in(personas.client)
    sent = [body(mood=mood) for mood in (1, 2, 3, 4)]
    answers = await asyncio.gather(*(client.post("/api/checkins", one) for one in sent))
    assert sorted(a.status_code for a in answers) == [200, 200, 200, 201], [a.text for a in answers]
    assert len({a.json()["id"] for a in answers}) == 1
    assert await Checkin.count() == 1 and await CheckinRevision.count() == 3
    again = await asyncio.gather(*(client.post("/api/checkins", one) for one in sent))
    assert {a.status_code for a in again} == {200}
    assert await Checkin.count() == 1 and await CheckinRevision.count() == 3


async def test_the_queue_shows_one_item_per_client_day_with_its_updates(personas, signed_in):
    now = datetime.now(timezone.utc)
    for hours in (3, 2, 1):
        await send(personas.client, now - timedelta(minutes=hours))
    counselor = await signed_in(personas.counselor)
    queue = (await counselor.get("/api/counselor/review-queue")).json()
    assert len(queue["items"]) == 1 and queue["counts"]["normal"] == 1
    assert queue["items"][0]["revisions"] == 2 and queue["items"][0]["updated_at"]


async def test_a_rise_in_risk_brings_a_reviewed_day_back_above_the_normal_ones(personas, signed_in):
    now = datetime.now(timezone.utc)
    yesterday = str(today_in() - timedelta(days=1))
    older, _, _ = await send(personas.client, now - timedelta(days=1), local_date=yesterday)
    today, _, _ = await send(personas.client, now - timedelta(hours=1))
    counselor = await signed_in(personas.counselor)
    await counselor.post(f"/api/counselor/checkins/{today.id}/review", {"note": "Nice work."})
    assert [
        i["id"] for i in (await counselor.get("/api/counselor/review-queue")).json()["items"]
    ] == [str(older.id)]
    raised, created, _ = await send(personas.client, now, craving=9)
    assert created is False and raised.id == today.id and raised.risk == "high"
    assert raised.reviewed_at is None and raised.counselor_note == ""
    assert raised.support is not None  # the client still gets support for a high answer
    queue = (await counselor.get("/api/counselor/review-queue")).json()
    assert [(i["id"], i["risk"]) for i in queue["items"]] == [
        (str(today.id), "high"),
        (str(older.id), "normal"),
    ]
    detail = (await counselor.get(f"/api/counselor/checkins/{today.id}")).json()
    assert [
        (v["risk"], v["reviewed_at"] is not None, v["counselor_note"]) for v in detail["history"]
    ] == [("normal", True, "Nice work.")]
    assert detail["checkin"]["revisions"] == 1


async def test_a_same_risk_update_asks_for_a_new_review_and_keeps_its_place(personas, signed_in):
    now = datetime.now(timezone.utc)
    today, _, _ = await send(personas.client, now - timedelta(hours=2))
    yesterday = str(today.local_date - timedelta(days=1))  # sent later, from the phone's outbox
    late, _, _ = await send(personas.client, now - timedelta(hours=1), local_date=yesterday)
    counselor = await signed_in(personas.counselor)
    await counselor.post(f"/api/counselor/checkins/{today.id}/review", {})
    updated, _, _ = await send(personas.client, now, mood=2)
    assert updated.reviewed_at is None and updated.submitted_at == today.submitted_at
    items = (await counselor.get("/api/counselor/review-queue")).json()["items"]
    assert [i["id"] for i in items] == [str(today.id), str(late.id)]


async def test_a_calmer_update_keeps_the_days_highest_risk(personas, signed_in):
    now = datetime.now(timezone.utc)
    urgent, _, _ = await send(personas.client, now - timedelta(hours=1), safety_concern=True)
    calmer, _, _ = await send(personas.client, now)
    assert calmer.id == urgent.id and calmer.risk == "urgent" and not calmer.safety_concern
    counselor = await signed_in(personas.counselor)
    detail = (await counselor.get(f"/api/counselor/checkins/{urgent.id}")).json()
    assert [v["risk"] for v in detail["history"]] == ["urgent"]
    assert detail["alert"] is not None and await UrgentAlert.count() == 1


async def test_an_update_that_turns_urgent_raises_one_alert(personas):
    now = datetime.now(timezone.utc)
    entry, _, _ = await send(personas.client, now - timedelta(hours=2), craving=9)
    assert await UrgentAlert.count() == 0
    urgent, _, _ = await send(personas.client, now - timedelta(hours=1), safety_concern=True)
    assert urgent.risk == "urgent" and urgent.support is not None
    [alert] = await UrgentAlert.select(UrgentAlert.subject)
    assert alert["subject"] == f"checkin:{entry.id}"
    await send(personas.client, now, safety_concern=True, mood=1)  # urgent again: no second
    assert await UrgentAlert.count() == 1
    raised = await AuditEvent.count().where(AuditEvent.action == "urgent_alert.raised")
    assert raised == 1


async def test_a_later_check_in_for_another_day_is_its_own_entry(personas):
    now = datetime.now(timezone.utc)
    await send(personas.client, now, local_date=str(today_in() - timedelta(days=1)))
    await send(personas.client, now)
    assert await Checkin.count() == 2 and await CheckinRevision.count() == 0
