"""One retry-safe submission: the same id and body again answers the same; the same id with
another body, or someone else's id, is a 409.

When a feature author needs it: a client creates a record from a phone that may send it more
than once (the PWA's offline outbox replays on reconnect; a weak signal loses answers, not
requests). Such a record carries a UUID the phone made, as its table's primary key, and the
SHA-256 of the body it came with in a `body_hash` column (Varchar(64)). Check-ins and meetings
use it; secure messages and questionnaire answers are next. Edits of an existing row (a
homework draft, a review) are not submissions: they order by time or by state instead.

The order is part of the promise: a replay is recognised before anything is validated, so a
body accepted once answers the same later even when it would now be refused (a check-in's day
that has since become too old).
"""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from uuid import UUID

import msgspec
from piccolo.columns import Column
from piccolo.table import Table

from server.core import db
from server.core.errors import Conflict

Out = TypeVar("Out")


def body_hash(body: msgspec.Struct) -> str:
    """The SHA-256 (hex) of the body as msgspec encodes it: what a replay must match."""
    return hashlib.sha256(msgspec.json.encode(body)).hexdigest()


async def submit_once(
    table: type[Table],
    key: UUID,
    body: msgspec.Struct,
    *,
    owner: Column,
    owner_id: int,
    conflict: Conflict,
    load: Callable[[], Awaitable[Out]],
    build: Callable[[str], Awaitable[Table]],
    record: Callable[[], Awaitable[Any]],
) -> tuple[Out, bool]:
    """Store a new row for `key` once, or answer what was stored for it before.

    Args:
        table: the Table; its primary key is the client's UUID, `body_hash` holds the digest.
        key: the client-generated id of this submission.
        body: the submission as parsed; its encoding is hashed.
        owner: the column naming whose row it is (e.g. `Checkin.client`); `owner_id` its value
            for the caller.
        conflict: the 409 to raise when the id was used with another body or by someone else.
        load: the answer for the stored row (called for a replay and after storing).
        build: given the body's hash, validate the submission and return the row to insert.
            Called only for an id not seen before, outside the transaction; raises to refuse.
        record: the other writes of the insert's transaction (at least its audit event).

    Returns:
        What `load` answers, and whether this call stored the row.

    Raises:
        Conflict: the id was used before with another body, or by someone else.
    """
    digest = body_hash(body)
    hash_column = table._meta.get_column_by_name("body_hash")

    async def replayed() -> Out | None:
        stored = (
            await table.select(owner, hash_column).where(table._meta.primary_key == key).first()
        )
        if stored is None:
            return None
        if stored[owner._meta.name] != owner_id or stored["body_hash"] != digest:
            raise conflict
        return await load()

    replay = await replayed()
    if replay is not None:
        return replay, False
    row = await build(digest)
    try:
        async with db.current().transaction():
            await table.insert(row)
            await record()
    except Exception as exc:
        if not db.is_unique_violation(exc):
            raise
        replay = await replayed()  # two sends of one submission raced: the other one stored it
        if replay is None:
            raise
        return replay, False
    return await load(), True
