"""Program setup through the admin API: series materialized in program time, edits that move the
future but not the past, one occurrence cancelled or moved, enrollments, and refusals."""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta, timezone

import pytest

from server.audit.tables import AuditEvent
from server.programs import occurrences, recurrence, setup
from server.programs.schemas import SeriesIn
from server.programs.tables import Attendance, Enrollment, SessionOccurrence, SessionSeries
from tests.helpers import DENVER

TZ = recurrence.zone(DENVER)


def local(instant: str) -> datetime:
    return datetime.fromisoformat(instant.replace("Z", "+00:00")).astimezone(TZ)


async def occurrences_of(browser, series_id: int, start: date, days: int) -> list[dict]:
    response = await browser.get(
        f"/api/admin/series/{series_id}/occurrences",
        params={"from": start.isoformat(), "days": days},
    )
    assert response.status_code == 200, response.text
    return response.json()


def series_body(schedule, **changes) -> dict:
    body = {
        "program_id": schedule.program_id,
        "kind": "education",
        "title": "Relapse prevention",
        "track_id": schedule.evening_track,
        "local_start": f"{schedule.first_day}T17:00",
        "duration_minutes": 60,
        "rrule": "FREQ=WEEKLY;BYDAY=TU",
        "location": "Room 1",
    }
    body.update(changes)
    return body


async def test_an_admin_creates_a_weekly_series_materialized_to_the_horizon_at_local_time(
    schedule, personas, signed_in
):
    admin = await signed_in(personas.admin)
    response = await admin.post("/api/admin/series", series_body(schedule))
    assert response.status_code == 201, response.text
    series = response.json()
    assert series["rrule"] == "FREQ=WEEKLY;BYDAY=TU" and series["version"] == 0

    found = await occurrences_of(
        admin, series["id"], schedule.first_day, occurrences.HORIZON_DAYS + 14
    )
    starts = [local(o["starts_at"]) for o in found]
    assert {(s.weekday(), s.hour, s.minute) for s in starts} == {(1, 17, 0)}
    # Every Tuesday from the first one to the horizon, none missing.
    assert [b - a for a, b in itertools.pairwise(starts)] == [timedelta(weeks=1)] * (
        len(starts) - 1
    )
    horizon = datetime.now(timezone.utc) + timedelta(days=occurrences.HORIZON_DAYS)
    assert horizon - timedelta(weeks=1) < starts[-1].astimezone(timezone.utc) < horizon


async def test_materialized_sessions_keep_their_local_time_across_both_dst_changes(
    schedule, personas
):
    # The clock is the edge of the world: a series made "on" 2027-01-01 from 2026-10-26
    # materializes through November's and March's changes.
    created = await setup.create_series(
        SeriesIn(
            program_id=schedule.program_id,
            kind="group",
            title="Evening group",
            track_id=schedule.evening_track,
            local_start=datetime(2026, 10, 26, 18),
            duration_minutes=180,
            rrule="FREQ=WEEKLY;BYDAY=MO,WE,TH",
        ),
        datetime(2027, 1, 1, tzinfo=timezone.utc),
    )
    rows = await SessionOccurrence.select().where(SessionOccurrence.series == created.id)
    starts = {r["starts_at"].astimezone(TZ).date(): r["starts_at"] for r in rows}
    for day in (date(2026, 10, 29), date(2026, 11, 2), date(2027, 3, 11), date(2027, 3, 15)):
        assert starts[day].astimezone(TZ).time() == time(18)
    assert starts[date(2026, 10, 29)].astimezone(timezone.utc).hour == 0  # MDT, UTC-6
    assert starts[date(2026, 11, 2)].astimezone(timezone.utc).hour == 1  # MST, UTC-7
    assert starts[date(2027, 3, 15)].astimezone(timezone.utc).hour == 0  # MDT again


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"rrule": "FREQ=SOMETIMES"}, "FREQ=DAILY, WEEKLY, MONTHLY or YEARLY"),
        ({"rrule": "FREQ=WEEKLY;BYDAY=XX"}, "not valid RFC 5545"),
        ({"rrule": "FREQ=DAILY;BYHOUR=9,10"}, "BYHOUR"),
        ({"local_start": "2026-12-01T18:00:00-07:00"}, "without an offset"),
        ({"video_url": "http://meet.example.org/x"}, "https://"),
        ({"track_id": None}, "belongs to a track"),
        ({"kind": "individual"}, "for one client"),
        ({"duration_minutes": 0}, "duration_minutes"),
    ],
)
async def test_a_bad_series_is_refused_with_a_message_and_nothing_is_stored(
    schedule, personas, signed_in, changes, message
):
    admin = await signed_in(personas.admin)
    before = await SessionSeries.count()
    response = await admin.post("/api/admin/series", series_body(schedule, **changes))
    assert response.status_code == 400, response.text
    assert message in response.json()["detail"]
    assert await SessionSeries.count() == before


