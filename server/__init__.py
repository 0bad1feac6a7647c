"""IOP Companion: the Litestar API, its services and tables."""

import os

# Piccolo's migration machinery finds its configuration through this module name.
os.environ.setdefault("PICCOLO_CONF", "server.core.piccolo_conf")
