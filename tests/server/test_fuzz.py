"""API fuzzing: schemathesis generates requests from the OpenAPI schema the app serves and checks
every answer against it, for every operation, signed in as a client, a counselor and an admin,
and signed out.

Checks on every answer: no 5xx; its status, content type, headers and body are ones the schema
declares for the operation; a role the operation's guards do not admit gets 401 (signed out) or
403 "Your account cannot use this.", and a role they admit never does; input the schema calls
valid is never refused by the request parser (a 400 then is a rule about the values, with its
message). Path ids are generated, or taken from records the test made for both clients and both
counselors, so they are at times the caller's own and at times someone else's. After the run,
every list the roles read still answers 200 and conforms: nothing stored was corrupted.

The schema is loaded from the running app (GET /api/schema/openapi.json) and requests go through
httpx's ASGI transport on the test's own event loop, like tests/helpers.Browser: schemathesis's
own ASGI transport (`from_asgi`) runs the app in another thread on another event loop, where the
database engine the test started cannot be used. Hypothesis runs in a worker thread and hands
each request to the test's loop. Examples are derandomized, so a run is repeatable; the
PostgreSQL run is a smaller sample of the same cases (it finds NUL bytes and integer overflow).

What the fuzzer found, and what was done:

1. Every refusal was undocumented. The schema listed 200/201/204 and Litestar's 400 only, so
   401 (signed out), 403 (wrong role; CSRF), 404 (no such record, or not the caller's), 409,
   413 and 429 all broke it. Fix: server/openapi.py declares, for every route, the refusals its
   guards, its path parameters, the CSRF check and its body can produce (a `Problem` body:
   status_code and detail); handlers declare their own (409 conflicts, 404 for ids in a body,
   401/429/503 at sign-in, 404 when unsubscribing an unknown device).
2. POST /api/checkins and POST /api/meetings answer 200 to a replay of the same id and body;
   only 201 was declared. Fix: the 200 is declared with its body.
3. GET/PATCH /api/admin/series..., POST .../end: `local_start` is a program-local wall time
   without an offset ("2026-11-16T18:00:00") but was declared `format: date-time` (which
   needs one). Fix: SeriesOut.local_start is a documented wall-time string.
4. The schema admitted bodies the parser refuses: unknown fields (every `forbid_unknown_fields`
   Struct answered 400 "Object contains unknown field"), negative minutes on attendance and
   negative weekly hours (Litestar leaves a lower bound of 0 out of an optional field),
   session lead times below 5 (item constraints of a list were left out), answer keys not
   matching the key pattern (dict key constraints were left out). Fix: server/openapi.py has
   msgspec, which parses every body, describe every Struct in the schema; datetimes are
   declared `date-time`.
5. Ids in paths had no bounds: an id past 2**63 on SQLite (past 2**31 on PostgreSQL) got
   "A value in the request cannot be stored" from the database layer after a query was tried.
   Fix: every integer path id is PathId (1..2**31-1), declared in the schema and refused with
   the parameter's name before any query.
6. GET /api/admin/people?role= took any string and refused most with a rule's 400; GET
   /api/meeting-directory?day= declared no lower bound (Litestar drops a 0 bound). Fix: both
   are enums in the schema.
7. POST /api/auth/logout answered 204 with no body (rightly) where the schema promised a JSON
   null (Litestar's reading of `Response[None]`). Fix: every 204 is declared without content.

No 5xx and no wrong-role access were found on either engine.

Two kinds of operation are treated apart. Deactivating and resetting a person end their
sessions, and a generated or real id may be a signed-in persona's, so they run last (after the
reads check), every refused role's turn before the admin's. A counselor's invitation may be
refused by a rule with a 403 and its own reason (not their track; only admins invite in that
program), which is not the guards' refusal.
"""

from __future__ import annotations

import asyncio
import collections
import itertools
import re
import uuid
from datetime import datetime, timedelta, timezone

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from server.core import i18n
from server.programs.tables import Enrollment, SessionOccurrence
from server.security import csrf
from tests.conftest import make_settings
from tests.helpers import BASE_URL, Browser
from tests.server.test_access_matrix import route_table

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
ROLES = ("client", "counselor", "admin", None)  # None: signed out
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
# Examples per operation and role: (positive, negative) for a role the guards admit, and positive
# ones for a role they do not (its answer does not depend on the input). PostgreSQL runs a sample.
EXAMPLES = {"sqlite": (15, 8, 2), "postgres": (6, 3, 1)}
# What msgspec and Litestar say when the request itself does not parse: input the schema called
# valid must never get one of these (a 400 about the values' meaning is a rule, with its message).
# A persona may have chosen Spanish (PUT /api/auth/me/language is fuzzed too): then the same
# refusals come in Spanish (server/locales/es).
PARSER_REFUSAL = re.compile(
    r"Expected `|Object (contains unknown|missing required) field|Invalid (enum value|RFC 3339|"
    r"ISO 8601|UUID)|not valid JSON|request body is missing|Missing required"
    r"|Se esperaba `|Falta el campo obligatorio|campo desconocido|Valor no permitido|RFC 3339|"
    r"UUID no válido|no es JSON válido|Falta el cuerpo de la solicitud|Falta el parámetro"
)
DENIED = {None: (401, "Sign in to continue."), "any": (403, "Your account cannot use this.")}


