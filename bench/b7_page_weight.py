"""B7: the bytes a phone downloads to open Today, the first time and again with the service worker.

    .venv/bin/python bench/b7_page_weight.py [--lighthouse]

One `companion serve` on a fresh demo database (SQLite) and headless Chromium (the system
browser, /usr/bin/chromium, or COMPANION_CHROMIUM) driven over the DevTools protocol directly:
the browser-wide `Target.setAutoAttach` (flattened, waiting for the debugger) attaches this
script to every page and to the service worker as each starts, so `Network.enable` is on
before either sends its first request. Every request of every target is recorded.

1. First visit: a fresh profile opens `/` in a phone-sized tab; once the service worker has
   installed (its precache) and controls the page, and the network is quiet (a person reads
   and types for longer than that), it signs in as client1@demo.example through the form and
   waits for Today and for the network to be quiet for 3 s.
2. Repeat visit: that tab is closed and a new one opens `/` in the same profile (a person
   opening the app again from the home screen); same wait, Today on screen.

Per resource, `Network.loadingFinished.encodedDataLength` (response headers plus the body as
transferred, compressed or not) of the requests that went to the network: the page's own
requests not answered by the service worker, and every request the service worker itself sent
(its precache, its network-first fetches). A request the worker answered counts once, as the
worker's fetch; one answered from its cache, not at all. Chromium reaches the server through a
TCP relay in this script that counts the bytes the server sent; that count is the figure
judged. It equals the DevTools sum plus the worker's own script, /sw.js, which the browser
process fetches to register and update the worker: DevTools shows that request on no target,
or on the worker's with its headers only.

Goals, in each language (`--languages en,es`, both by default: the browser set to that language,
a demo client who reads the app in it): first visit <= 50 KB (51,200 bytes); repeat visit <= 5 %
of that (2,560 bytes).
`--lighthouse` also runs `npx lighthouse` (mobile preset, performance only) on Today as the
signed-in client and prints its performance score (needs the npm registry the first time).
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import aiohttp  # noqa: E402

from bench import common  # noqa: E402
from bench.common import OUT, log  # noqa: E402

CHROMIUM = os.environ.get("COMPANION_CHROMIUM", "/usr/bin/chromium")
EMAIL = "client1@demo.example"
# Each language's visit: the browser's own language (what a first visit's sign-in screen is
# drawn in) and a demo client who reads the app in it (server/demo: client9 reads Spanish).
LANGUAGES = {
    "en": ("client1@demo.example", "en-US", "en-US,en"),
    "es": ("client9@demo.example", "es-MX", "es-MX,es"),
}
FIRST_GOAL = 50 * 1024
REPEAT_GOAL = FIRST_GOAL * 5 // 100
QUIET_SECONDS = 3.0  # the worker's update check of /sw.js comes a moment after the page loads
VISIT_TIMEOUT = 60.0
# A phone (the e2e tests' viewport): 390 x 844 CSS px at 3x.
PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 3, "mobile": True}
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--remote-debugging-port=0",
    "--window-size=390,844",
]


# --- a small DevTools protocol client -------------------------------------------------------


class Cdp:
    """One WebSocket to the browser; commands and events of every flattened session on it."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse):
        self.ws = ws
        self.ids = itertools.count(1)
        self.pending: dict[int, asyncio.Future] = {}
        self.handlers: list = []
        self.reader = asyncio.create_task(self._read())

    async def send(
        self, method: str, params: dict | None = None, session: str | None = None
    ) -> dict:
        message_id = next(self.ids)
        message = {"id": message_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        future = asyncio.get_running_loop().create_future()
        self.pending[message_id] = future
        await self.ws.send_str(json.dumps(message))
        return await asyncio.wait_for(future, 30)

    async def _read(self) -> None:
        async for raw in self.ws:
            message = json.loads(raw.data)
            if "id" in message:
                future = self.pending.pop(message["id"], None)
                if future is None or future.done():
                    continue
                if "error" in message:
                    future.set_exception(RuntimeError(f"{message['error']}"))
                else:
                    future.set_result(message.get("result", {}))
            else:
                for handler in self.handlers:
                    handler(message["method"], message.get("params", {}), message.get("sessionId"))


@dataclass
class Request:
    target: str  # "page" or "service_worker"
    url: str
    method: str
    kind: str = ""
    status: int = 0
    from_sw: bool = False
    from_cache: bool = False
    encoding: str = ""
    header_bytes: int = 0
    body_bytes: int = 0  # decoded (what the resource is)
    transferred: int = 0  # encodedDataLength at loadingFinished: headers + body as sent
    done: bool = False
    failed: str = ""

    @property
    def network(self) -> bool:
        """Went to the network (a worker-answered page request counts as the worker's fetch)."""
        return not self.from_sw and not self.from_cache and not self.failed

    @property
    def revalidated(self) -> bool:
        """A conditional request answered 304: DevTools reports the cached 200, only headers came."""
        return (
            self.network
            and self.method == "GET"
            and self.status == 200
            and self.transferred <= self.header_bytes
        )

    @property
    def path(self) -> str:
        parts = urlsplit(self.url)
        return parts.path + (f"?{parts.query}" if parts.query else "")


@dataclass
class Recorder:
    """Every request of every attached target, by (session, requestId), in order."""

    kinds: dict[str, str] = field(default_factory=dict)  # session -> target type
    requests: dict[tuple, Request] = field(default_factory=dict)
    last_activity: float = field(default_factory=time.monotonic)

    def on_event(self, method: str, params: dict, session: str | None) -> None:
        if not method.startswith("Network.") or session is None:
            return
        key = (session, params.get("requestId"))
        self.last_activity = time.monotonic()
        if method == "Network.requestWillBeSent":
            old = self.requests.get(key)
            if old is not None and params.get("redirectResponse"):
                self.requests[(session, f"{key[1]}-redirect-{len(self.requests)}")] = old
            req = params["request"]
            self.requests[key] = Request(
                self.kinds.get(session, "?"), req["url"], req["method"], params.get("type", "")
            )
        elif key in self.requests:
            request = self.requests[key]
            if method == "Network.responseReceived":
                response = params["response"]
                request.status = response.get("status", 0)
                request.from_sw = bool(response.get("fromServiceWorker"))
                request.from_cache = bool(
                    response.get("fromDiskCache") or response.get("fromPrefetchCache")
                )
                headers = {k.lower(): v for k, v in response.get("headers", {}).items()}
                request.encoding = headers.get("content-encoding", "")
                request.header_bytes = int(response.get("encodedDataLength", 0))
                request.kind = request.kind or params.get("type", "")
            elif method == "Network.dataReceived":
                request.body_bytes += params.get("dataLength", 0)
            elif method == "Network.loadingFinished":
                request.transferred = int(params.get("encodedDataLength", 0))
                request.done = True
            elif method == "Network.loadingFailed":
                request.failed = params.get("errorText", "failed") + (
                    " (cancelled)" if params.get("canceled") else ""
                )
                request.done = True

    def in_flight(self) -> int:
        return sum(1 for r in self.requests.values() if not r.done)

    def take(self) -> list[Request]:
        """The requests recorded so far, and start afresh."""
        taken = list(self.requests.values())
        self.requests = {}
        return taken


class Browser:
    """Headless Chromium with a fresh profile, every page and worker attached as it starts."""

    def __init__(self, profile: Path, origin: str, language: str = "en"):
        self.profile, self.origin = profile, origin
        _, self.lang, self.accept = LANGUAGES[language]
        self.recorder = Recorder()
        self.page_sessions: dict[str, str] = {}  # targetId -> session

    async def __aenter__(self) -> "Browser":
        self.proc = subprocess.Popen(
            [
                CHROMIUM,
                *CHROMIUM_ARGS,
                f"--lang={self.lang}",
                f"--accept-lang={self.accept}",
                f"--user-data-dir={self.profile}",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=open(OUT / "b7-chromium.log", "wb"),
        )
        port_file = self.profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().count("\n") >= 1):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise RuntimeError(f"Chromium did not start (see {OUT / 'b7-chromium.log'})")
            await asyncio.sleep(0.05)
        port, path = port_file.read_text().split("\n")[:2]
        self.http = aiohttp.ClientSession()
        ws = await self.http.ws_connect(f"ws://127.0.0.1:{port}{path}", max_msg_size=0)
        self.cdp = Cdp(ws)
        self.cdp.handlers.append(self.recorder.on_event)
        self.cdp.handlers.append(self._on_event)
        await self.cdp.send("Target.setDiscoverTargets", {"discover": True})
        await self.cdp.send(
            "Target.setAutoAttach",
            {"autoAttach": True, "waitForDebuggerOnStart": True, "flatten": True},
        )
        return self

    def _on_event(self, method: str, params: dict, session: str | None) -> None:
        if method == "Target.attachedToTarget":
            info, child = params["targetInfo"], params["sessionId"]
            # Our blank tabs and the app's service worker; not Chromium's own chrome:// pages.
            ours = info["type"] in ("page", "service_worker") and (
                info["url"] == "about:blank" or info["url"].startswith(self.origin)
            )
            if ours:
                self.recorder.kinds[child] = info["type"]
                if info["type"] == "page":
                    self.page_sessions[info["targetId"]] = child
            asyncio.get_running_loop().create_task(
                self._prepare(child, info["type"] if ours else None)
            )

    async def _prepare(self, session: str, kind: str | None) -> None:
        """Network events on before the target's first request, then let it run."""
        try:
            if kind is not None:
                await self.cdp.send("Network.enable", {}, session)
            if kind == "page":
                await self.cdp.send("Page.enable", {}, session)
                await self.cdp.send("Emulation.setDeviceMetricsOverride", PHONE, session)
                await self.cdp.send(
                    "Emulation.setTouchEmulationEnabled", {"enabled": True}, session
                )
        except (RuntimeError, asyncio.TimeoutError) as exc:
            log(f"target {kind}: {exc}")
        finally:
            try:
                await self.cdp.send("Runtime.runIfWaitingForDebugger", {}, session)
            except (RuntimeError, asyncio.TimeoutError):
                pass

    async def new_tab(self) -> tuple[str, str]:
        """(targetId, session) of a new blank tab, attached and ready."""
        target = (await self.cdp.send("Target.createTarget", {"url": "about:blank"}))["targetId"]
        deadline = time.monotonic() + 10
        while target not in self.page_sessions:
            if time.monotonic() > deadline:
                raise RuntimeError("the new tab was not attached")
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.2)  # _prepare's commands
        return target, self.page_sessions[target]

    async def close_tab(self, target: str) -> None:
        await self.cdp.send("Target.closeTarget", {"targetId": target})
        self.page_sessions.pop(target, None)

    async def evaluate(self, session: str, expression: str):
        result = await self.cdp.send(
            "Runtime.evaluate",
            {"expression": expression, "awaitPromise": True, "returnByValue": True},
            session,
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:80]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    async def wait_for(
        self, session: str, expression: str, what: str, timeout: float = VISIT_TIMEOUT
    ) -> None:
        deadline = time.monotonic() + timeout
        while not await self.evaluate(session, expression):
            if time.monotonic() > deadline:
                raise RuntimeError(f"timed out waiting for {what}")
            await asyncio.sleep(0.1)

    async def wait_quiet(
        self, seconds: float = QUIET_SECONDS, timeout: float = VISIT_TIMEOUT
    ) -> None:
        """Until no request is in flight and none started or ended for `seconds`."""
        deadline = time.monotonic() + timeout
        while True:
            quiet_for = time.monotonic() - self.recorder.last_activity
            if self.recorder.in_flight() == 0 and quiet_for >= seconds:
                return
            if time.monotonic() > deadline:
                raise RuntimeError(
                    f"the network never went quiet ({self.recorder.in_flight()} in flight)"
                )
            await asyncio.sleep(0.1)

    async def __aexit__(self, *exc) -> None:
        try:
            await asyncio.wait_for(self.cdp.send("Browser.close"), 10)
        except Exception:  # noqa: BLE001 (closing anyway)
            pass
        await self.http.close()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


