"""The access-control matrix, generated from the app's own route table: a route added without
an access rule fails here. Every guarded route answers 401 signed out and, for every role it is
not for, 403 with the denial audited once (which roles may call a route is public; another
person's record is a 404, tested per feature); a route's own role gets past the guard, and no sample request is a 500."""

from __future__ import annotations

import re
import uuid


from server.audit.tables import AuditEvent
from server.security import guards

ROLES = {
    "requires_client": {"client"},
    "requires_counselor": {"counselor"},
    "requires_staff": {"counselor", "admin"},
    "requires_admin": {"admin"},
    "requires_signed_in": {"client", "counselor", "admin"},
}
# Routes anyone may call, each for a reason.
PUBLIC = {
    ("POST", "/api/auth/login"),  # signing in
    ("POST", "/api/auth/logout"),  # ends the session it is given, if any
    ("GET", "/healthz"),  # load balancers
    ("GET", "/calendar/{feed:str}"),  # phone calendars: the secret token in the path is the key
    ("GET", "/{file_path:path}"), ("HEAD", "/{file_path:path}"), ("GET", "/"),  # the PWA's files
}
SAMPLE = {"int": "1", "uuid": str(uuid.UUID(int=1)), "str": "x", "path": "index.html"}


def route_table(app) -> list[tuple[str, str, set[str] | None]]:
    """(method, path, roles) of every route; roles None for a public one."""
    rules = []
    for route in app.routes:
        for handler in getattr(route, "route_handlers", []):
            for method in sorted(handler.http_methods - {"OPTIONS"}):
                names = [guard.__name__ for guard in handler.resolve_guards()]
                roles = set.union(*(ROLES[name] for name in names)) if names else None
                rules.append((method, route.path, roles))
    return rules


def concrete(path: str) -> str:
    return re.sub(r"\{[^:}]+:([a-z]+)\}", lambda m: SAMPLE[m.group(1)], path)


def test_every_route_has_an_access_rule(app):
    unruled = [(m, p) for m, p, roles in route_table(app) if roles is None and (m, p) not in PUBLIC]
    assert unruled == [], f"routes without a requires_* guard and not listed as public: {unruled}"
    assert all(guard in vars(guards).values() for guard in [guards.requires_client, guards.requires_admin])


async def test_every_guarded_route_refuses_the_signed_out_and_the_wrong_roles(app, personas, signed_in, new_browser):
    browsers = {
        "client": await signed_in(personas.client), "counselor": await signed_in(personas.counselor),
        "admin": await signed_in(personas.admin), None: new_browser(),
    }
    checked = 0
    for method, path, roles in route_table(app):
        if roles is None:
            continue
        url = concrete(path)
        for role, browser in browsers.items():
            before = await AuditEvent.count().where(AuditEvent.action == "access.denied")
            answer = await browser.client.request(method, url, headers=await browser._headers(True, {}),
                                                  json={} if method in ("POST", "PUT", "PATCH", "DELETE") else None)
            denied = await AuditEvent.count().where(AuditEvent.action == "access.denied") - before
            if role is None:
                assert answer.status_code == 401, (method, path, answer.text)
            elif role not in roles:
                assert (answer.status_code, answer.json()["detail"]) == (403, "Your account cannot use this."), (role, method, path)
                assert denied == 1, (role, method, path)
            else:
                # its own role gets past the guard (a 404 then is the object's: sample ids exist for no one)
                assert answer.status_code not in (401, 403, 500), (role, method, path, answer.status_code)
            checked += 1
    guarded = [rule for rule in route_table(app) if rule[2] is not None]
    assert len(guarded) > 60 and checked == len(guarded) * len(browsers)
