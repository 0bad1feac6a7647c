"""The client app's frame on a phone: a bottom tab bar of five that never wraps (320 px, 200 %
text), every tab and every item of More opening its screen with the tab marked, Today's first
card above the fold, nothing under the crisis control or the tab bar, times and dates as people
say them, and a day's check-in updated from its own answers."""

from __future__ import annotations

import re

import pytest
from playwright.async_api import Page, expect

from tests.e2e.flows import open_sign_in, sign_in
from tests.e2e.harness import DRAWING_ONLY, phone_context, watched_page

pytestmark = pytest.mark.e2e

CLIENT = "client8@demo.example"  # no other browser test signs in as this client
TABS = [  # label, route, the heading of the screen it opens
    ("Today", "#/today", re.compile(r"^Hello, ")),
    ("Check-in", "#/checkin", "Daily check-in"),
    ("Homework", "#/homework", "Homework"),
    ("Meetings", "#/meetings", "Meetings"),
    ("More", "#/more", "More"),
]
MORE = [
    ("Week", "Your schedule"),
    ("Calendar", "Calendar link"),
    ("Aftercare plan", "Aftercare plan"),
    ("Questionnaires", "Questionnaires"),
    ("My safety plan", "My safety plan"),
    ("Settings", "Settings"),
]
SIGNED_OUT_PROBE = "status of 401 (Unauthorized)"

# Every tab on one row, its label shown whole, and the page not scrolling sideways.
TAB_BAR_SHAPE = """() => {
    const links = [...document.querySelectorAll("nav.tab-bar a")];
    const rows = new Set(links.map((a) => Math.round(a.getBoundingClientRect().top)));
    const cut = [...document.querySelectorAll("nav.tab-bar .tab-label")]
        .filter((label) => label.scrollWidth > label.clientWidth + 1 || label.scrollHeight > label.clientHeight + 1)
        .map((label) => label.textContent);
    const bar = document.querySelector("nav.tab-bar").getBoundingClientRect();
    return { count: links.length, rows: rows.size, cut, height: bar.height, bottom: bar.bottom,
        wide: document.scrollingElement.scrollWidth > document.documentElement.clientWidth };
}"""

# What lies under the header (the crisis control) at the top of the page, and under the tab bar
# at its end: every element of the screen whose box meets theirs (the frame itself left out).
COVERED = """() => {
    const header = document.querySelector("header.app-header").getBoundingClientRect();
    const bar = document.querySelector("nav.tab-bar");
    const content = [...document.querySelectorAll(".client-frame *")]
        .filter((el) => !el.closest("nav.tab-bar") && !el.contains(bar) && el.checkVisibility()
            && !el.closest(".visually-hidden"))
        .filter((el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; });
    const meets = (r, b) => Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top) > 0.5
        && Math.min(r.right, b.right) - Math.max(r.left, b.left) > 0.5;
    const name = (el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} "${(el.innerText || "").trim().slice(0, 30)}"`;
    window.scrollTo(0, 0);
    const top = content.filter((el) => meets(el.getBoundingClientRect(), header)).map(name);
    window.scrollTo(0, document.scrollingElement.scrollHeight);
    const tabBar = bar.getBoundingClientRect();
    const crisis = document.querySelector(".crisis-control summary").getBoundingClientRect();
    const bottom = content.filter((el) => meets(el.getBoundingClientRect(), tabBar)).map(name);
    window.scrollTo(0, 0);
    return { top, bottom, crisisOnScreen: crisis.top >= 0 && crisis.bottom <= innerHeight };
}"""


async def signed_in_client(chromium, server) -> Page:
    context = await phone_context(chromium, server.base_url)
    page = await watched_page(context)
    await open_sign_in(page)
    await sign_in(page, CLIENT, server.demo_password)
    await expect(page.get_by_role("heading", level=1, name=re.compile("^Hello, "))).to_be_focused()
    return page


