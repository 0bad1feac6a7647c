"""Drug testing through the API and the client's card: what a client is told, what counselors
see and record, scheduled tests, the admin policy, scope, and bad input (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from server.audit.tables import AuditEvent
from server.testing import services
from server.testing.tables import DrugTest, SelectionRun
from tests.helpers import move_care_team, user_of
from tests.server.testing.support import (
    EVERY_DAY,
    EVERYONE,
    NOBODY,
    denver_today,
    local,
    now,
    set_policy,
)

SECRET_SUBSTANCE = "zorbitrate-xq"
SECRET_NOTE = "said it was from a party at the lake"


@pytest.fixture
async def monday(schedule):
    """This week's Monday, program-local (the schedule fixture started last week)."""
    return schedule.first_day + timedelta(days=7)


@pytest.fixture
async def selected_test(schedule, personas, monday) -> dict:
    """The client drawn on Monday (window 08:00-17:00)."""
    await set_policy(personas.admin, schedule.evening_track, tests_per_week=2)
    await services.run_selection(schedule.evening_track, monday, now(), EVERYONE)
    return await DrugTest.select().first()


# --- the client's card ------------------------------------------------------------------------


async def test_a_selected_client_is_told_when_to_come_in(selected_test, personas, monday):
    card = await services.testing_card(user_of(personas.client), local(monday, 7, 30))

    assert (card.date, card.status, card.kind, card.test_status) == (
        monday,
        "selected",
        "random",
        "selected",
    )
    assert card.message == "You are selected for testing today — come in between 08:00 and 17:00."
    assert (card.window_start_at, card.window_end_at) == (local(monday, 8), local(monday, 17))


async def test_the_card_follows_the_test_through_the_day(selected_test, personas, monday):
    client, counselor = user_of(personas.client), user_of(personas.counselor)

    late = await services.testing_card(client, local(monday, 17, 30))
    assert (
        late.status == "selected" and "has ended" in late.message and "08:00–17:00" in late.message
    )
    await services.record_result(
        counselor,
        selected_test["id"],
        services.ResultIn(status="collected", result="negative"),
        local(monday, 10),
    )
    done = await services.testing_card(client, local(monday, 17, 30))
    assert (done.test_status, done.message) == ("collected", "Your test today is done. Thank you.")


async def test_not_selected_pending_and_no_testing(schedule, personas, monday):
    client = user_of(personas.client)
    assert (
        await services.testing_card(client, local(monday, 9))
    ).status == "no_testing"  # no policy yet

    await set_policy(
        personas.admin, schedule.evening_track, tests_per_week=2, selection_time="06:00"
    )
    pending = await services.testing_card(client, local(monday, 5))
    assert (
        pending.status == "pending"
        and "06:00" in pending.message
        and pending.window_start_at is None
    )

    await services.run_selection(schedule.evening_track, monday, local(monday, 6), NOBODY)
    drawn = await services.testing_card(client, local(monday, 9))
    assert (drawn.status, drawn.message, drawn.window_start_at) == (
        "not_selected",
        "No test today.",
        None,
    )

    saturday = local(monday - timedelta(days=2), 9)
    weekend = await services.testing_card(client, saturday)
    assert (weekend.status, weekend.message) == ("no_testing", "No test today.")


async def test_a_client_not_enrolled_has_no_testing(personas):
    card = await services.testing_card(user_of(personas.client), now())
    assert card.status == "no_testing" and card.date == denver_today()


async def test_the_endpoint_shows_the_client_their_own_test_and_another_client_nothing(
    schedule, personas, signed_in
):
    await set_policy(
        personas.admin,
        schedule.evening_track,
        tests_per_week=7,
        days=EVERY_DAY,
        selection_time="00:00",
        window_start="00:00",
        window_end="23:59",
    )
    await set_policy(
        personas.admin,
        schedule.morning_track,
        tests_per_week=1,
        days=EVERY_DAY,
        selection_time="00:00",
        window_start="00:00",
        window_end="23:59",
    )
    await services.run_selection(schedule.evening_track, denver_today(), now(), EVERYONE)
    await services.run_selection(schedule.morning_track, denver_today(), now(), NOBODY)
    client, second = await signed_in(personas.client), await signed_in(personas.second_client)

    mine = (await client.get("/api/me/testing")).json()
    theirs = (await second.get("/api/me/testing")).json()

    assert (
        mine["card"] == "testing"
        and mine["status"] == "selected"
        and mine["date"] == str(denver_today())
    )
    assert "00:00" in mine["message"] and "23:59" in mine["message"] and mine["window_start_at"]
    assert theirs["status"] == "not_selected" and theirs["window_start_at"] is None
    assert (await second.get("/api/counselor/drug-tests")).status_code == 403


