"""Accessibility of every screen, for every role: axe-core finds no serious or critical WCAG 2.0,
2.1 or 2.2 (A and AA) violation, and each screen stays usable at 320 px wide and with the text at
200 % (no sideways scrolling, no control cut off, clipped or lying on another, key controls
clickable).

Screens are shown with the demo clinic's data, signed in as a client, a counselor and an
admin. The tests only read: nothing they do reaches the server's data, so the other browser
tests sharing the server see the demo as it was (the one check-in made here is made offline and
dies with its browser context).

Every problem found on every screen is collected and reported together: rule, impact and the
elements' selectors for axe; what and where for the layout checks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Awaitable, Callable

import pytest
from playwright.async_api import CDPSession, Locator, Page, expect
from playwright.async_api import TimeoutError as PlaywrightTimeoutError

from tests.e2e.flows import open_sign_in, sign_in
from tests.e2e.harness import DRAWING_ONLY, phone_context, watched_page

# On both databases, like every browser test: the pages are the same front end, but what they
# draw (and so what axe sees) comes from each database's answers.
pytestmark = [pytest.mark.e2e, DRAWING_ONLY]

Keys = Callable[[Page], list[Locator]]

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
# axe-core's tags for WCAG 2.0, 2.1 and 2.2 at levels A and AA (WCAG 2.2 added no level-A rule
# axe can test, so there is no "wcag22a" tag), and its best practices (landmarks, heading order):
# a serious or critical violation of any of them fails; lesser ones are printed.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
FAILING_IMPACTS = {"serious", "critical"}

PHONE = {"width": 390, "height": 844}  # the harness's phone (tests/e2e/harness.py VIEWPORT)
NARROW = {"width": 320, "height": 640}  # WCAG 1.4.10 Reflow: 320 CSS px wide
# Text zoom: Chromium's own font-size preference (Settings > Appearance > Font size), set through
# the DevTools protocol to twice its default (16 -> 32 px, monospace 13 -> 26 px). That is what
# a person who needs bigger text changes: everything sized in rem and em grows, px-sized things
# (borders, icons) stay, and the layout reflows at the same viewport width. It mirrors browser
# text zoom better than page zoom (which would just be a narrower viewport, checked at 320 px)
# and better than rewriting the page's own CSS from the test. WCAG 1.4.4 asks for 200 %; it is
# checked at the phone's width, where doubled text is hardest to fit.
NORMAL_TEXT = {"standard": 16, "fixed": 13}
DOUBLE_TEXT = {"standard": 32, "fixed": 26}
MIN_TARGET = 44  # px: the design's tap-target size for controls (WCAG 2.5.8's minimum is 24)

CLIENT = (
    "client5@demo.example"  # evening track; an overdue worksheet not yet started; no check-in today
)
CLIENT_NAME = "Tyler Brooks"
COUNSELOR = "counselor@demo.example"
ADMIN = "admin@demo.example"
# Console noise that is not a problem here: the signed-out probe, and requests failing offline.
EXPECTED_CONSOLE = (
    "status of 401 (Unauthorized)",
    "ERR_INTERNET_DISCONNECTED",
    "status of 503 () (at ",
)

RUN_AXE = """async (tags) => {
    const result = await axe.run(document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
    });
    return result.violations.map((v) => ({
        id: v.id, impact: v.impact, help: v.help,
        nodes: v.nodes.map((node) => ({ target: node.target.join(" "), impact: node.impact })),
    }));
}"""

# Shared by the page checks below: how an element is named in a report, and whether it is shown.
DESCRIBE = """
    const describe = (el) => {
        const text = (el.innerText || el.value || el.getAttribute("aria-label") || "").trim().replace(/\\s+/g, " ");
        const classes = typeof el.className === "string" && el.className.trim() ? "." + el.className.trim().split(/\\s+/).join(".") : "";
        return `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${classes}${text ? ` "${text.slice(0, 40)}"` : ""}`;
    };
    const shown = (el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true })
        && !el.closest(".visually-hidden, .skip-link");
