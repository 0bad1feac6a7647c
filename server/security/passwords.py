"""argon2id password hashing off the event loop, with a bound on how many run at once.

Parameters are OWASP's floor for argon2id (m=19 MiB, t=2, p=1). A hash made with other
parameters still verifies, and `needs_rehash` tells the caller to store a fresh one.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import threading
from concurrent.futures import ThreadPoolExecutor

import argon2
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from server.core.errors import Busy

MEMORY_COST_KIB = 19 * 1024
TIME_COST = 2
PARALLELISM = 1
# Requests allowed to wait for a hashing thread, per thread, before sign-in answers 503.
QUEUE_PER_WORKER = 64
HASH_THREAD_NICENESS = 19

log = logging.getLogger(__name__)


def new_hasher(
    memory_cost: int = MEMORY_COST_KIB, time_cost: int = TIME_COST
) -> argon2.PasswordHasher:
    return argon2.PasswordHasher(
        time_cost=time_cost, memory_cost=memory_cost, parallelism=PARALLELISM, type=argon2.Type.ID
    )


def _lower_thread_priority() -> None:
    """Let the event loop win the CPU over hashing, so a flood of sign-ins (each ~16 ms of
    CPU) does not stall every other request; hashing still gets all the CPU left over.

    At nice 19 a busy loop keeps ~98% of a shared core (B4: /me p99 under a sign-in flood
    stays within ~2x of idle; at nice 10 it was ~4x); unlike SCHED_IDLE, hashing still
    progresses when the loop never idles."""
    try:
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), HASH_THREAD_NICENESS)
    except OSError:  # not permitted on this platform: hashing just runs at normal priority
        pass


class Passwords:
    """Hashes and verifies passwords in a small thread pool sized to the CPUs we may use."""

    def __init__(self, concurrency: int):
        self._hasher = new_hasher()
        self._executor = ThreadPoolExecutor(
            max_workers=concurrency, thread_name_prefix="argon2", initializer=_lower_thread_priority
        )
        self._max_waiting = concurrency * QUEUE_PER_WORKER
        self._in_flight = 0
        # Verifying against this when an email is unknown makes that answer take as long as
        # a wrong password does, so response times do not reveal which emails have accounts.
        self._decoy_hash = self._hasher.hash(secrets.token_urlsafe(16))

    async def hash(self, password: str) -> str:
        return await self._run(self._hasher.hash, password)

    async def verify(self, stored_hash: str | None, password: str) -> bool:
        """Whether `password` matches `stored_hash`; None checks a decoy and returns False."""
        if stored_hash is None:
            await self._run(self._check, self._decoy_hash, password)
            return False
        return await self._run(self._check, stored_hash, password)

    def needs_rehash(self, stored_hash: str) -> bool:
        try:
            return self._hasher.check_needs_rehash(stored_hash)
        except InvalidHashError:
            return True

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)

    def _check(self, stored_hash: str, password: str) -> bool:
        try:
            return self._hasher.verify(stored_hash, password)
        except VerifyMismatchError:
            return False
        except (InvalidHashError, VerificationError):
            log.warning("a stored password hash could not be read; treating it as a mismatch")
            return False

    async def _run(self, function, *args):
        if self._in_flight >= self._max_waiting:
            raise Busy("Sign-in is busy right now. Try again in a few seconds.")
        self._in_flight += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor, function, *args)
        finally:
            self._in_flight -= 1
