"""Issue 18 in the browser, on both databases.

- A client who reads Spanish goes through their day: Today, a check-in with a safety concern
  (crisis help in Spanish: call 988 and press 2, text AYUDA, the Spanish chat), homework,
  meetings and settings. Every screen is in Spanish, `<html lang>` says so, and axe finds no
  serious problem on any of them (the same audit as test_accessibility: axe, and the layout at
  390 px, 320 px and 200 % text).
- Their counselor, who reads Spanish too, reviews the queue in Spanish on a laptop.
- A pseudo-locale: every catalog entry accented and a third longer, served in place of the
  Spanish catalogs. The client's screens at 320 px and the staff's at 1366 px: no text of the
  catalog left in English, and nothing overflowing, clipped or lying on something else.

The expected words are read from the catalogs themselves (web/locales/es), so a better
translation never breaks a test; a missing one does.
"""

from __future__ import annotations

import json
import re

import pytest
from playwright.async_api import Page, Route, expect

from server.core.minify import strip_catalog
from tests import web_catalog as wc
from tests.e2e.flows import LAPTOP, finish_second_step, open_sign_in, sign_in, wait_for_control
from tests.e2e.harness import DRAWING_ONLY, watched_page
from tests.e2e.test_accessibility import (
    AXE,
    AXE_TAGS,
    FAILING_IMPACTS,
    LAYOUT_PROBLEMS,
    NARROW,
    PHONE,
    RUN_AXE,
    audit_for,
)

pytestmark = pytest.mark.e2e

CLIENT = "client9@demo.example"  # server/demo: reads the app in Spanish
CLIENT_NAME = "Luis Romero"
COUNSELOR = "counselor2@demo.example"  # client9's primary counselor
SPANISH_CHAT = "https://988lineadevida.org/chat/"


def es(key: str, part: str = wc.SHELL_PART) -> str:
    """The Spanish of an English key, from its part's catalog (or the shell's)."""
    own = wc.catalog("es", part)
    found = own.get(key, wc.catalog("es", wc.SHELL_PART).get(key))
    assert isinstance(found, str), f"no Spanish for {key!r} in {part}"
    return found