# --- what crossed the wire ----------------------------------------------------------------------


class WireCounter:
    """A TCP relay between Chromium and the server counting the bytes the server sent (HTTP/1.1
    headers, bodies, chunk framing: everything above TCP), and the request lines it saw.

    It catches what no DevTools target reports: the service worker's own script, which the
    browser process fetches to register and update it.
    """

    REQUEST_LINE = re.compile(
        rb"^(GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS) (\S+) HTTP/1\.[01]\r\n", re.M
    )

    def __init__(self, upstream_port: int):
        self.upstream_port = upstream_port
        self.down = 0
        self.request_lines: list[str] = []
        self.relays: set[asyncio.Task] = set()
        self.writers: set[asyncio.StreamWriter] = set()

    async def start(self) -> int:
        self.server = await asyncio.start_server(self._relay, common.HOST, 0)
        return self.server.sockets[0].getsockname()[1]

    def take(self) -> tuple[int, list[str]]:
        taken = (self.down, self.request_lines)
        self.down, self.request_lines = 0, []
        return taken

    async def _relay(self, client_reader, client_writer) -> None:
        self.relays.add(asyncio.current_task())
        try:
            server_reader, server_writer = await asyncio.open_connection(
                common.HOST, self.upstream_port
            )
        except OSError:
            client_writer.close()
            return
        self.writers |= {client_writer, server_writer}

        async def pipe(reader, writer, downstream: bool) -> None:
            try:
                while data := await reader.read(65536):
                    if downstream:
                        self.down += len(data)
                    else:
                        for match in self.REQUEST_LINE.finditer(data):
                            self.request_lines.append(
                                f"{match.group(1).decode()} {match.group(2).decode()}"
                            )
                    writer.write(data)
                    await writer.drain()
            except ConnectionError:
                pass
            finally:
                writer.close()

        try:
            await asyncio.gather(
                pipe(client_reader, server_writer, False), pipe(server_reader, client_writer, True)
            )
        finally:
            self.relays.discard(asyncio.current_task())

    async def close(self) -> None:
        """Stop listening and end the relays still open (Chromium is gone by now)."""
        self.server.close()
        for writer in self.writers:
            writer.transport.abort()
        await asyncio.gather(*self.relays, return_exceptions=True)


