"""The `microgigs` command end to end: help, README coverage, parse, demo, crawl failures, serve."""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from db.schema import LISTING_COLUMNS, open_db
from scrapers.cli import build_parser
from scrapers.replay import ReplayServer, load_routes
from scrapers.runner import spider_classes
from tests.conftest import PROJECT, SAMPLES, demo_copy, free_port

SPINE_SOURCES = {"remotive", "remoteok", "greenhouse", "reddit", "jsonld"}


def microgigs(*args, timeout=300, env=None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scrapers.cli", *args], capture_output=True, text=True, timeout=timeout,
        cwd=kwargs.pop("cwd", PROJECT), env={**os.environ, **(env or {})}, **kwargs,
    )


def subcommands():
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return action.choices


def test_readme_documents_every_command_and_option():
    readme = (PROJECT / "README.md").read_text()
    for name, parser in subcommands().items():
        assert f"microgigs {name}" in readme, f"README does not document `microgigs {name}`"
        for action in parser._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert option in readme, f"README does not mention {option} of `microgigs {name}`"


def test_every_command_and_option_has_help():
    for name, parser in subcommands().items():
        assert parser.description, name
        for action in parser._actions:
            assert action.help, f"{name} {action.dest} has no help text"


def test_spine_sources_are_registered_with_declared_terms():
    classes = spider_classes()
    assert SPINE_SOURCES <= set(classes)
    for name in SPINE_SOURCES:
        info = classes[name].source_info()
        assert info["kind"] in {"api", "ats", "rss", "html", "jsonld", "thread"}
        assert info["home_url"].startswith("http") and info["terms"], name


@pytest.fixture(scope="module")
def demo_db(built_demo, tmp_path_factory):
    return demo_copy(built_demo, tmp_path_factory.mktemp("demo"))


def test_demo_builds_catalog_from_all_five_sources(demo_db):
    db = open_db(str(demo_db))
    per_source = dict(db.execute("select source, count(*) from listings group by source").fetchall())
    assert SPINE_SOURCES <= set(per_source), per_source
    crawls = list(db["crawls"].rows)
    spine = [c for c in crawls if c["source"] in SPINE_SOURCES]
    # Full-time permanent roles are counted, not stored (issue 6's scope rule).
    assert sum(c["stored"] + c["out_of_scope"] for c in spine) >= 150
    assert sum(c["out_of_scope"] for c in spine) >= 20
    assert list(db["listings"].columns_dict) == list(LISTING_COLUMNS)
    micro = dict(db.execute("select is_micro, count(*) from listings group by is_micro").fetchall())
    assert micro.get(1, 0) >= 100 and micro.get(0, 0) >= 5, micro  # part-time and contract roles stay
    assert {c["source"] for c in crawls} >= SPINE_SOURCES and all(c["status"] == "ok" for c in crawls)
    assert db.execute("select count(*) from listings where first_seen_at is null or last_seen_at is null").fetchone()[0] == 0


def test_parse_prints_one_json_object_per_listing():
    manifest = json.loads((SAMPLES / "remotive" / "manifest.json").read_text())
    url, filename = next(iter(manifest.items()))
    result = microgigs("parse", "remotive", str(SAMPLES / "remotive" / filename), "--url", url)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) >= 40
    assert all(list(row) == list(LISTING_COLUMNS) for row in rows)
    assert len({row["id"] for row in rows}) == len(rows)


def test_parse_of_an_unparsable_file_exits_2_with_a_clear_message(tmp_path):
    bad = tmp_path / "error.json"
    bad.write_text("<html><body>502 Bad Gateway</body></html>")
    result = microgigs("parse", "remotive", str(bad))
    assert result.returncode == 2
    assert "error.json" in result.stderr and "remotive" in result.stderr
    assert result.stdout == ""


