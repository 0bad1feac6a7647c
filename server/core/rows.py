"""Rows into response Structs: one way to answer with what a query selected.

A Piccolo select gives dicts keyed by column ("client", "client.display_name"), and list columns
are often stored as JSON text; a response Struct names its fields for the reader ("client_id",
"client_name") and holds real lists. A `RowShape` says once, beside the Struct it fills, which
field comes from which other column and which are JSON text; msgspec.convert does the copying.

When a feature author needs it: a service answers with a Struct whose fields are columns of
the row, under the same name or another, or a JSON-text column decoded, or a value the caller
only reformats (passed as a keyword: `shape(row, local_start=row["local_start"].isoformat())`).
A field worked out by a rule (a flag derived from other columns, a note hidden until reviewed)
belongs in a hand-written converter whose body states that rule.

The JSON an answer encodes to is the same as from a hand-written converter: the fields in the
Struct's order, the row's values as they are (msgspec.convert passes datetimes, dates and UUIDs
through untouched; an int in a float field is answered as a float, as PostgreSQL and a SQLite
SELECT already give a REAL).
msgspec.convert also checks each value against the field's type, so a stored value the Struct
cannot hold fails loudly here rather than reaching a phone. It costs a few tenths of a
microsecond more than calling the Struct by hand (timeit, on the aftercare plan row Today reads).
"""

from __future__ import annotations

import typing
from collections.abc import Iterable, Mapping
from typing import Any, Generic, TypeVar

import msgspec

S = TypeVar("S", bound=msgspec.Struct)


class RowShape(Generic[S]):
    """How a row dict becomes the Struct `struct`.

    Args:
        struct: the response Struct to fill; fields not in the row keep their defaults.
        columns: field -> the row's key for it, where the two differ
            (`{"client_id": "client", "client_name": "client.display_name"}`).
        json: fields whose column holds JSON text, decoded straight into the field's type.
    """

    __slots__ = ("struct", "_renamed", "_decoded", "_only", "_plain")

    def __init__(
        self, struct: type[S], *, columns: Mapping[str, str] | None = None, json: Iterable[str] = ()
    ):
        fields = set(struct.__struct_fields__)
        columns = dict(columns or {})
        json = tuple(json)
        unknown = sorted((set(columns) | set(json)) - fields)
        if unknown:  # a typo here would otherwise leave a field at its default, or fail per request
            raise ValueError(f"{struct.__name__} has no field {', '.join(unknown)}")
        hints = typing.get_type_hints(struct)
        self.struct = struct
        self._renamed = tuple(
            (field, column) for field, column in columns.items() if field not in json
        )
        self._decoded = tuple(
            (field, columns.get(field, field), msgspec.json.Decoder(hints[field]).decode)
            for field in json
        )
        # A Struct that forbids unknown fields (an input shape reused as output) gets only its own.
        self._only = (
            struct.__struct_fields__ if struct.__struct_config__.forbid_unknown_fields else None
        )
        self._plain = not self._renamed and not self._decoded and self._only is None

    def __call__(self, row: Mapping[str, Any], /, **values: Any) -> S:
        """The Struct filled from `row`; `values` (field=value) are set as given, over the row."""
        if self._plain and not values:
            return msgspec.convert(row, self.struct)
        data = dict(row)
        for field, column in self._renamed:
            data[field] = row[column]
        for field, column, decode in self._decoded:
            data[field] = decode(row[column])
        data.update(values)
        if self._only is not None:
            data = {field: data[field] for field in self._only if field in data}
        return msgspec.convert(data, self.struct)

    def all(self, rows: Iterable[Mapping[str, Any]]) -> list[S]:
        """One Struct per row, in order."""
        return [self(row) for row in rows]
