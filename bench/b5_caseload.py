"""B5's caseload case: the staff caseload table for a counselor with 60 clients.

The B5 databases' bench counselor has exactly 50 clients, and its review queue is checked
against them, so this case has a counselor of its own: `b5-caseload@clinic.example` ("Caseload
Bench", the demo password), added to a cached B5 database by `ensure_caseload` (idempotent) as a
non-primary member of 60 clients' care teams: the bench counselor's 50 and the 10 next clients by
id, so both the generator's caseload (whose check-ins are the same at every size) and clients of
the wider clinic are on it. Nothing else changes: the bench counselor's queue is untouched.

`b5_review.py --cases caseload` measures `GET /api/counselor/caseload` (served, wrk) against
the goal p95 <= 20 ms, and beside it runs this module in a subprocess pinned to core 0 (where
the server runs) to time in-process, on the same database, the part the caseload used to do per
client: the hours of each client (programs.week_hours: three queries a client, the old path)
against programs.client_weeks (three queries for all of them, plus the next session), checking
both give the same hours; and the whole caseload composition (today.services.caseload).

    .venv/bin/python bench/b5_caseload.py --url URL [--rounds 30]   # prints one JSON line
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common  # noqa: E402

EMAIL = "b5-caseload@clinic.example"
NAME = "Caseload Bench"
SIZE = 60
PATH = "/api/counselor/caseload"


async def _ensure(url: str, bench_counselor: int, caseload: list[int]) -> list[int]:
    from server.accounts.tables import Account, CareTeamMember
    from server.core import db

    async with db.connected(url):
        template = (
            await Account.select(Account.password_hash, Account.timezone, Account.created_at)
            .where(Account.id == bench_counselor)
            .first()
        )
        found = await Account.select(Account.id).where(Account.email == EMAIL).first()
        if found is None:
            [found] = await Account.insert(
                Account(
                    email=EMAIL,
                    display_name=NAME,
                    role="counselor",
                    password_hash=template["password_hash"],
                    timezone=template["timezone"],
                    active=True,
                    created_at=template["created_at"],
                    password_changed_at=template["created_at"],
                )
            )
        counselor = found["id"]
        others = (
            await Account.select(Account.id)
            .where(
                (Account.role == "client")
                & Account.active.eq(True)
                & Account.id.not_in(caseload)
                & (Account.id > max(caseload))
            )
            .order_by(Account.id)
            .limit(SIZE - len(caseload))
        )
        wanted = sorted([*caseload, *(row["id"] for row in others)])
        have = {
            row["client"]
            for row in await CareTeamMember.select(CareTeamMember.client).where(
                CareTeamMember.counselor == counselor
            )
        }
        if have - set(wanted):
            await CareTeamMember.delete().where(
                (CareTeamMember.counselor == counselor)
                & CareTeamMember.client.is_in(sorted(have - set(wanted)))
            )
        missing = [client for client in wanted if client not in have]
        if missing:
            await CareTeamMember.insert(
                *(
                    CareTeamMember(
                        client=client,
                        counselor=counselor,
                        is_primary=False,
                        added_at=template["created_at"],
                    )
                    for client in missing
                )
            )
        count = await CareTeamMember.count().where(CareTeamMember.counselor == counselor)
        if count != SIZE:
            raise RuntimeError(f"{EMAIL} has {count} clients, not {SIZE}")
        return wanted


def ensure_caseload(url: str, meta: dict) -> list[int]:
    """Make (once) the caseload counselor with their 60 clients; their ids."""
    return asyncio.run(_ensure(url, meta["counselor"], meta["caseload"]))


async def _compare(url: str, clients: list[int], rounds: int) -> dict:
    from server.accounts.services import SignedInUser
    from server.accounts.tables import Account
    from server.core import db
    from server.programs import services as schedule
    from server.today import services as today
    from server.today.schemas import CaseloadQuery

    async with db.connected(url):
        row = (
            await Account.select(Account.id, Account.timezone).where(Account.email == EMAIL).first()
        )
        user = SignedInUser(
            id=row["id"],
            email=EMAIL,
            display_name=NAME,
            role="counselor",
            timezone=row["timezone"],
            locale="en-US",
        )
        now = datetime.now(timezone.utc)

        async def old():
            return {client: await schedule.week_hours(client, now) for client in clients}

        async def new():
            return await schedule.client_weeks(clients, now)

        async def whole():
            return await today.caseload(user, now, CaseloadQuery())

        before, after = await old(), await new()
        differ = [c for c in clients if before[c] != after[c].hours]
        if differ:
            raise RuntimeError(f"client_weeks and week_hours differ for clients {differ}")
        enrolled = sum(1 for c in clients if before[c] is not None)
        composed = await whole()
        if len(composed.clients) != len(clients):
            raise RuntimeError(f"the caseload has {len(composed.clients)} rows, not {len(clients)}")
        times: dict[str, list[float]] = {"old": [], "new": [], "caseload": []}
        cpu: dict[str, list[float]] = {"old": [], "new": [], "caseload": []}
        for _ in range(rounds):  # interleaved, so a busy moment hits each alike
            for name, run in (("old", old), ("new", new), ("caseload", whole)):
                started, used = time.perf_counter(), time.process_time()
                await run()
                times[name].append((time.perf_counter() - started) * 1000)
                cpu[name].append((time.process_time() - used) * 1000)
        return {
            **{f"{name}_cpu_ms": round(statistics.median(v), 3) for name, v in cpu.items()},
            "clients": len(clients),
            "enrolled": enrolled,
            "needs_attention": sum(1 for r in composed.clients if r.needs_attention),
            "rounds": rounds,
            **{f"{name}_ms": round(statistics.median(v), 3) for name, v in times.items()},
            **{f"{name}_p95_ms": round(_p95(v), 3) for name, v in times.items()},
        }


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def compare(env: dict, clients: list[int], rounds: int = 30) -> dict:
    """Run the in-process comparison in a subprocess pinned to the server's core."""
    import subprocess

    out = subprocess.run(
        [
            "taskset",
            "-c",
            common.SERVER_CPU,
            sys.executable,
            __file__,
            "--url",
            env["COMPANION_DATABASE_URL"],
            "--clients",
            ",".join(map(str, clients)),
            "--rounds",
            str(rounds),
        ],
        env={**os.environ, **env},
        cwd=common.ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--url", required=True, help="a B5 database (made by b5_review.py)")
    parser.add_argument("--clients", help="comma-separated ids (default: the caseload counselor's)")
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    if args.clients:
        clients = [int(c) for c in args.clients.split(",")]
    else:
        clients = asyncio.run(_clients_of(args.url))
    print(json.dumps(asyncio.run(_compare(args.url, clients, args.rounds))))


async def _clients_of(url: str) -> list[int]:
    from server.accounts.tables import Account, CareTeamMember
    from server.core import db

    async with db.connected(url):
        return sorted(
            row["client"]
            for row in await CareTeamMember.select(CareTeamMember.client).where(
                CareTeamMember.counselor.is_in(
                    Account.select(Account.id).where(Account.email == EMAIL)
                )
            )
        )


if __name__ == "__main__":
    main()
