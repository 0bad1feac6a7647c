"""A client's Today and agenda: only their own sessions, within their enrollment, in their zone."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from server.accounts.tables import Account
from server.programs import recurrence, services, setup
from server.programs.schemas import EnrollmentPatch, SeriesIn
from server.programs.tables import SessionOccurrence
from tests.helpers import DENVER, user_of

TZ = recurrence.zone(DENVER)


def cards(today: dict) -> dict:
    return {card["card"]: card for card in today["cards"]}


async def test_today_shows_the_clients_next_session_of_their_own_track(
    schedule, personas, signed_in
):
    client = await signed_in(personas.client)
    response = await client.get("/api/me/today")
    assert response.status_code == 200
    today = cards(response.json())
    assert {"next_session", "today_sessions", "week_hours", "checkin"} <= set(
        today
    )  # other features add theirs
    following = today["next_session"]["occurrence"]
    assert following["title"] == "Evening group" and following["track"] == "Evening IOP"
    assert following["location"] == "Suite 200" and following["facilitator"] == "Dana Counselor"
    starts = datetime.fromisoformat(following["starts_at"].replace("Z", "+00:00"))
    assert starts.astimezone(TZ).time() == time(18) and starts.astimezone(TZ).weekday() in (0, 2, 3)
    assert today["week_hours"]["hours"]["minimum_minutes"] == 540


async def test_the_agenda_lists_only_the_clients_own_sessions_for_the_days_asked(
    schedule, personas, signed_in
):
    client = await signed_in(personas.client)
    response = await client.get("/api/me/schedule", params={"days": 14})
    agenda = response.json()
    assert agenda["days"] == 14 and agenda["timezone"] == DENVER
    assert agenda["occurrences"] and {o["track"] for o in agenda["occurrences"]} == {"Evening IOP"}
    # Mon/Wed/Thu over two weeks: six sessions, give or take the one in progress today.
    assert 5 <= len(agenda["occurrences"]) <= 7

    second = await signed_in(personas.second_client)
    theirs = (await second.get("/api/me/schedule")).json()["occurrences"]
    assert {o["track"] for o in theirs} == {"Morning IOP"}
    assert not {o["id"] for o in theirs} & {o["id"] for o in agenda["occurrences"]}


@pytest.mark.parametrize("days", ["0", "61", "soon"])
async def test_the_agenda_refuses_a_bad_number_of_days(schedule, personas, signed_in, days):
    client = await signed_in(personas.client)
    response = await client.get("/api/me/schedule", params={"days": days})
    assert response.status_code == 400 and "days" in response.json()["detail"]


async def test_a_cancelled_session_stays_on_the_agenda_marked_cancelled_and_is_not_next(
    schedule, personas, signed_in
):
    admin = await signed_in(personas.admin)
    client = await signed_in(personas.client)
    following = cards((await client.get("/api/me/today")).json())["next_session"]["occurrence"]
    await admin.patch(f"/api/admin/occurrences/{following['id']}", {"status": "cancelled"})

    agenda = (await client.get("/api/me/schedule")).json()["occurrences"]
    assert next(o for o in agenda if o["id"] == following["id"])["status"] == "cancelled"
    after = cards((await client.get("/api/me/today")).json())["next_session"]["occurrence"]
    assert after["id"] != following["id"] and after["starts_at"] > following["starts_at"]


async def test_sessions_outside_the_enrollment_dates_are_not_shown(schedule, personas):
    now = datetime.now(timezone.utc)
    enrollment = await setup.list_enrollments(schedule.program_id, personas.admin.id, now)
    mine = next(e for e in enrollment if e.client_id == personas.client.id)
    last_day = now.astimezone(TZ).date() + timedelta(days=2)
    await setup.update_enrollment(
        mine.id, EnrollmentPatch(ends_on=last_day, status="discharged"), now
    )

    agenda = await services.schedule(user_of(personas.client), now, 14)
    assert agenda.occurrences
    assert all(o.starts_at.astimezone(TZ).date() <= last_day for o in agenda.occurrences)
    before_start = await services.client_occurrence_rows(
        personas.client.id,
        datetime.combine(schedule.first_day - timedelta(days=21), time(0), tzinfo=TZ),
        datetime.combine(schedule.first_day, time(0), tzinfo=TZ),
    )
    assert before_start == []
    assert (
        await SessionOccurrence.count().where(SessionOccurrence.track == schedule.evening_track) > 0
    )


async def test_the_planners_many_clients_query_sees_what_each_client_sees(schedule, personas):
    """occurrence_rows_by_client (one query for many clients) matches client_occurrence_rows per
    client: enrollment dates, the other track, and an individual session of one client only."""
    now = datetime.now(timezone.utc)
    mine = next(
        e
        for e in await setup.list_enrollments(schedule.program_id, personas.admin.id, now)
        if e.client_id == personas.client.id
    )
    await setup.update_enrollment(
        mine.id,
        EnrollmentPatch(ends_on=now.astimezone(TZ).date() + timedelta(days=3), status="discharged"),
        now,
    )
    when = datetime.combine(now.astimezone(TZ).date() + timedelta(days=2), time(15))
    await setup.create_series(
        SeriesIn(
            program_id=schedule.program_id,
            kind="individual",
            title="Individual session",
            client_id=personas.second_client.id,
            local_start=when,
            duration_minutes=60,
        ),
        now,
    )
    ids = [personas.client.id, personas.second_client.id, personas.counselor.id]
    start, end = now - timedelta(days=3), now + timedelta(days=10)

    together = await services.occurrence_rows_by_client(ids, start, end)

    for client in ids:
        alone = await services.client_occurrence_rows(client, start, end)
        assert [row["id"] for row in together[client]] == [row["id"] for row in alone]
    assert (
        together[personas.client.id]
        and together[personas.second_client.id]
        and together[personas.counselor.id] == []
    )
    assert {r["id"] for r in together[personas.client.id]} != {
        r["id"] for r in together[personas.second_client.id]
    }


async def test_an_individual_session_is_seen_by_its_client_only(schedule, personas, signed_in):
    now = datetime.now(timezone.utc)
    when = datetime.combine(now.astimezone(TZ).date() + timedelta(days=2), time(15))
    await setup.create_series(
        SeriesIn(
            program_id=schedule.program_id,
            kind="individual",
            title="Individual session",
            client_id=personas.client.id,
            local_start=when,
            duration_minutes=60,
            video_url="https://meet.example.org/abc",
        ),
        now,
    )
    mine = (await (await signed_in(personas.client)).get("/api/me/schedule")).json()["occurrences"]
    individual = [o for o in mine if o["kind"] == "individual"]
    assert len(individual) == 1 and individual[0]["video_url"] == "https://meet.example.org/abc"
    theirs = (await (await signed_in(personas.second_client)).get("/api/me/schedule")).json()[
        "occurrences"
    ]
    assert all(o["kind"] == "group" for o in theirs)


async def test_a_client_in_another_zone_gets_the_same_instants_and_their_own_today(
    schedule, personas
):
    # 23:30 in Denver is already tomorrow in New York.
    now = datetime.combine(date.today(), time(23, 30), tzinfo=TZ).astimezone(timezone.utc)
    denver = await services.today(user_of(personas.client), now)
    new_york = await services.today(user_of(personas.client, "America/New_York"), now)
    assert new_york.date == denver.date + timedelta(days=1)
    assert new_york.cards[0].occurrence.starts_at == denver.cards[0].occurrence.starts_at


@pytest.mark.parametrize("who", ["counselor", "admin"])
async def test_staff_have_no_client_schedule(schedule, personas, signed_in, who):
    staff = await signed_in(getattr(personas, who))
    assert (await staff.get("/api/me/today")).status_code == 403
    assert (await staff.get("/api/me/schedule")).status_code == 403


async def test_a_client_without_an_enrollment_sees_no_hours_card(personas, signed_in):
    await Account.update({Account.timezone: "America/Chicago"}).where(
        Account.id == personas.client.id
    )
    client = await signed_in(personas.client)
    today = (await client.get("/api/me/today")).json()
    assert {"next_session", "today_sessions", "checkin"} <= set(
        cards(today)
    ) and "week_hours" not in cards(today)
    assert (
        cards(today)["next_session"]["occurrence"] is None
        and today["timezone"] == "America/Chicago"
    )


async def test_after_a_break_of_more_than_a_week_today_still_finds_the_next_session(
    schedule, personas
):
    now = datetime.now(timezone.utc)
    await SessionOccurrence.update({SessionOccurrence.status: "cancelled"}).where(
        (SessionOccurrence.starts_at >= now - timedelta(hours=4))
        & (SessionOccurrence.starts_at < now + timedelta(days=services.NEXT_SOON_DAYS + 3))
    )
    today = await services.today(user_of(personas.client), now)
    following = today.cards[0].occurrence
    assert following is not None and following.status == "scheduled"
    assert following.starts_at >= now + timedelta(days=services.NEXT_SOON_DAYS + 3)
    assert following.title == "Evening group"
