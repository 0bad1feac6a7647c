"""Attendance carries its session's start, kept in step by the database.

The week's hours sum a client's marks of sessions starting in the week. Found through the
session, that read each client's whole attendance history (every mark looked its session up by
id to learn its start: ~92 rows a client on B5's 10,000-client clinic) for a week's three to
ten. With the start on the mark, a week is one range of the (client, session_start) index,
which also holds the status and minutes the sum needs.

The start is the database's to keep, not each writer's: a trigger fills it from the session
whenever a mark is written (whatever the writer passed; raw inserts and older code pass none),
and another moves it with the session when the session's start changes (an admin moving one
session, a series edit). Existing marks are filled here from their sessions.
"""

from piccolo.apps.migrations.auto.migration_manager import MigrationManager
from piccolo.engine import engine_finder

ID = "2026-12-07T06:40:00:000000"
VERSION = "1.38.0"
DESCRIPTION = "attendance.session_start: filled, indexed, kept in step"

_START = "(SELECT o.starts_at FROM session_occurrence o WHERE o.id = NEW.occurrence)"
SQLITE = [
    "UPDATE attendance SET session_start = (SELECT o.starts_at FROM session_occurrence o "
    "WHERE o.id = attendance.occurrence)",
    # SQLite cannot assign NEW in a BEFORE trigger: the row is corrected right after it is
    # written, and only when its start differs (the bench generator and most writers pass it).
    "CREATE TRIGGER attendance_session_start_insert AFTER INSERT ON attendance "
    f"WHEN NEW.session_start IS NOT {_START} "
    f"BEGIN UPDATE attendance SET session_start = {_START} WHERE id = NEW.id; END",
    "CREATE TRIGGER attendance_session_start_update "
    "AFTER UPDATE OF occurrence, session_start ON attendance "
    f"WHEN NEW.session_start IS NOT {_START} "
    f"BEGIN UPDATE attendance SET session_start = {_START} WHERE id = NEW.id; END",
    "CREATE TRIGGER session_occurrence_moves_attendance "
    "AFTER UPDATE OF starts_at ON session_occurrence WHEN NEW.starts_at IS NOT OLD.starts_at "
    "BEGIN UPDATE attendance SET session_start = NEW.starts_at WHERE occurrence = NEW.id; END",
]
# The fill changes nothing a Today shows (the hours were summed from the same starts), so on
# PostgreSQL it does not append a change stamp per mark (Today's trigger, when present).
_FILL = (
    "UPDATE attendance a SET session_start = o.starts_at FROM session_occurrence o "
    "WHERE o.id = a.occurrence;"
)
POSTGRES = [
    "DO $$ BEGIN "
    "IF EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = 'attendance'::regclass "
    "AND tgname = 'today_change') THEN "
    f"ALTER TABLE attendance DISABLE TRIGGER today_change; {_FILL} "
    "ALTER TABLE attendance ENABLE TRIGGER today_change; "
    f"ELSE {_FILL} END IF; END $$",
    "CREATE FUNCTION attendance_session_start() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN NEW.session_start := {_START}; RETURN NEW; END $$",
    "CREATE TRIGGER attendance_session_start "
    "BEFORE INSERT OR UPDATE OF occurrence, session_start ON attendance "
    "FOR EACH ROW EXECUTE FUNCTION attendance_session_start()",
    "CREATE FUNCTION session_occurrence_moves_attendance() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN UPDATE attendance SET session_start = NEW.starts_at WHERE occurrence = NEW.id; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER session_occurrence_moves_attendance AFTER UPDATE OF starts_at "
    "ON session_occurrence FOR EACH ROW WHEN (OLD.starts_at IS DISTINCT FROM NEW.starts_at) "
    "EXECUTE FUNCTION session_occurrence_moves_attendance()",
]
# A client's marks of sessions starting in a range, with what the hours sum (both engines).
INDEX = (
    "CREATE INDEX attendance_client_session_start "
    "ON attendance (client, session_start, status, minutes)"
)


async def forwards():
    manager = MigrationManager(migration_id=ID, app_name="programs", description=DESCRIPTION)

    async def fill_index_and_keep_in_step():
        engine = engine_finder()
        postgres = engine.engine_type != "sqlite"
        for statement in [*(POSTGRES if postgres else SQLITE), INDEX]:
            await engine.run_ddl(statement)
        if postgres:
            await engine.run_ddl("ANALYZE attendance")  # the planner learns the new column

    manager.add_raw(fill_index_and_keep_in_step)
    return manager
