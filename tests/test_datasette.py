"""The Datasette catalog in process: database name, ranked search, filters, CORS, metadata, read-only."""
import asyncio

import pytest

from db.schema import LISTING_COLUMNS
from db.serve import build_datasette, load_metadata
from db.writer import CatalogWriter


def listing(n, **fields):
    row = {c: None for c in LISTING_COLUMNS}
    row.update(id=f"demo:{n}", source="demo", source_id=str(n), url=f"https://x.example.com/{n}", title=f"Listing {n}",
               description_text="General work.", posted_at=f"2026-11-{10 + n:02d}T00:00:00Z", is_micro=0,
               skills=[], tags=[], micro_reasons=[], flags=[], raw={})
    row.update(fields)
    return row


@pytest.fixture
def catalog(tmp_path):
    path = str(tmp_path / "x.db")
    writer = CatalogWriter(path)
    writer.upsert_listings([
        listing(1, title="Logo design for a bakery", description_text="A small logo design project, about 10 hours.",
                remote="remote", hourly_usd_max=30.0, hours_max=10.0, is_micro=1),
        listing(2, title="Data entry task", description_text="Copy 2,000 rows; design not needed.", remote="onsite",
                hourly_usd_max=15.0, hours_max=20.0, is_micro=1),
        listing(3, title="Senior designer", description_text="Full-time design lead.", remote="remote", is_micro=0),
        listing(4, title="Closed logo gig", description_text="logo", is_micro=1),
    ], crawl_id="c", seen_at="2026-11-24T00:00:00Z")
    writer.db["listings"].update("demo:4", {"closed_at": "2026-11-24T06:00:00Z"})  # seen to close later
    writer.upsert_source({"name": "demo", "kind": "api", "home_url": "https://x.example.com",
                          "attribution": "Job via Demo", "collected": 1, "listings": 4})
    writer.close()  # folds the WAL into the file: immutable serving reads the main file only
    return path


def get(ds, path):
    return asyncio.run(ds.client.get(path))


def search(ds, **params):
    query = "&".join(f"{k}={v}" for k, v in params.items())
    response = get(ds, f"/microgigs/search.json?{query}&_shape=array")
    assert response.status_code == 200, response.text
    return response.json()


def test_database_is_named_microgigs_whatever_the_file(catalog):
    ds = build_datasette(catalog)
    assert get(ds, "/microgigs.json").status_code == 200 and get(ds, "/x.json").status_code == 404


def test_ranked_search_with_snippets_excludes_closed(catalog):
    rows = search(build_datasette(catalog), q="logo")
    assert [r["id"] for r in rows] == ["demo:1"]
    assert "<mark>logo</mark>" in rows[0]["snippet"].lower()
    ranked = search(build_datasette(catalog), q="design")
    assert ranked[0]["title"] == "Logo design for a bakery" or ranked[0]["title"] == "Senior designer"
    assert [r["rank"] for r in ranked] == sorted(r["rank"] for r in ranked)


def test_filters_apply_and_empty_ones_are_ignored(catalog):
    ds = build_datasette(catalog)
    assert {r["id"] for r in search(ds, q="design", remote="", min_hourly_usd="", max_hours="", micro="")} == {"demo:1", "demo:2", "demo:3"}
    assert {r["id"] for r in search(ds, q="design", remote="remote")} == {"demo:1", "demo:3"}
    assert {r["id"] for r in search(ds, q="design", min_hourly_usd="20")} == {"demo:1"}
    assert {r["id"] for r in search(ds, q="design", max_hours="15", micro="1")} == {"demo:1"}
    assert len(search(ds, q="")) == 3  # no query: newest open listings


@pytest.mark.parametrize("q", ['"unbalanced', "c++", "data - entry", "NEAR(", "*", "a OR", "%27%3B drop table listings"])
def test_hostile_queries_do_not_fail(catalog, q):
    search(build_datasette(catalog), q=q)


def test_json_api_sends_cors(catalog):
    response = get(build_datasette(catalog), "/microgigs/listings.json?_size=1")
    assert response.headers["access-control-allow-origin"] == "*"


def test_metadata_describes_every_column_and_the_facets():
    table = load_metadata()["databases"]["microgigs"]["tables"]["listings"]
    assert table["columns"] == {name: meaning for name, (_, meaning) in LISTING_COLUMNS.items()}
    assert table["facets"] == ["source", "engagement", "remote", "occupation", "country", "pay_unit"]


def test_facets_and_column_descriptions_are_served(catalog):
    data = get(build_datasette(catalog), "/microgigs/listings.json?_size=0").json()
    assert {"source", "remote", "pay_unit"} <= set(data["facet_results"]["results"] if "results" in data["facet_results"] else data["facet_results"])


def test_writes_are_refused(catalog):
    ds = build_datasette(catalog)
    response = get(ds, "/microgigs.json?sql=insert+into+sources+(name)+values+('x')")
    assert response.status_code in (400, 403)
    assert CatalogWriter(catalog).db["sources"].count == 1


def test_immutable_mode_and_home_page_credits(catalog):
    ds = build_datasette(catalog, immutable=True)
    page = get(ds, "/").text
    assert 'action="/"' in page and "Job via Demo" in page
    assert '<label for="mg-q">' in page
    assert len(search(ds, q="logo")) == 1


def test_sql_time_limit_is_set(catalog):
    assert build_datasette(catalog).setting("sql_time_limit_ms") <= 5000


def test_metadata_credits_every_source_with_its_terms():
    from scrapers.runner import spider_classes

    credits = load_metadata()["databases"]["microgigs"]["tables"]["sources"]["description_html"]
    for name, cls in spider_classes().items():
        assert f"<strong>{name}</strong>" in credits, f"metadata.yml does not credit {name}"
        assert cls.attribution.replace("&", "&amp;").replace("'", "&#x27;") in credits
