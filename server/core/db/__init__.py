"""The database layer. Feature code imports it as `from server.core import db`.

What a feature author needs, by module:

- engines.py — every feature: `db.current()` (and `db.current().transaction()`),
  `db.for_update(query)`, `db.is_unique_violation(exc)`. Also `bind`, `connected` and
  `build_engine` for the app, the CLI and tests.
- compiled.py — only for a hot path a benchmark names: `db.CompiledQuery` (or `db.RawQuery`
  for SQL the query builder cannot say), run with
  `db.run_compiled` / `db.fetch_first`.
- batching.py — only for a lookup every request makes: `db.KeyedQuery`, run with
  `db.fetch_keyed` (batched on PostgreSQL).
- outage.py — `db.OutageLog` for a long-running loop of your own; the app already answers
  503 for `db.UNAVAILABLE_ERRORS`.
- connections.py — the engines' connection hand-out; never needed outside this package.
"""

from server.core.db.batching import BATCH_KEYS, KeyedQuery
from server.core.db.compiled import CompiledQuery, RawQuery, WidenedQuery
from server.core.db.connections import FairPool
from server.core.db.engines import (
    Database,
    PostgresDatabase,
    SQLiteDatabase,
    bind,
    build_engine,
    connected,
    current,
    fetch_first,
    fetch_keyed,
    for_update,
    is_unique_violation,
    ping,
    run_compiled,
)
from server.core.db.outage import UNAVAILABLE_ERRORS, OutageLog, is_unavailable

__all__ = [
    "BATCH_KEYS",
    "KeyedQuery",
    "CompiledQuery",
    "RawQuery",
    "WidenedQuery",
    "FairPool",
    "Database",
    "PostgresDatabase",
    "SQLiteDatabase",
    "bind",
    "build_engine",
    "connected",
    "current",
    "fetch_first",
    "fetch_keyed",
    "for_update",
    "is_unique_violation",
    "ping",
    "run_compiled",
    "UNAVAILABLE_ERRORS",
    "OutageLog",
    "is_unavailable",
]
