"""Demo questionnaires: six weeks of PHQ-9 and GAD-7 every two weeks and the BAM weekly for each
demo client, most improving, one getting worse (a change worth a look), and a safety plan the
first client made with their counselor."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, time, timedelta

from server.accounts import services as accounts
from server.accounts.services import SignedInUser
from server.accounts.tables import Account
from server.measures import services
from server.measures.instruments import INSTRUMENTS
from server.measures.schemas import Contact, PlanSections, ResponseIn, SafetyPlanIn
from server.programs import recurrence

WEEKS = 6
USE_ITEMS = {"4", "5", "6"}  # the BAM's use scale


async def load_demo_measures(ids: dict[str, int], clients: list[str], now: datetime) -> None:
    chance = random.Random(20)
    for number, email in enumerate(clients, start=1):
        user = await _user(ids[email], email)
        tz = recurrence.zone(user.timezone)
        today = now.astimezone(tz).date()
        worse = number == 5  # one client whose scores rise: the queue shows it
        for week in range(WEEKS, 0, -1):
            day = today - timedelta(days=7 * week - 1)
            at = datetime.combine(day, time(19, chance.randrange(60)), tzinfo=tz)
            level = (WEEKS - week) if worse else week  # higher is worse
            await _send(user, "bam", _bam(chance, level), day, at)
            if week % 2 == 0:
                await _send(user, "phq9", _several(chance, 9, level), day, at)
                await _send(user, "gad7", _several(chance, 7, level), day, at)
    first = await _user(ids[clients[0]], clients[0])
    await services.edit_safety_plan(first, first.id, SafetyPlanIn(0, _plan()), now)


async def _user(client_id: int, email: str) -> SignedInUser:
    account = await Account.select().where(Account.id == client_id).first()
    return accounts.SignedInUser(
        id=account["id"],
        email=email,
        display_name=account["display_name"],
        role="client",
        timezone=account["timezone"],
        locale=account["locale"],
    )


async def _send(user: SignedInUser, code: str, answers: dict, day, at: datetime) -> None:
    data = ResponseIn(
        id=uuid.uuid4(), instrument=code, local_date=day, answers=answers, supersedes=None
    )
    await services.submit(user, data, at)


def _several(chance: random.Random, items: int, level: int) -> dict[str, int]:
    """Answers 0..3 leaning higher with `level` (0..6); never the PHQ-9's item 9."""
    answers = {str(k): min(3, chance.randrange(0, 2) + level // 3) for k in range(1, items + 1)}
    if items == 9:
        answers["9"] = 0
    return answers


def _bam(chance: random.Random, level: int) -> dict[str, int]:
    answers: dict[str, int] = {}
    for item in INSTRUMENTS["bam"].items:  # in order: a skip rule reads an earlier answer
        if item.asked_if and answers.get(item.asked_if[0]) not in item.asked_if[1]:
            continue
        top = len(item.options) - 1
        if item.key in USE_ITEMS and level < 5:
            answers[item.key] = 0  # no use reported, except in a hard week
        else:
            answers[item.key] = min(top, chance.randrange(0, 2) + (level * top) // 8)
    return answers


def _plan() -> PlanSections:
    return PlanSections(
        warning_signs=["Skipping meals and not sleeping", "Wanting to be alone all weekend"],
        coping=["Walk around the block", "Shower and make tea", "Read my recovery journal"],
        distractions=[Contact("The library on 5th"), Contact("Marcus (cousin)", "303-555-0142")],
        people=[Contact("Ana (sister)", "303-555-0101"), Contact("Dee (sponsor)", "303-555-0177")],
        professionals=[Contact("Front Range IOP front desk", "303-555-0100")],
        environment=["Keep no alcohol at home", "Give my extra pills to Ana to hold"],
        reasons=["My daughter", "Getting my license back", "Playing guitar again"],
    )