@DRAWING_ONLY
async def test_the_tab_bar_keeps_five_tabs_on_one_row_at_320_px_and_200_percent_text(
    chromium, server
):
    page = await signed_in_client(chromium, server)
    cdp = await page.context.new_cdp_session(page)
    # On More, whose own content fits 320 px with doubled text (a wider screen would widen the
    # phone's layout viewport, and the tab bar with it).
    await page.get_by_role("navigation", name="Main").get_by_role("link", name="More").click()
    await expect(page.get_by_role("heading", level=1, name="More")).to_be_focused()
    try:
        for width, height in [(390, 844), (320, 640)]:
            await page.set_viewport_size({"width": width, "height": height})
            for text in (16, 32):  # the browser's text size, px: normal and 200 %
                await cdp.send("Page.setFontSizes", {"fontSizes": {"standard": text, "fixed": 13}})
                await page.wait_for_timeout(150)  # Chromium applies a new size over a few frames
                shape = await page.evaluate(TAB_BAR_SHAPE)
                where = f"{width} px, text {text} px"
                assert shape["count"] == 5 and shape["rows"] == 1, (where, shape)
                assert shape["cut"] == [], (where, shape)
                assert shape["bottom"] <= height + 0.5 and shape["height"] <= 64, (where, shape)
                assert not shape["wide"], f"the page scrolls sideways at {where}"
        labels = await page.locator("nav.tab-bar a").all_inner_texts()
        assert [label.strip() for label in labels] == [label for label, _, _ in TABS]
        # Icons are drawn, not read: hidden from screen readers, the label is the name.
        await expect(page.locator("nav.tab-bar svg[aria-hidden=true]")).to_have_count(5)
    finally:
        await page.context.close()


@DRAWING_ONLY
async def test_every_tab_and_everything_in_more_opens_with_its_tab_marked(chromium, server):
    page = await signed_in_client(chromium, server)
    tabs = page.get_by_role("navigation", name="Main")
    try:
        for label, route, heading in TABS:
            await tabs.get_by_role("link", name=label, exact=True).click()
            await expect(page.get_by_role("heading", level=1, name=heading)).to_be_focused()
            assert page.url.endswith(route), page.url
            await expect(tabs.locator("[aria-current=page]")).to_have_text(label)
        more = page.locator("section.more")
        await expect(more.locator("ul.more-list > li")).to_have_text(
            [re.compile(f"^{label}") for label, _ in MORE]
        )
        await expect(more.get_by_role("button", name="Sign out")).to_be_visible()
        for label, heading in MORE:
            await tabs.get_by_role("link", name="More", exact=True).click()
            await expect(page.get_by_role("heading", level=1, name="More")).to_be_focused()
            await more.get_by_role("link", name=label, exact=True).click()
            await expect(page.get_by_role("heading", level=1, name=heading)).to_be_focused()
            await expect(tabs.locator("[aria-current=page]")).to_have_text("More")
        await tabs.get_by_role("link", name="More", exact=True).click()
        await more.get_by_role("button", name="Sign out").click()
        await expect(page.get_by_role("heading", level=1, name="Sign in")).to_be_visible()
        assert page.problems.unexpected(SIGNED_OUT_PROBE) == []
        assert await page.evaluate("window.__cspViolations") == []
    finally:
        await page.context.close()


