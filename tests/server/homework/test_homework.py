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
from server.programs.tables import SessionOccurrence
from tests.helpers import DENVER, add_account, user_of

SECRET_WORDS = "my brother's bar on 5th street"


def now() -> datetime:
    return datetime.now(timezone.utc)


def stamp(offset_seconds: float = 0) -> str:
    return (now() + timedelta(seconds=offset_seconds)).isoformat()


async def next_group(series_id: int) -> dict:
    return await SessionOccurrence.select().where(
        (SessionOccurrence.series == series_id) & (SessionOccurrence.starts_at > now())
    ).order_by(SessionOccurrence.starts_at).first()


def trigger_map() -> dict:
    template = library.starter_template("starter-trigger-map")
    import msgspec

    return {"title": template.title, "instructions": "Before Thursday's group.",
            "prompts": msgspec.to_builtins(template.prompts), "template_id": template.id}


FULL_ANSWERS = {"people": ["an old friend"], "places": [SECRET_WORDS], "feelings": ["bored"],
                "strongest": "Payday evenings.", "confidence": 6, "plan": "Call my sponsor on the way home."}


@pytest.fixture
async def assigned(schedule, personas, signed_in):
    """The counselor assigns the trigger map from the evening group's next session."""
    counselor = await signed_in(personas.counselor)
    group = await next_group(schedule.evening_series)
    answer = await counselor.post("/api/counselor/assignments", {**trigger_map(), "occurrence_id": group["id"]})
    assert answer.status_code == 201, answer.text
    return answer.json()


async def test_assigning_from_a_group_reaches_exactly_the_clients_enrolled_that_day(schedule, personas, signed_in, persona_hash):
    group = await next_group(schedule.evening_series)
    day = group["starts_at"].astimezone(recurrence.zone(DENVER)).date()  # the program-local day
    later = await add_account("late@example.org", "Lee Later", "client", persona_hash)
    gone = await add_account("gone@example.org", "Gil Gone", "client", persona_hash)
    await ClientProfile.insert(ClientProfile(account=later.id, primary_counselor=personas.counselor.id),
                               ClientProfile(account=gone.id, primary_counselor=personas.counselor.id))
    await setup.enroll(EnrollmentIn(client_id=later.id, track_id=schedule.evening_track, starts_on=day + timedelta(days=2)))
    await setup.enroll(EnrollmentIn(client_id=gone.id, track_id=schedule.evening_track, starts_on=schedule.first_day,
                                    ends_on=day - timedelta(days=1)))
    counselor = await signed_in(personas.counselor)

    answer = await counselor.post("/api/counselor/assignments", {**trigger_map(), "occurrence_id": group["id"]})

    assert answer.status_code == 201, answer.text
    got = await Submission.select(Submission.client).where(Submission.assignment == answer.json()["id"])
    assert [row["client"] for row in got] == [personas.client.id]  # not the morning track, not before or after
    assert answer.json()["progress"] == {"total": 1, "done": 0, "returned": 0, "reviewed": 0, "started": 0}
    assert await AuditEvent.count().where(AuditEvent.action == services.ASSIGNED) == 1


async def test_due_defaults_to_the_start_of_the_tracks_next_group(assigned, schedule):
    group = await SessionOccurrence.select().where(SessionOccurrence.id == assigned["occurrence_id"]).first()
    following = await SessionOccurrence.select().where(
        (SessionOccurrence.track == schedule.evening_track) & (SessionOccurrence.starts_at > group["ends_at"])
    ).order_by(SessionOccurrence.starts_at).first()
    assert datetime.fromisoformat(assigned["due_at"]) == following["starts_at"]


