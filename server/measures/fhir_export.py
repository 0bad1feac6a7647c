"""A client's questionnaires as a FHIR R4 Bundle: each instrument used as a Questionnaire, each
response as a QuestionnaireResponse, and its scores as Observations (LOINC where the total has
a code). The resources are built by server/measures/fhir.py; this module reads and scopes."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from server.accounts.services import SignedInUser
from server.audit import services as audit
from server.care import services as care
from server.measures import fhir, instruments
from server.measures.instruments import INSTRUMENTS
from server.measures.tables import MeasureResponse

FHIR_EXPORTED = "measures.exported"
EXPORT_DAYS = 3 * 365


async def client_bundle(user: SignedInUser, client_id: int, now: datetime) -> dict:
    """The Bundle for a client the caller may open in the chart (404, audited, otherwise);
    audited as an export."""
    person = await care.chart_client(user, client_id, now)
    rows = (
        await MeasureResponse.select()
        .where(
            (MeasureResponse.client == client_id)
            & (MeasureResponse.submitted_at >= now - timedelta(days=EXPORT_DAYS))
        )
        .order_by(MeasureResponse.submitted_at)
    )
    patient = f"Patient/{client_id}"
    entries = [
        {
            "resourceType": "Patient",
            "id": str(client_id),
            "name": [{"text": person["display_name"]}],
        }
    ]
    for code in dict.fromkeys(r["instrument"] for r in rows):
        entries.append(fhir.questionnaire(INSTRUMENTS[code], "en"))
    for row in rows:
        found = INSTRUMENTS[row["instrument"]]
        answers = json.loads(row["answers"])
        response_id = str(row["id"])
        entries.append(
            fhir.questionnaire_response(
                found, response_id, patient, row["submitted_at"], answers, row["language"]
            )
        )
        if row["superseded_at"] is None:
            result = instruments.score(found, answers)
            entries += fhir.observations(found, response_id, patient, row["submitted_at"], result)
    await audit.record(
        FHIR_EXPORTED, actor=user.id, subject=f"client:{client_id}", patient=client_id, at=now
    )
    return fhir.bundle(entries, f"measures-{client_id}-{int(now.timestamp())}", now)
