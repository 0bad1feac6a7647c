"""Loads the signed-in user for API requests.

Sets scope["user"] (a SignedInUser, for a fully signed-in session only, or None) and
scope["auth"] (the ActiveSession at any stage, or None: a session waiting for its second factor
reaches only the routes that finish it, whose guard is requires_session). It never refuses a
request itself: guards on each route decide what needs a user. A fast path
that looked the session up already (server/today/cache.py) leaves it in scope[PRELOADED].
"""

from __future__ import annotations

from datetime import datetime, timezone

from server.accounts.services import load_session, session_locale
from server.core import db, i18n
from server.security.headers import cookie_value
from server.settings import Settings

PRELOADED = "companion.session"  # scope key: (ActiveSession | None, the lookup's row | None)


class SessionMiddleware:
    def __init__(self, app, settings: Settings):
        self.app = app
        self.settings = settings

    async def __call__(self, scope, receive, send) -> None:
        session = None
        if PRELOADED in scope:  # looked up already, by a fast path that could not answer
            session = scope[PRELOADED][0]
        elif token := cookie_value(scope, self.settings.session_cookie):
            session = await load_session(token, self.settings, datetime.now(timezone.utc))
        scope["user"] = session.user if session is not None and session.stage == "full" else None
        scope["auth"] = session
        await self.app(scope, receive, send)


async def reader_locale(scope, settings: Settings) -> str:
    """The language to refuse a request in before this middleware ran (the CSRF check): the
    account's when the cookie names a live session, else i18n.request_locale's (the browser's
    Accept-Language). A refusal costs this lookup (read only: a refused request keeps no
    session alive); a request that goes on never does."""
    if token := cookie_value(scope, settings.session_cookie):
        try:
            locale = await session_locale(token, settings, datetime.now(timezone.utc))
        except db.UNAVAILABLE_ERRORS:
            locale = None
        if locale:
            return i18n.LOCALES[i18n.language_of(locale)]
    return i18n.request_locale(scope)
