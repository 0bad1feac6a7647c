"""Screenshots of every screen, for every role, on a phone (390×844) and a laptop (1366×850),
into docs/screens/ with an index (docs/screens/README.md), so that anyone can see the product
without running it:

    .venv/bin/python -m tests.e2e.screens [--out docs/screens] [--only counselor]

It starts the real server (`companion run`, SQLite in a temporary folder, the demo clinic) and
drives the system Chromium, like the browser tests. Each picture is what the person sees on
their screen when the screen has loaded (not the whole page): what is above the fold matters.
The same list of screens (SCREENS) is what tests/e2e/test_layout.py checks.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
from dataclasses import dataclass
from pathlib import Path

from playwright.async_api import Browser, Page, async_playwright, expect

from tests.e2e.flows import LAPTOP, open_sign_in, sign_in
from tests.e2e.harness import CHROMIUM, CHROMIUM_ARGS, VIEWPORT, running_server

PHONE = VIEWPORT
SIZES = {"phone": PHONE, "laptop": LAPTOP}
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Screen:
    """One screen: its name in file names, the route to open, and optionally the first link to
    follow from there (a CSS selector), for screens whose address holds an id."""

    name: str
    route: str
    follow: str | None = None
    title: str = ""

    @property
    def label(self) -> str:
        return self.title or self.name.replace("-", " ").capitalize()


CLIENT = "client1@demo.example"
COUNSELOR = "counselor@demo.example"
ADMIN = "admin@demo.example"

SCREENS: dict[str, tuple[str, list[Screen]]] = {
    "client": (
        CLIENT,
        [
            Screen("today", "#/today"),
            Screen("check-in", "#/checkin"),
            Screen("homework", "#/homework"),
            Screen("meetings", "#/meetings"),
            Screen("more", "#/more"),
            Screen("week", "#/week"),
            Screen("calendar", "#/calendar"),
            Screen("questionnaires", "#/measures"),
            Screen("safety-plan", "#/safety-plan"),
            Screen("settings", "#/settings"),
        ],
    ),
    "counselor": (
        COUNSELOR,
        [
            Screen("review-queue", "#/queue"),
            Screen("check-in", "#/queue", follow="a[href^='#/queue/']", title="One check-in"),
            Screen("caseload", "#/caseload"),
            Screen("client-chart", "#/caseload", follow="a[href^='#/clients/']"),
            Screen("sessions", "#/sessions"),
            Screen("roster", "#/sessions", follow="a[href^='#/sessions/']:not([href*='week'])"),
            Screen("homework", "#/homework"),
            Screen("testing", "#/testing"),
            Screen("outcomes", "#/outcomes"),
            Screen("settings", "#/settings"),
        ],
    ),
    "admin": (
        ADMIN,
        [
            Screen("programs", "#/admin"),
            Screen("program", "#/admin", follow="a[href^='#/admin/programs/']"),
            Screen("tracks", "#/admin/programs/1/tracks"),
            Screen("sessions", "#/admin/programs/1/sessions"),
            Screen("enrollments", "#/admin/programs/1/enrollments"),
            Screen("testing-policy", "#/admin/programs/1/testing"),
            Screen("risk-rules", "#/admin/programs/1/risk"),
            Screen("questionnaire-schedules", "#/admin/programs/1/questionnaires"),
            Screen("people", "#/people"),
            Screen("caseload", "#/caseload"),
            Screen("review-queue", "#/queue"),
            Screen("outcomes", "#/outcomes"),
            Screen("settings", "#/settings"),
        ],
    ),
}


async def settled(page: Page) -> None:
    """Wait until the screen has drawn: a level-1 heading that is not the loading screen's."""
    await expect(page.locator("main h1").first).to_be_visible()
    await page.wait_for_function(
        "() => !document.querySelector('main [aria-busy=true]') && !document.querySelector('main .loading')"
    )
    await page.evaluate("document.fonts.ready.then(() => true)")
    # A screen may draw twice (what the device holds, then the server's answer): settled is
    # when it has not changed for a poll's interval.
    await page.wait_for_function(
        """() => {
            const now = document.querySelector('main').innerHTML;
            const same = now === window.__screenBefore;
            window.__screenBefore = now;
            return same;
        }""",
        polling=250,
        timeout=10_000,
    )


