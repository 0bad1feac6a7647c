import os

from piccolo.conf.apps import AppConfig

from server.care.tables import AlertRecipient, OnCall, ProgramCare, UrgentAlert

APP_CONFIG = AppConfig(
    app_name="care",
    migrations_folder_path=os.path.join(os.path.dirname(__file__), "piccolo_migrations"),
    table_classes=[ProgramCare, OnCall, UrgentAlert, AlertRecipient],
    migration_dependencies=["server.accounts.piccolo_app", "server.programs.piccolo_app"],
    commands=[],
)
