"""Previous releases whose databases every future migration must upgrade from.

Each release has a folder under tests/upgrades/releases/<name>/ made by
`python -m tests.upgrades.make_release_fixture --tree <checkout of that commit> --name <name>`:

- sqlite.sql: the SQLite database after that release's `companion migrate` and `companion demo`
  (sqlite3's iterdump);
- postgres.sql: the same on PostgreSQL (pg_dump --no-owner --no-privileges --column-inserts);
- manifest.json: the row count of every table (Piccolo's `migration` table too) and the demo
  password the accounts were made with.

Add a release here whenever one ships (append; never edit or drop an entry): its fixture is
what clinics running it have on disk, and tests/upgrades/test_upgrades.py upgrades it to head.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

FOLDER = Path(__file__).parent / "releases"


@dataclass(frozen=True)
class Release:
    name: str
    commit: str  # the commit the fixture was built from
    note: str = ""

    @property
    def folder(self) -> Path:
        return FOLDER / self.name

    @property
    def sqlite_dump(self) -> Path:
        return self.folder / "sqlite.sql"

    @property
    def postgres_dump(self) -> Path:
        return self.folder / "postgres.sql"

    @cached_property
    def manifest(self) -> dict:
        return json.loads((self.folder / "manifest.json").read_text())

    def row_counts(self, engine: str) -> dict[str, int]:
        """{table: rows} as the release left them on `engine` ("sqlite" or "postgresql")."""
        return self.manifest["row_counts"][engine]

    @property
    def demo_password(self) -> str:
        return self.manifest["demo_password"]


RELEASES: list[Release] = [
    Release(
        "wave-1",
        "d1bee8e",
        "the schema before the server.core restructuring: nine Piccolo apps, 17 migrations",
    ),
]
