import os

from piccolo.conf.apps import AppConfig

from server.measures.tables import MeasureResponse, MeasureSchedule, SafetyPlan

APP_CONFIG = AppConfig(
    app_name="measures",
    migrations_folder_path=os.path.join(os.path.dirname(__file__), "piccolo_migrations"),
    table_classes=[MeasureSchedule, MeasureResponse, SafetyPlan],
    migration_dependencies=["server.accounts.piccolo_app", "server.programs.piccolo_app"],
    commands=[],
)