"""

# What a person would notice at this size: the page scrolling sideways (and what sticks out),
# controls cut off at the screen's edge, text clipped inside a control, two controls lying on
# each other, and (when minTarget is given) controls smaller than the design's tap target.
LAYOUT_PROBLEMS = (
    """(minTarget) => {"""
    + DESCRIBE
    + """
    const problems = [];
    const width = document.documentElement.clientWidth;
    const scrolled = document.scrollingElement.scrollWidth;
    if (scrolled > width) {
        const wide = [...document.body.querySelectorAll("*")].filter((el) => shown(el)
            && el.getBoundingClientRect().right > width + 1 && !el.closest(".table-wrap, .side-nav"));
        const outermost = wide.filter((el) => !wide.includes(el.parentElement)).slice(0, 4).map(describe);
        problems.push(`the page scrolls sideways (${scrolled} px wide in ${width} px): ${outermost.join(", ")}`);
    }
    // Nothing pokes out of the main column into its margin (or past the screen's edge). The
    // navigation is the frame around the column, not in it: the tab bar spans the screen, the
    // staff's top bar scrolls sideways inside itself.
    const main = document.querySelector("main");
    if (main) {
        const right = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
        const out = [...main.querySelectorAll("*")].filter((el) => shown(el) && !el.closest(".table-wrap, .tab-bar, .side-nav")
            && el.getBoundingClientRect().right > right + 1);
        const outermost = out.filter((el) => !out.includes(el.parentElement)).slice(0, 4).map(describe);
        if (outermost.length) problems.push(`wider than the page's column: ${outermost.join(", ")}`);
    }
    const controls = [...document.querySelectorAll(
        "button, a.button, .tab-bar a, .side-nav a, input:not([type=hidden]), select, textarea, summary")].filter(shown);
    const boxes = controls.map((el) => [el, el.getBoundingClientRect()]).filter(([, r]) => r.width && r.height);
    // A row that scrolls sideways by design (the staff's top bar below 1024 px) shows its
    // items as it is scrolled: one beyond the edge is not cut off.
    const inScrollingRow = (el) => {
        const row = el.closest(".side-nav, .table-wrap");
        return row && row.scrollWidth > row.clientWidth && ["auto", "scroll"].includes(getComputedStyle(row).overflowX);
    };
    for (const [el, r] of boxes) {
        if ((r.left < -1 || r.right > width + 1) && !inScrollingRow(el)) problems.push(`${describe(el)} is cut off at the edge of the screen`);
        const text = !["INPUT", "SELECT", "TEXTAREA"].includes(el.tagName);
        if (text && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
            problems.push(`${describe(el)}: its text does not fit in it`);
        }
        if (!minTarget) continue;
        // A checkbox or radio button is tapped through its label too: the biggest of them counts.
        const targets = [el, ...(["checkbox", "radio"].includes(el.type) ? el.labels : [])];
        const big = targets.map((t) => t.getBoundingClientRect()).sort((a, b) => b.width * b.height - a.width * a.height)[0];
        if (big.height < minTarget - 0.5 || big.width < minTarget - 0.5) {
            problems.push(`${describe(el)} is ${Math.round(big.width)}x${Math.round(big.height)} px to tap, smaller than ${minTarget}x${minTarget}`);
        }
    }
    // Controls lying on each other (the header, the tab bar and the staff's top bar stick: they
    // cover content as the page scrolls by design, so only controls in the same part of the
    // page are compared).
    const part = (el) => el.closest(".tab-bar, .side-nav, main, header, footer") || document.body;
    for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
            const [a, ra] = boxes[i], [b, rb] = boxes[j];
            if (part(a) !== part(b) || a.contains(b) || b.contains(a)) continue;
            if ([...(a.labels || [])].some((label) => label.contains(b) || b.labels && [...b.labels].includes(label))) continue;
            const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
            const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
            if (x > 1 && y > 1) problems.push(`${describe(a)} and ${describe(b)} overlap`);
        }
    }
    return problems;
}"""
)

# WCAG 2.4.11 Focus Not Obscured: focus each control of the screen in turn, as the Tab key would
# (the browser scrolls it into view), and see that nothing that sticks to the screen (the client's
# header with its crisis help and the tab bar, the staff's top bar) hides it.
FOCUS_HIDDEN = (
    """() => {"""
    + DESCRIBE
    + """
    const bars = [...document.querySelectorAll("header.app-header, nav.tab-bar, nav.side-nav")]
        .filter((bar) => shown(bar) && ["fixed", "sticky"].includes(getComputedStyle(bar).position));
    const problems = [];
    const focusable = [...document.querySelectorAll(
        "main a[href], main button, main input:not([type=hidden]), main select, main textarea, main summary, main [tabindex='0']")]
        .filter((el) => shown(el) && !el.disabled);
    for (const el of focusable) {
        el.focus({ focusVisible: true });
        if (document.activeElement !== el) continue;
        const r = el.getBoundingClientRect();
        for (const bar of bars) {
            if (bar.contains(el)) continue;
            const b = bar.getBoundingClientRect();
            if (r.top >= b.top - 0.5 && r.bottom <= b.bottom + 0.5 && r.left >= b.left - 0.5 && r.right <= b.right + 0.5) {
                problems.push(`${describe(el)} is hidden behind ${describe(bar).slice(0, 30)} when focused`);
            }
        }
    }
    document.activeElement?.blur();
    window.scrollTo(0, 0);
    return problems;
}"""
)


# Text size: the font size of every element on screen now, and those not since scaled by
# `factor` (SVG text is sized in the chart's own units and scales with the chart; checkboxes and
# radio buttons have no text, their size is set in rem; the inside of a closed <details> is not
# styled until it opens).
# The tab bar's labels are the one exception by design: capped by the screen's width so that
# five fit one row at 320 px with 200 % text (each has a fifth of the width); each tab also has
# its icon, and the screen it opens has the same words as its heading, at full size.
RECORD_TEXT_SIZES = """() => {
    window.__textSizes = [...document.body.querySelectorAll("*")]
        .filter((el) => !el.closest("svg, .tab-label") && !el.matches("[type=checkbox], [type=radio]") && el.checkVisibility())
        .map((el) => [el, parseFloat(getComputedStyle(el).fontSize)]);
}"""
TEXT_SIZES_STUCK = """(factor) => window.__textSizes
    .filter(([el, before]) => el.isConnected && Math.abs(parseFloat(getComputedStyle(el).fontSize) - before * factor) > 0.5)
    .slice(0, 5).map(([el, before]) => `${el.tagName.toLowerCase()}.${el.className} (${before} px)`)"""


@dataclass
class Audit:
    """One phone going through screens, collecting every problem on every one."""

    page: Page
    cdp: CDPSession
    problems: list[str] = field(default_factory=list)
    screens: list[str] = field(default_factory=list)
    standard: int = NORMAL_TEXT["standard"]  # the browser's text size now, px

    async def check(self, screen: str, keys: Keys = lambda page: []) -> None:
        """Run axe on what is on screen now and the layout checks on the phone and at 320 px,
        and the layout checks at 200 % text, with the screen's key controls (`keys`) tappable at
        320 px and at 200 % text. The text size is switched once per screen: screens are checked
        at normal size first and at 200 % first in turn."""
        self.screens.append(screen)
        await self.page.mouse.move(
            0, 0
        )  # no hover styles left where the last tap was (a phone has none)
        if self.standard == NORMAL_TEXT["standard"]:
            await self.check_normal_text(screen, keys)
            await self.text_size(DOUBLE_TEXT)
            await self.check_double_text(screen, keys)
        else:
            await self.check_double_text(screen, keys)
            await self.text_size(NORMAL_TEXT)
            await self.check_normal_text(screen, keys)

    async def check_normal_text(self, screen: str, keys: Keys) -> None:
        await self.axe(screen)
        await self.layout(screen, "phone", MIN_TARGET)
        await self.focus_not_hidden(screen, "phone")
        await self.page.set_viewport_size(NARROW)
        try:
            await self.layout(screen, "320 px", 0, keys)
        finally:
            await self.page.set_viewport_size(PHONE)

    async def check_double_text(self, screen: str, keys: Keys) -> None:
        await self.layout(screen, "200 % text", 0, keys)
        await self.focus_not_hidden(screen, "200 % text")

    async def axe(self, screen: str) -> None:
        # axe sees the page laid out whole, in a viewport as tall as the page: in a phone-sized
        # one the sticky header and tab bar lie over whatever happens to be under them at that
        # scroll position, which axe's target-size rule reports as obscured though scrolling
        # uncovers it. What they may really hide is checked by focus_not_hidden.
        height = await self.page.evaluate("document.scrollingElement.scrollHeight")
        await self.page.set_viewport_size(
            {"width": PHONE["width"], "height": max(height, PHONE["height"])}
        )
        try:
            violations = await self.page.evaluate(RUN_AXE, AXE_TAGS)
        finally:
            await self.page.set_viewport_size(PHONE)
        for violation in violations:
            targets = "; ".join(node["target"] for node in violation["nodes"][:8])
            line = f"{screen}: axe {violation['id']} ({violation['impact']}): {violation['help']}: {targets}"
            print(line)
            if violation["impact"] in FAILING_IMPACTS:
                self.problems.append(line)

    async def layout(
        self, screen: str, size: str, min_target: int, keys: Keys | None = None
    ) -> None:
        for problem in await self.page.evaluate(LAYOUT_PROBLEMS, min_target):
            self.problems.append(f"{screen} at {size}: {problem}")
        for key in keys(self.page) if keys else []:
            try:
                await key.click(
                    trial=True, timeout=2_000
                )  # visible, enabled, on top: a tap would reach it
            except PlaywrightTimeoutError as exc:
                self.problems.append(
                    f"{screen} at {size}: {key} cannot be tapped: {str(exc).splitlines()[0]}"
                )

    async def focus_not_hidden(self, screen: str, size: str) -> None:
        for problem in await self.page.evaluate(FOCUS_HIDDEN):
            self.problems.append(f"{screen} at {size}: {problem}")

    async def text_size(self, sizes: dict[str, int]) -> None:
        """Set the browser's text size and wait until the text of every element has followed it."""
        factor = sizes["standard"] / self.standard
        await self.page.evaluate(RECORD_TEXT_SIZES)
        await self.cdp.send("Page.setFontSizes", {"fontSizes": sizes})
        self.standard = sizes["standard"]
        # Chromium applies a new size over a few frames (some elements keep the old one for
        # ~100 ms); measuring before it is done would check a page half-way between.
        try:
            await self.page.wait_for_function(
                f"(factor) => ({TEXT_SIZES_STUCK})(factor).length === 0", arg=factor, timeout=3_000
            )
        except PlaywrightTimeoutError:
            stuck = await self.page.evaluate(TEXT_SIZES_STUCK, factor)
            raise AssertionError(
                f"text that does not follow the browser's text size (sized in px?): {stuck}"
            ) from None

    async def visit(
        self,
        route: str,
        heading: str,
        keys: Keys = lambda page: [],
        then: Callable[[Page], Awaitable[None]] | None = None,
    ) -> None:
        """Go to a route of the app, wait for its heading, optionally do something there, check it."""
        await self.page.goto(route)
        await expect(self.page.get_by_role("heading", level=1, name=heading)).to_be_visible()
        if then:
            await then(self.page)
        await self.check(f"{route} ({heading})", keys)

    def report(self) -> None:
        problems = "\n".join(self.problems)
        assert not self.problems, (
            f"{len(self.problems)} accessibility problems on {len(self.screens)} screens:\n{problems}"
        )
        assert self.page.problems.unexpected(*EXPECTED_CONSOLE) == []


