"""Questionnaires and the safety plan from end to end, on both databases.

- A client with a safety plan fills in a PHQ-9 with no signal and answers its item 9 "Several
  days": crisis help comes up at once, before any server has answered (their plan's people, one
  tap to call or text, then 988); the answers wait on the phone and go when the signal returns;
  the urgent alert reaches their counselor's device (the loopback push service, real Web Push)
  and opening the response acknowledges it in the counselor's name.
- A client makes and changes their own safety plan; their counselor saves a newer version
  meanwhile (what the client typed stays, the newer version shows, saving again works); offline,
  the header's crisis help shows the plan's people first; signing out takes the plan away.
- In Spanish, the BAM (no published Spanish version) shows in English with a notice, the PHQ-9
  in Spanish without one.
- axe and the layout checks (390 px, 320 px, 200 % text) on every new screen.
"""

from __future__ import annotations

import asyncio
import re

import pytest
from playwright.async_api import Page, expect

from server.settings import DEFAULT_PUSH_HOSTS, _new_vapid_pem
from tests import web_catalog as wc
from tests.conftest import make_settings
from tests.e2e.flows import (
    call_api,
    laptop_page,
    open_sign_in,
    sign_in,
    wait_for_control,
    wait_until_saved_for_offline,
)
from tests.e2e.harness import DRAWING_ONLY, phone_context, running_server, watched_page
from tests.e2e.test_accessibility import and_frame, audit_for, button, link
from tests.e2e.test_checkins import OFFLINE_CONSOLE, SIGNED_OUT_PROBE, outbox_size
from tests.pushservice import PushService

pytestmark = pytest.mark.e2e

PUSH_WAIT = 20.0  # the alert tick runs every 5 s, the dispatcher every second
PHQ9_SAVED = ("/api/measures/instruments/phq9", "/api/me/safety-plan")
NOT_AT_ALL = "Not at all"


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
async def pushing_server(request, tmp_path_factory, scratch_postgres):
    """`companion run` on the demo clinic, allowed to push to the loopback push service; yields
    (server, push service)."""
    data_dir = tmp_path_factory.mktemp(f"measures-{request.param}")
    pem = _new_vapid_pem()
    public_key = make_settings("sqlite:///unused.db", data_dir / "keys", pem).vapid_public_key
    async with PushService(vapid_public_key=public_key) as push:
        extra = {
            "COMPANION_VAPID_PRIVATE_KEY": pem,
            "COMPANION_PUSH_ALLOWED_HOSTS": f"{DEFAULT_PUSH_HOSTS},{push.origin}",
        }
        if request.param == "postgresql":
            extra["COMPANION_DATABASE_URL"] = await scratch_postgres()
        async with running_server(data_dir, request.param, extra) as server:
            yield server, push


async def until(condition, seconds: float) -> bool:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while loop.time() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.25)
    return condition()


async def client_phone(chromium, server, email: str) -> Page:
    page = await watched_page(await phone_context(chromium, server.base_url))
    await open_sign_in(page)
    await sign_in(page, email, server.demo_password)
    await expect(
        page.get_by_role("heading", level=1, name=re.compile("^(Hello|Hola), "))
    ).to_be_focused()
    await wait_for_control(page)
    await wait_until_saved_for_offline(page)
    return page


def question(page: Page, number: int):
    return page.locator("form.measure-form fieldset.measure-item").filter(
        has=page.locator(".item-number", has_text=re.compile(f"^Question {number} of "))
    )


async def answer_phq9(page: Page, item9: str) -> None:
    """Items 1 to 8 "Not at all" (item 1 "Several days"), item 9 as given, item 10 skipped."""
    for number in range(1, 10):
        choice = "Several days" if number == 1 else item9 if number == 9 else NOT_AT_ALL
        await question(page, number).get_by_role("radio", name=choice, exact=True).check()