async def test_an_individual_session_must_be_for_a_client(schedule, personas, signed_in):
    admin = await signed_in(personas.admin)
    body = series_body(schedule, kind="individual", track_id=None, client_id=personas.counselor.id)
    response = await admin.post("/api/admin/series", body)
    assert response.status_code == 400 and "is not a client" in response.json()["detail"]


async def test_editing_a_series_moves_future_sessions_and_leaves_past_ones_and_attendance(
    schedule, personas
):
    now = datetime.now(timezone.utc)
    past = (
        await SessionOccurrence.select()
        .where(
            (SessionOccurrence.series == schedule.evening_series)
            & (SessionOccurrence.starts_at < now)
        )
        .order_by(SessionOccurrence.starts_at)
    )
    assert past, "the fixture starts last week"
    await Attendance.insert(
        Attendance(
            occurrence=past[0]["id"],
            client=personas.client.id,
            status="present",
            minutes=180,
            recorded_at=now,
        )
    )

    from server.programs.schemas import SeriesPatch

    await setup.update_series(
        schedule.evening_series,
        SeriesPatch(local_start=datetime.combine(schedule.first_day, time(17, 30))),
        now,
    )

    rows = await SessionOccurrence.select().where(
        SessionOccurrence.series == schedule.evening_series
    )
    future = [r for r in rows if r["starts_at"] >= now]
    kept = [r for r in rows if r["starts_at"] < now]
    assert future and {r["starts_at"].astimezone(TZ).time() for r in future} == {time(17, 30)}
    assert {r["id"] for r in kept} == {r["id"] for r in past}  # history untouched
    assert await Attendance.count() == 1
    series = (
        await SessionSeries.select(SessionSeries.version)
        .where(SessionSeries.id == schedule.evening_series)
        .first()
    )
    assert series["version"] == 1


async def test_cancelling_one_occurrence_leaves_the_others_and_survives_a_series_edit(
    schedule, personas, signed_in
):
    admin = await signed_in(personas.admin)
    upcoming = await occurrences_of(admin, schedule.evening_series, date.today(), 21)
    target, other = upcoming[1], upcoming[2]
    response = await admin.patch(f"/api/admin/occurrences/{target['id']}", {"status": "cancelled"})
    assert response.status_code == 200 and response.json()["status"] == "cancelled"

    edit = await admin.patch(
        f"/api/admin/series/{schedule.evening_series}", {"duration_minutes": 150}
    )
    assert edit.status_code == 200, edit.text

    after = {
        o["id"]: o for o in await occurrences_of(admin, schedule.evening_series, date.today(), 21)
    }
    assert after[target["id"]]["status"] == "cancelled"
    assert after[other["id"]]["status"] == "scheduled"

    def length(o):
        return datetime.fromisoformat(o["ends_at"][:-1]) - datetime.fromisoformat(
            o["starts_at"][:-1]
        )

    assert length(after[other["id"]]) == timedelta(minutes=150)
    assert length(after[target["id"]]) == timedelta(minutes=180)  # edited on its own: left alone

    restored = await admin.patch(f"/api/admin/occurrences/{target['id']}", {"status": "scheduled"})
    assert restored.json()["status"] == "scheduled"


