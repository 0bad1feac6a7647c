"""Drug testing from the counselor's side: schedule a test for a client on the Testing screen,
see it in the day's list, record it collected and negative, and be told when the same client
already has a test that day."""

from __future__ import annotations

import pytest
from playwright.async_api import expect

from tests.e2e.flows import open_sign_in, sign_in, signed_in_page

pytestmark = pytest.mark.e2e

SIGNED_OUT_PROBE = "status of 401 (Unauthorized)"  # the app asks who is signed in before sign-in

# counselor@demo.example's clients, in order of preference: ones no other e2e test signs in as
# first, so a test on their Today card disturbs nobody.
PREFERRED = ["Tyler Brooks", "Chris Walker", "Jordan Lee", "Maria Garcia", "Aisha Khan"]

# The first preferred client without a test today (the demo's random draw may have picked some);
# if every one has, tomorrow (where only "excused" can be recorded yet).
FREE_CLIENT = """async (preferred) => {
    const load = async (path) => (await fetch(path, { headers: { Accept: "application/json" } })).json();
    const { clients } = await load("/api/counselor/caseload");
    const today = await load("/api/counselor/drug-tests");
    const tomorrow = today.length ? await load(`/api/counselor/drug-tests?date=${
        (() => { const d = new Date(`${today[0].local_date}T12:00:00Z`); d.setUTCDate(d.getUTCDate() + 1);
                 return d.toISOString().slice(0, 10); })()}`) : [];
    const mine = preferred.map((name) => clients.find((c) => c.name === name)).filter(Boolean);
    const free = (tests) => mine.find((c) => !tests.some((t) => t.client_id === c.client_id));
    if (free(today)) return { id: free(today).client_id, name: free(today).name, tomorrow: false };
    return { id: free(tomorrow).client_id, name: free(tomorrow).name, tomorrow: true };
}"""


async def test_a_counselor_schedules_a_test_records_its_result_and_is_told_of_a_second(
    chromium, server
):
    counselor = await signed_in_page(chromium, server, "counselor@demo.example")
    try:
        client = await counselor.evaluate(FREE_CLIENT, PREFERRED)
        await counselor.get_by_role("link", name="Testing", exact=True).click()
        await expect(counselor.get_by_role("heading", level=1, name="Testing")).to_be_focused()
        if client["tomorrow"]:
            await counselor.get_by_role("link", name="Next day").click()
            await expect(counselor.get_by_role("link", name="Today", exact=True)).to_be_visible()
            await expect(counselor.get_by_role("heading", level=1, name="Testing")).to_be_focused()
        row = counselor.locator(f'li[data-client="{client["id"]}"]')
        await expect(row).to_have_count(0)

        # Schedule it for the day shown (the date field's default), over the whole day so its
        # window has not ended whenever this runs.
        await counselor.get_by_label("Client", exact=True).select_option(label=client["name"])
        await counselor.get_by_label("Window starts").fill("00:00")
        await counselor.get_by_label("Window ends").fill("23:59")
        await counselor.get_by_label("Note", exact=True).last.fill(
            "Asked for by the probation officer"
        )
        await counselor.get_by_role("button", name="Schedule test").click()
        await expect(counselor.locator("p[role=status]")).to_contain_text(
            f"Test scheduled for {client['name']}"
        )
        await expect(row).to_contain_text("Status: Waiting for the client")
        await expect(row).to_contain_text("Scheduled test")
        await expect(row).to_contain_text("Note: Asked for by the probation officer")
        await expect(row.locator(".alert-badge")).to_have_count(0)  # not overdue

        # Record what happened: collected and negative (a later day can only be excused yet).
        await expect(row.get_by_label("Result", exact=True)).to_be_hidden()
        await row.get_by_role("button", name="Save result").click()
        await expect(row.locator(".form-error")).to_have_text(
            "Choose collected, missed or excused."
        )
        if client["tomorrow"]:
            await row.get_by_role("radio", name="Excused").check()
            shown = "Recorded: Excused"
        else:
            await row.get_by_role("radio", name="Collected").check()
            await row.get_by_label("Result", exact=True).select_option("negative")
            await expect(row.get_by_label("Substances")).to_be_hidden()
            shown = "Result: Negative"
        await row.get_by_role("button", name="Save result").click()
        await expect(counselor.locator("p[role=status]")).to_have_text("Result saved.")
        await expect(row).to_contain_text(shown)
        await expect(row.get_by_role("heading", name=client["name"])).to_be_focused()
        await expect(row.get_by_role("button", name="Save result")).to_be_hidden()
        await expect(row.get_by_role("button", name="Change")).to_be_visible()

        # The same client and day again: the server's answer is shown by the form.
        await counselor.get_by_role("button", name="Schedule test").click()
        await expect(counselor.locator("#schedule-error")).to_contain_text(
            f"{client['name']} already has a drug test on "
        )
        await expect(row).to_have_count(1)

        assert await counselor.evaluate("window.__cspViolations") == []
        assert (
            counselor.problems.unexpected(
                SIGNED_OUT_PROBE, "status of 409 (Conflict)", "status of 400 (Bad Request)"
            )
            == []
        )
    finally:
        await counselor.context.close()


async def test_an_admin_sets_a_tracks_random_testing_policy(page, server):
    await open_sign_in(page)
    await sign_in(page, "admin@demo.example", server.demo_password)
    await expect(page.get_by_role("heading", level=1, name="Programs")).to_be_focused()
    await page.get_by_role("link", name="Front Range IOP").click()
    await expect(page.get_by_role("heading", level=1, name="Front Range IOP")).to_be_focused()
    # The program's pages: testing has its own.
    await (
        page.get_by_role("navigation", name="Program pages")
        .get_by_role("link", name="Testing policy")
        .click()
    )
    await expect(page.get_by_role("heading", level=1, name="Testing policy")).to_be_focused()
    track = page.locator("li[data-track]", has_text="Morning IOP")
    await track.get_by_text("Random testing for Morning IOP").click()
    per_week = track.get_by_label("Tests per client per week")
    await expect(per_week).to_have_value("2")  # the demo's policy
    await per_week.fill("1.5")
    await track.get_by_role("checkbox", name="Fri").uncheck()
    await track.get_by_label("Until").fill("16:00")
    await track.get_by_role("button", name="Save testing policy").click()
    await expect(
        page.get_by_role("status").filter(has_text="Random testing saved for Morning IOP.")
    ).to_have_count(1)
    await page.reload()
    track = page.locator("li[data-track]", has_text="Morning IOP")
    await track.get_by_text("Random testing for Morning IOP").click()
    await expect(track.get_by_label("Tests per client per week")).to_have_value("1.5")
    await expect(track.get_by_role("checkbox", name="Fri")).not_to_be_checked()
    await expect(track.get_by_label("Until")).to_have_value("16:00")
    # more tests a week than testing days is refused with the server's words
    await track.get_by_label("Tests per client per week").fill("6")
    await track.get_by_role("button", name="Save testing policy").click()
    await expect(track.locator(".form-error")).not_to_have_text("")
    assert await page.evaluate("window.__cspViolations") == []
