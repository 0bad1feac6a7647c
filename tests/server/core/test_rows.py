"""Rows into response Structs (server/core/rows.py): renamed columns, JSON text, values given by
the caller, and the JSON a hand-written converter would have answered."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone

import msgspec
import pytest

from server.core.rows import RowShape


class Option(msgspec.Struct):
    value: str
    label: str


class ItemOut(msgspec.Struct):
    id: uuid.UUID
    client_id: int
    client_name: str
    day: date
    options: list[Option]
    seen_at: datetime | None
    score: float
    note: str = ""


class RulesIn(msgspec.Struct, forbid_unknown_fields=True):
    high_at: int = 8


class RulesOut(RulesIn):
    program_id: int = 0


ITEM = RowShape(
    ItemOut,
    columns={"client_id": "client", "client_name": "client.display_name"},
    json=("options",),
)
NOW = datetime(2026, 3, 8, 9, 30, tzinfo=timezone.utc)


def row(**changes) -> dict:
    values = {
        "id": uuid.UUID(int=7),
        "client": 4,
        "client.display_name": "Casey",
        "day": date(2026, 3, 8),
        "options": '[{"value": "a", "label": "A"}]',
        "seen_at": NOW,
        "score": 2.5,
        "body_hash": "x" * 64,
    }
    values.update(changes)
    return values


def test_renamed_and_json_columns_answer_what_a_hand_written_converter_did():
    by_hand = ItemOut(
        id=uuid.UUID(int=7),
        client_id=4,
        client_name="Casey",
        day=date(2026, 3, 8),
        options=[Option("a", "A")],
        seen_at=NOW,
        score=2.5,
    )
    assert msgspec.json.encode(ITEM(row())) == msgspec.json.encode(by_hand)
    assert ITEM(row()).seen_at is NOW  # passed through, not re-parsed


def test_a_field_missing_from_the_row_keeps_its_default_and_values_given_win():
    assert ITEM(row()).note == ""
    assert ITEM(row(note="stored"), note="shown").note == "shown"
    assert ITEM(row(), client_name="Someone").client_name == "Someone"


def test_a_struct_that_forbids_unknown_fields_takes_only_its_own():
    rules = RowShape(RulesOut, columns={"program_id": "program"})
    assert rules({"id": 3, "program": 9, "high_at": 6}) == RulesOut(high_at=6, program_id=9)


def test_a_plain_shape_converts_the_row_as_it_is():
    plain = RowShape(Option)
    assert plain.all([{"value": "a", "label": "A", "id": 1}, {"value": "b", "label": "B"}]) == [
        Option("a", "A"),
        Option("b", "B"),
    ]


def test_a_stored_value_the_struct_cannot_hold_fails_loudly():
    with pytest.raises(msgspec.ValidationError, match="client_id"):
        ITEM(row(client="four"))


def test_a_field_the_struct_lacks_is_refused_when_the_shape_is_made():
    with pytest.raises(ValueError, match="client_ud"):
        RowShape(ItemOut, columns={"client_ud": "client"})
    with pytest.raises(ValueError, match="choices"):
        RowShape(ItemOut, json=("choices",))
