"""The client chart's lists (Check-ins, Homework, Attendance, Tests) and its trends: one
client's rows, in the chart header's scope (a counselor's caseload and clients whose urgent
alert reached them in 14 days; an admin's any client), each look audited."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from server.audit.tables import AuditEvent
from server.care.tables import AlertRecipient, UrgentAlert
from server.homework.tables import Assignment, Submission
from server.programs import recurrence
from server.programs.tables import Attendance, SessionOccurrence
from tests.helpers import DENVER
from tests.server.today.test_caseload import add_test, check_in, checkin, local_today

LISTS = {  # path after /api/counselor/clients/{id}, and the audit event of a look
    "checkins": "client.checkins_viewed",
    "homework": "client.homework_viewed",
    "attendance": "client.attendance_viewed",
    "drug-tests": "client.tests_viewed",
    "": "client.viewed",  # the trends (the chart's Overview)
}


def url(client_id: int, tab: str = "", **params) -> str:
    path = f"/api/counselor/clients/{client_id}" + (f"/{tab}" if tab else "")
    return path + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


async def ok(browser, path: str) -> dict:
    answer = await browser.get(path)
    assert answer.status_code == 200, (path, answer.text)
    return answer.json()


# --- who may look ------------------------------------------------------------------------------


@pytest.mark.parametrize("tab", list(LISTS))
async def test_a_counselor_sees_their_client_an_admin_any_and_each_look_is_audited(
    tab, schedule, personas, signed_in
):
    counselor = await signed_in(personas.counselor)
    before = await AuditEvent.count()
    await ok(counselor, url(personas.client.id, tab))
    events = await AuditEvent.select().where(AuditEvent.id > before)
    assert [(e["action"], e["actor"], e["patient"]) for e in events] == [
        (LISTS[tab], personas.counselor.id, personas.client.id)
    ]
    admin = await signed_in(personas.admin)
    assert (await ok(admin, url(personas.second_client.id, tab)))["client_id"] == (
        personas.second_client.id
    )


@pytest.mark.parametrize("tab", list(LISTS))
async def test_another_counselors_client_is_a_404_and_a_client_gets_403(
    tab, schedule, personas, signed_in, browser
):
    counselor = await signed_in(personas.counselor)
    before = await AuditEvent.count()
    for client_id in (personas.second_client.id, personas.other_counselor.id, 999_999):
        answer = await counselor.get(url(client_id, tab))
        assert answer.status_code == 404 and answer.json()["detail"] == "Not found.", client_id
    denials = await AuditEvent.select(AuditEvent.action).where(AuditEvent.id > before)
    assert len(denials) == 3 and all(d["action"] != LISTS[tab] for d in denials)
    client = await signed_in(personas.client)
    assert (await client.get(url(personas.client.id, tab))).status_code == 403
    assert (await browser.get(url(personas.client.id, tab))).status_code == 401


@pytest.mark.parametrize("tab", ["checkins", "homework", "attendance", "drug-tests"])
async def test_an_urgent_alert_that_reached_a_counselor_opens_the_lists_for_14_days(
    tab, schedule, personas, signed_in
):
    now = datetime.now(timezone.utc)
    [alert] = await UrgentAlert.insert(
        UrgentAlert(
            subject="checkin:00000000-0000-4000-8000-000000000002",
            client=personas.second_client.id,
            raised_at=now - timedelta(days=2),
            route="on_call",
        )
    )
    await AlertRecipient.insert(
        AlertRecipient(
            alert=alert["id"], account=personas.counselor.id, route="on_call", notified_at=now
        )
    )
    counselor = await signed_in(personas.counselor)
    await ok(counselor, url(personas.second_client.id, tab))
    await UrgentAlert.update({UrgentAlert.raised_at: now - timedelta(days=15)}).where(
        UrgentAlert.id == alert["id"]
    )
    assert (await counselor.get(url(personas.second_client.id, tab))).status_code == 404


@pytest.mark.parametrize(
    "tab, name, bad",
    [
        ("checkins", "days", ["0", "91", "-1", "x", "1.5"]),
        ("attendance", "weeks", ["0", "13", "x"]),
        ("drug-tests", "days", ["0", "366", "x"]),
    ],
)
async def test_bad_parameters_are_a_clear_400(tab, name, bad, schedule, personas, signed_in):
    counselor = await signed_in(personas.counselor)
    for value in bad:
        answer = await counselor.get(url(personas.client.id, tab, **{name: value}))
        assert answer.status_code == 400, (value, answer.text)
        assert name in answer.text
    for path in ("/api/counselor/clients/abc/homework", "/api/counselor/clients/0/checkins"):
        assert (await counselor.get(path)).status_code in (400, 404)


# --- Check-ins ---------------------------------------------------------------------------------


async def test_check_ins_newest_first_with_reviewed_state_and_no_alert_acknowledged(
    schedule, personas, signed_in
):
    today = local_today()
    client = await signed_in(personas.client)
    for back, changes in ((3, {"craving": 9}), (1, {}), (0, {"safety_concern": True})):
        sent = await client.post(
            "/api/checkins", checkin(local_date=str(today - timedelta(days=back)), **changes)
        )
        assert sent.status_code == 201, sent.text
    second = await client.post("/api/checkins", checkin(mood=2, safety_concern=True))
    assert second.status_code == 200  # today's again: updates today's entry
    counselor = await signed_in(personas.counselor)
    old = (await ok(counselor, url(personas.client.id, "checkins")))["items"][2]
    reviewed = await counselor.post(
        f"/api/counselor/checkins/{old['id']}/review", {"note": "Call me"}
    )
    assert reviewed.status_code == 200
    listed = await ok(counselor, url(personas.client.id, "checkins"))
    days = [item["local_date"] for item in listed["items"]]
    assert days == [str(today - timedelta(days=back)) for back in (0, 1, 3)]
    first = listed["items"][0]
    assert (first["risk"], first["revisions"], first["mood"]) == ("urgent", 1, 2)
    assert first["updated_at"] is not None and first["reviewed_at"] is None
    assert listed["items"][2]["reviewed_at"] is not None
    assert listed["items"][2]["counselor_note"] == "Call me"
    # Listing showed the urgent check-in but did not open it: its alert is still open.
    assert await UrgentAlert.count().where(UrgentAlert.acknowledged_at.is_null()) == 1
    short = await ok(counselor, url(personas.client.id, "checkins", days=2))
    assert [item["local_date"] for item in short["items"]] == days[:2]
    assert short["days"] == 2
    # Opening the check-in (the queue's detail) is what acknowledges it.
    assert (await counselor.get(f"/api/counselor/checkins/{first['id']}")).status_code == 200
    assert await UrgentAlert.count().where(UrgentAlert.acknowledged_at.is_null()) == 0


async def test_the_list_holds_only_that_clients_check_ins(schedule, personas, signed_in):
    await check_in(signed_in, personas.client)
    await check_in(signed_in, personas.second_client, craving=10)
    admin = await signed_in(personas.admin)
    mine = await ok(admin, url(personas.client.id, "checkins"))
    theirs = await ok(admin, url(personas.second_client.id, "checkins"))
    assert [i["craving"] for i in mine["items"]] == [2]
    assert [i["craving"] for i in theirs["items"]] == [10]


async def test_an_admin_sees_the_trends_as_a_counselor_does(schedule, personas, signed_in):
    await check_in(signed_in, personas.client, mood=4)
    counselor = await ok(await signed_in(personas.counselor), url(personas.client.id))
    admin = await ok(await signed_in(personas.admin), url(personas.client.id))
    assert admin == counselor
    assert admin["days_30"][-1]["mood"] == 4


# --- Homework ----------------------------------------------------------------------------------


async def give(client_id: int, counselor_id: int, title: str, due: datetime, **submission):
    [row] = await Assignment.insert(
        Assignment(
            title=title,
            prompts="[]",
            assigned_by=counselor_id,
            assigned_at=due - timedelta(days=7),
            due_at=due,
        )
    )
    [sub] = await Submission.insert(
        Submission(assignment=row["id"], client=client_id, updated_at=due, **submission)
    )
    return row["id"], sub["id"]


async def test_homework_says_where_each_stands_and_which_work_opens(schedule, personas, signed_in):
    now = datetime.now(timezone.utc)
    me, coach = personas.client.id, personas.counselor.id
    late, _ = await give(me, coach, "Triggers", now - timedelta(days=1))  # not started, overdue
    draft, _ = await give(me, coach, "Values", now + timedelta(days=2), status="draft")
    sent, sent_sub = await give(
        me, coach, "Plan", now + timedelta(days=1), status="submitted", submitted_at=now
    )
    done, done_sub = await give(
        me, coach, "Supports", now - timedelta(days=3), status="reviewed", submitted_at=now
    )
    await give(personas.second_client.id, coach, "Someone else's", now)
    counselor = await signed_in(personas.counselor)
    items = (await ok(counselor, url(me, "homework")))["items"]
    assert [(i["assignment_id"], i["status"], i["submission_id"], i["overdue"]) for i in items] == [
        (draft, "draft", None, False),  # a draft stays the client's own
        (sent, "submitted", sent_sub, False),
        (late, "not_started", None, True),
        (done, "reviewed", done_sub, False),
    ]
    assert items[1]["submitted_at"] is not None and items[0]["submitted_at"] is None
    opened = await counselor.get(f"/api/counselor/submissions/{sent_sub}")
    assert opened.status_code == 200  # the id given is one the counselor can open


async def test_the_chart_links_only_work_that_would_open_for_whoever_asks(
    schedule, personas, signed_in
):
    """A counselor an urgent alert reached sees where the other counselor's client's work
    stands but no link (opening it would be a 404); their own counselor gets the link; an
    admin, who reviews no work, gets none."""
    now = datetime.now(timezone.utc)
    sky, theirs = personas.second_client.id, personas.other_counselor.id
    _, sub = await give(sky, theirs, "Plan", now, status="submitted", submitted_at=now)
    [alert] = await UrgentAlert.insert(
        UrgentAlert(subject="checkin:x", client=sky, raised_at=now, route="on_call")
    )
    await AlertRecipient.insert(
        AlertRecipient(
            alert=alert["id"], account=personas.counselor.id, route="on_call", notified_at=now
        )
    )
    looks = {}
    for who in (personas.counselor, personas.other_counselor, personas.admin):
        browser = await signed_in(who)
        [item] = (await ok(browser, url(sky, "homework")))["items"]
        opened = await browser.get(f"/api/counselor/submissions/{sub}")
        looks[who.email] = (item["status"], item["submission_id"], opened.status_code)
    assert looks == {
        personas.counselor.email: ("submitted", None, 404),
        personas.other_counselor.email: ("submitted", sub, 200),
        personas.admin.email: ("submitted", None, 403),
    }


# --- Attendance --------------------------------------------------------------------------------


async def test_attendance_lists_the_weeks_sessions_with_marks_and_each_weeks_hours(
    schedule, personas, signed_in
):
    now = datetime.now(timezone.utc)
    tz = recurrence.zone(DENVER)
    monday = recurrence.week_start(now.astimezone(tz).date())
    last_week = recurrence.local_day_bounds(monday - timedelta(weeks=1), tz, 7)
    past = (
        await SessionOccurrence.select(SessionOccurrence.id, SessionOccurrence.starts_at)
        .where(
            (SessionOccurrence.series == schedule.evening_series)
            & (SessionOccurrence.starts_at >= last_week[0])
            & (SessionOccurrence.starts_at < last_week[1])
        )
        .order_by(SessionOccurrence.starts_at)
    )
    assert len(past) == 3  # Monday, Wednesday, Thursday
    marks = [("present", 180), ("late", 150), ("absent", 0)]
    await Attendance.insert(
        *(
            Attendance(
                occurrence=occ["id"],
                client=personas.client.id,
                status=status,
                minutes=minutes,
                recorded_at=now,
            )
            for occ, (status, minutes) in zip(past, marks, strict=True)
        )
    )
    counselor = await signed_in(personas.counselor)
    answer = await ok(counselor, url(personas.client.id, "attendance", weeks=2))
    assert answer["weeks_back"] == 2
    weeks = answer["weeks"]
    assert [w["week_start"] for w in weeks] == [str(monday), str(monday - timedelta(weeks=1))]
    assert weeks[1]["attended_minutes"] == 330 and weeks[1]["minimum_minutes"] == 540
    assert weeks[1]["can_reach_minimum"] is False and weeks[1]["scheduled_minutes_left"] == 0
    this_week = await counselor.get("/api/counselor/caseload")
    row = next(r for r in this_week.json()["clients"] if r["client_id"] == personas.client.id)
    assert weeks[0] == row["hours"]  # this week's line is the caseload's (the same ledger)
    by_id = {item["occurrence_id"]: item for item in answer["items"]}
    assert [(by_id[o["id"]]["status"], by_id[o["id"]]["minutes"]) for o in past] == marks
    assert all(i["title"] == "Evening group" for i in answer["items"])
    starts = [i["starts_at"] for i in answer["items"]]
    assert starts == sorted(starts, reverse=True)  # newest first
    unmarked = [i for i in answer["items"] if i["occurrence_id"] not in {o["id"] for o in past}]
    assert all(i["status"] is None and i["minutes"] is None for i in unmarked)
    assert len(answer["items"]) == 6  # three sessions a week, two weeks
    assert [i["week_start"] for i in answer["items"]] == [str(monday)] * 3 + [
        str(monday - timedelta(weeks=1))
    ] * 3  # each session names the week (as the weeks' lines do) it is counted in
    one = await ok(counselor, url(personas.client.id, "attendance", weeks=1))
    assert len(one["weeks"]) == 1 and len(one["items"]) == 3


# --- Tests -------------------------------------------------------------------------------------


async def test_drug_tests_newest_first_random_ones_too(schedule, personas, signed_in):
    now = datetime.now(timezone.utc)
    await add_test(personas.client.id, now - timedelta(days=40), kind="scheduled")
    await add_test(personas.client.id, now + timedelta(days=1), kind="random")
    await add_test(personas.client.id, now - timedelta(days=200), kind="random")
    await add_test(personas.second_client.id, now, kind="random")
    counselor = await signed_in(personas.counselor)
    answer = await ok(counselor, url(personas.client.id, "drug-tests"))
    assert [(t["kind"], t["client_id"]) for t in answer["items"]] == [
        ("random", personas.client.id),
        ("scheduled", personas.client.id),
    ]
    assert answer["days"] == 90
    longer = await ok(counselor, url(personas.client.id, "drug-tests", days=365))
    assert len(longer["items"]) == 3
    dates = [t["local_date"] for t in longer["items"]]
    assert dates == sorted(dates, reverse=True)
