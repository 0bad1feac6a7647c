"""Today's call-in card says where to come in, the front desk's number and the counselor's note
for a scheduled test, and keeps the staff's note on a recorded result to the staff."""

from __future__ import annotations

from datetime import timedelta

import pytest

from server.programs.tables import Program
from server.testing import services
from tests.helpers import user_of
from tests.server.testing.support import local, now

NOTE = "Bring your photo ID; use the side door after 5."


@pytest.fixture
async def monday(schedule):
    await Program.update({Program.phone: "(303) 555-0142"}).where(Program.id == schedule.program_id)
    return schedule.first_day + timedelta(days=7)


async def schedule_monday(personas, monday, note: str = NOTE) -> None:
    await services.schedule_test(
        user_of(personas.counselor),
        services.ScheduleIn(
            client_id=personas.client.id,
            local_date=monday,
            window_start="12:00",
            window_end="13:00",
            note=note,
        ),
        local(monday, 5),
    )


async def test_a_scheduled_test_says_where_to_go_and_the_counselors_note(personas, monday):
    await schedule_monday(personas, monday)

    card = await services.testing_card(user_of(personas.client), local(monday, 7))

    assert (card.status, card.place, card.phone, card.note) == (
        "selected",
        "Test IOP",
        "(303) 555-0142",
        NOTE,
    )


async def test_a_recorded_result_keeps_its_note_from_the_client(personas, monday):
    await schedule_monday(personas, monday)
    test = (await services.day_tests(user_of(personas.counselor), monday, local(monday, 12)))[0]
    await services.record_result(
        user_of(personas.counselor),
        test.id,
        services.ResultIn(status="collected", result="negative", note="staff only: slow to give"),
        local(monday, 12, 30),
    )

    card = await services.testing_card(user_of(personas.client), local(monday, 14))

    assert card.test_status == "collected" and card.note == ""
    assert card.place == "Test IOP"  # still where their program is


async def test_the_front_desk_number_comes_on_a_day_without_testing(personas, monday):
    card = await services.testing_card(user_of(personas.client), local(monday, 9))

    assert (card.status, card.phone, card.place, card.note) == (
        "no_testing",
        "(303) 555-0142",
        "Test IOP",
        "",
    )


async def test_a_client_not_enrolled_gets_no_place_or_number(personas):
    card = await services.testing_card(user_of(personas.client), now())

    assert (card.status, card.place, card.phone) == ("no_testing", "", "")


async def test_the_today_api_carries_the_new_fields(schedule, personas, signed_in, monday):
    client = await signed_in(personas.client)

    cards = (await client.get("/api/me/today")).json()["cards"]

    testing = next(card for card in cards if card["card"] == "testing")
    assert testing["phone"] == "(303) 555-0142" and testing["place"] == "Test IOP"
