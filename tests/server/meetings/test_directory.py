"""The meeting directory search: by words, weekday and time of day, for anyone signed in."""

from __future__ import annotations

import pytest

SEARCH = "/api/meeting-directory"


def names(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [meeting["name"] for meeting in response.json()]


async def test_anyone_signed_in_can_search_and_a_signed_out_person_cannot(
    personas, signed_in, browser, directory
):
    for persona in (personas.client, personas.counselor, personas.admin):
        assert len(names(await (await signed_in(persona)).get(SEARCH))) == 7
    assert (await browser.get(SEARCH)).status_code == 401


async def test_words_match_any_case_in_the_name_place_or_city(personas, signed_in, directory):
    client = await signed_in(personas.client)
    assert names(await client.get(SEARCH, params={"q": "SERENITY"})) == ["Sunrise Serenity"] * 3
    assert names(await client.get(SEARCH, params={"q": "alano club"})) == ["Sunrise Serenity"] * 3
    assert names(await client.get(SEARCH, params={"q": "aurora"})) == ["50% Off_Topic Group"]
    assert names(await client.get(SEARCH, params={"q": "nothing like this"})) == []


@pytest.mark.parametrize("q", ["%", "_", "50%", "o_f", "5%t", "\\"])
async def test_sql_wildcards_in_the_words_are_taken_literally(personas, signed_in, directory, q):
    # "o_f" and "5%t" would match "50% Off_Topic Group" as LIKE wildcards; taken literally, nothing has them.
    client = await signed_in(personas.client)
    expected = ["50% Off_Topic Group"] if q in ("%", "_", "50%") else []
    assert names(await client.get(SEARCH, params={"q": q})) == expected


async def test_a_weekday_keeps_that_days_meetings_in_time_order(personas, signed_in, directory):
    client = await signed_in(personas.client)
    wednesday = (await client.get(SEARCH, params={"day": 3})).json()
    assert [(m["name"], m["time"]) for m in wednesday] == [
        ("Sunrise Serenity", "07:00"),
        ("Women's Wednesday", "18:30"),
    ]
    assert (await client.get(SEARCH, params={"day": 7})).status_code == 400


async def test_near_a_time_keeps_three_hours_either_side_nearest_first(
    personas, signed_in, directory
):
    client = await signed_in(personas.client)
    assert names(await client.get(SEARCH, params={"near": "19:00"})) == [
        "Women's Wednesday",
        "Mile High Online",
    ]
    assert names(await client.get(SEARCH, params={"near": "12:00", "day": 2})) == [
        "Larimer Lunch Bunch"
    ]
    assert names(await client.get(SEARCH, params={"near": "04:00"})) == ["Sunrise Serenity"] * 3
    bad = await client.get(SEARCH, params={"near": "7pm"})
    assert bad.status_code == 400 and "HH:MM" in bad.json()["detail"]


async def test_a_meeting_reads_as_the_front_end_shows_it(personas, signed_in, directory):
    client = await signed_in(personas.client)
    [hybrid] = (await client.get(SEARCH, params={"q": "women"})).json()
    assert hybrid == {
        "id": directory[("womens-wednesday", 3)],
        "name": "Women's Wednesday",
        "slug": "womens-wednesday",
        "day": 3,
        "time": "18:30",
        "end_time": "",
        "types": ["C", "W"],
        "format": "hybrid",
        "location": "Highlands Church",
        "address": "3500 W 32nd Ave",
        "city": "Denver",
        "conference_url": "https://zoom.us/j/84123456789",
        "timezone": "America/Denver",
        "fellowship": "aa",
    }
    [online] = (await client.get(SEARCH, params={"q": "mile high"})).json()
    assert (online["format"], online["address"], online["end_time"]) == ("online", "", "21:00")
    [closed] = (await client.get(SEARCH, params={"q": "larimer"})).json()
    assert closed["format"] == "online"  # temporarily closed (TC), still meeting online


async def test_the_limit_caps_the_answer_and_is_bounded(personas, signed_in, directory):
    client = await signed_in(personas.client)
    assert len(names(await client.get(SEARCH, params={"limit": 2}))) == 2
    assert (await client.get(SEARCH, params={"limit": 51})).status_code == 400
    assert (await client.get(SEARCH, params={"q": "x" * 101})).status_code == 400