async def audit_for(chromium, server, email: str | None = None) -> Audit:
    """A phone whose pages carry axe, signed in as `email` (or at the sign-in screen)."""
    context = await phone_context(chromium, server.base_url)
    # page.add_script_tag would add axe as an inline <script>, which the app's CSP (script-src
    # 'self') refuses, rightly; bypass_csp would switch the CSP off for the page under test. An
    # init script is put in by the browser itself, so the page keeps its real CSP.
    await context.add_init_script(path=AXE)
    page = await watched_page(context)
    # Transitions finish at once, so axe never measures a colour half-way through one.
    await page.emulate_media(reduced_motion="reduce")
    cdp = await context.new_cdp_session(page)
    await open_sign_in(page)
    if email:
        await sign_in(page, email, server.demo_password)
        await expect(page.get_by_role("heading", level=1)).to_be_focused()
    return Audit(page, cdp)


# A screen's key controls, which must stay tappable at 320 px and with 200 % text.
def button(name: str, exact: bool = True) -> Keys:
    return lambda page: [page.get_by_role("button", name=name, exact=exact).first]


def link(name: str, exact: bool = True) -> Keys:
    return lambda page: [page.get_by_role("link", name=name, exact=exact).first]


def and_frame(keys: Keys) -> Keys:
    """Also the frame around a client's screens: the tab bar's first and last tab, crisis help."""
    return lambda page: [
        *keys(page),
        page.get_by_role("navigation", name="Main").get_by_role("link").first,
        page.get_by_role("navigation", name="Main").get_by_role("link").last,
        page.locator(".crisis-control summary"),
    ]


