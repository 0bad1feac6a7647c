"""Recurrence in program-local wall time: rules normalised or refused with a reason, expansion
that keeps a 6 pm group at 6 pm across DST, and the week and day bounds the schedule uses."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from server.core.errors import InvalidInput
from server.programs import recurrence

DENVER = recurrence.zone("America/Denver")
LONDON = recurrence.zone("Europe/London")
EVENING = "FREQ=WEEKLY;BYDAY=MO,WE,TH"


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def local_starts(
    rule: str, first: datetime, window_start: datetime, window_end: datetime
) -> list[datetime]:
    """Denver wall times of a series' starts within a UTC window."""
    return [
        s.astimezone(DENVER)
        for s in recurrence.expand(rule, first, DENVER, window_start, window_end)
    ]


# --- expansion ----------------------------------------------------------------------------


def test_an_evening_group_stays_at_six_pm_across_the_march_dst_change():
    starts = local_starts(EVENING, datetime(2026, 3, 2, 18), utc(2026, 3, 2), utc(2026, 3, 18))

    assert [s.date() for s in starts] == [
        date(2026, 3, 2),
        date(2026, 3, 4),
        date(2026, 3, 5),
        date(2026, 3, 9),
        date(2026, 3, 11),
        date(2026, 3, 12),
        date(2026, 3, 16),
    ]
    assert {s.time() for s in starts} == {time(18)}
    assert starts[2].astimezone(timezone.utc) == utc(2026, 3, 6, 1)  # MST, UTC-7
    assert starts[3].astimezone(timezone.utc) == utc(2026, 3, 10, 0)  # MDT, UTC-6


def test_an_evening_group_stays_at_six_pm_across_the_november_dst_change():
    starts = local_starts(EVENING, datetime(2026, 10, 26, 18), utc(2026, 10, 26), utc(2026, 11, 6))

    assert {s.time() for s in starts} == {time(18)}
    by_day = {s.date(): s.astimezone(timezone.utc) for s in starts}
    assert by_day[date(2026, 10, 29)] == utc(2026, 10, 30, 0)  # MDT
    assert by_day[date(2026, 11, 2)] == utc(2026, 11, 3, 1)  # MST: the instant moved an hour


def test_a_client_in_london_sees_the_instant_move_when_only_one_side_changes_clocks():
    # Britain falls back on 25 October, Denver on 1 November: for that week the gap is 6 h.
    starts = recurrence.expand(
        EVENING, datetime(2026, 10, 19, 18), DENVER, utc(2026, 10, 22), utc(2026, 11, 4)
    )
    seen = {s.astimezone(DENVER).date(): s.astimezone(LONDON) for s in starts}

    assert seen[date(2026, 10, 22)] == datetime(2026, 10, 23, 1, tzinfo=LONDON)  # BST and MDT
    assert seen[date(2026, 10, 29)] == datetime(2026, 10, 30, 0, tzinfo=LONDON)  # GMT and MDT
    assert seen[date(2026, 11, 2)] == datetime(2026, 11, 3, 1, tzinfo=LONDON)  # GMT and MST


def test_a_weekly_series_carries_on_across_the_new_year():
    starts = local_starts(
        "FREQ=WEEKLY;BYDAY=TH", datetime(2026, 12, 17, 18), utc(2026, 12, 1), utc(2027, 1, 20)
    )

    assert [s.date() for s in starts] == [
        date(2026, 12, 17),
        date(2026, 12, 24),
        date(2026, 12, 31),
        date(2027, 1, 7),
        date(2027, 1, 14),
    ]
    assert starts[2].astimezone(timezone.utc) == utc(2027, 1, 1, 1)  # already next year in UTC


def test_a_monthly_rule_picks_the_first_monday_of_each_month():
    starts = local_starts(
        "FREQ=MONTHLY;BYDAY=1MO", datetime(2026, 10, 5, 18), utc(2026, 10, 1), utc(2027, 2, 1)
    )

    assert [s.date() for s in starts] == [
        date(2026, 10, 5),
        date(2026, 11, 2),
        date(2026, 12, 7),
        date(2027, 1, 4),
    ]
    assert {s.time() for s in starts} == {time(18)}


def test_the_window_is_half_open_in_utc():
    first = datetime(2026, 12, 7, 18)  # 2026-12-08T01:00Z
    assert recurrence.expand(
        "FREQ=DAILY", first, DENVER, utc(2026, 12, 8, 1), utc(2026, 12, 9, 1)
    ) == [utc(2026, 12, 8, 1)]


