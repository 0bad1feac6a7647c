"""The urgent-alert tick: it runs every few seconds, and two jobs processes escalating the same
alert at the same moment take its step once."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from jobs import reminders
from jobs.scheduler import build_scheduler
from server.care.tables import AlertRecipient, UrgentAlert
from server.notifications.tables import Notification
from tests.helpers import ONLY_POSTGRES
from tests.jobs.workers import race


async def urgent(signed_in, persona) -> str:
    client = await signed_in(persona)
    checkin_id = str(uuid.uuid4())
    answer = await client.post(
        "/api/checkins",
        {
            "id": checkin_id,
            "local_date": str(datetime.now(timezone.utc).date()),
            "mood": 1,
            "craving": 1,
            "used": False,
            "medication": "yes",
            "sleep_hours": 5,
            "safety_concern": True,
        },
    )
    assert answer.status_code == 201, answer.text
    return checkin_id


def test_the_alert_tick_runs_every_five_seconds(settings):
    job = build_scheduler(settings).get_job("urgent-alerts")
    assert job is not None and job.func.__name__ == "alerts"
    assert job.trigger.interval == timedelta(seconds=5)


async def test_the_alert_tick_plans_a_push_for_the_care_team(settings, personas, signed_in):
    await urgent(signed_in, personas.client)
    jobs = reminders.ReminderJobs(settings)
    try:
        await jobs.alerts()
    finally:
        await jobs.close()
    rows = await Notification.select(Notification.account, Notification.urgency).where(
        Notification.kind == "alert"
    )
    assert rows == [{"account": personas.counselor.id, "urgency": "high"}]


RACE = """
import asyncio, sys, time
from datetime import datetime

from server.care.services import escalate_due
from server.core import db


async def main(url, when, start_at):
    async with db.connected(url):
        await asyncio.sleep(max(0.0, start_at - time.time()))
        print(await escalate_due(datetime.fromisoformat(when)))


asyncio.run(main(sys.argv[1], sys.argv[2], float(sys.argv[3])))
"""


@ONLY_POSTGRES
async def test_two_jobs_processes_escalating_at_once_take_each_step_once(
    database_url, personas, signed_in
):
    await urgent(signed_in, personas.client)
    when = (datetime.now(timezone.utc) + timedelta(minutes=16)).isoformat()
    outputs = await race(RACE, database_url, when)
    assert sorted(int(out.split()[-1]) for out in outputs) == [0, 1]
    [alert] = await UrgentAlert.select(UrgentAlert.id, UrgentAlert.route)
    assert alert["route"] == "admins"  # nobody on call: straight to the admins, once
    recipients = await AlertRecipient.select(AlertRecipient.account, AlertRecipient.route)
    assert sorted((r["route"], r["account"]) for r in recipients) == [
        ("admins", personas.admin.id),
        ("team", personas.counselor.id),
    ]
