"""B3: lateness — how late reminders reach the push service after they fall due, the product's
`companion jobs` against an asyncio `call_at` baseline, in one run.

Each case sends 2,000 reminders: 1,000 due in the same second (T0) and 1,000 spread evenly over
the following 10 s. Lateness = the push service's arrival time minus the due time.

1. The loopback push service (tests/pushservice.py, +50 ms latency, decrypting every push) runs
   in its own process on core 1 and makes 3 x 2,000 subscriptions (bench/b2_fanout.py's).
2. Baseline (core 0): this process schedules each send with `loop.call_at` at its due time and
   sends it with the product's `Sender` (the same encryption and HTTP): the floor that an
   in-memory timer wheel with no database would reach.
3. Ours, one dispatcher: a fresh SQLite database (bench/out/b3/) with 4,000 accounts, each with
   one subscription; one `companion jobs` process on core 0 (the real scheduler: the planner
   every 60 s, the dispatcher ticking every second); the rows are stored ~3 s before T0, as the
   planner stores them ahead of time.
4. Ours, two dispatchers, one killed: two `companion jobs` processes on core 0; the one busy
   sending (more CPU used since T0) gets SIGKILL 0.25 s after T0, mid-burst. Its claimed rows come back to the survivor when their
   lease runs out (30 s). Duplicates are allowed only for rows the killed process had claimed
   (sent, not yet recorded: its in-flight window; the push Topic collapses them on a device).

The rows are of kind "test" (the Settings screen's test notification): the planner leaves that
kind alone, so it does not cancel rows that no real session stands behind.

    .venv/bin/python bench/b3_lateness.py [--burst 1000] [--spread 1000] [--spread-seconds 10]

Goals: 0 missed, 0 duplicated, p99 <= 1 s (one dispatcher); with one of two killed mid-burst,
0 missed, duplicates only inside the killed process's in-flight window, and p99 <= 1 s for the
rows it did not hold.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import common
from bench.b2_fanout import PushServiceProcess, add_reminders, populate
from bench.common import COMPANION, OUT, ROOT, log

B3 = OUT / "b3"
CPU = int(
    common.SERVER_CPU
)  # core 0: the baseline and the jobs processes; the push service on core 1
LEAD = 3.0  # seconds between storing the rows and T0
KILL_AFTER = 0.25  # seconds after T0
GOAL_P99 = 1.0
SUBJECT = "mailto:bench@example.org"


@dataclass
class Case:
    name: str
    due: dict[str, float]  # subscription token -> due (epoch seconds)
    held: set[str] | None = None  # tokens of rows the killed process had claimed


def schedule(t0: float, burst: int, spread: int, seconds: float) -> list[float]:
    return [t0] * burst + [t0 + seconds * (i + 1) / spread for i in range(spread)]


def token(subscription: dict) -> str:
    return subscription["endpoint"].rsplit("/", 1)[1]


def settings_for(origin: str):
    from server.settings import load_settings

    return load_settings(jobs_env(origin))


def jobs_env(origin: str) -> dict:
    from server.settings import DEFAULT_PUSH_HOSTS

    return {
        "COMPANION_DATABASE_URL": common.sqlite_url(B3),
        "COMPANION_DATA_DIR": str(B3),
        "COMPANION_VAPID_SUBJECT": SUBJECT,
        "COMPANION_LOG_LEVEL": "INFO",
        "COMPANION_PUSH_ALLOWED_HOSTS": f"{DEFAULT_PUSH_HOSTS},{origin}",
    }


# --- the baseline -------------------------------------------------------------------------


async def baseline(settings, subscriptions: list[dict], due: list[float]) -> None:
    """Each send started by loop.call_at at its due time, through the product's Sender."""
    from jobs.push import Sender

    loop = asyncio.get_running_loop()
    body = b'{"title":"Companion","body":"Notifications are working.","url":"/#/settings"}'
    tasks: list[asyncio.Task] = []
    async with Sender(settings) as sender:

        def fire(subscription: dict) -> None:
            tasks.append(
                loop.create_task(
                    sender.send(
                        subscription,
                        body,
                        ttl=600,
                        urgency="normal",
                        topic=token(subscription)[:32],
                    )
                )
            )

        offset = loop.time() - time.time()
        for subscription, at in zip(subscriptions, due, strict=True):
            loop.call_at(at + offset, fire, subscription)
        await asyncio.sleep(max(due) - time.time() + 0.05)
        outcomes = await asyncio.gather(*tasks)
    bad = [o for o in outcomes if o.status != 201]
    if bad:
        raise RuntimeError(f"baseline: {len(bad)} pushes not accepted, e.g. {bad[0]}")


