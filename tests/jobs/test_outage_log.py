"""A database outage in the jobs process is a warning now and then, not a traceback a tick."""

from __future__ import annotations

import logging

from jobs import reminders


async def test_an_outage_is_one_warning_and_a_real_fault_keeps_its_traceback(
    settings, monkeypatch, caplog
):
    caplog.set_level(logging.INFO, logger="jobs.reminders")
    failure: list[Exception] = [ConnectionRefusedError(111, "Connection refused")]

    async def planner(_now):
        raise failure[0]

    monkeypatch.setattr(reminders, "plan_reminders", planner)
    jobs = reminders.ReminderJobs(settings)
    for _ in range(5):  # five ticks while PostgreSQL is down
        await jobs.plan()
    records = [r for r in caplog.records if r.name == "jobs.reminders"]
    assert [(r.levelname, r.exc_info is None) for r in records] == [("WARNING", True)]
    assert "ConnectionRefusedError on planning reminders" in records[0].getMessage()
    assert "Connection refused" not in records[0].getMessage()

    caplog.clear()
    failure[0] = KeyError("a bug")
    await jobs.plan()
    [record] = [r for r in caplog.records if r.name == "jobs.reminders"]
    assert record.levelname == "ERROR" and record.exc_info is not None
