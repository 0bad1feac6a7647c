"""The staff caseload table: one row per client with what needs attention, filters, an admin's
whole clinic, each row audited, and a fixed number of queries whatever the caseload's size."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest

from server.accounts.tables import Account, ClientProfile
from server.audit.tables import AuditEvent
from server.homework.tables import Assignment, Submission
from server.programs import recurrence
from server.programs.tables import SessionOccurrence
from server.testing.tables import DrugTest
from server.today import services
from tests.helpers import DENVER, add_account, on_care_team


def local_today():
    return datetime.now(timezone.utc).astimezone(recurrence.zone(DENVER)).date()


def checkin(**changes) -> dict:
    data = {
        "id": str(uuid.uuid4()),
        "local_date": str(local_today()),
        "mood": 3,
        "craving": 2,
        "used": False,
        "medication": "yes",
        "sleep_hours": 7.5,
        "safety_concern": False,
    }
    data.update(changes)
    return data


async def check_in(signed_in, persona, **changes) -> dict:
    browser = await signed_in(persona)
    answer = await browser.post("/api/checkins", checkin(**changes))
    assert answer.status_code in (200, 201), answer.text
    return answer.json()


async def add_test(client_id: int, start: datetime, hours: int = 8, kind: str = "random") -> None:
    await DrugTest.insert(
        DrugTest(
            client=client_id,
            kind=kind,
            local_date=start.astimezone(recurrence.zone(DENVER)).date(),
            window_start_at=start,
            window_end_at=start + timedelta(hours=hours),
            created_at=datetime.now(timezone.utc),
        )
    )


async def rows(browser, **params) -> dict:
    answer = await browser.get("/api/counselor/caseload", params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()


async def test_a_row_shows_track_risk_last_check_in_next_session_and_next_test(
    schedule, personas, signed_in
):
    await check_in(signed_in, personas.client, safety_concern=True)  # urgent: an alert is raised
    soon = datetime.now(timezone.utc) + timedelta(days=1)
    await add_test(personas.client.id, soon)
    counselor = await signed_in(personas.counselor)
    body = await rows(counselor)
    [row] = body["clients"]
    assert (body["total"], body["limit"], body["scanned_all"]) == (1, 200, True)
    assert row["track"] == {
        "id": schedule.evening_track,
        "name": "Evening IOP",
        "program": "Test IOP",
        "program_id": schedule.program_id,
    }
    assert body["tracks"] == [row["track"]]
    assert row["risk"] == {"level": "urgent", "alert_open": True}
    assert row["last_checkin"] == {"date": str(local_today()), "risk": "urgent", "reviewed": False}
    upcoming = (
        await SessionOccurrence.select(SessionOccurrence.id, SessionOccurrence.starts_at)
        .where(
            (SessionOccurrence.series == schedule.evening_series)
            & (SessionOccurrence.ends_at > datetime.now(timezone.utc))
        )
        .order_by(SessionOccurrence.starts_at)
        .first()
    )
    assert row["next_session"]["id"] == upcoming["id"]
    assert row["next_session"]["title"] == "Evening group"
    assert row["next_test"]["kind"] == "random" and row["next_test"]["overdue"] is False
    assert {"alert_open", "unreviewed_urgent"} <= set(row["reasons"])
    assert row["needs_attention"] is True


async def test_the_reasons_follow_the_rules_and_a_calm_client_needs_nothing(
    schedule, personas, signed_in
):
    counselor = await signed_in(personas.counselor)
    await check_in(signed_in, personas.client)  # checked in today: not missed
    [row] = (await rows(counselor))["clients"]
    assert "missed_checkins" not in row["reasons"]
    assert row["risk"] == {"level": "normal", "alert_open": False}
    hours_short = row["hours"] is not None and not row["hours"]["can_reach_minimum"]
    assert ("hours_short" in row["reasons"]) == hours_short
    assert row["needs_attention"] == bool(row["reasons"])
    # Overdue homework adds its reason.
    now = datetime.now(timezone.utc)
    assignment = await Assignment.insert(
        Assignment(
            title="Triggers",
            prompts="[]",
            assigned_by=personas.counselor.id,
            assigned_at=now - timedelta(days=3),
            due_at=now - timedelta(days=1),
        )
    )
    await Submission.insert(
        Submission(assignment=assignment[0]["id"], client=personas.client.id, status="assigned")
    )
    [row] = (await rows(counselor))["clients"]
    assert row["homework"] == {"open": 1, "overdue": 1} and "homework_overdue" in row["reasons"]


async def test_unit_reasons_in_their_fixed_order():
    from server.checkins.schemas import CaseloadCheckins
    from server.programs.schemas import WeekHours
    from server.today.schemas import CaseloadEntry, CaseloadHomework, RiskFlag

    entry = CaseloadEntry(
        client_id=1,
        name="A",
        hours=WeekHours("P", local_today(), 0, 540, 100, False),
        checkins=CaseloadCheckins(None, True, {"urgent": 1, "high": 2, "normal": 0}),
        homework=CaseloadHomework(open=1, overdue=1),
        meetings=None,
        track=None,
        risk=RiskFlag(level="urgent", alert_open=True),
        last_checkin=None,
        next_session=None,
        next_test=None,
        needs_attention=True,
        reasons=[],
    )
    assert services.reasons(entry) == [
        "alert_open",
        "unreviewed_urgent",
        "unreviewed_high",
        "missed_checkins",
        "hours_short",
        "homework_overdue",
    ]
    calm = CaseloadEntry(
        **{
            **{f: getattr(entry, f) for f in entry.__struct_fields__},
            "hours": WeekHours("P", local_today(), 540, 540, 0, True),
            "checkins": CaseloadCheckins(
                local_today(), False, {"urgent": 0, "high": 0, "normal": 3}
            ),
            "homework": CaseloadHomework(open=2, overdue=0),
            "risk": RiskFlag(level="normal", alert_open=False),
        }
    )
    assert services.reasons(calm) == []


async def test_an_admin_sees_every_active_client_and_can_narrow_it(
    schedule, personas, signed_in, persona_hash
):
    gone = await add_account(
        "gone@example.org", "Gone Client", "client", persona_hash, active=False
    )
    await ClientProfile.insert(ClientProfile(account=gone.id))
    admin = await signed_in(personas.admin)
    body = await rows(admin)
    assert {r["client_id"] for r in body["clients"]} == {
        personas.client.id,
        personas.second_client.id,
    }
    assert body["total"] == 2 and body["scanned_all"] is True
    assert {t["name"] for t in body["tracks"]} >= {"Evening IOP", "Morning IOP"}
    named = await rows(admin, q="  sKy ")
    assert [r["name"] for r in named["clients"]] == ["Sky Client"] and named["total"] == 1
    morning = await rows(admin, track=schedule.morning_track)
    assert [r["client_id"] for r in morning["clients"]] == [personas.second_client.id]
    one = await rows(admin, limit=1)
    assert len(one["clients"]) == 1 and one["total"] == 2
    audited = await AuditEvent.select(AuditEvent.patient).where(
        (AuditEvent.action == "caseload.viewed") & (AuditEvent.actor == personas.admin.id)
    )
    assert sorted(a["patient"] for a in audited) == sorted(
        [personas.client.id, personas.second_client.id]  # everyone
        + [personas.second_client.id] * 2  # by name, by track
        + [one["clients"][0]["client_id"]]  # only the row shown
    )


async def test_a_counselor_sees_only_their_care_teams(schedule, personas, signed_in):
    counselor = await signed_in(personas.counselor)
    assert [r["client_id"] for r in (await rows(counselor))["clients"]] == [personas.client.id]
    other = await rows(counselor, track=schedule.morning_track)
    assert other["clients"] == [] and other["total"] == 0  # another's track: nobody of theirs
    assert (await rows(counselor, q="Sky"))["clients"] == []


async def test_needing_attention_comes_first_and_the_filters_keep_only_those(
    schedule, personas, signed_in, persona_hash
):
    calm = await add_account("aaron@example.org", "Aaron Calm", "client", persona_hash)
    await ClientProfile.insert(ClientProfile(account=calm.id))
    await on_care_team(personas.counselor, calm)
    await check_in(signed_in, calm)
    await check_in(signed_in, personas.client, craving=10)  # high risk
    counselor = await signed_in(personas.counselor)
    body = await rows(counselor)
    names = [(r["name"], r["needs_attention"]) for r in body["clients"]]
    assert names == [("Casey Client", True), ("Aaron Calm", False)], names
    attention = await rows(counselor, attention="true")
    assert [r["name"] for r in attention["clients"]] == ["Casey Client"]
    assert attention["total"] == 1
    short = await rows(counselor, short="true")
    assert all("hours_short" in r["reasons"] for r in short["clients"])


@pytest.mark.parametrize(
    "params",
    [
        {"limit": "0"},
        {"limit": "501"},
        {"limit": "many"},
        {"track": "0"},
        {"track": "evening"},
        {"attention": "maybe"},
        {"q": "x" * 101},
    ],
)
async def test_bad_filters_are_a_clear_400(personas, signed_in, params):
    counselor = await signed_in(personas.counselor)
    answer = await counselor.get("/api/counselor/caseload", params=params)
    assert answer.status_code == 400, answer.text


async def test_a_client_cannot_read_the_caseload(personas, signed_in):
    client = await signed_in(personas.client)
    assert (await client.get("/api/counselor/caseload")).status_code == 403


async def test_the_number_of_queries_does_not_grow_with_the_caseload(
    schedule, personas, persona_hash, engine, monkeypatch
):
    """No per-client queries: 1 client and 13 clients cost the same number of statements."""
    from tests.helpers import user_of

    counted = []
    for name in ("run_querystring", "run_compiled"):
        original = getattr(engine, name)

        async def counting(*args, _original=original, **kwargs):
            counted.append(1)
            return await _original(*args, **kwargs)

        monkeypatch.setattr(engine, name, counting)
    query = services.CaseloadQuery()
    now = datetime.now(timezone.utc)
    counselor = user_of(personas.counselor)

    async def add_clients(first: int, count: int) -> None:
        more = [
            await add_account(f"c{n}@example.org", f"Client {n:02}", "client", persona_hash)
            for n in range(first, first + count)
        ]
        await ClientProfile.insert(*(ClientProfile(account=p.id) for p in more))
        await on_care_team(personas.counselor, *more)

    await add_clients(0, 1)  # one enrolled client and one without any session
    counted.clear()
    two = await services.caseload(counselor, now, query)
    small = len(counted)
    await add_clients(1, 11)
    counted.clear()
    many = await services.caseload(counselor, now, query)
    assert (len(two.clients), len(many.clients)) == (2, 13)
    assert len(counted) == small, (small, len(counted))
    assert await Account.count() > 13  # not vacuous


async def test_the_check_in_flags_equal_the_check_in_features_own(
    schedule, personas, signed_in, persona_hash
):
    """The caseload reads check-in flags with its other parts; they equal
    checkins.caseload_checkins for clients missed or not, under a program's own rule, with
    unreviewed check-ins of each risk, and without an enrollment."""
    from server.checkins import services as checkins
    from server.checkins.tables import Checkin, CheckinPolicy

    lone = await add_account("lone@example.org", "Lone Client", "client", persona_hash)
    await ClientProfile.insert(ClientProfile(account=lone.id))
    await on_care_team(personas.counselor, lone)
    await CheckinPolicy.insert(CheckinPolicy(program=schedule.program_id, missed_days=3))
    yesterday = local_today() - timedelta(days=1)
    await check_in(signed_in, personas.client, local_date=str(yesterday - timedelta(days=2)))
    await check_in(signed_in, personas.client, local_date=str(yesterday), safety_concern=True)
    await check_in(signed_in, personas.second_client, local_date=str(yesterday - timedelta(days=3)))
    await check_in(signed_in, lone, craving=10)
    await Checkin.update({Checkin.reviewed_at: datetime.now(timezone.utc)}).where(
        Checkin.local_date == yesterday - timedelta(days=2)
    )
    ids = [personas.client.id, personas.second_client.id, lone.id]
    people = await Account.select(Account.id, Account.display_name, Account.timezone).where(
        Account.id.is_in(ids)
    )
    now = datetime.now(timezone.utc)
    for at in (now, now + timedelta(days=1), now + timedelta(days=3)):
        rows = {row.client_id: row.checkins for row in await services.compose(people, at)}
        assert rows == await checkins.caseload_checkins(ids, at), at
    flags = await checkins.caseload_checkins(ids, now + timedelta(days=1))
    assert {c: f.missed for c, f in flags.items()} == {  # not vacuous: both ways
        personas.client.id: False,
        personas.second_client.id: True,
        lone.id: False,
    }