def and_staff_frame(keys: Keys) -> Keys:
    """Also the frame around a staff member's screens: the first item, crisis resources and
    signing out, at the two ends of the navigation (a row that scrolls below 1024 px)."""
    return lambda page: [
        *keys(page),
        page.get_by_role("navigation", name="Workspace").get_by_role("link").first,
        page.get_by_role("navigation", name="Workspace").get_by_role(
            "link", name="Crisis resources"
        ),
        page.get_by_role("navigation", name="Workspace").get_by_role("button", name="Sign out"),
    ]


async def test_the_sign_in_and_offline_pages(chromium, server):
    audit = await audit_for(chromium, server)
    try:
        page = audit.page
        await audit.check(
            "sign-in",
            lambda page: [
                page.get_by_label("Email"),
                page.get_by_label("Password"),
                page.get_by_role("button", name="Sign in"),
            ],
        )
        await page.locator(".crisis-control summary").click()
        await expect(page.get_by_role("link", name="Call 988")).to_be_visible()
        await audit.check(
            "sign-in with crisis help open",
            lambda page: [
                page.get_by_role("link", name="Chat with 988"),
                page.get_by_role("button", name="Sign in"),
            ],
        )
        await page.get_by_role("button", name="Sign in").click()  # nothing typed: the error shows
        await expect(page.locator("#signin-error")).not_to_be_empty()
        await audit.check("sign-in with an error", button("Sign in"))

        # Setting up an account with a code: typing one (nothing typed: the error summary), then
        # a code's password step and its last step, with the server's answers stood in for, so
        # no code is spent.
        await page.get_by_role("link", name="I have a code").click()
        await expect(
            page.get_by_role("heading", level=1, name="Set up your account")
        ).to_be_visible()
        await page.get_by_role("button", name="Continue").click()
        await expect(page.locator(".error-summary")).to_be_focused()
        await audit.check("activation: typing a code, with an error", button("Continue"))
        await page.route("**/api/activation/check", lambda route: route.fulfill(json=CODE_HOLDER))
        await page.route(
            "**/api/activation", lambda route: route.fulfill(json={"sign_in_name": "maria-4821"})
        )
        await page.goto("/#/activate/K7Q2-9XMD-3FHP")
        await expect(
            page.get_by_role("heading", level=1, name="Welcome, Maria Lopez")
        ).to_be_visible()
        await page.get_by_role("button", name="Set up my account").click()
        await expect(page.locator(".error-summary")).to_be_focused()
        await audit.check(
            "activation: choosing a password, with an error", button("Set up my account")
        )
        await page.get_by_label("Choose a password").fill("quiet river morning")
        await page.get_by_label("Type it again").fill("quiet river morning")
        await page.get_by_role("button", name="Set up my account").click()
        await expect(
            page.get_by_role("heading", level=1, name="Your account is ready")
        ).to_be_visible()
        await audit.check("activation: the account is ready", button("Go to sign in"))
        audit.report()
    finally:
        await audit.page.context.close()


