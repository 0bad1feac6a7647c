"""The staff workspace's frame: the navigation's counts and the client chart's header.

Both are scoped to the person asking, like the screens they lead to: the counts are the review
queue's, the homework review list's, the testing day list's and the sessions list's scopes.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from uuid import UUID

from piccolo.query.functions.aggregate import Count

from server.accounts import services as accounts
from server.accounts.services import SignedInUser
from server.audit import services as audit
from server.care import services as care
from server.care.schemas import TeamMember
from server.checkins.tables import RISK_RANK, Checkin
from server.homework import services as homework
from server.homework.tables import Submission
from server.measures import services as measures
from server.programs import recurrence
from server.programs.tables import OccurrenceStatus, SessionOccurrence
from server.testing import services as testing
from server.testing.tables import DrugTest, DrugTestStatus
from server.today import services
from server.today.schemas import ClientSummaryOut, StaffSummaryOut, UnreviewedCounts

Occ = SessionOccurrence
REACHED_DAYS = 14  # an urgent alert that reached someone opens its client to them this long
SUMMARY_VIEWED = "client.summary_viewed"
_RANKS = {rank: risk for risk, rank in RISK_RANK.items()}


# --- the navigation's counts ---------------------------------------------------------------


async def staff_summary(user: SignedInUser, now: datetime) -> StaffSummaryOut:
    """Counts for the workspace navigation, each in one indexed query. Shows no client, so
    writes no audit event. Homework and tests are counselors' lists: None for an admin."""
    tz = recurrence.zone(user.timezone)
    today = now.astimezone(tz).date()
    counselor = user.role != "admin"
    return StaffSummaryOut(
        date=today,
        unreviewed=await _unreviewed(user, now),
        homework_waiting=await _homework_waiting(user) if counselor else None,
        tests_today=await _tests_waiting(user, today) if counselor else None,
        sessions_today=await _sessions(user, *recurrence.local_day_bounds(today, tz)),
    )


async def _unreviewed(user: SignedInUser, now: datetime) -> UnreviewedCounts:
    """Unreviewed check-ins in the review queue's scope (the caseload's, and those whose urgent
    alert reached the person in the last REACHED_DAYS), with the questionnaires worth a look
    (a safety answer counts as urgent)."""
    subjects = await care.reached_subjects(user.id, "checkin:", now - timedelta(days=REACHED_DAYS))
    scope = Checkin.client.is_in(accounts.caseload_of(user.id))
    if subjects:
        scope = scope | Checkin.id.is_in([UUID(s[len("checkin:") :]) for s in subjects])
    rows = (
        await Checkin.select(Checkin.risk_rank, Count(Checkin.id, alias="n"))
        .where(Checkin.reviewed_at.is_null() & Checkin.risk_rank.is_in(list(_RANKS)) & scope)
        .group_by(Checkin.risk_rank)
    )
    counts = {risk: 0 for risk in RISK_RANK}
    for row in rows:
        counts[_RANKS[row["risk_rank"]]] = row["n"]
    waiting, safety = await measures.queue_counts(user, now)
    counts["urgent"] += safety
    return UnreviewedCounts(
        total=sum(counts.values()) + waiting - safety, questionnaires=waiting, **counts
    )


async def _homework_waiting(user: SignedInUser) -> int:
    """Submitted homework waiting for this counselor: the homework review list's scope."""
    return await Submission.count().where(
        (Submission.status == "submitted") & homework._staff_scope(user.id)
    )


async def _tests_waiting(user: SignedInUser, day) -> int:
    """The day's tests still waiting for their client: the testing day list's scope."""
    return await DrugTest.count().where(
        (DrugTest.local_date == day)
        & (DrugTest.status == DrugTestStatus.selected.value)
        & testing._staff_scope(user.id)
    )


async def _sessions(user: SignedInUser, start: datetime, end: datetime) -> int:
    """Scheduled sessions starting in [start, end) the person works with: all for an admin; for
    a counselor, the series they facilitate and their caseload's own sessions."""
    where = (
        (Occ.starts_at >= start)
        & (Occ.starts_at < end)
        & (Occ.status == OccurrenceStatus.scheduled.value)
    )
    if user.role != "admin":
        where = where & (
            (Occ.series.facilitator == user.id) | Occ.client.is_in(accounts.caseload_of(user.id))
        )
    return await Occ.count().where(where)


# --- the client chart's header -------------------------------------------------------------


async def client_summary(user: SignedInUser, client_id: int, now: datetime) -> ClientSummaryOut:
    """One client's header: a caseload row with their care team and zone; audited as a view.

    Raises:
        AccessDenied (404, audited): not a client the person may see (care.chart_client).
    """
    person = await care.chart_client(user, client_id, now)
    [row] = await services.compose([person], now)
    team = (await accounts.care_teams_of([client_id]))[client_id]
    await audit.record(
        SUMMARY_VIEWED, actor=user.id, subject=f"client:{client_id}", patient=client_id, at=now
    )
    return ClientSummaryOut(
        **{field: getattr(row, field) for field in row.__struct_fields__},
        timezone=person["timezone"],
        care_team=[TeamMember(**member) for member in team],
        on_caseload=person["on_caseload"],
    )
