"""Raw argon2id verifications per second at the product's parameters, on one thread.

B4 runs it pinned (`taskset -c 0 .venv/bin/python bench/argon2_rate.py --duration 20`); it
prints one JSON line: {"verifications", "seconds", "per_second", ...}.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server.security.passwords import MEMORY_COST_KIB, PARALLELISM, TIME_COST, new_hasher  # noqa: E402


def verify_for(hasher, stored: str, password: str, seconds: float) -> tuple[int, float]:
    count, started = 0, time.perf_counter()
    deadline = started + seconds
    while time.perf_counter() < deadline:
        if not hasher.verify(stored, password):
            raise SystemExit("verification failed")
        count += 1
    return count, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--duration", type=float, default=20)
    parser.add_argument("--warmup", type=float, default=3)
    args = parser.parse_args()
    hasher = new_hasher()
    password = "bench-demo-password-1"
    stored = hasher.hash(password)
    verify_for(hasher, stored, password, args.warmup)
    count, seconds = verify_for(hasher, stored, password, args.duration)
    print(
        json.dumps(
            {
                "verifications": count,
                "seconds": round(seconds, 3),
                "per_second": count / seconds,
                "memory_cost_kib": MEMORY_COST_KIB,
                "time_cost": TIME_COST,
                "parallelism": PARALLELISM,
            }
        )
    )


if __name__ == "__main__":
    main()