async def test_the_client_saves_drafts_submits_is_returned_revises_and_is_reviewed(assigned, personas, signed_in):
    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    path = f"/api/homework/{assigned['id']}"
    listed = (await client.get("/api/homework")).json()
    assert [(item["title"], item["status"]) for item in listed] == [("Trigger map", "assigned")]

    draft = await client.put(f"{path}/submission", {"answers": {"strongest": "Payday"}, "saved_at": stamp()})
    assert draft.status_code == 200 and draft.json()["submission"]["status"] == "draft"
    early = await client.put(f"{path}/submission", {"answers": {"strongest": "Payday"}, "saved_at": stamp(), "submit": True})
    assert early.status_code == 400 and "Please answer" in early.json()["detail"]

    sent = await client.put(f"{path}/submission", {"answers": FULL_ANSWERS, "saved_at": stamp(), "submit": True})
    assert sent.status_code == 200 and sent.json()["submission"]["status"] == "submitted"
    assert sent.json()["submission"]["revision"] == 1

    waiting = (await counselor.get("/api/counselor/submissions")).json()
    assert [item["client_name"] for item in waiting] == [personas.client.display_name]
    submission_id = waiting[0]["submission_id"]
    seen = await counselor.get(f"/api/counselor/submissions/{submission_id}")
    assert seen.json()["assignment"]["submission"]["answers"]["places"] == [SECRET_WORDS]

    returned = await counselor.post(f"/api/counselor/submissions/{submission_id}/review",
                                    {"action": "returned", "feedback": "Add one more place, please."})
    assert returned.status_code == 200 and returned.json()["assignment"]["submission"]["status"] == "returned"
    mine = (await client.get(path)).json()["submission"]
    assert mine["status"] == "returned" and mine["feedback"] == "Add one more place, please."

    revised = {**FULL_ANSWERS, "places": [SECRET_WORDS, "the gas station"]}
    still_returned = await client.put(f"{path}/submission", {"answers": revised, "saved_at": stamp(1)})
    assert still_returned.json()["submission"]["status"] == "returned"
    again = await client.put(f"{path}/submission", {"answers": revised, "saved_at": stamp(2), "submit": True})
    assert again.json()["submission"]["status"] == "submitted" and again.json()["submission"]["revision"] == 2

    reviewed = await counselor.post(f"/api/counselor/submissions/{submission_id}/review",
                                    {"action": "reviewed", "feedback": "Good work."})
    assert reviewed.json()["assignment"]["submission"]["status"] == "reviewed"
    assert (await client.get(path)).json()["submission"]["feedback"] == "Good work."
    assert (await counselor.get("/api/counselor/submissions")).json() == []
    detail = (await counselor.get(f"/api/counselor/assignments/{assigned['id']}")).json()
    assert detail["assignment"]["progress"]["done"] == 1 and detail["recipients"][0]["status"] == "reviewed"


async def test_a_late_replayed_draft_never_overwrites_newer_words(assigned, personas, signed_in):
    client = await signed_in(personas.client)
    path = f"/api/homework/{assigned['id']}/submission"
    older, newer = stamp(-60), stamp()
    await client.put(path, {"answers": {"strongest": "newer words"}, "saved_at": newer})
    late = await client.put(path, {"answers": {"strongest": "older words"}, "saved_at": older})
    assert late.status_code == 200
    assert late.json()["submission"]["answers"] == {"strongest": "newer words"}


async def test_submitting_twice_answers_the_same_and_different_answers_are_refused(assigned, personas, signed_in):
    client = await signed_in(personas.client)
    path = f"/api/homework/{assigned['id']}/submission"
    body = {"answers": FULL_ANSWERS, "saved_at": stamp(), "submit": True}
    answers = await asyncio.gather(client.put(path, body), client.put(path, body))
    assert [a.status_code for a in answers] == [200, 200]
    assert {a.json()["submission"]["revision"] for a in answers} == {1}
    changed = await client.put(path, {**body, "answers": {**FULL_ANSWERS, "plan": "something else"}})
    assert changed.status_code == 409 and "already submitted" in changed.json()["detail"]
    draft = await client.put(path, {"answers": {"plan": "x"}, "saved_at": stamp(5)})
    assert draft.status_code == 409
    row = await Submission.select(Submission.status, Submission.revision).first()
    assert row == {"status": "submitted", "revision": 1}


