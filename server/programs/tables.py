"""The IOP schedule: programs, tracks (cohorts), recurring session series, their materialized
occurrences, enrollments, attendance, and each client's calendar-feed token.

Composite unique keys and indexes are created by a raw migration (Piccolo's constraints use
ALTER TABLE ADD CONSTRAINT, which SQLite lacks): occurrence (series, original_start) and
attendance (occurrence, client) are unique; occurrences are indexed by (track, starts_at) and
(client, starts_at) for a day's schedule, attendance by (client, session_start) for a week's
hours. Triggers keep attendance.session_start equal to its occurrence's starts_at.

Times: a series' first start and its RRULE are in the program's local time (naive), so DST
never moves a 6 pm group; occurrences store UTC instants computed from them.
"""

from __future__ import annotations

from enum import Enum

from piccolo.columns import (
    Boolean,
    Date,
    ForeignKey,
    Integer,
    Real,
    Text,
    Timestamp,
    Timestamptz,
    Varchar,
)
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from server.accounts.tables import Account


class SessionKind(str, Enum):
    group = "group"
    individual = "individual"
    family = "family"
    education = "education"


class OccurrenceStatus(str, Enum):
    scheduled = "scheduled"
    cancelled = "cancelled"


class EnrollmentStatus(str, Enum):
    active = "active"
    completed = "completed"
    discharged = "discharged"


class AttendanceStatus(str, Enum):
    present = "present"
    late = "late"
    absent = "absent"
    excused = "excused"


class Program(Table, tablename="program"):
    name = Varchar(length=100)
    timezone = Varchar(length=64)  # IANA, e.g. America/Denver
    min_weekly_hours = Real(default=9.0)
    phone = Varchar(length=32, default="")  # the front desk: how a client reaches their counselor


class Track(Table, tablename="track"):
    """A cohort within a program, e.g. "Evening IOP"."""

    program = ForeignKey(Program, on_delete=OnDelete.cascade, index=True)
    name = Varchar(length=100)
    active = Boolean(default=True)


class SessionSeries(Table, tablename="session_series"):
    """A recurring session (rrule set) or a one-off (rrule empty), for a track or one client."""

    program = ForeignKey(Program, on_delete=OnDelete.cascade, index=True)
    track = ForeignKey(Track, on_delete=OnDelete.cascade, null=True, index=True)
    client = ForeignKey(Account, on_delete=OnDelete.cascade, null=True, index=True)
    kind = Varchar(length=16, choices=SessionKind)
    title = Varchar(length=100)  # neutral words: what a lock screen or a shared calendar may show
    rrule = Text(default="")  # RFC 5545 RRULE value in program-local time; "" for a one-off
    local_start = Timestamp()  # first start, program-local wall time
    duration_minutes = Integer()
    location = Varchar(length=200, default="")
    video_url = Varchar(length=500, default="")
    facilitator = ForeignKey(Account, on_delete=OnDelete.set_null, null=True, index=True)
    ended = Boolean(default=False)  # no occurrences after it was ended
    version = Integer(default=0)  # bumped by every edit; feeds the calendar's SEQUENCE
    updated_at = Timestamptz()


class SessionOccurrence(Table, tablename="session_occurrence"):
    """One session on one day. `original_start` identifies it within its series forever (the
    calendar UID derives from it); `starts_at` moves when the occurrence is rescheduled."""

    series = ForeignKey(SessionSeries, on_delete=OnDelete.cascade)
    # Copied from the series so that a day's schedule is one indexed range scan.
    track = ForeignKey(Track, on_delete=OnDelete.cascade, null=True)
    client = ForeignKey(Account, on_delete=OnDelete.cascade, null=True)
    original_start = Timestamptz()
    starts_at = Timestamptz(index=True)
    ends_at = Timestamptz()
    status = Varchar(length=16, choices=OccurrenceStatus, default=OccurrenceStatus.scheduled.value)
    detached = Boolean(default=False)  # edited on its own: series edits leave it alone
    location = Varchar(length=200, null=True, default=None)  # overrides the series' when set
    sequence = Integer(default=0)


class Enrollment(Table, tablename="enrollment"):
    client = ForeignKey(Account, on_delete=OnDelete.cascade, index=True)
    track = ForeignKey(Track, on_delete=OnDelete.cascade, index=True)
    program = ForeignKey(Program, on_delete=OnDelete.cascade)
    starts_on = Date()
    ends_on = Date(null=True, default=None)  # inclusive; open-ended when null
    status = Varchar(length=16, choices=EnrollmentStatus, default=EnrollmentStatus.active.value)


class Attendance(Table, tablename="attendance"):
    occurrence = ForeignKey(SessionOccurrence, on_delete=OnDelete.cascade, index=True)
    client = ForeignKey(Account, on_delete=OnDelete.cascade, index=True)
    status = Varchar(length=16, choices=AttendanceStatus)
    minutes = Integer(default=0)
    recorded_by = ForeignKey(Account, on_delete=OnDelete.set_null, null=True)
    recorded_at = Timestamptz()
    # The session's start (its occurrence's starts_at), so that a client's hours in a week are
    # one range of the (client, session_start) index. The database keeps it: triggers fill it
    # from the session on every write of a mark (whatever was passed) and move it with the
    # session (programs_2026_12_07t06_40_00_000000). Null only for a mark written before them.
    session_start = Timestamptz(null=True, default=None)


class CalendarFeed(Table, tablename="calendar_feed"):
    """A client's secret calendar URL. Only the SHA-256 of its token is stored."""

    client = ForeignKey(Account, on_delete=OnDelete.cascade, unique=True)
    token_hash = Varchar(length=64, unique=True, null=True, default=None)
    discreet = Boolean(default=True)  # neutral titles ("Appointment") and no places
    created_at = Timestamptz()
