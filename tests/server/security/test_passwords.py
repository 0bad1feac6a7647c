"""argon2id at OWASP's floor, off the event loop, with a bound on concurrent hashes."""

from __future__ import annotations

import asyncio
import threading

import pytest

from server.core.errors import Busy
from server.security.passwords import Passwords, new_hasher


@pytest.fixture
def passwords():
    hasher = Passwords(concurrency=2)
    yield hasher
    hasher.close()


async def test_hashes_are_argon2id_at_or_above_owasp_minimums(passwords):
    stored = await passwords.hash("a long enough password")
    assert stored.startswith("$argon2id$")
    assert "m=19456,t=2,p=1" in stored
    assert await passwords.verify(stored, "a long enough password")
    assert not await passwords.verify(stored, "a long enough passwore")


async def test_an_unknown_account_is_checked_against_a_decoy(passwords):
    assert await passwords.verify(None, "anything at all") is False


async def test_a_corrupt_stored_hash_is_a_mismatch_not_a_crash(passwords):
    assert await passwords.verify("$argon2id$garbage", "anything") is False
    assert passwords.needs_rehash("$argon2id$garbage")


async def test_weaker_parameters_need_a_rehash(passwords):
    assert passwords.needs_rehash(new_hasher(memory_cost=8192, time_cost=1).hash("pw"))
    assert not passwords.needs_rehash(await passwords.hash("pw"))


async def test_hashing_runs_off_the_event_loop(passwords):
    ticks = 0

    async def ticker():
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0)

    task = asyncio.create_task(ticker())
    await passwords.hash("a long enough password")
    task.cancel()
    assert ticks > 50  # the loop kept running while argon2 worked


async def test_no_more_hashing_threads_than_the_bound(passwords):
    await asyncio.gather(*(passwords.hash(f"password number {n}") for n in range(6)))
    hashing_threads = [t for t in threading.enumerate() if t.name.startswith("argon2")]
    assert 1 <= len(hashing_threads) <= 2


async def test_a_flood_beyond_the_queue_is_refused_not_queued_forever():
    small = Passwords(concurrency=1)
    small._max_waiting = 2  # the production bound is 64 per thread; shrink it for the test
    try:
        results = await asyncio.gather(
            *(small.hash(f"pw {n} long enough") for n in range(4)), return_exceptions=True
        )
    finally:
        small.close()
    assert sum(isinstance(r, str) for r in results) == 2
    assert sum(isinstance(r, Busy) for r in results) == 2
