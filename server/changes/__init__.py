"""Per-client change stamps (the today_change table and its triggers: see this app's migration).

A cached Today is served only while the client's two stamps (their own and client 0's, what
everyone's Today shows) are the ones it was built under.
"""

from __future__ import annotations

from server import db

# Columns to add to a SELECT whose FROM has "auth_session": the signed-in client's stamps.
# NULL until a row feeding that Today has changed since the table was created.
STAMP_COLUMNS = (
    '(SELECT CAST(SUM(stamp) AS BIGINT) FROM today_change WHERE client_id = "auth_session"."account") AS "today.mine", '
    '(SELECT CAST(SUM(stamp) AS BIGINT) FROM today_change WHERE client_id = 0) AS "today.shared"'
)

COMPACT_SQL = """
WITH gone AS (
    DELETE FROM today_change
    WHERE client_id IN (SELECT client_id FROM today_change GROUP BY client_id HAVING COUNT(*) > 1)
    RETURNING client_id, stamp
)
INSERT INTO today_change (client_id, stamp) SELECT client_id, SUM(stamp) FROM gone GROUP BY client_id
"""


async def compact_today_changes() -> None:
    """PostgreSQL appends a row per change: fold each client's rows into one with the same sum
    (one statement, so readers see the rows before or after, never a different sum). SQLite
    keeps one row per client already."""
    engine = db.current()
    if engine.engine_type == "postgres":
        await engine.run_ddl(COMPACT_SQL)