# --- the two visits -----------------------------------------------------------------------------

TODAY_SHOWN = "document.querySelector('section.today h1') !== null"
SIGN_IN_SHOWN = "document.querySelector('form input#email') !== null"
CONTROLLED = "navigator.serviceWorker.controller !== null"
FILL_AND_SUBMIT = """(() => {
  const set = (id, value) => {
    const input = document.getElementById(id);
    input.value = value;
    input.dispatchEvent(new Event('input', {bubbles: true}));
  };
  set('email', %s);
  set('password', %s);
  document.querySelector('form').requestSubmit();
  return true;
})()"""


@dataclass
class Visit:
    name: str
    requests: list[Request]
    wire_bytes: int  # what the server sent, counted on the relay
    wire_requests: list[str]  # request lines seen on the relay

    @property
    def network(self) -> list[Request]:
        return [r for r in self.requests if r.network]

    @property
    def devtools_bytes(self) -> int:
        return sum(r.transferred for r in self.network)

    def wire_only(self) -> list[str]:
        """Requests on the wire that no DevTools target reported (the worker's script)."""
        seen = [f"{r.method} {r.path}" for r in self.network]
        left = []
        for line in self.wire_requests:
            if line in seen:
                seen.remove(line)
            else:
                left.append(line)
        return left


