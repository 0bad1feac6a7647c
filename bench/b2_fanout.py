"""B2: fan-out — N due reminders through the product's dispatcher to a push service with 50 ms
added latency, against a naive sequential `pywebpush.webpush()` loop, in one run.

1. Set-up (not measured): a fresh migrated SQLite database in bench/out/b2/, N client accounts
   each with one push subscription (no quiet hours) and one outbox row due now.
2. The loopback push service (tests/pushservice.py: verifies VAPID, decrypts every body with
   the subscription's private key) runs in a child process pinned to core 1; it made the
   subscriptions, since it must hold their private keys, and answers GET /counts.
3. Naive (on core 0): a plain loop of blocking `pywebpush.webpush(...)` over a sample of other
   subscriptions -> pushes/s.
4. Ours (on core 0, one process): `dispatch_all(sender, now, batch)` (the product's dispatch tick) ->
   wall time for all N and pushes/s; then every one of the N must have arrived exactly once.

    .venv/bin/python bench/b2_fanout.py [--count 10000] [--sample 200] [--batch 500] [--profile]

Goals: ours >= 100 x the naive rate, >= 2,000 pushes/s on one core, all N in <= 5 s (and every
reminder delivered exactly once, marked sent).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Self

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common
from bench.common import OUT, PYTHON, ROOT, log

B2 = OUT / "b2"
SERVICE_CPU = common.CLIENT_CPU  # core 1
DISPATCH_CPU = int(common.SERVER_CPU)  # core 0
LATENCY = 0.05
SUBJECT = "mailto:bench@example.org"
CHUNK = 500  # rows per bulk INSERT
GOAL_RATIO, GOAL_RATE, GOAL_SECONDS = 100.0, 2000.0, 5.0


# --- the push service, in its own process ------------------------------------------------


async def _serve_push(
    count: int, public_key: str, subscriptions_file: Path, latency: float
) -> None:
    """Child process: the loopback push service plus a stats endpoint, until stdin closes."""
    from aiohttp import web

    from tests.pushservice import PushService

    service = PushService(vapid_public_key=public_key, latency=latency)
    await service.start()
    subscriptions_file.write_text(json.dumps([service.new_subscription() for _ in range(count)]))

    async def counts(_request):
        per_token: dict[str, int] = {}
        arrivals: dict[str, list[float]] = {}
        for delivery in service.deliveries:
            per_token[delivery.token] = per_token.get(delivery.token, 0) + 1
            arrivals.setdefault(delivery.token, []).append(delivery.received_at)
        reasons: dict[str, int] = {}
        for rejection in service.rejections:
            reasons[rejection.reason] = reasons.get(rejection.reason, 0) + 1
        cpu = os.times()
        return web.json_response(
            {
                "deliveries": per_token,
                "arrivals": arrivals,
                "rejections": reasons,
                "peak_in_flight": service.peak_in_flight,
                "cpu_seconds": cpu.user + cpu.system,
            }
        )

    stats = web.Application()
    stats.router.add_get("/counts", counts)
    runner = web.AppRunner(stats, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    print(
        json.dumps(
            {"origin": service.origin, "stats": f"http://127.0.0.1:{runner.addresses[0][1]}/counts"}
        ),
        flush=True,
    )
    await asyncio.get_running_loop().run_in_executor(
        None, sys.stdin.read
    )  # until the parent closes stdin
    await runner.cleanup()
    await service.stop()


class PushServiceProcess:
    """The push service in a child process pinned to core 1; `subscriptions`, `counts()` (per
    subscription token: deliveries and their arrival times, epoch seconds)."""

    def __init__(self, count: int, public_key: str, directory: Path = B2, latency: float = LATENCY):
        self.count, self.public_key, self.directory, self.latency = (
            count,
            public_key,
            directory,
            latency,
        )
        self.file = directory / "subscriptions.json"

    def __enter__(self) -> Self:
        self.file.unlink(missing_ok=True)
        self.stderr = open(self.directory / "pushservice.stderr.log", "wb")
        self.proc = subprocess.Popen(
            [
                "taskset",
                "-c",
                SERVICE_CPU,
                PYTHON,
                __file__,
                "--serve-push",
                str(self.count),
                "--public-key",
                self.public_key,
                "--latency",
                str(self.latency),
                "--dir",
                str(self.directory),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.stderr,
            cwd=ROOT,
            text=True,
        )
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(
                "the push service exited:\n"
                + (self.directory / "pushservice.stderr.log").read_text()[-3000:]
            )
        info = json.loads(line)
        self.origin, self.stats_url = info["origin"], info["stats"]
        self.subscriptions = json.loads(self.file.read_text())
        return self

    def counts(self) -> dict:
        with urllib.request.urlopen(self.stats_url, timeout=30) as answer:
            return json.loads(answer.read())

    def __exit__(self, *exc) -> None:
        self.proc.stdin.close()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.stderr.close()


# --- set-up -------------------------------------------------------------------------------


def settings_for(origin: str | None = None):
    from server.settings import DEFAULT_PUSH_HOSTS, load_settings

    env = {
        "COMPANION_DATABASE_URL": common.sqlite_url(B2),
        "COMPANION_DATA_DIR": str(B2),
        "COMPANION_VAPID_SUBJECT": SUBJECT,
        "COMPANION_LOG_LEVEL": "WARNING",
    }
    if origin:
        env["COMPANION_PUSH_ALLOWED_HOSTS"] = f"{DEFAULT_PUSH_HOSTS},{origin}"
    return load_settings(env)


async def populate(subscriptions: list[dict], now: datetime, label: str = "b2") -> list[int]:
    """Migrate, then one account per subscription, no quiet hours, no daily check-in reminder;
    returns the account ids in the subscriptions' order."""
    from rich.progress import Progress

    from server.accounts.tables import Account
    from server.core.migrations import apply_migrations
    from server.notifications.tables import NotificationPref, PushSubscription

    await apply_migrations()
    every: list[int] = []
    with Progress(transient=True) as progress:
        task = progress.add_task("accounts and subscriptions", total=len(subscriptions))
        for start in range(0, len(subscriptions), CHUNK):
            chunk = subscriptions[start : start + CHUNK]
            accounts = [
                Account(
                    email=f"{label}-client{start + i}@clinic.example",
                    display_name=f"Client {start + i}",
                    role="client",
                    password_hash="!",
                    created_at=now,
                    password_changed_at=now,
                )
                for i in range(len(chunk))
            ]
            ids = [row["id"] for row in await Account.insert(*accounts).returning(Account.id)]
            await PushSubscription.insert(
                *(
                    PushSubscription(
                        account=account,
                        endpoint=sub["endpoint"],
                        p256dh=sub["keys"]["p256dh"],
                        auth=sub["keys"]["auth"],
                        created_at=now,
                    )
                    for account, sub in zip(ids, chunk, strict=True)
                )
            )
            await NotificationPref.insert(
                *(
                    NotificationPref(
                        account=account,
                        quiet_start="00:00",
                        quiet_end="00:00",
                        checkin_time="",
                        updated_at=now,
                    )
                    for account in ids
                )
            )
            every += ids
            progress.advance(task, len(chunk))
    return every