async def test_answers_of_the_wrong_kind_are_refused_and_nothing_changes(assigned, personas, signed_in):
    client = await signed_in(personas.client)
    path = f"/api/homework/{assigned['id']}/submission"
    await client.put(path, {"answers": {"strongest": "kept"}, "saved_at": stamp(-5)})
    for answers, words in [({"confidence": 11}, "from 0 to 10"), ({"confidence": "six"}, "takes a number"),
                           ({"people": "one"}, "a list of lines"), ({"strongest": 3}, "takes text")]:
        answer = await client.put(path, {"answers": answers, "saved_at": stamp()})
        assert answer.status_code == 400 and words in answer.json()["detail"], answer.text
    naive = await client.put(path, {"answers": {}, "saved_at": "2026-11-24T10:00:00"})
    assert naive.status_code == 400 and "timezone offset" in naive.json()["detail"]
    assert (await client.get(f"/api/homework/{assigned['id']}")).json()["submission"]["answers"] == {"strongest": "kept"}


async def test_an_assignment_can_be_edited_until_someone_submits(assigned, personas, signed_in):
    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    path = f"/api/counselor/assignments/{assigned['id']}"
    edited = await counselor.patch(path, {"title": "Trigger map (short)", "prompts": assigned["prompts"][:2]})
    assert edited.status_code == 200 and edited.json()["title"] == "Trigger map (short)" and edited.json()["editable"]
    # a phone offline since before the edit still answers the old prompts: the rest of its words stay
    draft = await client.put(f"/api/homework/{assigned['id']}/submission",
                             {"answers": {"people": ["a"], "plan": "gone prompt"}, "saved_at": stamp()})
    assert draft.json()["submission"]["answers"] == {"people": ["a"]}
    await client.put(f"/api/homework/{assigned['id']}/submission",
                     {"answers": {"people": ["a"], "places": ["b"]}, "saved_at": stamp(1), "submit": True})
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
        ({**base, "client_id": personas.client.id, "track_id": schedule.evening_track, "due_at": stamp(3600)}, "exactly one"),
        ({**base, "client_id": personas.client.id, "due_at": stamp(3600),
          "prompts": [{"key": "a", "kind": "choice", "label": "Pick", "options": [{"value": "x", "label": "X"}]}]},
         "at least two choices"),
        ({**base, "client_id": personas.client.id, "due_at": stamp(3600),
          "prompts": [{"key": "a", "kind": "text", "label": "One"}, {"key": "a", "kind": "text", "label": "Two"}]},
         "repeated: a"),
    ]
    for body, words in cases:
        answer = await counselor.post("/api/counselor/assignments", body)
        assert answer.status_code == 400 and words in answer.json()["detail"], (body, answer.text)
    assert await Assignment.count() == 0


async def test_counselors_reach_only_their_tracks_clients_and_submissions(assigned, schedule, personas, signed_in):
    other = await signed_in(personas.other_counselor)
    for path in [f"/api/counselor/assignments/{assigned['id']}"]:
        assert (await other.get(path)).status_code == 404
    assert (await other.patch(f"/api/counselor/assignments/{assigned['id']}", {"title": "x"})).status_code == 404
    refused = [
        {**trigger_map(), "track_id": schedule.evening_track, "due_at": stamp(3600)},
        {**trigger_map(), "client_id": personas.client.id, "due_at": stamp(3600)},
        {**trigger_map(), "occurrence_id": assigned["occurrence_id"]},
    ]
    for body in refused:
        assert (await other.post("/api/counselor/assignments", body)).status_code == 404
    submission = await Submission.select(Submission.id).first()
    assert (await other.get(f"/api/counselor/submissions/{submission['id']}")).status_code == 404
    assert (await other.post(f"/api/counselor/submissions/{submission['id']}/review", {"action": "reviewed"})).status_code == 404
    assert (await other.get("/api/counselor/assignments")).json() == []
    assert await AuditEvent.count().where(AuditEvent.action == "access.denied") >= 7


