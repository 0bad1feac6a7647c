"""Homework: assigning to whoever is enrolled that day, drafts that never go backwards, submit,
return, revise, review, templates, and who may see what (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import pytest

from server.accounts.tables import ClientProfile
from server.audit.tables import AuditEvent
from server.homework import library, services
from server.homework.tables import Assignment, Submission
from server.programs import recurrence, setup
from server.programs.schemas import EnrollmentIn
from server.programs.tables import SessionOccurrence, SessionSeries
from tests.helpers import DENVER, ONLY_POSTGRES, add_account, move_care_team, on_care_team, user_of

SECRET_WORDS = "my brother's bar on 5th street"


def now() -> datetime:
    return datetime.now(timezone.utc)


def stamp(offset_seconds: float = 0) -> str:
    return (now() + timedelta(seconds=offset_seconds)).isoformat()


async def next_group(series_id: int) -> dict:
    return (
        await SessionOccurrence.select()
        .where((SessionOccurrence.series == series_id) & (SessionOccurrence.starts_at > now()))
        .order_by(SessionOccurrence.starts_at)
        .first()
    )


def trigger_map() -> dict:
    template = library.starter_template("starter-trigger-map")
    import msgspec

    return {
        "title": template.title,
        "instructions": "Before Thursday's group.",
        "prompts": msgspec.to_builtins(template.prompts),
        "template_id": template.id,
    }


FULL_ANSWERS = {
    "people": ["an old friend"],
    "places": [SECRET_WORDS],
    "feelings": ["bored"],
    "strongest": "Payday evenings.",
    "confidence": 6,
    "plan": "Call my sponsor on the way home.",
}


@pytest.fixture
async def assigned(schedule, personas, signed_in):
    """The counselor assigns the trigger map from the evening group's next session."""
    counselor = await signed_in(personas.counselor)
    group = await next_group(schedule.evening_series)
    answer = await counselor.post(
        "/api/counselor/assignments", {**trigger_map(), "occurrence_id": group["id"]}
    )
    assert answer.status_code == 201, answer.text
    return answer.json()


async def test_assigning_from_a_group_reaches_exactly_the_clients_enrolled_that_day(
    schedule, personas, signed_in, persona_hash
):
    group = await next_group(schedule.evening_series)
    day = group["starts_at"].astimezone(recurrence.zone(DENVER)).date()  # the program-local day
    later = await add_account("late@example.org", "Lee Later", "client", persona_hash)
    gone = await add_account("gone@example.org", "Gil Gone", "client", persona_hash)
    await ClientProfile.insert(ClientProfile(account=later.id), ClientProfile(account=gone.id))
    await on_care_team(personas.counselor, later, gone)
    await setup.enroll(
        EnrollmentIn(
            client_id=later.id, track_id=schedule.evening_track, starts_on=day + timedelta(days=2)
        )
    )
    await setup.enroll(
        EnrollmentIn(
            client_id=gone.id,
            track_id=schedule.evening_track,
            starts_on=schedule.first_day,
            ends_on=day - timedelta(days=1),
        )
    )
    counselor = await signed_in(personas.counselor)

    answer = await counselor.post(
        "/api/counselor/assignments", {**trigger_map(), "occurrence_id": group["id"]}
    )

    assert answer.status_code == 201, answer.text
    got = await Submission.select(Submission.client).where(
        Submission.assignment == answer.json()["id"]
    )
    assert [row["client"] for row in got] == [
        personas.client.id
    ]  # not the morning track, not before or after
    assert answer.json()["progress"] == {
        "total": 1,
        "done": 0,
        "returned": 0,
        "reviewed": 0,
        "started": 0,
    }
    assert await AuditEvent.count().where(AuditEvent.action == services.ASSIGNED) == 1


async def test_due_defaults_to_the_start_of_the_tracks_next_group(assigned, schedule):
    group = (
        await SessionOccurrence.select()
        .where(SessionOccurrence.id == assigned["occurrence_id"])
        .first()
    )
    following = (
        await SessionOccurrence.select()
        .where(
            (SessionOccurrence.track == schedule.evening_track)
            & (SessionOccurrence.starts_at > group["ends_at"])
        )
        .order_by(SessionOccurrence.starts_at)
        .first()
    )
    assert datetime.fromisoformat(assigned["due_at"]) == following["starts_at"]


