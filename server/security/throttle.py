"""Sign-in throttling policy: pure arithmetic over a failure count, a window and a block.

Storage lives with the accounts (server/accounts). Failures count until a quiet spell of
`window` with none; past the free failures each one blocks the key, the block doubling up to
a cap short enough that a person slowed by someone else's guessing waits minutes, not hours. A blocked key is refused without checking the password, so guessing gains nothing.
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


# Who is throttled (server/accounts/services.py; docs/architecture.md, "Sign-in throttling"):
#
# - A device that signed in to this account before carries a signed device cookie
#   (server/security/device.py) and is throttled only by its own failures (PER_DEVICE), so a
#   stranger's guesses from elsewhere never keep the owner out.
# - Any other device is throttled per (account, address) and per account across all unknown
#   devices. The per-account block grows from 2 s and stays at 5 minutes, so however many
#   addresses an attacker uses, an account takes at most ~300 guesses a day (one per 5 minutes,
#   plus the free ones), while its owner on a new phone waits 5 minutes at worst.
# - Per address, failures count distinct accounts tried (a clinic's Wi-Fi with 40 clients
#   mistyping once each is 40), so one address trying many accounts is slowed and a shared
#   address with many honest people is not.
# Keys are stored hashed where they hold an email (blocking reveals nothing about who has an
# account: a known and an unknown email are counted alike).
PER_DEVICE = Policy(
    free_failures=5,
    window=timedelta(minutes=15),
    first_block=timedelta(minutes=1),
    max_block=timedelta(minutes=15),
)
PER_ACCOUNT_ADDRESS = Policy(
    free_failures=5,
    window=timedelta(minutes=15),
    first_block=timedelta(minutes=1),
    max_block=timedelta(minutes=15),
)
PER_ACCOUNT = Policy(
    free_failures=10,
    window=timedelta(hours=1),
    first_block=timedelta(seconds=2),
    max_block=timedelta(minutes=5),
)
PER_ADDRESS_ACCOUNTS = Policy(
    free_failures=50,
    window=timedelta(hours=1),
    first_block=timedelta(minutes=1),
    max_block=timedelta(minutes=15),
)
# Second-factor codes (TOTP, recovery) per account: six digits must not be guessable.
PER_FACTOR = Policy(
    free_failures=5,
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
