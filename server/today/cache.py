"""The Today cache: a process's clients' last Todays, and the fast path that answers from them.

A speed-up room (B1 /today: a repeat Today costs one query instead of about a dozen).
Phones open Today far more often than anything on it changes, and building it takes about a
dozen queries. A process keeps each client's last Today, with the two change stamps it was
built under (stamps.py: triggers change them with every write that feeds a Today, from
any process), and answers from it while both are the same. The stamps come with the session
lookup every request makes anyway, so a cached answer costs one query, not a dozen.
The stamps' SQL lives in stamps.py.
"""

from __future__ import annotations

import asyncio
import collections
import gzip
from dataclasses import dataclass
from datetime import datetime, time, timedelta

import msgspec

from server.accounts import queries as account_queries
from server.accounts import services as accounts
from server.accounts.middleware import PRELOADED
from server.accounts.services import SignedInUser
from server.core import db
from server.core.http import utc_now
from server.core.static import API_GZIP_MIN, GZIP_LEVEL
from server.programs.recurrence import zone
from server.security.headers import cookie_value, header_value
from server.settings import Settings
from server.today import stamps
from server.today.schemas import TodayOut

PATH = "/api/me/today"
CACHE_SECONDS = 10  # what only the clock changes (a session starting, homework falling due) is this late at most
CACHE_ENTRIES = 4096  # clients per process (~3 KB each)
_LOOKUP = account_queries.session_lookup(stamps.STAMP_COLUMNS)
_JSON = (b"content-type", b"application/json")
_GZIPPED = ((b"content-encoding", b"gzip"), (b"vary", b"Accept-Encoding"))


@dataclass(slots=True)
class _Entry:
    stamps: tuple[int | None, int | None]
    built_at: datetime
    good_until: datetime
    body: bytes
    gzipped: bytes | None


class TodayCache:
    """The clients' last Todays in this process, and the fast path that answers from them."""

    def __init__(
        self, settings: Settings, entries: int = CACHE_ENTRIES, seconds: float = CACHE_SECONDS
    ):
        self._settings = settings
        self._max = entries
        self._lifetime = timedelta(seconds=seconds)
        self._entries: collections.OrderedDict[int, _Entry] = collections.OrderedDict()
        self._building: dict[int, tuple[tuple, asyncio.Future]] = {}  # client -> (stamps, done)

    async def serve(self, scope, send) -> bool:
        """Answer GET /api/me/today from the cache when the client's Today is unchanged (True).
        Otherwise (False) the request goes through the app, with the session looked up here
        in scope[PRELOADED] and the handler storing what it builds."""
        token = cookie_value(scope, self._settings.session_cookie)
        if not token:
            return False
        now = utc_now()
        try:
            found = await accounts.load_session_row(token, self._settings, now, _LOOKUP)
        except db.UNAVAILABLE_ERRORS:
            return False  # the app answers it (503) as it answers any request then
        if found is None:
            scope[PRELOADED] = (None, None)
            return False
        session, row = found
        scope[PRELOADED] = (session, row)
        if session.user.role != "client" or session.stage != "full":
            return False
        stamps = (row["today.mine"], row["today.shared"])
        entry = self._fresh(session.user.id, stamps, now)
        if entry is None:
            building = self._building.get(session.user.id)
            if building is None or building[0] != stamps:
                return False
            # A request of this client's is building it under these stamps (when it expires,
            # a phone's several requests in flight all miss at once): wait for that one.
            await asyncio.shield(building[1])
            entry = self._fresh(session.user.id, stamps, now)
            if entry is None:
                return False
        self._entries.move_to_end(session.user.id)
        body, headers = entry.body, [_JSON]
        if len(body) >= API_GZIP_MIN and "gzip" in (header_value(scope, b"accept-encoding") or ""):
            if entry.gzipped is None:
                entry.gzipped = gzip.compress(body, GZIP_LEVEL, mtime=0)
            body = entry.gzipped
            headers.extend(_GZIPPED)
        headers.append((b"content-length", str(len(body)).encode()))
        scope["path_template"] = PATH  # for the access log line
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})
        return True

    def _fresh(self, client_id: int, stamps: tuple, now: datetime) -> _Entry | None:
        entry = self._entries.get(client_id)
        if entry is None or entry.stamps != stamps or not entry.built_at <= now < entry.good_until:
            return None
        return entry

    def begin(self, scope, user: SignedInUser) -> asyncio.Future | None:
        """Note that this request builds the client's Today (under the stamps it read), unless
        another already does; returns what to pass to end()."""
        preloaded = scope.get(PRELOADED)
        if preloaded is None or preloaded[1] is None or user.id in self._building:
            return None
        done = asyncio.get_running_loop().create_future()
        self._building[user.id] = ((preloaded[1]["today.mine"], preloaded[1]["today.shared"]), done)
        return done

    def end(self, user: SignedInUser, building: asyncio.Future | None) -> None:
        if building is not None:
            del self._building[user.id]
            building.set_result(None)

    def store(self, scope, user: SignedInUser, now: datetime, out: TodayOut) -> None:
        """Keep a Today the handler built, under the stamps read before it was built (so a
        change committed meanwhile makes it stale at once rather than hide)."""
        preloaded = scope.get(PRELOADED)
        if preloaded is None or preloaded[1] is None or preloaded[0].user.id != user.id:
            return
        row = preloaded[1]
        midnight = datetime.combine(
            out.date + timedelta(days=1), time(0), tzinfo=zone(out.timezone)
        )
        self._entries[user.id] = _Entry(
            stamps=(row["today.mine"], row["today.shared"]),
            built_at=now,
            good_until=min(now + self._lifetime, midnight),
            body=msgspec.json.encode(out),
            gzipped=None,
        )
        self._entries.move_to_end(user.id)
        while len(self._entries) > self._max:
            self._entries.popitem(last=False)
