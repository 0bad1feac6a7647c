"""One check-in per client per day: existing duplicates merged, then unique keys.

Before this, every check-in was its own row, so a client who checked in three times in a day had
three. Each such day is merged into one entry, in SQL both engines accept:

- the day's latest check-in stays, as the entry (its id, its answers); the others become its
  `checkin_revision` rows, with their own ids (a phone's retry of one is still recognised);
- the entry's `submitted_at` becomes the day's first check-in time (its place in the queue),
  `updated_at` the latest's, `revisions` how many were merged in, its risk the day's highest
  (`answers_risk` keeps the latest answers' own);
- the entry is reviewed only when every merged check-in was (nobody's answers go unseen);
- an urgent alert of a merged check-in moves to the entry when the entry has none (the first
  raised one; any others keep pointing at their check-in's id, now a revision's).

Then: the (client, local_date) index becomes unique, and each version's submission id is unique.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-12-07T05:39:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "one check-in per client per day: duplicates merged, unique keys"

_RANK = "CASE {} WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 ELSE 2 END"
_ANSWERS = (
    "mood, craving, used, substances, medication, sleep_hours, triggers, helped, safety_concern, note"
)

STATEMENTS = [
    # Every check-in that is not its day's latest, with the latest (`keep`) of its day.
    """CREATE TABLE checkin_merge AS
       SELECT c.id AS id, k.id AS keep
       FROM checkin c JOIN checkin k ON k.client = c.client AND k.local_date = c.local_date
       WHERE c.id <> k.id AND NOT EXISTS (
           SELECT 1 FROM checkin n WHERE n.client = k.client AND n.local_date = k.local_date
           AND (n.submitted_at > k.submitted_at OR (n.submitted_at = k.submitted_at AND n.id > k.id)))""",
    f"""INSERT INTO checkin_revision (checkin, submission, body_hash, submitted_at, {_ANSWERS},
           risk, reviewed_by, reviewed_at, counselor_note)
       SELECT m.keep, c.id, c.body_hash, c.submitted_at, {", ".join("c." + a.strip() for a in _ANSWERS.split(","))},
           c.risk, c.reviewed_by, c.reviewed_at, c.counselor_note
       FROM checkin c JOIN checkin_merge m ON m.id = c.id""",
    # Right-hand sides read the row as it was: updated_at takes the latest's own time.
    f"""UPDATE checkin SET
           answers_risk = risk,
           updated_at = submitted_at,
           revisions = (SELECT COUNT(*) FROM checkin_merge m WHERE m.keep = checkin.id),
           submitted_at = COALESCE((SELECT MIN(r.submitted_at) FROM checkin_revision r
                                    WHERE r.checkin = checkin.id), submitted_at),
           risk_rank = COALESCE((SELECT MIN({_RANK.format("r.risk")}) FROM checkin_revision r
                                 WHERE r.checkin = checkin.id AND {_RANK.format("r.risk")} < checkin.risk_rank),
                                risk_rank)
       WHERE id IN (SELECT keep FROM checkin_merge)""",
    """UPDATE checkin SET risk = CASE risk_rank WHEN 0 THEN 'urgent' WHEN 1 THEN 'high' ELSE 'normal' END
       WHERE id IN (SELECT keep FROM checkin_merge)""",
    """UPDATE checkin SET reviewed_at = NULL, reviewed_by = NULL, counselor_note = ''
       WHERE id IN (SELECT m.keep FROM checkin_merge m JOIN checkin c ON c.id = m.id
                    WHERE c.reviewed_at IS NULL)""",
    """UPDATE urgent_alert SET subject = (
           SELECT 'checkin:' || m.keep FROM checkin_merge m WHERE 'checkin:' || m.id = urgent_alert.subject)
       WHERE id IN (
           SELECT MIN(a.id) FROM urgent_alert a JOIN checkin_merge m ON a.subject = 'checkin:' || m.id
           WHERE NOT EXISTS (SELECT 1 FROM urgent_alert b WHERE b.subject = 'checkin:' || m.keep)
           GROUP BY m.keep)""",
    "DELETE FROM checkin WHERE id IN (SELECT id FROM checkin_merge)",
    "DROP TABLE checkin_merge",
    # One check-in per client and day (and still a client's recent days, as before).
    "DROP INDEX checkin_client_day",
    "CREATE UNIQUE INDEX checkin_client_day ON checkin (client, local_date)",
    # A retry of any version is recognised by its id, whichever version it was.
    "CREATE UNIQUE INDEX checkin_submission ON checkin (submission)",
    "CREATE UNIQUE INDEX checkin_revision_submission ON checkin_revision (submission)",
    "CREATE INDEX checkin_revision_checkin ON checkin_revision (checkin, submitted_at)",
]


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="checkins", description=DESCRIPTION)

    async def run():
        engine = engine_finder()
        for statement in STATEMENTS:
            await engine.run_ddl(statement)

    manager.add_raw(run)
    return manager