async def test_a_safety_answer_offline_shows_the_plan_at_once_and_reaches_the_counselor(
    chromium, pushing_server
):
    server, push = pushing_server
    counselor = await laptop_page(chromium, server, "counselor@demo.example")  # Dana Reyes
    device = push.new_subscription()
    await call_api(counselor, "POST", "/api/push/subscriptions", device)

    # Maria (Dana's client) has a safety plan, made with the API here (the next test makes one
    # in the app).
    phone = await client_phone(chromium, server, "client2@demo.example")
    context = phone.context
    try:
        await call_api(
            phone,
            "PUT",
            "/api/me/safety-plan",
            {
                "base_version": 0,
                "sections": {
                    "people": [{"name": "Rosa (sister)", "phone": "(303) 555-0199"}],
                    "coping": ["Walk around the block"],
                },
            },
        )
        # From More to the questionnaires, then the PHQ-9 (opened once online: its text and the
        # plan are saved for offline).
        await phone.get_by_role("navigation", name="Main").get_by_role("link", name="More").click()
        await phone.locator("section.more").get_by_role("link", name="Questionnaires").click()
        await expect(phone.get_by_role("heading", level=1, name="Questionnaires")).to_be_focused()
        await phone.goto("/#/measures/phq9")
        await expect(
            phone.get_by_role("heading", level=1, name="How you have been feeling")
        ).to_be_visible()
        await expect(question(phone, 1)).to_contain_text("Question 1 of 10")
        await wait_until_saved_for_offline(phone, PHQ9_SAVED)

        # No signal. Sending with nothing answered: the error summary links to each question.
        await context.set_offline(True)
        await phone.get_by_role("button", name="Send answers").click()
        summary = phone.locator(".error-summary")
        await expect(summary).to_be_focused()
        await expect(summary.get_by_role("link")).to_have_count(9)  # item 10 may be skipped
        await summary.get_by_role("link", name="Question 3: choose an answer.").click()
        await expect(question(phone, 3).get_by_role("radio").first).to_be_focused()

        await answer_phq9(phone, "Several days")
        await phone.get_by_role("button", name="Send answers").click()

        # Crisis help at once, offline: their own people first, then 988; who will see it.
        panel = phone.locator("section.measure-support")
        await expect(panel).to_be_focused()
        await expect(panel.locator(".seen-by")).to_have_text(
            "Your answers are saved on this phone. Your care team will see this as soon as "
            "your phone is back online."
        )
        rosa = panel.locator(".plan-contact", has_text="Rosa (sister)")
        await expect(rosa.get_by_role("link", name="Call Rosa (sister)")).to_have_attribute(
            "href", "tel:3035550199"
        )
        await expect(
            rosa.get_by_role("link", name="Send a text to Rosa (sister)")
        ).to_have_attribute("href", "sms:3035550199")
        await expect(panel).to_contain_text("Walk around the block")
        await expect(panel.get_by_role("link", name="Call 988")).to_have_attribute(
            "href", "tel:988"
        )
        await expect(panel.get_by_role("link", name="Call Front Range IOP")).to_have_attribute(
            "href", "tel:3035550142"
        )
        assert await panel.evaluate(
            "(panel) => panel.querySelector('.plan-help').compareDocumentPosition("
            "panel.querySelector('.crisis-actions')) & Node.DOCUMENT_POSITION_FOLLOWING"
        ), "the plan comes before 988"
        await expect(phone.locator(".measure-done")).to_have_text(
            "Saved on this phone. It will be sent when you're back online."
        )
        assert await outbox_size(phone) == 1
        assert push.delivered_to(device) == []

        # The signal returns: the outbox sends it, and the server says who will see it.
        await context.set_offline(False)
        await expect(phone.get_by_role("heading", level=1, name="Questionnaires")).to_be_visible()
        await expect(panel).to_be_focused()
        await expect(panel.locator(".seen-by")).to_have_text(
            "Thank you for telling us. Dana Reyes, your counselor, will see your answers."
        )
        await expect(panel.get_by_role("link", name="Call Rosa (sister)")).to_be_visible()
        sent = phone.locator(".measure-history li").first
        await expect(sent).to_contain_text("PHQ-9")
        await expect(sent).to_contain_text("Your score: 2 of 27 — Minimal")
        assert await outbox_size(phone) == 0
        response_id = await sent.get_attribute("data-response")
        assert phone.problems.unexpected(SIGNED_OUT_PROBE, *OFFLINE_CONSOLE) == []
        assert await phone.evaluate("window.__cspViolations") == []
    finally:
        await context.close()

    # The urgent alert reaches Dana's device, naming nothing; opening the response acknowledges
    # it in her name.
    try:
        assert await until(lambda: push.delivered_to(device), PUSH_WAIT), "Dana got no push"
        [delivery] = push.delivered_to(device)
        assert delivery.urgency == "high"
        assert "Maria" not in delivery.json["body"] and "PHQ" not in delivery.json["body"]
        queue = await call_api(counselor, "GET", "/api/counselor/measure-queue")
        [item] = [item for item in queue if item["id"] == response_id]
        assert item["safety"] and item["alert"]["acknowledged_by"] is None, item
        detail = await call_api(counselor, "GET", f"/api/counselor/measure-responses/{response_id}")
        assert detail["alert"]["acknowledged_by"] == "Dana Reyes", detail["alert"]
        assert [i["flagged"] for i in detail["items"] if i["key"] == "9"] == [True]
        queue = await call_api(counselor, "GET", "/api/counselor/measure-queue")
        [item] = [item for item in queue if item["id"] == response_id]
        assert item["alert"]["acknowledged_by"] == "Dana Reyes"
        assert await counselor.evaluate("window.__cspViolations") == []
    finally:
        await counselor.context.close()