def test_parse_rejects_unknown_source_and_missing_file(tmp_path):
    assert microgigs("parse", "nosuchsource", str(tmp_path / "x")).returncode == 2
    missing = microgigs("parse", "remotive", str(tmp_path / "missing.json"))
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_crawl_with_unreachable_sources_names_each_and_keeps_the_catalog(demo_db, tmp_path):
    db_path = tmp_path / "kept.db"
    db_path.write_bytes(demo_db.read_bytes())
    before = open_db(str(db_path))["listings"].count
    closed = free_port()  # nothing listens there
    result = microgigs("crawl", "remotive", "remoteok", "--db", str(db_path), "--replay", f"http://127.0.0.1:{closed}")
    assert result.returncode != 0
    lines = [line for line in result.stderr.splitlines() if line.startswith(("remotive:", "remoteok:"))]
    assert len(lines) == 2, result.stderr
    assert all("failed" in line and "Connection" in line for line in lines), lines
    db = open_db(str(db_path))
    assert db["listings"].count == before
    failed = db.execute("select source, status, error_text from crawls where status = 'failed'").fetchall()
    assert {row[0] for row in failed} == {"remotive", "remoteok"} and all(row[2] for row in failed)


def test_one_failing_source_does_not_stop_the_others(tmp_path):
    routes = load_routes(sources=["remoteok"])  # remotive's capture is absent: 404
    with ReplayServer(routes) as url:
        result = microgigs("crawl", "remotive", "remoteok", "--db", str(tmp_path / "c.db"), "--replay", url)
    assert result.returncode == 1
    assert any(line.startswith("remotive: failed") and "404" in line for line in result.stderr.splitlines()), result.stderr
    line = next((line for line in result.stdout.splitlines() if line.startswith("remoteok: ok")), None)
    assert line, result.stdout
    stored = int(re.search(r"\((\d+) stored\)", line).group(1))
    assert stored >= 20 and open_db(str(tmp_path / "c.db"))["listings"].count == stored  # the other source's all


def test_minimum_interval_from_the_terms_is_enforced(tmp_path):
    from db.writer import CatalogWriter, utc_now_iso

    db_path = str(tmp_path / "i.db")
    CatalogWriter(db_path).start_crawl("remotive", "remotive-earlier", utc_now_iso())
    result = microgigs("crawl", "remotive", "--db", db_path)  # would be the network: must not even start
    assert result.returncode == 0
    assert "remotive: skipped" in result.stderr and "6 h" in result.stderr


def test_sources_lists_every_source_with_terms(demo_db):
    result = microgigs("sources", "--db", str(demo_db))
    assert result.returncode == 0
    for name in SPINE_SOURCES:
        assert f"\n{name}  [" in "\n" + result.stdout
    assert "4 requests a day" in result.stdout and "last success: 20" in result.stdout