# --- ours -------------------------------------------------------------------------------------


class Jobs:
    """`companion jobs` pinned to core 0, its log in bench/out/b3/<label>.stderr.log."""

    def __init__(self, label: str, env: dict):
        self.log_path = B3 / f"{label}.stderr.log"
        self.stderr = open(self.log_path, "wb")
        self.proc = subprocess.Popen(
            ["taskset", "-c", str(CPU), COMPANION, "jobs"],
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=subprocess.DEVNULL,
            stderr=self.stderr,
        )

    def wait_started(self, timeout: float = 60) -> None:
        ends = time.monotonic() + timeout
        while b"jobs started" not in self.log_path.read_bytes():
            if self.proc.poll() is not None or time.monotonic() > ends:
                raise RuntimeError(
                    f"companion jobs did not start:\n{self.log_path.read_text()[-3000:]}"
                )
            time.sleep(0.1)

    def cpu_ticks(self) -> int:
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])  # utime + stime

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.stderr.close()


async def store(accounts: list[int], due: list[float]) -> None:
    from server.core import db

    async with db.connected(common.sqlite_url(B3)):
        now = datetime.now(UTC)
        await add_reminders(
            accounts, [datetime.fromtimestamp(at, UTC) for at in due], now, kind="test"
        )


async def claimed_twice(accounts: list[int]) -> set[int]:
    """Accounts whose row was claimed more than once: the killed process had it."""
    from server.core import db
    from server.notifications.tables import Notification

    async with db.connected(common.sqlite_url(B3)):
        rows = await Notification.select(Notification.account).where(
            Notification.account.is_in(accounts) & (Notification.attempts > 1)
        )
    return {row["account"] for row in rows}


def wait_for(service: PushServiceProcess, tokens: set[str], timeout: float) -> dict:
    ends = time.monotonic() + timeout
    while True:
        counts = service.counts()
        if all(t in counts["arrivals"] for t in tokens) or time.monotonic() > ends:
            return counts
        time.sleep(0.5)


def ours(
    service: PushServiceProcess,
    env: dict,
    subscriptions: list[dict],
    accounts: list[int],
    due_offsets: list[float],
    processes: int,
    kill: bool,
) -> tuple[dict[str, float], set[str]]:
    """Start the jobs processes, store the rows due from T0, maybe kill one; (due by token, held)."""
    started = [Jobs(f"jobs-{processes}p{i}", env) for i in range(processes)]
    try:
        for jobs in started:
            jobs.wait_started()
        time.sleep(2)  # the first planning pass and the first ticks are over
        t0 = time.time() + LEAD
        due = [t0 + offset for offset in due_offsets]
        asyncio.run(store(accounts, due))
        if kill:  # the process busy sending the burst: the one that used more CPU since T0
            time.sleep(max(0.0, t0 - time.time()))
            before = [jobs.cpu_ticks() for jobs in started]
            time.sleep(max(0.0, t0 + KILL_AFTER - time.time()))
            busiest = max(range(processes), key=lambda i: started[i].cpu_ticks() - before[i])
            started[busiest].kill()
            log(
                f"killed jobs process {busiest + 1} of {processes} (the one sending) {KILL_AFTER:.2f} s after T0"
            )
        tokens = {token(s) for s in subscriptions}
        wait_for(service, tokens, timeout=max(due_offsets) + LEAD + (45 if kill else 15))
    finally:
        for jobs in started:
            jobs.stop()
    held: set[str] = set()
    if kill:
        twice = asyncio.run(claimed_twice(accounts))
        held = {token(s) for s, a in zip(subscriptions, accounts, strict=True) if a in twice}
    return {token(s): at for s, at in zip(subscriptions, due, strict=True)}, held


