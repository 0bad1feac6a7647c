"""Build the upgrade fixtures of a previous release: its demo clinic dumped from SQLite and PostgreSQL.

Usage (from the repository root, with the project's virtualenv):

    git worktree add /tmp/before <commit of the release>
    python -m tests.upgrades.make_release_fixture --tree /tmp/before --name wave-1
    git worktree remove /tmp/before

then add the release to RELEASES in tests/upgrades/releases.py.

The release's own code builds the databases: its CLI (`python -m server migrate`, then
`python -m server demo`) runs in a subprocess with PYTHONPATH and the working directory set to
the tree, so that `server` is imported from the tree and not from this checkout (the virtualenv
has this checkout installed editable; the script checks where `server` came from and stops if
it is not the tree). The environment is a temporary data directory, a fixed secret key and the
fixed demo password below, and COMPANION_DATABASE_URL pointing at

- a temporary SQLite file, dumped with sqlite3's iterdump() to releases/<name>/sqlite.sql;
- a scratch PostgreSQL database created (and dropped afterwards) on --postgres-admin-url
  (default: COMPANION_TEST_POSTGRES_URL, else postgresql://postgres@127.0.0.1:5432/postgres),
  dumped with `pg_dump --no-owner --no-privileges --column-inserts` to releases/<name>/postgres.sql.
  pg_dump's `\\restrict` / `\\unrestrict` lines (a random key per run) are left out, so the
  dump is plain SQL that psql or a single asyncpg execute() can load.

releases/<name>/manifest.json records the commit, the demo password and the row count of
every table (Piccolo's `migration` table included) on each engine. Timestamps in the demo are
relative to the moment it is loaded and password hashes are salted, so rebuilding a fixture
changes its values, never its shape.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import asyncpg

from tests.upgrades.releases import FOLDER

DEMO_PASSWORD = "upgrade-demo-password"
SECRET_KEY = "upgrade-fixture-secret-key-" + "0" * 40
DEFAULT_ADMIN_URL = os.environ.get(
    "COMPANION_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--tree", required=True, type=Path, help="a checkout of the release (read only)"
    )
    parser.add_argument("--name", required=True, help="the release's name, e.g. wave-1")
    parser.add_argument(
        "--postgres-admin-url",
        default=DEFAULT_ADMIN_URL,
        help="a PostgreSQL database URL whose role may create databases",
    )
    args = parser.parse_args(argv)
    tree = args.tree.resolve()
    out = FOLDER / args.name
    out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="release-fixture-") as scratch:
        scratch = Path(scratch)
        sqlite_path = scratch / "companion.db"
        build(tree, f"sqlite:///{sqlite_path}", scratch / "data-sqlite")
        (out / "sqlite.sql").write_text(dump_sqlite(sqlite_path))
        sqlite_counts = count_sqlite(sqlite_path)

        postgres_counts = asyncio.run(
            build_postgres(
                tree, args.postgres_admin_url, scratch / "data-postgres", out / "postgres.sql"
            )
        )

    if sqlite_counts != postgres_counts:
        print(
            f"note: the engines differ in rows: sqlite {sqlite_counts} postgresql {postgres_counts}",
            file=sys.stderr,
        )
    manifest = {
        "release": args.name,
        "commit": git(tree, "rev-parse", "HEAD"),
        "built_with": "python -m tests.upgrades.make_release_fixture",
        "demo_password": DEMO_PASSWORD,
        "row_counts": {"sqlite": sqlite_counts, "postgresql": postgres_counts},
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    for path in sorted(out.iterdir()):
        print(
            f"{path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}: "
            f"{path.stat().st_size:,} bytes"
        )


# --- running the release's own CLI ---------------------------------------------------------------


def release_env(tree: Path, database_url: str, data_dir: Path) -> dict[str, str]:
    """This environment without any COMPANION_ or PICCOLO_ settings, plus the release's."""
    data_dir.mkdir(parents=True, exist_ok=True)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("COMPANION_", "PICCOLO_"))
        and key not in ("PYTHONPATH", "PYTHONSAFEPATH")
    }
    env.update(
        {
            "PYTHONPATH": str(tree),
            "PYTHONDONTWRITEBYTECODE": "1",  # the tree stays as checked out
            "COMPANION_DATABASE_URL": database_url,
            "COMPANION_DATA_DIR": str(data_dir),
            "COMPANION_SECRET_KEY": SECRET_KEY,
            "COMPANION_DEMO_PASSWORD": DEMO_PASSWORD,
            "COMPANION_LOG_LEVEL": "WARNING",
        }
    )
    return env


def run_release(tree: Path, env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, *args], cwd=tree, env=env, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise SystemExit(
            f"{' '.join(args)} failed ({result.returncode}):\n{result.stdout}{result.stderr}"
        )
    return result.stdout


def build(tree: Path, database_url: str, data_dir: Path) -> None:
    """Migrate and load the demo clinic with the release's code."""
    env = release_env(tree, database_url, data_dir)
    imported = Path(
        run_release(tree, env, "-c", "import server; print(server.__file__)").strip()
    ).resolve()
    if not imported.is_relative_to(tree):
        raise SystemExit(f"the subprocess imported server from {imported}, not from {tree}")
    print(f"server imported from {imported}")
    print(run_release(tree, env, "-m", "server", "migrate").strip())
    run_release(tree, env, "-m", "server", "demo")


def git(tree: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=tree, capture_output=True, text=True, check=True
    ).stdout.strip()


# --- SQLite ----------------------------------------------------------------------------------------


def dump_sqlite(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump()) + "\n"
    finally:
        connection.close()


def count_sqlite(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        return {
            table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            for table in tables
        }
    finally:
        connection.close()


# --- PostgreSQL ------------------------------------------------------------------------------------


async def build_postgres(
    tree: Path, admin_url: str, data_dir: Path, dump_to: Path
) -> dict[str, int]:
    admin = await asyncpg.connect(admin_url, timeout=10)
    name = f"companion_release_{secrets.token_hex(4)}"
    await admin.execute(f'CREATE DATABASE "{name}"')
    url = admin_url.rsplit("/", 1)[0] + "/" + name
    try:
        await asyncio.to_thread(build, tree, url, data_dir)
        dump = await asyncio.to_thread(
            subprocess.run,
            ["pg_dump", "--no-owner", "--no-privileges", "--column-inserts", "--dbname", url],
            capture_output=True,
            text=True,
            check=True,
        )
        dump_to.write_text(plain_sql(dump.stdout))
        connection = await asyncpg.connect(url)
        try:
            return await count_postgres(connection)
        finally:
            await connection.close()
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


def plain_sql(dump: str) -> str:
    """pg_dump's output without its psql-only, per-run `\\restrict` / `\\unrestrict` lines."""
    return "".join(
        line
        for line in dump.splitlines(keepends=True)
        if not line.startswith(("\\restrict ", "\\unrestrict "))
    )


async def count_postgres(connection: asyncpg.Connection) -> dict[str, int]:
    tables = [
        row["tablename"]
        for row in await connection.fetch(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
        )
    ]
    return {table: await connection.fetchval(f'SELECT count(*) FROM "{table}"') for table in tables}


if __name__ == "__main__":
    main()
