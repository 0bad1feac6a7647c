import os

from piccolo.conf.apps import AppConfig

from server.testing.tables import DrugTest, RandomTestPolicy, SelectionRun

APP_CONFIG = AppConfig(
    app_name="testing",
    migrations_folder_path=os.path.join(os.path.dirname(__file__), "piccolo_migrations"),
    table_classes=[RandomTestPolicy, SelectionRun, DrugTest],
    migration_dependencies=["server.accounts.piccolo_app", "server.programs.piccolo_app"],
    commands=[],
)