def in_any_language(english: str) -> set[str]:
    return {english, i18n.text("es-US", english)}


# Operations whose rules (not their guards) may refuse a role the guards admit with a 403 and a
# reason of their own: a counselor inviting into a track they do not lead, or in a program
# where only admins invite. The guards' and the CSRF check's refusals are still never allowed.
RULE_REFUSALS = {("POST", "/api/counselor/invitations")}
RULE_REFUSALS_ARE_NOT = in_any_language(DENIED["any"][1]) | in_any_language(csrf.REFUSAL)
# Deactivating and resetting (a password, or sign-in factors) end a person's sessions, and a
# generated id may be a signed-in persona's: these run after everything else, every refused
# role's turn before the admin's.
ENDS_SESSIONS = {
    ("POST", "/api/admin/people/{person_id}/deactivate"),
    ("POST", "/api/admin/people/{person_id}/reset"),
    ("POST", "/api/admin/people/{person_id}/factors/reset"),
}


@pytest.fixture
def settings(database_url, tmp_path, vapid_pem):
    """The app with its API docs on, so the test fuzzes the schema it really serves."""
    return make_settings(database_url, tmp_path / "var", vapid_pem, api_docs="1")


def admitted_roles(app) -> dict[tuple[str, str], set[str] | None]:
    """(METHOD, schema path) -> the roles its guards admit (None: anyone, signed in or not)."""
    return {
        (method, re.sub(r"\{([^:}]+):[a-z]+\}", r"{\1}", path)): roles
        for method, path, roles in route_table(app)
    }


async def seed(personas, schedule, signed_in) -> dict[str, list]:
    """Records of both clients and both counselors (checked in, logged a meeting, homework given
    and submitted, a drug test each): real ids by path parameter name, someone's own and
    someone else's."""
    client, second = await signed_in(personas.client), await signed_in(personas.second_client)
    counselor, other = (
        await signed_in(personas.counselor),
        await signed_in(personas.other_counselor),
    )
    now = datetime.now(timezone.utc)
    today = now.date().isoformat()
    ids: dict[str, list] = collections.defaultdict(list)
    for browser in (client, second):
        checkin = {
            "id": str(uuid.uuid4()),
            "local_date": today,
            "mood": 2,
            "craving": 9,
            "used": False,
            "medication": "yes",
            "sleep_hours": 6.5,
            "safety_concern": False,
        }
        meeting = {
            "id": str(uuid.uuid4()),
            "fellowship": "aa",
            "name": "Noon group",
            "format": "in_person",
            "attended_at": (now - timedelta(days=1)).isoformat(),
        }
        for path, body, key in (
            ("/api/checkins", checkin, "checkin_id"),
            ("/api/meetings", meeting, "meeting_id"),
        ):
            answer = await browser.post(path, body)
            assert answer.status_code == 201, answer.text
            ids[key].append(body["id"])
    prompts = [{"key": "plan", "kind": "text", "label": "Your plan"}]
    due = (now + timedelta(days=3)).isoformat()
    for browser, patient in ((counselor, personas.client), (other, personas.second_client)):
        made = [
            await browser.post("/api/counselor/templates", {"title": "Plan", "prompts": prompts}),
            await browser.post(
                "/api/counselor/assignments",
                {"title": "Plan", "prompts": prompts, "client_id": patient.id, "due_at": due},
            ),
            await browser.post(
                "/api/counselor/drug-tests", {"client_id": patient.id, "local_date": today}
            ),
        ]
        assert [answer.status_code for answer in made] == [201, 201, 201], [
            answer.text for answer in made
        ]
        for key, answer in zip(("template_id", "assignment_id", "test_id"), made, strict=True):
            ids[key].append(answer.json()["id"])
    ids["template_id"].append("starter-values")
    for browser, assignment in zip((client, second), ids["assignment_id"], strict=True):
        work = {"answers": {"plan": "Call my sponsor"}, "saved_at": now.isoformat(), "submit": True}
        answer = await browser.put(f"/api/homework/{assignment}/submission", work)
        assert answer.status_code == 200, answer.text
    for browser in (counselor, other):
        waiting = (await browser.get("/api/counselor/submissions")).json()
        ids["submission_id"] += [item["submission_id"] for item in waiting]
    for series in (schedule.evening_series, schedule.morning_series):
        rows = (
            await SessionOccurrence.select(SessionOccurrence.id)
            .where(SessionOccurrence.series == series)
            .limit(2)
        )
        ids["occurrence_id"] += [row["id"] for row in rows]
    ids["enrollment_id"] = [row["id"] for row in await Enrollment.select(Enrollment.id)]
    ids["program_id"] = [schedule.program_id]
    ids["track_id"] = [schedule.evening_track, schedule.morning_track]
    ids["series_id"] = [schedule.evening_series, schedule.morning_series]
    ids["client_id"] = [personas.client.id, personas.second_client.id, personas.counselor.id]
    ids["person_id"] = [personas.client.id, personas.counselor.id, personas.admin.id]
    assert all(len(ids[key]) >= 2 for key in ids if key != "program_id"), dict(ids)
    return ids