async def test_moving_one_occurrence_changes_its_time_and_the_client_sees_it_moved(
    schedule, personas, signed_in
):
    admin = await signed_in(personas.admin)
    target = (await occurrences_of(admin, schedule.evening_series, date.today(), 14))[1]
    new_day = local(target["starts_at"]).date() + timedelta(days=1)
    response = await admin.patch(
        f"/api/admin/occurrences/{target['id']}", {"local_start": f"{new_day}T10:00"}
    )
    assert response.status_code == 200, response.text
    moved = response.json()
    assert moved["moved"] is True and local(moved["starts_at"]) == datetime.combine(
        new_day, time(10), tzinfo=TZ
    )
    assert local(moved["ends_at"]) == datetime.combine(new_day, time(13), tzinfo=TZ)

    client = await signed_in(personas.client)
    agenda = (await client.get("/api/me/schedule", params={"days": 21})).json()["occurrences"]
    mine = next(o for o in agenda if o["id"] == target["id"])
    assert mine["moved"] is True and mine["starts_at"] == moved["starts_at"]


async def test_ending_a_series_removes_its_future_and_keeps_its_past(schedule, personas, signed_in):
    admin = await signed_in(personas.admin)
    now = datetime.now(timezone.utc)
    past_before = await SessionOccurrence.count().where(
        (SessionOccurrence.series == schedule.evening_series) & (SessionOccurrence.starts_at < now)
    )
    response = await admin.post(f"/api/admin/series/{schedule.evening_series}/end")
    assert response.status_code == 200 and response.json()["ended"] is True
    rows = await SessionOccurrence.select().where(
        SessionOccurrence.series == schedule.evening_series
    )
    assert len(rows) == past_before and all(
        r["starts_at"] < datetime.now(timezone.utc) for r in rows
    )


async def test_enrollments_in_two_tracks_of_one_program_may_not_overlap(
    schedule, personas, signed_in
):
    admin = await signed_in(personas.admin)
    overlapping = await admin.post(
        "/api/admin/enrollments",
        {
            "client_id": personas.client.id,
            "track_id": schedule.morning_track,
            "starts_on": str(schedule.first_day + timedelta(days=30)),
        },
    )
    assert overlapping.status_code == 409
    assert "already enrolled in Evening IOP" in overlapping.json()["detail"]

    current = (await admin.get(f"/api/admin/programs/{schedule.program_id}/enrollments")).json()
    viewed = await AuditEvent.select(AuditEvent.patient).where(
        AuditEvent.action == "enrollments.viewed"
    )
    assert sorted(v["patient"] for v in viewed) == sorted(
        [personas.client.id, personas.second_client.id]
    )
    evening = next(e for e in current if e["client_id"] == personas.client.id)
    ended = await admin.patch(
        f"/api/admin/enrollments/{evening['id']}",
        {
            "ends_on": str(schedule.first_day + timedelta(days=29)),
            "status": "completed",
        },
    )
    assert ended.status_code == 200 and ended.json()["status"] == "completed"
    after = await admin.post(
        "/api/admin/enrollments",
        {
            "client_id": personas.client.id,
            "track_id": schedule.morning_track,
            "starts_on": str(schedule.first_day + timedelta(days=30)),
        },
    )
    assert after.status_code == 201, after.text
    assert await Enrollment.count().where(Enrollment.client == personas.client.id) == 2


