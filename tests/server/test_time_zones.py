"""A time zone is a real IANA place (server/core/validation.py's is_time_zone), the same rule
wherever one is chosen: a program, a person, a meeting feed. The zone database's other names
("localtime" is whatever the server's clock says; "Factory", "posixrules", posix/…, right/…,
SystemV/…) are refused."""

from __future__ import annotations

import pytest

from server.accounts.services import check_timezone
from server.core import validation
from server.core.errors import InvalidInput
from server.meetings import importer
from server.programs import recurrence
from server.programs.tables import Program

NOT_PLACES = [
    "localtime",
    "Factory",
    "posixrules",
    "posix/America/Denver",
    "right/America/Denver",
    "SystemV/MST7",
    "",
    "Mars/Olympus",
    "america/denver",
]
PLACES = ["America/Denver", "UTC", "Etc/GMT+7", "Europe/Madrid", "US/Pacific"]


@pytest.mark.parametrize("name", NOT_PLACES)
def test_every_check_refuses_a_name_that_is_not_a_place(name):
    assert not validation.is_time_zone(name)
    with pytest.raises(InvalidInput, match="is not an IANA time zone"):
        check_timezone(name)
    with pytest.raises(InvalidInput, match="is not an IANA time zone"):
        recurrence.zone(name)
    with pytest.raises(importer.FeedError, match="is not an IANA time zone"):
        importer.parse_feed([], default_timezone=name)
    row = {"name": "Noon", "slug": "noon", "day": 1, "time": "12:00", "address": "1 Main St"}
    skipped = importer.parse_feed([{**row, "timezone": name}]).skipped
    assert name == "" or [item.reason for item in skipped] == [f'unknown timezone "{name}"']


@pytest.mark.parametrize("name", PLACES)
def test_every_check_accepts_a_real_zone(name):
    assert validation.is_time_zone(name)
    assert check_timezone(name) == name
    assert recurrence.zone(name).key == name
    assert importer.parse_feed([], default_timezone=name).records == []


def test_the_zone_list_has_no_host_aliases():
    names = validation.time_zone_names()
    assert "America/Denver" in names and len(names) > 400
    assert not {name for name in names if name.split("/")[0] in ("posix", "right", "SystemV")}
    assert not names & {"localtime", "Factory", "posixrules"}


@pytest.mark.parametrize("name", ["localtime", "Factory", "posix/America/Denver"])
async def test_a_program_in_a_zone_that_is_not_a_place_is_refused(personas, signed_in, name):
    admin = await signed_in(personas.admin)
    response = await admin.post("/api/admin/programs", {"name": "Night IOP", "timezone": name})
    assert response.status_code == 400, response.text
    assert "IANA time zone" in response.json()["detail"]
    assert await Program.count() == 0