async def test_the_client_saves_drafts_submits_is_returned_revises_and_is_reviewed(
    assigned, personas, signed_in
):
    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    path = f"/api/homework/{assigned['id']}"
    listed = (await client.get("/api/homework")).json()
    assert [(item["title"], item["status"]) for item in listed] == [("Trigger map", "assigned")]

    draft = await client.put(
        f"{path}/submission", {"answers": {"strongest": "Payday"}, "saved_at": stamp()}
    )
    assert draft.status_code == 200 and draft.json()["submission"]["status"] == "draft"
    early = await client.put(
        f"{path}/submission",
        {"answers": {"strongest": "Payday"}, "saved_at": stamp(), "submit": True},
    )
    assert early.status_code == 400 and "Please answer" in early.json()["detail"]

    sent = await client.put(
        f"{path}/submission", {"answers": FULL_ANSWERS, "saved_at": stamp(), "submit": True}
    )
    assert sent.status_code == 200 and sent.json()["submission"]["status"] == "submitted"
    assert sent.json()["submission"]["revision"] == 1

    waiting = (await counselor.get("/api/counselor/submissions")).json()
    assert [item["client_name"] for item in waiting] == [personas.client.display_name]
    submission_id = waiting[0]["submission_id"]
    seen = await counselor.get(f"/api/counselor/submissions/{submission_id}")
    assert seen.json()["assignment"]["submission"]["answers"]["places"] == [SECRET_WORDS]

    returned = await counselor.post(
        f"/api/counselor/submissions/{submission_id}/review",
        {"action": "returned", "feedback": "Add one more place, please."},
    )
    assert (
        returned.status_code == 200
        and returned.json()["assignment"]["submission"]["status"] == "returned"
    )
    mine = (await client.get(path)).json()["submission"]
    assert mine["status"] == "returned" and mine["feedback"] == "Add one more place, please."

    revised = {**FULL_ANSWERS, "places": [SECRET_WORDS, "the gas station"]}
    still_returned = await client.put(
        f"{path}/submission", {"answers": revised, "saved_at": stamp(1)}
    )
    assert still_returned.json()["submission"]["status"] == "returned"
    again = await client.put(
        f"{path}/submission", {"answers": revised, "saved_at": stamp(2), "submit": True}
    )
    assert (
        again.json()["submission"]["status"] == "submitted"
        and again.json()["submission"]["revision"] == 2
    )

    reviewed = await counselor.post(
        f"/api/counselor/submissions/{submission_id}/review",
        {"action": "reviewed", "feedback": "Good work."},
    )
    assert reviewed.json()["assignment"]["submission"]["status"] == "reviewed"
    assert (await client.get(path)).json()["submission"]["feedback"] == "Good work."
    assert (await counselor.get("/api/counselor/submissions")).json() == []
    detail = (await counselor.get(f"/api/counselor/assignments/{assigned['id']}")).json()
    assert (
        detail["assignment"]["progress"]["done"] == 1
        and detail["recipients"][0]["status"] == "reviewed"
    )


async def test_a_late_replayed_draft_never_overwrites_newer_words(assigned, personas, signed_in):
    client = await signed_in(personas.client)
    path = f"/api/homework/{assigned['id']}/submission"
    older, newer = stamp(-60), stamp()
    await client.put(path, {"answers": {"strongest": "newer words"}, "saved_at": newer})
    late = await client.put(path, {"answers": {"strongest": "older words"}, "saved_at": older})
    assert late.status_code == 200
    assert late.json()["submission"]["answers"] == {"strongest": "newer words"}


async def test_submitting_twice_answers_the_same_and_different_answers_are_refused(
    assigned, personas, signed_in
):
    client = await signed_in(personas.client)
    path = f"/api/homework/{assigned['id']}/submission"
    body = {"answers": FULL_ANSWERS, "saved_at": stamp(), "submit": True}
    answers = await asyncio.gather(client.put(path, body), client.put(path, body))
    assert [a.status_code for a in answers] == [200, 200]
    assert {a.json()["submission"]["revision"] for a in answers} == {1}
    changed = await client.put(
        path, {**body, "answers": {**FULL_ANSWERS, "plan": "something else"}}
    )
    assert changed.status_code == 409 and "already submitted" in changed.json()["detail"]
    draft = await client.put(path, {"answers": {"plan": "x"}, "saved_at": stamp(5)})
    assert draft.status_code == 409
    row = await Submission.select(Submission.status, Submission.revision).first()
    assert row == {"status": "submitted", "revision": 1}