async def open_screen(page: Page, screen: Screen) -> None:
    """Open a screen's route (and follow its first link), then wait until it has drawn."""
    if await page.evaluate("location.hash") != screen.route:
        await replaced(page, page.evaluate("(route) => { location.hash = route; }", screen.route))
    await settled(page)
    if screen.follow:
        target = page.locator(f"main {screen.follow}").first
        await replaced(page, target.click())
        await page.wait_for_function(
            "(route) => location.hash !== route", arg=screen.route, timeout=10_000
        )
        await settled(page)
    await page.mouse.move(0, 0)


async def replaced(page: Page, action) -> None:
    """Run `action` (a navigation) and wait until the screen it left is gone: the app draws the
    new route after the hashchange event, so a screen that is still the old one would pass for
    settled (a race the client chart lost, checked before its loading view had even shown)."""
    old = await page.evaluate_handle("document.querySelector('main').firstElementChild")
    await action
    await page.wait_for_function("(old) => !old || !old.isConnected", arg=old, timeout=10_000)


async def signed_in(browser: Browser, base_url: str, email: str, password: str, size: str) -> Page:
    context = await browser.new_context(
        base_url=base_url,
        viewport=SIZES[size],
        is_mobile=size == "phone",
        has_touch=size == "phone",
        reduced_motion="reduce",
    )
    page = await context.new_page()
    await open_sign_in(page)
    await sign_in(page, email, password)
    await page.wait_for_selector(".view.signed-in")
    await expect(page.get_by_role("heading", level=1)).to_be_focused()
    return page


async def shoot(out: Path, only: str | None) -> list[tuple[str, Screen, str, str]]:
    out.mkdir(parents=True, exist_ok=True)
    taken: list[tuple[str, Screen, str, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        async with running_server(Path(folder), "sqlite", {}) as server:
            async with async_playwright() as playwright:
                browser = await playwright.chromium.launch(
                    executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
                )
                for role, (email, screens) in SCREENS.items():
                    if only and role != only:
                        continue
                    for size in SIZES:
                        page = await signed_in(
                            browser, server.base_url, email, server.demo_password, size
                        )
                        for screen in screens:
                            name = f"{role}-{screen.name}-{size}.png"
                            await open_screen(page, screen)
                            await page.screenshot(path=str(out / name))
                            taken.append((role, screen, size, name))
                            print(f"  {name}")
                        await page.context.close()
                await browser.close()
    return taken


def index(out: Path, taken: list[tuple[str, Screen, str, str]]) -> None:
    lines = [
        "# Screens",
        "",
        "Every screen of the demo clinic as its people see it, on a phone (390×844) and on a",
        "laptop (1366×850): what is on the screen when it has loaded. Made by",
        "`.venv/bin/python -m tests.e2e.screens` (see tests/e2e/screens.py); the demo's dates",
        "follow the day they were made.",
        "",
    ]
    for role in SCREENS:
        rows = [entry for entry in taken if entry[0] == role]
        if not rows:
            continue
        lines += [
            f"## {role.capitalize()}",
            "",
            "| screen | phone | laptop |",
            "| --- | --- | --- |",
        ]
        for screen in SCREENS[role][1]:
            files = {size: name for r, s, size, name in rows if s == screen}
            if not files:
                continue
            cells = " | ".join(
                f"[![{screen.label}, {size}]({files[size]})]({files[size]})"
                if size in files
                else "—"
                for size in SIZES
            )
            lines.append(f"| {screen.label} | {cells} |")
        lines.append("")
    (out / "README.md").write_text("\n".join(lines))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screens")
    parser.add_argument("--only", choices=list(SCREENS), help="one role's screens")
    args = parser.parse_args()
    taken = asyncio.run(shoot(args.out, args.only))
    if not args.only:
        index(args.out, taken)
    print(f"{len(taken)} screenshots in {args.out}")


if __name__ == "__main__":
    main()