# --- counselors ---------------------------------------------------------------------------------


async def test_the_counselor_sees_the_days_tests_and_records_a_result(
    selected_test, personas, signed_in, monday
):
    counselor = await signed_in(personas.counselor)

    listed = await counselor.get(f"/api/counselor/drug-tests?date={monday}")

    assert listed.status_code == 200
    [row] = listed.json()
    assert (row["id"], row["client_name"], row["status"], row["kind"], row["result"]) == (
        selected_test["id"],
        personas.client.display_name,
        "selected",
        "random",
        None,
    )
    assert datetime.fromisoformat(row["window_start_at"]) == local(monday, 8)
    assert row["overdue"] == (now() >= local(monday, 17))
    recorded = await counselor.post(
        f"/api/counselor/drug-tests/{row['id']}/result",
        {"status": "collected", "result": "negative", "note": "observed"},
    )
    assert recorded.status_code == 200, recorded.text
    assert (recorded.json()["status"], recorded.json()["result"], recorded.json()["note"]) == (
        "collected",
        "negative",
        "observed",
    )
    stored = await DrugTest.select(DrugTest.status, DrugTest.recorded_by).first()
    assert stored == {"status": "collected", "recorded_by": personas.counselor.id}
    assert (
        await AuditEvent.count().where(
            (AuditEvent.action == services.RECORDED) & (AuditEvent.patient == personas.client.id)
        )
        == 1
    )
    assert await AuditEvent.count().where(AuditEvent.action == services.VIEWED) == 1


async def test_a_test_still_waiting_after_its_window_is_overdue_until_recorded(schedule, personas):
    counselor = user_of(personas.counselor)
    await set_policy(personas.admin, schedule.evening_track, tests_per_week=2)
    day = schedule.first_day
    await services.run_selection(schedule.evening_track, day, local(day, 6), EVERYONE)

    during = await services.day_tests(counselor, day, local(day, 12))
    after = await services.day_tests(counselor, day, local(day, 17, 1))
    assert [t.overdue for t in during] == [False] and [t.overdue for t in after] == [True]
    assert (await DrugTest.select(DrugTest.status).first())[
        "status"
    ] == "selected"  # derived, not stored

    missed = await services.record_result(
        counselor, after[0].id, services.ResultIn(status="missed"), local(day, 17, 5)
    )
    assert (missed.status, missed.overdue) == ("missed", False)


async def test_another_counselor_cannot_see_or_record_and_the_denial_is_audited(
    selected_test, personas, signed_in, monday
):
    other = await signed_in(personas.other_counselor)
    denied_before = await AuditEvent.count().where(AuditEvent.action == "access.denied")

    assert (await other.get(f"/api/counselor/drug-tests?date={monday}")).json() == []
    answer = await other.post(
        f"/api/counselor/drug-tests/{selected_test['id']}/result",
        {"status": "collected", "result": "positive", "substances": ["x"]},
    )
    scheduled = await other.post(
        "/api/counselor/drug-tests",
        {"client_id": personas.client.id, "local_date": str(denver_today() + timedelta(days=1))},
    )

    assert answer.status_code == 404 and scheduled.status_code == 404
    assert (await DrugTest.select(DrugTest.status).first())["status"] == "selected"
    assert await AuditEvent.count().where(AuditEvent.action == "access.denied") == denied_before + 2


async def test_a_counselor_facilitating_the_track_sees_its_clients_not_on_their_caseload(
    selected_test, personas, monday
):
    await move_care_team(personas.client, personas.other_counselor)
    # still the evening track's facilitator; the other counselor now has them on their caseload
    assert [
        t.client_id for t in await services.day_tests(user_of(personas.counselor), monday, now())
    ] == [personas.client.id]
    assert [
        t.client_id
        for t in await services.day_tests(user_of(personas.other_counselor), monday, now())
    ] == [personas.client.id]


