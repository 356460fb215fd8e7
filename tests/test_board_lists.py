"""The company-board data files: well formed, real boards named with where they were found, ≥ 300 in all, and
their display names written as the companies write them (never a board's slug: students read "OpenAI", not
"openai")."""
import csv
import re

import pytest

from scrapers.platforms.boards import DATA, load_boards

FILES = sorted(DATA.glob("*_boards.csv"))
TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._~:/%-]*$")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_board_file_is_well_formed(path):
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert list(rows[0]) == ["token", "company", "found_in", "sample", "name_found_in"]
    tokens = [r["token"] for r in rows]
    assert len(tokens) == len(set(tokens)), "a token is listed twice"
    for row in rows:
        assert TOKEN.match(row["token"]), row["token"]
        assert row["sample"] in ("0", "1")
        assert row["found_in"].strip() and row["name_found_in"].split(":")[0] in NAME_ORIGINS, row
        # a name the list does not know is left empty, and only where it says why: the postings name the
        # company at crawl time, or nothing does
        assert bool(row["company"].strip()) != (row["name_found_in"].split(":")[0] in ("postings", "unknown")), row
    assert sum(r["sample"] == "1" for r in rows) <= 5


def test_at_least_300_real_public_boards_in_all():
    real = sum(len(load_boards(path.name.removesuffix("_boards.csv"))) for path in FILES)
    assert real >= 300, real


def test_real_and_sample_boards_are_kept_apart():
    real, sample = load_boards("greenhouse"), load_boards("greenhouse", which="sample")
    assert "airbnb" in real and "northwindanalytics" in sample and not set(real) & set(sample)


NAME_ORIGINS = {"records", "list", "curated", "postings", "unknown", "fictional demo board"}
SLUG_LIKE = re.compile(r"[a-z0-9_.%/-]+|.*%[0-9A-Fa-f]{2}.*")  # lower case, no spaces, or still %-escaped
# companies that write their own name in lower case, as one word
WRITTEN_IN_LOWER_CASE = {"n8n", "lemlist", "poolside", "cargo.one", "doola", "dunnhumby", "commercetools", "idealo",
                         "instagrid", "madewithlove", "bunny.net", "3devo", "buycycle"}
# platforms whose postings name their company (so a board the list cannot name still shows one)
NAMED_BY_POSTINGS = {"greenhouse", "recruitee", "breezy", "teamtailor", "workable", "smartrecruiters", "personio", "comeet"}


def board_rows():
    return [(path.name.removesuffix("_boards.csv"), row) for path in FILES
            for row in csv.DictReader(path.open(encoding="utf-8"))]


def test_no_board_name_looks_like_a_slug():
    slug_like = [(platform, row["token"], row["company"]) for platform, row in board_rows()
                 if row["company"] and SLUG_LIKE.fullmatch(row["company"])
                 and row["company"] not in WRITTEN_IN_LOWER_CASE]
    assert slug_like == []
    lower = [row["company"] for _, row in board_rows() if row["company"] in WRITTEN_IN_LOWER_CASE]
    assert len(lower) == len(WRITTEN_IN_LOWER_CASE)  # the exceptions are the few listed, each once


def test_a_board_left_unnamed_is_named_by_its_postings_or_said_unknown():
    for platform, row in board_rows():
        origin = row["name_found_in"].split(":")[0]
        if origin == "postings":
            assert platform in NAMED_BY_POSTINGS and not row["company"], row
        if origin == "unknown":
            assert platform not in NAMED_BY_POSTINGS and not row["company"], row


def test_well_known_boards_carry_their_own_spelling():
    names = {platform: load_boards(platform) for platform in ("ashby", "lever", "greenhouse")}
    assert names["ashby"]["openai"] == "OpenAI" and names["ashby"]["posthog"] == "PostHog"
    assert names["lever"]["eu/tomtom"] == "TomTom" and names["greenhouse"]["gitlab"] == "GitLab"
    assert names["ashby"]["Sui%20Foundation"] == "Sui Foundation"  # a %-escaped token is not its name


def test_a_board_the_list_cannot_name_gives_no_company_rather_than_its_slug():
    from scrapers.spiders.lever import LeverSpider
    from tests.conftest import make_spider

    spider = make_spider(LeverSpider)
    unknown = next(row["token"] for platform, row in board_rows() if platform == "lever"
                   and row["name_found_in"].startswith("unknown"))
    item = spider.item_from_record({"id": "x", "text": "Intern", "hostedUrl": f"https://jobs.lever.co/{unknown}/x"},
                                   unknown)
    assert item.get("company") is None