async def add_reminders(
    accounts: list[int], due: list[datetime], now: datetime, kind: str = "session"
) -> None:
    """One outbox row per account, due at the matching time (as the planner would store it)."""
    from server.notifications.tables import Notification

    pairs = list(zip(accounts, due, strict=True))
    for start in range(0, len(pairs), CHUNK):
        await Notification.insert(
            *(
                Notification(
                    account=account,
                    kind=kind,
                    subject=f"occurrence:{account}:60",
                    due_at=at,
                    event_at=at + timedelta(hours=1),
                    expires_at=at + timedelta(hours=1),
                    detail="Session at 18:00",
                    url="/#/week",
                    urgency="normal",
                    next_attempt_at=at,
                    created_at=now,
                )
                for account, at in pairs[start : start + CHUNK]
            )
        )


async def add_profile_rows(count: int, now: datetime) -> None:
    """One more reminder due now for each of the first `count` accounts (for --profile)."""
    from server.accounts.tables import Account
    from server.notifications.tables import Notification

    ids = [row["id"] for row in await Account.select(Account.id).order_by(Account.id).limit(count)]
    for start in range(0, len(ids), CHUNK):
        await Notification.insert(
            *(
                Notification(
                    account=account,
                    kind="checkin",
                    subject=f"checkin:{account}",
                    due_at=now,
                    event_at=now,
                    expires_at=now + timedelta(hours=1),
                    detail="Time for your daily check-in.",
                    url="/#/checkin",
                    next_attempt_at=now,
                    created_at=now,
                )
                for account in ids[start : start + CHUNK]
            )
        )


