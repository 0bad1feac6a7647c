"""Loads the signed-in user for API requests.

Sets scope["user"] (a SignedInUser or None) and scope["auth"] (the ActiveSession or None).
It never refuses a request itself: guards on each route decide what needs a user.
"""

from __future__ import annotations

from datetime import datetime, timezone

from server.accounts.services import load_session
from server.security.headers import cookie_value
from server.settings import Settings


class SessionMiddleware:
    def __init__(self, app, settings: Settings):
        self.app = app
        self.settings = settings

    async def __call__(self, scope, receive, send) -> None:
        session = None
        token = cookie_value(scope, self.settings.session_cookie)
        if token:
            session = await load_session(token, self.settings, datetime.now(timezone.utc))
        scope["user"] = session.user if session is not None else None
        scope["auth"] = session
        await self.app(scope, receive, send)
