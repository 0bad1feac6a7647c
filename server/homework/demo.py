"""Demo homework: last week's evening group got a decisional balance (some reviewed, one returned,
one not started and overdue); the morning group has a HALT check due in two days, begun by some."""

from __future__ import annotations

from datetime import datetime, timedelta

import msgspec

from server.homework import library
from server.homework.tables import Assignment, Submission
from server.programs.tables import SessionOccurrence, Track

# (status, answers) per client of a track, in enrollment order
BALANCE = {
    "using-good": ["It takes the edge off"],
    "using-bad": ["Missed work", "Arguments at home"],
    "change-good": ["My kids trust me again"],
    "change-bad": ["Weekends feel long"],
    "importance": 8,
    "takeaway": "The costs are bigger than I admitted.",
}
HALT = {"hungry": 1, "angry": 3, "lonely": 4, "tired": 2}


async def load_demo_homework(ids: dict[str, int], clients: list[str], now: datetime) -> None:
    tracks = {row["name"]: row["id"] for row in await Track.select(Track.id, Track.name)}
    evening = [ids[email] for email in clients[: len(clients) // 2]]
    morning = [ids[email] for email in clients[len(clients) // 2 :]]
    past_group = (
        await SessionOccurrence.select(SessionOccurrence.id, SessionOccurrence.starts_at)
        .where(
            (SessionOccurrence.track == tracks["Evening IOP"])
            & (SessionOccurrence.starts_at < now - timedelta(days=5))
        )
        .order_by(SessionOccurrence.starts_at, ascending=False)
        .first()
    )
    assigned_at = past_group["starts_at"] if past_group else now - timedelta(days=6)
    await _give(
        "starter-decisional-balance",
        ids["counselor@demo.example"],
        tracks["Evening IOP"],
        past_group["id"] if past_group else None,
        assigned_at,
        assigned_at + timedelta(days=2),
        evening,
        ["reviewed", "reviewed", "returned", "submitted", "assigned"],
        BALANCE,
        now,
    )
    await _give(
        "starter-halt-check",
        ids["counselor2@demo.example"],
        tracks["Morning IOP"],
        None,
        now - timedelta(days=1),
        now + timedelta(days=2),
        morning,
        ["draft", "assigned", "draft", "assigned", "assigned"],
        HALT,
        now,
    )


async def _give(
    template_id: str,
    counselor: int,
    track: int,
    occurrence: int | None,
    assigned_at: datetime,
    due_at: datetime,
    clients: list[int],
    statuses: list[str],
    answers: dict,
    now: datetime,
) -> None:
    template = library.starter_template(template_id)
    row = Assignment(
        title=template.title,
        instructions="Bring it to the next group.",
        prompts=msgspec.json.encode(template.prompts).decode(),
        template=template_id,
        occurrence=occurrence,
        track=track,
        assigned_by=counselor,
        assigned_at=assigned_at,
        due_at=due_at,
    )
    await Assignment.insert(row)
    for client, status in zip(clients, statuses, strict=False):  # the first few clients
        done = status in ("submitted", "reviewed", "returned")
        kept = answers if status != "assigned" else {}
        await Submission.insert(
            Submission(
                assignment=row.id,
                client=client,
                status=status,
                answers=msgspec.json.encode(kept).decode(),
                draft_saved_at=assigned_at + timedelta(hours=20) if kept else None,
                submitted_at=assigned_at + timedelta(days=1) if done else None,
                revision=1 if done else 0,
                feedback={
                    "reviewed": "Honest work. Let's talk about the weekends.",
                    "returned": "Add one more cost of using, please.",
                }.get(status, ""),
                reviewed_by=counselor if status in ("reviewed", "returned") else None,
                reviewed_at=assigned_at + timedelta(days=2)
                if status in ("reviewed", "returned")
                else None,
                updated_at=now,
            )
        )