async def test_results_must_fit_their_status(selected_test, personas, signed_in, monday):
    counselor = await signed_in(personas.counselor)
    path = f"/api/counselor/drug-tests/{selected_test['id']}/result"
    cases = [
        ({"status": "collected"}, "needs its result"),
        (
            {"status": "collected", "result": "negative", "substances": ["thc"]},
            "positive result only",
        ),
        ({"status": "excused", "result": "negative"}, "leave result empty"),
        ({"status": "collected", "result": "positive", "substances": ["  "]}, "cannot be blank"),
        ({"status": "collected", "result": "glowing"}, "result"),
        ({"status": "lost"}, "status"),
        ({"status": "collected", "result": "positive", "substances": ["x" * 61]}, "substances"),
        ({"status": "excused", "extra": 1}, "extra"),
    ]
    for body, words in cases:
        answer = await counselor.post(path, body)
        assert answer.status_code == 400 and words in answer.json()["detail"], (body, answer.text)

    positive = await counselor.post(
        path,
        {
            "status": "collected",
            "result": "positive",
            "substances": ["Fentanyl", " fentanyl ", "THC"],
        },
    )

    assert positive.status_code == 200, positive.text
    assert (positive.json()["result"], positive.json()["substances"]) == (
        "positive",
        ["Fentanyl", "THC"],
    )


async def test_a_test_cannot_be_recorded_before_its_day_nor_missed_before_its_window_ends(
    schedule, personas, monday
):
    counselor = user_of(personas.counselor)
    await set_policy(personas.admin, schedule.evening_track, tests_per_week=2)
    await services.run_selection(schedule.evening_track, monday, local(monday, 6), EVERYONE)
    test = await DrugTest.select(DrugTest.id).first()

    with pytest.raises(services.InvalidInput, match="record it on the day"):
        await services.record_result(
            counselor,
            test["id"],
            services.ResultIn(status="collected", result="negative"),
            local(monday - timedelta(days=1), 12),
        )
    with pytest.raises(services.InvalidInput, match="once its window has ended"):
        await services.record_result(
            counselor, test["id"], services.ResultIn(status="missed"), local(monday, 12)
        )
    excused = await services.record_result(
        counselor, test["id"], services.ResultIn(status="excused"), local(monday, 7)
    )
    assert excused.status == "excused"


# --- scheduled tests --------------------------------------------------------------------------------


async def test_a_counselor_schedules_a_test_and_a_second_that_day_is_refused(
    schedule, personas, signed_in
):
    counselor, client = await signed_in(personas.counselor), await signed_in(personas.client)
    tomorrow = denver_today() + timedelta(days=1)
    body = {
        "client_id": personas.client.id,
        "local_date": str(tomorrow),
        "window_start": "09:00",
        "window_end": "11:30",
        "note": "court order",
    }

    made = await counselor.post("/api/counselor/drug-tests", body)
    again = await counselor.post(
        "/api/counselor/drug-tests", {**body, "window_start": "13:00", "window_end": "14:00"}
    )

    assert made.status_code == 201, made.text
    test = made.json()
    assert (test["kind"], test["status"], test["local_date"], test["client_id"]) == (
        "scheduled",
        "selected",
        str(tomorrow),
        personas.client.id,
    )
    assert datetime.fromisoformat(test["window_start_at"]) == local(tomorrow, 9)
    assert datetime.fromisoformat(test["window_end_at"]) == local(tomorrow, 11, 30)
    assert again.status_code == 409 and "already has a drug test" in again.json()["detail"]
    assert personas.client.display_name in again.json()["detail"]
    assert await DrugTest.count() == 1
    assert await AuditEvent.count().where(AuditEvent.action == services.SCHEDULED) == 1
    # tomorrow's test is not today's: the client's card today does not show it
    assert (await client.get("/api/me/testing")).json()["status"] == "no_testing"


async def test_scheduling_on_a_day_already_drawn_is_refused(selected_test, personas, monday):
    with pytest.raises(services.Conflict, match="already has a drug test"):
        await services.schedule_test(
            user_of(personas.counselor),
            services.ScheduleIn(
                client_id=personas.client.id,
                local_date=monday,
                window_start="16:00",
                window_end="17:30",
            ),
            local(monday, 6, 30),
        )


