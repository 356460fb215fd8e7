"""`microgigs renormalize` on the demo catalog (issue 4): with the rules the catalog was built with it changes
nothing; with a new rule it changes that rule's column on that rule's listings only, and a second run changes
nothing more. tests/test_lifecycle.py checks the same on one crawled source."""
from __future__ import annotations

import pytest

from db.schema import open_db
from tests.conftest import demo_copy


@pytest.fixture
def catalog(built_demo, tmp_path):
    """A copy of the demo catalog each test may change."""
    return str(demo_copy(built_demo, tmp_path))


def rows(path: str) -> dict[str, dict]:
    return {r["id"]: r for r in open_db(path).query("select * from listings")}


def test_renormalize_with_the_same_rules_changes_nothing(catalog):
    from scrapers.renormalize import renormalize

    before = rows(catalog)
    assert len(before) > 300  # the demo's ~600 listings of 30+ sources
    report = renormalize(catalog, progress=False)
    assert (report.listings, report.changed, report.without_item, report.now_invalid) == (len(before), 0, 0, 0)
    assert rows(catalog) == before
    assert open_db(catalog).execute("select count(*) from listing_changes where crawl_id like 'renormalize-%'").fetchone()[0] == 0


def test_renormalize_changes_only_what_a_new_rule_changes_and_then_nothing(catalog, monkeypatch):
    from scrapers.renormalize import renormalize
    import normalize.listing as listing

    before = rows(catalog)
    original = listing.language_code

    def language_code(value, text):  # a new rule: French descriptions are tagged Breton
        code = original(value, text)
        return "br" if code == "fr" else code

    monkeypatch.setattr(listing, "language_code", language_code)
    report = renormalize(catalog, progress=False)
    after = rows(catalog)
    moved = {i for i in after if after[i] != before[i]}
    french = {i for i, r in before.items() if r["language"] == "fr"}
    assert moved == french and len(moved) > 3 and report.changed == len(moved)
    assert set(report.columns) == {"language"}
    for i in moved:
        assert after[i]["language"] == "br"
        assert {k: v for k, v in after[i].items() if k != "language"} == {k: v for k, v in before[i].items() if k != "language"}
    again = renormalize(catalog, progress=False)
    assert again.changed == 0 and rows(catalog) == after


def test_renormalize_counts_columns_when_a_rule_empties_a_column(catalog, monkeypatch):
    from scrapers.renormalize import renormalize
    import normalize.classify as classify

    monkeypatch.setattr(classify, "occupation", lambda **kwargs: None)  # a rule that no longer classifies
    had = sum(1 for r in rows(catalog).values() if r["occupation"] is not None)
    report = renormalize(catalog, progress=False)
    assert report.changed == had and report.columns["occupation"] == had


def test_renormalize_in_worker_processes_stores_what_one_process_does(built_demo, tmp_path, monkeypatch):
    """Workers only compute rows (in processes of their own); this process writes them: the catalog, the
    report and the logged changes are those of a run in one process."""
    import os

    from scrapers.renormalize import renormalize
    import normalize.listing as listing

    original, calls = listing.title_without_tags, tmp_path / "calls"

    def title_without_tags(title):  # a new rule on a tracked field, which notes the process that ran it
        with open(calls, "a") as handle:
            handle.write(f"{os.getpid()}\n")
        return original(title).replace("Data", "Données")

    monkeypatch.setattr(listing, "title_without_tags", title_without_tags)
    one, several = (str(demo_copy(built_demo, tmp_path / name)) for name in ("one", "several"))
    alone = renormalize(one, workers=1, progress=False)
    calls.unlink()
    shared = renormalize(several, workers=3, batch_size=7, progress=False)
    ran_in = {int(pid) for pid in calls.read_text().split()}
    assert ran_in and os.getpid() not in ran_in
    assert alone.changed > 3 and (alone.listings, alone.changed, alone.columns) == (shared.listings, shared.changed, shared.columns)
    assert rows(one) == rows(several)
    logged = "select listing_id, field, old, new from listing_changes where crawl_id like 'renormalize-%' order by 1, 2"
    assert open_db(one).execute(logged).fetchall() == open_db(several).execute(logged).fetchall() != []
