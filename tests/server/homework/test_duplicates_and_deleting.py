"""Homework given twice by mistake: the same worksheet to a track or client that still has it to
do is refused with a clear message until the counselor confirms; homework nobody has started can
be deleted, and once somebody started it cannot (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from server.audit.tables import AuditEvent
from server.homework import services
from server.homework.tables import Assignment, Submission
from tests.server.homework.test_homework import (  # noqa: F401
    FULL_ANSWERS,
    assigned,
    next_group,
    trigger_map,
)

ASSIGNMENTS = "/api/counselor/assignments"


def stamp(offset_seconds: float = 0) -> str:
    return (datetime.now(timezone.utc) + timedelta(seconds=offset_seconds)).isoformat()


async def test_the_same_worksheet_to_the_same_track_warns_until_confirmed(
    assigned,  # noqa: F811
    schedule,
    personas,
    signed_in,
):
    counselor = await signed_in(personas.counselor)
    group = await next_group(schedule.evening_series)

    again = await counselor.post(ASSIGNMENTS, {**trigger_map(), "occurrence_id": group["id"]})
    assert again.status_code == 409, again.text
    assert again.json()["detail"] == (
        "Evening IOP already has “Trigger map” to do: 1 of 1 have not finished it yet."
    ), again.text
    # the track itself (not from a session) is the same group
    whole_track = await counselor.post(
        ASSIGNMENTS, {**trigger_map(), "track_id": schedule.evening_track, "due_at": stamp(3600)}
    )
    assert whole_track.status_code == 409, whole_track.text
    assert await Assignment.count() == 1

    confirmed = await counselor.post(
        ASSIGNMENTS,
        {**trigger_map(), "occurrence_id": group["id"], "confirm_duplicate": True},
    )
    assert confirmed.status_code == 201, confirmed.text
    assert await Assignment.count() == 2


async def test_another_worksheet_or_finished_work_does_not_warn(
    assigned,  # noqa: F811
    schedule,
    personas,
    signed_in,
):
    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    group = await next_group(schedule.evening_series)
    other = {**trigger_map(), "template_id": None, "title": "Weekend plan"}
    assert (
        await counselor.post(ASSIGNMENTS, {**other, "occurrence_id": group["id"]})
    ).status_code == 201
    # one client only is not the track: no warning for giving it to them alone
    alone = await counselor.post(
        ASSIGNMENTS,
        {**trigger_map(), "client_id": personas.client.id, "due_at": stamp(3600)},
    )
    assert alone.status_code == 201, alone.text
    # ...but twice to that one client is
    twice = await counselor.post(
        ASSIGNMENTS,
        {**trigger_map(), "client_id": personas.client.id, "due_at": stamp(7200)},
    )
    assert twice.status_code == 409
    assert "has not finished it yet" in twice.json()["detail"]

    # once everyone handed the track's copy in, giving it again is no mistake
    handed_in = await client.put(
        f"/api/homework/{assigned['id']}/submission",
        {"answers": FULL_ANSWERS, "saved_at": stamp(), "submit": True},
    )
    assert handed_in.status_code == 200, handed_in.text
    again = await counselor.post(ASSIGNMENTS, {**trigger_map(), "occurrence_id": group["id"]})
    assert again.status_code == 201, again.text


async def test_homework_nobody_started_can_be_deleted(
    assigned,  # noqa: F811
    personas,
    signed_in,
):
    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    path = f"{ASSIGNMENTS}/{assigned['id']}"

    gone = await counselor.delete(path)

    assert gone.status_code == 204, gone.text
    assert await Assignment.count() == 0 and await Submission.count() == 0
    assert (await counselor.get(path)).status_code == 404
    assert (await client.get(f"/api/homework/{assigned['id']}")).status_code == 404
    assert (await client.get("/api/homework")).json() == []
    events = await AuditEvent.select(AuditEvent.patient, AuditEvent.subject).where(
        AuditEvent.action == services.ASSIGNMENT_DELETED
    )
    assert events == [{"patient": personas.client.id, "subject": f"assignment:{assigned['id']}"}]
    assert (await counselor.delete(path)).status_code == 404  # deleting twice: nothing there


async def test_homework_someone_started_cannot_be_deleted(
    assigned,  # noqa: F811
    personas,
    signed_in,
):
    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    path = f"{ASSIGNMENTS}/{assigned['id']}"
    draft = await client.put(
        f"/api/homework/{assigned['id']}/submission",
        {"answers": {"people": ["a"]}, "saved_at": stamp()},
    )
    assert draft.status_code == 200, draft.text

    refused = await counselor.delete(path)

    assert refused.status_code == 409
    assert refused.json()["detail"] == (
        "Someone has already started this homework, so it can no longer be deleted."
    )
    assert await Assignment.count() == 1 and await Submission.count() == 1
    assert not await AuditEvent.exists().where(AuditEvent.action == services.ASSIGNMENT_DELETED)


async def test_only_the_counselor_who_gave_it_can_delete_it(
    assigned,  # noqa: F811
    personas,
    signed_in,
):
    other, client = await signed_in(personas.other_counselor), await signed_in(personas.client)
    path = f"{ASSIGNMENTS}/{assigned['id']}"
    assert (await other.delete(path)).status_code == 404
    assert (await client.delete(path)).status_code == 403
    assert (await other.delete(f"{ASSIGNMENTS}/{2**31}")).status_code in (400, 404)
    assert await Assignment.count() == 1
