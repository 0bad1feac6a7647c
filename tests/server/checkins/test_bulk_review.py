"""Bulk review: many normal-risk check-ins marked reviewed with one note, all or none, only
within the counselor's scope; high and urgent ones are opened one at a time."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import msgspec

from server.audit.tables import AuditEvent
from server.checkins import services
from server.checkins.schemas import CheckinIn
from server.checkins.tables import Checkin
from tests.helpers import user_of
from tests.server.checkins.test_checkins import body, today_in

URL = "/api/counselor/checkins/review"


async def days_of(persona, *risky: int, count: int = 3):
    """`count` check-ins on the last days (newest first); the days in `risky` are high."""
    out = []
    now = datetime.now(timezone.utc)
    for back in range(count):
        data = body(
            local_date=str(today_in() - timedelta(days=back)), craving=9 if back in risky else 1
        )
        checkin, _ = await services.submit(
            user_of(persona), msgspec.convert(data, CheckinIn), now - timedelta(hours=back)
        )
        out.append(checkin)
    return out


async def unreviewed() -> int:
    return await Checkin.count().where(Checkin.reviewed_at.is_null())


async def test_normal_check_ins_are_reviewed_together_with_one_note(personas, signed_in):
    days = await days_of(personas.client)
    counselor = await signed_in(personas.counselor)
    ids = [str(c.id) for c in days]
    answer = await counselor.post(URL, {"ids": ids, "note": "  Steady week, well done. "})
    assert answer.status_code == 200, answer.text
    out = answer.json()
    assert out["reviewed"] == 3 and out["already_reviewed"] == []
    assert [i["id"] for i in out["items"]] == ids
    assert {(i["counselor_note"], i["reviewed_at"] is not None) for i in out["items"]} == {
        ("Steady week, well done.", True)
    }
    assert (await counselor.get("/api/counselor/review-queue")).json()["items"] == []
    events = await AuditEvent.select(AuditEvent.subject, AuditEvent.patient).where(
        AuditEvent.action == services.CHECKIN_REVIEWED
    )
    assert sorted(e["subject"] for e in events) == sorted(f"checkin:{i}" for i in ids)
    assert {e["patient"] for e in events} == {personas.client.id}
    client = await signed_in(personas.client)
    assert {c["counselor_note"] for c in (await client.get("/api/checkins")).json()} == {
        "Steady week, well done."
    }


async def test_already_reviewed_ones_are_reported_and_keep_their_own_note(personas, signed_in):
    first, second = await days_of(personas.client, count=2)
    counselor = await signed_in(personas.counselor)
    await counselor.post(f"/api/counselor/checkins/{first.id}/review", {"note": "Just this one."})
    out = (
        await counselor.post(URL, {"ids": [str(first.id), str(second.id)], "note": "All"})
    ).json()
    assert out["reviewed"] == 1 and out["already_reviewed"] == [str(first.id)]
    assert [i["id"] for i in out["items"]] == [str(second.id)]
    note = await Checkin.select(Checkin.counselor_note).where(Checkin.id == first.id).first()
    assert note["counselor_note"] == "Just this one."


async def test_a_high_risk_one_refuses_the_whole_batch_and_names_it(personas, signed_in):
    days = await days_of(personas.client, 1)
    counselor = await signed_in(personas.counselor)
    answer = await counselor.post(URL, {"ids": [str(c.id) for c in days]})
    assert answer.status_code == 409
    assert "one at a time" in answer.json()["detail"] and str(days[1].id) in answer.json()["detail"]
    assert str(days[0].id) not in answer.json()["detail"]
    assert await unreviewed() == 3
    assert await AuditEvent.count().where(AuditEvent.action == services.CHECKIN_REVIEWED) == 0


async def test_another_caseload_or_an_unknown_id_refuses_the_whole_batch(personas, signed_in):
    mine = await days_of(personas.client, count=1)
    theirs = await days_of(personas.second_client, count=1)
    unknown = str(uuid.uuid4())
    counselor = await signed_in(personas.counselor)
    answer = await counselor.post(URL, {"ids": [str(mine[0].id), str(theirs[0].id), unknown]})
    assert answer.status_code == 404
    detail = answer.json()["detail"]
    assert str(theirs[0].id) in detail and unknown in detail and str(mine[0].id) not in detail
    assert await unreviewed() == 2
    assert await AuditEvent.count().where(AuditEvent.action == "access.denied") == 1


async def test_bad_requests_are_refused_with_a_message(personas, signed_in):
    counselor = await signed_in(personas.counselor)
    too_many = [str(uuid.uuid4()) for _ in range(101)]
    for sent in ({"ids": []}, {"ids": too_many}, {"ids": ["not-a-uuid"]}, {"note": "x"}):
        answer = await counselor.post(URL, sent)
        assert answer.status_code == 400 and answer.json()["detail"], sent
    client = await signed_in(personas.client)
    assert (await client.post(URL, {"ids": [str(uuid.uuid4())]})).status_code == 403


async def test_the_same_id_twice_counts_once(personas, signed_in):
    [day] = await days_of(personas.client, count=1)
    counselor = await signed_in(personas.counselor)
    out = (await counselor.post(URL, {"ids": [str(day.id)] * 2})).json()
    assert out["reviewed"] == 1 and len(out["items"]) == 1