def test_a_one_off_session_appears_only_when_its_window_holds_it():
    first = datetime(2026, 12, 31, 18)

    assert recurrence.expand("", first, DENVER, utc(2026, 12, 1), utc(2027, 2, 1)) == [
        utc(2027, 1, 1, 1)
    ]
    assert recurrence.expand("", first, DENVER, utc(2027, 1, 1, 2), utc(2027, 2, 1)) == []


def test_a_start_skipped_by_spring_forward_lands_an_hour_later():
    assert recurrence.to_utc(datetime(2026, 3, 8, 2, 30), DENVER).astimezone(DENVER).time() == time(
        3, 30
    )


def test_an_until_in_utc_form_is_accepted_and_means_that_instant():
    # 2026-12-03T00:30Z is 17:30 on 2 December in Denver: the 18:00 session that day is after it.
    rule = recurrence.normalise_rule("FREQ=WEEKLY;BYDAY=WE;UNTIL=20261203T003000Z")
    assert rule == "FREQ=WEEKLY;BYDAY=WE;UNTIL=20261203T003000Z"

    starts = local_starts(rule, datetime(2026, 11, 18, 18), utc(2026, 11, 1), utc(2027, 1, 1))
    assert [s.date() for s in starts] == [date(2026, 11, 18), date(2026, 11, 25)]

    later = local_starts(
        "FREQ=WEEKLY;BYDAY=WE;UNTIL=20261203T010000Z",
        datetime(2026, 11, 18, 18),
        utc(2026, 11, 1),
        utc(2027, 1, 1),
    )
    assert [s.date() for s in later][-1] == date(2026, 12, 2)  # UNTIL is inclusive


def test_an_until_given_as_a_date_includes_that_days_session():
    starts = local_starts(
        "FREQ=WEEKLY;BYDAY=TH;UNTIL=20270107",
        datetime(2026, 12, 24, 18),
        utc(2026, 12, 1),
        utc(2027, 2, 1),
    )
    assert [s.date() for s in starts] == [date(2026, 12, 24), date(2026, 12, 31), date(2027, 1, 7)]


def test_a_count_ends_the_series():
    starts = local_starts(
        "FREQ=WEEKLY;BYDAY=MO;COUNT=3", datetime(2026, 11, 2, 18), utc(2026, 11, 1), utc(2027, 6, 1)
    )
    assert [s.date() for s in starts] == [date(2026, 11, 2), date(2026, 11, 9), date(2026, 11, 16)]


# --- normalising and refusing rules -------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "canonical"),
    [
        ("FREQ=WEEKLY;BYDAY=MO,WE,TH", "FREQ=WEEKLY;BYDAY=MO,WE,TH"),
        ("RRULE:freq=weekly;byday=tu ;", "FREQ=WEEKLY;BYDAY=TU"),
        ("rrule:FREQ=MONTHLY;BYMONTHDAY=15", "FREQ=MONTHLY;BYMONTHDAY=15"),
        ("FREQ=DAILY;INTERVAL=2;COUNT=10", "FREQ=DAILY;INTERVAL=2;COUNT=10"),
        ("  ", ""),
        ("RRULE:", ""),
    ],
)
def test_a_rule_is_normalised_to_its_canonical_form(given, canonical):
    assert recurrence.normalise_rule(given) == canonical


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ("every monday", "is not NAME=VALUE"),
        ("FREQ=WEEKLY;;BYDAY=MO", "is not NAME=VALUE"),
        ("FREQ=HOURLY", "FREQ=DAILY, WEEKLY, MONTHLY or YEARLY"),
        ("FREQ=MINUTELY;INTERVAL=15", "FREQ=DAILY, WEEKLY, MONTHLY or YEARLY"),
        ("BYDAY=MO", "FREQ=DAILY, WEEKLY, MONTHLY or YEARLY"),
        ("FREQ=DAILY;BYHOUR=9,10", "may not use BYHOUR"),
        ("FREQ=DAILY;BYMINUTE=0,30", "may not use BYMINUTE"),
        ("FREQ=WEEKLY;DTSTART=20260101T000000", "may not use DTSTART"),
        ("FREQ=WEEKLY;BYDAY=MO;byday=TU", "names a part twice"),
        ("FREQ=WEEKLY;BYDAY=" + ",".join(["MO"] * 100), "longer than 300 characters"),
        ("FREQ=WEEKLY;BYDAY=XX", "not valid RFC 5545"),
        ("FREQ=WEEKLY;BYDAY=MO,,WE", "not valid RFC 5545"),
        ("FREQ=WEEKLY;WKST=XX", "not valid RFC 5545"),
        ("FREQ=WEEKLY;COLOUR=BLUE", "not valid RFC 5545"),
        ("FREQ=WEEKLY;COUNT=2;UNTIL=20270101T000000Z", "COUNT or with UNTIL, not both"),
    ],
)
def test_a_bad_rule_is_refused_with_a_reason(rule, message):
    with pytest.raises(InvalidInput, match=message):
        recurrence.normalise_rule(rule)