def test_serve_answers_ranked_search_with_cors(demo_db):
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "scrapers.cli", "serve", "--db", str(demo_db), "--port", str(port)],
        cwd=PROJECT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}/microgigs/search.json?q=design&_shape=array"
        deadline = time.time() + 30
        while True:
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    rows = json.loads(response.read())
                    cors = response.headers.get("Access-Control-Allow-Origin")
                break
            except OSError:
                if time.time() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.3)
        assert len(rows) >= 3 and "design" in rows[0]["title"].lower()  # title matches rank first
        assert any("<mark>" in (row["snippet"] or "") for row in rows)
        assert cors == "*"
        assert [row["rank"] for row in rows] == sorted(row["rank"] for row in rows)
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_demo_catalog_reads_complete_when_served_immutable(demo_db):
    """Immutable serving ignores the WAL: the demo must leave everything in the main file."""
    import asyncio

    from db.serve import build_datasette

    wal = Path(str(demo_db) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    ds = build_datasette(str(demo_db), immutable=True, allow_sql=True)
    response = asyncio.run(ds.client.get("/microgigs/search.json?q=logo&micro=1&_shape=array"))
    assert response.status_code == 200 and len(response.json()) >= 3
    count = asyncio.run(ds.client.get("/microgigs.json?sql=select+count(*)+as+n+from+listings&_shape=array")).json()
    stored = open_db(str(demo_db)).execute("select count(*) from listings").fetchone()[0]
    assert count[0]["n"] == stored >= 100


def test_parse_reads_vcr_cassettes_at_their_recorded_urls():
    from tests.conftest import realworld_files

    cassettes = {p.name: p for p in realworld_files("greenhouse", "*.yml")}
    result = microgigs("parse", "greenhouse", str(cassettes["greenhouse_io_cassette_jobs_with_content.yml"]))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2 and {r["board"] for r in rows} == {"generalassembly"}  # board from the recorded URI
    # the offices answer nests the same board's jobs in its offices: each is read once, with the same id
    offices = microgigs("parse", "greenhouse", str(cassettes["greenhouse_io_cassette_offices.yml"]))
    assert offices.returncode == 0 and "Traceback" not in offices.stderr, offices.stderr
    nested = [json.loads(line) for line in offices.stdout.splitlines()]
    assert sorted(r["id"] for r in nested) == sorted(r["id"] for r in rows)


def test_import_loads_what_parse_prints_and_rejects_junk_lines(tmp_path):
    manifest = json.loads((SAMPLES / "remoteok" / "manifest.json").read_text())
    url, filename = next(iter(manifest.items()))
    parsed = microgigs("parse", "remoteok", str(SAMPLES / "remoteok" / filename), "--url", url)
    lines = parsed.stdout.splitlines()
    jsonl = tmp_path / "listings.jsonl"
    jsonl.write_text("\n".join(lines + ["not json", '{"id": "x"}', "[1, 2]"]) + "\n")
    db_path = str(tmp_path / "imported.db")
    result = microgigs("import", str(jsonl), "--db", db_path)
    assert result.returncode == 0, result.stderr
    assert f"{len(lines)} new" in result.stdout and "3 rejected" in result.stdout
    db = open_db(db_path)
    assert db["listings"].count == len(lines) and db["rejects"].count == 3
    hits = db.execute("select count(*) from listings_fts where listings_fts match 'logo'").fetchone()[0]
    assert hits >= 1  # FTS follows imports
    again = microgigs("import", str(jsonl), "--db", db_path)
    assert f"{len(lines)} unchanged" in again.stdout


def test_readme_lists_every_source():
    readme = (PROJECT / "README.md").read_text()
    for name in spider_classes():
        assert f"| `{name}` |" in readme, f"README's sources table lacks {name}"


def test_serve_brings_an_older_catalog_up_to_date_first(tmp_path, monkeypatch):
    """A catalog written before a migration (here m010's groups) is migrated before it is served."""
    import db.serve
    from scrapers.cli import main
    from tests.conftest import free_port

    path = str(tmp_path / "old.db")
    catalog = open_db(path)
    catalog.execute("DROP VIEW IF EXISTS canonical_listings")
    for table in ("listing_groups", "listing_signatures", "dedupe_pending", "dedupe_state"):
        catalog.execute(f"DROP TABLE IF EXISTS {table}")
    catalog.execute("DELETE FROM _sqlite_migrations WHERE name LIKE 'm010%' OR name LIKE 'm011%'")
    catalog.conn.commit()
    catalog.conn.close()
    served = []
    monkeypatch.setattr(db.serve, "serve", lambda path, **kwargs: served.append(path))
    assert main(["serve", "--db", path, "--port", str(free_port())]) == 0
    assert served == [path] and "listing_groups" in open_db(path, create=False).table_names()


def test_parse_without_url_never_assumes_a_board():
    """A board platform's saved file without --url: its listings print with no board (never the sample's), and
    a file whose listings cannot stand without one (Workday: the URL is built from the board) asks for --url."""
    from tests.conftest import realworld_files

    path = realworld_files("greenhouse", "ergon_greenhouse_airbnb.json")[0]
    result = microgigs("parse", "greenhouse", str(path))
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert result.returncode == 0 and rows and all(r["board"] is None and r["company"] == "Airbnb" for r in rows)
    assert "--url" in result.stderr and "relative dates counted from" in result.stderr
    workday = realworld_files("workday", "careerkit_workday.json")[0]
    result = microgigs("parse", "workday", str(workday))
    assert result.returncode == 2 and not result.stdout and "--url" in result.stderr
