"""The access-control matrix, generated from the app's own route table: a route added without
an access rule fails here. Every guarded route answers 401 signed out and, for every role it is
not for, 403 with the denial audited once (which roles may call a route is public; another
person's record is a 404, tested per feature); a route's own role gets past the guard, and no sample request is a 500."""

from __future__ import annotations

import re
import uuid

from server.accounts.tables import SecondFactor
from server.audit.tables import AuditEvent
from server.security import guards

ROLES = {
    "requires_client": {"client"},
    "requires_counselor": {"counselor"},
    "requires_staff": {"counselor", "admin"},
    "requires_admin": {"admin"},
    "requires_signed_in": {"client", "counselor", "admin"},
    # Any stage: also a session still waiting for its second factor (tested below).
    "requires_session": {"client", "counselor", "admin"},
    # Signed in and proved lately (step-up): always beside a role's guard.
    "requires_recent_proof": {"client", "counselor", "admin"},
}
# Routes anyone may call, each for a reason.
PUBLIC = {
    ("POST", "/api/auth/login"),  # signing in
    ("POST", "/api/auth/logout"),  # ends the session it is given, if any
    ("POST", "/api/activation/check"),  # a one-time code is the key (throttled per address)
    ("POST", "/api/activation"),  # choosing a password with a one-time code
    ("GET", "/healthz"),  # load balancers
    ("GET", "/calendar/{feed:str}"),  # phone calendars: the secret token in the path is the key
    ("GET", "/{file_path:path}"),
    ("HEAD", "/{file_path:path}"),
    ("GET", "/"),  # the PWA's files
}
# An id no record has: a sample call never acts on a real person (deactivating account 1 would
# end the signed-in counselor's session halfway through the matrix).
SAMPLE = {"int": "99999", "uuid": str(uuid.UUID(int=1)), "str": "x", "path": "index.html"}


def route_table(app) -> list[tuple[str, str, set[str] | None]]:
    """(method, path, roles) of every route; roles None for a public one."""
    rules = []
    for route in app.routes:
        for handler in getattr(route, "route_handlers", []):
            for method in sorted(handler.http_methods - {"OPTIONS"}):
                names = [guard.__name__ for guard in handler.resolve_guards()]
                roles = (
                    set.intersection(*(ROLES[name] for name in names)) if names else None
                )  # all must pass
                rules.append((method, route.path, roles))
    return rules


def concrete(path: str) -> str:
    return re.sub(r"\{[^:}]+:([a-z]+)\}", lambda m: SAMPLE[m.group(1)], path)


def test_every_route_has_an_access_rule(app):
    unruled = [(m, p) for m, p, roles in route_table(app) if roles is None and (m, p) not in PUBLIC]
    assert unruled == [], f"routes without a requires_* guard and not listed as public: {unruled}"
    assert all(
        guard in vars(guards).values() for guard in [guards.requires_client, guards.requires_admin]
    )


async def test_every_guarded_route_refuses_the_signed_out_and_the_wrong_roles(
    app, personas, signed_in, new_browser
):
    browsers = {
        "client": await signed_in(personas.client),
        "counselor": await signed_in(personas.counselor),
        "admin": await signed_in(personas.admin),
        None: new_browser(),
    }
    checked = 0
    for method, path, roles in route_table(app):
        if roles is None:
            continue
        url = concrete(path)
        for role, browser in browsers.items():
            before = await AuditEvent.count().where(AuditEvent.action == "access.denied")
            answer = await browser.client.request(
                method,
                url,
                headers=await browser._headers(True, {}),
                json={} if method in ("POST", "PUT", "PATCH", "DELETE") else None,
            )
            denied = await AuditEvent.count().where(AuditEvent.action == "access.denied") - before
            if role is None:
                assert answer.status_code == 401, (method, path, answer.text)
            elif role not in roles:
                assert (answer.status_code, answer.json()["detail"]) == (
                    403,
                    "Your account cannot use this.",
                ), (role, method, path)
                assert denied == 1, (role, method, path)
            else:
                # its own role gets past the guard (a 404 then is the object's: sample ids exist for no one)
                assert answer.status_code not in (401, 403, 500), (
                    role,
                    method,
                    path,
                    answer.status_code,
                )
            checked += 1
    guarded = [rule for rule in route_table(app) if rule[2] is not None]
    assert len(guarded) > 60 and checked == len(guarded) * len(browsers)


