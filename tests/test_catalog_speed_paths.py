"""The catalog's faster paths answer exactly what the slower ones did (issue 17): the home page's WHERE built from
the filters given, on the demo catalog, for a table of filter combinations."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from itertools import combinations
from pathlib import Path

import pytest

from db.present import register_sql_functions
from db.search import FILTER_TERMS, clean_params, facet_sql, given_filters, register_search_functions
from tests.conftest import PROJECT, demo_copy, free_port

# Values the demo has (and some it has not, and hostile ones): every filter, alone and in pairs.
VALUES = {"paid": "1", "micro": "1", "max_hours": "40", "min_hourly_usd": "20", "remote": "remote",
          "occupation": "software_dev_tech", "country": "us", "entry_level": "1", "source": "greenhouse",
          "posted_within_days": "3650", "deadline_after": "today"}
ODD = [{"occupation": "x' or 1=1 --"}, {"max_hours": "abc"}, {"country": "DE", "remote": "onsite"},
       {"deadline_after": "2026-11-30", "source": "reddit"}, {"micro": "0", "paid": "1", "country": "GB"},
       {"q": "design", "remote": "remote", "micro": "1"}, {"q": "python", "occupation": "software_dev_tech"},
       {"q": "data", "sort": "newest", "paid": "1", "page": "2", "size": "5"}, {"sort": "newest", "page": "3"}]
COMBINATIONS = ([{}] + [{name: VALUES[name]} for name in FILTER_TERMS]
                + [{a: VALUES[a], b: VALUES[b]} for a, b in combinations(FILTER_TERMS, 2)] + ODD)


@pytest.fixture(scope="module")
def demo(built_demo, tmp_path_factory):
    conn = sqlite3.connect(demo_copy(built_demo, tmp_path_factory.mktemp("speed-paths")))
    register_search_functions(conn)
    register_sql_functions(conn)
    yield conn
    conn.close()


def test_filters_given_cover_every_filter_parameter():
    assert set(FILTER_TERMS) == set(clean_params({})) - {"q", "sort", "size", "page"}
    assert given_filters({"occupation": " x ", "country": "", "q": "logo", "unknown": "1"}) == {"occupation"}


@pytest.mark.parametrize("args", COMBINATIONS, ids=lambda args: "&".join(f"{k}={v}" for k, v in args.items()) or "none")
def test_where_from_given_filters_gives_the_same_rows(demo, args):
    params = clean_params(args)
    before = sorted(demo.execute(facet_sql(), params).fetchall(), key=repr)  # every filter as `:x = '' or ...`
    now = sorted(demo.execute(facet_sql(given_filters(params)), params).fetchall(), key=repr)
    assert now == before
    total = [row for row in now if row[0] == "total"]
    assert len(total) == 1


def test_the_combinations_are_not_all_empty(demo):
    """The table above would prove little if most combinations matched nothing on the demo."""
    totals = [dict((r[0], r[2]) for r in demo.execute(facet_sql(given_filters(clean_params(a))), clean_params(a))
                   if r[0] == "total")["total"] for a in COMBINATIONS]
    assert sum(1 for t in totals if t > 0) > len(COMBINATIONS) // 2


# ---------------------------------------------------------------- serve --workers N

def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            pass
    return found


def _get(url: str) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture
def served_workers(built_demo, tmp_path):
    path = demo_copy(built_demo, tmp_path)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "scrapers.cli", "serve", "--db", str(path), "--port", str(port),
                               "--workers", "2"], cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while len(_children(server.pid)) < 2 or _get_or_none(base + "/-/versions.json") is None:
        assert server.poll() is None and time.time() < deadline, server.stdout.read() if server.poll() else "slow"
        time.sleep(0.3)
    yield server, base
    if server.poll() is None:
        server.terminate()
        server.wait(timeout=20)


def _get_or_none(url: str):
    try:
        return _get(url)
    except OSError:
        return None


def test_workers_serve_the_search_with_the_guard(served_workers):
    server, base = served_workers
    workers = _children(server.pid)
    assert len(workers) == 2
    for _ in range(3):  # every worker answers the same: several requests, each on its own connection
        status, body = _get(base + "/microgigs/search.json?q=design&_shape=array")
        assert status == 200 and "design" in json.loads(body)[0]["title"].lower()
        status, body = _get(base + "/?s=1&occupation=software_dev_tech")
        assert status == 200 and b"software" in body.lower()
    status, _ = _get(base + "/microgigs.json?sql=select+1")  # arbitrary SQL is off unless --allow-sql
    assert status in (400, 403)
    server.terminate()  # stopping the parent stops every worker
    assert server.wait(timeout=20) == 0
    time.sleep(0.5)
    assert not any(Path(f"/proc/{pid}").exists() and "Z" not in Path(f"/proc/{pid}/stat").read_text().split()[2]
                   for pid in workers)


def test_one_worker_ending_stops_the_others(served_workers):
    server, base = served_workers
    first, second = sorted(_children(server.pid))
    os.kill(first, signal.SIGKILL)
    assert server.wait(timeout=20) == 1
    assert not Path(f"/proc/{second}").exists()


def test_workers_out_of_range_are_one_line(built_demo, tmp_path):
    path = demo_copy(built_demo, tmp_path)
    result = subprocess.run([sys.executable, "-m", "scrapers.cli", "serve", "--db", str(path), "--port",
                             str(free_port()), "--workers", "0"], cwd=PROJECT, capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 2 and "--workers" in result.stderr and "Traceback" not in result.stderr


def test_a_filter_without_words_walks_its_index_in_posted_order(tmp_db):
    """m012: browsing by a filter reads that filter's listings newest first (no sort of all of them)."""
    from db.schema import open_db

    conn = open_db(str(tmp_db)).conn
    register_search_functions(conn)
    for args, index in (({"occupation": "sales_marketing", "country": "us"}, "idx_listings_"),
                        ({"paid": "1", "min_hourly_usd": "20"}, "idx_listings_is_paid_posted_at")):
        params = clean_params(args)
        plan = " | ".join(r[3] for r in conn.execute("explain query plan " + facet_sql(given_filters(params)), params))
        newest = plan.split("MATERIALIZE newest", 1)[1].split(" | ")[1]
        assert index in newest and "_posted_at" in newest, plan
        assert "USE TEMP B-TREE FOR ORDER BY" not in plan.split("MATERIALIZE newest", 1)[1].split("MATERIALIZE")[0]