async def test_a_client_who_reads_spanish_goes_through_their_day(chromium, server):
    audit = await audit_for(chromium, server, CLIENT)
    page = audit.page
    assert await page.evaluate("document.documentElement.lang") == "es-US"
    await expect(page.get_by_role("heading", level=1)).to_have_text(
        es("Hello, {name}").replace("{name}", CLIENT_NAME)
    )
    tabs = page.get_by_role("navigation", name=es("Main"))
    for english in ("Today", "Check-in", "Homework", "Meetings", "More"):
        await expect(tabs.get_by_role("link", name=es(english))).to_be_visible()
    await audit.check("Today")

    # A check-in with a safety concern: crisis help at once, in Spanish.
    await tabs.get_by_role("link", name=es("Check-in")).click()
    await expect(page.get_by_role("heading", level=1, name=es("Daily check-in"))).to_be_visible()
    form = page.locator("form.checkin-form")
    await (
        form.get_by_role("group", name=es("How is your mood?"))
        .get_by_role("radio", name=es("Okay"))
        .check()
    )
    await (
        form.get_by_role(
            "group",
            name=re.compile(
                "^" + re.escape(es("Craving right now, from 0 (none) to 10 (strongest)")[:10])
            ),
        )
        .get_by_role("radio", name="3", exact=True)
        .check()
    )
    await (
        form.get_by_role("group", name=es("Used alcohol or drugs since your last check-in?"))
        .get_by_role("radio", name=es("No"), exact=True)
        .check()
    )
    await (
        form.get_by_role("group", name=es("Took your medication as prescribed?"))
        .get_by_role("radio", name=es("Yes"), exact=True)
        .check()
    )
    await form.get_by_label(es("Hours slept")).select_option("7")
    await (
        form.get_by_role("group", name=es("Thoughts of harming yourself?"))
        .get_by_role("radio", name=es("Yes"), exact=True)
        .check()
    )
    await form.get_by_role("button", name=es("Send check-in")).click()
    panel = page.locator(".support-panel")
    await expect(panel).to_be_visible()
    await expect(panel.get_by_role("link", name=es("Call 988"))).to_have_attribute(
        "href", "tel:988"
    )
    await expect(panel.get_by_role("link", name=es("Text 988"))).to_have_attribute(
        "href", "sms:988?&body=AYUDA"
    )
    await expect(panel.get_by_role("link", name=es("Chat with 988"))).to_have_attribute(
        "href", SPANISH_CHAT
    )
    # who will see it, in Spanish too (the server's words, in the client's language)
    await expect(panel.locator(".seen-by")).not_to_contain_text("your counselor")
    assert not await page.locator(
        ".crisis-es"
    ).is_visible()  # the Spanish line is for English screens
    await audit.check("Check-in, crisis help")

    # The header's crisis help, opened: Spanish, and the same Spanish-language links.
    await page.locator(".crisis-control summary").click()
    header = page.locator(".crisis-panel")
    await expect(header.get_by_role("link", name=es("Text 988"))).to_have_attribute(
        "href", "sms:988?&body=AYUDA"
    )
    await expect(header.get_by_role("link", name=es("Chat with 988"))).to_have_attribute(
        "href", SPANISH_CHAT
    )
    await page.locator(".crisis-control summary").click()

    for route, heading, part in (
        ("/#/homework", "Homework", "views/homework"),
        ("/#/meetings", "Meetings", "views/meetings"),
        ("/#/settings", "Settings", "views/settings"),
        ("/#/more", "More", wc.SHELL_PART),
    ):
        await audit.visit(route, es(heading, part))

    # Offline, the app opens in Spanish from what the service worker kept, crisis help first.
    await wait_for_control(page)
    for _ in range(100):  # polled here: wait_for_function would take the promise as the answer
        kept = await page.evaluate(
            """async () => {
                for (const name of (await caches.keys()).filter((n) => n.startsWith("companion-shell-"))) {
                    if (await (await caches.open(name)).match("/locales/es/shell.json")) return true;
                }
                return false;
            }"""
        )
        if kept:
            break
        await page.wait_for_timeout(100)
    else:
        raise AssertionError("the service worker did not keep the Spanish catalog")
    await page.context.set_offline(True)
    await page.reload()
    await page.locator(".crisis-control summary").click()
    header = page.locator(".crisis-panel")
    await expect(header.get_by_role("heading", name=es("Help right now, any time"))).to_be_visible()
    await expect(header.get_by_role("link", name=es("Text 988"))).to_have_attribute(
        "href", "sms:988?&body=AYUDA"
    )
    assert await page.evaluate("document.documentElement.lang") == "es-US"
    await page.context.set_offline(False)
    audit.report()


async def test_a_counselor_reviews_the_queue_in_spanish(chromium, server):
    """The client's urgent check-in (the test above) reviewed in Spanish, axe clean."""
    context = await chromium.new_context(base_url=server.base_url, viewport=LAPTOP)
    await context.add_init_script(path=AXE)
    page = await watched_page(context)
    try:
        await open_sign_in(page)
        await page.get_by_role("button", name="Español").click()  # chosen before signing in
        await page.get_by_label(es("Email or sign-in name")).fill(COUNSELOR)
        await page.get_by_label(es("Password")).fill(server.demo_password)
        await page.get_by_role("button", name=es("Sign in")).click()
        await finish_second_step(page, COUNSELOR)
        await expect(page.get_by_role("heading", level=1)).to_be_focused()
        assert await page.evaluate("document.documentElement.lang") == "es-US"
        me = await page.evaluate("fetch('/api/auth/me').then((r) => r.json())")
        assert me["locale"] == "es-US"  # the choice is the account's now

        await page.goto("/#/queue")
        await expect(
            page.get_by_role("heading", level=1, name=es("Review queue", "views/review"))
        ).to_be_visible()
        assert await axe_problems(page) == []
        item = page.locator("li.queue-item", has_text=CLIENT_NAME).first
        await item.get_by_role("link").click()
        await expect(
            page.get_by_role("heading", level=1, name=re.compile(f"^{CLIENT_NAME}, "))
        ).to_be_focused()
        assert await axe_problems(page) == []
        await page.get_by_label(es("Note for the client (optional)", "views/review")).fill(
            "Gracias por contarnos."
        )
        await page.get_by_role("button", name=es("Mark reviewed", "views/review")).click()
        await expect(page.get_by_role("status")).to_have_text(
            es("Marked reviewed.", "views/review")
        )
    finally:
        await context.close()


