"""The product on Piccolo's default engine setup, for B1's "≥ 10 × Piccolo's default" goal.

    uvicorn --factory bench.default_engines:sqlite_app ...
    uvicorn --factory bench.default_engines:postgres_app ...

Each engine is Piccolo's stock class plus only what `create_app` calls on an engine: no-op
`start`/`stop` (so no pool is ever started and no connection is kept) and a `run_compiled`
that sends the compiled SQL (the session lookup, the sign-in writes) through the stock
`run_querystring`. So every
query opens its own connection, as Piccolo does by default: aiosqlite.connect (a new thread
and a new sqlite3 connection) per query on SQLite, asyncpg.connect (a new server backend) per
query on PostgreSQL. Everything else (middleware, logging, settings) is the real product.
"""

from __future__ import annotations

import re
from typing import Any

from piccolo.engine.postgres import PostgresEngine
from piccolo.engine.sqlite import SQLiteEngine
from piccolo.querystring import QueryString

from server.app import create_app
from server.core.logs import configure_logging
from server.settings import Settings, load_settings


def _querystring(sql: str, args: tuple, engine_type: str) -> QueryString:
    """A QueryString whose compile_string gives back `sql` with `args` (placeholders -> {})."""
    template = sql.replace("{", "{{").replace("}", "}}")
    if engine_type == "sqlite":
        template = template.replace("?", "{}")
    else:
        template = re.sub(r"\$\d+", "{}", template)
    return QueryString(template, *args)


class _StockRunCompiled:
    async def start(self) -> None:
        pass

    async def stop(self) -> None:
        pass

    async def run_compiled(self, query, *args: Any) -> list[dict]:
        rows = await self.run_querystring(
            _querystring(query.sql(self.engine_type), args, self.engine_type)
        )
        return self.transform_response_to_dicts(rows) if self.engine_type == "postgres" else rows


class StockSQLiteEngine(_StockRunCompiled, SQLiteEngine):
    pass


class StockPostgresEngine(_StockRunCompiled, PostgresEngine):
    pass


def _settings() -> Settings:
    settings = load_settings()
    configure_logging(settings.log_level)  # the same access log as `companion serve`
    return settings


def sqlite_app():
    settings = _settings()
    if not settings.is_sqlite:
        raise SystemExit("COMPANION_DATABASE_URL must be a sqlite:/// URL")
    return create_app(
        settings, engine=StockSQLiteEngine(path=settings.database_url[len("sqlite:///") :])
    )


def postgres_app():
    settings = _settings()
    if settings.is_sqlite:
        raise SystemExit("COMPANION_DATABASE_URL must be a postgresql:// URL")
    return create_app(settings, engine=StockPostgresEngine(config={"dsn": settings.database_url}))
