"""workingnomads: the real recorded export and the sample capture."""
import json

from scrapers.spiders.workingnomads import WorkingNomadsSpider
from tests.conftest import realworld_files
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_real_recording, check_sample_capture, rows_of)


def test_real_export_parses_field_by_field():
    path = realworld_files("other_boards", "rjc_workingnomads.json")[0]
    check_real_recording(WorkingNomadsSpider, path, len(json.loads(path.read_text())))
    rows, _ = rows_of(WorkingNomadsSpider, path)
    row = rows[0]
    assert row["id"] == "workingnomads:1719512" and row["url"] == "https://www.workingnomads.com/job/go/1719512/"
    assert row["title"] == "AI Content Analyst (No Experience Required)" and row["company"] == "Peroptyx"
    assert row["posted_at"] == "2026-07-10T13:24:39Z"  # -04:00 in the export
    assert row["remote"] == "remote" and row["country"] == "AU" and row["entry_level"] == 1
    assert row["tags"][:2] == ["Administration", "analyst"]


def test_sample_capture():
    check_sample_capture(WorkingNomadsSpider)


def test_broken_record_and_error_page():
    body = [[1, 2], {"url": "https://www.workingnomads.com/job/go/9/", "title": "Task", "pub_date": "2026-11-20T10:00:00Z"}]
    check_broken_record_is_quarantined(WorkingNomadsSpider, json.dumps(body).encode())
    check_error_page_is_a_clear_error(WorkingNomadsSpider)