async def axe_problems(page: Page) -> list[str]:
    violations = await page.evaluate(RUN_AXE, AXE_TAGS)
    return [
        f"{v['id']}: {v['help']}: {[n['target'] for n in v['nodes'][:4]]}"
        for v in violations
        if v["impact"] in FAILING_IMPACTS
    ]


# --- the pseudo-locale ---------------------------------------------------------------------------

ACCENTS = str.maketrans("aeiouAEIOUcnsyCNSY", "áéíóúÁÉÍÓÚçñšýÇÑŠÝ")
PLACEHOLDER = re.compile(r"(\{\w+\})")


def pseudo(text: str) -> str:
    """Accented and about 35 % longer, placeholders kept: "[Çhéçk-íñ ~~~]"."""
    parts = [
        part if PLACEHOLDER.fullmatch(part) else part.translate(ACCENTS)
        for part in PLACEHOLDER.split(text)
    ]
    padding = "~" * max(1, round(len(text) * 0.35) - 2)
    return f"[{''.join(parts)} {padding}]"


def pseudo_catalog(part: str) -> dict:
    keys: dict[str, str | None] = {}
    for path in wc.js_files():
        relative = str(path.relative_to(wc.WEB))
        if wc.part_of(relative) == part:
            for key, one, _ in wc.keys(path):
                keys[key] = one
    if part == wc.SHELL_PART:
        keys.update({key: None for key in wc.page_keys() if not key.startswith(("sms:", "http"))})
    return {
        key: pseudo(key) if one is None else {"one": pseudo(one), "other": pseudo(key)}
        for key, one in keys.items()
    }


async def serve_pseudo(page: Page) -> None:
    async def fulfil(route: Route) -> None:
        part = re.search(r"/locales/es/(.+)\.json$", route.request.url).group(1)
        await route.fulfill(
            status=200,
            content_type="application/json",
            body=strip_catalog(json.dumps(pseudo_catalog(part))),  # keyed as the server sends it
        )

    await page.context.route(re.compile(r"/locales/es/.+\.json$"), fulfil)


# English of the catalog still on screen: any visible text node equal to a key (data from the
# server — names, titles, times — is never a key, so it never counts).
ENGLISH_LEFT = """(keys) => {
    const known = new Set(keys);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const left = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent.trim();
        const el = node.parentElement;
        if (!text || !known.has(text) || !el || el.closest("script, style, noscript, [lang]:not(html)")) continue;
        if (el.checkVisibility() || el.closest(".visually-hidden")) left.push(text);
    }
    return left;
}"""


def english_keys() -> list[str]:
    keys = {key for path in wc.js_files() for key, _, _ in wc.keys(path)}
    keys |= set(wc.page_keys())
    # words that are the same in both: a number, a unit, or a name
    return sorted(key for key in keys if re.search(r"[A-Za-z]{3}", key) and "{" not in key)


async def look(page: Page, screen: str, problems: list[str]) -> None:
    for problem in await page.evaluate(LAYOUT_PROBLEMS, 0):
        problems.append(f"{screen}: {problem}")
    for text in await page.evaluate(ENGLISH_LEFT, english_keys()):
        problems.append(f"{screen}: English left: {text!r}")


