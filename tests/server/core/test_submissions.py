"""The retry-safe submission (server/core/submissions.py) on a real table, on both engines: the
same id and body answers the same and stores one row; another body or another owner is a 409
with the caller's message; racing sends store one row and answer alike."""

from __future__ import annotations

import asyncio
import hashlib
import uuid
from datetime import datetime, timezone

import msgspec
import pytest

from server.audit import services as audit
from server.audit.tables import AuditEvent
from server.core.errors import Conflict, InvalidInput
from server.core.submissions import body_hash, submit_once
from server.meetings.tables import MeetingLog

CONFLICT = "A different note was already sent with this id."


class NoteIn(msgspec.Struct):
    id: uuid.UUID
    name: str


class Sender:
    """One feature's use of submit_once: counts its steps and can hold `build` at a barrier."""

    def __init__(
        self, owner_id: int, *, barrier: asyncio.Barrier | None = None, refuse: bool = False
    ):
        self.owner_id, self.barrier, self.refuse = owner_id, barrier, refuse
        self.built = self.recorded = 0
        self.now = datetime.now(timezone.utc)

    async def send(self, body: NoteIn):
        return await submit_once(
            MeetingLog,
            body.id,
            body,
            owner=MeetingLog.client,
            owner_id=self.owner_id,
            conflict=Conflict(CONFLICT),
            load=lambda: self.load(body.id),
            build=lambda digest: self.build(body, digest),
            record=self.record,
        )

    async def load(self, key: uuid.UUID) -> dict:
        return (
            await MeetingLog.select(MeetingLog.id, MeetingLog.name)
            .where(MeetingLog.id == key)
            .first()
        )

    async def build(self, body: NoteIn, digest: str) -> MeetingLog:
        self.built += 1
        if self.refuse:
            raise InvalidInput("name: refused now.")
        if self.barrier is not None:  # both sends have looked for the id and found nothing
            await asyncio.wait_for(self.barrier.wait(), 10)
        return MeetingLog(
            id=body.id,
            client=self.owner_id,
            fellowship="aa",
            name=body.name,
            attended_at=self.now,
            format="online",
            body_hash=digest,
            logged_at=self.now,
        )

    async def record(self) -> None:
        self.recorded += 1
        await audit.record("note.sent", actor=self.owner_id, patient=self.owner_id)


def note(name: str = "Tuesday steps", key: uuid.UUID | None = None) -> NoteIn:
    return NoteIn(id=key or uuid.uuid4(), name=name)


def test_the_body_hash_is_the_sha256_of_the_msgspec_encoding():
    body = note()  # rows stored before the helper existed carry this hash: it must not change
    assert body_hash(body) == hashlib.sha256(msgspec.json.encode(body)).hexdigest()


async def test_the_same_id_and_body_again_answers_the_same_and_stores_one_row(personas):
    sender, body = Sender(personas.client.id), note()
    first, created = await sender.send(body)
    again, created_again = await sender.send(msgspec.convert(msgspec.to_builtins(body), NoteIn))
    assert (created, created_again) == (True, False)
    assert again == first == {"id": body.id, "name": "Tuesday steps"}
    assert (sender.built, sender.recorded) == (1, 1)
    assert (
        await MeetingLog.count() == 1
        and await AuditEvent.count().where(AuditEvent.action == "note.sent") == 1
    )


async def test_a_replay_is_answered_before_anything_is_validated(personas):
    body = note()
    await Sender(personas.client.id).send(body)
    later = Sender(personas.client.id, refuse=True)  # what was accepted once would be refused now
    answer, created = await later.send(body)
    assert answer["id"] == body.id and created is False and later.built == 0


async def test_a_new_id_that_fails_validation_stores_nothing(personas):
    sender = Sender(personas.client.id, refuse=True)
    with pytest.raises(InvalidInput):
        await sender.send(note())
    assert await MeetingLog.count() == 0 and sender.recorded == 0


async def test_the_same_id_with_another_body_is_a_409_with_the_callers_message(personas):
    sender, body = Sender(personas.client.id), note()
    await sender.send(body)
    with pytest.raises(Conflict) as refused:
        await sender.send(note("Thursday steps", key=body.id))
    assert refused.value.detail == CONFLICT and refused.value.status_code == 409
    assert await MeetingLog.select(MeetingLog.name).first() == {"name": "Tuesday steps"}
    assert await MeetingLog.count() == 1 and sender.built == 1


async def test_another_owners_id_is_a_409_even_with_the_same_body(personas):
    body = note()
    await Sender(personas.client.id).send(body)
    other = Sender(personas.second_client.id)
    with pytest.raises(Conflict) as refused:
        await other.send(body)
    assert refused.value.detail == CONFLICT and other.built == 0
    assert await MeetingLog.count().where(MeetingLog.client == personas.second_client.id) == 0


async def test_racing_sends_store_one_row_and_answer_alike(personas):
    barrier, body = asyncio.Barrier(2), note()
    senders = [Sender(personas.client.id, barrier=barrier) for _ in range(2)]
    answers = await asyncio.gather(*(sender.send(body) for sender in senders))
    assert sorted(created for _, created in answers) == [False, True]
    assert answers[0][0] == answers[1][0] == {"id": body.id, "name": "Tuesday steps"}
    assert [sender.built for sender in senders] == [
        1,
        1,
    ]  # both got past the first look: a real race
    assert (
        await MeetingLog.count() == 1
        and await AuditEvent.count().where(AuditEvent.action == "note.sent") == 1
    )


async def test_a_race_lost_to_another_body_is_a_409(personas):
    barrier, key = asyncio.Barrier(2), uuid.uuid4()
    senders = [Sender(personas.client.id, barrier=barrier) for _ in range(2)]
    results = await asyncio.gather(
        senders[0].send(note("Tuesday steps", key)),
        senders[1].send(note("Friday", key)),
        return_exceptions=True,
    )
    refused = [r for r in results if isinstance(r, Exception)]
    assert len(refused) == 1 and isinstance(refused[0], Conflict) and refused[0].detail == CONFLICT
    assert await MeetingLog.count() == 1


async def test_the_row_and_its_other_writes_are_stored_together_or_not_at_all(personas):
    class Broken(Sender):
        async def record(self) -> None:
            await super().record()
            raise RuntimeError("the audit log is full")

    with pytest.raises(RuntimeError):
        await Broken(personas.client.id).send(note())
    assert (
        await MeetingLog.count() == 0
        and await AuditEvent.count().where(AuditEvent.action == "note.sent") == 0
    )


async def test_a_unique_violation_not_about_the_id_is_not_taken_for_a_replay(personas):
    class Duplicating(Sender):
        async def record(self) -> None:  # a second row with another id but a key already taken
            await MeetingLog.insert(
                MeetingLog(
                    id=self.taken,
                    client=self.owner_id,
                    fellowship="aa",
                    name="x",
                    attended_at=self.now,
                    format="online",
                    body_hash="",
                    logged_at=self.now,
                )
            )

    first = note()
    await Sender(personas.client.id).send(first)
    sender = Duplicating(personas.client.id)
    sender.taken = first.id
    with pytest.raises(Exception) as failed:
        await sender.send(note())
    assert not isinstance(failed.value, Conflict)
    assert await MeetingLog.count() == 1