# --- figures ----------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def measure(case: Case, arrivals: dict[str, list[float]]) -> dict:
    late = [arrivals[t][0] - at for t, at in case.due.items() if t in arrivals]
    missed = sum(1 for t in case.due if t not in arrivals)
    dups = {t for t in case.due if len(arrivals.get(t, [])) > 1}
    row = {
        "missed": missed,
        "duplicated": len(dups),
        "late": late,
        "dup outside window": len(dups - (case.held or set())),
    }
    if case.held is not None:
        row["held"] = len(case.held)
        row["late not held"] = [
            arrivals[t][0] - at
            for t, at in case.due.items()
            if t in arrivals and t not in case.held
        ]
    return row


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--burst", type=int, default=1000, help="reminders due in the same second (default 1000)"
    )
    parser.add_argument(
        "--spread", type=int, default=1000, help="reminders spread after it (default 1000)"
    )
    parser.add_argument(
        "--spread-seconds", type=float, default=10.0, help="over this many seconds (default 10)"
    )
    args = parser.parse_args()

    n = args.burst + args.spread
    offsets = schedule(0.0, args.burst, args.spread, args.spread_seconds)
    common.fresh_dir(B3)
    os.sched_setaffinity(0, {CPU})
    from server.settings import load_settings

    public_key = load_settings(
        {
            "COMPANION_DATA_DIR": str(B3),
            "COMPANION_VAPID_SUBJECT": SUBJECT,
            "COMPANION_DATABASE_URL": common.sqlite_url(B3),
        }
    ).vapid_public_key
    log(f"push service on core {common.CLIENT_CPU}: {3 * n} subscriptions, 50 ms latency")
    with PushServiceProcess(3 * n, public_key, directory=B3) as service:
        base_subs, one_subs, two_subs = (
            service.subscriptions[i * n : (i + 1) * n] for i in range(3)
        )
        env = jobs_env(service.origin)

        async def set_up() -> tuple[list[int], list[int]]:
            from server.core import db

            async with db.connected(common.sqlite_url(B3)):
                now = datetime.now(UTC)
                return await populate(one_subs, now, "b3-one"), await populate(
                    two_subs, now, "b3-two"
                )

        one_accounts, two_accounts = asyncio.run(set_up())
        log(f"set-up done: {2 * n} accounts with a subscription")

        log("baseline: loop.call_at + the product's Sender")
        t0 = time.time() + LEAD
        base_due = [t0 + offset for offset in offsets]
        asyncio.run(baseline(settings_for(service.origin), base_subs, base_due))
        cases = [
            Case(
                "asyncio call_at baseline",
                {token(s): at for s, at in zip(base_subs, base_due, strict=True)},
            )
        ]

        log("ours: one companion jobs process")
        due, _ = ours(service, env, one_subs, one_accounts, offsets, processes=1, kill=False)
        cases.append(Case("companion jobs x1", due))

        log("ours: two companion jobs processes, the first killed mid-burst")
        due, held = ours(service, env, two_subs, two_accounts, offsets, processes=2, kill=True)
        cases.append(Case("companion jobs x2, one killed", due, held))
        arrivals = service.counts()["arrivals"]

    results = [measure(case, arrivals) for case in cases]
    (B3 / "lateness.json").write_text(
        json.dumps(
            {
                case.name: sorted(
                    (at, arrivals[t][0] - at) for t, at in case.due.items() if t in arrivals
                )
                for case in cases
            }
        )
    )
    common.print_machine()
    print(
        f"\nB3 lateness: {args.burst:,} reminders due at T0 + {args.spread:,} spread over {args.spread_seconds:g} s; "
        f"push service +50 ms on core {common.CLIENT_CPU}; senders on core {CPU}"
    )
    rows = []
    for case, result in zip(cases, results, strict=True):
        late = result["late"]
        rows.append(
            [
                case.name,
                len(case.due),
                result["missed"],
                result["duplicated"],
                *(f"{percentile(late, q) * 1000:,.0f}" for q in (50, 95, 99)),
                f"{max(late) * 1000:,.0f}",
            ]
        )
    print(
        common.table(
            ["case", "reminders", "missed", "duplicated", "p50 ms", "p95 ms", "p99 ms", "max ms"],
            rows,
        )
    )
    killed = results[2]
    p99_not_held = percentile(killed["late not held"], 99)
    print(
        f"\nkilled case: the killed process held {killed['held']} rows (claimed, lease 30 s); "
        f"p99 of the other {len(killed['late not held'])}: {p99_not_held * 1000:,.0f} ms; "
        f"duplicates outside its in-flight window: {killed['dup outside window']}"
    )
    one = results[1]
    goals = [
        (f"x1 missed {one['missed']}", one["missed"] == 0),
        (f"x1 duplicated {one['duplicated']}", one["duplicated"] == 0),
        (
            f"x1 p99 {percentile(one['late'], 99) * 1000:,.0f} ms <= {GOAL_P99 * 1000:.0f}",
            percentile(one["late"], 99) <= GOAL_P99,
        ),
        (f"killed missed {killed['missed']}", killed["missed"] == 0),
        (
            f"killed duplicates outside the window {killed['dup outside window']}",
            killed["dup outside window"] == 0,
        ),
        (
            f"killed p99 (rows it did not hold) {p99_not_held * 1000:,.0f} ms <= {GOAL_P99 * 1000:.0f}",
            p99_not_held <= GOAL_P99,
        ),
    ]
    print(" · ".join(f"{text} {common.verdict(ok)}" for text, ok in goals))
    return 0 if all(ok for _, ok in goals) else 1


if __name__ == "__main__":
    sys.exit(main())
