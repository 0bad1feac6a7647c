"""Drug testing's compiled statements: built and compiled once, then run with fresh arguments
(see server/core/db/compiled.py). services.py states the rules and runs these with
db.fetch_first; a new query belongs there, written in plain Piccolo, unless a benchmark names
its path.

What they serve, and the benchmark that justifies them (figures in bench/README.md):
- TODAYS_TEST, POLICY, DAY_DRAWN, FRONT_DESK: Today's call-in card (testing_card: is the client tested
  today, and if not, is their track's draw made yet). B1 = /api/me/today throughput: Today's
  build runs these on a cache miss, where every card's queries count (a Piccolo query built per
  request costs ~150 us, ~0.9 ms with joins; compiled, only its round trip); B6 = 200-client
  load (Today is the first step of every client's morning routine).
- They also serve paths no benchmark names, which need no compiling but share the statements:
  POLICY the admin's track policy (track_policy) and the draw (run_selection); DAY_DRAWN the
  jobs process's selection tick (select_if_due, jobs/testing.py).

POLICY_COLUMNS is the row shape of a policy with its track's state and its program's zone; the
plain query of services.py for the job (active_policies) selects the same columns, so every
policy row has one shape.
"""

from __future__ import annotations

from server.core import db
from server.programs.tables import Program
from server.testing.tables import DrugTest, RandomTestPolicy, SelectionRun

P = RandomTestPolicy

POLICY_COLUMNS = (
    P.track,
    P.tests_per_week,
    P.selection_time,
    P.window_start,
    P.window_end,
    P.days,
    P.active,
    P.track.active,
    P.track.program.timezone,
)


# Today asks these on every app open: compiled once (see db.CompiledQuery).
POLICY = db.CompiledQuery(
    lambda track_id: P.select(*POLICY_COLUMNS).where(P.track == track_id).limit(1), arity=1
)
TODAYS_TEST = db.CompiledQuery(
    lambda client_id, day: (
        DrugTest.select(
            DrugTest.kind,
            DrugTest.status,
            DrugTest.window_start_at,
            DrugTest.window_end_at,
            DrugTest.note,
        )
        .where((DrugTest.client == client_id) & (DrugTest.local_date == day))
        .limit(1)
    ),
    arity=2,
)
# Where a client comes in for a test, and the front desk's number (Today's call-in card).
FRONT_DESK = db.CompiledQuery(
    lambda program_id: (
        Program.select(Program.name, Program.phone).where(Program.id == program_id).limit(1)
    ),
    arity=1,
)
DAY_DRAWN = db.CompiledQuery(
    lambda track_id, day: (
        SelectionRun.select(SelectionRun.id)
        .where((SelectionRun.track == track_id) & (SelectionRun.local_date == day))
        .limit(1)
    ),
    arity=2,
)
