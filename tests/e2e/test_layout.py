"""Every screen of tests/e2e/screens.py's list at both sizes, for every role: on a 1366×850 laptop
and a 390×844 phone, axe finds no serious or critical violation, the page never scrolls sideways,
no navigation item wraps onto a second line (nor does the client's tab bar wrap into rows), the
staff workspace uses the laptop's width with its side navigation and no sticky crisis bar, and
nothing on a client's screen stays hidden behind the crisis control once scrolled to the end.

(tests/e2e/test_accessibility.py checks the phone, 320 px and 200 % text in depth; this one
walks the same screens people use most at the two sizes the product is designed for.)
"""

from __future__ import annotations

import pytest
from playwright.async_api import Page

from tests.e2e.flows import open_sign_in, sign_in
from tests.e2e.harness import DRAWING_ONLY, RECORD_CSP_VIOLATIONS, watched_page
from tests.e2e.screens import SCREENS, SIZES, open_screen, settled
from tests.e2e.test_accessibility import AXE, AXE_TAGS, FAILING_IMPACTS, RUN_AXE

pytestmark = [pytest.mark.e2e, DRAWING_ONLY]

# What a person would notice about the frame of a screen, as a list of sentences.
FRAME_PROBLEMS = """(role) => {
    const problems = [];
    const shown = (el) => el && el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const name = (el) => (el.innerText || el.getAttribute("aria-label") || "").trim().replace(/\\s+/g, " ").slice(0, 40);
    const lines = (el) => {
        // How many lines its words take: boxes of its text that share no height are on
        // different lines (an icon above a label is not a wrap, nor a badge set a little lower;
        // visually hidden text is not seen).
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const boxes = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.textContent.trim() || node.parentElement.closest(".visually-hidden")) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            boxes.push(...[...range.getClientRects()].filter((r) => r.width > 0));
        }
        boxes.sort((a, b) => a.top - b.top);
        let count = boxes.length ? 1 : 0;
        let bottom = boxes[0]?.bottom;
        for (const box of boxes.slice(1)) {
            if (box.top >= bottom - 1) count += 1;
            bottom = Math.max(bottom, box.bottom);
        }
        return count;
    };
    const width = document.documentElement.clientWidth;
    if (document.scrollingElement.scrollWidth > width + 1) {
        problems.push(`the page scrolls sideways (${document.scrollingElement.scrollWidth} px in ${width} px)`);
    }
    const staff = role !== "client";
    const laptop = width >= 1024;
    const navs = [...document.querySelectorAll("nav")].filter(shown);
    for (const nav of navs) {
        for (const item of nav.querySelectorAll("a, button")) {
            if (shown(item) && lines(item) > 1) problems.push(`"${name(item)}" in the ${nav.getAttribute("aria-label") || "navigation"} wraps onto ${lines(item)} lines`);
        }
    }
    if (staff && laptop) {
        const side = document.querySelector(".side-nav");
        if (!shown(side)) problems.push("no side navigation on a laptop");
        const work = document.querySelector(".workspace");
        if (!work) problems.push("no .workspace content area");
        else if (work.getBoundingClientRect().width < 900) problems.push(`the content area is only ${Math.round(work.getBoundingClientRect().width)} px wide`);
        const bar = document.getElementById("crisis");
        if (shown(bar) && ["fixed", "sticky"].includes(getComputedStyle(bar).position)) problems.push("a sticky crisis bar on a staff screen");
        if (side && ![...side.querySelectorAll("a")].some((a) => /crisis/i.test(a.textContent))) problems.push("no Crisis resources link in the navigation");
    }
    if (!staff) {
        const bar = document.querySelector(".tab-bar");
        if (!shown(bar)) problems.push("no tab bar");
        else {
            const items = [...bar.querySelectorAll("a, button")].filter(shown);
            if (items.length > 5) problems.push(`the tab bar has ${items.length} items`);
            if (new Set(items.map((a) => Math.round(a.getBoundingClientRect().top))).size > 1) problems.push("the tab bar wraps into rows");
        }
        const control = document.querySelector(".crisis-control");
        if (!shown(control)) problems.push("no crisis control");
    }
    return problems;
}"""

# Scrolled to the end, what lies under the crisis control or the tab bar when they float.
HIDDEN_UNDER = """() => {
    window.scrollTo({ top: document.scrollingElement.scrollHeight, behavior: "instant" });
    const floating = [...document.querySelectorAll(".crisis-control, .tab-bar, #crisis")]
        .filter((el) => el.checkVisibility() && ["fixed", "sticky"].includes(getComputedStyle(el).position))
        .map((el) => [el, el.getBoundingClientRect()]);
    const problems = [];
    const main = document.querySelector("main");
    const leaves = [...main.querySelectorAll("h1, h2, h3, p, li, a, button, input, label, svg, td, th, summary")]
        .filter((el) => el.checkVisibility() && !el.closest(".visually-hidden") && !el.closest(".crisis-control, .tab-bar"));
    for (const [bar, box] of floating) {
        for (const el of leaves) {
            const r = el.getBoundingClientRect();
            if (!r.width || !r.height) continue;
            const overlap = Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top);
            const across = Math.min(r.right, box.right) - Math.max(r.left, box.left);
            if (overlap > 2 && across > 2 && !bar.contains(el)) {
                problems.push(`${el.tagName.toLowerCase()} "${(el.innerText || "").trim().slice(0, 30)}" lies under ${bar.className || bar.id}`);
                break;
            }
        }
    }
    window.scrollTo({ top: 0, behavior: "instant" });
    return problems;
}"""


async def walk(chromium, server, role: str, size: str) -> list[str]:
    email, screens = SCREENS[role]
    context = await chromium.new_context(
        base_url=server.base_url,
        viewport=SIZES[size],
        is_mobile=size == "phone",
        has_touch=size == "phone",
        reduced_motion="reduce",
    )
    await context.add_init_script(RECORD_CSP_VIOLATIONS)
    await context.add_init_script(path=AXE)
    page: Page = await watched_page(context)
    problems: list[str] = []
    try:
        await open_sign_in(page)
        await sign_in(page, email, server.demo_password)
        await page.wait_for_selector(".view.signed-in")
        await settled(page)
        for screen in screens:
            where = f"{role} {screen.name} ({size})"
            await open_screen(page, screen)
            problems += [f"{where}: {p}" for p in await page.evaluate(FRAME_PROBLEMS, role)]
            problems += [f"{where}: {p}" for p in await page.evaluate(HIDDEN_UNDER)]
            for violation in await page.evaluate(RUN_AXE, AXE_TAGS):
                if violation["impact"] in FAILING_IMPACTS:
                    targets = "; ".join(node["target"] for node in violation["nodes"][:5])
                    problems.append(
                        f"{where}: axe {violation['id']}: {violation['help']}: {targets}"
                    )
        problems += page.problems.unexpected("status of 401 (Unauthorized)")  # signed-out probe
    finally:
        await context.close()
    return problems


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("role", list(SCREENS))
async def test_every_screen_at_both_sizes(chromium, server, role, size):
    problems = await walk(chromium, server, role, size)
    assert problems == [], "\n".join(problems)
