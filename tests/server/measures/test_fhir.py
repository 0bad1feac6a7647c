"""Every FHIR resource the measures export builds is valid R4 (checked with the fhir.resources
R4B models), for every instrument in both languages, and carries the codes and values a
receiving records system reads."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from server.measures import fhir
from server.measures.instruments import (
    AUDITC,
    BAM,
    CSSRS,
    GAD7,
    INSTRUMENTS,
    LANGS,
    PHQ9,
    AnswerError,
    Instrument,
    asked,
    score,
)

ALL = list(INSTRUMENTS.values())
PATIENT = "Patient/42"
AUTHORED = datetime(2025, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=-5)))


def numbered(values: list[int]) -> dict[str, int]:
    return {str(n): value for n, value in enumerate(values, start=1)}


def highest(instrument: Instrument) -> dict[str, int]:
    """The highest answer to every question, following the branches it opens."""
    answers: dict[str, int] = {}
    for item in instrument.items:
        if item in asked(instrument, answers):
            answers[item.key] = len(item.options) - 1
    return answers


WORKED = {
    "phq9": numbered([1, 1, 2, 0, 3, 1, 0, 0, 1, 1]),
    "gad7": numbered([3] * 7),
    "auditc": numbered([4, 4, 4]),
    "bam": highest(BAM),
    "cssrs": {"1": 1, "2": 1, "3": 0, "4": 0, "5": 0, "6": 1, "6b": 0},
}


def exported(instrument: Instrument, language: str = "en") -> tuple[dict, list[dict]]:
    """The response and its observations for the instrument's worked answers."""
    response_id = str(uuid.uuid4())
    answers = WORKED[instrument.code]
    response = fhir.questionnaire_response(
        instrument, response_id, PATIENT, AUTHORED, answers, language
    )
    result = score(instrument, answers)
    return response, fhir.observations(instrument, response_id, PATIENT, AUTHORED, result)


def total(observations: list[dict]) -> dict:
    return next(o for o in observations if o["id"].endswith("-total"))


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("instrument", ALL, ids=lambda i: i.code)
def test_every_questionnaire_is_valid_r4(instrument, language):
    resource = fhir.questionnaire(instrument, language)
    parsed = Questionnaire.model_validate(resource)
    assert parsed.id == instrument.code
    assert parsed.url == f"urn:companion:questionnaire:{instrument.code}"
    assert parsed.version == instrument.version
    assert parsed.copyright == instrument.terms
    assert [item.linkId for item in parsed.item] == [item.key for item in instrument.items]
    for item, question in zip(instrument.items, parsed.item, strict=True):
        assert question.type == "choice"
        assert [o.valueCoding.code for o in question.answerOption] == [
            str(i) for i in range(len(item.options))
        ]


@pytest.mark.parametrize("language", LANGS)
@pytest.mark.parametrize("instrument", ALL, ids=lambda i: i.code)
def test_every_response_and_its_observations_are_valid_r4(instrument, language):
    response, observations = exported(instrument, language)
    parsed = QuestionnaireResponse.model_validate(response)
    assert (
        parsed.questionnaire
        == f"urn:companion:questionnaire:{instrument.code}|{instrument.version}"
    )
    assert parsed.subject.reference == PATIENT
    assert len(observations) == len(instrument.scales)
    for observation in observations:
        parsed_obs = Observation.model_validate(observation)
        assert parsed_obs.status == "final"
        assert parsed_obs.category[0].coding[0].code == "survey"
        assert parsed_obs.derivedFrom[0].reference == f"QuestionnaireResponse/{response['id']}"


def test_questionnaire_texts_follow_the_language():
    english = fhir.questionnaire(PHQ9, "en")
    spanish = fhir.questionnaire(PHQ9, "es")
    assert english["item"][0]["text"] == "Little interest or pleasure in doing things"
    assert spanish["item"][0]["text"] == "Poco interés o placer en hacer cosas"
    assert spanish["item"][0]["answerOption"][0]["valueCoding"]["display"] == "Ningún día"
    assert spanish["language"] == "es" and english["language"] == "en"
    assert english["code"] == [{"system": "http://loinc.org", "code": "44249-1"}]


def test_bam_in_spanish_is_the_english_text_under_the_notice():
    resource = fhir.questionnaire(BAM, "es")
    assert resource["description"].startswith(BAM.spanish_notice)
    assert resource["item"][0]["text"] == BAM.items[0].text["en"]
    assert resource["language"] == "en"
    assert "code" not in resource


