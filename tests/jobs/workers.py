"""Jobs processes for the crash tests: tests/jobs/dispatch_worker.py in a subprocess, with the
lease shortened so a killed process's claims come back within a test."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from server.settings import DEFAULT_PUSH_HOSTS
from tests.conftest import SECRET

ROOT = Path(__file__).resolve().parents[2]
LEASE_SECONDS = 3


def worker_env(
    settings_url: str, data_dir: Path, vapid_pem: str, origin: str, lease: float = LEASE_SECONDS
) -> dict:
    return {
        **os.environ,
        "COMPANION_DATABASE_URL": settings_url,
        "COMPANION_DATA_DIR": str(data_dir),
        "COMPANION_SECRET_KEY": SECRET,
        "COMPANION_VAPID_PRIVATE_KEY": vapid_pem,
        "COMPANION_PUSH_ALLOWED_HOSTS": f"{DEFAULT_PUSH_HOSTS},{origin}",
        "COMPANION_LOG_LEVEL": "WARNING",
        "COMPANION_DB_POOL_SIZE": "4",
        "TEST_LEASE_SECONDS": str(lease),
    }


async def start_worker(env: dict) -> asyncio.subprocess.Process:
    """A dispatching jobs process, once it has said it is ready."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.jobs.dispatch_worker",
        "60",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    line = await asyncio.wait_for(process.stdout.readline(), 30)
    assert line.strip() == b"ready", (line, await process.stderr.read())
    return process


async def kill_all(*processes: asyncio.subprocess.Process) -> None:
    """SIGKILL whichever of them still run, and reap them."""
    for process in processes:
        if process.returncode is None:
            process.kill()
            await process.wait()
