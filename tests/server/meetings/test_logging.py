"""Logging meetings: safe replays, validation, the client's own list, and what the audit log keeps."""

from __future__ import annotations

import asyncio
import logging
import uuid
from datetime import datetime, timedelta, timezone

import msgspec
import pytest

from server.audit.tables import AuditEvent
from server.core.errors import InvalidInput
from server.meetings import services
from server.meetings.schemas import MeetingLogIn
from server.meetings.tables import MeetingLog
from tests.helpers import user_of


def body(**changes) -> dict:
    data = {
        "id": str(uuid.uuid4()),
        "fellowship": "aa",
        "name": "Tuesday Night Steps",
        "attended_at": (datetime.now(timezone.utc) - timedelta(hours=2)).isoformat(),
        "format": "in_person",
        "note": "shared for the first time",
    }
    data.update(changes)
    return data


async def test_a_meeting_is_stored_once_and_a_replay_gets_the_same_answer(personas, signed_in):
    client = await signed_in(personas.client)
    sent = body()
    first = await client.post("/api/meetings", sent)
    assert first.status_code == 201, first.text
    again = await client.post("/api/meetings", sent)
    assert again.status_code == 200 and again.json() == first.json()
    answer = first.json()
    assert (
        answer["id"] == sent["id"]
        and answer["name"] == "Tuesday Night Steps"
        and answer["format"] == "in_person"
    )
    assert (
        answer["verified"] is False
        and answer["verified_at"] is None
        and answer["directory_id"] is None
    )
    assert datetime.fromisoformat(answer["attended_at"]) == datetime.fromisoformat(
        sent["attended_at"]
    )
    assert await MeetingLog.count() == 1


async def test_the_same_id_with_a_different_body_is_refused_and_nothing_changes(
    personas, signed_in
):
    client = await signed_in(personas.client)
    sent = body()
    await client.post("/api/meetings", sent)
    changed = await client.post("/api/meetings", {**sent, "name": "Another meeting"})
    assert (
        changed.status_code == 409 and "log it again as a new meeting" in changed.json()["detail"]
    )
    row = await MeetingLog.select(MeetingLog.name).first()
    assert row["name"] == "Tuesday Night Steps" and await MeetingLog.count() == 1


async def test_two_replays_at_once_make_one_row(personas, signed_in):
    client = await signed_in(personas.client)
    sent = body()
    answers = await asyncio.gather(*(client.post("/api/meetings", sent) for _ in range(3)))
    assert sorted(a.status_code for a in answers) == [200, 200, 201]
    assert len({a.text for a in answers}) == 1
    assert await MeetingLog.count() == 1


async def test_another_client_cannot_reuse_or_read_a_meeting_id(personas, signed_in):
    client, other = await signed_in(personas.client), await signed_in(personas.second_client)
    sent = body()
    await client.post("/api/meetings", sent)
    stolen = await other.post("/api/meetings", sent)
    assert stolen.status_code == 409
    assert "Tuesday Night Steps" not in stolen.text and "first time" not in stolen.text
    assert (await other.get("/api/meetings")).json() == []
    assert [m["id"] for m in (await client.get("/api/meetings")).json()] == [sent["id"]]
    assert (await MeetingLog.select(MeetingLog.client).first())["client"] == personas.client.id


async def test_the_refusals_of_a_reused_id_say_what_to_do_and_nothing_is_audited_twice(
    personas, signed_in
):
    client, other = await signed_in(personas.client), await signed_in(personas.second_client)
    sent = body()
    await client.post("/api/meetings", sent)
    await client.post("/api/meetings", sent)
    message = "A different meeting was already logged with this id; log it again as a new meeting."
    assert (await client.post("/api/meetings", {**sent, "format": "online"})).json()[
        "detail"
    ] == message
    assert (await other.post("/api/meetings", sent)).json()["detail"] == message
    assert await AuditEvent.count().where(AuditEvent.action == services.MEETING_LOGGED) == 1


async def test_a_replay_answers_the_same_after_the_meeting_has_become_too_old_to_log(personas):
    client = user_of(personas.client)
    now = datetime.now(timezone.utc)
    sent = body(attended_at=(now - timedelta(days=services.OLDEST_DAYS - 1)).isoformat())
    first, created = await services.submit(client, msgspec.convert(sent, MeetingLogIn), now)
    later = now + timedelta(days=2)  # the phone's outbox replays it two days on
    again, created_again = await services.submit(client, msgspec.convert(sent, MeetingLogIn), later)
    assert (created, created_again) == (True, False) and again == first
    with pytest.raises(InvalidInput):  # logging it anew would be refused by now
        await services.submit(
            client, msgspec.convert({**sent, "id": str(uuid.uuid4())}, MeetingLogIn), later
        )
    assert await MeetingLog.count() == 1


