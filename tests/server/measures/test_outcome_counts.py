"""The outcomes report's set-based counts (outcome_counts, B8's room) say what the plain rules
say: due windows by arithmetic equal a walk over `services.windows`, and the whole report equals
one computed from every row by the definitions, on a random program with track and client
schedules, ended and repeated enrollments, corrections, doubled and misplaced answers."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta, timezone

import pytest

from server.accounts.tables import Account, CareTeamMember
from server.measures import outcome_counts, outcomes
from server.measures import services as measures
from server.measures.instruments import INSTRUMENTS
from server.measures.schemas import ScheduleIn
from server.measures.tables import MeasureResponse, MeasureSchedule
from server.programs.tables import Enrollment, Program, Track
from tests.helpers import user_of

UTC = timezone.utc


def _walked(enrollment: dict, rule: ScheduleIn, first: date, last: date) -> list[date]:
    """The plain rules: every window of the rule that closed in first..last, by its start."""
    found = measures.windows(enrollment, rule, first - timedelta(days=rule.window_days), last)
    return sorted(w.start for w in found if first <= w.end <= last)


def _planned(plan: outcome_counts.WindowPlan) -> list[date]:
    starts = [day for day in (plan.intake, plan.discharge) if day is not None]
    if plan.step:
        day = plan.repeat_from
        while day <= plan.repeat_to:
            starts.append(day)
            day += timedelta(days=plan.step)
    return sorted(starts)


def test_due_windows_by_arithmetic_are_the_windows_walked():
    rng = random.Random(8)
    base = date(2026, 1, 1)
    for _ in range(6000):
        start = base + timedelta(days=rng.randint(0, 200))
        ends = start + timedelta(days=rng.randint(-3, 150)) if rng.random() < 0.5 else None
        window_days = rng.randint(1, 14)
        every = rng.choice([None, None, 7, 14, 28, rng.randint(7, 60)])
        if every is not None:
            window_days = min(window_days, every)
        rule = ScheduleIn(
            "phq9",
            at_intake=rng.random() < 0.7,
            every_days=every,
            at_discharge=rng.random() < 0.4,
            window_days=window_days,
        )
        first = base + timedelta(days=rng.randint(-30, 300))
        last = first + timedelta(days=rng.randint(-2, 200))
        enrollment = {"starts_on": start, "ends_on": ends}
        plan = outcome_counts.window_plan(enrollment, rule, first, last)
        walked = _walked(enrollment, rule, first, last) if last >= first else []
        assert plan.due == len(walked), (enrollment, rule, first, last)
        assert _planned(plan) == walked, (enrollment, rule, first, last)


# --- the whole report against the definitions, on a random program ------------------------------


async def _clinic(personas, rng: random.Random, today: date):
    """A program of three tracks (defaults; their own schedule; one that turns PHQ-9 off), 14
    clients split between two counselors, one client's own schedule, ended and repeated
    enrollments, a client of another program; answers in and out of windows."""
    now = datetime.now(UTC)
    [program, elsewhere] = await Program.insert(
        Program(name="Outcomes IOP", timezone="America/Denver"),
        Program(name="Elsewhere IOP", timezone="America/Denver"),
    ).returning(Program.id)
    program, elsewhere = program["id"], elsewhere["id"]
    tracks = [
        row["id"]
        for row in await Track.insert(
            Track(program=program, name="Defaults"),
            Track(program=program, name="Own schedule"),
            Track(program=program, name="No PHQ-9"),
            Track(program=elsewhere, name="Elsewhere"),
        ).returning(Track.id)
    ]
    rules = [
        MeasureSchedule(
            program=program,
            track=tracks[1],
            instrument="phq9",
            every_days=10,
            window_days=4,
            updated_at=now,
        ),
        MeasureSchedule(
            program=program,
            track=tracks[1],
            instrument="bam",
            at_intake=False,
            every_days=7,
            window_days=2,
            updated_at=now,
        ),
        MeasureSchedule(
            program=program, track=tracks[1], instrument="auditc", at_discharge=True, updated_at=now
        ),
        MeasureSchedule(
            program=program, track=tracks[2], instrument="phq9", at_intake=False, updated_at=now
        ),
        MeasureSchedule(
            program=program, track=tracks[2], instrument="gad7", every_days=14, updated_at=now
        ),
    ]
    clients = [personas.client.id, personas.second_client.id]
    for n in range(12):
        [row] = await Account.insert(
            Account(
                email=f"oc{n}@example.org",
                display_name=f"Client {n}",
                role="client",
                password_hash="x",
                created_at=now,
                password_changed_at=now,
            )
        ).returning(Account.id)
        clients.append(row["id"])
        counselor = personas.counselor.id if n % 2 else personas.other_counselor.id
        await CareTeamMember.insert(
            CareTeamMember(client=row["id"], counselor=counselor, is_primary=True, added_at=now)
        )
    own = clients[5]
    rules.append(
        MeasureSchedule(
            program=program,
            client=own,
            instrument="bam",
            every_days=14,
            window_days=3,
            updated_at=now,
        )
    )
    await MeasureSchedule.insert(*rules)
    enrollments = []
    for n, client in enumerate(clients):
        track = tracks[n % 3] if n != 13 else tracks[3]
        starts = today - timedelta(days=rng.randint(20, 140))
        ends = starts + timedelta(days=rng.randint(10, 90)) if n % 4 == 1 else None
        enrollments.append(dict(client=client, track=track, starts_on=starts, ends_on=ends))
        if n in (3, 7):  # discharged, then back in another track
            enrollments[-1]["ends_on"] = starts + timedelta(days=30)
            enrollments.append(
                dict(
                    client=client,
                    track=tracks[(n + 1) % 3],
                    starts_on=starts + timedelta(days=45),
                    ends_on=None,
                )
            )
    programs = {t: (program if t != tracks[3] else elsewhere) for t in tracks}
    await Enrollment.insert(
        *(Enrollment(**e, program=programs[e["track"]], status="active") for e in enrollments)
    )
    rows = await MeasureSchedule.select()
    responses = []
    for e in enrollments:
        for rule in measures._effective(rows, e["track"], e["client"]):
            if not measures._asks(rule):
                continue
            for window in measures.windows(e, rule, e["starts_on"], today):
                for _ in range(rng.choice([0, 1, 1, 1, 2])):
                    responses.append(_response(rng, e["client"], rule.instrument, window, today))
        for _ in range(6):  # answers outside any window, or with a due_from that fits no rule
            code = rng.choice(list(INSTRUMENTS))
            day = e["starts_on"] + timedelta(days=rng.randint(0, 150))
            misplaced = day - timedelta(days=rng.randint(0, 5)) if rng.random() < 0.5 else None
            responses.append(_response(rng, e["client"], code, None, today, day, misplaced))
    for row in rng.sample(responses, len(responses) // 10):  # corrected later
        row.superseded_at = row.submitted_at + timedelta(minutes=rng.randint(1, 600))
    await MeasureResponse.insert(*responses)
    return program, tracks


def _response(rng, client, code, window, today, day=None, due_from=None) -> MeasureResponse:
    if window is not None:
        day = min(today, window.start + timedelta(days=rng.randint(0, 2)))
        due_from = window.start
    late = rng.choice([0, 0, 0, 1, 3, 9])  # sent later, from the phone's outbox
    at = datetime.combine(day + timedelta(days=late), time(12), tzinfo=UTC) + timedelta(
        seconds=rng.randint(0, 40000), microseconds=rng.randint(0, 999999)
    )
    maximum = INSTRUMENTS[code].scales[0].maximum
    return MeasureResponse(
        id=uuid.uuid4(),
        client=client,
        instrument=code,
        version="1",
        language="en",
        answers="{}",
        scores="{}",
        score=rng.randint(0, maximum),
        band_level=0,
        local_date=day,
        due_from=due_from,
        submitted_at=at,
        body_hash="x",
    )


async def _plain_report(user, program, track, start, end, now):
    """The report by the definitions, from every row (what outcomes.py did before B8)."""
    counselor = 0 if user.role == "admin" else user.id
    mine = {
        r["client"]
        for r in await CareTeamMember.select().where(CareTeamMember.counselor == counselor)
    }
    today = now.astimezone(__import__("zoneinfo").ZoneInfo("America/Denver")).date()
    last = min(end, today - timedelta(days=1))

    def scoped(e, first, until):
        return (
            e["program"] == program
            and (track is None or e["track"] == track)
            and e["starts_on"] <= until
            and (e["ends_on"] is None or e["ends_on"] >= first)
            and (counselor == 0 or e["client"] in mine)
        )

    every = await Enrollment.select()
    clients = {e["client"] for e in every if scoped(e, start, end)}
    ends: dict = {}
    for r in sorted(await MeasureResponse.select(), key=lambda r: r["submitted_at"]):
        if (
            r["client"] in clients
            and r["superseded_at"] is None
            and start <= r["local_date"] <= end
        ):
            ends.setdefault((r["client"], r["instrument"]), []).append(r["score"])
    rows = await MeasureSchedule.select().where(MeasureSchedule.program == program)
    answered = {
        (r["client"], r["instrument"], r["due_from"])
        for r in await MeasureResponse.select()
        if r["due_from"] is not None and start - timedelta(days=14) <= r["due_from"] <= last
    }
    due: dict = {}
    done: dict = {}
    for e in every:
        if not scoped(e, start, last) or last < start:
            continue
        for rule in measures._effective(rows, e["track"], e["client"]):
            if measures._asks(rule):
                for day in _walked(e, rule, start, last):
                    due[rule.instrument] = due.get(rule.instrument, 0) + 1
                    if (e["client"], rule.instrument, day) in answered:
                        done[rule.instrument] = done.get(rule.instrument, 0) + 1
    out = []
    for code in INSTRUMENTS:
        pairs = [
            {"intake": s[0], "latest": s[-1], "twice": len(s) > 1, "clients": 1}
            for (_, c), s in ends.items()
            if c == code
        ]
        out.append(outcomes._row(code, pairs, due, done, "en"))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_the_report_counts_what_the_definitions_count(personas, seed):
    rng = random.Random(seed)
    now = datetime.now(UTC)
    today = now.astimezone(__import__("zoneinfo").ZoneInfo("America/Denver")).date()
    program, tracks = await _clinic(personas, rng, today)
    admin, counselor = user_of(personas.admin), user_of(personas.counselor)
    cases = [(admin, None), (admin, tracks[1]), (admin, tracks[2]), (counselor, None)]
    compared = 0
    for user, track in cases:
        for _ in range(4):
            start = today - timedelta(days=rng.randint(0, 150))
            end = min(today + timedelta(days=3), start + timedelta(days=rng.randint(0, 160)))
            got = await outcomes.report(user, program, track, start, end, now)
            want = await _plain_report(user, program, track, start, end, now)
            assert got.rows == want, (user.role, track, start, end)
            compared += sum(r.clients + r.windows_due for r in want)
    assert compared > 100  # the random program measured something
