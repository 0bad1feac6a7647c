import os

from piccolo.conf.apps import AppConfig

from server.meetings.tables import AftercarePlan, MeetingDirectory, MeetingLog

APP_CONFIG = AppConfig(
    app_name="meetings",
    migrations_folder_path=os.path.join(os.path.dirname(__file__), "piccolo_migrations"),
    table_classes=[MeetingDirectory, MeetingLog, AftercarePlan],
    migration_dependencies=["server.accounts.piccolo_app"],
    commands=[],
)
