"""Role guards for controllers. Object-level checks live in service queries instead.

A caller who is not signed in gets 401. A signed-in caller without the role gets 403 (which
roles may call a route is public: the API schema shows it), and the denial is audited (see
server/app.py). Another person's record is refused by the services as 404, like one that does
not exist.

Guards are `async def` on purpose: Litestar runs a plain function guard in a worker thread,
a thread hop (~50 us) on every guarded request.
"""

from __future__ import annotations

from datetime import datetime, timezone

from litestar.connection import ASGIConnection
from litestar.handlers import BaseRouteHandler

from server.core.errors import NotSignedIn, StepUpRequired, WrongRole
from server.settings import STEP_UP_AFTER

STAFF_ROLES = frozenset({"counselor", "admin"})


async def requires_signed_in(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    if connection.scope.get("user") is None:
        raise NotSignedIn("Sign in to continue.")


async def requires_session(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """A session at any stage: signed in, or waiting for its second factor (the routes that
    finish a sign-in check the stage themselves)."""
    if connection.scope.get("auth") is None:
        raise NotSignedIn("Sign in to continue.")


async def requires_recent_proof(connection: ASGIConnection, _: BaseRouteHandler) -> None:
    """Signed in, and proved who they are (password or second factor) within STEP_UP_AFTER;
    else 403 with code "step_up" (the PWA asks again, then retries)."""
    session = connection.scope.get("auth")
    if session is None or connection.scope.get("user") is None:
        raise NotSignedIn("Sign in to continue.")
    if session.proved_at is None or datetime.now(timezone.utc) - session.proved_at > STEP_UP_AFTER:
        raise StepUpRequired("Confirm it is you to continue.")


async def requires_client(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    _require_role(connection, frozenset({"client"}))


async def requires_staff(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    _require_role(connection, STAFF_ROLES)


async def requires_counselor(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    _require_role(connection, frozenset({"counselor"}))


async def requires_admin(connection: ASGIConnection, handler: BaseRouteHandler) -> None:
    _require_role(connection, frozenset({"admin"}))


def _require_role(connection: ASGIConnection, roles: frozenset[str]) -> None:
    user = connection.scope.get("user")
    if user is None:
        raise NotSignedIn("Sign in to continue.")
    if user.role not in roles:
        raise WrongRole(f"role {user.role} lacks {'/'.join(sorted(roles))}")