async def test_answers_of_the_wrong_kind_are_refused_on_submit_and_left_out_of_a_draft(
    assigned, personas, signed_in
):
    client = await signed_in(personas.client)
    path = f"/api/homework/{assigned['id']}/submission"
    await client.put(path, {"answers": {"strongest": "kept"}, "saved_at": stamp(-5)})
    for answers, words in [
        ({"confidence": 11}, "from 0 to 10"),
        ({"confidence": "six"}, "takes a number"),
        ({"people": "one"}, "a list of lines"),
        ({"strongest": 3}, "takes text"),
    ]:
        answer = await client.put(
            path, {"answers": {**FULL_ANSWERS, **answers}, "saved_at": stamp(), "submit": True}
        )
        assert answer.status_code == 400 and words in answer.json()["detail"], answer.text
    assert (await client.get(f"/api/homework/{assigned['id']}")).json()["submission"][
        "answers"
    ] == {"strongest": "kept"}
    draft = await client.put(
        path, {"answers": {"confidence": 11, "plan": "fits"}, "saved_at": stamp()}
    )
    naive = await client.put(path, {"answers": {}, "saved_at": "2026-11-24T10:00:00"})
    assert naive.status_code == 400 and "timezone offset" in naive.json()["detail"]
    assert draft.status_code == 200 and draft.json()["submission"]["answers"] == {"plan": "fits"}
    assert (await client.get(f"/api/homework/{assigned['id']}")).json()["submission"][
        "answers"
    ] == {"plan": "fits"}


async def test_an_assignment_can_be_edited_until_someone_submits(assigned, personas, signed_in):
    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    path = f"/api/counselor/assignments/{assigned['id']}"
    edited = await counselor.patch(
        path, {"title": "Trigger map (short)", "prompts": assigned["prompts"][:2]}
    )
    assert (
        edited.status_code == 200
        and edited.json()["title"] == "Trigger map (short)"
        and edited.json()["editable"]
    )
    # a phone offline since before the edit still answers the old prompts: the rest of its words stay
    draft = await client.put(
        f"/api/homework/{assigned['id']}/submission",
        {"answers": {"people": ["a"], "plan": "gone prompt"}, "saved_at": stamp()},
    )
    assert draft.json()["submission"]["answers"] == {"people": ["a"]}
    await client.put(
        f"/api/homework/{assigned['id']}/submission",
        {"answers": {"people": ["a"], "places": ["b"]}, "saved_at": stamp(1), "submit": True},
    )
    refused = await counselor.patch(path, {"title": "Too late"})
    assert refused.status_code == 409
    assert (await Assignment.select(Assignment.title).first())["title"] == "Trigger map (short)"


async def test_assigning_is_refused_with_a_clear_message(schedule, personas, signed_in):
    counselor = await signed_in(personas.counselor)
    base = trigger_map()
    cases = [
        ({**base, "track_id": schedule.evening_track}, "Choose when the homework is due"),
        ({**base, "track_id": schedule.evening_track, "due_at": stamp(-60)}, "already passed"),
        ({**base}, "exactly one"),
        (
            {
                **base,
                "client_id": personas.client.id,
                "track_id": schedule.evening_track,
                "due_at": stamp(3600),
            },
            "exactly one",
        ),
        (
            {
                **base,
                "client_id": personas.client.id,
                "due_at": stamp(3600),
                "prompts": [
                    {
                        "key": "a",
                        "kind": "choice",
                        "label": "Pick",
                        "options": [{"value": "x", "label": "X"}],
                    }
                ],
            },
            "at least two choices",
        ),
        (
            {
                **base,
                "client_id": personas.client.id,
                "due_at": stamp(3600),
                "prompts": [
                    {"key": "a", "kind": "text", "label": "One"},
                    {"key": "a", "kind": "text", "label": "Two"},
                ],
            },
            "repeated: a",
        ),
    ]
    for body, words in cases:
        answer = await counselor.post("/api/counselor/assignments", body)
        assert answer.status_code == 400 and words in answer.json()["detail"], (body, answer.text)
    assert await Assignment.count() == 0