# ---------------------------------------------------------------- research queries at their defaults

def _research_cases():
    from db.serve import research_queries

    from db.serve import stored_param_sets

    for name, query in research_queries().items():
        params = {param: "" for param in query["params"]}
        for given in stored_param_sets(name):
            yield name, {**params, **given}
        for param, value in (("copies", "1"), ("since", "2026-11-01"), ("micro", "1"), ("source", "greenhouse")):
            if param in params:
                yield name, {**params, param: value}


@pytest.mark.parametrize("name,params", list(_research_cases()),
                         ids=lambda v: v if isinstance(v, str) else "&".join(f"{k}={x}" for k, x in v.items() if x))
def test_research_query_as_served_equals_the_live_query(demo, name, params):
    """At the defaults the stored result (m013), else the live query: the rows are the same, in the same order."""
    from db.serve import research_queries, stored_param_sets, summarised_sql, summary_table

    query = research_queries()[name]
    live = demo.execute(query["sql"], params).fetchall()
    assert demo.execute(summarised_sql(name, query), params).fetchall() == live
    given = {param: value for param, value in params.items() if value}
    if given in stored_param_sets(name):
        assert demo.execute(f"select * from [{summary_table(name, given)}]").fetchall() == live
        assert live or given  # at the defaults every query has rows on the demo


def test_every_chart_of_the_research_page_reads_a_stored_result():
    import importlib.util

    from db.serve import HERE, stored_param_sets

    spec = importlib.util.spec_from_file_location("research_plugin_for_test", HERE / "plugins" / "research.py")
    plugin = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(plugin)
    for chart in plugin.CHARTS:
        assert chart.get("params", {}) in stored_param_sets(chart["query"]), chart["id"]


def test_research_summaries_follow_each_write(tmp_db):
    """A crawl's write changes what the research queries say; the stored defaults change with it."""
    from db.serve import research_queries, summarised_sql
    from db.writer import CatalogWriter
    from tests.test_catalog import listing

    writer = CatalogWriter(tmp_db)
    conn = writer.db.conn
    query = research_queries()["micro_share_by_source"]
    defaults = {param: "" for param in query["params"]}
    for step in range(1, 3):
        writer.upsert_listings([listing(n, source=f"src{step}", is_micro=1) for n in range(step * 3, step * 3 + 3)],
                               crawl_id=f"c{step}", seen_at=f"2026-11-2{step}T00:00:00Z")
        writer.refresh_facet_counts(force=True)
        served = conn.execute(summarised_sql("micro_share_by_source", query), defaults).fetchall()
        assert served == conn.execute(query["sql"], defaults).fetchall()
        assert sorted(row[0] for row in served) == [f"src{n}" for n in range(1, step + 1)]