async def test_a_client_sees_only_their_own_homework_and_no_staff_routes(assigned, personas, signed_in, new_browser):
    second = await signed_in(personas.second_client)
    assert (await second.get("/api/homework")).json() == []
    assert (await second.get(f"/api/homework/{assigned['id']}")).status_code == 404
    stolen = await second.put(f"/api/homework/{assigned['id']}/submission", {"answers": {}, "saved_at": stamp()})
    assert stolen.status_code == 404
    # a role without the route gets the same 404 as a path that does not exist (server/security/guards.py)
    assert (await second.get("/api/counselor/submissions")).status_code == 404
    assert (await second.post("/api/counselor/assignments", trigger_map())).status_code == 404
    signed_out = new_browser()
    assert (await signed_out.get("/api/homework")).status_code == 401


async def test_today_and_the_caseload_show_homework(assigned, personas, signed_in):
    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    card = next(c for c in (await client.get("/api/me/today")).json()["cards"] if c["card"] == "homework")
    assert card["open"] == 1 and card["overdue"] == 0 and card["next"]["assignment_id"] == assigned["id"]
    caseload = (await counselor.get("/api/counselor/caseload")).json()["clients"]
    assert [(c["client_id"], c["homework"]) for c in caseload] == [(personas.client.id, {"open": 1, "overdue": 0})]
    assert caseload[0]["meetings"]["logged"] == 0


async def test_overdue_homework_is_flagged(schedule, personas):
    counselor = user_of(personas.counselor)
    made = await services.assign(counselor, services.AssignmentIn(
        title="HALT check", prompts=library.starter_template("starter-halt-check").prompts,
        client_id=personas.client.id, due_at=now() + timedelta(hours=1)), now())
    later = now() + timedelta(hours=2)
    card = await services.homework_card(user_of(personas.client), later)
    assert card.overdue == 1 and card.next.overdue and card.next.assignment_id == made.id


async def test_templates_the_starter_library_and_a_counselors_own(personas, signed_in):
    counselor, other = await signed_in(personas.counselor), await signed_in(personas.other_counselor)
    listed = (await counselor.get("/api/counselor/templates")).json()
    titles = {t["title"] for t in listed if t["starter"]}
    assert {"Trigger map", "Relapse-prevention plan", "Decisional balance", "Coping-skills practice log",
            "Gratitude and wins", "Values", "HALT check"} <= titles
    kinds = {p["kind"] for t in listed for p in t["prompts"]}
    assert kinds == {"text", "scale", "choice", "list"}
    made = await counselor.post("/api/counselor/templates", {"title": "Weekend plan", "prompts": [
        {"key": "plan", "kind": "text", "label": "My weekend plan"}]})
    assert made.status_code == 201 and made.json()["mine"]
    tid = made.json()["id"]
    edited = await counselor.put(f"/api/counselor/templates/{tid}", {"title": "Weekend plan v2", "prompts": [
        {"key": "plan", "kind": "text", "label": "My weekend plan"}]})
    assert edited.json()["title"] == "Weekend plan v2"
    assert (await other.put(f"/api/counselor/templates/{tid}", {"title": "mine now", "prompts": [
        {"key": "plan", "kind": "text", "label": "x"}]})).status_code == 404
    assert tid not in {t["id"] for t in (await other.get("/api/counselor/templates")).json()}
    starter = await counselor.put("/api/counselor/templates/starter-values", {"title": "x", "prompts": [
        {"key": "plan", "kind": "text", "label": "x"}]})
    assert starter.status_code == 409
    assert (await counselor.delete(f"/api/counselor/templates/{tid}")).status_code == 204
    assert tid not in {t["id"] for t in (await counselor.get("/api/counselor/templates")).json()}


async def test_no_audit_row_holds_the_clients_words(assigned, personas, signed_in):
    client, counselor = await signed_in(personas.client), await signed_in(personas.counselor)
    await client.put(f"/api/homework/{assigned['id']}/submission", {"answers": FULL_ANSWERS, "saved_at": stamp(), "submit": True})
    submission = await Submission.select(Submission.id).first()
    await counselor.get(f"/api/counselor/submissions/{submission['id']}")
    rows = await AuditEvent.select()
    assert rows and not any(SECRET_WORDS in str(value) for row in rows for value in row.values())
    assert {row["action"] for row in rows} >= {services.ASSIGNED, services.SUBMITTED, services.SUBMISSION_VIEWED}