@pytest.mark.parametrize(
    "rule", ["FREQ=WEEKLY;INTERVAL=0", "FREQ=DAILY;INTERVAL=-1", "FREQ=DAILY;INTERVAL=1000"]
)
def test_an_interval_that_dateutil_cannot_expand_is_refused(rule):
    # INTERVAL=0 used to be accepted, and expanding it never returned.
    with pytest.raises(InvalidInput, match="INTERVAL must be a whole number from 1 to 999"):
        recurrence.normalise_rule(rule)


def test_expanding_a_stored_rule_with_interval_zero_refuses_instead_of_hanging():
    with pytest.raises(InvalidInput, match="INTERVAL"):
        recurrence.expand(
            "FREQ=WEEKLY;INTERVAL=0",
            datetime(2026, 1, 5, 18),
            DENVER,
            utc(2026, 1, 1),
            utc(2026, 2, 1),
        )


def test_a_day_number_beyond_the_month_is_refused_rather_than_failing_at_expansion():
    with pytest.raises(InvalidInput, match=r"BYDAY=\+9MO"):
        recurrence.normalise_rule("FREQ=MONTHLY;BYDAY=+9MO")


@pytest.mark.parametrize("rule", ["FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=WEEKLY;COUNT=0"])
def test_a_rule_that_never_produces_a_session_is_refused(rule):
    with pytest.raises(InvalidInput, match="never produces a session"):
        recurrence.normalise_rule(rule)


# --- weeks, days and zones ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "monday"),
    [
        (date(2026, 3, 8), date(2026, 3, 2)),  # a Sunday belongs to the week before
        (date(2026, 3, 9), date(2026, 3, 9)),
        (date(2026, 11, 1), date(2026, 10, 26)),
        (date(2027, 1, 1), date(2026, 12, 28)),  # a week that spans the new year
    ],
)
def test_the_program_week_runs_monday_to_sunday(day, monday):
    assert recurrence.week_start(day) == monday


def test_the_spring_forward_day_is_23_hours_long():
    start, end = recurrence.local_day_bounds(date(2026, 3, 8), DENVER)
    assert (start, end) == (utc(2026, 3, 8, 7), utc(2026, 3, 9, 6))
    assert end - start == timedelta(hours=23)


def test_the_fall_back_day_is_25_hours_long():
    start, end = recurrence.local_day_bounds(date(2026, 11, 1), DENVER)
    assert (start, end) == (utc(2026, 11, 1, 6), utc(2026, 11, 2, 7))
    assert end - start == timedelta(hours=25)


def test_a_program_week_holding_a_dst_change_is_a_week_of_local_days():
    start, end = recurrence.local_day_bounds(
        recurrence.week_start(date(2026, 11, 1)), DENVER, days=7
    )
    assert start.astimezone(DENVER) == datetime(2026, 10, 26, tzinfo=DENVER)
    assert end.astimezone(DENVER) == datetime(2026, 11, 2, tzinfo=DENVER)
    assert end - start == timedelta(days=7, hours=1)


@pytest.mark.parametrize(
    "name", ["Mars/Olympus_Mons", "", "america/denver", "MST7MDT/", "../etc/passwd"]
)
def test_an_unknown_zone_name_is_refused(name):
    with pytest.raises(InvalidInput, match="is not an IANA time zone"):
        recurrence.zone(name)


def test_a_known_zone_name_gives_that_zone():
    assert recurrence.zone("America/Denver").key == "America/Denver"


@pytest.mark.parametrize(
    ("days", "rule"),
    [
        (["TH", "MO", "WE"], "FREQ=WEEKLY;BYDAY=MO,WE,TH"),
        (["tuesday", "Thu", "FR"], "FREQ=WEEKLY;BYDAY=TU,TH,FR"),
        (["MO", "TU", "WE", "TH", "FR", "MO"], "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    ],
)
def test_a_weekly_preset_lists_its_days_in_week_order(days, rule):
    assert recurrence.weekly_rule(days) == rule
    assert recurrence.normalise_rule(rule) == rule


@pytest.mark.parametrize("days", [[], ["MO", "XX"], [""]])
def test_a_weekly_preset_without_real_weekdays_is_refused(days):
    with pytest.raises(InvalidInput, match="Pick weekdays"):
        recurrence.weekly_rule(days)