@DRAWING_ONLY
async def test_todays_first_card_is_on_screen_and_nothing_is_under_the_crisis_control_or_tabs(
    chromium, server
):
    page = await signed_in_client(chromium, server)
    try:
        first = page.locator("ul.cards > li.card").first
        box = await first.bounding_box()
        bar = await page.locator("nav.tab-bar").bounding_box()
        assert box is not None and bar is not None
        assert box["y"] + min(box["height"], 120) <= bar["y"], (
            f"Today's first card starts at {box['y']} px; the tab bar at {bar['y']} px"
        )
        for label, _, heading in TABS:
            await (
                page.get_by_role("navigation", name="Main")
                .get_by_role("link", name=label, exact=True)
                .click()
            )
            await expect(page.get_by_role("heading", level=1, name=heading)).to_be_focused()
            found = await page.evaluate(COVERED)
            assert found["top"] == [], f"{label}: under the header at the top: {found['top']}"
            assert found["bottom"] == [], (
                f"{label}: under the tab bar at the end: {found['bottom']}"
            )
            assert found["crisisOnScreen"], f"{label}: crisis help scrolled away"
    finally:
        await page.context.close()


# format.js in the browser, in US English, on a fixed "now": Monday 7 December 2026, 10:00 in
# Denver. The instants are 18:00 Denver time on the days named.
SPOKEN = """async () => {
    const f = await import("/js/format.js");
    const zone = "America/Denver", now = Date.parse("2026-12-07T17:00:00Z");
    const at6 = (day) => `2026-12-${day}T01:00:00Z`;  // 18:00 in Denver the day before
    return {
        today: f.when(at6("08"), zone, { now }),
        tomorrow: f.when(at6("09"), zone, { now }),
        wednesday: f.when(at6("10"), zone, { now }),
        later: f.when(at6("17"), zone, { now }),
        dueTomorrow: f.dueText(at6("09"), zone, now),
        dueWednesday: f.dueText(at6("10"), zone, now),
        inADay: f.countdown(at6("09"), at6("09"), now),
        soon: f.countdown("2026-12-07T17:25:00Z", "2026-12-07T18:00:00Z", now),
        now: f.countdown("2026-12-07T16:30:00Z", "2026-12-07T18:00:00Z", now),
        ended: f.countdown("2026-12-07T15:00:00Z", "2026-12-07T16:00:00Z", now),
        range: f.timeRange(at6("08"), "2026-12-08T04:00:00Z", zone),
        clock: f.clockTime("17:00"),
        two: f.meetingsProgress({ target: 3, logged: 2, verified: 0 }),
        three: f.meetingsProgress({ target: 3, logged: 3, verified: 1 }),
        four: f.meetingsProgress({ target: 3, logged: 4, verified: 0 }),
        one: f.meetingsProgress({ target: null, logged: 1, verified: 0 }),
    };
}"""


@DRAWING_ONLY
async def test_times_and_dates_read_as_people_say_them(chromium, server):
    context = await chromium.new_context(base_url=server.base_url, locale="en-US")
    try:
        page = await context.new_page()
        await page.goto("/")
        spoken = await page.evaluate(SPOKEN)
        thin = r"[\s\u2009\u202f]"
        assert spoken["today"] == "Today at 6:00\u202fPM" or re.fullmatch(
            rf"Today at 6:00{thin}PM", spoken["today"]
        ), spoken
        for key, expected in [
            ("tomorrow", "Tomorrow at 6:00 PM"),
            ("wednesday", "Wednesday at 6:00 PM"),
            ("later", "Wed, Dec 16 at 6:00 PM"),
            ("dueTomorrow", "Due tomorrow at 6:00 PM"),
            ("dueWednesday", "Due Wednesday at 6:00 PM"),
            ("clock", "5:00 PM"),
        ]:
            assert re.sub(thin, " ", spoken[key]) == expected, (key, spoken[key])
        assert re.fullmatch(rf"6:00{thin}–{thin}9:00{thin}PM", spoken["range"]), spoken["range"]
        assert (spoken["inADay"], spoken["soon"], spoken["now"], spoken["ended"]) == (
            "",
            "Starts in 25 minutes",
            "Happening now",
            "Ended",
        )
        assert spoken["two"] == "2 of 3 meetings this week"
        assert spoken["three"] == "3 of 3 meetings this week (1 verified) — goal met"
        assert spoken["four"] == "4 meetings this week — goal met"  # never "4 of 3"
        assert spoken["one"] == "1 meeting this week"
    finally:
        await context.close()


