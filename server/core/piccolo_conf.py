"""Piccolo's configuration: the apps, and the engine Piccolo's own CLI uses.

The running app binds its own started engine with server.core.db.bind(), which also replaces DB
here. DB as built below only serves `piccolo migrations new <app> --auto`, which must be run
against PostgreSQL (Piccolo cannot diff schemas on SQLite):

    PICCOLO_CONF=server.core.piccolo_conf COMPANION_DATABASE_URL=postgresql://postgres@127.0.0.1/scratch \
        piccolo migrations new accounts --auto
"""

import os

from piccolo.conf.apps import AppRegistry

from server.core.db.engines import build_engine

DB = build_engine(os.environ.get("COMPANION_DATABASE_URL", "sqlite:///var/companion.db"))

APP_REGISTRY = AppRegistry(
    apps=[
        "server.accounts.piccolo_app",
        "server.audit.piccolo_app",
        "server.programs.piccolo_app",
        "server.care.piccolo_app",
        "server.checkins.piccolo_app",
        "server.meetings.piccolo_app",
        "server.homework.piccolo_app",
        "server.testing.piccolo_app",
        "server.measures.piccolo_app",
        "server.notifications.piccolo_app",
        "server.today.piccolo_app",
    ]
)
