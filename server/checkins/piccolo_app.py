import os

from piccolo.conf.apps import AppConfig

from server.checkins.tables import Checkin, CheckinPolicy, CheckinRevision

APP_CONFIG = AppConfig(
    app_name="checkins",
    migrations_folder_path=os.path.join(os.path.dirname(__file__), "piccolo_migrations"),
    table_classes=[Checkin, CheckinRevision, CheckinPolicy],
    migration_dependencies=[
        "server.accounts.piccolo_app",
        "server.programs.piccolo_app",
        "server.care.piccolo_app",  # merging duplicate days moves their urgent alerts
    ],
    commands=[],
)
