"""The company-board data files: well formed, real boards named with where they were found, ≥ 300 in all."""
import csv
import re

import pytest

from scrapers.platforms.boards import DATA, load_boards

FILES = sorted(DATA.glob("*_boards.csv"))
TOKEN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._~:/%-]*$")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_board_file_is_well_formed(path):
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert list(rows[0]) == ["token", "company", "found_in", "sample"]
    tokens = [r["token"] for r in rows]
    assert len(tokens) == len(set(tokens)), "a token is listed twice"
    for row in rows:
        assert TOKEN.match(row["token"]), row["token"]
        assert row["sample"] in ("0", "1")
        assert row["company"].strip() and row["found_in"].strip(), row
    assert sum(r["sample"] == "1" for r in rows) <= 5


def test_at_least_300_real_public_boards_in_all():
    real = sum(len(load_boards(path.name.removesuffix("_boards.csv"))) for path in FILES)
    assert real >= 300, real


def test_real_and_sample_boards_are_kept_apart():
    real, sample = load_boards("greenhouse"), load_boards("greenhouse", which="sample")
    assert "airbnb" in real and "northwindanalytics" in sample and not set(real) & set(sample)
