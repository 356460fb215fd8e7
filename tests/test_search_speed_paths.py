"""The ranked search's cheaper path (issue 17) answers exactly what the former one did: candidates carrying only their
keys from `listing_search_keys` (m015), the page's rows read whole afterwards, the page's snippets in one FTS5 pass;
`listing_search_keys` follows every write to `listings`; bench/catalog_speed.py's load generator reads whole answers."""
from __future__ import annotations

import json
import sqlite3
from http.server import BaseHTTPRequestHandler

import pytest

from db.present import register_sql_functions
from db.search import (CARD_COLUMNS, MATCHED, MATCHED_COLUMNS, ORDER, PAGE, SNIPPET_OF_SHOWN, cards_sql, clean_params,
                       facet_sql, given_filters, register_search_functions, search_sql)
from tests.conftest import LoopbackServer, demo_copy

# The former search: every candidate's card columns copied along, one FTS5 MATCH per card for its snippet.
SNIPPET_PER_CARD = """(select mg_snippet_html(snippet(listings_fts, 2, char(2), char(3), '…', 24)) from listings_fts
    where listings_fts match mg_fts_query(:q) and listings_fts.rowid = l.rowid)"""
FORMER_CARDS = CARD_COLUMNS.replace(SNIPPET_OF_SHOWN, SNIPPET_PER_CARD)
FORMER_SEARCH = f"""{MATCHED}
select {FORMER_CARDS}, (select count(*) from matched) as total
from matched l
{ORDER}
{PAGE}"""
FORMER_CARDS_BY_ROWID = f"""with matched as materialized (
  select {MATCHED_COLUMNS}, picked.key as rank from json_each(:rowids) picked
    cross join listings l on l.rowid = picked.value
)
select {FORMER_CARDS}
from matched l order by l.rank"""

SEARCHES = [{}, {"q": "logo"}, {"q": "design"}, {"q": "design", "sort": "newest"},
            {"q": "data", "size": "5", "page": "2"}, {"q": "python", "occupation": "software_dev_tech"},
            {"q": "design", "remote": "remote", "micro": "1"},
            {"q": "work", "paid": "1", "min_hourly_usd": "20", "max_hours": "40"}, {"q": "c++"}, {"q": "node.js"},
            {"q": "remote", "country": "us", "entry_level": "1"}, {"q": "work", "deadline_after": "today"},
            {"q": "social media", "source": "reddit"}, {"q": "work", "posted_within_days": "3650", "size": "100"},
            {"q": "work", "size": "100", "page": "3"}, {"q": "zzzz-nothing"}, {"q": "\"quoted\" OR*"},
            {"sort": "newest", "page": "3"}, {"remote": "remote"}, {"occupation": "x' or 1=1 --"},
            {"q": "design", "max_hours": "abc"}, {"q": "work", "page": "99999999999"}, {"q": "work", "remote": " "}]


@pytest.fixture(scope="module")
def demo(built_demo, tmp_path_factory):
    conn = sqlite3.connect(demo_copy(built_demo, tmp_path_factory.mktemp("search-paths")))
    register_search_functions(conn)
    register_sql_functions(conn)
    with conn:  # some closed listings among the candidates (the demo's are all open); the triggers keep the keys
        conn.execute("update listings set closed_at = '2026-11-30T00:00:00Z' where rowid % 7 = 0")
    yield conn
    conn.close()


def test_the_demo_has_duplicates_to_collapse_and_closed_listings(demo):
    """Picking one card per gig and leaving closed listings out are part of what is compared."""
    assert demo.execute("select count(*) from listing_groups").fetchone()[0] > 0
    assert demo.execute("select count(*) from listing_search_keys where closed_at is not null").fetchone()[0] > 0


@pytest.mark.parametrize("args", SEARCHES, ids=lambda args: "&".join(f"{k}={v}" for k, v in args.items()) or "none")
def test_search_gives_the_former_rows_in_the_former_order(demo, args):
    params = clean_params(args)
    assert demo.execute(search_sql(), params).fetchall() == demo.execute(FORMER_SEARCH, params).fetchall()