async def test_a_client_keeps_their_safety_plan_and_crisis_help_shows_it_offline(chromium, server):
    phone = await client_phone(chromium, server, "client7@demo.example")  # Marcus Hill
    context = phone.context
    tabs = phone.get_by_role("navigation", name="Main")
    try:
        # No plan yet: the program's coping text, and an invitation to make one.
        await tabs.get_by_role("link", name="More").click()
        await phone.locator("section.more").get_by_role("link", name="My safety plan").click()
        await expect(phone.get_by_role("heading", level=1, name="My safety plan")).to_be_focused()
        await expect(phone.locator(".plan-fallback")).to_be_visible()
        await phone.get_by_role("button", name="Start my safety plan").click()

        form = phone.locator("form.plan-form")
        legends = form.locator("fieldset.plan-step > legend")
        await expect(legends).to_have_text(
            [
                "1 Warning signs",
                "2 Things I can do on my own",
                "3 People and places that take my mind off things",
                "4 People I can ask for help",
                "5 Professionals and agencies",
                "6 Making my environment safer",
                "7 My reasons for living",
            ]
        )
        coping = form.locator("#edit-coping")
        await coping.get_by_label("Line 1", exact=True).fill("Listen to music")
        await coping.get_by_role("button", name="Add a line").click()
        await expect(coping.get_by_label("Line 2", exact=True)).to_be_focused()
        await coping.get_by_label("Line 2", exact=True).fill("Take a shower")
        people = form.locator("#edit-people")
        await people.get_by_label("Name", exact=True).fill("Jamie")
        await people.get_by_label("Phone (optional)").fill("(720) 555-0123")
        await people.get_by_role("button", name="Add a person").click()
        await people.get_by_label("Name", exact=True).nth(1).fill("Coach Lee")
        await people.get_by_label("Phone (optional)").nth(1).fill("call me")
        await form.get_by_role("button", name="Save my plan").click()
        await expect(form.locator("#plan-error")).to_have_text(
            "Use only numbers, spaces and + ( ) - . in a phone number."
        )
        await expect(people.get_by_label("Phone (optional)").nth(1)).to_be_focused()
        await people.get_by_label("Phone (optional)").nth(1).fill("303 555 0100")
        await form.get_by_role("button", name="Save my plan").click()

        plan = phone.locator("ol.plan-steps")
        await expect(phone.get_by_role("heading", level=1, name="My safety plan")).to_be_focused()
        await expect(phone.locator(".plan-changed")).to_contain_text("Last changed by you on ")
        jamie = plan.locator(".plan-contact", has_text="Jamie")
        await expect(jamie.get_by_role("link", name="Call Jamie")).to_have_attribute(
            "href", "tel:7205550123"
        )
        await expect(plan.locator("li.plan-step").nth(1)).to_contain_text("Take a shower")
        # Step 5 always has 988.
        await expect(
            plan.locator("li.plan-step").nth(4).get_by_role("link", name="Call 988")
        ).to_be_visible()

        # Their counselor saves a newer version meanwhile; the client's own change is refused,
        # stays on screen beside the newer version, and goes in when they save again.
        me = await call_api(phone, "GET", "/api/auth/me")
        counselor = await laptop_page(chromium, server, "counselor2@demo.example")  # Sam Okafor
        try:
            current = await call_api(
                counselor, "GET", f"/api/counselor/clients/{me['id']}/safety-plan"
            )
            sections = current["sections"]
            sections["reasons"] = ["My daughter"]
            await call_api(
                counselor,
                "PUT",
                f"/api/counselor/clients/{me['id']}/safety-plan",
                {"base_version": current["version"], "sections": sections},
            )
        finally:
            await counselor.context.close()
        await phone.get_by_role("button", name="Change my plan").first.click()
        await form.locator("#edit-people").get_by_label("Name", exact=True).first.fill("Jamie R.")
        await form.get_by_role("button", name="Save my plan").click()
        conflict = phone.locator(".plan-conflict")
        await expect(conflict).to_be_focused()
        await expect(conflict.locator(".notice")).to_contain_text(
            "Sam Okafor saved a newer version of your plan"
        )
        await expect(conflict.locator(".plan-newer")).to_contain_text("My daughter")
        await expect(
            form.locator("#edit-people").get_by_label("Name", exact=True).first
        ).to_have_value("Jamie R.")
        await form.get_by_role("button", name="Save my plan").click()
        await expect(plan.locator(".plan-contact", has_text="Jamie R.")).to_be_visible()
        saved = await call_api(phone, "GET", "/api/me/safety-plan")
        assert saved["version"] == 3 and saved["sections"]["people"][0]["name"] == "Jamie R."
        # (the client's save started from the counselor's version: their words replace it)

        # Offline, from Today: crisis help shows the plan's people first.
        await tabs.get_by_role("link", name="Today").click()
        await wait_until_saved_for_offline(phone, ("/api/me/safety-plan",))
        await context.set_offline(True)
        await phone.reload()
        await expect(
            phone.get_by_role("heading", level=1, name=re.compile("^Hello, "))
        ).to_be_visible()
        crisis = phone.locator(".crisis-control")
        await crisis.locator("summary").click()
        shown = crisis.locator(".crisis-plan")
        await expect(shown.get_by_role("link", name="Call Jamie R.")).to_have_attribute(
            "href", "tel:7205550123"
        )
        await expect(shown).to_contain_text("Listen to music")
        assert await crisis.evaluate(
            "(panel) => panel.querySelector('.crisis-plan').compareDocumentPosition("
            "panel.querySelector('.crisis-actions')) & Node.DOCUMENT_POSITION_FOLLOWING"
        ), "the plan comes before 988"
        await crisis.locator("summary").click()
        await expect(shown).to_have_count(0)
        await context.set_offline(False)

        # Signing out takes the plan off this phone: crisis help shows 988 only.
        await tabs.get_by_role("link", name="More").click()
        await phone.locator("section.more").get_by_role("button", name="Sign out").click()
        await expect(phone.get_by_role("heading", level=1, name="Sign in")).to_be_visible()
        await crisis.locator("summary").click()
        await expect(crisis.get_by_role("link", name="Call 988")).to_be_visible()
        await phone.wait_for_timeout(300)
        await expect(crisis.locator(".crisis-plan")).to_have_count(0)
        assert not await phone.evaluate(
            "async () => Boolean(await caches.match('/api/me/safety-plan'))"
        )
        conflict_logged = "status of 409 (Conflict)"  # the refused save, as the browser logs it
        assert phone.problems.unexpected(SIGNED_OUT_PROBE, conflict_logged, *OFFLINE_CONSOLE) == []
        assert await phone.evaluate("window.__cspViolations") == []
    finally:
        await context.close()


