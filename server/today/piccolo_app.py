import os

from piccolo.conf.apps import AppConfig

APP_CONFIG = AppConfig(
    app_name="changes",
    migrations_folder_path=os.path.join(os.path.dirname(__file__), "piccolo_migrations"),
    table_classes=[],  # today_change is raw SQL: its triggers are per engine (see the migration)
    migration_dependencies=[
        "server.accounts.piccolo_app",
        "server.programs.piccolo_app",
        "server.checkins.piccolo_app",
        "server.meetings.piccolo_app",
        "server.homework.piccolo_app",
        "server.testing.piccolo_app",
        "server.notifications.piccolo_app",
        "server.measures.piccolo_app",
    ],
    commands=[],
)
