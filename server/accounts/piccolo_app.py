import os

from piccolo.conf.apps import AppConfig

from server.accounts.tables import (
    Account,
    AuthSession,
    CareTeamMember,
    ClientProfile,
    LoginThrottle,
    OneTimeCode,
    RecoveryCode,
    SecondFactor,
)

APP_CONFIG = AppConfig(
    app_name="accounts",
    migrations_folder_path=os.path.join(os.path.dirname(__file__), "piccolo_migrations"),
    table_classes=[
        Account,
        AuthSession,
        ClientProfile,
        LoginThrottle,
        CareTeamMember,
        OneTimeCode,
        SecondFactor,
        RecoveryCode,
    ],
    migration_dependencies=[],
    commands=[],
)
