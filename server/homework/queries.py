"""Homework's compiled statements: built and compiled once, then run with fresh arguments (see
server/core/db/compiled.py). services.py states the rules (which statuses are open work, how
long a list may be) and runs these with db.run_compiled; a new query belongs there, written in
plain Piccolo, unless a benchmark names its path.

What they serve, and the benchmark that justifies each (figures in bench/README.md):
- open_work: Today's homework card (homework_card). B1 = /api/me/today throughput: Today's
  build runs it on a cache miss; B6 = 200-client load (Today is the first step of every
  client's morning routine). Built by Piccolo per request it cost ~0.9 ms, and with the
  meetings card it had taken /today on the 10,000-client clinic from ~2,800 to ~580 req/s;
  compiled, ~12 us in-process.
- open_due_of: the caseload's open and overdue counts for all its clients at once
  (services.client_homework). B5's caseload case: built by Piccolo per request it cost ~0.9 ms
  of a 60-client caseload on PostgreSQL; compiled per size bucket of the id list
  (programs.queries.ForMany).

CLIENT_COLUMNS is the row shape of a client's own submission; the plain queries of services.py
(the client's list, one assignment, the counselor's view) select the same columns, so every
such row has one shape (_item reads it).
"""

from __future__ import annotations

from functools import cache

from server.core import db
from server.homework.tables import Submission
from server.programs.queries import ForMany

CLIENT_COLUMNS = (
    Submission.id,
    Submission.status,
    Submission.answers,
    Submission.draft_saved_at,
    Submission.submitted_at,
    Submission.revision,
    Submission.feedback,
    Submission.reviewed_at,
    Submission.assignment,
    Submission.assignment.title,
    Submission.assignment.instructions,
    Submission.assignment.prompts,
    Submission.assignment.due_at,
)


# Today asks this on every app open: compiled once (see db.CompiledQuery).
@cache
def open_work(status_count: int, limit: int) -> db.CompiledQuery:
    """A client's submissions in any of `status_count` statuses, by due time, at most `limit`.
    Arguments: client_id, then the statuses. One statement per (status_count, limit): the
    caller passes its rules' len(OPEN) and LIST_MAX, which stay in services.py."""
    return db.CompiledQuery(
        lambda client_id, *statuses: (
            Submission.select(*CLIENT_COLUMNS)
            .where((Submission.client == client_id) & Submission.status.is_in(list(statuses)))
            .order_by(Submission.assignment.due_at)
            .limit(limit)
        ),
        arity=1 + status_count,
    )


@cache
def open_due_of(status_count: int) -> ForMany:
    """These clients' submissions in any of `status_count` statuses, with their assignment's due
    time. Arguments: the client ids, then the statuses (the caller's len(OPEN))."""
    return ForMany(
        lambda ids, *statuses: Submission.select(
            Submission.client, Submission.assignment.due_at
        ).where(Submission.client.is_in(ids) & Submission.status.is_in(list(statuses))),
        rest=status_count,
    )