async def test_an_enrollment_completed_today_hands_over_to_a_new_one_from_today(
    schedule, personas, signed_in
):
    admin = await signed_in(personas.admin)
    today = datetime.now(recurrence.zone(DENVER)).date()  # the program's day
    current = (await admin.get(f"/api/admin/programs/{schedule.program_id}/enrollments")).json()
    evening = next(e for e in current if e["client_id"] == personas.client.id)
    done = await admin.patch(f"/api/admin/enrollments/{evening['id']}", {"status": "completed"})
    assert done.status_code == 200 and done.json()["ends_on"] == str(today)

    again = await admin.post(
        "/api/admin/enrollments",
        {
            "client_id": personas.client.id,
            "track_id": schedule.morning_track,
            "starts_on": str(today),
        },
    )
    assert again.status_code == 201, again.text
    # Before the completed one's last day is still its time: refused, and the message says so.
    earlier = await admin.post(
        "/api/admin/enrollments",
        {
            "client_id": personas.client.id,
            "track_id": schedule.evening_track,
            "starts_on": str(today - timedelta(days=1)),
            "ends_on": str(today - timedelta(days=1)),
        },
    )
    assert earlier.status_code == 409
    assert earlier.json()["detail"] == (
        f"The client was enrolled in Evening IOP from {schedule.first_day} to {today}; "
        f"start the new enrollment on {today} or later."
    )
    # The new active one is current; a second active one from today is refused as before.
    twice = await admin.post(
        "/api/admin/enrollments",
        {
            "client_id": personas.client.id,
            "track_id": schedule.evening_track,
            "starts_on": str(today),
        },
    )
    assert twice.status_code == 409 and "already enrolled in Morning IOP" in twice.json()["detail"]
    assert await Enrollment.count().where(Enrollment.client == personas.client.id) == 2


async def test_an_enrollment_ending_before_it_starts_is_refused(schedule, personas, signed_in):
    admin = await signed_in(personas.admin)
    response = await admin.post(
        "/api/admin/enrollments",
        {
            "client_id": personas.second_client.id,
            "track_id": schedule.evening_track,
            "starts_on": "2027-02-01",
            "ends_on": "2027-01-31",
        },
    )
    assert response.status_code == 400 and "end is before its start" in response.json()["detail"]


async def test_a_program_needs_a_real_time_zone(personas, signed_in):
    admin = await signed_in(personas.admin)
    response = await admin.post(
        "/api/admin/programs", {"name": "Night IOP", "timezone": "Mars/Olympus"}
    )
    assert response.status_code == 400 and "IANA time zone" in response.json()["detail"]
    created = await admin.post(
        "/api/admin/programs", {"name": "Night IOP", "timezone": "America/Chicago"}
    )
    assert created.status_code == 201 and created.json()["min_weekly_hours"] == 9.0


@pytest.mark.parametrize("who", ["client", "counselor"])
async def test_only_admins_reach_program_setup(schedule, personas, signed_in, who):
    browser = await signed_in(getattr(personas, who))
    assert (await browser.get("/api/admin/programs")).status_code == 403
    response = await browser.post("/api/admin/series", series_body(schedule))
    assert response.status_code == 403
    assert await SessionSeries.count() == 2


async def test_a_one_off_session_is_one_occurrence(schedule, personas):
    now = datetime.now(timezone.utc)
    start = datetime.combine(date.today() + timedelta(days=3), time(16))
    created = await setup.create_series(
        SeriesIn(
            program_id=schedule.program_id,
            kind="family",
            title="Family session",
            client_id=personas.client.id,
            local_start=start,
            duration_minutes=90,
        ),
        now,
    )
    rows = await SessionOccurrence.select().where(SessionOccurrence.series == created.id)
    assert len(rows) == 1 and rows[0]["starts_at"] == recurrence.to_utc(start, TZ)
    assert rows[0]["client"] == personas.client.id and rows[0]["track"] is None


