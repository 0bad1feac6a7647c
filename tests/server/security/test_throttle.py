"""The throttling policy: free failures, then doubling blocks with a short cap, reset by quiet."""

from datetime import datetime, timedelta, timezone

from server.security.throttle import PER_ACCOUNT, Tally, after_failure, seconds_blocked

T0 = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)


def failures(count: int, spacing=timedelta(seconds=1)) -> list[Tally]:
    tallies, tally = [], None
    for n in range(count):
        tally = after_failure(PER_ACCOUNT, tally, T0 + n * spacing)
        tallies.append(tally)
    return tallies


def test_the_first_failures_are_free():
    assert all(t.blocked_until is None for t in failures(PER_ACCOUNT.free_failures))


def test_blocks_double_and_stop_at_fifteen_minutes():
    tallies = failures(PER_ACCOUNT.free_failures + 6)
    blocks = [(t.blocked_until - t.last_failure) for t in tallies[PER_ACCOUNT.free_failures :]]
    assert blocks == [timedelta(minutes=m) for m in (1, 2, 4, 8, 15, 15)]


def test_a_quiet_spell_resets_the_count():
    tally = failures(PER_ACCOUNT.free_failures + 1)[-1]
    later = tally.last_failure + PER_ACCOUNT.window + timedelta(seconds=1)
    assert after_failure(PER_ACCOUNT, tally, later) == Tally(1, later, None)


def test_seconds_blocked_rounds_up_and_ends():
    tally = Tally(6, T0, T0 + timedelta(seconds=59, milliseconds=100))
    assert seconds_blocked(tally, T0) == 60
    assert seconds_blocked(tally, T0 + timedelta(minutes=1)) == 0
    assert seconds_blocked(None, T0) == 0
