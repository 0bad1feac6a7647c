"""A clinic from an empty database: one admin made with the CLI invites a counselor and a client
in the app, both activate on their own pages, the admin builds the client's care team, and an
urgent check-in reaches a named person every time: the counselor first (who acknowledges it by
opening it); once the counselor is deactivated, the program's on-call counselor, and, when
nobody acknowledges, the admin. Pushes are checked by the loopback push service (real Web Push
encryption and VAPID), on SQLite and on PostgreSQL."""

from __future__ import annotations

import asyncio
import os
import re
import sqlite3
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path

import asyncpg
import pytest
from playwright.async_api import Page, expect

from server.settings import DEFAULT_PUSH_HOSTS, _new_vapid_pem
from tests.conftest import make_settings
from tests.e2e.flows import activate, call_api, invite, open_sign_in, sign_in
from tests.e2e.harness import (
    COMPANION,
    RECORD_CSP_VIOLATIONS,
    phone_context,
    running_server,
    watched_page,
)
from tests.e2e.test_checkins import fill_check_in
from tests.e2e.test_people import open_person
from tests.pushservice import PushService

ADMIN_EMAIL = "alex@clinic.example"
ADMIN_PASSWORD = "quiet harbor lantern for the story"
COUNSELOR_PASSWORD = "counselor passphrase, long enough"
CLIENT_PASSWORD = "client passphrase, long enough"
LAPTOP = {"width": 1366, "height": 850}  # staff on a laptop, the client on a phone
PUSH_WAIT = 20.0  # the alert tick runs every 5 s, the dispatcher every second


