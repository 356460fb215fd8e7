"""Datasette's own table page of `listings` (plugins/table_page.py): `_search` over the catalog search's bounded
candidates, said on the page when they are fewer than the matches; facets of the whole table from `facet_counts`
plus the closed listings; every other page as Datasette answers it."""
import asyncio
import shutil
import sqlite3
from datetime import datetime, timedelta

import pytest

from db.schema import LISTING_COLUMNS
from db.search import CANDIDATES
from db.serve import build_datasette
from db.writer import CatalogWriter

LISTINGS = CANDIDATES + 600  # every one says "logo": past the bound; one in 9 says "bakery": within it
OCCUPATIONS = ("creative_multimedia", "writing_translation", "software_dev_tech")
REMOTES = ("remote", "onsite", "hybrid", None)
COUNTRIES = ("US", "DE", None)


def listing(n: int) -> dict:
    row = {c: None for c in LISTING_COLUMNS}
    row.update(id=f"demo:{n}", source=("demo", "other")[n % 2], source_id=str(n), url=f"https://x.example.com/{n}",
               title=f"Logo job {n}" + (" for a bakery" if n % 9 == 0 else ""),
               description_text="A logo " + "design " * (n % 5) + "project."
               + {0: " In C++.", 25: " Grade c."}.get(n % 50, ""),
               posted_at=(datetime(2026, 11, 1) + timedelta(minutes=n)).strftime("%Y-%m-%dT%H:%M:%SZ"),
               occupation=OCCUPATIONS[n % 3], remote=REMOTES[n % 4], country=COUNTRIES[n % 3], is_micro=n % 2,
               skills=[], tags=[], micro_reasons=[], flags=[], raw={})
    return row


@pytest.fixture(scope="module")
def catalog(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("table_page") / "catalog.db")
    writer = CatalogWriter(path)
    writer.upsert_listings([listing(n) for n in range(LISTINGS)], crawl_id="c", seen_at="2026-11-24T00:00:00Z")
    with writer.db.conn:
        writer.db.execute("UPDATE listings SET closed_at = '2026-11-25T00:00:00Z' WHERE rowid % 13 = 0")
    writer.refresh_facet_counts(force=True)
    writer.close()
    return path


@pytest.fixture(scope="module")
def ds(catalog):
    return build_datasette(catalog)


def get(ds, path: str):
    return asyncio.run(ds.client.get(path))


def page(ds, path: str) -> dict:
    response = get(ds, path)
    assert response.status_code == 200, response.text[:300]
    return response.json()


def facets(data: dict) -> dict:
    return {key: [(value["value"], value["count"]) for value in facet["results"]]
            for key, facet in data["facet_results"].items()}


def ids(data: dict) -> list[str]:
    return [row[data["columns"].index("id")] for row in data["rows"]]


def counted(conn, where: str, params=(), column: str = "occupation") -> list[tuple]:
    """What Datasette's facet query gives: count per value, most first, NULLs left out."""
    return conn.execute(f"select {column}, count(*) from listings where ({where}) and {column} is not null "
                        f"group by {column} order by 2 desc, 1", params).fetchall()


def test_a_search_within_the_bound_is_answered_as_datasette_answers_it(ds, catalog):
    conn = sqlite3.connect(catalog)
    matches = "rowid in (select rowid from listings_fts where listings_fts match '\"bakery\"')"
    data = page(ds, "/microgigs/listings.json?_search=bakery&_facet=occupation&_facet=remote&_size=20")
    total = conn.execute(f"select count(*) from listings where {matches}").fetchone()[0]
    assert data["filtered_table_rows_count"] == total < CANDIDATES
    assert data["human_description_en"] == 'where search matches "bakery" sorted by posted_at descending'
    assert facets(data)["occupation"] == counted(conn, matches)
    assert facets(data)["remote"] == counted(conn, matches, column="remote")
    assert ids(data) == [r[0] for r in conn.execute(f"select id from listings where {matches} "
                                                    "order by posted_at desc limit 20")]


def all_pages(ds, url: str) -> list[str]:
    seen = []
    while url:
        data = page(ds, url.removeprefix("http://localhost"))
        seen += ids(data)
        url = data["next_url"]
    return seen


