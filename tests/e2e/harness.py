"""The browser tests' harness: the real server in a subprocess, phone-sized Chromium pages."""

from __future__ import annotations

import asyncio
import os
import secrets
import signal
import socket
import sys
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import AsyncIterator

import httpx
import pytest
from playwright.async_api import Browser, BrowserContext, Page

PG_ADMIN_URL = os.environ.get(
    "COMPANION_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
CHROMIUM = os.environ.get("COMPANION_CHROMIUM", "/usr/bin/chromium")
COMPANION = Path(sys.executable).with_name("companion")
DEMO_PASSWORD = "e2e-demo-" + secrets.token_urlsafe(12)
STARTUP_TIMEOUT = 30.0
VIEWPORT = {"width": 390, "height": 844}

# For a test of what the browser draws (layout, accessibility, wording), which no database
# changes: it runs against the embedded default only. The API those screens read is tested on
# both databases by the server tests, and every flow that stores something by the browser
# tests left on both (conftest.py's `server`).
DRAWING_ONLY = pytest.mark.parametrize("server", ["sqlite"], indirect=True)

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def required(name: str) -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true") or os.environ.get(name) == "1"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    base_url: str
    backend: str
    demo_password: str
    log: Path
    process: asyncio.subprocess.Process | None = None
    database: str = ""  # its COMPANION_DATABASE_URL, for a test that must move a time back


@asynccontextmanager
async def running_server(
    data_dir: Path, backend: str, extra_env: dict[str, str], command: str = "run"
) -> AsyncIterator[Server]:
    """Start `companion run` (or `serve`) in `data_dir`, wait for /healthz, and stop it (SIGINT, then kill).

    The browser reaches it at http://localhost:{port}, its base URL: passkeys need a domain (the
    WebAuthn relying party is the base URL's host), never an IP address."""
    port = free_port()
    base_url = f"http://localhost:{port}"
    env = {key: value for key, value in os.environ.items() if not key.startswith("COMPANION_")}
    env.update(
        COMPANION_DATA_DIR=str(data_dir / "var"),
        COMPANION_PORT=str(port),
        COMPANION_DEMO_PASSWORD=DEMO_PASSWORD,
        COMPANION_LOG_LEVEL="WARNING",
        COMPANION_BASE_URL=base_url,
        **extra_env,
    )
    log = data_dir / "server.log"
    with log.open("wb") as out:
        process = await asyncio.create_subprocess_exec(
            str(COMPANION), command, env=env, stdout=out, stderr=asyncio.subprocess.STDOUT
        )
    try:
        await _wait_until_healthy(base_url, process, log)
        yield Server(
            base_url=base_url,
            backend=backend,
            demo_password=DEMO_PASSWORD,
            log=log,
            process=process,
            database=extra_env.get(
                "COMPANION_DATABASE_URL", f"sqlite:///{data_dir / 'var' / 'companion.db'}"
            ),
        )
    finally:
        await _stop(process)


async def _wait_until_healthy(base_url: str, process, log: Path) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + STARTUP_TIMEOUT
    problem = "no answer yet"
    async with httpx.AsyncClient(base_url=base_url, timeout=2) as client:
        while loop.time() < deadline:
            if process.returncode is not None:
                problem = f"the server exited with status {process.returncode}"
                break
            try:
                response = await client.get("/healthz")
                if response.status_code == 200 and response.json() == {"status": "ok"}:
                    return
                problem = f"/healthz answered {response.status_code}: {response.text}"
            except httpx.TransportError as exc:
                problem = f"/healthz: {exc!r}"
            await asyncio.sleep(0.1)
    output = log.read_text(errors="replace")
    pytest.fail(
        f"the server did not become healthy at {base_url} ({problem}). Its output:\n{output}"
    )


async def _stop(process) -> None:
    if process.returncode is not None:
        return
    process.send_signal(signal.SIGINT)
    try:
        await asyncio.wait_for(process.wait(), timeout=15)
    except asyncio.TimeoutError:
        process.kill()
        await process.wait()


@dataclass
class Problems:
    """Console errors, uncaught exceptions and CSP violations seen by a page."""

    console: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)

    def unexpected(self, *expected: str) -> list[str]:
        """Everything seen except console lines containing one of the `expected` strings."""
        return [
            line for line in self.console if not any(e in line for e in expected)
        ] + self.exceptions


# Recorded by the page itself: CSP violations, whether or not the console reports them.
RECORD_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`);
});
"""


async def phone_context(browser: Browser, base_url: str) -> BrowserContext:
    """A fresh phone-sized browser context (own cookies, storage, service worker) at base_url."""
    created = await browser.new_context(
        base_url=base_url,
        viewport=VIEWPORT,
        is_mobile=True,
        has_touch=True,
        service_workers="allow",
    )
    await created.add_init_script(RECORD_CSP_VIOLATIONS)
    return created


async def watched_page(context: BrowserContext) -> Page:
    """A new page whose console errors and uncaught exceptions collect in `page.problems`."""
    opened = await context.new_page()
    problems = Problems()
    opened.on(
        "console",
        lambda message: (
            message.type == "error"
            and problems.console.append(f"{message.text} (at {message.location.get('url')})")
        ),
    )
    opened.on("pageerror", lambda error: problems.exceptions.append(str(error)))
    opened.problems = problems
    return opened
