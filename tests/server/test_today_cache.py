"""The Today cache (server/today/cache.py) and the change stamps behind it (stamps.py): a cached
Today is answered only while nothing on it has changed, whoever changed it and however."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import datetime, timedelta, timezone

import asyncpg
import pytest

from server.accounts.tables import Account
from server.checkins.tables import Checkin
from server.core import db
from server.programs.tables import SessionOccurrence
from server.today import (
    cache as today_cache,
)
from server.today import (
    controllers as today_controllers,
)
from server.today import (
    services as today_services,
)
from server.today.stamps import WATCHED, compact_today_changes
from tests.conftest import _app_tables
from tests.server.checkins.test_checkins import body as checkin_body
from tests.server.programs.test_attendance import last_started

# Tables nothing on a Today comes from: writes to them (sessions touched on every request, the
# audit log, the reminder outbox) must not make every Today stale.
NOT_ON_TODAY = {
    "auth_session",
    "login_throttle",
    "audit_event",
    "calendar_feed",
    "push_subscription",
    "notification_pref",
    "notification",
    "care_team_member",  # the client's Today names no counselor
    "one_time_code",
    "second_factor",
    "recovery_code",
    "program_care",
    "on_call",
    "urgent_alert",
    "alert_recipient",
    "checkin_revision",  # a day's earlier check-ins: Today shows the day's latest (checkin)
}


@pytest.fixture
def builds(monkeypatch):
    """How many Todays the app has built (cache misses)."""
    count = {"n": 0}
    build = today_services.today

    async def counting(user, now):
        count["n"] += 1
        return await build(user, now)

    monkeypatch.setattr(today_services, "today", counting)
    return count


def cards(response) -> dict:
    return {card["card"]: card for card in response.json()["cards"]}


async def stamps(client_id: int) -> tuple:
    rows = await db.current().run_ddl(
        f"SELECT client_id, SUM(stamp) AS s FROM today_change WHERE client_id IN (0, {client_id}) GROUP BY client_id"
    )
    return tuple(sorted((row["client_id"], int(row["s"])) for row in rows))


def test_every_table_is_either_watched_for_today_or_named_as_not_on_it():
    tables = set(_app_tables())
    assert set(WATCHED) | NOT_ON_TODAY == tables, (
        "classify a new table: does anything on Today come from it?"
    )
    assert not set(WATCHED) & NOT_ON_TODAY


async def test_every_watched_table_has_its_triggers(engine):
    if engine.engine_type == "sqlite":
        rows = await engine.run_ddl(
            "SELECT tbl_name AS t FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'today_%'"
        )
    else:
        rows = await engine.run_ddl(
            "SELECT tgrelid::regclass::text AS t FROM pg_trigger WHERE tgname = 'today_change'"
        )
    assert {row["t"] for row in rows} == set(WATCHED)


async def test_a_second_look_is_answered_from_the_cache_with_the_same_bytes_and_headers(
    schedule, personas, signed_in, builds
):
    client = await signed_in(personas.client)
    # A long note on the latest check-in: Today passes the 1 KB above which answers are gzipped.
    assert (
        await client.post("/api/checkins", checkin_body(note="a long day " * 60))
    ).status_code == 201
    ignored = {"date", "set-cookie"}
    for encoding, zipped in (("gzip, deflate", True), ("identity", False)):
        builds["n"] = 0
        first = await client.get("/api/me/today", headers={"Accept-Encoding": encoding})
        second = await client.get("/api/me/today", headers={"Accept-Encoding": encoding})
        assert first.status_code == second.status_code == 200
        assert builds["n"] == (
            1 if zipped else 0
        )  # the identity round finds the gzip round's Today
        assert second.content == first.content and len(first.content) > 1024
        # gzip's own header differs (Litestar's names a time), so its length may by a few bytes
        skip = ignored | ({"content-length"} if zipped else set())
        assert {k: v for k, v in second.headers.items() if k not in skip} == {
            k: v for k, v in first.headers.items() if k not in skip
        }
        assert (second.headers.get("content-encoding") == "gzip") is zipped
        assert (second.headers.get("vary") == "Accept-Encoding") is zipped


async def test_the_clients_own_write_shows_at_once(schedule, personas, signed_in, builds):
    client = await signed_in(personas.client)
    assert cards(await client.get("/api/me/today"))["checkin"]["done"] is False
    assert (await client.post("/api/checkins", checkin_body())).status_code == 201
    assert cards(await client.get("/api/me/today"))["checkin"]["done"] is True
    assert builds["n"] == 2


async def test_another_clients_write_leaves_the_cached_today_alone(
    schedule, personas, signed_in, builds
):
    client = await signed_in(personas.client)
    other = await signed_in(personas.second_client)
    await client.get("/api/me/today")
    assert (await other.post("/api/checkins", checkin_body())).status_code == 201
    await client.get("/api/me/today")
    assert builds["n"] == 1


async def test_staff_writes_show_at_once(schedule, personas, signed_in, builds):
    """Attendance (the client's), a cancelled session (everyone's) and a facilitator's new
    name (a staff account: everyone's)."""
    client = await signed_in(personas.client)
    counselor = await signed_in(personas.counselor)
    admin = await signed_in(personas.admin)
    before = cards(await client.get("/api/me/today"))
    occurrence = await last_started(schedule.evening_series)
    marked = await counselor.put(
        f"/api/counselor/occurrences/{occurrence['id']}/attendance",
        {"marks": [{"client_id": personas.client.id, "status": "absent"}]},
    )
    assert marked.status_code == 200
    await client.get("/api/me/today")
    assert builds["n"] == 2

    following = before["next_session"]["occurrence"]
    assert (
        await admin.patch(f"/api/admin/occurrences/{following['id']}", {"status": "cancelled"})
    ).status_code == 200
    assert (
        cards(await client.get("/api/me/today"))["next_session"]["occurrence"]["id"]
        != following["id"]
    )

    await Account.update({Account.display_name: "Dana Renamed"}).where(
        Account.id == personas.counselor.id
    )
    after = cards(await client.get("/api/me/today"))["next_session"]["occurrence"]
    assert after["facilitator"] == "Dana Renamed" and builds["n"] == 4


async def test_a_write_by_another_process_shows_at_once(
    schedule, settings, personas, signed_in, builds
):
    """A jobs process, a second server or psql: the triggers stamp the change in the database."""
    client = await signed_in(personas.client)
    following = cards(await client.get("/api/me/today"))["next_session"]["occurrence"]
    sql = "UPDATE session_occurrence SET location = 'Room 9' WHERE id = "
    if settings.database_url.startswith("sqlite:///"):
        connection = sqlite3.connect(settings.database_url[len("sqlite:///") :], timeout=5)
        with connection:
            connection.execute(sql + str(following["id"]))
        connection.close()
    else:
        connection = await asyncpg.connect(settings.database_url)
        await connection.execute(sql + str(following["id"]))
        await connection.close()
    assert (
        cards(await client.get("/api/me/today"))["next_session"]["occurrence"]["location"]
        == "Room 9"
    )
    assert builds["n"] == 2


async def test_a_cached_today_is_rebuilt_after_its_seconds(
    schedule, personas, signed_in, builds, monkeypatch
):
    client = await signed_in(personas.client)
    first = (await client.get("/api/me/today")).json()["generated_at"]
    later = datetime.now(timezone.utc) + timedelta(seconds=today_cache.CACHE_SECONDS + 1)
    monkeypatch.setattr(today_cache, "utc_now", lambda: later)
    monkeypatch.setattr(today_controllers, "utc_now", lambda: later)
    second = (await client.get("/api/me/today")).json()["generated_at"]
    assert builds["n"] == 2 and second > first


async def test_who_may_not_have_a_today_is_still_refused(
    schedule, personas, signed_in, new_browser, builds
):
    client = await signed_in(personas.client)
    await client.get("/api/me/today")
    counselor = await signed_in(personas.counselor)
    assert (await counselor.get("/api/me/today")).status_code == 403
    assert (await new_browser().get("/api/me/today")).status_code == 401
    assert (await client.sign_out()).status_code in (200, 204)
    assert (await client.get("/api/me/today")).status_code == 401  # the cached one is not shown
    assert builds["n"] == 1


async def test_the_cache_holds_at_most_its_entries(schedule, personas, signed_in, app, builds):
    app.state[today_controllers.CACHE]._max = 1
    client, other = await signed_in(personas.client), await signed_in(personas.second_client)
    for browser in (client, other, client):
        assert (await browser.get("/api/me/today")).status_code == 200
    assert builds["n"] == 3 and len(app.state[today_controllers.CACHE]._entries) == 1


async def test_writes_elsewhere_and_compaction_keep_or_change_stamps_as_they_should(
    schedule, personas
):
    mine = await stamps(personas.client.id)
    await Checkin.update({Checkin.note: "x"}).where(
        Checkin.client == personas.second_client.id
    )  # no rows
    await Account.update({Account.locale: "en-GB"}).where(Account.id == personas.second_client.id)
    assert await stamps(personas.client.id) == mine
    for _ in range(3):
        await Account.update({Account.locale: "en-US"}).where(Account.id == personas.client.id)
    changed = await stamps(personas.client.id)
    assert changed != mine and changed[0] == mine[0]  # the client's own stamp, not everyone's
    await SessionOccurrence.update({SessionOccurrence.location: "Hall"}).where(
        SessionOccurrence.series == schedule.evening_series
    )
    shared = await stamps(personas.client.id)
    assert shared[0] != changed[0] and shared[1] == changed[1]
    await compact_today_changes()
    assert await stamps(personas.client.id) == shared
    rows = await db.current().run_ddl(
        "SELECT client_id, COUNT(*) AS n FROM today_change GROUP BY client_id"
    )
    assert all(row["n"] == 1 for row in rows)


async def test_one_transactions_changes_add_one_stamp_row_per_client(schedule, personas, engine):
    async def rows(client_id: int) -> int:
        found = await engine.run_ddl(
            f"SELECT COUNT(*) AS n FROM today_change WHERE client_id = {client_id}"
        )
        return found[0]["n"]

    await compact_today_changes()
    before, mine = await rows(0), await stamps(personas.client.id)
    async with engine.transaction():
        for location in ("A", "B", "C"):  # every group session, three times over
            await SessionOccurrence.update({SessionOccurrence.location: location}).where(
                SessionOccurrence.track.is_not_null()
            )
    assert await rows(0) == (1 if engine.engine_type == "sqlite" else before + 1)
    assert (await stamps(personas.client.id))[0] != mine[0]


async def test_requests_arriving_while_a_today_is_built_wait_for_it(
    schedule, personas, signed_in, monkeypatch
):
    """When a Today expires under a phone's several requests at once, one builds it."""
    client = await signed_in(personas.client)
    build, count = today_services.today, {"n": 0}

    async def slow(user, now):
        count["n"] += 1
        await asyncio.sleep(0.3)
        return await build(user, now)

    monkeypatch.setattr(today_services, "today", slow)
    first = asyncio.create_task(client.get("/api/me/today"))
    await asyncio.sleep(0.1)
    answers = await asyncio.gather(first, *(client.get("/api/me/today") for _ in range(6)))
    assert [a.status_code for a in answers] == [200] * 7 and count["n"] == 1
    assert len({a.content for a in answers}) == 1