def test_branching_becomes_enable_when():
    items = {item["linkId"]: item for item in fhir.questionnaire(CSSRS, "en")["item"]}
    assert items["3"]["enableWhen"] == [
        {
            "question": "2",
            "operator": "=",
            "answerCoding": {"system": "urn:companion:answers:cssrs", "code": "1"},
        }
    ]
    assert "enableBehavior" not in items["3"] and "enableWhen" not in items["1"]
    drugs = {item["linkId"]: item for item in fhir.questionnaire(BAM, "en")["item"]}["7a"]
    assert [w["answerCoding"]["code"] for w in drugs["enableWhen"]] == ["1", "2", "3", "4"]
    assert drugs["enableBehavior"] == "any" and drugs["required"] is False


def test_response_answers_are_option_indexes_with_their_text():
    response, _ = exported(PHQ9)
    first = response["item"][0]
    assert first["linkId"] == "1"
    assert first["answer"] == [
        {
            "valueCoding": {
                "system": "urn:companion:answers:phq9",
                "code": "1",
                "display": "Several days",
            }
        }
    ]
    assert [item["linkId"] for item in response["item"]] == [str(n) for n in range(1, 11)]
    assert response["authored"] == "2025-03-14T09:30:00-05:00"


def test_phq9_total_observation_carries_loinc_and_the_worked_value():
    _, observations = exported(PHQ9)
    observation = total(observations)
    codings = observation["code"]["coding"]
    assert codings[0] == {"system": "http://loinc.org", "code": "44261-6"}
    assert codings[1]["system"] == "urn:companion:scales" and codings[1]["code"] == "phq9.total"
    assert observation["valueInteger"] == 9
    assert observation["interpretation"] == [{"text": "Mild"}]
    assert observation["effectiveDateTime"] == "2025-03-14T09:30:00-05:00"


@pytest.mark.parametrize(
    ("instrument", "loinc", "value"), [(GAD7, "70274-6", 21), (AUDITC, "75626-2", 12)]
)
def test_gad7_and_auditc_totals_carry_their_loinc_codes(instrument, loinc, value):
    _, observations = exported(instrument)
    observation = total(observations)
    assert observation["code"]["coding"][0] == {"system": "http://loinc.org", "code": loinc}
    assert observation["valueInteger"] == value


def test_scales_without_loinc_carry_only_the_local_code():
    _, observations = exported(BAM)
    assert [o["code"]["coding"] for o in observations] == [
        [{"system": "urn:companion:scales", "code": f"bam.{key}", "display": f"BAM {label}"}]
        for key, label in (
            ("use", "use"),
            ("risk", "risk factors"),
            ("protective", "protective factors"),
        )
    ]
    _, observations = exported(CSSRS)
    assert observations[0]["valueInteger"] == 2
    assert observations[0]["interpretation"] == [{"text": "Moderate risk"}]


def test_a_response_with_bad_answers_is_not_exported():
    with pytest.raises(AnswerError):
        fhir.questionnaire_response(PHQ9, "r1", PATIENT, AUTHORED, {"1": 9}, "en")


def test_a_naive_time_is_taken_as_utc():
    naive = datetime(2025, 3, 14, 14, 30)
    response = fhir.questionnaire_response(GAD7, "r1", PATIENT, naive, WORKED["gad7"], "en")
    assert response["authored"] == "2025-03-14T14:30:00+00:00"


def test_a_bundle_of_everything_is_valid_and_its_references_resolve():
    entries: list[dict] = []
    for instrument in ALL:
        response, observations = exported(instrument)
        entries += [fhir.questionnaire(instrument, "en"), response, *observations]
    entries.append({"resourceType": "Patient"})  # no id: addressed by a urn:uuid
    resource = fhir.bundle(entries, "export-1", AUTHORED)
    parsed = Bundle.model_validate(resource)
    assert parsed.type == "collection" and len(parsed.entry) == len(entries)
    full_urls = [entry["fullUrl"] for entry in resource["entry"]]
    assert len(set(full_urls)) == len(full_urls)
    assert full_urls[0] == "Questionnaire/phq9"
    assert full_urls[-1].startswith("urn:uuid:")
    for entry in resource["entry"]:
        for reference in entry["resource"].get("derivedFrom", []):
            assert reference["reference"] in full_urls