async def test_a_session_waiting_for_its_second_factor_reaches_only_the_routes_that_finish_it(
    app, personas, new_browser
):
    """After the right password alone, a staff member's session is pending: every route but
    the few that finish a sign-in (guarded by requires_session) answers 401."""
    pending = new_browser()
    answer = await pending.sign_in(personas.counselor.email, second_factor=False)
    assert answer.json()["stage"] == "second_factor"
    finishing = set()
    for route in app.routes:
        for handler in getattr(route, "route_handlers", []):
            names = {guard.__name__ for guard in handler.resolve_guards()}
            for method in sorted(handler.http_methods - {"OPTIONS"}):
                if not names:
                    continue
                if "requires_session" in names:
                    finishing.add((method, route.path))
                    continue
                reply = await pending.client.request(
                    method,
                    concrete(route.path),
                    headers=await pending._headers(True, {}),
                    json={} if method in ("POST", "PUT", "PATCH", "DELETE") else None,
                )
                assert reply.status_code == 401, (method, route.path, reply.status_code)
    assert ("GET", "/api/auth/me") in finishing and ("POST", "/api/auth/verify") in finishing


# Routes that take an admin-wide object: admins run the whole clinic (every program, track,
# series, session and enrollment), so no admin's object is "someone else's" to another admin.
ADMIN_WIDE = "/api/admin/"
# Paths whose object is nobody's record: a questionnaire's published text is the same for all.
NOT_RECORDS = {("GET", "/api/measures/instruments/{code:str}")}