async def test_every_client_screen(chromium, server):
    audit = await audit_for(chromium, server, CLIENT)
    try:
        page = audit.page
        await audit.visit(
            "/#/today", f"Hello, {CLIENT_NAME}", and_frame(link("Check in for today"))
        )
        await audit.visit("/#/more", "More", and_frame(button("Sign out")))
        await audit.visit("/#/week", "Your schedule")
        await audit.visit("/#/aftercare", "Aftercare plan", link("Log a meeting"))
        await audit.visit("/#/checkin", "Daily check-in", button("Send check-in"))
        await audit.visit("/#/homework", "Homework", link("Decisional balance"))
        await page.get_by_role("link", name="Decisional balance").click()
        await expect(
            page.get_by_role("heading", level=1, name="Decisional balance")
        ).to_be_focused()
        await page.get_by_role(
            "button", name="Submit"
        ).click()  # nothing answered yet: says what is missing
        await expect(page.locator("#worksheet-error")).not_to_be_empty()
        await audit.check("a worksheet to fill in, with an error", button("Submit"))

        async def find_meetings(page: Page) -> None:
            await page.get_by_text("Find it in the meeting directory").click()
            await page.get_by_role("button", name="Search", exact=True).click()
            await expect(
                page.get_by_role("button", name=re.compile("^Use this")).first
            ).to_be_visible()

        await audit.visit("/#/meetings", "Meetings", button("Log meeting"), then=find_meetings)
        await audit.visit("/#/calendar", "Calendar link", button("Get a calendar link"))
        await audit.visit("/#/settings", "Settings", button("Save reminder settings"))
        await page.goto("/#/today")
        await expect(
            page.get_by_role("heading", level=1, name=f"Hello, {CLIENT_NAME}")
        ).to_be_visible()
        await page.locator(".crisis-control summary").click()
        await expect(
            page.locator(".crisis-control").get_by_role("link", name="Call 988")
        ).to_be_visible()
        await audit.check(
            "Today with crisis help open",
            lambda page: [
                page.locator(".crisis-control").get_by_role("link", name="Chat with 988")
            ],
        )
        await page.locator(".crisis-control summary").click()

        # Last, offline (so the check-in never leaves this phone): a safety concern brings up
        # crisis help in the page, and the check-in waits to send.
        await page.goto("/#/checkin")
        await expect(page.get_by_role("heading", level=1, name="Daily check-in")).to_be_visible()
        await page.context.set_offline(True)
        form = page.locator("form.checkin-form")
        await form.get_by_role("radio", name="Okay").check()
        await (
            form.get_by_role("group", name=re.compile("^Craving"))
            .get_by_role("radio", name="2", exact=True)
            .check()
        )
        await (
            form.get_by_role("group", name=re.compile("^Used alcohol"))
            .get_by_role("radio", name="Yes")
            .check()
        )
        await form.get_by_label("What did you use?").fill("alcohol")
        await form.get_by_role("radio", name="Not prescribed").check()
        await form.get_by_label("Hours slept").select_option("6")
        await (
            form.get_by_role("group", name="Thoughts of harming yourself?")
            .get_by_role("radio", name="Yes")
            .check()
        )
        await form.get_by_role("button", name="Send check-in").click()
        await expect(
            page.get_by_role("heading", name="You don't have to go through this alone")
        ).to_be_visible()
        await audit.check(
            "check-in: crisis help after a safety concern, offline",
            lambda page: [page.locator(".support-panel").get_by_role("link", name="Call 988")],
        )
        audit.report()
    finally:
        await audit.page.context.close()


