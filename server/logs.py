"""Logging: one line per request, never a body, a query string, a cookie or a client address."""

from __future__ import annotations

import logging
import sys
import time

access = logging.getLogger("companion.access")

# Database drivers log every statement with its parameters at DEBUG: health data, emails,
# token hashes. They are held at WARNING whatever level the rest of the app runs at.
for _driver in ("aiosqlite", "asyncpg"):
    logging.getLogger(_driver).setLevel(logging.WARNING)


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # uvicorn's access log prints full paths with query strings and client addresses.
    logging.getLogger("uvicorn.access").disabled = True
    # Piccolo announces the SQLite version and APScheduler every tick: keep only warnings.
    for chatty in ("piccolo", "apscheduler"):
        logging.getLogger(chatty).setLevel(max(logging.WARNING, root.level))


def log_request(scope: dict, status: int, started: float) -> None:
    """Log method, route template (not the raw path, which may carry a token) and status."""
    if access.isEnabledFor(logging.INFO):
        template = scope.get("path_template") or "(no route)"
        access.info("%s %s %d %.1fms", scope["method"], template, status, (time.perf_counter() - started) * 1000)
