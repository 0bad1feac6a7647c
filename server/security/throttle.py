"""Sign-in throttling policy: pure arithmetic over a failure count, a window and a block.

Storage lives with the accounts (server/accounts). Failures count until a quiet spell of
`window` with none; past the free failures each one blocks the key, the block doubling up to
a cap short enough that a person locked out by someone else's guessing waits minutes, not
hours. A blocked key is refused without checking the password, so guessing gains nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True)
class Policy:
    free_failures: int
    window: timedelta
    first_block: timedelta
    max_block: timedelta


# Per email address (known or not, so blocking reveals nothing about who has an account).
PER_ACCOUNT = Policy(
    free_failures=5,
    window=timedelta(minutes=15),
    first_block=timedelta(minutes=1),
    max_block=timedelta(minutes=15),
)
# Per client IP: generous, because a clinic's clients may share one address.
PER_IP = Policy(
    free_failures=30,
    window=timedelta(minutes=15),
    first_block=timedelta(minutes=1),
    max_block=timedelta(minutes=15),
)


@dataclass(frozen=True)
class Tally:
    failures: int
    last_failure: datetime
    blocked_until: datetime | None


def after_failure(policy: Policy, tally: Tally | None, now: datetime) -> Tally:
    """The tally after one more failed sign-in."""
    failures = (
        1 if tally is None or now - tally.last_failure > policy.window else tally.failures + 1
    )
    over = failures - policy.free_failures
    if over <= 0:
        return Tally(failures, now, None)
    block = min(policy.first_block * 2 ** min(over - 1, 20), policy.max_block)
    return Tally(failures, now, now + block)


def seconds_blocked(tally: Tally | None, now: datetime) -> int:
    """Seconds until this key may try again; 0 when it may try now."""
    if tally is None or tally.blocked_until is None or tally.blocked_until <= now:
        return 0
    return max(1, math.ceil((tally.blocked_until - now).total_seconds()))
