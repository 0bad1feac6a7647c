"""The outcomes report's indexes (B8, bench/b8_outcomes.py; read by server/measures/outcome_counts.py).

- measure_response_ends: the standing responses of a client and instrument in time order, with
  the day and score, so the first and the last of a range are one covering seek each. SQLite
  has no INCLUDE: the day and score are trailing key columns there (the rowid comes last and
  breaks ties), and so is superseded_at, always NULL here, without which SQLite 3.40 reads the
  table row to check the index's own condition; PostgreSQL orders ties by id, as the report's
  ORDER BY does.
- measure_response_window: the windows a client's answers completed (`due_from`), so a
  report counts an enrollment's filled-in windows with one range scan.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-12-07T21:45:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "the outcomes report's indexes: responses' ends and completed windows"

WINDOW = (
    "CREATE INDEX measure_response_window ON measure_response (client, instrument, due_from) "
    "WHERE due_from IS NOT NULL"
)
STATEMENTS = {
    "sqlite": [
        "CREATE INDEX measure_response_ends ON measure_response "
        "(client, instrument, submitted_at, local_date, score, superseded_at) "
        "WHERE superseded_at IS NULL",
        WINDOW,
    ],
    "postgres": [
        "CREATE INDEX measure_response_ends ON measure_response "
        "(client, instrument, submitted_at, id) INCLUDE (local_date, score) "
        "WHERE superseded_at IS NULL",
        WINDOW,
    ],
}


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="measures", description=DESCRIPTION)

    async def run():
        engine = engine_finder()
        for statement in STATEMENTS[engine.engine_type]:
            await engine.run_ddl(statement)

    manager.add_raw(run)
    return manager
