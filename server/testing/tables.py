"""Random and scheduled drug testing: each track's random-testing policy, the record that a
track's selection for a day was made, and the tests themselves.

A selection run is claimed (inserted) before the draw, under a unique key on (track,
local_date), so whichever process inserts it draws and every other one skips: the draw for a
day happens once, never twice with the second draw's rows merely refused. Composite unique
keys and indexes come from a raw migration (both engines).

Times: the policy's times are program-local wall times ("HH:MM"); a test's window is stored
as UTC instants computed from them on its day, so DST never moves an 8 am window.
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
    Timestamptz,
    Varchar,
)
from piccolo.columns.base import OnDelete
from piccolo.table import Table

from server.accounts.tables import Account
from server.programs.tables import Track


class DrugTestKind(str, Enum):
    random = "random"
    scheduled = "scheduled"


class DrugTestStatus(str, Enum):
    selected = "selected"  # waiting for the client to come in
    collected = "collected"
    missed = "missed"
    excused = "excused"


class RandomTestPolicy(Table, tablename="random_test_policy"):
    """A track's random testing. A track without a row (or with an inactive one) is not tested."""

    track = ForeignKey(Track, on_delete=OnDelete.cascade, unique=True)
    tests_per_week = Real()  # expected tests per client a week; p = this / testing days a week
    selection_time = Varchar(length=5, default="06:00")  # program-local "HH:MM"
    window_start = Varchar(length=5, default="08:00")
    window_end = Varchar(length=5, default="17:00")
    days = Varchar(length=20, default="MO,TU,WE,TH,FR")  # the testing weekdays
    active = Boolean(default=True)
    updated_at = Timestamptz()


class SelectionRun(Table, tablename="test_selection_run"):
    """A track's draw for one program-local day; unique per (track, local_date).

    Its existence is what makes "no test today" knowable. `skipped`: the jobs process reached
    the day only after its testing window had ended, so nobody was drawn.
    """

    track = ForeignKey(Track, on_delete=OnDelete.cascade)
    local_date = Date()
    ran_at = Timestamptz()
    eligible = Integer(default=0)  # clients enrolled and active in the track that day
    selected = Integer(default=0)
    skipped = Boolean(default=False)


class DrugTest(Table, tablename="drug_test"):
    """One test of one client on one program-local day (unique per client and day)."""

    client = ForeignKey(Account, on_delete=OnDelete.cascade)
    track = ForeignKey(Track, on_delete=OnDelete.set_null, null=True, default=None)
    kind = Varchar(length=12, choices=DrugTestKind)
    local_date = Date()
    window_start_at = Timestamptz()
    window_end_at = Timestamptz()
    status = Varchar(length=12, choices=DrugTestStatus, default=DrugTestStatus.selected.value)
    result = Varchar(length=12, null=True, default=None)  # negative|positive|dilute|invalid
    substances = Text(default="[]")  # JSON list of short strings (a positive result only)
    note = Text(default="")
    created_by = ForeignKey(
        Account, on_delete=OnDelete.set_null, null=True, default=None
    )  # scheduled tests
    recorded_by = ForeignKey(Account, on_delete=OnDelete.set_null, null=True, default=None)
    recorded_at = Timestamptz(null=True, default=None)
    created_at = Timestamptz()
