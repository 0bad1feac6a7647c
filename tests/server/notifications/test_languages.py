"""A person's reminders in their language (English and Spanish, issue 18's first part): what the
planner writes, what the loopback push service decrypts, times in CLDR's form for the locale,
and discreet mode as discreet in Spanish as in English (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from datetime import timedelta

from server.accounts.tables import Account
from server.core import i18n
from server.notifications import dispatch, outbox, planner
from server.notifications.tables import Notification
from tests.push_fixtures import discreet_off, now, reminder

# Words a lock screen must never show, in either language.
FORBIDDEN = re.compile(
    r"drug|test|alcohol|recovery|therapy|group|evening|droga|prueba|alcohol|recupera|terapia|grupo",
    re.I,
)
SPANISH_TIME = r"\d{1,2}:\d{2}\s[ap]\.\s?m\."  # es-US: "6:00 p.m."
ENGLISH_TIME = r"\d{1,2}:\d{2}\s[AP]M"  # en-US: "6:00 PM"


async def spanish(account_id: int) -> None:
    await Account.update({Account.locale: "es-US"}).where(Account.id == account_id)


async def test_a_spanish_clients_planned_reminders_are_in_spanish(schedule, device, personas):
    await spanish(personas.client.id)
    await planner.plan_reminders(now())
    rows = await Notification.select(Notification.kind, Notification.detail).where(
        Notification.account == personas.client.id
    )
    by_kind = {row["kind"]: row["detail"] for row in rows}
    assert by_kind["checkin"] == "Es hora de tu registro diario."
    assert re.fullmatch(rf"Evening group, {SPANISH_TIME}", by_kind["session"]), by_kind
    assert "6:00" in by_kind["session"]  # the evening group starts at 18:00 in Denver


async def test_an_english_clients_session_reminder_says_the_time_as_they_do(
    schedule, device, personas
):
    await planner.plan_reminders(now())
    [row] = (
        await Notification.select(Notification.detail)
        .where((Notification.account == personas.client.id) & (Notification.kind == "session"))
        .limit(1)
    )
    assert re.fullmatch(rf"Evening group at {ENGLISH_TIME}", row["detail"]), row


async def test_the_lock_screen_in_spanish_is_as_discreet_as_in_english(
    device, push_service, sender, personas
):
    await spanish(personas.client.id)
    at = now()
    await outbox.plan([reminder(personas.client.id, at)], at)
    assert await dispatch.dispatch_due(sender, at) == {"sent": 1}
    [delivery] = push_service.delivered_to(device)
    body = delivery.json["body"]
    assert re.fullmatch(rf"Tienes un recordatorio: {SPANISH_TIME}", body), body
    assert not FORBIDDEN.search(body) and delivery.json["title"] == "Companion"


async def test_with_discreet_mode_off_a_spanish_client_sees_the_planned_detail(
    device, push_service, sender, personas
):
    await spanish(personas.client.id)
    await discreet_off(personas.client.id)
    at = now()
    test = reminder(personas.client.id, at, kind="test", subject="test:1", detail="unused")
    await outbox.plan([test], at)
    await dispatch.dispatch_due(sender, at)
    [delivery] = push_service.delivered_to(device)
    assert delivery.json["body"] == "Las notificaciones funcionan."


def test_every_spanish_message_keeps_its_placeholders_and_none_is_missing():
    """The catalog's ids are the English texts the code passes; each translation has the same
    {placeholders}, and each message the server writes so far is translated."""
    catalog = i18n._messages("es")
    used = [
        "You have a reminder at {time}.",
        "Notifications are working.",
        "{title} at {time}",
        "Time for your daily check-in.",
        "Homework due at {time}: {title}",
        "Come in today between {start} and {end}.",
        "Appointments",
        "IOP sessions",
        "Appointment",
        "An urgent check-in is waiting for your review.",
    ]
    assert set(used) <= set(catalog), set(used) - set(catalog)
    for english, translated in catalog.items():
        assert sorted(re.findall(r"{\w+}", english)) == sorted(re.findall(r"{\w+}", translated))
    assert i18n.text("es-US", "Not in the catalog") == "Not in the catalog"  # falls back to English
    assert i18n.text("fr-FR", "Appointment") == "Appointment"
    assert i18n.language_of("es-MX") == "es" and i18n.language_of(None) == "en"


def test_a_drug_test_window_reads_naturally_in_spanish_at_one_oclock():
    """No article before the time ("de 1:00 p.m. a 3:00 p.m.", never "las 1:00") and no
    second period after "p.m."."""
    from datetime import datetime, timezone

    start = datetime(2026, 12, 7, 20, 0, tzinfo=timezone.utc)  # 1:00 p.m. in Denver
    text = i18n.text(
        "es-US",
        "Come in today between {start} and {end}.",
        start=i18n.clock(start, "America/Denver", "es-US"),
        end=i18n.clock(start + timedelta(hours=2), "America/Denver", "es-US"),
    )
    assert re.fullmatch(r"Ven hoy, de 1:00\s?p\.\s?m\. a 3:00\s?p\.\s?m\.", text), text


async def test_an_urgent_alert_reaches_a_spanish_speaking_counselor_in_spanish(personas):
    """The alert's row is written in the language of whoever it reached."""
    from server.care.tables import AlertRecipient, UrgentAlert

    at = now()
    await spanish(personas.counselor.id)
    [alert] = await UrgentAlert.insert(
        UrgentAlert(subject="checkin:x", client=personas.client.id, raised_at=at, route="team")
    )
    await AlertRecipient.insert(
        AlertRecipient(
            alert=alert["id"], account=personas.counselor.id, route="team", notified_at=at
        ),
        AlertRecipient(
            alert=alert["id"], account=personas.other_counselor.id, route="team", notified_at=at
        ),
    )
    assert await planner.plan_alerts(at) == 2
    rows = await Notification.select(Notification.account, Notification.detail).where(
        Notification.kind == "alert"
    )
    assert {row["account"]: row["detail"] for row in rows} == {
        personas.counselor.id: "Hay un registro urgente esperando tu revisión.",
        personas.other_counselor.id: "An urgent check-in is waiting for your review.",
    }