# Stand-ins for the server's answers where the real ones would change its data.
CODE_HOLDER = {"name": "Maria Lopez", "sign_in_name": "maria-4821", "purpose": "invite"}
INVITATION = {
    "person": {
        "id": 999999,
        "name": "Maria Lopez",
        "email": "maria-4821",
        "role": "client",
        "status": "invited",
        "on_leave": False,
        "phone": "",
        "locale": "en-US",
        "timezone": "America/Denver",
        "created_at": "2026-12-07T10:00:00Z",
        "team": [],
        "caseload": None,
    },
    "purpose": "invite",
    "code": "K7Q2-9XMD-3FHP",
    "link": "http://127.0.0.1/#/activate/K7Q2-9XMD-3FHP",
    "sign_in_name": "maria-4821",
    "expires_at": "2099-12-10T10:00:00Z",
}


# The latest day, from today back, with drug tests among this counselor's clients.
DAY_WITH_TESTS = """async () => {
    const day = new Date();
    for (let back = 0; back < 14; back++, day.setDate(day.getDate() - 1)) {
        const date = day.toLocaleDateString("en-CA");
        const tests = await (await fetch(`/api/counselor/drug-tests?date=${date}`)).json();
        if (tests.length) return date;
    }
    return null;
}"""


async def test_every_counselor_screen(chromium, server):
    audit = await audit_for(chromium, server, COUNSELOR)
    try:
        page = audit.page
        await audit.visit("/#/caseload", "Caseload", and_staff_frame(link("Jordan Lee")))
        await page.get_by_role("link", name="Jordan Lee").click()
        await expect(page.get_by_role("heading", level=1, name="Jordan Lee")).to_be_focused()
        await page.get_by_text("Show the data as a table").click()
        await page.get_by_text("Change the care team").click()
        await audit.check(
            "a client's page (table and care team open)",
            button("Save care team"),
        )
        await page.get_by_role("link", name="Meetings", exact=True).last.click()
        await expect(page.get_by_role("button", name="Save plan")).to_be_visible()
        await audit.check("a client's aftercare plan and meetings", button("Save plan"))
        await page.get_by_role("link", name="Overview").click()
        await expect(page.get_by_role("heading", level=1, name="Jordan Lee")).to_be_visible()
        await page.get_by_role("link", name="Assign homework").click()
        await expect(page.get_by_role("heading", level=1, name="Assign homework")).to_be_focused()
        await audit.check("assign homework to a client", button("Assign"))

        await audit.visit(
            "/#/queue", "Review queue", lambda page: [page.locator(".queue-item a").first]
        )
        await page.locator(".queue-item a").first.click()
        await expect(page.locator(".review-item h1")).to_be_focused()
        await audit.check("one check-in to review", button("Mark reviewed"))
        await page.goto("/#/queue")
        await page.locator(".homework-queue a").first.click()
        await expect(page.locator(".submission h1")).to_be_focused()
        await audit.check("submitted homework to review", button("Return for revision"))

        await audit.visit("/#/homework", "Homework", link("Worksheets"))
        await page.locator("[data-assignment] a").first.click()
        await expect(page.locator(".assignment h1")).to_be_focused()
        await audit.check("one assignment's progress", link("Back to homework"))
        await audit.visit("/#/homework/templates", "Worksheets", link("New worksheet"))
        await page.get_by_role("link", name=re.compile("^Make my own copy")).first.click()
        await expect(page.get_by_role("heading", level=1, name="New worksheet")).to_be_focused()
        await audit.check("the worksheet editor", button("Save worksheet"))

        await audit.visit("/#/sessions", "Sessions", link("Next week"))
        await page.get_by_role(
            "link", name="Previous week"
        ).click()  # last week's sessions have rosters
        await page.get_by_role("link", name=re.compile("^Roster")).first.click()
        await expect(page.get_by_role("button", name="Save attendance")).to_be_visible()
        await audit.check("a session's roster", button("Save attendance"))

        day = await page.evaluate(DAY_WITH_TESTS)
        assert day, "the demo has drug tests in the last two weeks"

        async def open_a_result(page: Page) -> None:
            change = page.get_by_role("button", name=re.compile("^Change"))
            if await change.count():  # a recorded result: its form opens to change it
                await change.first.click()

        await audit.visit(f"/#/testing/{day}", "Testing", button("Save result"), then=open_a_result)
        await audit.visit("/#/invite", "Invite a client", button("Invite and get a code"))
        await audit.visit("/#/settings", "Settings", button("Save reminder settings"))
        audit.report()
    finally:
        await audit.page.context.close()