def cli(env: dict, *args: str, stdin: str = "") -> str:
    done = subprocess.run(
        [str(COMPANION), *args], env=env, input=stdin, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, (args, done.stdout, done.stderr)
    return done.stdout


async def until(condition, seconds: float) -> bool:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while loop.time() < deadline:
        if condition():
            return True
        await asyncio.sleep(0.25)
    return condition()


async def escalation_falls_due(database: str) -> None:
    """The program's escalation minute passes: every open alert's next step falls due now.
    (tests/server/care/test_routing.py holds the minutes themselves; here the story would wait a
    real minute on each database.) Stored as the product stores a time (str() of its UTC value
    on SQLite), so the jobs process's claim on the step matches it."""
    due = datetime.now(UTC) - timedelta(seconds=1)
    sql = "UPDATE urgent_alert SET escalate_at = {} WHERE acknowledged_at IS NULL AND escalate_at IS NOT NULL"
    if database.startswith("sqlite:///"):
        connection = sqlite3.connect(database.removeprefix("sqlite:///"))
        try:
            with connection:
                assert connection.execute(sql.format("?"), (str(due),)).rowcount == 1
        finally:
            connection.close()
        return
    connection = await asyncpg.connect(database)
    try:
        assert await connection.execute(sql.format("$1"), due) == "UPDATE 1"
    finally:
        await connection.close()


async def new_page(chromium, base_url: str, *, phone: bool = False) -> Page:
    if phone:
        return await watched_page(await phone_context(chromium, base_url))
    context = await chromium.new_context(base_url=base_url, viewport=LAPTOP)
    await context.add_init_script(RECORD_CSP_VIOLATIONS)
    return await watched_page(context)


async def signed_in(page: Page, who: str, password: str) -> Page:
    await page.bring_to_front()
    await open_sign_in(page)
    await sign_in(page, who, password)
    await expect(page.get_by_role("heading", level=1)).to_be_focused()
    return page


async def set_up_account(page: Page, link: str, name: str, password: str) -> None:
    """Open the handover link on the person's own device and choose a password."""
    await page.goto(link)
    await activate(page, name, password)


async def send_urgent_check_in(client: Page) -> str:
    await client.bring_to_front()  # several people's pages are open: focus follows the front one
    await client.get_by_role(
        "link", name="Today", exact=True
    ).click()  # from wherever the last one left it
    await expect(client.get_by_role("heading", level=1, name=re.compile("^Hello"))).to_be_focused()
    # The tab bar's Check-in (Today may have a link of that name too, once one is in).
    await client.get_by_role("navigation", name="Main").get_by_role("link", name="Check-in").click()
    await expect(client.get_by_role("heading", level=1, name="Daily check-in")).to_be_focused()
    await fill_check_in(client, note="story", safety=True)
    await client.get_by_role("button", name="Send check-in").click()
    panel = client.locator("section.support-panel")
    await expect(panel).to_be_focused()
    await expect(panel.get_by_role("link", name="Call 988")).to_have_attribute("href", "tel:988")
    return await panel.locator(".seen-by").inner_text()


@pytest.fixture(params=["sqlite", "postgresql"])
async def empty_clinic(request, tmp_path_factory, scratch_postgres):
    """`companion run` on a database that had only migrations and one admin (no demo), allowed
    to push to the loopback push service; yields (server, push service, database URL)."""
    data_dir = tmp_path_factory.mktemp(f"story-{request.param}")
    pem = _new_vapid_pem()
    public_key = make_settings("sqlite:///unused.db", data_dir / "keys", pem).vapid_public_key
    async with PushService(vapid_public_key=public_key) as push:
        database = (
            await scratch_postgres()
            if request.param == "postgresql"
            else f"sqlite:///{data_dir / 'var' / 'companion.db'}"
        )
        extra = {
            "COMPANION_DATABASE_URL": database,
            "COMPANION_VAPID_PRIVATE_KEY": pem,
            "COMPANION_PUSH_ALLOWED_HOSTS": f"{DEFAULT_PUSH_HOSTS},{push.origin}",
        }
        env = {k: v for k, v in os.environ.items() if not k.startswith("COMPANION_")}
        env.update(COMPANION_DATA_DIR=str(data_dir / "var"), **extra)
        Path(data_dir / "var").mkdir(exist_ok=True)
        cli(env, "migrate")
        cli(
            env,
            "user",
            "add",
            "--email",
            ADMIN_EMAIL,
            "--role",
            "admin",
            "--name",
            "Alex Admin",
            "--password-stdin",
            stdin=ADMIN_PASSWORD + "\n",
        )
        async with running_server(data_dir, request.param, extra) as server:
            yield server, push, database


async def test_every_urgent_check_in_reaches_a_named_person_in_a_clinic_run_from_the_app(
    chromium, empty_clinic
):
    server, push, database = empty_clinic
    admin = await signed_in(await new_page(chromium, server.base_url), ADMIN_EMAIL, ADMIN_PASSWORD)

    # --- people, invited in the app, set up their accounts on their own devices ----------------
    sam = await invite(admin, "Sam Diaz", "counselor", email="sam@clinic.example")
    maria = await invite(admin, "Maria Lopez", "client")
    assert re.fullmatch(r"maria-\d{4}", maria["sign_in_name"]), maria
    counselor = await new_page(chromium, server.base_url)
    await set_up_account(counselor, sam["link"], "Sam Diaz", COUNSELOR_PASSWORD)
    client = await new_page(chromium, server.base_url, phone=True)
    await set_up_account(client, maria["link"], "Maria Lopez", CLIENT_PASSWORD)

    # The on-call counselor and the program come through the API (not this story's screens).
    olivia = await call_api(
        admin,
        "POST",
        "/api/admin/people",
        {"name": "Olivia Ortiz", "role": "counselor", "email": "olivia@clinic.example"},
    )
    await call_api(
        admin, "POST", "/api/activation", {"code": olivia["code"], "password": COUNSELOR_PASSWORD}
    )
    olivia_id = olivia["person"]["id"]
    program = await call_api(
        admin,
        "POST",
        "/api/admin/programs",
        {"name": "Front Range IOP", "timezone": "America/Denver", "min_weekly_hours": 9},
    )
    track = await call_api(
        admin, "POST", f"/api/admin/programs/{program['id']}/tracks", {"name": "Evening IOP"}
    )
    await call_api(
        admin,
        "PUT",
        f"/api/admin/programs/{program['id']}/on-call",
        {"counselors": [olivia_id], "escalate_minutes": 1},
    )

    # --- the admin builds Maria's care team in the app ----------------------------------------
    await admin.bring_to_front()
    await open_person(admin, "Maria Lopez")
    team = admin.get_by_role("region", name="Care team")
    await expect(team).to_contain_text("Nobody is on this care team yet.")
    await team.get_by_text("Change the care team").click()
    await team.get_by_label("Primary counselor").select_option(label="Sam Diaz")
    await team.get_by_role("button", name="Save care team").click()
    await expect(team.locator("li[data-member]")).to_contain_text("Sam Diaz")
    people = await call_api(admin, "GET", "/api/admin/directory?q=Maria")
    maria_id = people["people"][0]["id"]
    today = await admin.evaluate(
        "new Date().toLocaleDateString('en-CA', {timeZone: 'America/Denver'})"
    )
    await call_api(
        admin,
        "POST",
        "/api/admin/enrollments",
        {"client_id": maria_id, "track_id": track["id"], "starts_on": today},
    )  # accepted: Maria has a primary counselor now

    # --- devices (the loopback push service's): Sam's, Olivia's and the admin's -----------------
    await signed_in(counselor, "sam@clinic.example", COUNSELOR_PASSWORD)
    olivia_page = await signed_in(
        await new_page(chromium, server.base_url), "olivia@clinic.example", COUNSELOR_PASSWORD
    )
    devices = {}
    for who, page in (("sam", counselor), ("olivia", olivia_page), ("admin", admin)):
        devices[who] = push.new_subscription()
        await call_api(page, "POST", "/api/push/subscriptions", devices[who])

    # --- an urgent check-in reaches Sam, who sees it first and acknowledges it -----------------
    await signed_in(client, maria["sign_in_name"], CLIENT_PASSWORD)
    told = await send_urgent_check_in(client)
    assert told == (
        "Thank you for telling us. Sam Diaz, your counselor, will see this check-in first."
    )
    assert await until(lambda: push.delivered_to(devices["sam"]), PUSH_WAIT), "Sam got no push"
    [delivery] = push.delivered_to(devices["sam"])
    assert delivery.json["url"] == "/#/queue" and "Maria" not in delivery.json["body"]

    await counselor.bring_to_front()
    await counselor.get_by_role("link", name="Review", exact=True).click()
    await expect(counselor.get_by_role("heading", level=1, name="Review queue")).to_be_focused()
    first = counselor.locator("li.queue-item").first  # the urgent one, first
    await expect(first).to_contain_text("Maria Lopez")
    await expect(first.locator(".alert-state")).to_have_text(
        "Reached Sam Diaz · Not acknowledged yet"
    )
    await first.get_by_role("link").click()
    await expect(counselor.locator(".review-item .alert-state")).to_contain_text(
        "Acknowledged by Sam Diaz"
    )

    # --- Sam leaves: deactivated, and the next urgent check-in goes to Olivia, then the admin ---
    await admin.bring_to_front()
    await open_person(admin, "Sam Diaz")
    await admin.get_by_role("button", name="Deactivate Sam Diaz").click()
    confirm = admin.locator(".confirm:visible")
    await expect(confirm.get_by_role("heading", name="Deactivate Sam Diaz?")).to_be_focused()
    await confirm.get_by_role("button", name="Yes, deactivate Sam Diaz").click()
    await expect(admin.locator(".person-summary")).to_contain_text("Deactivated")

    # One check-in a day: the next urgent one is the next day's (a second one today would update
    # today's, whose alert Sam already acknowledged). The client's phone lives a day ahead.
    await client.clock.set_fixed_time(datetime.now(UTC) + timedelta(days=1))
    told = await send_urgent_check_in(client)
    assert "the on-call counselor at front range iop" in told.lower(), told
    assert await until(lambda: push.delivered_to(devices["olivia"]), PUSH_WAIT), (
        "the on-call counselor got no push"
    )
    assert len(push.delivered_to(devices["sam"])) == 1, "a deactivated counselor was pushed"
    assert push.delivered_to(devices["admin"]) == []  # the admin's turn comes after a minute
    await escalation_falls_due(database)
    assert await until(lambda: push.delivered_to(devices["admin"]), PUSH_WAIT), (
        "nobody acknowledged, and the escalation never reached the admin"
    )
    # The admin can open it from the push's screen; opening acknowledges it.
    await admin.bring_to_front()
    await admin.goto("/#/queue")
    await expect(admin.get_by_role("heading", level=1, name="Review queue")).to_be_focused()
    await admin.locator("li.queue-item").first.get_by_role("link").click()
    await expect(admin.locator(".review-item .alert-state")).to_contain_text(
        "Acknowledged by Alex Admin"
    )
    for page in (admin, counselor, client, olivia_page):
        # 401s: the sign-in screen asks who is signed in; Sam's page after his deactivation
        assert page.problems.unexpected("status of 401 (Unauthorized)") == [], page.problems
        await page.context.close()