def test_a_search_past_the_bound_counts_its_best_candidates_and_says_so(ds, catalog):
    conn = sqlite3.connect(catalog)
    data = page(ds, "/microgigs/listings.json?_search=logo&_facet=occupation&_facet=country&_facet=remote")
    assert data["filtered_table_rows_count"] == CANDIDATES
    assert f"counted over its {CANDIDATES:,} best matches by relevance" in data["human_description_en"]
    assert f"of {LISTINGS:,} in all" in data["human_description_en"]
    candidates = all_pages(ds, "/microgigs/listings.json?_search=logo&_size=700&_nofacet=1")
    assert len(candidates) == len(set(candidates)) == CANDIDATES  # each once, over the pages
    ranks = dict(conn.execute("select l.id, f.rank from listings_fts f join listings l on l.rowid = f.rowid "
                              "where listings_fts match 'logo'").fetchall())
    assert max(ranks[i] for i in candidates) <= min(rank for i, rank in ranks.items() if i not in candidates)
    among = f"id in ({', '.join('?' * len(candidates))})"
    for column in ("occupation", "country", "remote"):
        assert facets(data)[column] == counted(conn, among, candidates, column=column)
    html = get(ds, "/microgigs/listings?_search=logo&_facet=occupation").text
    assert f"{LISTINGS:,} listings match this search" in html and 'href="/?s=1&amp;q=logo"' in html
    assert "listings match this search" not in get(ds, "/microgigs/listings?_search=bakery").text


def test_column_searches_raw_searches_and_empty_ones(ds, catalog):
    conn = sqlite3.connect(catalog)
    titled = page(ds, "/microgigs/listings.json?_search_title=bakery&_size=1")
    assert titled["filtered_table_rows_count"] == conn.execute(
        "select count(*) from listings_fts where title match 'bakery'").fetchone()[0]
    assert titled["human_description_en"].startswith('where search column "title" matches "bakery"')
    assert get(ds, "/microgigs/listings.json?_search_nope=logo").status_code == 400
    # 'C++' whole, as the catalog's search has it (FTS5 alone finds the letter c)
    with_cpp = page(ds, "/microgigs/listings.json?_search=C%2B%2B")
    assert with_cpp["filtered_table_rows_count"] == len(range(0, LISTINGS, 50))
    assert get(ds, "/microgigs/listings.json?_search=NEAR(&_searchmode=raw").status_code == 400  # FTS5's syntax error
    raw = page(ds, "/microgigs/listings.json?_search=bakery%20OR%20design&_searchmode=raw&_size=1")
    assert raw["filtered_table_rows_count"] == CANDIDATES  # a raw search is bounded too
    # an emptied search box is the whole table (Datasette answered it with FTS5's syntax error)
    assert page(ds, "/microgigs/listings.json?_search=%20&_size=1")["filtered_table_rows_count"] == LISTINGS


def test_whole_table_facets_read_facet_counts_plus_the_closed_listings(catalog, tmp_path):
    path = str(tmp_path / "copy.db")
    shutil.copy(catalog, path)
    conn = sqlite3.connect(path)
    ds = build_datasette(path)
    whole = page(ds, "/microgigs/listings.json?_size=1&_facet=is_micro")
    assert whole["filtered_table_rows_count"] == LISTINGS
    for column in ("occupation", "remote", "country", "source", "is_micro"):
        assert facets(whole)[column] == counted(conn, "1", column=column), column
    open_only = page(ds, "/microgigs/listings.json?closed_at__isnull=1&_size=1")
    assert facets(open_only)["occupation"] == counted(conn, "closed_at is null")
    with conn:  # read from facet_counts: a change there shows (the writer rebuilds it after every write)
        conn.execute("update facet_counts set listings = listings + 1000 where facet = 'occupation'")
    for path_given in ("/microgigs/listings.json?_size=1", "/microgigs/listings.json?closed_at__isnull=1&_size=1"):
        assert [count for _, count in facets(page(ds, path_given))["occupation"]] == \
            [count + 1000 for _, count in facets(whole if "closed" not in path_given else open_only)["occupation"]]


def test_filtered_pages_count_as_datasette_does(ds, catalog):
    conn = sqlite3.connect(catalog)
    data = page(ds, "/microgigs/listings.json?country=US&_facet=remote&_size=1")
    assert data["filtered_table_rows_count"] == conn.execute("select count(*) from listings where country = 'US'"
                                                             ).fetchone()[0]
    assert facets(data)["remote"] == counted(conn, "country = 'US'", column="remote")
    assert facets(data)["country"] == [("US", data["filtered_table_rows_count"])]
