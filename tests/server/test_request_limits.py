"""Every JSON body is read by the same rules (server/core/http.py's JsonRequest): nested at most
64 levels, no NUL character in any text, and strict types ("4" is not a number). A body that
breaks one is a 400 naming the problem (and the field), never a 500, and nothing is stored."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import msgspec
import pytest

from server.accounts.tables import AuthSession
from server.checkins.tables import Checkin
from server.core import validation
from server.meetings.tables import MeetingLog
from server.programs import recurrence

JSON = {"content-type": "application/json"}


def checkin(**changes) -> dict:
    today = datetime.now(timezone.utc).astimezone(recurrence.zone("America/Denver")).date()
    data = {
        "id": str(uuid.uuid4()),
        "local_date": str(today),
        "mood": 3,
        "craving": 2,
        "used": False,
        "medication": "yes",
        "sleep_hours": 7.5,
        "safety_concern": False,
        "note": "an ordinary day",
    }
    return {**data, **changes}


@pytest.fixture
async def client(personas, new_browser):
    browser = new_browser()
    assert (await browser.sign_in(personas.client.email)).status_code == 200
    return browser


# --- depth -------------------------------------------------------------------------------------


def nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


@pytest.mark.parametrize("depth", [65, 100_000])
async def test_a_body_nested_too_deep_is_a_400_before_it_is_decoded(browser, depth):
    response = await browser.post("/api/auth/login", content=nested(depth), headers=JSON)
    assert response.status_code == 400, response.text
    assert "more than 64 levels" in response.json()["detail"]
    assert await AuthSession.count() == 0


async def test_a_deep_body_is_refused_on_a_signed_in_route_too_and_nothing_is_stored(client):
    body = msgspec.json.encode(checkin(note="x")).replace(b'"x"', nested(100_000))
    response = await client.post("/api/checkins", content=body, headers=JSON)
    assert response.status_code == 400, response.text
    assert "levels" in response.json()["detail"]
    assert await Checkin.count() == 0


async def test_the_depth_refusal_is_in_the_askers_language(browser):
    response = await browser.post(
        "/api/auth/login",
        content=nested(1000),
        headers={**JSON, "accept-language": "es"},
    )
    assert response.status_code == 400
    assert "más de 64 niveles" in response.json()["detail"]


def test_depth_is_counted_outside_strings_only():
    assert not validation.json_too_deep(b'{"a": "' + b"[" * 500 + b'"}')
    assert not validation.json_too_deep(b'["\\"[[[[", ' + b"[1]," * 500 + b"[2]]")
    assert not validation.json_too_deep(nested(64))
    assert validation.json_too_deep(nested(65))
    assert validation.json_too_deep(b'{"a": ' * 65 + b"1" + b"}" * 65)


# --- NUL ----------------------------------------------------------------------------------------


async def test_a_nul_in_a_check_in_note_is_a_400_naming_the_field(client):
    response = await client.post("/api/checkins", checkin(note="fine\u0000day"))
    assert response.status_code == 400, response.text
    detail = response.json()["detail"]
    assert detail.startswith("note: ") and "NUL" in detail, detail
    assert await Checkin.count() == 0


async def test_a_nul_in_a_list_item_names_its_place(client):
    response = await client.post("/api/checkins", checkin(triggers=["ok", "bad\u0000"]))
    assert response.status_code == 400, response.text
    assert response.json()["detail"].startswith("triggers[1]: ")
    assert await Checkin.count() == 0


async def test_a_nul_in_a_meeting_name_is_refused_on_every_route(client):
    meeting = {
        "id": str(uuid.uuid4()),
        "fellowship": "aa",
        "name": "Noon\u0000group",
        "attended_at": datetime.now(timezone.utc).isoformat(),
        "format": "in_person",
    }
    response = await client.post("/api/meetings", meeting)
    assert response.status_code == 400, response.text
    assert response.json()["detail"].startswith("name: ")
    assert await MeetingLog.count() == 0


async def test_the_nul_refusal_is_in_the_askers_language(browser):
    response = await browser.post(
        "/api/auth/login",
        {"email": "a\u0000@b.c", "password": "x"},
        headers={"accept-language": "es"},
    )
    assert response.status_code == 400
    assert (
        response.json()["detail"] == "email: El texto no puede contener el carácter NUL (\\u0000)"
    )
    assert await AuthSession.count() == 0


def test_nul_path_names_keys_items_and_the_body_itself():
    assert validation.nul_path({"a": [{"b": "ok"}, {"b": "x\x00"}]}) == "a[1].b"
    assert validation.nul_path({"k\x00": 1}) == "k\x00"
    assert validation.nul_path("\x00") == ""
    assert validation.nul_path({"a": ["fine", 1, None, True]}) is None


# --- strict types -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field", "said"),
    [
        ({"mood": "4"}, "mood", "Expected `int`, got `str`"),
        ({"used": "false"}, "used", "Expected `bool`, got `str`"),
        ({"sleep_hours": "7.5"}, "sleep_hours", "Expected `float`, got `str`"),
        ({"safety_concern": 0}, "safety_concern", "Expected `bool`, got `int`"),
        ({"craving": 2.5}, "craving", "Expected `int`, got `float`"),
        ({"craving": 2.0, "mood": "4"}, "mood", "Expected `int`, got `str`"),
    ],
)
async def test_a_string_for_a_number_or_boolean_is_a_400_naming_the_field(
    client, changes, field, said
):
    response = await client.post("/api/checkins", checkin(**changes))
    assert response.status_code == 400, response.text
    assert response.json()["detail"] == f"{field}: {said}"
    assert await Checkin.count() == 0


async def test_the_same_check_in_with_real_types_is_stored(client):
    response = await client.post("/api/checkins", checkin(mood=4, used=False))
    assert response.status_code == 201, response.text
    assert await Checkin.count() == 1


async def test_a_whole_number_written_with_a_fraction_is_an_integer(client):
    # JSON Schema (and so the API schema) counts 4.0 as an integer; it is not a coercion.
    response = await client.post("/api/checkins", checkin(mood=4.0, craving=1e1, sleep_hours=7))
    assert response.status_code == 201, response.text
    assert (response.json()["mood"], response.json()["craving"]) == (4, 10)


async def test_a_body_of_the_wrong_shape_is_still_named_as_the_request_body(browser):
    response = await browser.post("/api/auth/login", content=b'"just text"', headers=JSON)
    assert response.status_code == 400
    assert response.json()["detail"] == "request body: Expected `object`, got `str`"


async def test_query_parameters_are_still_converted_from_text(client):
    response = await client.get("/api/checkins", params={"days": "7"})
    assert response.status_code == 200, response.text
