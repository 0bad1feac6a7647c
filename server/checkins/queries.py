"""The check-ins feature's compiled statement: built and compiled once (see
server/core/db/compiled.py), run by services.today_state with db.fetch_first. The rules live in
services.py; only the statement is here.

- LATEST: the client's latest check-in, for the check-in card of Today, built on every Today
  the cache cannot answer — B1 /api/me/today (a Today build's queries compiled once; see
  bench/README.md, "After Today gained the check-in card") and B6 (200 clients' morning
  routine, Today first).
"""

from __future__ import annotations

from server.checkins.tables import Checkin
from server.core import db

# Today asks this on every app open: compiled once (see db.CompiledQuery).
LATEST = db.CompiledQuery(
    lambda client_id, since: (
        Checkin.select()
        .where((Checkin.client == client_id) & (Checkin.local_date >= since))
        .order_by(Checkin.submitted_at, ascending=False)
        .limit(1)
    ),
    arity=2,
)