async def test_every_admin_screen(chromium, server):
    audit = await audit_for(chromium, server, ADMIN)
    try:
        page = audit.page
        await audit.visit("/#/admin", "Programs", and_staff_frame(button("Create program")))
        await page.get_by_role("link", name="Front Range IOP").click()
        await expect(page.get_by_role("heading", level=1, name="Front Range IOP")).to_be_focused()
        await audit.check("a program's details", and_staff_frame(button("Save program details")))
        pages = page.get_by_role("navigation", name="Program pages")

        async def program_page(name: str) -> None:
            await pages.get_by_role("link", name=name, exact=True).click()
            await expect(page.get_by_role("heading", level=1, name=name)).to_be_focused()

        await program_page("Testing policy")
        await page.get_by_text("Random testing for Evening IOP").click()
        await expect(page.get_by_role("button", name="Save testing policy")).to_be_visible()
        await audit.check(
            "a program, with a track's testing policy open", button("Save testing policy")
        )
        # Asking first: completing an enrollment and ending a series (both left as they were).
        await program_page("Enrollments")
        await page.get_by_role("button", name="Complete Jordan Lee's enrollment").first.click()
        await audit.check(
            "enrollments, asking to complete one",
            lambda page: [page.get_by_role("button", name=re.compile("^Yes")).first],
        )
        await program_page("Sessions")
        await page.get_by_role("button", name="End series Evening IOP group").click()
        await expect(page.get_by_role("heading", name="End Evening IOP group?")).to_be_focused()
        await audit.check("sessions, asking to end a series", button("Yes, end Evening IOP group"))
        await page.get_by_role("link", name="Sessions of Evening IOP group").click()
        await expect(page.get_by_role("heading", name="Upcoming sessions")).to_be_visible()
        await page.locator("details.move summary").first.click()
        await audit.check("a series' sessions, one being moved", button("Move session"))
        # Cancelling one session: asked first, then the Undo toast (the server's answer stood
        # in for, so the session stays as it was).
        await page.get_by_role("button", name=re.compile("^Cancel the session on")).first.click()
        await audit.check("a series' sessions, asking to cancel one", button("Keep it"))
        await page.route(
            "**/api/admin/occurrences/*",
            lambda route: (
                route.fulfill(json={}) if route.request.method == "PATCH" else route.fallback()
            ),
        )
        await page.get_by_role("button", name="Yes, cancel this session").click()
        toast = page.locator(".toast")
        await expect(toast).to_contain_text("Cancelled Evening IOP group on")
        await audit.check("a series' sessions, with Undo after a cancel", button("Undo"))
        await toast.get_by_role("button", name="Close").click()
        await page.unroute("**/api/admin/occurrences/*")
        await audit.visit("/#/caseload", "Caseload")  # staff-wide, without the counselor's links
        await audit.visit("/#/queue", "Review queue")

        # People: the directory, inviting someone (an error first, then the handover with the
        # server's answer stood in for, so nobody is invited), a counselor's and a client's page.
        await audit.visit("/#/people", "People", and_staff_frame(button("Search")))
        await audit.visit("/#/people/new", "Invite someone", button("Invite and get a code"))
        await page.get_by_role("button", name="Invite and get a code").click()
        await expect(page.locator(".error-summary")).to_be_focused()
        await audit.check("inviting someone, with errors", button("Invite and get a code"))
        await page.route(
            "**/api/admin/people", lambda route: route.fulfill(status=201, json=INVITATION)
        )
        await page.get_by_label("Full name").fill("Maria Lopez")
        await page.get_by_role("radio", name="Client", exact=True).check()
        await page.get_by_role("button", name="Invite and get a code").click()
        await expect(
            page.get_by_role("heading", level=1, name="Maria Lopez is invited")
        ).to_be_visible()
        await audit.check("the handover of a code", button("Copy code"))
        await page.unroute("**/api/admin/people")

        async def open_person(name: str) -> None:
            await page.goto("/#/people")
            await page.locator(".people-list").get_by_role("link", name=name).click()
            await expect(page.get_by_role("heading", level=1, name=name)).to_be_focused()

        await open_person("Dana Reyes")
        await page.get_by_label("Move them to").select_option(label="Sam Okafor")
        await page.get_by_role("button", name="Move caseload").click()
        await page.get_by_role("button", name="Deactivate Dana Reyes").click()
        await audit.check(
            "a counselor's page, asking to confirm", button("Yes, deactivate Dana Reyes")
        )
        await open_person("Jordan Lee")
        await page.get_by_text("Change the care team").click()
        await audit.check("a client's page, care team open", button("Save care team"))
        await audit.visit("/#/settings", "Settings", button("Save reminder settings"))
        audit.report()
    finally:
        await audit.page.context.close()