# --- the two paths ------------------------------------------------------------------------


def naive_key_file(settings) -> Path:
    """The same VAPID key as a PKCS#8 PEM file, the form py_vapid's from_file reads."""
    from cryptography.hazmat.primitives import serialization

    key = serialization.load_pem_private_key(settings.vapid_private_key_pem, password=None)
    path = B2 / "naive_vapid_pkcs8.pem"
    path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return path


def naive(sample: list[dict], key_file: Path) -> float:
    """Blocking pywebpush.webpush() one after another; returns pushes/s."""
    from pywebpush import webpush

    data = json.dumps(
        {"title": "Companion", "body": "You have a reminder at 6:00 PM.", "url": "/#/week"}
    )
    started = time.perf_counter()
    for subscription in sample:
        # A fresh claims dict each time: pywebpush writes aud and exp into the one it gets.
        response = webpush(
            subscription,
            data,
            vapid_private_key=str(key_file),
            vapid_claims={"sub": SUBJECT},
            ttl=60,
        )
        if response.status_code != 201:
            raise RuntimeError(f"naive push answered {response.status_code}: {response.text[:200]}")
    return len(sample) / (time.perf_counter() - started)


async def ours(
    settings, now: datetime, batch: int, profile_rows: int, lanes: int
) -> tuple[float, dict, cProfile.Profile | None]:
    """dispatch_due until nothing is due; returns (seconds, outcome counts, profile of one more batch)."""
    from jobs.push import Sender
    from server.notifications.dispatch import dispatch_all, dispatch_due

    totals: dict[str, int] = {}
    profiler = None
    async with Sender(settings) as sender:
        started, cpu_started = time.perf_counter(), time.process_time()
        totals.update(await dispatch_all(sender, now, batch=batch, lanes=lanes))
        seconds = time.perf_counter() - started
        totals["cpu"] = time.process_time() - cpu_started
        if profile_rows:
            await add_profile_rows(profile_rows, now)
            profiler = cProfile.Profile()
            profiler.enable()
            extra = await dispatch_due(sender, now, batch=profile_rows)
            profiler.disable()
            profiler.dump_stats(str(B2 / "profile.pstats"))
            totals["profiled batch"] = sum(extra.values())
    return seconds, totals, profiler