async def test_the_random_draw_leaves_a_scheduled_test_as_it_is(schedule, personas, monday):
    counselor = user_of(personas.counselor)
    await services.schedule_test(
        counselor,
        services.ScheduleIn(
            client_id=personas.client.id,
            local_date=monday,
            window_start="12:00",
            window_end="13:00",
        ),
        local(monday, 5),
    )
    await set_policy(personas.admin, schedule.evening_track, tests_per_week=2)

    await services.run_selection(schedule.evening_track, monday, local(monday, 6), EVERYONE)

    card = await services.testing_card(user_of(personas.client), local(monday, 7))
    assert (
        card.kind == "scheduled"
        and card.message == "You have a test scheduled today — come in between 12:00 and 13:00."
    )


async def test_scheduling_is_refused_with_a_clear_message(schedule, personas, signed_in):
    counselor = await signed_in(personas.counselor)
    tomorrow = denver_today() + timedelta(days=1)
    base = {"client_id": personas.client.id, "local_date": str(tomorrow)}
    cases = [
        ({**base, "window_start": "11:00", "window_end": "09:00"}, 400, "must end after it starts"),
        ({**base, "window_start": "25:00"}, 400, "window_start"),
        ({**base, "window_start": "9:00"}, 400, "window_start"),
        ({**base, "local_date": str(denver_today() - timedelta(days=1))}, 400, "has passed"),
        (
            {**base, "local_date": str(denver_today() + timedelta(days=400))},
            400,
            "more than a year away",
        ),
        ({**base, "local_date": "2026-02-30"}, 400, "local_date"),
        ({**base, "client_id": 2**31}, 400, "client_id"),
        ({**base, "client_id": 0}, 400, "client_id"),
        ({**base, "client_id": personas.second_client.id}, 404, "Not found"),
        ({**base, "client_id": personas.counselor.id}, 404, "Not found"),
    ]
    for body, status, words in cases:
        answer = await counselor.post("/api/counselor/drug-tests", body)
        assert answer.status_code == status and words in answer.json()["detail"], (
            body,
            answer.text,
        )
    assert await DrugTest.count() == 0


async def test_bad_dates_and_ids_answer_400_not_500(schedule, personas, signed_in):
    counselor, admin = await signed_in(personas.counselor), await signed_in(personas.admin)
    answers = [
        await counselor.get("/api/counselor/drug-tests?date=2026-13-01"),
        await counselor.get("/api/counselor/drug-tests?date=1900-01-01"),
        await counselor.get("/api/counselor/drug-tests?date=9999-12-31"),
        await counselor.post(
            "/api/counselor/drug-tests/99999999999999999999/result", {"status": "excused"}
        ),
        await counselor.post(f"/api/counselor/drug-tests/{2**31}/result", {"status": "excused"}),
        await admin.get(f"/api/admin/tracks/{2**31}/testing-policy"),
        await admin.put("/api/admin/tracks/0/testing-policy", {"tests_per_week": 1}),
    ]
    assert [a.status_code for a in answers] == [400] * 7, [a.text for a in answers]
    assert all(a.json()["detail"] for a in answers)
    assert "Pick a date between" in answers[1].json()["detail"]
    unknown = await counselor.post("/api/counselor/drug-tests/12345/result", {"status": "excused"})
    assert unknown.status_code == 404


# --- the admin policy -------------------------------------------------------------------------------


async def test_an_admin_sets_a_tracks_policy(schedule, personas, signed_in):
    admin, counselor = await signed_in(personas.admin), await signed_in(personas.counselor)
    path = f"/api/admin/tracks/{schedule.evening_track}/testing-policy"

    unset = (await admin.get(path)).json()
    made = await admin.put(path, {"tests_per_week": 2, "days": ["FR", "MO", "WE", "MO"]})
    changed = await admin.put(
        path,
        {
            "tests_per_week": 1.5,
            "selection_time": "05:30",
            "window_start": "07:00",
            "window_end": "19:00",
            "active": False,
        },
    )

    assert (unset["configured"], unset["active"], unset["days"]) == (
        False,
        False,
        ["MO", "TU", "WE", "TH", "FR"],
    )
    assert made.status_code == 200, made.text
    assert (made.json()["days"], made.json()["probability"], made.json()["configured"]) == (
        ["MO", "WE", "FR"],
        0.6667,
        True,
    )
    assert changed.status_code == 200 and changed.json() == {
        "track_id": schedule.evening_track,
        "configured": True,
        "tests_per_week": 1.5,
        "selection_time": "05:30",
        "window_start": "07:00",
        "window_end": "19:00",
        "days": ["MO", "TU", "WE", "TH", "FR"],
        "active": False,
        "probability": 0.3,
    }
    assert (await admin.get(path)).json() == changed.json()
    assert await AuditEvent.count().where(AuditEvent.action == services.POLICY_CHANGED) == 2
    assert (await counselor.put(path, {"tests_per_week": 1})).status_code == 403
    assert (await admin.get("/api/admin/tracks/99999/testing-policy")).status_code == 404


