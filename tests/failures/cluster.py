"""A PostgreSQL cluster of the test's own, to stop and start at will.

The shared server at 127.0.0.1:5432 serves every other test (and other suites running at the
same time): stopping it would fail them at random. So the restart test makes a throwaway
cluster with the same PostgreSQL binaries (initdb, pg_ctl) on a free port, in a temporary
directory, and always stops and removes it. As root, the binaries run as the `postgres` user
(initdb refuses root).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

from tests.e2e.harness import free_port


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl are: COMPANION_TEST_PG_BIN, the PATH, or Debian's versioned folders."""
    if os.environ.get("COMPANION_TEST_PG_BIN"):
        return Path(os.environ["COMPANION_TEST_PG_BIN"])
    on_path = shutil.which("initdb")
    if on_path:
        return (
            Path(on_path).resolve().parent
        )  # a link to the versioned folder, with pg_isready beside it
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3])
    )
    return Path(found[-1]).parent if found else None


class Cluster:
    """initdb'd on creation; `start()`, `stop()` (fast shutdown, as a restart does), `remove()`."""

    def __init__(self, bindir: Path):
        self.bindir = bindir
        self.port = free_port()
        self.home = Path(tempfile.mkdtemp(prefix="companion-pg-"))
        self.data = self.home / "data"
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            account = pwd.getpwnam(self.user)
            os.chown(self.home, account.pw_uid, account.pw_gid)
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "--no-sync",
            "-E",
            "UTF8",
        )

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def start(self) -> None:
        options = f"-p {self.port} -k {self.home} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.home / "log"),
            "-o",
            options,
            "-w",
            "-t",
            "30",
            "start",
        )

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "30", "stop")

    def is_ready(self) -> bool:
        return (
            subprocess.run(
                [str(self.bindir / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port), "-q"]
            ).returncode
            == 0
        )

    def remove(self) -> None:
        """Stop it if it runs, and delete it."""
        if (self.data / "postmaster.pid").exists():
            subprocess.run(
                [
                    str(self.bindir / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-m",
                    "immediate",
                    "-w",
                    "stop",
                ],
                user=self.user,
                capture_output=True,
            )
        shutil.rmtree(self.home, ignore_errors=True)

    def _run(self, program: str, *args: str) -> None:
        result = subprocess.run(
            [str(self.bindir / program), *args],
            user=self.user,
            capture_output=True,
            text=True,
            timeout=60,
        )
        if result.returncode != 0:
            raise RuntimeError(
                f"{program} failed: {result.stderr.strip() or result.stdout.strip()}"
            )