async def run_ours(args, service: PushServiceProcess, now: datetime):
    from server.core import db, heap

    settings = settings_for(service.origin)
    async with db.connected(settings.database_url):
        accounts = await populate(service.subscriptions[: args.count], now)
        await add_reminders(accounts, [now] * len(accounts), now)
        log(f"set-up done: {args.count} accounts, subscriptions and due reminders")
        heap.settle()  # as `companion jobs` does once loaded
        return await ours(
            settings, now, args.batch, args.profile_rows if args.profile else 0, args.lanes
        )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--count", type=int, default=10_000, help="due reminders, one account each (default 10000)"
    )
    parser.add_argument("--sample", type=int, default=200, help="naive pushes (default 200)")
    parser.add_argument(
        "--batch", type=int, default=None, help="dispatch_due batch (default: the product's BATCH)"
    )
    parser.add_argument(
        "--lanes", type=int, default=None, help="dispatch_all lanes (default: the product's LANES)"
    )
    parser.add_argument(
        "--loop",
        choices=("asyncio", "uvloop"),
        default="asyncio",
        help="event loop of the dispatcher (`companion jobs` uses asyncio)",
    )
    parser.add_argument(
        "--profile", action="store_true", help="then cProfile one more dispatch batch"
    )
    parser.add_argument(
        "--profile-rows", type=int, default=1000, help="rows in the profiled batch (default 1000)"
    )
    parser.add_argument("--serve-push", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--public-key", help=argparse.SUPPRESS)
    parser.add_argument("--latency", type=float, default=LATENCY, help=argparse.SUPPRESS)
    parser.add_argument("--dir", type=Path, default=B2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_push is not None:
        asyncio.run(
            _serve_push(
                args.serve_push, args.public_key, args.dir / "subscriptions.json", args.latency
            )
        )
        return 0

    from server.notifications.dispatch import BATCH, LANES

    args.lanes = args.lanes or LANES
    args.batch = args.batch or BATCH
    os.sched_setaffinity(
        0, {DISPATCH_CPU}
    )  # before any thread starts: aiosqlite's threads inherit it
    common.fresh_dir(B2)
    settings = settings_for()  # creates bench/out/b2/vapid_private.pem
    now = datetime.now(UTC).replace(microsecond=0)
    log(
        f"push service on core {SERVICE_CPU}: {args.count + args.sample} subscriptions, {LATENCY * 1000:.0f} ms latency"
    )
    with PushServiceProcess(args.count + args.sample, settings.vapid_public_key) as service:
        sample = service.subscriptions[args.count :]
        log(f"naive: {len(sample)} sequential pywebpush.webpush() calls")
        naive_rate = naive(sample, naive_key_file(settings))
        log(f"ours: dispatch_all(batch={args.batch}) on core {DISPATCH_CPU}, loop {args.loop}")
        before = service.counts()["cpu_seconds"]
        runner = asyncio.run
        if args.loop == "uvloop":
            import uvloop

            runner = uvloop.run
        seconds, totals, profiler = runner(run_ours(args, service, now))
        counts = service.counts()

    tokens = {sub["endpoint"].rsplit("/", 1)[1] for sub in service.subscriptions[: args.count]}
    deliveries = counts["deliveries"]
    ours_arrived = sum(1 for t in tokens if deliveries.get(t, 0) >= 1)
    duplicates = sum(deliveries.get(t, 0) - 1 for t in tokens if deliveries.get(t, 0) > 1)
    profiled = totals.pop("profiled batch", 0)
    cpu = totals.pop("cpu")
    rate = args.count / seconds
    ratio = rate / naive_rate
    # The profiled batch went to the first accounts again: each of those has two by design.
    exact = ours_arrived == args.count and duplicates == profiled and totals == {"sent": args.count}

    common.print_machine()
    print(
        f"\nB2 fan-out: {args.count:,} due reminders, push service +{LATENCY * 1000:.0f} ms latency on core "
        f"{SERVICE_CPU}, dispatcher on core {DISPATCH_CPU} ({args.loop}), batch {args.batch}, lanes {args.lanes}"
    )
    print(
        common.table(
            ["path", "pushes", "seconds", "pushes/s", "x naive"],
            [
                [
                    "naive pywebpush.webpush() loop",
                    len(sample),
                    f"{len(sample) / naive_rate:.2f}",
                    f"{naive_rate:,.1f}",
                    "1.0",
                ],
                [
                    "ours dispatch_all",
                    args.count,
                    f"{seconds:.2f}",
                    f"{rate:,.0f}",
                    f"{ratio:,.1f}",
                ],
            ],
        )
    )
    print(
        f"\noutcomes {totals}; arrived {ours_arrived:,}/{args.count:,}, duplicates {duplicates - profiled}; "
        f"rejections {counts['rejections'] or 0}; push service peak in flight {counts['peak_in_flight']}, "
        f"its CPU {counts['cpu_seconds'] - before:.2f} s during ours; "
        f"dispatcher CPU {cpu:.2f} s of {seconds:.2f} s ({cpu / args.count * 1e6:.0f} µs/push)"
    )
    goals = [
        (f">= {GOAL_RATIO:.0f} x naive {ratio:,.1f}", ratio >= GOAL_RATIO),
        (f">= {GOAL_RATE:,.0f} pushes/s {rate:,.0f}", rate >= GOAL_RATE),
        (
            f"{args.count:,} in <= {GOAL_SECONDS:.0f} s {seconds * 10_000 / args.count:.2f} s"
            + ("" if args.count == 10_000 else " (scaled to 10,000)"),
            seconds * 10_000 / args.count <= GOAL_SECONDS,
        ),
        (f"each exactly once {ours_arrived:,}/{args.count:,}", exact),
    ]
    print(" · ".join(f"{text} {common.verdict(ok)}" for text, ok in goals))
    if profiler is not None:
        common.print_profile(profiler, f"one dispatch_due batch of {args.profile_rows}", 25)
    return 0 if all(ok for _, ok in goals) else 1


if __name__ == "__main__":
    sys.exit(main())
