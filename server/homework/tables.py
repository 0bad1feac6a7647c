"""Homework: counselors' own worksheet templates, assignments and each client's submission.

An assignment copies its prompts (JSON), so editing a template never changes homework already
given. One submission row per assignment and client is made when the assignment is given
(status "assigned"), which is what "9 of 12 done" counts. Indexes and the unique key come from
a raw migration (both engines).
"""

from __future__ import annotations

from piccolo.columns import Boolean, ForeignKey, Integer, Text, Timestamptz, Varchar
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from server.accounts.tables import Account
from server.programs.tables import SessionOccurrence, Track


class WorksheetTemplate(Table, tablename="worksheet_template"):
    owner = ForeignKey(Account, on_delete=OnDelete.cascade)
    title = Varchar(length=120)
    description = Text(default="")
    prompts = Text()  # JSON list of prompts
    archived = Boolean(default=False)
    updated_at = Timestamptz()


class Assignment(Table, tablename="assignment"):
    title = Varchar(length=120)
    instructions = Text(default="")
    prompts = Text()  # JSON list of prompts, copied from the template and edited
    template = Varchar(length=60, null=True, default=None)  # where it came from (for counting use)
    occurrence = ForeignKey(SessionOccurrence, on_delete=OnDelete.set_null, null=True, default=None)
    track = ForeignKey(Track, on_delete=OnDelete.cascade, null=True, default=None)
    client = ForeignKey(
        Account, on_delete=OnDelete.cascade, null=True, default=None
    )  # given to one client
    assigned_by = ForeignKey(Account, on_delete=OnDelete.set_null, null=True)
    assigned_at = Timestamptz()
    due_at = Timestamptz()


class Submission(Table, tablename="submission"):
    assignment = ForeignKey(Assignment, on_delete=OnDelete.cascade)
    client = ForeignKey(Account, on_delete=OnDelete.cascade)
    status = Varchar(length=12, default="assigned")  # assigned|draft|submitted|returned|reviewed
    answers = Text(default="{}")  # JSON object: prompt key -> answer
    draft_saved_at = Timestamptz(null=True, default=None)  # device time of the words kept
    submitted_at = Timestamptz(null=True, default=None)
    revision = Integer(default=0)
    feedback = Text(default="")
    reviewed_by = ForeignKey(Account, on_delete=OnDelete.set_null, null=True, default=None)
    reviewed_at = Timestamptz(null=True, default=None)
    updated_at = Timestamptz()
