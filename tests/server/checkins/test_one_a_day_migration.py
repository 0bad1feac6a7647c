"""The migration that makes check-ins one per client per day merges the days that already had
several: run here on both engines against rows written the way earlier releases wrote them."""

from __future__ import annotations

import importlib
import uuid
from datetime import datetime, timedelta, timezone

from server.care.tables import UrgentAlert
from server.checkins.tables import Checkin, CheckinRevision
from server.core import db
from tests.server.checkins.test_checkins import today_in

MERGE = importlib.import_module(
    "server.checkins.piccolo_migrations.checkins_2026_12_07t05_39_00_000000"
)
BEFORE = [  # the indexes as they were before the migration
    "DROP INDEX checkin_client_day",
    "DROP INDEX checkin_submission",
    "DROP INDEX checkin_revision_submission",
    "DROP INDEX checkin_revision_checkin",
    "CREATE INDEX checkin_client_day ON checkin (client, local_date)",
]


def old_row(client: int, day, at: datetime, risk: str = "normal", **values) -> Checkin:
    rank = {"urgent": 0, "high": 1, "normal": 2}[risk]
    fields = dict(mood=3, craving=2, used=False, medication="yes", sleep_hours=7.0)
    fields.update(safety_concern=risk == "urgent", note="", helped="", body_hash="h" * 64)
    fields.update(values)
    return Checkin(
        id=uuid.uuid4(),
        client=client,
        local_date=day,
        submitted_at=at,
        risk=risk,
        risk_rank=rank,
        **fields,
    )


async def test_duplicate_days_merge_into_their_latest_with_the_rest_as_history(personas):
    engine = db.current()
    for statement in BEFORE:
        await engine.run_ddl(statement)
    me, other = personas.client.id, personas.second_client.id
    day = today_in()
    at = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(hours=5)
    morning = old_row(me, day, at, "urgent", mood=1)
    noon = old_row(me, day, at + timedelta(hours=1), mood=2, reviewed_at=at, counselor_note="ok")
    evening = old_row(
        me,
        day,
        at + timedelta(hours=2),
        mood=4,
        reviewed_at=at + timedelta(hours=3),
        reviewed_by=personas.counselor.id,
        counselor_note="Good.",
    )
    yesterday = old_row(me, day - timedelta(days=1), at - timedelta(days=1))
    theirs = [old_row(other, day, at + timedelta(minutes=m)) for m in (0, 1)]
    for both in (theirs[0], theirs[1]):
        both.reviewed_at = at + timedelta(hours=4)
    await Checkin.insert(morning, noon, evening, yesterday, *theirs)
    await UrgentAlert.insert(
        UrgentAlert(subject=f"checkin:{morning.id}", client=me, raised_at=at, route="team")
    )

    for statement in MERGE.STATEMENTS:
        await engine.run_ddl(statement)

    rows = {r["id"]: r for r in await Checkin.select()}
    assert set(rows) == {evening.id, yesterday.id, theirs[1].id}
    mine = rows[evening.id]
    assert (mine["mood"], mine["revisions"], mine["risk"], mine["risk_rank"]) == (4, 2, "urgent", 0)
    assert mine["answers_risk"] == "normal"
    assert mine["submitted_at"] == morning.submitted_at  # its place: the day's first check-in
    assert mine["updated_at"] == evening.submitted_at
    assert mine["reviewed_at"] is None  # the urgent morning was never reviewed
    assert rows[theirs[1].id]["reviewed_at"] is not None  # every one of that day was
    assert rows[yesterday.id]["revisions"] == 0 and rows[yesterday.id]["updated_at"] is None
    history = await CheckinRevision.select().order_by(CheckinRevision.submitted_at)
    assert [
        (h["submission"], h["risk"], h["mood"]) for h in history if h["checkin"] == evening.id
    ] == [
        (morning.id, "urgent", 1),
        (noon.id, "normal", 2),
    ]
    assert [(h["checkin"], h["submission"]) for h in history if h["checkin"] != evening.id] == [
        (theirs[1].id, theirs[0].id)
    ]
    [alert] = await UrgentAlert.select(UrgentAlert.subject)
    assert alert["subject"] == f"checkin:{evening.id}"
    duplicate = old_row(me, day, at + timedelta(hours=6))
    try:
        await Checkin.insert(duplicate)
        raise AssertionError("a second row for the same client and day was accepted")
    except Exception as exc:
        assert db.is_unique_violation(exc)
