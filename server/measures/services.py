"""Measurement-based care: what is due for whom, retry-safe responses with their scores and
safety flag, the client's and the counselor's views of them, and the personal safety plan.

Every query is scoped to the person asking: a client to themself; staff to the clients the
client chart opens to them (care/: their care teams, an admin any client, and a client whose
urgent alert reached them). A response with a safety flag (PHQ-9 item 9 above 0, any C-SSRS
Yes) raises an urgent alert in the same transaction that stores it, so it reaches a named
person or nothing is stored at all.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from uuid import UUID

import msgspec

from server.accounts import services as accounts
from server.accounts.services import SignedInUser
from server.accounts.tables import Account
from server.audit import services as audit
from server.care import services as care
from server.core import db, i18n, submissions
from server.core.errors import Conflict, InvalidInput, NotFound
from server.measures import instruments
from server.measures.instruments import INSTRUMENTS, Instrument
from server.measures.schemas import (
    AnsweredItem,
    AskedIf,
    BandOut,
    ClientMeasuresOut,
    Contact,
    DueOut,
    InstrumentHistory,
    InstrumentOut,
    ItemOut,
    LatestScore,
    MeasureQueueItem,
    MeasuresCard,
    MeasuresOut,
    MeasureSupport,
    PlanSections,
    ResponseDetailOut,
    ResponseIn,
    ResponseOut,
    SafetyPlanIn,
    SafetyPlanOut,
    ScheduleIn,
    ScheduleOut,
    SchedulesIn,
    SchedulesOut,
    ScoreOut,
    ScorePoint,
)
from server.measures.tables import MeasureResponse, MeasureSchedule, SafetyPlan
from server.programs import recurrence
from server.programs import services as schedule
from server.programs.tables import Program, Track

RESPONSE_SUBMITTED = "measure.submitted"
RESPONSE_VIEWED = "measure.viewed"
RESPONSE_REVIEWED = "measure.reviewed"
MEASURES_VIEWED = "measures.viewed"
QUEUE_VIEWED = "measure_queue.viewed"
FHIR_EXPORTED = "measures.exported"
SCHEDULE_CHANGED = "measure_schedule.changed"
SCHEDULE_VIEWED = "measure_schedule.viewed"
PLAN_VIEWED = "safety_plan.viewed"
PLAN_CHANGED = "safety_plan.changed"
OLDEST_DAYS = 14  # a response may be for a day this far back (filled in offline)
HISTORY_DAYS = 365
OVERDUE_DAYS = 28  # the chart lists windows that closed this recently without a response
QUEUE_DAYS = 30
QUEUE_MAX = 100
SEVERE_LEVEL = 3  # a headline band at this level or above is worth a counselor's look
REUSED_ID = "A different questionnaire was already sent with this id; start it again."

# Sensible defaults for a track without its own schedule (see docs/architecture.md, "Measures"):
# a safety screen and the baselines at intake, the BAM weekly as A-CHESS uses it, PHQ-9 and
# GAD-7 every two weeks, AUDIT-C again at discharge.
DEFAULT_SCHEDULES = (
    ScheduleIn("cssrs", at_intake=True),
    ScheduleIn("phq9", at_intake=True, every_days=14),
    ScheduleIn("gad7", at_intake=True, every_days=14),
    ScheduleIn("bam", at_intake=True, every_days=7),
    ScheduleIn("auditc", at_intake=True, at_discharge=True),
)


# --- instruments as read --------------------------------------------------------------------


def language(locale: str | None) -> str:
    return i18n.language_of(locale)


def instrument_out(code: str, locale: str | None) -> InstrumentOut:
    """An instrument's published text in the reader's language (English where no published
    translation exists, with a notice saying so)."""
    found = INSTRUMENTS.get(code)
    if found is None:
        raise NotFound("No such questionnaire.")
    lang = language(locale)
    shown = lang if lang == "en" or found.spanish_published else "en"
    return InstrumentOut(
        code=found.code,
        name=instruments.text_of(found.name, lang),
        title=instruments.text_of(found.title, lang),
        preamble=instruments.text_of(found.preamble, shown),
        items=[
            ItemOut(
                key=item.key,
                text=instruments.text_of(item.text, shown),
                options=[instruments.text_of(o.text, shown) for o in item.options],
                asked_if=AskedIf(item.asked_if[0], list(item.asked_if[1]))
                if item.asked_if
                else None,
                scored=item.scored,
                safety=item.safety,
            )
            for item in found.items
        ],
        language=shown,
        notice="" if shown == lang else found.spanish_notice,
        source=found.source,
        terms=found.terms,
    )


def _headline(found: Instrument):
    return found.scales[0]


def _band(scale, points: int):
    return next(b for b in scale.bands if b.low <= points <= b.high)


def _scores_out(found: Instrument, scores: dict[str, int], lang: str) -> list[ScoreOut]:
    out = []
    for scale in found.scales:
        band = _band(scale, scores[scale.key])
        out.append(
            ScoreOut(
                scale=scale.key,
                label=instruments.text_of(scale.label, lang),
                points=scores[scale.key],
                maximum=scale.maximum,
                band=instruments.text_of(band.label, lang),
                level=band.level,
            )
        )
    return out


# --- schedules and due windows ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Window:
    instrument: str
    start: date
    end: date  # inclusive
    reason: str  # intake | repeat | discharge


def windows(enrollment: dict, rule: ScheduleIn, first: date, last: date) -> list[Window]:
    """The due windows of one schedule over one enrollment that overlap first..last (days in
    the program's zone). Arithmetic, not a walk from the start: the outcomes report asks for a
    year of windows of thousands of enrollments."""
    start, ends = enrollment["starts_on"], enrollment["ends_on"]
    span = timedelta(days=rule.window_days - 1)
    found = []

    def add(begin: date, reason: str) -> None:
        end = min(begin + span, ends) if ends else begin + span
        if begin <= last and end >= first and (ends is None or begin <= ends):
            found.append(Window(rule.instrument, begin, end, reason))

    if rule.at_intake:
        add(start, "intake")
    if rule.every_days:
        step = rule.every_days
        k = max(1, (first - start - span).days // step)
        while True:
            begin = start + timedelta(days=k * step)
            if begin > last or (ends is not None and begin > ends):
                break
            add(begin, "repeat")
            k += 1
    if rule.at_discharge and ends is not None:
        add(max(start, ends - span), "discharge")
    return found


def _rule(row: dict) -> ScheduleIn:
    return ScheduleIn(
        row["instrument"],
        at_intake=row["at_intake"],
        every_days=row["every_days"],
        at_discharge=row["at_discharge"],
        window_days=row["window_days"],
    )


def _effective(rows: list[dict], track: int | None, client: int | None) -> list[ScheduleOut]:
    """A client's own rules replace their track's for the same instrument; a track with no rule
    at all uses DEFAULT_SCHEDULES. A rule that asks for nothing turns an instrument off."""
    own = {r["instrument"]: r for r in rows if client is not None and r["client"] == client}
    of_track = {r["instrument"]: r for r in rows if r["client"] is None and r["track"] == track}
    chosen: dict[str, ScheduleOut] = {}
    if of_track:
        for code, row in of_track.items():
            chosen[code] = ScheduleOut(**_fields(_rule(row)), source="track")
    else:
        for rule in DEFAULT_SCHEDULES:
            chosen[rule.instrument] = ScheduleOut(**_fields(rule), source="default")
    for code, row in own.items():
        chosen[code] = ScheduleOut(**_fields(_rule(row)), source="client")
    return [chosen[c] for c in INSTRUMENTS if c in chosen]


def _fields(rule: ScheduleIn) -> dict:
    return {
        "instrument": rule.instrument,
        "at_intake": rule.at_intake,
        "every_days": rule.every_days,
        "at_discharge": rule.at_discharge,
        "window_days": rule.window_days,
    }


def _asks(rule: ScheduleIn) -> bool:
    return rule.at_intake or bool(rule.every_days) or rule.at_discharge


async def _rules_of(client_id: int, track: int | None) -> list[ScheduleOut]:
    rows = await MeasureSchedule.select().where(
        (MeasureSchedule.client == client_id)
        | (MeasureSchedule.track == (track or 0)) & MeasureSchedule.client.is_null()
    )
    return _effective(rows, track, client_id)


async def _client_windows(client_id: int, now: datetime, first_back: int) -> tuple[date, list]:
    """The client's program day today and their windows from `first_back` days ago to today."""
    enrollment = await schedule.current_enrollment(client_id, now)
    if enrollment is None:
        return now.date(), []
    today = now.astimezone(recurrence.zone(enrollment["program.timezone"])).date()
    found = []
    for rule in await _rules_of(client_id, enrollment["track"]):
        if _asks(rule):
            found += windows(enrollment, rule, today - timedelta(days=first_back), today)
    return today, found


async def _done_days(client_id: int, since: date) -> set[tuple[str, date]]:
    rows = await MeasureResponse.select(
        MeasureResponse.instrument, MeasureResponse.local_date
    ).where((MeasureResponse.client == client_id) & (MeasureResponse.local_date >= since))
    return {(r["instrument"], _as_date(r["local_date"])) for r in rows}


def _completed(window: Window, done: set[tuple[str, date]]) -> bool:
    day, last = window.start, window.end
    while day <= last:
        if (window.instrument, day) in done:
            return True
        day += timedelta(days=1)
    return False


def _due_out(window: Window, lang: str) -> DueOut:
    found = INSTRUMENTS[window.instrument]
    return DueOut(
        instrument=found.code,
        name=instruments.text_of(found.name, lang),
        title=instruments.text_of(found.title, lang),
        due_from=window.start,
        due_until=window.end,
        reason=window.reason,
    )


async def due_and_overdue(client_id: int, now: datetime, locale: str | None):
    """What is open now and not filled in, and what closed in the last OVERDUE_DAYS without."""
    today, found = await _client_windows(client_id, now, OVERDUE_DAYS + 14)
    done = await _done_days(client_id, today - timedelta(days=OVERDUE_DAYS + 28))
    lang = language(locale)
    due, overdue = [], []
    for window in sorted(found, key=lambda w: (w.end, w.instrument)):
        if _completed(window, done):
            continue
        if window.start <= today <= window.end:
            due.append(_due_out(window, lang))
        elif today - timedelta(days=OVERDUE_DAYS) <= window.end < today:
            overdue.append(_due_out(window, lang))
    return _one_each(due), overdue


def _one_each(due: list[DueOut]) -> list[DueOut]:
    """One entry per instrument (an intake and a repeat window can meet on one day)."""
    seen: dict[str, DueOut] = {}
    for item in due:
        seen.setdefault(item.instrument, item)
    return list(seen.values())


async def open_windows(client_ids: list[int], now: datetime) -> dict[int, list[Window]]:
    """The windows open today and not filled in, for many clients in three queries (the
    reminder planner: set-based, whatever the number of clients)."""
    enrollments = await schedule.current_enrollments(client_ids, now)
    if not enrollments:
        return {}
    tracks = sorted({e["track"] for e in enrollments.values()})
    rules = await MeasureSchedule.select().where(
        MeasureSchedule.client.is_in(list(enrollments))
        | (MeasureSchedule.track.is_in(tracks) & MeasureSchedule.client.is_null())
    )
    since = now.date() - timedelta(days=OLDEST_DAYS + 14)
    done_rows = await MeasureResponse.select(
        MeasureResponse.client, MeasureResponse.instrument, MeasureResponse.local_date
    ).where(MeasureResponse.client.is_in(list(enrollments)) & (MeasureResponse.local_date >= since))
    done: dict[int, set] = {}
    for row in done_rows:
        done.setdefault(row["client"], set()).add((row["instrument"], _as_date(row["local_date"])))
    found: dict[int, list[Window]] = {}
    for client, enrollment in enrollments.items():
        today = now.astimezone(recurrence.zone(enrollment["program.timezone"])).date()
        for rule in _effective(rules, enrollment["track"], client):
            if not _asks(rule):
                continue
            for window in windows(enrollment, rule, today, today):
                if not _completed(window, done.get(client, set())):
                    found.setdefault(client, []).append(window)
    return found


async def due_now(user: SignedInUser, now: datetime) -> list[DueOut]:
    """The client's questionnaires open now (Today's card, the reminder planner)."""
    return (await due_and_overdue(user.id, now, user.locale))[0]


async def today_card(user: SignedInUser, now: datetime) -> MeasuresCard:
    latest = await _latest_plan(user.id, SafetyPlan.version)
    return MeasuresCard(
        due=await due_now(user, now), safety_plan=latest["version"] if latest else 0
    )


# --- submitting ----------------------------------------------------------------------------------


async def submit(user: SignedInUser, data: ResponseIn, now: datetime) -> tuple[ResponseOut, bool]:
    """Store a client's completed questionnaire once (a retry answers the same), with its scores;
    a safety flag raises the urgent alert in the same transaction.

    Raises:
        Conflict: the id was used with another body; the response to correct was corrected
            already.
        InvalidInput: answers that do not fit the instrument; a day too far back or ahead; a
            correction of something that is not the client's own response of this instrument.
    """
    found = INSTRUMENTS[data.instrument]
    flagged = []  # set by build: whether the answers raised a safety flag

    async def build(digest: str) -> MeasureResponse:
        _check_day(user, data.local_date, now)
        try:
            result = instruments.score(found, dict(data.answers))
        except instruments.AnswerError as exc:
            raise InvalidInput(
                "These answers do not fit the questionnaire: {reason}", reason=str(exc)
            ) from None
        previous = await _previous_score(user.id, data)
        flagged.append(result.safety)
        headline = _headline(found)
        points = result.scores[headline.key]
        return MeasureResponse(
            id=data.id,
            client=user.id,
            instrument=found.code,
            version=found.version,
            language=language(user.locale),
            answers=json.dumps(dict(data.answers), sort_keys=True),
            scores=json.dumps(result.scores, sort_keys=True),
            score=points,
            band_level=result.bands[headline.key].level,
            safety=result.safety,
            previous_score=previous,
            attention=_worth_a_look(found, result, previous),
            local_date=data.local_date,
            due_from=await _window_of(user.id, found.code, data.local_date, now),
            submitted_at=now,
            body_hash=digest,
            supersedes=data.supersedes,
        )

    async def record() -> None:
        subject = f"measure:{data.id}"
        await audit.record(
            RESPONSE_SUBMITTED, actor=user.id, subject=subject, patient=user.id, at=now
        )
        if data.supersedes is not None:
            replaced = (
                await MeasureResponse.update({MeasureResponse.superseded_at: now})
                .where(
                    (MeasureResponse.id == data.supersedes)
                    & (MeasureResponse.client == user.id)
                    & MeasureResponse.superseded_at.is_null()
                )
                .returning(MeasureResponse.id)
            )
            if not replaced:
                raise Conflict("That questionnaire has been corrected already.")
        if flagged[-1]:
            await care.raise_alert(
                user.id, subject, now
            )  # reaches a named person, or nothing is stored

    return await submissions.submit_once(
        MeasureResponse,
        data.id,
        data,
        owner=MeasureResponse.client,
        owner_id=user.id,
        conflict=Conflict(REUSED_ID),
        load=lambda: own_response(user, data.id, now),
        build=build,
        record=record,
    )


def _check_day(user: SignedInUser, day: date, now: datetime) -> None:
    today = now.astimezone(recurrence.zone(user.timezone)).date()
    if not today - timedelta(days=OLDEST_DAYS) <= day <= today + timedelta(days=1):
        raise InvalidInput(
            "A questionnaire can be for today or up to {days} days back.", days=OLDEST_DAYS
        )


async def _previous_score(client_id: int, data: ResponseIn) -> int | None:
    """The score this one is compared with: the latest standing response of the instrument for
    the same day or before (for a correction, other than the response it corrects)."""
    query = MeasureResponse.select(
        MeasureResponse.id, MeasureResponse.score, MeasureResponse.instrument
    )
    if data.supersedes is not None:
        corrected = await query.where(
            (MeasureResponse.id == data.supersedes) & (MeasureResponse.client == client_id)
        ).first()
        if corrected is None or corrected["instrument"] != data.instrument:
            raise InvalidInput(
                "Only your own earlier answers to the same questionnaire can be corrected."
            )
    rows = (
        await MeasureResponse.select(MeasureResponse.score)
        .where(
            (MeasureResponse.client == client_id)
            & (MeasureResponse.instrument == data.instrument)
            & MeasureResponse.superseded_at.is_null()
            & (MeasureResponse.id != (data.supersedes or data.id))
            & (MeasureResponse.local_date <= data.local_date)
        )
        .order_by(MeasureResponse.local_date, ascending=False)
        .order_by(MeasureResponse.submitted_at, ascending=False)
        .limit(1)
    )
    return rows[0]["score"] if rows else None


def _worth_a_look(found: Instrument, result, previous: int | None) -> bool:
    """A safety flag, a headline band at SEVERE_LEVEL or above, or a change for the worse of at
    least the instrument's clinically meaningful change."""
    headline = _headline(found)
    if result.safety or result.bands[headline.key].level >= SEVERE_LEVEL:
        return True
    if previous is None or not found.meaningful_change:
        return False
    worse = (
        previous - result.scores[headline.key]
        if headline.higher_is_better
        else (result.scores[headline.key] - previous)
    )
    return worse >= found.meaningful_change


async def _window_of(client_id: int, code: str, day: date, now: datetime) -> date | None:
    _today, found = await _client_windows(client_id, now, OLDEST_DAYS + 14)
    for window in found:
        if window.instrument == code and window.start <= day <= window.end:
            return window.start
    return None


# --- the client's own -----------------------------------------------------------------------------


async def own_response(user: SignedInUser, response_id: UUID, now: datetime) -> ResponseOut:
    row = (
        await MeasureResponse.select()
        .where((MeasureResponse.id == response_id) & (MeasureResponse.client == user.id))
        .first()
    )
    if row is None:
        raise NotFound("No such questionnaire.")
    out = _response_out(row, language(user.locale))
    if out.safety:
        seen_by = await care.label_for_alert(f"measure:{row['id']}", user.locale)
        out.support = MeasureSupport(
            plan=await safety_plan_of(user.id, now, user.locale),
            seen_by=seen_by or (await care.route_for(user.id, now, user.locale)).label,
        )
    return out


def _response_out(row: dict, lang: str) -> ResponseOut:
    found = INSTRUMENTS[row["instrument"]]
    return ResponseOut(
        id=row["id"],
        instrument=found.code,
        name=instruments.text_of(found.name, lang),
        title=instruments.text_of(found.title, lang),
        local_date=_as_date(row["local_date"]),
        submitted_at=row["submitted_at"],
        scores=_scores_out(found, json.loads(row["scores"]), lang),
        safety=row["safety"],
        supersedes=row["supersedes"],
        superseded=row["superseded_at"] is not None,
    )


async def own_measures(user: SignedInUser, now: datetime) -> MeasuresOut:
    """What is due now and the client's responses of the last year, newest first."""
    rows = (
        await MeasureResponse.select()
        .where(
            (MeasureResponse.client == user.id)
            & (MeasureResponse.submitted_at >= now - timedelta(days=HISTORY_DAYS))
        )
        .order_by(MeasureResponse.submitted_at, ascending=False)
        .limit(200)
    )
    lang = language(user.locale)
    return MeasuresOut(due=await due_now(user, now), history=[_response_out(r, lang) for r in rows])


def _as_date(value) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


# --- staff ------------------------------------------------------------------------------------------


async def client_measures(user: SignedInUser, client_id: int, now: datetime) -> ClientMeasuresOut:
    """The client chart's Instruments tab: each instrument's score history with its bands and the
    changes that matter, and what is due or overdue; audited."""
    person = await care.chart_client(user, client_id, now)
    rows = (
        await MeasureResponse.select(
            MeasureResponse.id,
            MeasureResponse.instrument,
            MeasureResponse.local_date,
            MeasureResponse.score,
            MeasureResponse.band_level,
            MeasureResponse.safety,
            MeasureResponse.superseded_at,
            MeasureResponse.reviewed_at,
        )
        .where(
            (MeasureResponse.client == client_id)
            & (MeasureResponse.submitted_at >= now - timedelta(days=HISTORY_DAYS))
        )
        .order_by(MeasureResponse.local_date)  # the days they describe (one may be sent late)
        .order_by(MeasureResponse.submitted_at)
    )
    lang = language(user.locale)
    due, overdue = await due_and_overdue(client_id, now, user.locale)
    await audit.record(
        MEASURES_VIEWED, actor=user.id, subject=f"client:{client_id}", patient=client_id, at=now
    )
    return ClientMeasuresOut(
        client_id=person["id"],
        instruments=[
            _history(found, [r for r in rows if r["instrument"] == code], lang)
            for code, found in INSTRUMENTS.items()
            if any(r["instrument"] == code for r in rows)
        ],
        due=due,
        overdue=overdue,
    )


def _history(found: Instrument, rows: list[dict], lang: str) -> InstrumentHistory:
    headline = _headline(found)
    points, before = [], None
    for row in rows:
        standing = row["superseded_at"] is None
        change = row["score"] - before if before is not None and standing else None
        points.append(
            ScorePoint(
                id=row["id"],
                local_date=_as_date(row["local_date"]),
                score=row["score"],
                band=instruments.text_of(_band(headline, row["score"]).label, lang),
                level=row["band_level"],
                change=change,
                meaningful=bool(
                    change is not None
                    and found.meaningful_change
                    and abs(change) >= found.meaningful_change
                ),
                safety=row["safety"],
                superseded=not standing,
                reviewed=row["reviewed_at"] is not None,
            )
        )
        if standing:
            before = row["score"]
    return InstrumentHistory(
        instrument=found.code,
        name=instruments.text_of(found.name, lang),
        scale=instruments.text_of(headline.label, lang),
        maximum=headline.maximum,
        higher_is_better=headline.higher_is_better,
        bands=[
            BandOut(b.low, b.high, instruments.text_of(b.label, lang), b.level)
            for b in headline.bands
        ],
        points=points,
    )


async def _staff_response(user: SignedInUser, response_id: UUID, now: datetime) -> dict:
    row = await MeasureResponse.select().where(MeasureResponse.id == response_id).first()
    if row is None:
        raise NotFound("No such questionnaire.")
    await care.chart_client(user, row["client"], now)  # 404 (audited) when not theirs to see
    return row


async def response_detail(
    user: SignedInUser, response_id: UUID, now: datetime, *, viewed: bool = True
) -> ResponseDetailOut:
    """One response item by item, the safety answers highlighted; opening it acknowledges its
    urgent alert; audited as a view (`viewed`; a review's answer is audited as the review)."""
    row = await _staff_response(user, response_id, now)
    subject = f"measure:{row['id']}"
    await care.acknowledge(subject, user, now)
    if viewed:
        await audit.record(
            RESPONSE_VIEWED, actor=user.id, subject=subject, patient=row["client"], at=now
        )
    found = INSTRUMENTS[row["instrument"]]
    lang = language(user.locale)
    answers = json.loads(row["answers"])
    shown = lang if lang == "en" or found.spanish_published else "en"
    client = await Account.select(Account.display_name).where(Account.id == row["client"]).first()
    reviewer = None
    if row["reviewed_by"] is not None:
        reviewer = (
            await Account.select(Account.display_name)
            .where(Account.id == row["reviewed_by"])
            .first()
        )["display_name"]
    return ResponseDetailOut(
        id=row["id"],
        client_id=row["client"],
        client_name=client["display_name"],
        instrument=found.code,
        name=instruments.text_of(found.name, lang),
        local_date=_as_date(row["local_date"]),
        submitted_at=row["submitted_at"],
        language=row["language"],
        scores=_scores_out(found, json.loads(row["scores"]), lang),
        items=[_answered(item, answers.get(item.key), shown) for item in found.items],
        safety=row["safety"],
        previous_score=row["previous_score"],
        supersedes=row["supersedes"],
        superseded=row["superseded_at"] is not None,
        reviewed_by=reviewer,
        reviewed_at=row["reviewed_at"],
        alert=(await care.alert_states([subject])).get(subject),
    )


def _answered(item, index: int | None, lang: str) -> AnsweredItem:
    if index is None:
        return AnsweredItem(item.key, instruments.text_of(item.text, lang), None, None, False)
    option = item.options[index]
    return AnsweredItem(
        key=item.key,
        text=instruments.text_of(item.text, lang),
        answer=instruments.text_of(option.text, lang),
        points=option.points if item.scored else None,
        flagged=item.safety and option.points > 0,
    )


async def review(user: SignedInUser, response_id: UUID, now: datetime) -> ResponseDetailOut:
    """Mark a response looked at: it leaves the queue; audited."""
    row = await _staff_response(user, response_id, now)
    async with db.current().transaction():
        await MeasureResponse.update(
            {MeasureResponse.reviewed_at: now, MeasureResponse.reviewed_by: user.id}
        ).where((MeasureResponse.id == row["id"]) & MeasureResponse.reviewed_at.is_null())
        await audit.record(
            RESPONSE_REVIEWED,
            actor=user.id,
            subject=f"measure:{row['id']}",
            patient=row["client"],
            at=now,
        )
    return await response_detail(user, response_id, now, viewed=False)


def _queue_scope(user: SignedInUser, reached: list[str], since: datetime):
    where = (
        MeasureResponse.attention.eq(True)
        & MeasureResponse.reviewed_at.is_null()
        & MeasureResponse.superseded_at.is_null()
        & (MeasureResponse.submitted_at >= since)
    )
    if user.role == "admin":
        return where
    mine = MeasureResponse.client.is_in(accounts.caseload_of(user.id))
    if reached:
        mine = mine | MeasureResponse.id.is_in([UUID(s.split(":", 1)[1]) for s in reached])
    return where & mine


async def queue_counts(user: SignedInUser, now: datetime) -> tuple[int, int]:
    """How many responses wait in the caller's queue, and how many of them are safety answers
    (the review badge of the staff navigation)."""
    since = now - timedelta(days=QUEUE_DAYS)
    reached = await care.reached_subjects(user.id, "measure:", since)
    rows = await MeasureResponse.select(MeasureResponse.safety).where(
        _queue_scope(user, reached, since)
    )
    return len(rows), sum(1 for r in rows if r["safety"])


async def queue(user: SignedInUser, now: datetime) -> list[MeasureQueueItem]:
    """Responses worth a look (safety, a severe band, a change for the worse), not yet looked at,
    of the caller's caseload (an admin's: everyone) and those whose alert reached them; safety
    first, then oldest first; audited as one view per client."""
    since = now - timedelta(days=QUEUE_DAYS)
    reached = await care.reached_subjects(user.id, "measure:", since)
    where = _queue_scope(user, reached, since)
    rows = (
        await MeasureResponse.select(
            MeasureResponse.id,
            MeasureResponse.client,
            MeasureResponse.client.display_name.as_alias("client_name"),
            MeasureResponse.instrument,
            MeasureResponse.score,
            MeasureResponse.previous_score,
            MeasureResponse.band_level,
            MeasureResponse.safety,
            MeasureResponse.submitted_at,
        )
        .where(where)
        .order_by(MeasureResponse.safety, ascending=False)
        .order_by(MeasureResponse.submitted_at)
        .limit(QUEUE_MAX)
    )
    lang = language(user.locale)
    alerts = await care.alert_states([f"measure:{r['id']}" for r in rows if r["safety"]])
    await audit.record_views(
        QUEUE_VIEWED,
        actor=user.id,
        views=[("measure_queue", c) for c in {r["client"] for r in rows}],
        at=now,
    )
    return [
        MeasureQueueItem(
            id=r["id"],
            client_id=r["client"],
            client_name=r["client_name"],
            instrument=r["instrument"],
            name=instruments.text_of(INSTRUMENTS[r["instrument"]].name, lang),
            score=r["score"],
            previous_score=r["previous_score"],
            band=instruments.text_of(
                _band(_headline(INSTRUMENTS[r["instrument"]]), r["score"]).label, lang
            ),
            level=r["band_level"],
            safety=r["safety"],
            submitted_at=r["submitted_at"],
            alert=alerts.get(f"measure:{r['id']}"),
        )
        for r in rows
    ]


async def latest_scores(client_ids: list[int]) -> dict[int, list[LatestScore]]:
    """Each client's latest standing score of each instrument (the caseload's Scores column):
    one indexed lookup per client and instrument (measure_response_client), not their history."""
    if not client_ids:
        return {}
    ids = ", ".join(str(int(i)) for i in client_ids)
    rows = await MeasureResponse.raw(
        "SELECT r.client, r.instrument, r.score, r.previous_score, r.band_level "
        f"FROM measure_response r WHERE r.client IN ({ids}) AND r.superseded_at IS NULL "
        "AND r.submitted_at = (SELECT MAX(l.submitted_at) FROM measure_response l "
        "WHERE l.client = r.client AND l.instrument = r.instrument AND l.superseded_at IS NULL)"
    )
    out: dict[int, dict[str, LatestScore]] = {}
    for r in rows:
        previous = r["previous_score"]
        out.setdefault(r["client"], {})[r["instrument"]] = LatestScore(
            instrument=r["instrument"],
            name=instruments.text_of(INSTRUMENTS[r["instrument"]].name, "en"),
            score=r["score"],
            level=r["band_level"],
            change=r["score"] - previous if previous is not None else None,
        )
    return {client: [found[c] for c in INSTRUMENTS if c in found] for client, found in out.items()}


# --- schedules ---------------------------------------------------------------------------------------


async def client_schedules(user: SignedInUser, client_id: int, now: datetime) -> SchedulesOut:
    """The rules a client's questionnaires are due by (their own, their track's, or the
    defaults)."""
    await care.chart_client(user, client_id, now)
    await audit.record(
        SCHEDULE_VIEWED, actor=user.id, subject=f"client:{client_id}", patient=client_id, at=now
    )
    return await _client_rules(client_id, now)


async def _client_rules(client_id: int, now: datetime) -> SchedulesOut:
    enrollment = await schedule.current_enrollment(client_id, now)
    rules = await _rules_of(client_id, enrollment["track"] if enrollment else None)
    return SchedulesOut(rules, client_id=client_id)


async def set_client_schedules(
    user: SignedInUser, client_id: int, data: SchedulesIn, now: datetime
) -> SchedulesOut:
    """Give a client their own rules for the instruments listed (the others keep their track's)."""
    person = await care.chart_client(user, client_id, now)
    enrollment = await schedule.current_enrollment(client_id, now)
    if enrollment is None:
        raise InvalidInput("This client has no current enrollment to schedule questionnaires in.")
    _check_rules(data)
    async with db.current().transaction():
        await MeasureSchedule.delete().where(MeasureSchedule.client == person["id"])
        await _insert_rules(data, enrollment["program"], None, client_id, user.id, now)
        await audit.record(
            SCHEDULE_CHANGED,
            actor=user.id,
            subject=f"client:{client_id}",
            patient=client_id,
            at=now,
        )
    return await _client_rules(client_id, now)


async def track_schedules(track_id: int) -> SchedulesOut:
    track = await Track.select(Track.id).where(Track.id == track_id).first()
    if track is None:
        raise NotFound("No such track.")
    rows = await MeasureSchedule.select().where(
        (MeasureSchedule.track == track_id) & MeasureSchedule.client.is_null()
    )
    return SchedulesOut(_effective(rows, track_id, None))


async def set_track_schedules(
    user: SignedInUser, track_id: int, data: SchedulesIn | None, now: datetime
) -> SchedulesOut:
    """Set a track's rules as a whole (an instrument left out is not scheduled for it); None
    removes them, so the track follows the program's defaults again."""
    track = await Track.select(Track.id, Track.program).where(Track.id == track_id).first()
    if track is None:
        raise NotFound("No such track.")
    if data is not None:
        _check_rules(data)
        listed = {r.instrument for r in data.schedules}
        off = [ScheduleIn(code, at_intake=False) for code in INSTRUMENTS if code not in listed]
        data = SchedulesIn([*data.schedules, *off])
    async with db.current().transaction():
        await MeasureSchedule.delete().where(
            (MeasureSchedule.track == track_id) & MeasureSchedule.client.is_null()
        )
        if data is not None:
            await _insert_rules(data, track["program"], track_id, None, user.id, now)
        await audit.record(SCHEDULE_CHANGED, actor=user.id, subject=f"track:{track_id}", at=now)
    return await track_schedules(track_id)


async def reset_track_schedules(user: SignedInUser, track_id: int, now: datetime) -> SchedulesOut:
    """The track follows the program's default schedule again."""
    return await set_track_schedules(user, track_id, None, now)


def _check_rules(data: SchedulesIn) -> None:
    codes = [r.instrument for r in data.schedules]
    if len(set(codes)) != len(codes):
        raise InvalidInput("Each questionnaire can have one schedule.")
    for rule in data.schedules:
        if rule.every_days and rule.window_days > rule.every_days:
            raise InvalidInput("A questionnaire must close before it is due again.")


async def _insert_rules(data, program, track, client, actor, now) -> None:
    if not data.schedules:
        return
    await MeasureSchedule.insert(
        *(
            MeasureSchedule(
                program=program,
                track=track,
                client=client,
                **_fields(rule),
                updated_by=actor,
                updated_at=now,
            )
            for rule in data.schedules
        )
    )


# --- the safety plan -------------------------------------------------------------------------------


async def safety_plan_of(client_id: int, now: datetime, locale: str | None) -> SafetyPlanOut:
    """The client's current safety plan (version 0 and empty when none), the crisis lines that
    are always on it, and the program's default coping text for a client without one."""
    row = await _latest_plan(
        client_id,
        SafetyPlan.version,
        SafetyPlan.sections,
        SafetyPlan.edited_at,
        SafetyPlan.edited_by.display_name.as_alias("edited_by"),
    )
    lines = [Contact(i18n.text(locale, "988 Suicide & Crisis Lifeline"), "988")]
    enrollment = await schedule.current_enrollment(client_id, now)
    if enrollment is not None:
        program = (
            await Program.select(Program.name, Program.phone)
            .where(Program.id == enrollment["program"])
            .first()
        )
        if program and program["phone"]:
            lines.append(Contact(program["name"], program["phone"]))
    return SafetyPlanOut(
        client_id=client_id,
        version=row["version"] if row else 0,
        sections=_sections(row["sections"]) if row else PlanSections(),
        crisis_lines=lines,
        fallback=await care.coping_plan(client_id, locale),
        edited_at=row["edited_at"] if row else None,
        edited_by=row["edited_by"] if row else None,
    )


async def _latest_plan(client_id: int, *columns) -> dict | None:
    """The columns asked for of the client's current (highest) safety-plan version, or None."""
    return (
        await SafetyPlan.select(*columns)
        .where(SafetyPlan.client == client_id)
        .order_by(SafetyPlan.version, ascending=False)
        .first()
    )


def _sections(raw: str) -> PlanSections:
    return msgspec.json.decode(raw, type=PlanSections)


async def own_safety_plan(user: SignedInUser, now: datetime) -> SafetyPlanOut:
    return await safety_plan_of(user.id, now, user.locale)


async def client_safety_plan(user: SignedInUser, client_id: int, now: datetime) -> SafetyPlanOut:
    await care.chart_client(user, client_id, now)
    await audit.record(
        PLAN_VIEWED, actor=user.id, subject=f"client:{client_id}", patient=client_id, at=now
    )
    return await safety_plan_of(client_id, now, user.locale)


async def edit_safety_plan(
    user: SignedInUser, client_id: int, data: SafetyPlanIn, now: datetime
) -> SafetyPlanOut:
    """Add a version of the client's plan (the client themself, or staff who may open their
    chart). An edit started from an older version than the current one is refused (409), so
    two people editing at once never silently lose each other's words.

    Raises:
        Conflict: the plan changed since `base_version`.
    """
    if user.id != client_id:
        await care.chart_client(user, client_id, now)
    try:
        async with db.current().transaction():
            current = await _latest_plan(client_id, SafetyPlan.version)
            if (current["version"] if current else 0) != data.base_version:
                raise _Changed()
            await SafetyPlan.insert(
                SafetyPlan(
                    client=client_id,
                    version=data.base_version + 1,
                    sections=msgspec.json.encode(_trimmed(data.sections)).decode(),
                    edited_by=user.id,
                    edited_at=now,
                )
            )
            await audit.record(
                PLAN_CHANGED,
                actor=user.id,
                subject=f"safety_plan:{client_id}:{data.base_version + 1}",
                patient=client_id,
                at=now,
            )
    except Exception as exc:
        if isinstance(exc, _Changed) or db.is_unique_violation(exc):
            raise Conflict(
                "The safety plan was changed by someone else since you opened it; "
                "your changes are kept on screen: look at the new version and save again."
            ) from None
        raise
    return await safety_plan_of(client_id, now, user.locale)


class _Changed(Exception):
    """The plan has a newer version than the edit started from."""


def _trimmed(sections: PlanSections) -> PlanSections:
    def lines(values):
        return [v.strip() for v in values if v.strip()]

    def contacts(values):
        return [Contact(c.name.strip(), c.phone.strip()) for c in values if c.name.strip()]

    return PlanSections(
        warning_signs=lines(sections.warning_signs),
        coping=lines(sections.coping),
        distractions=contacts(sections.distractions),
        people=contacts(sections.people),
        professionals=contacts(sections.professionals),
        environment=lines(sections.environment),
        reasons=lines(sections.reasons),
    )
