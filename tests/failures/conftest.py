"""Failure tests: the real server and jobs processes in subprocesses, killed or cut off from
their database, each run in a few seconds."""

from __future__ import annotations

import pytest

from tests.e2e.harness import required
from tests.failures.cluster import Cluster, find_bindir


@pytest.fixture
def cluster():
    """A started cluster of this test's own; where PostgreSQL's server binaries are missing the
    test skips, except under CI=true (or COMPANION_REQUIRE_POSTGRES=1), where it fails."""
    bindir = find_bindir()
    problem = None
    if bindir is None or not (bindir / "pg_ctl").exists():
        problem = "PostgreSQL's server binaries (initdb, pg_ctl) are not installed (set COMPANION_TEST_PG_BIN)"
    else:
        try:
            made = Cluster(bindir)
        except (RuntimeError, KeyError, OSError) as exc:
            problem = f"cannot make a PostgreSQL cluster of our own: {exc}"
    if problem:
        if required("COMPANION_REQUIRE_POSTGRES"):
            pytest.fail(problem)
        pytest.skip(problem)
    try:
        made.start()
        yield made
    finally:
        made.remove()
