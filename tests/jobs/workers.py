"""Jobs processes for the crash tests: tests/jobs/dispatch_worker.py in a subprocess, with the
lease shortened so a killed process's claims come back within a test; and `race`, several
processes doing one thing at the same moment."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
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


async def race(script: str, *args: str, processes: int = 2, head_start: float = 3.0) -> list[str]:
    """Run `script` (python -c) in several processes that all act at one moment: each gets
    `args` and then the time to start at (`head_start` seconds from now, once connected), and
    each must exit 0. Returns their outputs."""
    start_at = str(time.time() + head_start)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-c",
            script,
            *args,
            start_at,
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(processes)
    ]
    outputs = await asyncio.wait_for(
        asyncio.gather(*[process.communicate() for process in started]), timeout=60
    )
    assert [process.returncode for process in started] == [0] * processes, [
        err.decode() for _, err in outputs
    ]
    return [out.decode() for out, _ in outputs]