async def test_a_policy_that_does_not_fit_together_is_refused(schedule, personas, signed_in):
    admin = await signed_in(personas.admin)
    path = f"/api/admin/tracks/{schedule.evening_track}/testing-policy"
    cases = [
        ({"tests_per_week": 0}, "tests_per_week"),
        ({"tests_per_week": -1}, "tests_per_week"),
        ({"tests_per_week": 7.5}, "tests_per_week"),
        ({"tests_per_week": "two"}, "tests_per_week"),
        ({"tests_per_week": 6}, "cannot be more than the number of testing days a week (5)"),
        (
            {"tests_per_week": 2, "days": ["SA"]},
            "cannot be more than the number of testing days a week (1)",
        ),
        ({"tests_per_week": 1, "days": []}, "days"),
        ({"tests_per_week": 1, "days": ["XX"]}, "days"),
        (
            {"tests_per_week": 1, "window_start": "17:00", "window_end": "08:00"},
            "must end after it starts",
        ),
        ({"tests_per_week": 1, "window_start": "8:00"}, "window_start"),
        ({"tests_per_week": 1, "window_end": "24:00"}, "window_end"),
        ({"tests_per_week": 1, "selection_time": "09:00"}, "no later than the window's start"),
        ({}, "tests_per_week"),
    ]
    for body, words in cases:
        answer = await admin.put(path, body)
        assert answer.status_code == 400 and words in answer.json()["detail"], (body, answer.text)
    assert (await admin.get(path)).json()["configured"] is False


# --- the reminder planner and the audit log -----------------------------------------------------------


async def test_tests_to_remind_lists_waiting_tests_whose_window_opens_in_the_range(
    selected_test, schedule, personas, monday
):
    tuesday = monday + timedelta(days=1)
    await services.run_selection(schedule.evening_track, tuesday, now(), EVERYONE)

    monday_only = await services.tests_to_remind(local(monday, 0), local(tuesday, 0))
    both = await services.tests_to_remind(local(monday, 8), local(tuesday, 8, 1))
    at_end = await services.tests_to_remind(local(monday, 8, 1), local(tuesday, 8))

    assert [(r.test_id, r.client_id, r.window_start_at, r.window_end_at) for r in monday_only] == [
        (selected_test["id"], personas.client.id, local(monday, 8), local(monday, 17))
    ]
    assert [r.window_start_at for r in both] == [local(monday, 8), local(tuesday, 8)]
    assert at_end == []  # start inclusive, end exclusive
    await services.record_result(
        user_of(personas.counselor), selected_test["id"], services.ResultIn(status="excused"), now()
    )
    assert [
        r.window_start_at
        for r in await services.tests_to_remind(local(monday, 0), local(tuesday, 9))
    ] == [local(tuesday, 8)]


async def test_no_audit_row_holds_a_result_substance_or_note(
    selected_test, schedule, personas, signed_in, monday
):
    counselor = await signed_in(personas.counselor)
    await counselor.get(f"/api/counselor/drug-tests?date={monday}")
    answer = await counselor.post(
        f"/api/counselor/drug-tests/{selected_test['id']}/result",
        {
            "status": "collected",
            "result": "positive",
            "substances": [SECRET_SUBSTANCE],
            "note": SECRET_NOTE,
        },
    )
    assert answer.status_code == 200
    await counselor.post(
        "/api/counselor/drug-tests",
        {
            "client_id": personas.client.id,
            "local_date": str(denver_today() + timedelta(days=2)),
            "note": SECRET_NOTE,
        },
    )

    rows = await AuditEvent.select()
    words = [
        SECRET_SUBSTANCE,
        SECRET_NOTE,
        "positive",
        "negative",
        "dilute",
        "invalid",
        "collected",
    ]
    assert rows and not any(
        word in str(value) for row in rows for value in row.values() for word in words
    )
    assert {row["action"] for row in rows} >= {
        services.SELECTED,
        services.VIEWED,
        services.RECORDED,
        services.SCHEDULED,
    }
    assert await SelectionRun.count() == 1