@pytest.mark.parametrize("args", SEARCHES, ids=lambda args: "&".join(f"{k}={v}" for k, v in args.items()) or "none")
def test_home_page_cards_give_the_former_cards(demo, args):
    params = clean_params(args)
    page = sorted((r[2], r[1]) for r in demo.execute(facet_sql(given_filters(params)), params) if r[0] == "page")
    cards = {"q": params["q"], "rowids": json.dumps([rowid for _, rowid in page])}
    assert demo.execute(cards_sql(), cards).fetchall() == demo.execute(FORMER_CARDS_BY_ROWID, cards).fetchall()


def test_searches_compared_have_results_and_snippets(demo):
    """The table above would prove little if the searches found nothing or showed no snippet."""
    found = [demo.execute(search_sql(), clean_params(args)).fetchall() for args in SEARCHES]
    assert sum(1 for rows in found if rows) > len(SEARCHES) // 2
    assert any("<mark>" in (row[-6] or "") for rows in found for row in rows)


def _keys_match(conn) -> None:
    keys = conn.execute("select listing_rowid, id, posted_at, closed_at from listing_search_keys "
                        "order by listing_rowid").fetchall()
    assert keys == conn.execute("select rowid, id, posted_at, closed_at from listings order by rowid").fetchall()


def test_search_keys_follow_every_write(tmp_db):
    from db.writer import CatalogWriter
    from tests.test_catalog import listing

    writer = CatalogWriter(tmp_db)
    conn = writer.db.conn
    writer.upsert_listings([listing(n) for n in range(6)], crawl_id="c1", seen_at="2026-11-20T00:00:00Z")
    _keys_match(conn)
    assert conn.execute("select count(*) from listing_search_keys").fetchone()[0] == 6
    changed = [{**listing(n), "posted_at": "2026-11-21T08:00:00Z"} for n in range(3)]  # a re-crawl with changes
    writer.upsert_listings(changed + [listing(n) for n in range(6, 8)], crawl_id="c2", seen_at="2026-11-22T00:00:00Z")
    _keys_match(conn)
    with conn:  # by hand, as a researcher or another tool might
        conn.execute("update listings set closed_at = '2026-11-23T00:00:00Z' where rowid % 2 = 0")
        conn.execute("update listings set last_seen_at = '2026-11-24T00:00:00Z'")
        conn.execute("delete from listings where rowid = 3")
        conn.execute("update listings set closed_at = null where rowid = 2")
    _keys_match(conn)
    writer.upsert_listings([listing(n) for n in range(8)], crawl_id="c3", seen_at="2026-11-25T00:00:00Z")  # reopened
    _keys_match(conn)
    assert conn.execute("select count(*) from listing_search_keys where closed_at is not null").fetchone()[0] == 0


def test_the_migration_fills_the_keys_of_a_catalog_written_before_it(tmp_db):
    from db.schema import migrations, open_db

    db = open_db(tmp_db, create=False)
    migrations.apply(db, stop_before="m015_listing_search_keys")
    with db.conn:
        for n in range(5):
            db.conn.execute("insert into listings (id, source, posted_at, closed_at) values (?, 's', ?, ?)",
                            (f"s:{n}", f"2026-11-0{n + 1}T00:00:00Z", None if n % 2 else "2026-11-30T00:00:00Z"))
    assert "listing_search_keys" not in db.table_names()
    migrations.apply(db)
    _keys_match(db.conn)
    assert db.conn.execute("select count(*) from listing_search_keys").fetchone()[0] == 5


class _Answers(LoopbackServer):
    """Answers /chunked in chunks (as uvicorn sends a body without a length) and anything else with a length."""

    def __init__(self):
        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802
                body = ("é" + "x" * 70_000 + " took too long").encode()
                self.send_response(200 if self.path != "/missing" else 404)
                if self.path == "/chunked":
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    for start in range(0, len(body), 4096):
                        part = body[start:start + 4096]
                        self.wfile.write(f"{len(part):x};ext=1\r\n".encode() + part + b"\r\n")
                    self.wfile.write(b"0\r\n\r\n")
                else:
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.listen(Handler)


def test_the_benchmarks_load_generator_reads_whole_answers():
    from bench.catalog_speed import fetch, http_get

    body = ("é" + "x" * 70_000 + " took too long").encode()
    with _Answers() as server:
        assert http_get(server.url, "/chunked") == (200, body)
        assert http_get(server.url, "/plain") == (200, body)
        assert http_get(server.url, "/missing")[0] == 404
        assert fetch(server.url, "/chunked")[1] == "cut by a time limit"
