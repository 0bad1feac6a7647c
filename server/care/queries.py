"""The care feature's compiled statement: built and compiled once (see
server/core/db/compiled.py). The rules live in services.py; only the statement is here.

- REACHED: the alerts that reached a person lately. Every review-queue request asks it (B5:
  "B5 after care teams" in bench/README.md), and it almost always finds nothing, so it is one
  indexed lookup on alert_recipient, not a join.
"""

from __future__ import annotations

from server.care.tables import AlertRecipient
from server.core import db

REACHED = db.CompiledQuery(
    lambda account_id, since: AlertRecipient.select(AlertRecipient.alert).where(
        (AlertRecipient.account == account_id) & (AlertRecipient.notified_at >= since)
    ),
    arity=2,
)