async def first_visit(
    browser: Browser, wire: WireCounter, base_url: str, password: str, email: str
) -> tuple[Visit, str]:
    target, session = await browser.new_tab()
    browser.recorder.take()
    wire.take()
    await browser.cdp.send("Page.navigate", {"url": base_url + "/"}, session)
    await browser.wait_for(session, SIGN_IN_SHOWN, "the sign-in form")
    # A person reads the screen and types for longer than the worker takes to install.
    await browser.wait_for(session, CONTROLLED, "the service worker to control the page")
    await browser.wait_quiet()
    await browser.evaluate(session, FILL_AND_SUBMIT % (json.dumps(email), json.dumps(password)))
    await browser.wait_for(session, TODAY_SHOWN, "Today")
    await browser.wait_quiet()
    return Visit("first", browser.recorder.take(), *wire.take()), target


async def repeat_visit(
    browser: Browser, wire: WireCounter, base_url: str, previous_tab: str
) -> Visit:
    await browser.close_tab(previous_tab)
    await asyncio.sleep(1)
    target, session = await browser.new_tab()
    browser.recorder.take()
    wire.take()
    await browser.cdp.send("Page.navigate", {"url": base_url + "/"}, session)
    await browser.wait_for(session, TODAY_SHOWN, "Today")
    await browser.wait_quiet()
    visit = Visit("repeat", browser.recorder.take(), *wire.take())
    await browser.close_tab(target)
    return visit


async def measure(server_port: int, password: str, language: str = "en") -> tuple[Visit, Visit]:
    wire = WireCounter(server_port)
    port = await wire.start()
    base_url = f"http://{common.HOST}:{port}"
    try:
        with tempfile.TemporaryDirectory(prefix="b7-chromium-") as profile:
            async with Browser(Path(profile), base_url, language) as browser:
                first, tab = await first_visit(
                    browser, wire, base_url, password, LANGUAGES[language][0]
                )
                repeat = await repeat_visit(browser, wire, base_url, tab)
    finally:
        await wire.close()
    return first, repeat


