import os

from piccolo.conf.apps import AppConfig

from server.programs.tables import (
    Attendance,
    CalendarFeed,
    Enrollment,
    Program,
    SessionOccurrence,
    SessionSeries,
    Track,
)

APP_CONFIG = AppConfig(
    app_name="programs",
    migrations_folder_path=os.path.join(os.path.dirname(__file__), "piccolo_migrations"),
    table_classes=[
        Program,
        Track,
        SessionSeries,
        SessionOccurrence,
        Enrollment,
        Attendance,
        CalendarFeed,
    ],
    migration_dependencies=["server.accounts.piccolo_app"],
    commands=[],
)
