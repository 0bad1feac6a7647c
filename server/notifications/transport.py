"""What the reminder dispatcher needs of a push transport: a `send` that answers an `Outcome`.

The Web Push sender (jobs/push.py) is one such transport; tests and benchmarks may bring
others. The rules in server/notifications see only this shape, so they never import jobs/.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Outcome:
    """What a push service answered to one send."""

    status: int  # the push service's HTTP status; 0 when it did not answer (timeout, network)
    retry_after: float | None = None  # seconds, from a 429's Retry-After
    error: str = ""


class Transport(Protocol):
    """Sends one encrypted push to one subscription; never raises for the service's faults."""

    async def send(
        self, subscription: dict, payload: bytes, *, ttl: int, urgency: str, topic: str
    ) -> Outcome: ...