async def test_completing_an_enrollment_can_be_undone_and_it_is_active_again_with_no_end(
    schedule, personas, signed_in
):
    admin = await signed_in(personas.admin)
    current = (await admin.get(f"/api/admin/programs/{schedule.program_id}/enrollments")).json()
    evening = next(e for e in current if e["client_id"] == personas.client.id)
    assert evening["ends_on"] is None
    done = await admin.patch(f"/api/admin/enrollments/{evening['id']}", {"status": "completed"})
    assert done.json()["status"] == "completed" and done.json()["ends_on"] is not None

    undone = await admin.patch(
        f"/api/admin/enrollments/{evening['id']}", {"status": "active", "ends_on": None}
    )
    assert undone.status_code == 200, undone.text
    assert (undone.json()["status"], undone.json()["ends_on"]) == ("active", None)
    # leaving ends_on out still leaves it as it is
    kept = await admin.patch(f"/api/admin/enrollments/{evening['id']}", {"status": "active"})
    assert kept.json()["ends_on"] is None


async def test_a_client_without_a_primary_counselor_cannot_be_enrolled(
    schedule, personas, signed_in
):
    from server.accounts.tables import CareTeamMember

    await CareTeamMember.delete().where(CareTeamMember.client == personas.client.id)
    admin = await signed_in(personas.admin)
    answer = await admin.post(
        "/api/admin/enrollments",
        {
            "client_id": personas.client.id,
            "track_id": schedule.morning_track,
            "starts_on": str(schedule.first_day + timedelta(weeks=10)),
        },
    )
    assert answer.status_code == 409
    assert "primary counselor" in answer.json()["detail"]
    assert await Enrollment.count().where(Enrollment.client == personas.client.id) == 1


async def test_ending_a_series_can_be_undone_and_its_coming_sessions_return(
    schedule, personas, signed_in
):
    admin = await signed_in(personas.admin)
    now = datetime.now(timezone.utc)

    async def coming() -> int:
        return await SessionOccurrence.count().where(
            (SessionOccurrence.series == schedule.evening_series)
            & (SessionOccurrence.starts_at > now)
            & (SessionOccurrence.status == "scheduled")
        )

    before = await coming()
    assert before > 0
    ended = await admin.post(f"/api/admin/series/{schedule.evening_series}/end")
    assert ended.status_code == 200 and await coming() == 0
    resumed = await admin.post(f"/api/admin/series/{schedule.evening_series}/resume")
    assert resumed.status_code == 200, resumed.text
    assert await coming() == before
    assert (
        await admin.post(f"/api/admin/series/{schedule.evening_series}/resume")
    ).status_code == 200
    assert await coming() == before  # resuming twice changes nothing


async def test_undoing_a_cancel_leaves_the_session_following_its_series_again(
    schedule, personas, signed_in
):
    admin = await signed_in(personas.admin)
    now = datetime.now(timezone.utc)
    first, second = (
        await SessionOccurrence.select()
        .where(
            (SessionOccurrence.series == schedule.evening_series)
            & (SessionOccurrence.starts_at > now)
        )
        .order_by(SessionOccurrence.starts_at)
        .limit(2)
    )

    async def undo_a_cancel(occurrence_id: int) -> dict:
        url = f"/api/admin/occurrences/{occurrence_id}"
        assert (await admin.patch(url, {"status": "cancelled"})).status_code == 200
        assert (await admin.patch(url, {"status": "scheduled"})).status_code == 200
        return await SessionOccurrence.select().where(SessionOccurrence.id == occurrence_id).first()

    restored = await undo_a_cancel(first["id"])
    assert (restored["status"], restored["detached"]) == ("scheduled", False)
    # a session moved to another room, then cancelled and restored, keeps its own room: detached
    moved = await admin.patch(f"/api/admin/occurrences/{second['id']}", {"location": "Room 2"})
    assert moved.status_code == 200
    assert (await undo_a_cancel(second["id"]))["detached"] is True

    # ending the series removes the restored one like its other coming sessions
    await admin.post(f"/api/admin/series/{schedule.evening_series}/end")
    assert not await SessionOccurrence.exists().where(
        (SessionOccurrence.id == first["id"]) & (SessionOccurrence.status == "scheduled")
    )
