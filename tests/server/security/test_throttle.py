"""The throttling policy: free failures, then doubling blocks with a short cap, reset by quiet."""

from datetime import datetime, timedelta, timezone

from server.security.throttle import (
    PER_ACCOUNT,
    PER_ACCOUNT_ADDRESS,
    Policy,
    Tally,
    after_failure,
    seconds_blocked,
)

T0 = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)


def failures(
    count: int, spacing=timedelta(seconds=1), policy: Policy = PER_ACCOUNT_ADDRESS
) -> list[Tally]:
    tallies, tally = [], None
    for n in range(count):
        tally = after_failure(policy, tally, T0 + n * spacing)
        tallies.append(tally)
    return tallies


def test_the_first_failures_are_free():
    assert all(t.blocked_until is None for t in failures(PER_ACCOUNT_ADDRESS.free_failures))


def test_one_address_on_one_account_is_blocked_for_doubling_spells_up_to_fifteen_minutes():
    free = PER_ACCOUNT_ADDRESS.free_failures
    tallies = failures(free + 6)
    blocks = [(t.blocked_until - t.last_failure) for t in tallies[free:]]
    assert blocks == [timedelta(minutes=m) for m in (1, 2, 4, 8, 15, 15)]


def test_unknown_devices_on_one_account_wait_from_two_seconds_up_to_five_minutes():
    free = PER_ACCOUNT.free_failures
    tallies = failures(free + 10, policy=PER_ACCOUNT)
    blocks = [(t.blocked_until - t.last_failure).total_seconds() for t in tallies[free:]]
    assert blocks == [2, 4, 8, 16, 32, 64, 128, 256, 300, 300]


def guesses_in_a_day(policy: Policy) -> int:
    """How many guesses an attacker gets in 24 hours guessing the moment each block ends."""
    now, tally, guesses = T0, None, 0
    while now < T0 + timedelta(days=1):
        guesses += 1
        tally = after_failure(policy, tally, now)
        now = tally.blocked_until or now + timedelta(milliseconds=1)
    return guesses


def test_an_account_takes_at_most_a_few_hundred_guesses_a_day_from_unknown_devices():
    assert 250 <= guesses_in_a_day(PER_ACCOUNT) <= 320


def test_a_quiet_spell_resets_the_count():
    tally = failures(PER_ACCOUNT_ADDRESS.free_failures + 1)[-1]
    later = tally.last_failure + PER_ACCOUNT_ADDRESS.window + timedelta(seconds=1)
    assert after_failure(PER_ACCOUNT_ADDRESS, tally, later) == Tally(1, later, None)


def test_seconds_blocked_rounds_up_and_ends():
    tally = Tally(6, T0, T0 + timedelta(seconds=59, milliseconds=100))
    assert seconds_blocked(tally, T0) == 60
    assert seconds_blocked(tally, T0 + timedelta(minutes=1)) == 0
    assert seconds_blocked(None, T0) == 0