async def test_in_spanish_the_bam_says_it_is_shown_in_english(chromium, server):
    phone = await client_phone(chromium, server, "client9@demo.example")  # reads Spanish
    try:
        await phone.goto("/#/measures/bam")
        notice = phone.locator(".measure-notice")
        await expect(notice).to_contain_text("español")
        await expect(phone.locator(".item-text").first).to_have_attribute("lang", "en")
        await expect(phone.locator(".item-number").first).to_have_text("Pregunta 1 de 16")
        about = phone.locator("details.measure-about summary")
        await expect(about).to_have_text(
            wc.catalog("es", "views/measures")["About this questionnaire"]
        )

        await phone.goto("/#/measures/phq9")
        await expect(phone.locator(".item-text").first).to_have_text(
            "Poco interés o placer en hacer cosas"
        )
        await expect(phone.locator(".measure-notice")).to_have_count(0)
        await expect(phone.locator(".item-text").first).not_to_have_attribute("lang", "en")
        await expect(phone.get_by_role("button", name="Enviar respuestas")).to_be_visible()
        assert phone.problems.unexpected(SIGNED_OUT_PROBE) == []
    finally:
        await phone.context.close()


# The audited client's plan: long names, every step filled in.
PLAN = {
    "base_version": 0,
    "sections": {
        "warning_signs": ["Staying in bed all day"],
        "coping": ["Walk the dog", "Cold water on my face"],
        "distractions": [{"name": "The library", "phone": ""}],
        "people": [{"name": "Alexandra Montgomery-Whitfield", "phone": "(303) 555-0177"}],
        "professionals": [{"name": "Dr. Patel", "phone": "303-555-0111"}],
        "environment": ["Give my extra pills to my sister"],
        "reasons": ["My son"],
    },
}


