"""Sources that are not collected are listed with their reason, in `sources` and in the README."""
import csv

from scrapers.platforms.boards import DATA
from tests.conftest import PROJECT
from tests.test_cli import microgigs


def test_not_collected_sources_are_listed_with_a_reason(tmp_path):
    rows = list(csv.DictReader((DATA / "not_collected.csv").open(encoding="utf-8")))
    assert {r["name"] for r in rows} >= {"fiverr", "indeed"} and all(len(r["reason"]) > 40 for r in rows)
    from db.schema import open_db

    open_db(str(tmp_path / "empty.db")).close()  # a new catalog: no crawl yet
    result = microgigs("sources", "--db", str(tmp_path / "empty.db"))
    assert "fiverr  [not collected]" in result.stdout and "buyer" in result.stdout
    readme = (PROJECT / "README.md").read_text()
    assert "Fiverr" in readme and "Indeed" in readme