async def test_someone_elses_object_is_a_404_and_the_denial_is_audited(
    app, schedule, personas, signed_in
):
    """The matrix's last column: for every route that names an object in its path, a caller of
    the right role who is not its owner (another client; a counselor whose caseload or tracks
    it is not in) gets the same 404 as for no such object, with one audited denial, and the
    object is unchanged. A route with a path object and no probe here fails the test."""
    from datetime import datetime, timedelta, timezone

    from server.programs.tables import SessionOccurrence
    from tests.server.test_audit_completeness import trigger_map

    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    now = datetime.now(timezone.utc)
    today = now.date()
    checkin = {
        "id": str(uuid.uuid4()),
        "local_date": str(today),
        "mood": 2,
        "craving": 3,
        "used": False,
        "medication": "yes",
        "sleep_hours": 7,
        "safety_concern": False,
    }
    assert (await client.post("/api/checkins", checkin)).status_code == 201
    meeting = {
        "id": str(uuid.uuid4()),
        "fellowship": "aa",
        "name": "Noon group",
        "format": "in_person",
        "attended_at": (now - timedelta(hours=3)).isoformat(),
    }
    assert (await client.post("/api/meetings", meeting)).status_code == 201
    template = (
        await counselor.post(
            "/api/counselor/templates",
            {
                "title": "Weekend plan",
                "prompts": [{"key": "plan", "kind": "text", "label": "Your plan"}],
            },
        )
    ).json()
    given = (
        await counselor.post(
            "/api/counselor/assignments",
            {
                **trigger_map(),
                "client_id": personas.client.id,
                "due_at": (now + timedelta(days=3)).isoformat(),
            },
        )
    ).json()
    handed_in = await client.put(
        f"/api/homework/{given['id']}/submission",
        {
            "answers": {
                "people": ["x"],
                "places": ["y"],
                "feelings": ["z"],
                "strongest": "v",
                "confidence": 4,
                "plan": "w",
            },
            "saved_at": now.isoformat(),
            "submit": True,
        },
    )
    assert handed_in.status_code == 200, handed_in.text
    submission = (await counselor.get("/api/counselor/submissions")).json()[0]["submission_id"]
    test = (
        await counselor.post(
            "/api/counselor/drug-tests", {"client_id": personas.client.id, "local_date": str(today)}
        )
    ).json()
    evening = (
        await SessionOccurrence.select(SessionOccurrence.id)
        .where(
            (SessionOccurrence.series == schedule.evening_series)
            & (SessionOccurrence.starts_at < now)
        )
        .order_by(SessionOccurrence.starts_at, ascending=False)
        .first()
    )

    answers = {str(k): 0 for k in range(1, 10)}
    questionnaire = {
        "id": str(uuid.uuid4()),
        "instrument": "phq9",
        "local_date": str(today),
        "answers": {**answers, "9": 1},
    }
    assert (await client.post("/api/measures/responses", questionnaire)).status_code == 201

    me = personas.client.id
    passkey = (
        await SecondFactor.select(SecondFactor.id)
        .where(SecondFactor.account == personas.counselor.id)
        .first()
    )
    app_factor = (await counselor.post("/api/auth/factors/totp")).json()
    probes = {  # (method, route): (the wrong owner, concrete path, a valid body)
        ("GET", "/api/homework/{assignment_id:int}"): (
            "second_client",
            f"/api/homework/{given['id']}",
            None,
        ),
        ("PUT", "/api/homework/{assignment_id:int}/submission"): (
            "second_client",
            f"/api/homework/{given['id']}/submission",
            {"answers": {}, "saved_at": now.isoformat()},
        ),
        ("GET", "/api/counselor/clients/{client_id:int}"): (
            "other_counselor",
            f"/api/counselor/clients/{me}",
            None,
        ),
        # The client chart's lists: another counselor's client (helper G, issue 17).
        ("GET", "/api/counselor/clients/{client_id:int}/checkins"): (
            "other_counselor",
            f"/api/counselor/clients/{me}/checkins",
            None,
        ),
        ("GET", "/api/counselor/clients/{client_id:int}/homework"): (
            "other_counselor",
            f"/api/counselor/clients/{me}/homework",
            None,
        ),
        ("GET", "/api/counselor/clients/{client_id:int}/attendance"): (
            "other_counselor",
            f"/api/counselor/clients/{me}/attendance",
            None,
        ),
        ("GET", "/api/counselor/clients/{client_id:int}/drug-tests"): (
            "other_counselor",
            f"/api/counselor/clients/{me}/drug-tests",
            None,
        ),
        ("GET", "/api/staff/clients/{client_id:int}/summary"): (
            "other_counselor",
            f"/api/staff/clients/{me}/summary",
            None,
        ),
        ("GET", "/api/staff/clients/{client_id:int}/care-team"): (
            "other_counselor",
            f"/api/staff/clients/{me}/care-team",
            None,
        ),
        ("PUT", "/api/staff/clients/{client_id:int}/care-team"): (
            "other_counselor",
            f"/api/staff/clients/{me}/care-team",
            {"primary": personas.other_counselor.id},
        ),
        ("GET", "/api/counselor/clients/{client_id:int}/aftercare"): (
            "other_counselor",
            f"/api/counselor/clients/{me}/aftercare",
            None,
        ),
        ("PUT", "/api/counselor/clients/{client_id:int}/aftercare"): (
            "other_counselor",
            f"/api/counselor/clients/{me}/aftercare",
            {"weekly_target": 5},
        ),
        ("GET", "/api/counselor/checkins/{checkin_id:uuid}"): (
            "other_counselor",
            f"/api/counselor/checkins/{checkin['id']}",
            None,
        ),
        ("POST", "/api/counselor/checkins/{checkin_id:uuid}/review"): (
            "other_counselor",
            f"/api/counselor/checkins/{checkin['id']}/review",
            {},
        ),
        ("POST", "/api/counselor/meetings/{meeting_id:uuid}/verify"): (
            "other_counselor",
            f"/api/counselor/meetings/{meeting['id']}/verify",
            None,
        ),
        ("GET", "/api/counselor/occurrences/{occurrence_id:int}/attendance"): (
            "other_counselor",
            f"/api/counselor/occurrences/{evening['id']}/attendance",
            None,
        ),
        ("PUT", "/api/counselor/occurrences/{occurrence_id:int}/attendance"): (
            "other_counselor",
            f"/api/counselor/occurrences/{evening['id']}/attendance",
            {"marks": [{"client_id": me, "status": "absent"}]},
        ),
        ("PUT", "/api/counselor/templates/{template_id:str}"): (
            "other_counselor",
            f"/api/counselor/templates/{template['id']}",
            {"title": "Taken over", "prompts": [{"key": "plan", "kind": "text", "label": "Plan"}]},
        ),
        ("DELETE", "/api/counselor/templates/{template_id:str}"): (
            "other_counselor",
            f"/api/counselor/templates/{template['id']}",
            None,
        ),
        ("GET", "/api/counselor/assignments/{assignment_id:int}"): (
            "other_counselor",
            f"/api/counselor/assignments/{given['id']}",
            None,
        ),
        ("PATCH", "/api/counselor/assignments/{assignment_id:int}"): (
            "other_counselor",
            f"/api/counselor/assignments/{given['id']}",
            {"instructions": "Mine now."},
        ),
        ("DELETE", "/api/counselor/assignments/{assignment_id:int}"): (
            "other_counselor",
            f"/api/counselor/assignments/{given['id']}",
            None,
        ),
        ("GET", "/api/counselor/submissions/{submission_id:int}"): (
            "other_counselor",
            f"/api/counselor/submissions/{submission}",
            None,
        ),
        ("POST", "/api/counselor/submissions/{submission_id:int}/review"): (
            "other_counselor",
            f"/api/counselor/submissions/{submission}/review",
            {"action": "reviewed"},
        ),
        ("POST", "/api/counselor/drug-tests/{test_id:int}/result"): (
            "other_counselor",
            f"/api/counselor/drug-tests/{test['id']}/result",
            {"status": "missed"},
        ),
        ("DELETE", "/api/auth/factors/{factor_id:int}"): (
            "other_counselor",
            f"/api/auth/factors/{passkey['id']}",
            None,
        ),
        ("POST", "/api/auth/factors/totp/{factor_id:int}/confirm"): (
            "other_counselor",
            f"/api/auth/factors/totp/{app_factor['id']}/confirm",
            {"code": "123456"},
        ),
        # Measures (issue 20): a response, the chart's scores, plan, schedules and export.
        ("GET", "/api/counselor/measure-responses/{response_id:uuid}"): (
            "other_counselor",
            f"/api/counselor/measure-responses/{questionnaire['id']}",
            None,
        ),
        ("POST", "/api/counselor/measure-responses/{response_id:uuid}/review"): (
            "other_counselor",
            f"/api/counselor/measure-responses/{questionnaire['id']}/review",
            None,
        ),
        ("GET", "/api/counselor/clients/{client_id:int}/measures"): (
            "other_counselor",
            f"/api/counselor/clients/{me}/measures",
            None,
        ),
        ("GET", "/api/counselor/clients/{client_id:int}/fhir"): (
            "other_counselor",
            f"/api/counselor/clients/{me}/fhir",
            None,
        ),
        ("GET", "/api/counselor/clients/{client_id:int}/safety-plan"): (
            "other_counselor",
            f"/api/counselor/clients/{me}/safety-plan",
            None,
        ),
        ("PUT", "/api/counselor/clients/{client_id:int}/safety-plan"): (
            "other_counselor",
            f"/api/counselor/clients/{me}/safety-plan",
            {"base_version": 0, "sections": {"reasons": ["Taken over"]}},
        ),
        ("GET", "/api/counselor/clients/{client_id:int}/measure-schedules"): (
            "other_counselor",
            f"/api/counselor/clients/{me}/measure-schedules",
            None,
        ),
        ("PUT", "/api/counselor/clients/{client_id:int}/measure-schedules"): (
            "other_counselor",
            f"/api/counselor/clients/{me}/measure-schedules",
            {"schedules": [{"instrument": "phq9", "every_days": 7}]},
        ),
    }
    with_objects = {
        (m, p)
        for m, p, roles in route_table(app)
        if roles is not None
        and "{" in p
        and not p.startswith(ADMIN_WIDE)
        and (m, p) not in NOT_RECORDS
    }
    assert with_objects == set(probes), (
        f"routes with a path object and no probe: {with_objects - set(probes)}"
    )

    before = {
        "checkin": (await client.get("/api/checkins")).json(),
        "homework": (await client.get("/api/homework")).json(),
        "meetings": (await client.get("/api/meetings")).json(),
    }
    strangers = {
        name: await signed_in(getattr(personas, name))
        for name in ("second_client", "other_counselor")
    }
    problems = []
    for (method, route), (who, path, body) in probes.items():
        denials = await AuditEvent.count().where(AuditEvent.action == "access.denied")
        browser = strangers[who]
        answer = await browser.client.request(
            method, path, headers=await browser._headers(method != "GET", {}), json=body
        )
        denied = await AuditEvent.count().where(AuditEvent.action == "access.denied") - denials
        if (answer.status_code, answer.json().get("detail")) != (404, "Not found.") or denied != 1:
            problems.append(
                f"{who} {method} {route}: {answer.status_code} {answer.text[:120]}, {denied} denials audited"
            )
    assert problems == []
    after = {
        "checkin": (await client.get("/api/checkins")).json(),
        "homework": (await client.get("/api/homework")).json(),
        "meetings": (await client.get("/api/meetings")).json(),
    }
    assert after == before
    assert any(
        t["id"] == template["id"] and t["title"] == "Weekend plan"
        for t in (await counselor.get("/api/counselor/templates")).json()
    )
