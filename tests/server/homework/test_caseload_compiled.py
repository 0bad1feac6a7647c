"""The caseload's homework counts read through a compiled statement (B5's caseload case) answer
exactly what the Piccolo query built per request answered, for caseloads of every size bucket."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from server.homework import services
from server.homework.tables import Assignment, Submission
from tests.helpers import add_account

NOW = datetime(2026, 11, 23, 6, 30, tzinfo=timezone.utc)
STATUSES = ["assigned", "draft", "submitted", "returned", "reviewed"]


async def built_per_request(client_ids: list[int], now: datetime) -> dict:
    """services.client_homework as it was before its statement was compiled."""
    counts = {cid: {"open": 0, "overdue": 0} for cid in client_ids}
    if not client_ids:
        return counts
    rows = await Submission.select(Submission.client, Submission.assignment.due_at).where(
        Submission.client.is_in(client_ids) & Submission.status.is_in(services.OPEN)
    )
    for row in rows:
        counts[row["client"]]["open"] += 1
        counts[row["client"]]["overdue"] += row["assignment.due_at"] < now
    return counts


async def test_compiled_client_homework_equals_the_query_built_per_request(
    personas, persona_hash, engine, monkeypatch
):
    clients = [
        await add_account(f"h{n}@example.org", f"Client {n:02}", "client", persona_hash)
        for n in range(11)
    ]
    ids = [c.id for c in clients]
    # Assignments due every 2 days from three weeks ago to three weeks ahead.
    due = [NOW - timedelta(days=21) + timedelta(days=2 * week, hours=week) for week in range(22)]
    made = await Assignment.insert(
        *(
            Assignment(
                title=f"Worksheet {n}",
                prompts="[]",
                assigned_by=personas.counselor.id,
                assigned_at=at - timedelta(days=7),
                due_at=at,
            )
            for n, at in enumerate(due)
        )
    )
    assignments = [row["id"] for row in made]
    await Submission.insert(
        *(
            Submission(
                assignment=assignment,
                client=cid,
                status=STATUSES[(n + a) % len(STATUSES)],
                updated_at=NOW,
            )
            for n, cid in enumerate(ids[:9])  # the last two have no homework
            for a, assignment in enumerate(assignments)
            if (n + a) % (n % 3 + 2)
        )
    )

    seen = set()
    # 1, 8 and 9 ids (buckets 8, 8, 16), the whole list, a reordered one with a repeat.
    for asked in (ids[:1], ids[:8], ids[3:12], ids, [*reversed(ids), ids[0]]):
        for now in (NOW, NOW - timedelta(days=30), NOW + timedelta(days=9, hours=5)):
            compiled = await services.client_homework(asked, now)
            assert compiled == await built_per_request(asked, now)
            seen |= {(c["open"], c["overdue"]) for c in compiled.values()}
    # The data reach clients with none, with open work not yet due, and with overdue work.
    assert (0, 0) in seen
    assert any(open_ > overdue > 0 for open_, overdue in seen)
    assert any(open_ > 0 and overdue == 0 for open_, overdue in seen)

    # One statement whatever the caseload's size, not built by Piccolo per request.
    built, compiled_runs = [], []
    for name, into in (("run_querystring", built), ("run_compiled", compiled_runs)):
        original = getattr(engine, name)

        async def counting(*args, _original=original, _into=into, **kwargs):
            _into.append(1)
            return await _original(*args, **kwargs)

        monkeypatch.setattr(engine, name, counting)
    await services.client_homework(ids[:2], NOW)
    await services.client_homework(ids, NOW)
    assert (len(built), len(compiled_runs)) == (0, 2)
    assert await services.client_homework([], NOW) == {}