# --- report -------------------------------------------------------------------------------------

GZIP_HEADER = len("content-encoding: gzip\r\n")


def gzipped(body: bytes) -> int:
    return len(gzip.compress(body, 6))


def breakdown(visit: Visit, bodies: dict[str, bytes]) -> str:
    rows = []
    for r in visit.requests:
        where = "sw" if r.target == "service_worker" else "page"
        how = (
            "answered by sw"
            if r.from_sw
            else "http cache"
            if r.from_cache
            else r.failed
            or (
                "worker script"
                if r.path == "/sw.js"
                else "network, 304"
                if r.revalidated
                else "network"
            )
        )
        body = bodies.get(r.path) if r.method == "GET" else None
        size = len(body) if body is not None else r.body_bytes
        rows.append(
            [
                f"{where} {r.method} {r.path}",
                r.status or "-",
                how,
                r.encoding or "-",
                f"{r.header_bytes:,}" if r.network else "",
                f"{size:,}",
                f"{r.transferred:,}" if r.network else "0",
                f"{gzipped(body):,}" if body is not None and r.network and not r.encoding else "",
            ]
        )
    missing = visit.wire_bytes - visit.devtools_bytes
    if missing:
        what = ", ".join(visit.wire_only()) or "the body of GET /sw.js"
        rows.append([f"wire only: {what}", "", "not in DevTools", "", "", "", f"{missing:,}", ""])
    return common.table(
        ["request", "status", "served", "enc", "headers B", "body B", "counted B", "body gz B"],
        rows,
    )


def gzip_estimate(visit: Visit, bodies: dict[str, bytes]) -> int:
    """The wire bytes had every uncompressed body sent gone gzipped (level 6), headers the same."""
    saved = 0
    lines = [
        (r.method, r.path)
        for r in visit.network
        if not r.encoding and not r.revalidated and r.status == 200 and r.path != "/sw.js"
    ]
    wire_only_bytes = visit.wire_bytes - visit.devtools_bytes
    for line in visit.wire_only():
        method, path = line.split(" ", 1)
        if (
            method == "GET" and len(bodies.get(path, b"")) <= wire_only_bytes
        ):  # the body came, not a 304
            lines.append((method, path))
    for method, path in lines:
        body = bodies.get(path) if method == "GET" else None
        if body is not None and len(body) > gzipped(body) + GZIP_HEADER:
            saved += len(body) - gzipped(body) - GZIP_HEADER
    return visit.wire_bytes - saved


# --- lighthouse ---------------------------------------------------------------------------------


def lighthouse_score(base_url: str, cookie: str) -> str:
    """Lighthouse's mobile performance score of Today as the signed-in client, or why not."""
    if shutil.which("npx") is None:
        return "not run: npx is not installed"
    report = OUT / "b7-lighthouse.json"
    command = [
        "npx",
        "-y",
        "lighthouse",
        base_url + "/",
        "--only-categories=performance",
        "--form-factor=mobile",
        "--output=json",
        f"--output-path={report}",
        "--quiet",
        f"--extra-headers={json.dumps({'Cookie': cookie})}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    log("lighthouse: " + " ".join(command[:4]) + " …")
    started = time.monotonic()
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=600, cwd=tempfile.gettempdir()
        )
    except subprocess.TimeoutExpired:
        return "failed: no answer within 10 minutes"
    (OUT / "b7-lighthouse.log").write_text(done.stdout + done.stderr)
    if done.returncode != 0:
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["no output"]
        return f"failed (exit {done.returncode}): {last[0]} (see {OUT / 'b7-lighthouse.log'})"
    data = json.loads(report.read_text())
    perf = data["categories"]["performance"]["score"]
    audits = data["audits"]
    metrics = ", ".join(
        f"{name} {audits[key]['displayValue']}"
        for name, key in (
            ("FCP", "first-contentful-paint"),
            ("LCP", "largest-contentful-paint"),
            ("TBT", "total-blocking-time"),
            ("CLS", "cumulative-layout-shift"),
            ("SI", "speed-index"),
        )
        if key in audits
    )
    weight = audits.get("total-byte-weight", {}).get("numericValue")
    return (
        f"{round(perf * 100) if perf is not None else 'n/a'} / 100 (Lighthouse {data.get('lighthouseVersion')}, "
        f"mobile, simulated slow 4G, {time.monotonic() - started:.0f} s): {metrics}"
        + (f"; its total byte weight {weight:,.0f} B" if weight else "")
    )