@DRAWING_ONLY
async def test_every_questionnaire_and_safety_plan_screen_is_accessible(chromium, server):
    audit = await audit_for(chromium, server, "client10@demo.example")  # no other test's
    page = audit.page
    try:
        mine = await call_api(page, "GET", "/api/me/safety-plan")
        await call_api(
            page, "PUT", "/api/me/safety-plan", {**PLAN, "base_version": mine["version"]}
        )
        await audit.visit("/#/measures", "Questionnaires", and_frame(lambda page: []))
        await audit.visit("/#/safety-plan", "My safety plan", button("Change my plan"))
        await page.get_by_role("button", name="Change my plan").first.click()
        await expect(page.locator("form.plan-form")).to_be_visible()
        await audit.check("the safety plan, changing it", button("Save my plan"))
        await audit.visit(
            "/#/measures/phq9",
            "How you have been feeling",
            button("Send answers"),
        )
        await page.get_by_role("button", name="Send answers").click()
        await expect(page.locator(".error-summary")).to_be_focused()
        await audit.check("a questionnaire, with its errors", link("Question 1: choose an answer."))

        # Offline, and closed before the signal returns (so nothing reaches the server and no
        # alert is raised): a safety answer's crisis help.
        await page.context.set_offline(True)
        await answer_phq9(page, "More than half the days")
        await page.get_by_role("button", name="Send answers").click()
        await expect(page.locator("section.measure-support")).to_be_focused()
        await audit.check(
            "a questionnaire: crisis help after a safety answer, offline",
            link("Call Alexandra Montgomery-Whitfield"),
        )
        await page.locator(".crisis-control summary").click()
        await expect(page.locator(".crisis-plan")).to_be_visible()
        await audit.check(
            "crisis help with the safety plan",
            lambda page: [page.locator(".crisis-control").get_by_role("link", name="Call 988")],
        )
        await page.locator(".crisis-control summary").click()
        audit.report()
    finally:
        await page.context.close()
