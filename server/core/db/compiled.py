"""Compiled queries: a Piccolo query built and compiled once, then run with fresh arguments.

A feature author needs this only for a hot path a benchmark names: the per-request session
lookup and the writes every sign-in makes (B1 /today, B4 sign-in). Everywhere else, write plain
Piccolo queries. Building and compiling a Piccolo query costs ~150 us; a compiled one costs
only its round trip, and on SQLite a SELECT runs on the event loop's own connection with its few
values converted here (see engines.SQLiteDatabase.run_compiled). Run them with
db.run_compiled / db.fetch_first (engines.py).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone
from typing import Callable

from piccolo import columns
from piccolo.query.base import Query
from piccolo.query.functions.aggregate import Sum


def _utc_datetime(text: str) -> datetime:
    # Piccolo stores a timestamptz as str() of its UTC value ("...+00:00", which fromisoformat
    # reads as timezone.utc itself); replace() only for a value stored without an offset.
    value = datetime.fromisoformat(text)
    return value if value.tzinfo is not None else value.replace(tzinfo=timezone.utc)


# How the fast path turns SQLite's stored values into what Piccolo would return.
_SQLITE_OUT: dict[type, Callable | None] = {
    columns.Timestamptz: _utc_datetime,
    columns.Boolean: bool,
    columns.Date: date.fromisoformat,
    columns.Serial: None,
    columns.BigSerial: None,
    columns.Integer: None,
    columns.BigInt: None,
    columns.ForeignKey: None,
    columns.Varchar: None,
    columns.Text: None,
    columns.Real: None,
    columns.UUID: uuid.UUID,
    Sum: None,  # an integer sum comes back as an int
}


class CompiledQuery:
    """A Piccolo query compiled once per engine type, then run with fresh arguments.

    Building and compiling a Piccolo query costs ~150 us; the per-request session lookup
    and the writes every sign-in makes cannot afford that, so they are built once with
    marker arguments and reused. Compile while the tables are bound to an engine of the
    type asked for: Piccolo renders some defaults (a serial id) per engine.
    """

    def __init__(self, build: Callable[..., Query], arity: int):
        self._build = build
        self._arity = arity
        self._sql: dict[str, str] = {}
        self._sqlite_converters: tuple | None | bool = False  # False: not worked out yet

    def sql(self, engine_type: str) -> str:
        if engine_type not in self._sql:
            markers = [f"\x00arg{i}" for i in range(self._arity)]
            sql, args = (
                self._build(*markers).querystrings[0].compile_string(engine_type=engine_type)
            )
            if list(args) != markers:
                raise ValueError("a compiled query must use each argument once, in order")
            self._sql[engine_type] = sql
        return self._sql[engine_type]

    def sqlite_converters(self) -> tuple[tuple[str, Callable], ...] | None:
        """(alias, converter) for the columns SQLite returns as text or 0/1, or None when a
        column's type has no converter here (the query then runs on a reader connection).

        sqlite3's declared-type converters, which Piccolo registers, cost ~1 us a value,
        about a third of the per-request session lookup; it converts its few values directly.
        """
        if self._sqlite_converters is False:
            query = self._build(*[None] * self._arity)
            selected = query.columns_delegate.selected_columns or query.table._meta.columns
            converters = []
            for column in selected:
                if type(column) not in _SQLITE_OUT:
                    converters = None
                    break
                if _SQLITE_OUT[type(column)] is not None:
                    converters.append((column._meta.get_default_alias(), _SQLITE_OUT[type(column)]))
            self._sqlite_converters = None if converters is None else tuple(converters)
        return self._sqlite_converters


class WidenedQuery(CompiledQuery):
    """A compiled SELECT with raw SQL columns added after its own (subselects Piccolo's query
    builder cannot express); SQLite returns them as they are."""

    def __init__(self, base: CompiledQuery, columns_sql: str):
        super().__init__(base._build, base._arity)
        self._base, self._columns = base, columns_sql

    def sql(self, engine_type: str) -> str:
        if engine_type not in self._sql:
            base = self._base.sql(engine_type)
            at = base.index(" FROM ")
            self._sql[engine_type] = f"{base[:at]}, {self._columns}{base[at:]}"
        return self._sql[engine_type]


class RawQuery(CompiledQuery):
    """A statement written in SQL (what the query builder cannot say, or a multi-row INSERT),
    compiled once: `make(marks)` gets the engine's placeholders, one per argument in order, and
    returns the SQL. `converters` turn SQLite's stored text into values as Piccolo would
    ((alias, function) pairs; () when every column comes back as it is)."""

    def __init__(self, make: Callable[[list[str]], str], arity: int, converters: tuple = ()):
        super().__init__(build=None, arity=arity)  # type: ignore[arg-type]
        self._make = make
        self._converters = converters

    def sql(self, engine_type: str) -> str:
        if engine_type not in self._sql:
            marks = ["?" if engine_type == "sqlite" else f"${n}" for n in range(1, self._arity + 1)]
            self._sql[engine_type] = self._make(marks)
        return self._sql[engine_type]

    def sqlite_converters(self):
        return self._converters
