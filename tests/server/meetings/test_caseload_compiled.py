"""The caseload's meetings weeks read through compiled statements (B5's caseload case) answer
exactly what the Piccolo queries built per request answered, for caseloads of every size bucket."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from server.accounts.tables import Account
from server.meetings import services
from server.meetings.tables import AftercarePlan, MeetingLog
from tests.helpers import add_account

ZONES = ["America/Denver", "Asia/Tokyo", "UTC", "Asia/Kolkata", "Pacific/Auckland"]
NOW = datetime(2026, 11, 23, 6, 30, tzinfo=timezone.utc)  # Monday in UTC, Sunday night in Denver


async def built_per_request(client_ids: list[int], now: datetime) -> dict:
    """services.caseload_meetings as it was before its statements were compiled."""
    if not client_ids:
        return {}
    zones = {
        row["id"]: row["timezone"]
        for row in await Account.select(Account.id, Account.timezone).where(
            Account.id.is_in(client_ids)
        )
    }
    targets = {
        row["client"]: row["weekly_target"]
        for row in await AftercarePlan.select(
            AftercarePlan.client, AftercarePlan.weekly_target
        ).where(AftercarePlan.client.is_in(client_ids))
    }
    bounds = [services._week_bounds(zones.get(cid, "UTC"), now) for cid in client_ids]
    rows = await MeetingLog.select(
        MeetingLog.client, MeetingLog.attended_at, MeetingLog.verified_at
    ).where(
        MeetingLog.client.is_in(client_ids)
        & (MeetingLog.attended_at >= min(start for start, _ in bounds))
        & (MeetingLog.attended_at < max(end for _, end in bounds))
    )
    by_client: dict[int, list[dict]] = {cid: [] for cid in client_ids}
    for row in rows:
        by_client[row["client"]].append(row)
    return {
        cid: services._week(zones.get(cid, "UTC"), now, targets.get(cid), by_client[cid])
        for cid in client_ids
    }


async def test_compiled_caseload_meetings_equal_the_queries_built_per_request(
    personas, persona_hash, engine, monkeypatch
):
    clients = [
        await add_account(f"m{n}@example.org", f"Client {n:02}", "client", persona_hash)
        for n in range(11)
    ]
    ids = [c.id for c in clients]
    for n, cid in enumerate(ids):
        await Account.update({Account.timezone: ZONES[n % len(ZONES)]}).where(Account.id == cid)
    await AftercarePlan.insert(
        *(
            AftercarePlan(client=cid, weekly_target=n % 4, updated_at=NOW)
            for n, cid in enumerate(ids)
            if n % 3
        )
    )
    logs = []
    for n, cid in enumerate(ids[:9]):  # the last two logged nothing
        # Three weeks either side of NOW, every ~17 hours, a third of them verified.
        for step in range(n % 5, 60, 3):
            at = NOW - timedelta(days=21) + timedelta(hours=17 * step + n)
            logs.append(
                MeetingLog(
                    id=uuid.uuid4(),
                    client=cid,
                    fellowship="na",
                    name="Clean and Serene",
                    attended_at=at,
                    format="in_person",
                    body_hash="x" * 64,
                    logged_at=at,
                    verified_by=personas.counselor.id if step % 3 == 0 else None,
                    verified_at=at + timedelta(hours=1) if step % 3 == 0 else None,
                )
            )
    await MeetingLog.insert(*logs)

    seen = set()
    # 1, 8 and 9 ids (buckets 8, 8, 16), the whole list, a reordered one with a repeat.
    for asked in (ids[:1], ids[:8], ids[3:12], ids, [*reversed(ids), ids[0]]):
        for now in (NOW, NOW - timedelta(days=7), NOW + timedelta(days=4, hours=11)):
            compiled = await services.caseload_meetings(asked, now)
            assert compiled == await built_per_request(asked, now)
            seen |= {(week.logged, week.verified, week.target) for week in compiled.values()}
    # The data reach weeks with and without logs, verified ones, and every kind of target.
    assert {logged for logged, _, _ in seen} > {0, 3}
    assert {verified for _, verified, _ in seen} > {0}
    assert {target for _, _, target in seen} >= {None, 1, 2, 3}

    # Three statements whatever the caseload's size, none of them built by Piccolo per request.
    built, compiled_runs = [], []
    for name, into in (("run_querystring", built), ("run_compiled", compiled_runs)):
        original = getattr(engine, name)

        async def counting(*args, _original=original, _into=into, **kwargs):
            _into.append(1)
            return await _original(*args, **kwargs)

        monkeypatch.setattr(engine, name, counting)
    await services.caseload_meetings(ids[:2], NOW)
    await services.caseload_meetings(ids, NOW)
    assert (len(built), len(compiled_runs)) == (0, 6)
    assert await services.caseload_meetings([], NOW) == {}
