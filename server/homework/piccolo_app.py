import os

from piccolo.conf.apps import AppConfig

from server.homework.tables import Assignment, Submission, WorksheetTemplate

APP_CONFIG = AppConfig(
    app_name="homework",
    migrations_folder_path=os.path.join(os.path.dirname(__file__), "piccolo_migrations"),
    table_classes=[WorksheetTemplate, Assignment, Submission],
    migration_dependencies=["server.accounts.piccolo_app", "server.programs.piccolo_app"],
    commands=[],
)
