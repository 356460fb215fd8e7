"""greenhouse: real board responses (2026 and Greenhouse's own 2013 cassettes) and the sample boards."""
import json

import pytest
import yaml

from scrapers.platforms.base import UnparsableResponse
from scrapers.platforms.boards import load_boards
from scrapers.spiders.greenhouse import GreenhouseSpider
from tests.conftest import (SAMPLES, assert_listing_invariants, make_spider, normalize_items, parse_items,
                            realworld_files, stable_ids)

BOARD_OF_FILE = {"ergon_greenhouse_airbnb.json": "airbnb", "jia_greenhouse_helsing.json": "helsing",
                 "jobops_greenhouse_duolingo.json": "duolingo", "quantyx_greenhouse_sigmoid.json": "sigmoid"}


def board_url(token):
    return f"https://boards-api.greenhouse.io/v1/boards/{token}/jobs?content=true"


def rows_of(path, url=None, body=None):
    return normalize_items(GreenhouseSpider, parse_items(GreenhouseSpider, path, url, body=body))


def cassette_body(path):
    interaction = yaml.safe_load(path.read_text())["http_interactions"][0]
    return interaction["request"]["uri"], interaction["response"]["body"]["string"].encode()


@pytest.mark.parametrize("name,token", sorted(BOARD_OF_FILE.items()))
def test_every_real_board_response_parses(name, token):
    path = next(p for p in realworld_files("greenhouse", "*.json") if p.name == name)
    jobs = json.loads(path.read_text())["jobs"]
    rows = rows_of(path, board_url(token))
    assert len(rows) == len(jobs)
    assert_listing_invariants(rows, "greenhouse")
    assert {r["board"] for r in rows} == {token}  # the board comes from the URL
    stable_ids(GreenhouseSpider, path, board_url(token))


def test_real_listing_field_by_field():
    path = next(p for p in realworld_files("greenhouse", "*.json") if p.name == "jobops_greenhouse_duolingo.json")
    row = next(r for r in rows_of(path, board_url("duolingo")) if r["source_id"] == "8621586002")
    assert row["id"] == "greenhouse:8621586002"
    assert row["title"] == "Brand Campaigns Director" and row["company"] == "Duolingo"
    assert row["url"] == "https://careers.duolingo.com/jobs/8621586002?gh_jid=8621586002"
    assert row["posted_at"] == "2026-07-06T20:06:19Z"  # -04:00 offset converted to UTC
    assert row["location_raw"] == "Pittsburgh, PA" and row["country"] == "US"
    assert row["language"] == "en"
    assert row["description_text"].startswith("Our mission at Duolingo is to develop the best education")
    assert "&lt;" not in row["description_html"] and row["description_html"].startswith("<p>")
    assert "Marketing and Communications" in row["tags"]


def test_a_job_on_greenhouse_pages_names_its_board_whatever_the_address():
    """Parsed at another board's address (as `microgigs parse` without --url): a job whose absolute_url is on
    job-boards.greenhouse.io keeps its own board and that board's company; one on a company domain cannot."""
    sigmoid = next(p for p in realworld_files("greenhouse", "*.json") if p.name == "quantyx_greenhouse_sigmoid.json")
    assert {(r["board"], r["company"]) for r in rows_of(sigmoid, board_url("duolingo"))} == {("sigmoid", "Sigmoid")}
    airbnb = next(p for p in realworld_files("greenhouse", "*.json") if p.name == "ergon_greenhouse_airbnb.json")
    assert {r["board"] for r in rows_of(airbnb, board_url("airbnb"))} == {"airbnb"}  # careers.airbnb.com: the address's
    body = json.dumps({"jobs": [{"id": 1, "title": "Survey coding", "updated_at": "2026-11-20T10:00:00Z",
                                 "absolute_url": "https://job-boards.greenhouse.io/generalassembly/jobs/1"}]}).encode()
    (row,) = rows_of("x.json", board_url("acme"), body)
    assert (row["board"], row["company"]) == ("generalassembly", "General Assembly")  # the board's line in the csv


def test_employment_type_from_board_metadata():
    path = next(p for p in realworld_files("greenhouse", "*.json") if p.name == "quantyx_greenhouse_sigmoid.json")
    assert {r["employment_type"] for r in rows_of(path, board_url("sigmoid"))} == {"FULL_TIME"}


