"""The starter worksheets in the language of who reads them (issue 18): a counselor sees the
library in their own language; an assignment copies a starter's texts the counselor left as
they are in the language of the clients who get it, and keeps what the counselor wrote (SQLite
and PostgreSQL, through the real app)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import msgspec

from server.accounts.tables import Account, ClientProfile
from server.homework import library
from server.homework.schemas import TemplateIn
from server.programs import setup
from server.programs.schemas import EnrollmentIn
from tests.helpers import add_account, on_care_team

TRIGGER_MAP = "starter-trigger-map"


async def spanish(account_id: int) -> None:
    await Account.update({Account.locale: "es-US"}).where(Account.id == account_id)


def due() -> str:
    return (datetime.now(timezone.utc) + timedelta(days=3)).isoformat()


def as_listed(locale: str, template_id: str = TRIGGER_MAP) -> dict:
    """What the assign form sends for a starter left as the library wrote it."""
    template = library.starter_template(template_id, locale)
    return {
        "title": template.title,
        "instructions": template.description,
        "prompts": msgspec.to_builtins(template.prompts),
        "template_id": template.id,
        "due_at": due(),
    }


async def given(client, assignment_id: int) -> dict:
    answer = await client.get(f"/api/homework/{assignment_id}")
    assert answer.status_code == 200, answer.text
    return answer.json()


async def test_a_spanish_client_is_given_the_spanish_worksheet(personas, signed_in):
    await spanish(personas.client.id)
    counselor = await signed_in(personas.counselor)  # reads English
    made = await counselor.post(
        "/api/counselor/assignments", {**as_listed("en-US"), "client_id": personas.client.id}
    )
    assert made.status_code == 201, made.text
    spanish_map = library.starter_template(TRIGGER_MAP, "es-US")
    assert made.json()["title"] == "Mapa de detonantes" == spanish_map.title
    worksheet = await given(await signed_in(personas.client), made.json()["id"])
    assert worksheet["title"] == "Mapa de detonantes"
    assert worksheet["instructions"] == spanish_map.description
    prompts = {prompt["key"]: prompt for prompt in worksheet["prompts"]}
    assert prompts["people"]["label"] == "Personas con las que es más fácil que consumas"
    assert prompts["people"]["help"] == "Una por línea. Puedes poner solo las iniciales."
    assert (prompts["confidence"]["low_label"], prompts["confidence"]["high_label"]) == (
        "Nada",
        "Totalmente",
    )
    assert [p["key"] for p in worksheet["prompts"]] == [p.key for p in spanish_map.prompts]


async def test_an_english_client_is_given_the_english_worksheet(personas, signed_in):
    await spanish(personas.counselor.id)  # the counselor reads Spanish and sends what they see
    counselor = await signed_in(personas.counselor)
    listed = (await counselor.get("/api/counselor/templates")).json()
    assert listed[0]["id"] == TRIGGER_MAP and listed[0]["title"] == "Mapa de detonantes"
    made = await counselor.post(
        "/api/counselor/assignments", {**as_listed("es-US"), "client_id": personas.client.id}
    )
    assert made.status_code == 201, made.text
    worksheet = await given(await signed_in(personas.client), made.json()["id"])
    english = library.starter_template(TRIGGER_MAP)
    assert worksheet["title"] == "Trigger map" == english.title
    assert worksheet["prompts"] == msgspec.to_builtins(english.prompts)


async def test_what_the_counselor_wrote_or_changed_stays_as_they_wrote_it(personas, signed_in):
    await spanish(personas.client.id)
    counselor = await signed_in(personas.counselor)
    sent = as_listed("en-US")
    sent["title"] = "Your triggers, before Thursday"
    sent["instructions"] = "Bring it to group."
    sent["prompts"][0]["label"] = "Who makes it harder for you?"  # edited
    del sent["prompts"][1]  # one question left out
    made = await counselor.post(
        "/api/counselor/assignments", {**sent, "client_id": personas.client.id}
    )
    assert made.status_code == 201, made.text
    worksheet = await given(await signed_in(personas.client), made.json()["id"])
    assert (worksheet["title"], worksheet["instructions"]) == (
        "Your triggers, before Thursday",
        "Bring it to group.",
    )
    labels = [prompt["label"] for prompt in worksheet["prompts"]]
    assert labels[0] == "Who makes it harder for you?"
    assert labels[1] == "Sentimientos que llegan antes de las ganas de consumir"
    assert "places" not in [prompt["key"] for prompt in worksheet["prompts"]]


async def test_a_group_of_several_languages_gets_it_as_the_counselor_sent_it(
    schedule, personas, signed_in, persona_hash
):
    other = await add_account("rio@example.org", "Rio Client", "client", persona_hash)
    await ClientProfile.insert(ClientProfile(account=other.id))
    await on_care_team(personas.counselor, other)
    await setup.enroll(
        EnrollmentIn(
            client_id=other.id, track_id=schedule.evening_track, starts_on=schedule.first_day
        )
    )
    await spanish(other.id)
    counselor = await signed_in(personas.counselor)
    mixed = await counselor.post(
        "/api/counselor/assignments", {**as_listed("en-US"), "track_id": schedule.evening_track}
    )
    assert mixed.status_code == 201, mixed.text
    assert mixed.json()["title"] == "Trigger map" and mixed.json()["progress"]["total"] == 2
    await spanish(personas.client.id)  # now everyone in the track reads Spanish
    halt = await counselor.post(
        "/api/counselor/assignments",
        {**as_listed("en-US", "starter-halt-check"), "track_id": schedule.evening_track},
    )
    assert halt.status_code == 201, halt.text
    assert halt.json()["title"] == "Revisión HALT"
    assert halt.json()["prompts"][0]["label"] == "Hambre"


def test_every_starter_in_spanish_fits_the_limits_of_a_worksheet():
    """The Spanish texts are copied into assignments without passing the API's checks: they
    must fit its limits (a scale's end label of 60 characters, a title of 120...)."""
    for template in library.starter_templates("es-US"):
        msgspec.convert(
            {
                "title": template.title,
                "description": template.description,
                "prompts": msgspec.to_builtins(template.prompts),
            },
            TemplateIn,
        )
        english = library.starter_template(template.id)
        assert [p.key for p in template.prompts] == [p.key for p in english.prompts]
        assert template.title != english.title, template.id  # translated, not fallen back
