"""Importing a Meeting Guide feed: row checks with reasons, safe re-imports, batches, and the CLI."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta, timezone

import pytest

from server.meetings import importer
from server.meetings.tables import MeetingDirectory
from tests.server.meetings.conftest import FEED
from tests.server.test_cli import companion

SKIPPED = [
    (3, "no-name", "missing name"),
    (4, "bad-day", "day 9 is not 0 (Sunday) to 6 (Saturday)"),
    (5, "bad-time", 'time "25:99" is not HH:MM (00:00 to 23:59)'),
    (6, "bad-zone", 'unknown timezone "Mars/Olympus_Mons"'),
    (7, None, "not an object"),
    (8, "mile-high-online", "day 0 repeats index 1 (same slug and day)"),
    (9, None, "missing slug"),
]


def feed_rows() -> list:
    return json.loads(FEED.read_text())


# --- reading and checking ----------------------------------------------------------------------


def test_bad_rows_are_skipped_with_their_index_slug_and_reason():
    parsed = importer.parse_feed(feed_rows())
    assert [(s.index, s.slug, s.reason) for s in parsed.skipped] == SKIPPED
    assert sorted({(r.slug, r.day) for r in parsed.records}) == [
        ("fifty-percent", 4),
        ("larimer-lunch", 2),
        ("mile-high-online", 0),
        ("sunrise-serenity", 1),
        ("sunrise-serenity", 3),
        ("sunrise-serenity", 5),
        ("womens-wednesday", 3),
    ]


def test_a_meeting_on_several_days_is_one_record_per_day_and_formats_follow_the_spec():
    records = {
        (r.slug, r.day): r for r in importer.parse_feed(feed_rows(), fellowship="na").records
    }
    assert {r.fellowship for r in records.values()} == {"na"}
    assert (
        records[("sunrise-serenity", 5)].time == "07:00"
        and records[("sunrise-serenity", 5)].end_time == "08:00"
    )
    formats = {slug: r.format for (slug, _), r in records.items()}
    assert formats == {
        "sunrise-serenity": "in_person",
        "mile-high-online": "online",
        "womens-wednesday": "hybrid",
        "fifty-percent": "in_person",
        "larimer-lunch": "online",
    }
    assert records[("womens-wednesday", 3)].address == "3500 W 32nd Ave"  # from formatted_address


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"day": "x"}, 'day "x" is not 0 (Sunday) to 6 (Saturday)'),
        ({"day": [1, 7]}, "day 7 is not 0 (Sunday) to 6 (Saturday)"),
        ({"day": None}, "missing day"),
        ({"time": None}, "missing time"),
        ({"time": "7pm"}, 'time "7pm" is not HH:MM (00:00 to 23:59)'),
        ({"name": "   "}, "missing name"),
        ({"name": "x" * 201}, "name is longer than 200 characters"),
        ({"conference_url": "javascript:alert(1)"}, "conference_url is not a web address"),
        ({"types": ["TC"]}, "temporarily closed (TC) with no online option"),
    ],
)
def test_each_kind_of_bad_row_says_what_is_wrong(change, reason):
    row = {
        "name": "Noon Group",
        "slug": "noon",
        "day": 1,
        "time": "12:00",
        "address": "1 Main St",
        **change,
    }
    parsed = importer.parse_feed([row])
    assert parsed.records == [] and parsed.skipped[0].reason.startswith(reason)


def test_lenient_spellings_of_days_and_times_are_read():
    row = {
        "name": "Noon Group",
        "slug": "noon",
        "day": ["2", 2, 0],
        "time": "9:05:00",
        "end_time": "nonsense",
    }
    records = importer.parse_feed([row], default_timezone="America/Chicago").records
    assert [(r.day, r.time, r.end_time, r.timezone) for r in records] == [
        (0, "09:05", "", "America/Chicago"),
        (2, "09:05", "", "America/Chicago"),
    ]


def test_a_whole_file_that_is_not_a_feed_is_refused_in_one_line(tmp_path):
    (tmp_path / "bad.json").write_text("{not json")
    (tmp_path / "object.json").write_text('{"meetings": []}')
    with pytest.raises(importer.FeedError, match="is not JSON"):
        importer.read_feed(str(tmp_path / "bad.json"))
    with pytest.raises(importer.FeedError, match="expected a JSON array of meetings"):
        importer.read_feed(str(tmp_path / "object.json"))
    with pytest.raises(importer.FeedError, match="no such file"):
        importer.read_feed(str(tmp_path / "missing.json"))
    with pytest.raises(importer.FeedError, match="not an IANA time zone"):
        importer.parse_feed([], default_timezone="Denver")
    assert importer.read_feed("-", stdin=io.StringIO("[]")) == []


# --- saving ---------------------------------------------------------------------------------------


async def import_rows(rows: list, fellowship: str = "aa") -> importer.ImportCounts:
    return await importer.save_directory(
        importer.parse_feed(rows, fellowship).records, datetime.now(timezone.utc)
    )


async def test_a_re_import_changes_nothing_and_never_duplicates(engine):
    first = await import_rows(feed_rows())
    assert (first.added, first.updated, first.unchanged) == (7, 0, 0)
    stored = await MeetingDirectory.select().order_by(MeetingDirectory.id)
    again = await import_rows(feed_rows())
    assert (again.added, again.updated, again.unchanged) == (0, 0, 7)
    assert await MeetingDirectory.select().order_by(MeetingDirectory.id) == stored


async def test_an_edited_row_updates_its_meeting_in_place(engine):
    await import_rows(feed_rows())
    before = (
        await MeetingDirectory.select(MeetingDirectory.id)
        .where(MeetingDirectory.slug == "womens-wednesday")
        .first()
    )
    rows = feed_rows()
    rows[2]["time"] = "19:15"
    rows[2]["location"] = "Highlands Church, Room 4"
    counts = await import_rows(rows)
    assert (counts.added, counts.updated, counts.unchanged) == (0, 1, 6)
    after = (
        await MeetingDirectory.select().where(MeetingDirectory.slug == "womens-wednesday").first()
    )
    assert after["id"] == before["id"] and (after["time"], after["minute"]) == (
        "19:15",
        19 * 60 + 15,
    )
    assert after["location"] == "Highlands Church, Room 4" and await MeetingDirectory.count() == 7
    relabelled = await import_rows(feed_rows(), fellowship="na")
    assert (relabelled.added, relabelled.updated, relabelled.unchanged) == (0, 7, 0)


async def test_a_feed_larger_than_a_batch_is_imported_whole_and_reports_progress(engine):
    start = datetime(2026, 1, 1, 6, 0)
    rows = [
        {
            "name": f"Meeting {n}",
            "slug": f"m-{n}",
            "day": [n % 7, (n + 3) % 7],
            "time": (start + timedelta(minutes=7 * n)).strftime("%H:%M"),
            "address": f"{n} Main St",
            "city": "Denver",
        }
        for n in range(700)
    ]
    seen: list[tuple[int, int]] = []
    records = importer.parse_feed(rows).records
    counts = await importer.save_directory(
        records, datetime.now(timezone.utc), progress=lambda *p: seen.append(p)
    )
    assert (counts.added, counts.updated, counts.unchanged) == (1400, 0, 0)
    batch = importer.BATCH
    assert seen == [(min(done, 1400), 1400) for done in range(batch, 1400 + batch, batch)]
    assert await MeetingDirectory.count() == 1400
    again = await importer.save_directory(records, datetime.now(timezone.utc))
    assert (again.added, again.unchanged) == (0, 1400)


# --- the command ----------------------------------------------------------------------------------


async def test_the_command_imports_a_feed_and_reports_every_skipped_row(settings, engine):
    result = companion(settings, "import-meetings", str(FEED))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "7 added, 0 updated, 0 unchanged, 7 skipped."
    assert lines[1:] == [
        f"  skipped index {index}{f' (slug {chr(34)}{slug}{chr(34)})' if slug else ''}: {reason}"
        for index, slug, reason in SKIPPED
    ]
    assert await MeetingDirectory.count() == 7
    again = companion(
        settings, "import-meetings", "--fellowship", "aa", "-", stdin=FEED.read_text()
    )
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("0 added, 0 updated, 7 unchanged, 7 skipped.")
    assert await MeetingDirectory.count() == 7


async def test_the_command_refuses_a_file_that_is_not_json_in_one_line(settings, engine, tmp_path):
    (tmp_path / "feed.json").write_text("<html>not a feed</html>")
    result = companion(settings, "import-meetings", str(tmp_path / "feed.json"))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        f"companion: {tmp_path / 'feed.json'} is not JSON"
    )
    missing = companion(settings, "import-meetings", str(tmp_path / "nowhere.json"))
    assert (
        missing.returncode == 2
        and missing.stderr.strip() == f"companion: {tmp_path / 'nowhere.json'}: no such file"
    )
    assert await MeetingDirectory.count() == 0


async def test_the_command_refuses_a_deeply_nested_file_in_one_line(settings, engine, tmp_path):
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    result = companion(settings, "import-meetings", str(tmp_path / "deep.json"))
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "nests more than 64 levels deep" in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert await MeetingDirectory.count() == 0