def test_greenhouse_own_2013_cassette_of_a_board_parses():
    path = next(p for p in realworld_files("greenhouse", "*.yml") if "jobs_with_content" in p.name)
    uri, body = cassette_body(path)
    rows = rows_of("x.json", uri, body)
    assert len(rows) == len(json.loads(body)["jobs"]) >= 2
    assert_listing_invariants(rows, "greenhouse")
    assert rows[0]["board"] == "generalassembly" and rows[0]["title"] == "Application developer"
    assert rows[0]["posted_at"].startswith("2013-09-")


def test_greenhouse_own_cassette_of_one_job_with_questions_parses():
    path = next(p for p in realworld_files("greenhouse", "*.yml") if "job_with_questions" in p.name)
    uri, body = cassette_body(path)
    rows = rows_of("x.json", uri, body)
    assert len(rows) == 1
    assert_listing_invariants(rows, "greenhouse")
    row = rows[0]
    assert (row["id"], row["title"], row["board"]) == ("greenhouse:721", "Application developer", "generalassembly")
    assert row["url"] == "http://boards.greenhouse.io/generalassembly/jobs/721"
    assert row["posted_at"] == "2013-09-12T21:01:50Z" and row["location_raw"] == "New York, NY"
    assert "&lt;" not in row["description_html"] and row["description_text"].startswith("Who this job is right for")
    assert "questions" in row["raw"]  # the application questions are kept as received


def test_greenhouse_own_cassette_of_offices_gives_each_nested_job_once():
    path = next(p for p in realworld_files("greenhouse", "*.yml") if "offices" in p.name)
    uri, body = cassette_body(path)
    rows = rows_of("x.json", uri, body)
    assert sorted(r["source_id"] for r in rows) == ["721", "722"]
    assert_listing_invariants(rows, "greenhouse")
    finance = next(r for r in rows if r["source_id"] == "722")
    assert (finance["title"], finance["board"], finance["location_raw"]) == ("Finance Analyst", "generalassembly", "New York")
    assert finance["url"] == "http://boards.greenhouse.io/generalassembly/jobs/722"
    assert finance["posted_at"] == "2013-09-12T21:01:50Z"


def test_nested_jobs_repeated_under_two_offices_are_one_listing():
    job = {"id": 5, "title": "Survey coding", "absolute_url": "https://job-boards.greenhouse.io/acme/jobs/5",
           "updated_at": "2026-11-20T10:00:00Z"}
    body = {"offices": [{"name": "Berlin", "departments": [{"name": "Data", "jobs": [job]}]},
                        {"name": "Remote", "jobs": [job], "children": [{"name": "EU", "jobs": [job]}]}]}
    rows = rows_of("x.json", "https://boards-api.greenhouse.io/v1/boards/acme/offices", json.dumps(body).encode())
    assert [r["id"] for r in rows] == ["greenhouse:5"] and rows[0]["board"] == "acme"


@pytest.mark.parametrize("body", [b'{"status": 404, "error": "Job not found"}', b'[1, 2]', b'{"meta": {"total": 0}}'])
def test_an_answer_without_jobs_is_a_clear_error(body):
    with pytest.raises(UnparsableResponse, match="no `jobs` list"):
        parse_items(GreenhouseSpider, "x.json", board_url("acme"), body=body)


def test_sample_boards_parse_in_full():
    rows = []
    for url, name in json.loads((SAMPLES / "greenhouse" / "manifest.json").read_text()).items():
        rows += rows_of(SAMPLES / "greenhouse" / name, url)
    assert len(rows) == 39
    assert_listing_invariants(rows, "greenhouse")
    assert {r["board"] for r in rows} == set(load_boards("greenhouse", which="sample"))
    assert sum(r["is_micro"] for r in rows) >= 10 and any(r["engagement"] == "full_time" for r in rows)


def test_board_list_comes_from_the_data_file_and_can_be_overridden():
    real = load_boards("greenhouse")
    assert {"airbnb", "duolingo", "helsing", "sigmoid"} <= set(real)
    assert not set(real) & set(load_boards("greenhouse", which="sample"))
    spider = make_spider(GreenhouseSpider, boards="duolingo,newco")
    urls = [r.url for r in spider.initial_requests()]
    assert urls == [board_url("duolingo"), board_url("newco")]
