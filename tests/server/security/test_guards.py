"""Role guards with named personas: who reaches what; a wrong role gets 403 and every denial is audited."""

from __future__ import annotations

import pytest
from litestar import Router, get
from litestar.middleware import DefineMiddleware

from server.accounts.middleware import SessionMiddleware
from server.audit.tables import AuditEvent
from server.security.guards import (
    requires_admin,
    requires_client,
    requires_counselor,
    requires_signed_in,
    requires_staff,
)

GUARDS = {
    "signed-in": requires_signed_in,
    "client": requires_client,
    "counselor": requires_counselor,
    "staff": requires_staff,
    "admin": requires_admin,
}
# Which personas each guard admits.
ADMITS = {
    "signed-in": {"client", "second_client", "counselor", "other_counselor", "admin"},
    "client": {"client", "second_client"},
    "counselor": {"counselor", "other_counselor"},
    "staff": {"counselor", "other_counselor", "admin"},
    "admin": {"admin"},
}


def guarded_route(name: str, guard):
    @get(f"/{name}", guards=[guard], name=f"guard-probe-{name}")
    async def probe() -> dict:
        return {"reached": name}

    return probe


@pytest.fixture
def guarded_app(app, settings):
    """The real app plus one probe route per guard, behind the same session middleware as /api."""
    app.register(
        Router(
            "/api/probe",
            route_handlers=[guarded_route(name, guard) for name, guard in GUARDS.items()],
            middleware=[DefineMiddleware(SessionMiddleware, settings=settings)],
        )
    )
    return app


@pytest.mark.parametrize(
    "who", ["client", "second_client", "counselor", "other_counselor", "admin"]
)
async def test_each_persona_reaches_exactly_what_its_role_allows(
    guarded_app, new_browser, personas, who
):
    persona = getattr(personas, who)
    browser = new_browser()
    await browser.sign_in(persona.email)
    for name in GUARDS:
        response = await browser.get(f"/api/probe/{name}")
        if who in ADMITS[name]:
            assert (response.status_code, response.json()) == (200, {"reached": name})
        else:
            assert (response.status_code, response.json()) == (
                403,
                {"status_code": 403, "detail": "Your account cannot use this."},
            )


async def test_every_denial_is_audited_with_who_and_where(guarded_app, browser, personas):
    await browser.sign_in(personas.client.email)
    await browser.get("/api/probe/admin")
    await browser.get("/api/probe/counselor")
    denials = (
        await AuditEvent.select()
        .where(AuditEvent.action == "access.denied")
        .order_by(AuditEvent.id)
    )
    assert [(d["actor"], d["subject"], d["outcome"]) for d in denials] == [
        (personas.client.id, "GET /api/probe/admin", "denied"),
        (personas.client.id, "GET /api/probe/counselor", "denied"),
    ]


async def test_nobody_signed_in_gets_401_for_every_guard(guarded_app, browser):
    for name in GUARDS:
        response = await browser.get(f"/api/probe/{name}")
        assert (response.status_code, response.json()["detail"]) == (401, "Sign in to continue.")
    assert await AuditEvent.count() == 0