async def test_a_meeting_picked_from_the_directory_keeps_its_id(personas, signed_in, directory):
    client = await signed_in(personas.client)
    picked = directory[("mile-high-online", 0)]
    answer = await client.post("/api/meetings", body(format="online", directory_id=picked))
    assert answer.status_code == 201 and answer.json()["directory_id"] == picked


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"attended_at": (datetime.now(timezone.utc) + timedelta(hours=1)).isoformat()},
            "still to come",
        ),
        (
            {"attended_at": (datetime.now(timezone.utc) - timedelta(days=31)).isoformat()},
            "up to 30 days",
        ),
        (
            {
                "attended_at": (datetime.now(timezone.utc) - timedelta(hours=1))
                .replace(tzinfo=None)
                .isoformat()
            },
            "attended_at",
        ),
        ({"fellowship": "book-club"}, "fellowship"),
        ({"name": "x" * 201}, "name"),
        ({"name": ""}, "name"),
        ({"name": "   "}, "Give the meeting a name"),
        ({"note": "x" * 2001}, "note"),
        ({"format": "hybrid"}, "format"),
        ({"id": "not-a-uuid"}, "id"),
        ({"directory_id": 987654}, "no longer in the directory"),
        ({"mood": 3}, "mood"),
    ],
)
async def test_bad_values_are_refused_with_a_message_and_nothing_is_stored(
    personas, signed_in, changes, message
):
    client = await signed_in(personas.client)
    response = await client.post("/api/meetings", body(**changes))
    # The project answers every refused input with 400 (server.core.errors.InvalidInput and Litestar's
    # own validation alike).
    assert response.status_code == 400, response.text
    assert message in response.json()["detail"]
    assert await MeetingLog.count() == 0


async def test_a_meeting_a_few_minutes_ahead_of_the_server_clock_is_accepted(personas, signed_in):
    client = await signed_in(personas.client)
    ahead = (datetime.now(timezone.utc) + timedelta(minutes=5)).isoformat()
    assert (await client.post("/api/meetings", body(attended_at=ahead))).status_code == 201


async def test_my_list_is_newest_first_and_limited_to_the_days_asked(personas, signed_in):
    client = await signed_in(personas.client)
    now = datetime.now(timezone.utc)
    old = body(name="Old", attended_at=(now - timedelta(days=20)).isoformat())
    new = body(name="New", attended_at=(now - timedelta(days=1)).isoformat())
    middle = body(name="Middle", attended_at=(now - timedelta(days=5)).isoformat())
    for sent in (old, new, middle):
        assert (await client.post("/api/meetings", sent)).status_code == 201
    assert [m["name"] for m in (await client.get("/api/meetings")).json()] == [
        "New",
        "Middle",
        "Old",
    ]
    assert [m["name"] for m in (await client.get("/api/meetings", params={"days": 7})).json()] == [
        "New",
        "Middle",
    ]
    assert (await client.get("/api/meetings", params={"days": 91})).status_code == 400


async def test_staff_and_signed_out_people_cannot_log_meetings(personas, signed_in, browser):
    assert (await browser.post("/api/meetings", body())).status_code == 401
    assert (await browser.get("/api/meetings")).status_code == 401
    counselor = await signed_in(personas.counselor)
    assert (
        await counselor.post("/api/meetings", body())
    ).status_code == 403  # not a role that logs meetings
    assert await MeetingLog.count() == 0


async def test_the_audit_log_and_request_log_never_hold_a_meetings_name_or_note(
    personas, signed_in, caplog
):
    caplog.set_level(logging.INFO)
    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    sent = body(name="Zebra Room Fellowship", note="my private note 4321")
    logged = await client.post("/api/meetings", sent)
    assert logged.status_code == 201
    assert (await counselor.post(f"/api/counselor/meetings/{sent['id']}/verify")).status_code == 200
    assert (
        await counselor.get(f"/api/counselor/clients/{personas.client.id}/aftercare")
    ).status_code == 200

    events = (
        await AuditEvent.select()
        .where(AuditEvent.patient == personas.client.id)
        .order_by(AuditEvent.id)
    )
    assert [e["action"] for e in events] == [
        "meeting.logged",
        "meeting.verified",
        "aftercare.viewed",
    ]
    assert (
        events[0]["subject"] == f"meeting:{sent['id']}" and events[0]["actor"] == personas.client.id
    )
    assert "POST /api/meetings 201" in caplog.text  # the request log was captured, without the body
    stored = " ".join(str(value) for event in await AuditEvent.select() for value in event.values())
    for secret in ("Zebra", "Room Fellowship", "private note", "4321"):
        assert secret not in stored and secret not in caplog.text
