"""Scored questionnaires (their schedules and responses) and each client's personal safety plan.

A response's answers are stored item by item (JSON: item key -> option index), with its scores,
and never change: a correction is a new response that names the one it supersedes, and the
earlier one is marked superseded (its answers stay as they were). A safety plan is a list of
versions: every edit, by the client or their counselor, adds one. Keys and indexes come from a
raw migration (both engines): responses by client, instrument and time, the ones waiting for a
counselor's look, and one plan version per number per client.
"""

from __future__ import annotations

from piccolo.columns import (
    UUID,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    Serial,
    Text,
    Timestamptz,
    Varchar,
)
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from server.accounts.tables import Account
from server.programs.tables import Program, Track


class MeasureSchedule(Table, tablename="measure_schedule"):
    """When an instrument is due: for everyone enrolled in a track, or for one client (a
    client's own schedule for an instrument replaces their track's)."""

    id = Serial(primary_key=True)
    program = ForeignKey(Program, on_delete=OnDelete.cascade)
    track = ForeignKey(Track, on_delete=OnDelete.cascade, null=True, default=None)
    client = ForeignKey(Account, on_delete=OnDelete.cascade, null=True, default=None)
    instrument = Varchar(length=16)
    at_intake = Boolean(default=True)  # due in the first days of an enrollment
    every_days = Integer(null=True, default=None)  # then every so many days (7, 14, 28 …)
    at_discharge = Boolean(default=False)  # due in the last days before a planned end
    window_days = Integer(default=3)  # how long each due window stays open
    updated_by = ForeignKey(Account, on_delete=OnDelete.set_null, null=True, default=None)
    updated_at = Timestamptz()


class MeasureResponse(Table, tablename="measure_response"):
    """A completed questionnaire: item answers, scores, and whether it raised a safety flag."""

    id = UUID(primary_key=True)  # made by the phone: a retry of the same answers is one row
    client = ForeignKey(Account, on_delete=OnDelete.cascade)
    instrument = Varchar(length=16)
    version = Varchar(length=16)  # the instrument text's version the answers were given to
    language = Varchar(length=8)  # the language the client read it in
    answers = Text()  # JSON {item key: option index}
    scores = Text()  # JSON {scale key: points}
    score = Integer()  # the headline scale's points (outcomes, caseload, charts)
    band_level = Integer()  # the headline band's level, 0 (none) .. 4 (severe)
    safety = Boolean(default=False)  # a safety item answered positively (PHQ-9 item 9, C-SSRS)
    previous_score = Integer(null=True, default=None)  # the client's last score before this one
    attention = Boolean(
        default=False
    )  # worth a counselor's look: safety, a worse band, a big change
    local_date = Date()  # the client's day it was completed
    due_from = Date(null=True, default=None)  # the due window it completed, if any
    submitted_at = Timestamptz()
    body_hash = Varchar(length=64)
    supersedes = UUID(null=True, default=None)  # the response this one corrects
    superseded_at = Timestamptz(null=True, default=None)  # set when a correction replaces it
    reviewed_by = ForeignKey(Account, on_delete=OnDelete.set_null, null=True, default=None)
    reviewed_at = Timestamptz(null=True, default=None)


class SafetyPlan(Table, tablename="safety_plan"):
    """One version of a client's safety plan (Stanley–Brown); the highest version is current."""

    id = Serial(primary_key=True)
    client = ForeignKey(Account, on_delete=OnDelete.cascade)
    version = Integer()
    sections = Text()  # JSON: see services.SECTIONS
    edited_by = ForeignKey(Account, on_delete=OnDelete.set_null, null=True, default=None)
    edited_at = Timestamptz()