async def test_counselors_reach_only_their_tracks_clients_and_submissions(
    assigned, schedule, personas, signed_in
):
    other = await signed_in(personas.other_counselor)
    for path in [f"/api/counselor/assignments/{assigned['id']}"]:
        assert (await other.get(path)).status_code == 404
    assert (
        await other.patch(f"/api/counselor/assignments/{assigned['id']}", {"title": "x"})
    ).status_code == 404
    refused = [
        {**trigger_map(), "track_id": schedule.evening_track, "due_at": stamp(3600)},
        {**trigger_map(), "client_id": personas.client.id, "due_at": stamp(3600)},
        {**trigger_map(), "occurrence_id": assigned["occurrence_id"]},
    ]
    for body in refused:
        assert (await other.post("/api/counselor/assignments", body)).status_code == 404
    submission = await Submission.select(Submission.id).first()
    assert (await other.get(f"/api/counselor/submissions/{submission['id']}")).status_code == 404
    assert (
        await other.post(
            f"/api/counselor/submissions/{submission['id']}/review", {"action": "reviewed"}
        )
    ).status_code == 404
    assert (await other.get("/api/counselor/assignments")).json() == []
    assert await AuditEvent.count().where(AuditEvent.action == "access.denied") >= 7


async def test_a_client_sees_only_their_own_homework_and_no_staff_routes(
    assigned, personas, signed_in, new_browser
):
    second = await signed_in(personas.second_client)
    assert (await second.get("/api/homework")).json() == []
    assert (await second.get(f"/api/homework/{assigned['id']}")).status_code == 404
    stolen = await second.put(
        f"/api/homework/{assigned['id']}/submission", {"answers": {}, "saved_at": stamp()}
    )
    assert stolen.status_code == 404
    # a role without the route gets 403 (server/security/guards.py)
    assert (await second.get("/api/counselor/submissions")).status_code == 403
    assert (await second.post("/api/counselor/assignments", trigger_map())).status_code == 403
    signed_out = new_browser()
    assert (await signed_out.get("/api/homework")).status_code == 401


async def test_today_and_the_caseload_show_homework(assigned, personas, signed_in):
    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    card = next(
        c for c in (await client.get("/api/me/today")).json()["cards"] if c["card"] == "homework"
    )
    assert (
        card["open"] == 1
        and card["overdue"] == 0
        and card["next"]["assignment_id"] == assigned["id"]
    )
    caseload = (await counselor.get("/api/counselor/caseload")).json()["clients"]
    assert [(c["client_id"], c["homework"]) for c in caseload] == [
        (personas.client.id, {"open": 1, "overdue": 0})
    ]
    assert caseload[0]["meetings"]["logged"] == 0


async def test_overdue_homework_is_flagged(schedule, personas):
    counselor = user_of(personas.counselor)
    made = await services.assign(
        counselor,
        services.AssignmentIn(
            title="HALT check",
            prompts=library.starter_template("starter-halt-check").prompts,
            client_id=personas.client.id,
            due_at=now() + timedelta(hours=1),
        ),
        now(),
    )
    later = now() + timedelta(hours=2)
    card = await services.homework_card(user_of(personas.client), later)
    assert card.overdue == 1 and card.next.overdue and card.next.assignment_id == made.id


async def test_templates_the_starter_library_and_a_counselors_own(personas, signed_in):
    counselor, other = (
        await signed_in(personas.counselor),
        await signed_in(personas.other_counselor),
    )
    listed = (await counselor.get("/api/counselor/templates")).json()
    titles = {t["title"] for t in listed if t["starter"]}
    assert {
        "Trigger map",
        "Relapse-prevention plan",
        "Decisional balance",
        "Coping-skills practice log",
        "Gratitude and wins",
        "Values",
        "HALT check",
    } <= titles
    kinds = {p["kind"] for t in listed for p in t["prompts"]}
    assert kinds == {"text", "scale", "choice", "list"}
    made = await counselor.post(
        "/api/counselor/templates",
        {
            "title": "Weekend plan",
            "prompts": [{"key": "plan", "kind": "text", "label": "My weekend plan"}],
        },
    )
    assert made.status_code == 201 and made.json()["mine"]
    tid = made.json()["id"]
    edited = await counselor.put(
        f"/api/counselor/templates/{tid}",
        {
            "title": "Weekend plan v2",
            "prompts": [{"key": "plan", "kind": "text", "label": "My weekend plan"}],
        },
    )
    assert edited.json()["title"] == "Weekend plan v2"
    assert (
        await other.put(
            f"/api/counselor/templates/{tid}",
            {"title": "mine now", "prompts": [{"key": "plan", "kind": "text", "label": "x"}]},
        )
    ).status_code == 404
    assert tid not in {t["id"] for t in (await other.get("/api/counselor/templates")).json()}
    starter = await counselor.put(
        "/api/counselor/templates/starter-values",
        {"title": "x", "prompts": [{"key": "plan", "kind": "text", "label": "x"}]},
    )
    assert starter.status_code == 409
    assert (await counselor.delete(f"/api/counselor/templates/{tid}")).status_code == 204
    assert tid not in {t["id"] for t in (await counselor.get("/api/counselor/templates")).json()}


