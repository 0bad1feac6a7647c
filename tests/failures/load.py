"""Phones against the real server in a subprocess (tests/e2e/harness.py starts it): signed-in
clients in concurrent request loops, every answer kept with when it was sent and how long it took."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import httpx

from tests.helpers import PERSONA_PASSWORD

CSRF_COOKIE = "companion-csrf"  # COMPANION_COOKIE_SECURE=0: plain http on 127.0.0.1
ANSWER_TIMEOUT = 5.0  # a request left hanging longer than this fails the test


@dataclass
class Answer:
    sent: float  # the event loop's clock
    took: float
    method: str
    path: str
    status: int | None  # None: no answer in time, or the connection failed
    body: object
    retry_after: str | None
    record: str | None = None  # the id of the check-in or meeting it carried
    phone: "Phone | None" = None  # who sent it


class Phone:
    """One signed-in device: its cookies, and the CSRF header on writes."""

    def __init__(self, base_url: str):
        self.http = httpx.AsyncClient(base_url=base_url, timeout=ANSWER_TIMEOUT)
        self.zone = ZoneInfo("UTC")

    async def sign_in(self, email: str) -> None:
        await self.http.get("/healthz")
        answer = await self.request(
            "POST", "/api/auth/login", {"email": email, "password": PERSONA_PASSWORD}
        )
        assert answer.status == 200, answer
        self.zone = ZoneInfo(answer.body["timezone"])

    def today(self) -> date:
        return datetime.now(self.zone).date()

    async def request(self, method: str, path: str, json=None, record: str | None = None) -> Answer:
        loop = asyncio.get_running_loop()
        sent = loop.time()
        headers = (
            {"X-CSRF-Token": self.http.cookies.get(CSRF_COOKIE, "")} if method != "GET" else {}
        )
        try:
            response = await self.http.request(method, path, json=json, headers=headers)
        except httpx.TransportError as exc:
            return Answer(
                sent, loop.time() - sent, method, path, None, repr(exc), None, record, self
            )
        try:
            body = response.json()
        except ValueError:
            body = response.text
        return Answer(
            sent,
            loop.time() - sent,
            method,
            path,
            response.status_code,
            body,
            response.headers.get("retry-after"),
            record,
            self,
        )

    async def check_in(self, checkin_id: str | None = None) -> Answer:
        checkin_id = checkin_id or str(uuid.uuid4())
        body = {
            "id": checkin_id,
            "local_date": str(self.today()),
            "mood": 3,
            "craving": 2,
            "used": False,
            "medication": "yes",
            "sleep_hours": 7,
            "safety_concern": False,
            "note": "steady",
        }
        return await self.request("POST", "/api/checkins", body, record=checkin_id)

    async def log_meeting(self) -> Answer:
        meeting_id = str(uuid.uuid4())
        body = {
            "id": meeting_id,
            "fellowship": "aa",
            "name": "Noon group",
            "format": "in_person",
            "attended_at": (datetime.now(timezone.utc) - timedelta(hours=1)).isoformat(),
        }
        return await self.request("POST", "/api/meetings", body, record=meeting_id)

    async def today_screen(self) -> Answer:
        return await self.request("GET", "/api/me/today")

    async def health(self) -> Answer:
        return await self.request("GET", "/healthz")

    async def close(self) -> None:
        await self.http.aclose()


READS_AND_WRITES = (Phone.check_in, Phone.today_screen, Phone.health)
WRITES = (Phone.check_in, Phone.log_meeting)


async def keep_busy(
    phone: Phone, answers: list[Answer], stop: asyncio.Event, steps=READS_AND_WRITES
) -> None:
    """Take `steps` in turn (each a Phone method), recording every answer, until `stop` is set."""
    while not stop.is_set():
        for step in steps:
            answers.append(await step(phone))
        await asyncio.sleep(0.01)
