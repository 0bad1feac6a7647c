"""A page of several clients' records writes one audit event per client, in statements of at
most VIEWS_PER_STATEMENT rows, all or none."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from server.audit import services as audit
from server.audit.tables import AuditEvent
from server.core import db


@pytest.mark.parametrize("count", [1, 30, audit.VIEWS_PER_STATEMENT, 250])
async def test_each_view_is_one_event_with_its_subject_patient_and_time(engine, count):
    at = datetime(2026, 12, 7, 3, 0, tzinfo=timezone.utc)
    await audit.record_views(
        "review_queue.viewed",
        actor=7,
        views=[(f"client:{n}" + "x" * 300 * (n == 0), n) for n in range(count)],
        at=at,
    )
    rows = await AuditEvent.select().order_by(AuditEvent.id)
    assert [row["patient"] for row in rows] == list(range(count))
    assert {(row["actor"], row["action"], row["outcome"], row["ip"]) for row in rows} == {
        (7, "review_queue.viewed", "ok", None)
    }
    assert {row["at"] for row in rows} == {at}
    assert len(rows[0]["subject"]) == 200  # cut like every subject
    assert [row["subject"] for row in rows[1:]] == [f"client:{n}" for n in range(1, count)]


async def test_a_page_of_views_is_written_whole_or_not_at_all(engine):
    with pytest.raises(RuntimeError):
        async with db.current().transaction():
            await audit.record_views(
                "review_queue.viewed", actor=7, views=[("page", n) for n in range(250)]
            )
            raise RuntimeError("the request failed after the views were recorded")
    assert await AuditEvent.count() == 0