@DRAWING_ONLY
async def test_a_pseudo_locale_leaves_no_english_and_breaks_no_layout(chromium, server):
    audit = await audit_for(chromium, server)
    page = audit.page
    await serve_pseudo(page)  # before the service worker controls the page: it is not routed
    await page.get_by_label("Email").fill(CLIENT)
    await page.get_by_label("Password").fill(server.demo_password)
    await page.locator("form button[type=submit]").click()
    await expect(page.get_by_role("heading", level=1)).to_contain_text(CLIENT_NAME)
    await page.set_viewport_size(NARROW)
    problems: list[str] = []
    for route in (
        "/#/today",
        "/#/checkin",
        "/#/homework",
        "/#/meetings",
        "/#/more",
        "/#/week",
        "/#/calendar",
        "/#/aftercare",
        "/#/settings",
        "/#/measures",
        "/#/safety-plan",
    ):
        await page.goto(route)
        await expect(page.locator("main h1")).to_contain_text("[")
        await page.wait_for_timeout(300)
        await look(page, f"client {route} at 320 px", problems)
    await page.set_viewport_size(PHONE)
    await page.context.close()

    # The staff's screens on a laptop: the counselor's, and the admin's (program pages, people).
    counselor = [
        "/#/queue",
        "/#/caseload",
        "/#/sessions",
        "/#/homework",
        "/#/testing",
        "/#/settings",
        "/#/crisis",
    ]
    await pseudo_laptop(chromium, server, COUNSELOR, counselor, problems)
    await pseudo_laptop(
        chromium, server, "admin@demo.example", ["/#/admin", "/#/people"], problems, pages=True
    )
    assert not problems, "\n".join(problems)


SET_LANGUAGE = """async (locale) => {
    const token = document.cookie.match(/(?:__Host-csrf|companion-csrf)=([^;]+)/)[1];
    const answer = await fetch("/api/auth/me/language", { method: "PUT",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": token },
        body: JSON.stringify({ locale }) });
    return answer.status;
}"""


async def pseudo_laptop(chromium, server, email, routes, problems, *, pages=False):
    """`email` reads the pseudo-locale on a laptop through `routes` (and, with `pages`, every
    program sub-page linked from them); their language is put back to English afterwards."""
    # The service worker's own requests pass Playwright's routing by, so this laptop has none.
    context = await chromium.new_context(
        base_url=server.base_url, viewport=LAPTOP, service_workers="block"
    )
    staff = await watched_page(context)
    try:
        await serve_pseudo(staff)
        await open_sign_in(staff)
        await sign_in(staff, email, server.demo_password)
        await expect(staff.get_by_role("heading", level=1)).to_be_focused()
        assert await staff.evaluate(SET_LANGUAGE, "es-US") == 200
        await staff.reload()
        assert staff.viewport_size == LAPTOP
        seen = []
        for route in routes:
            await staff.goto(route)
            await expect(staff.locator("main")).to_contain_text("[")
            await staff.wait_for_timeout(300)
            await look(staff, f"{email} {route} at 1366 px", problems)
            seen.append(route)
        if pages:  # the program pages, two links deep from the first route
            waiting = [routes[0]]
            visited = set()
            while waiting and len(visited) < 16:
                here = waiting.pop(0)
                await staff.goto(here if here.startswith("/") else "/" + here)
                await staff.wait_for_timeout(500)
                await expect(staff.locator("main")).to_contain_text("[")
                if here not in seen:
                    await look(staff, f"{email} {here} at 1366 px", problems)
                    seen.append(here)
                visited.add(here)
                links = await staff.eval_on_selector_all(
                    'main a[href^="#/admin/programs/"]',
                    "(links) => links.map((a) => a.getAttribute('href'))",
                )
                waiting += [
                    link
                    for link in dict.fromkeys(links)
                    if link not in visited and link not in waiting
                ]
            assert len(seen) > len(routes) + 3, seen  # the program's sub-pages were seen
        assert len(seen) >= len(routes)
    finally:
        await staff.evaluate(SET_LANGUAGE, "en-US")  # other tests read this account in English
        await context.close()
