"""FHIR R4 resources for the questionnaires, as plain JSON-ready dicts.

A clinic's records system can take a client's measures as FHIR: the Questionnaire (the exact
text the client read, in their language), the QuestionnaireResponse (their answers) and one
Observation per score (LOINC-coded where LOINC has a code), gathered in a collection Bundle.
Plain dicts keep the product free of a FHIR library; the tests validate every resource with
one. Answers are coded by option index, the same index the database stores, so a response
and its questionnaire always agree.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

from server.measures.instruments import (
    Instrument,
    Item,
    Result,
    Scale,
    question_label,
    text_of,
    validate,
)

LOINC = "http://loinc.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
SCALES = "urn:companion:scales"


def questionnaire_url(instrument: Instrument) -> str:
    return f"urn:companion:questionnaire:{instrument.code}"


def answer_system(instrument: Instrument) -> str:
    return f"urn:companion:answers:{instrument.code}"


def questionnaire(instrument: Instrument, language: str) -> dict:
    """The questionnaire as the client read it, in one language."""
    resource: dict = {
        "resourceType": "Questionnaire",
        "id": instrument.code,
        "url": questionnaire_url(instrument),
        "version": instrument.version,
        "name": instrument.code.upper(),
        "title": text_of(instrument.name, language),
        "status": "active",
        "language": _text_language(instrument, language),
        "subjectType": ["Patient"],
        "description": _description(instrument, language),
        "copyright": instrument.terms,
        "item": [_question(instrument, item, language) for item in instrument.items],
    }
    if instrument.loinc_panel:
        resource["code"] = [{"system": LOINC, "code": instrument.loinc_panel}]
    return resource


def _description(instrument: Instrument, language: str) -> str:
    """The published instruction line; on a Spanish screen of an instrument without a
    published Spanish version, the notice that says why it is in English comes first."""
    preamble = text_of(instrument.preamble, language)
    if _language(language) == "es" and not instrument.spanish_published:
        return f"{instrument.spanish_notice}\n\n{preamble}"
    return preamble


def _question(instrument: Instrument, item: Item, language: str) -> dict:
    question: dict = {
        "linkId": item.key,
        "prefix": question_label(item).removeprefix("Question "),
        "text": text_of(item.text, language),
        "type": "choice",
        "required": item.scored,
        "answerOption": [
            {"valueCoding": _answer(instrument, item, index, language)}
            for index in range(len(item.options))
        ],
    }
    if item.asked_if is not None:
        parent, indexes = item.asked_if
        question["enableWhen"] = [
            {
                "question": parent,
                "operator": "=",
                "answerCoding": {"system": answer_system(instrument), "code": str(index)},
            }
            for index in indexes
        ]
        if len(indexes) > 1:
            question["enableBehavior"] = "any"
    return question


def _answer(instrument: Instrument, item: Item, index: int, language: str) -> dict:
    return {
        "system": answer_system(instrument),
        "code": str(index),
        "display": text_of(item.options[index].text, language),
    }


def questionnaire_response(
    instrument: Instrument,
    response_id: str,
    patient_ref: str,
    authored: datetime,
    answers: dict[str, int],
    language: str,
) -> dict:
    """The client's answers, pointing at the exact questionnaire version they answered."""
    validate(instrument, answers)
    return {
        "resourceType": "QuestionnaireResponse",
        "id": response_id,
        "questionnaire": f"{questionnaire_url(instrument)}|{instrument.version}",
        "status": "completed",
        "language": _text_language(instrument, language),
        "subject": {"reference": patient_ref},
        "authored": _datetime(authored),
        "item": [
            {
                "linkId": item.key,
                "text": text_of(item.text, language),
                "answer": [{"valueCoding": _answer(instrument, item, answers[item.key], language)}],
            }
            for item in instrument.items
            if item.key in answers
        ],
    }


def observations(
    instrument: Instrument,
    response_id: str,
    patient_ref: str,
    authored: datetime,
    result: Result,
) -> list[dict]:
    """One Observation per scale, derived from the response; labels are in English because
    the receiving record is the clinic's, not the client's."""
    return [
        _observation(instrument, scale, response_id, patient_ref, authored, result)
        for scale in instrument.scales
    ]


def _observation(
    instrument: Instrument,
    scale: Scale,
    response_id: str,
    patient_ref: str,
    authored: datetime,
    result: Result,
) -> dict:
    label = f"{instrument.name['en']} {scale.label['en'].lower()}"
    coding = [{"system": SCALES, "code": f"{instrument.code}.{scale.key}", "display": label}]
    if scale.loinc:
        coding.insert(0, {"system": LOINC, "code": scale.loinc})
    return {
        "resourceType": "Observation",
        "id": f"{response_id}-{scale.key}",
        "status": "final",
        "category": [
            {"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey", "display": "Survey"}]}
        ],
        "code": {"coding": coding, "text": label},
        "subject": {"reference": patient_ref},
        "effectiveDateTime": _datetime(authored),
        "valueInteger": result.scores[scale.key],
        "interpretation": [{"text": result.bands[scale.key].label["en"]}],
        "derivedFrom": [{"reference": f"QuestionnaireResponse/{response_id}"}],
    }


def bundle(entries: list[dict], bundle_id: str, timestamp: datetime) -> dict:
    """A collection Bundle; a resource with an id is addressed as "<type>/<id>" so the
    references between the entries (derivedFrom) resolve inside the bundle."""
    return {
        "resourceType": "Bundle",
        "id": bundle_id,
        "type": "collection",
        "timestamp": _datetime(timestamp),
        "entry": [{"fullUrl": _full_url(resource), "resource": resource} for resource in entries],
    }


def _full_url(resource: dict) -> str:
    if resource.get("id"):
        return f"{resource['resourceType']}/{resource['id']}"
    return f"urn:uuid:{uuid.uuid4()}"


def _language(language: str) -> str:
    return "es" if language == "es" else "en"


def _text_language(instrument: Instrument, language: str) -> str:
    """The language the questions are actually in: BAM's Spanish screen shows English."""
    if _language(language) == "es" and instrument.spanish_published:
        return "es"
    return "en"


def _datetime(moment: datetime) -> str:
    """FHIR wants a zone on a dateTime with a time; a naive datetime here is UTC (as stored)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.isoformat(timespec="seconds")