# --- main ---------------------------------------------------------------------------------------


def fetch_bodies(port: int, visits: list[Visit], cookie: str) -> dict[str, bytes]:
    """Each GET's body again, as the signed-in client (for sizes and gzip estimates)."""
    paths = {r.path for v in visits for r in v.network if r.method == "GET"}
    paths |= {
        line.split(" ", 1)[1] for v in visits for line in v.wire_only() if line.startswith("GET ")
    }
    bodies = {}
    for path in sorted(paths):
        status, _, body = common.http_request(port, "GET", path, headers={"Cookie": cookie})
        if status == 200:
            bodies[path] = body
    return bodies


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--lighthouse",
        action="store_true",
        help="also run Lighthouse (mobile, performance; ~1 min)",
    )
    parser.add_argument(
        "--languages",
        default="en,es",
        help="comma-separated: each language's first and repeat visit (default en,es)",
    )
    args = parser.parse_args()
    languages = [lang.strip() for lang in args.languages.split(",") if lang.strip()]
    unknown = [lang for lang in languages if lang not in LANGUAGES]
    if unknown or not languages:
        parser.error(f"--languages: choose among {', '.join(LANGUAGES)}")
    OUT.mkdir(parents=True, exist_ok=True)
    common.print_machine()
    print(
        f"chromium: {subprocess.run([CHROMIUM, '--version'], capture_output=True, text=True).stdout.strip()}"
    )
    data_dir = common.fresh_dir(OUT / "b7-data")
    port = common.free_port()
    env = common.product_env(data_dir, port, common.sqlite_url(data_dir))
    log("sqlite: migrate + demo")
    common.prepare_database(env, "b7")
    results = {}
    with common.product_server("b7-serve", env) as server:
        for language in languages:
            email = LANGUAGES[language][0]
            log(f"chromium ({language}, {email}): first visit, then a repeat visit")
            first, repeat = asyncio.run(measure(port, common.DEMO_PASSWORD, language))
            cookie = common.me_cookie(*common.sign_in(port, email))
            results[language] = (first, repeat, fetch_bodies(port, [first, repeat], cookie))
        score = (
            lighthouse_score(server.url, common.me_cookie(*common.sign_in(port, EMAIL)))
            if args.lighthouse
            else "not run (pass --lighthouse)"
        )
    rows, verdicts, ok = [], [], True
    for language, (first, repeat, bodies) in results.items():
        for visit, title in (
            (
                first,
                "first visit: fresh profile, sign in through the form, Today, the service worker "
                "installed (precache) and in control",
            ),
            (repeat, "repeat visit: a new tab in the same profile, the service worker in control"),
        ):
            print(f"\n[{language}] {title}")
            print(breakdown(visit, bodies))
        for visit in (first, repeat):
            headers = sum(r.header_bytes for r in visit.network)
            rows.append(
                [
                    language,
                    visit.name,
                    f"{visit.wire_bytes:,}",
                    f"{visit.devtools_bytes:,}",
                    len(visit.network),
                    len(visit.wire_requests),
                    f"{headers:,}",
                    f"{gzip_estimate(visit, bodies):,}",
                ]
            )
        first_ok, repeat_ok = first.wire_bytes <= FIRST_GOAL, repeat.wire_bytes <= REPEAT_GOAL
        ok = ok and first_ok and repeat_ok
        verdicts.append(
            f"[{language}] first visit {first.wire_bytes:,} B <= {FIRST_GOAL:,} B "
            f"{common.verdict(first_ok)} · repeat visit {repeat.wire_bytes:,} B <= "
            f"{REPEAT_GOAL:,} B (5 %) {common.verdict(repeat_ok)}"
        )
    print()
    print(
        common.table(
            [
                "language",
                "visit",
                "bytes downloaded",
                "DevTools sum",
                "DevTools requests",
                "wire requests",
                "of which headers",
                "if bodies were gzipped",
            ],
            rows,
        )
    )
    print(f"\nlighthouse mobile performance: {score}")
    print()
    print("\n".join(verdicts))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