async def test_no_audit_row_holds_the_clients_words(assigned, personas, signed_in):
    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    await client.put(
        f"/api/homework/{assigned['id']}/submission",
        {"answers": FULL_ANSWERS, "saved_at": stamp(), "submit": True},
    )
    submission = await Submission.select(Submission.id).first()
    await counselor.get(f"/api/counselor/submissions/{submission['id']}")
    rows = await AuditEvent.select()
    assert rows and not any(SECRET_WORDS in str(value) for row in rows for value in row.values())
    assert {row["action"] for row in rows} >= {
        services.ASSIGNED,
        services.SUBMITTED,
        services.SUBMISSION_VIEWED,
    }


# --- what a review found: replays, edits under an offline phone, values out of range ---------------


async def test_a_submit_replayed_after_the_work_was_returned_does_not_undo_the_return(
    assigned, personas, signed_in
):
    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    path = f"/api/homework/{assigned['id']}/submission"
    first = {"answers": FULL_ANSWERS, "saved_at": stamp(-30), "submit": True}
    await client.put(path, first)
    submission = await Submission.select(Submission.id).first()
    await counselor.post(
        f"/api/counselor/submissions/{submission['id']}/review",
        {"action": "returned", "feedback": "More"},
    )
    await client.put(
        path, {"answers": {**FULL_ANSWERS, "plan": "REVISED WORDS"}, "saved_at": stamp(-10)}
    )

    replay = await client.put(path, first)  # the phone never saw the first answer and sends again

    assert replay.status_code == 200 and replay.json()["submission"]["status"] == "returned"
    row = await Submission.select(
        Submission.status, Submission.revision, Submission.answers
    ).first()
    assert (
        row["status"] == "returned" and row["revision"] == 1 and "REVISED WORDS" in row["answers"]
    )


async def test_a_draft_typed_before_a_prompt_changed_keeps_the_words_that_still_fit(
    assigned, personas, signed_in
):
    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    prompts = [dict(p) for p in assigned["prompts"]]
    strongest = next(p for p in prompts if p["key"] == "strongest")
    strongest.update(kind="scale", low=0, high=10)
    assert (
        await counselor.patch(f"/api/counselor/assignments/{assigned['id']}", {"prompts": prompts})
    ).status_code == 200

    draft = await client.put(
        f"/api/homework/{assigned['id']}/submission",
        {
            "answers": {"people": ["kept"], "plan": "long words", "strongest": "text, now a scale"},
            "saved_at": stamp(),
        },
    )

    assert draft.status_code == 200
    assert draft.json()["submission"]["answers"] == {"people": ["kept"], "plan": "long words"}


async def test_ids_beyond_the_databases_range_are_refused_not_a_server_error(
    assigned, schedule, personas, signed_in
):
    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    big = "99999999999999999999"
    answers = [
        await client.get(f"/api/homework/{big}"),
        await client.put(f"/api/homework/{2**31}/submission", {"answers": {}, "saved_at": stamp()}),
        await counselor.get(f"/api/counselor/assignments/{big}"),
        await counselor.get(f"/api/counselor/assignments?occurrence={2**40}"),
        await counselor.get(f"/api/counselor/submissions/{2**31}"),
        await counselor.put(
            f"/api/counselor/templates/{big}",
            {"title": "x", "prompts": [{"key": "a", "kind": "text", "label": "a"}]},
        ),
        await counselor.delete("/api/counselor/templates/²"),
        await counselor.delete("/api/counselor/templates/12abc"),
        await counselor.post(
            "/api/counselor/assignments",
            {**trigger_map(), "client_id": 2**31, "due_at": stamp(3600)},
        ),
        await counselor.post(
            "/api/counselor/assignments", {**trigger_map(), "occurrence_id": 2**63}
        ),
        await counselor.post(
            "/api/counselor/assignments",
            {
                **trigger_map(),
                "client_id": personas.client.id,
                "due_at": stamp(3600),
                "template_id": "²",
            },
        ),
    ]
    assert [a.status_code for a in answers] == [
        400,
        400,
        400,
        400,
        400,
        404,
        404,
        404,
        400,
        400,
        400,
    ], [a.text for a in answers]
    assert all(a.json()["detail"] for a in answers)