def cases(operation, mode: GenerationMode, ids: dict[str, list]):
    """Generated cases, and as many again with every combination of real path ids."""
    names = [parameter.name for parameter in operation.path_parameters]
    generated = operation.as_strategy(mode)
    if not names:
        return generated
    real = [
        operation.as_strategy(mode, path_parameters=dict(zip(names, values, strict=True)))
        for values in itertools.product(*(ids[name] for name in names))
    ]
    return st.one_of(generated, st.one_of(real))


async def send(browser: Browser, case) -> httpx.Response:
    """The case as this browser sends it: its cookies, and the CSRF header on unsafe methods."""
    request = case.as_transport_kwargs(base_url=BASE_URL)
    headers = dict(request.get("headers") or {})
    if request["method"].upper() in UNSAFE:
        headers["X-CSRF-Token"] = await browser.csrf_token()
    body = (
        {"json": request["json"]}
        if "json" in request
        else {"content": request["data"]}
        if "data" in request
        else {}
    )
    return await browser.client.request(
        request["method"], request["url"], params=request.get("params"), headers=headers, **body
    )


class Fuzzer:
    """Runs Hypothesis in a worker thread; each request is sent on the test's event loop."""

    def __init__(
        self, loop, browsers: dict, rules: dict, ids: dict, examples: tuple[int, int, int]
    ):
        self.loop, self.browsers, self.rules, self.ids = loop, browsers, rules, ids
        self.positive, self.negative, self.denied = examples
        self.failures: list[str] = []
        self.answers: collections.Counter = collections.Counter()

    def run(self, operations, roles: tuple = ROLES) -> None:
        for operation in operations:
            admitted = self.rules[(operation.method.upper(), operation.path)]
            for role in roles:
                if admitted is None or role in admitted:
                    self.fuzz(operation, role, GenerationMode.POSITIVE, self.positive)
                    self.fuzz(operation, role, GenerationMode.NEGATIVE, self.negative)
                else:
                    self.fuzz(operation, role, GenerationMode.POSITIVE, self.denied)

    def fuzz(self, operation, role: str | None, mode: GenerationMode, examples: int) -> None:
        browser = self.browsers[role]
        admitted = self.rules[(operation.method.upper(), operation.path)]

        @hypothesis_settings(
            max_examples=examples,
            derandomize=True,
            database=None,
            deadline=None,
            phases=[Phase.generate, Phase.shrink],
            suppress_health_check=[
                HealthCheck.too_slow,
                HealthCheck.filter_too_much,
                HealthCheck.data_too_large,
            ],
        )
        @given(case=cases(operation, mode, self.ids))
        def check(case) -> None:
            answer = asyncio.run_coroutine_threadsafe(send(browser, case), self.loop).result()
            self.answers[answer.status_code // 100] += 1
            case.validate_response(answer, checks=CHECKS)
            if admitted is not None and role not in admitted:
                refused = (
                    answer.status_code,
                    answer.json().get("detail") if answer.status_code >= 400 else None,
                )
                status, detail = DENIED[None if role is None else "any"]
                assert refused[0] == status and refused[1] in in_any_language(detail), (
                    f"the guards refuse {role or 'the signed out'}: {answer.status_code} {answer.text[:300]}"
                )
            elif role is not None:
                signing_in = operation.path == "/api/auth/login"  # a wrong password there is a 401
                by_rule = (operation.method.upper(), operation.path) in RULE_REFUSALS and (
                    answer.json().get("detail") not in RULE_REFUSALS_ARE_NOT
                )
                assert (answer.status_code != 403 or by_rule) and (
                    answer.status_code != 401 or signing_in
                ), f"the guards admit {role}: {answer.status_code} {answer.text}"
            if mode == GenerationMode.POSITIVE and answer.status_code == 400:
                detail = answer.json()["detail"]
                assert not PARSER_REFUSAL.search(detail), (
                    f"the schema admits what the parser refused: {detail}"
                )

        try:
            check()
        except Unsatisfiable:
            assert mode == GenerationMode.NEGATIVE, (
                operation.label
            )  # nothing invalid exists, e.g. a string in a path
        except (
            Exception,
            BaseExceptionGroup,
        ) as failure:  # every operation gets its turn; reported together
            self.failures.append(
                f"{operation.label} as {role or 'signed out'} ({mode.value}): {failure}"
            )


async def test_every_operation_as_every_role_answers_as_the_schema_says(
    app, engine, personas, schedule, signed_in, new_browser
):
    ids = await seed(personas, schedule, signed_in)
    browsers = {
        "client": await signed_in(personas.client),
        "counselor": await signed_in(personas.counselor),
        "admin": await signed_in(personas.admin),
        None: new_browser("198.51.100.9"),
    }
    # Signing out ends the session it is sent with: each role signs out on a device of its own,
    # signed in now (fuzzing the sign-in throttles this address).
    leaving = {role: await signed_in(getattr(personas, role)) for role in ROLES if role} | {
        None: new_browser()
    }
    served = await browsers[None].get("/api/schema/openapi.json")
    assert served.status_code == 200
    schema = schemathesis.openapi.from_dict(served.json())
    operations = [result.ok() for result in schema.get_all_operations()]
    logout = [operation for operation in operations if operation.path == "/api/auth/logout"]
    rules = admitted_roles(app)
    api = [
        rule
        for rule in rules
        if rule[1].startswith("/api/") and not rule[1].startswith("/api/schema")
    ]
    assert len(operations) == len(api) > 70  # every route of the API is in its schema

    fuzzer = Fuzzer(asyncio.get_running_loop(), browsers, rules, ids, EXAMPLES[engine.engine_type])
    ending = [op for op in operations if (op.method.upper(), op.path) in ENDS_SESSIONS]
    assert len(ending) == len(ENDS_SESSIONS)
    await asyncio.to_thread(
        fuzzer.run, [op for op in operations if op not in logout and op not in ending]
    )
    fuzzer.browsers = leaving
    await asyncio.to_thread(fuzzer.run, logout)
    assert not fuzzer.failures, "\n\n".join(fuzzer.failures)
    assert all(
        [
            (await device.get("/api/auth/me")).status_code == 401
            for device in fuzzer.browsers.values()
        ]
    )
    assert fuzzer.answers[2] > 100 and fuzzer.answers[4] > 100, (
        fuzzer.answers
    )  # deep as well as refused

    # Nothing stored was corrupted: every list and every real record each role may read still
    # answers as declared (another person's record: 404).
    reads: collections.Counter = collections.Counter()
    for role in ROLES[:3]:
        for operation in operations:
            if operation.method.upper() != "GET" or role not in (
                rules[("GET", operation.path)] or {role}
            ):
                continue
            names = [parameter.name for parameter in operation.path_parameters]
            for values in itertools.product(*(ids[name] for name in names)):
                query = {
                    "/api/admin/people": {"role": "client"},
                    "/api/counselor/outcomes": {"program": schedule.program_id},
                    "/api/counselor/outcomes.csv": {"program": schedule.program_id},
                }.get(operation.path)
                case = operation.Case(
                    path_parameters=dict(zip(names, values, strict=True)), query=query
                )
                answer = await send(browsers[role], case)
                case.validate_response(answer, checks=CHECKS)
                assert answer.status_code == 200 or (names and answer.status_code == 404), (
                    role,
                    case.formatted_path,
                )
                reads[answer.status_code] += 1
    assert reads[200] > 40, reads

    # Last, what ends sessions: the refused roles first, then the admin's own turn.
    fuzzer.browsers = browsers
    await asyncio.to_thread(fuzzer.run, ending, ("client", "counselor", None))
    await asyncio.to_thread(fuzzer.run, ending, ("admin",))
    assert not fuzzer.failures, "\n\n".join(fuzzer.failures)
    assert (await browsers["admin"].get("/api/auth/me")).status_code == 200  # the last admin