LOWERCASE_DAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)\b|\bdue [a-z]{3}, ", re.I)
STARTS_IN_HOURS = re.compile(r"Starts in \d+ h")
TWENTY_FOUR_HOUR = re.compile(r"\b([01]\d|2[0-3]):[0-5]\d\b(?!\s?[AP]M)")


@DRAWING_ONLY
async def test_client_screens_show_no_lowercase_weekdays_hour_countdowns_or_24_hour_times(
    chromium, server
):
    page = await signed_in_client(chromium, server)
    try:
        for route, heading in [
            ("/#/today", re.compile("^Hello, ")),
            ("/#/homework", "Homework"),
            ("/#/week", "Your schedule"),
            ("/#/meetings", "Meetings"),
        ]:
            await page.goto(route)
            await expect(page.get_by_role("heading", level=1, name=heading)).to_be_visible()
            text = await page.locator("main").inner_text()
            lowercase = [m.group(0) for m in LOWERCASE_DAY.finditer(text) if m.group(0).islower()]
            assert lowercase == [], (route, lowercase)
            assert not STARTS_IN_HOURS.search(text), (route, text)
            assert not TWENTY_FOUR_HOUR.search(text), (route, TWENTY_FOUR_HOUR.findall(text))
    finally:
        await page.context.close()


async def fill_check_in(page: Page, mood: str, sleep: str) -> None:
    form = page.locator("form.checkin-form")
    await form.get_by_role("radio", name=mood).check()
    await (
        form.get_by_role("group", name=re.compile("^Craving"))
        .get_by_role("radio", name="3", exact=True)
        .check()
    )
    await (
        form.get_by_role("group", name=re.compile("^Used alcohol"))
        .get_by_role("radio", name="No")
        .check()
    )
    await form.get_by_role("radio", name="Not prescribed").check()
    await form.get_by_label("Hours slept").select_option(sleep)
    await (
        form.get_by_role("group", name="Thoughts of harming yourself?")
        .get_by_role("radio", name="No")
        .check()
    )


async def test_a_second_check_in_the_same_day_starts_from_the_first(chromium, server):
    page = await signed_in_client(chromium, server)
    try:
        card = page.locator("li.checkin-card")
        await (
            page.get_by_role("navigation", name="Main").get_by_role("link", name="Check-in").click()
        )
        await expect(page.get_by_role("heading", level=1, name="Daily check-in")).to_be_focused()
        if await page.get_by_role("heading", name="Update today's check-in").count() == 0:
            await fill_check_in(page, "Good", "7")
            await (
                page.locator("form.checkin-form")
                .get_by_label("What helped today?")
                .fill("A walk after group")
            )
            await page.get_by_role("button", name="Send check-in").click()
            await expect(page.locator(".checkin-result")).to_contain_text("Thank you")

        # Checked in today: Today says so and offers the update, which starts from the answers.
        await page.get_by_role("navigation", name="Main").get_by_role("link", name="Today").click()
        await expect(card.get_by_role("link", name="Update today's check-in")).to_be_visible()
        await card.get_by_role("link", name="Update today's check-in").click()
        await expect(page.get_by_role("heading", level=1, name="Daily check-in")).to_be_focused()
        await expect(
            page.get_by_role("heading", level=2, name="Update today's check-in")
        ).to_be_visible()
        form = page.locator("form.checkin-form")
        await expect(form.locator("input[name=mood]:checked")).to_have_count(1)
        await expect(form.locator("input[name=craving]:checked")).to_have_count(1)
        await expect(form.get_by_label("Hours slept")).not_to_have_value("")
        await expect(form.locator("input[name=safety]:checked")).to_have_value("no")
        assert page.problems.unexpected(SIGNED_OUT_PROBE) == []
    finally:
        await page.context.close()