async def test_dates_out_of_range_are_refused_or_ordered_sensibly(assigned, personas, signed_in):
    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    far = await counselor.post(
        "/api/counselor/assignments",
        {**trigger_map(), "client_id": personas.client.id, "due_at": "9999-12-31T23:59:59-05:00"},
    )
    assert far.status_code == 400 and "more than a year away" in far.json()["detail"]
    path = f"/api/homework/{assigned['id']}/submission"
    ahead = await client.put(
        path,
        {"answers": {"plan": "from a clock far ahead"}, "saved_at": "9999-12-31T23:59:59-05:00"},
    )
    assert ahead.status_code == 200
    later = await client.put(
        path, {"answers": {"plan": "from a right clock, later"}, "saved_at": stamp(1)}
    )
    assert later.json()["submission"]["answers"] == {"plan": "from a right clock, later"}
    ancient = await client.put(
        path, {"answers": {"plan": "year one"}, "saved_at": "0001-01-01T00:00:00+05:00"}
    )
    assert ancient.status_code == 200 and ancient.json()["submission"]["answers"] == {
        "plan": "from a right clock, later"
    }


@ONLY_POSTGRES
async def test_text_postgresql_cannot_store_is_refused_with_a_clear_message(
    schedule, personas, signed_in
):
    counselor = await signed_in(personas.counselor)
    answer = await counselor.post(
        "/api/counselor/assignments",
        {
            **trigger_map(),
            "title": "nul \x00 inside",
            "client_id": personas.client.id,
            "due_at": stamp(3600),
        },
    )
    assert answer.status_code == 400 and "NUL" in answer.json()["detail"]
    assert await Assignment.count() == 0


async def test_staff_never_see_drafts_nor_a_client_moved_to_another_counselor(
    assigned, personas, signed_in
):
    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    await client.put(
        f"/api/homework/{assigned['id']}/submission",
        {"answers": {"plan": "PRIVATE DRAFT"}, "saved_at": stamp()},
    )
    submission = await Submission.select(Submission.id).first()
    assert (
        await counselor.get(f"/api/counselor/submissions/{submission['id']}")
    ).status_code == 404
    await client.put(
        f"/api/homework/{assigned['id']}/submission",
        {"answers": FULL_ANSWERS, "saved_at": stamp(1), "submit": True},
    )
    assert (
        await counselor.get(f"/api/counselor/submissions/{submission['id']}")
    ).status_code == 200
    # moved to the other counselor and out of the tracks this counselor facilitates
    await move_care_team(personas.client, personas.other_counselor)
    await SessionSeries.update({SessionSeries.ended: True}).where(
        SessionSeries.facilitator == personas.counselor.id
    )
    assert (
        await counselor.get(f"/api/counselor/submissions/{submission['id']}")
    ).status_code == 404
    other = await signed_in(personas.other_counselor)
    assert (await other.get(f"/api/counselor/submissions/{submission['id']}")).status_code == 200


async def test_homework_cannot_be_assigned_from_a_cancelled_session(schedule, personas, signed_in):
    group = await next_group(schedule.evening_series)
    await SessionOccurrence.update({SessionOccurrence.status: "cancelled"}).where(
        SessionOccurrence.id == group["id"]
    )
    counselor = await signed_in(personas.counselor)
    answer = await counselor.post(
        "/api/counselor/assignments", {**trigger_map(), "occurrence_id": group["id"]}
    )
    assert answer.status_code == 400 and "cancelled" in answer.json()["detail"]


async def test_a_blank_title_is_refused(schedule, personas, signed_in):
    counselor = await signed_in(personas.counselor)
    answer = await counselor.post(
        "/api/counselor/assignments",
        {**trigger_map(), "title": "   ", "client_id": personas.client.id, "due_at": stamp(3600)},
    )
    assert answer.status_code == 400 and "title" in answer.json()["detail"]
