"""Issue 18, items 3 and 5, replayed: hostile lines for `import`, hostile items for `ingest`, stored rows that
predate the gate for `renormalize` and the templates, a killed `export`, and every CLI misuse. Each hostile
line or item is stored cleaned or rejected with its reason; no good listing is lost (counted)."""
from __future__ import annotations

import asyncio
import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from db import importer
from db.importer import import_jsonl
from db.row_check import checked_row
from db.schema import LISTING_COLUMNS
from db.serve import build_datasette
from db.writer import CatalogWriter
from scrapers.cli import main
from tests.conftest import PROJECT
from tests.test_distributed import REDIS, redis_url  # noqa: F401 - the fixture: a redis-server on 127.0.0.1
from tests.test_research import row

GOOD = 12_000  # more than two import batches of 5,000: a bad line inside a batch must not cost it


def good_row(n: int, **fields) -> dict:
    return row(n, **{"source": "a", "description_html": f"<p>Work number {n}.</p>", "raw": {"id": n}, **fields})


def rows_by_id(db_path) -> dict[str, dict]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    found = {r["id"]: dict(r) for r in conn.execute("SELECT * FROM listings")}
    conn.close()
    return found


def rejects_of(db_path) -> list[dict]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    found = [dict(r) for r in conn.execute("SELECT * FROM rejects ORDER BY id")]
    conn.close()
    return found


def hostile(n: int, **fields) -> str:
    return json.dumps({**good_row(n), **fields})


# (line, expectation): "reject:<reason>", or "stored" with a check of the stored row.
ATTACKS = [
    ("[" * 100_000 + "]" * 100_000, "reject:not_json"),  # RecursionError in json.loads
    ('{"a":' * 100_000 + "1" + "}" * 100_000, "reject:not_json"),
    (hostile(900_001, pay_min=2**63, pay_max=2**64), "stored"),  # REAL columns: a float, not OverflowError
    (hostile(900_002, is_paid=2**63), "reject:invalid_is_paid"),
    (hostile(900_024, source_id=2**64, id=f"a:{2**64}"), "stored"),  # an id is text, whatever its size
    (hostile(900_003, is_micro=-(2**70)), "reject:invalid_is_micro"),
    (hostile(900_004).replace('"a:900004"', '"a:900004\\udcff"').replace('"900004"', '"900004\\udcff"'),
     "reject:invalid_source_id"),  # a lone surrogate in the id
    (hostile(900_005, title="Logo \udcff design\x00\x07"), "stored"),
    ("not json at all", "reject:not_json"),
    ("source,source_id,url,title", "reject:not_json"),
    ('\xff\xfe{"broken utf-8"}', "reject:not_json"),
    ("[1, 2, 3]", "reject:not_an_object"),
    ('"just a string"', "reject:not_an_object"),
    (hostile(900_006, url="javascript:alert(1)"), "reject:invalid_url"),
    (hostile(900_021, url=" JaVaScRiPt:alert(1)"), "reject:invalid_url"),
    (hostile(900_022, url='https://x.example.com/"><script>alert(1)</script>'), "reject:invalid_url"),
    (hostile(900_023, url="//evil.example.com/x"), "reject:invalid_url"),
    (hostile(900_007, url="https://x.example.com/900007", apply_url="javascript:alert(1)",
             company_url="data:text/html,<script>alert(1)</script>"), "stored"),
    (hostile(900_008, description_html='<p onclick="steal()">Hi<script>steal()</script><a href="javascript:steal()">x</a>'
                                       '<img src=x onerror=steal()><style>*{}</style></p>'), "stored"),
    (hostile(900_009, first_seen_at="yesterday"), "reject:invalid_first_seen_at"),
    (hostile(900_010, posted_at="2026-13-45T99:00:00Z"), "reject:invalid_posted_at"),
    (hostile(900_011, first_seen_at="0001-01-01T00:00:00Z"), "reject:invalid_first_seen_at"),
    (hostile(900_012, first_seen_at="2026-11-01T10:00:00+02:00"), "stored"),
    (hostile(900_013, raw=json.loads("[" * 600 + "]" * 600)), "reject:invalid_raw"),
    (hostile(900_014, tags={"not": "a list"}), "reject:invalid_tags"),
    (hostile(900_015, id="b:900015"), "reject:invalid_id"),
    (hostile(900_016, source="a/../../etc", id="a/../../etc:900016"), "reject:invalid_source"),
    (hostile(900_017, pay_min="NaN", hourly_usd_min=float("inf")), "stored"),
    (hostile(900_018, title={"$gt": ""}), "reject:invalid_title"),
    (hostile(900_019, fx_date="soon"), "reject:invalid_fx_date"),
    (json.dumps({"id": "a:900020"}), "reject:missing_field"),
]


def check_stored(listing_id: str, stored: dict) -> None:
    if listing_id == "a:900001":
        assert stored["pay_min"] == float(2**63) and stored["pay_max"] == float(2**64)
    elif listing_id == f"a:{2**64}":
        assert stored["source_id"] == str(2**64)
    elif listing_id == "a:900005":
        assert stored["title"] == "Logo \ufffd design"
    elif listing_id == "a:900007":
        assert stored["apply_url"] is None and stored["company_url"] is None
    elif listing_id == "a:900008":
        html = stored["description_html"].lower()
        for bad in ("<script", "onclick", "onerror", "javascript:", "<style", "<img", "steal()"):
            assert bad not in html, (bad, html)
        assert "hi" in html
    elif listing_id == "a:900012":
        assert stored["first_seen_at"] == "2026-11-01T08:00:00Z"
    elif listing_id == "a:900017":
        assert stored["pay_min"] is None and stored["hourly_usd_min"] is None
    else:
        raise AssertionError(f"no check for {listing_id}")


@pytest.fixture
def hostile_file(tmp_path) -> Path:
    """GOOD good lines with the attacks spread among them (some inside each batch of 5,000)."""
    lines = [json.dumps(good_row(n)) for n in range(1, GOOD + 1)]
    step = GOOD // (len(ATTACKS) + 1)
    for i, (line, _) in enumerate(reversed(ATTACKS)):
        lines.insert(GOOD - (i + 1) * step, line)
    path = tmp_path / "hostile.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8", "surrogatepass").replace(
        '\xff\xfe'.encode("utf-8"), b"\xff\xfe"))  # the broken-UTF-8 line as raw bytes
    return path


def test_hostile_import_lines_are_stored_cleaned_or_rejected_and_no_good_line_is_lost(hostile_file, tmp_path):
    db_path = str(tmp_path / "catalog.db")
    report = import_jsonl(str(hostile_file), db_path, progress=False)
    stored = rows_by_id(db_path)
    expected_rejects = Counter(e.split(":", 1)[1] for _, e in ATTACKS if e.startswith("reject:"))
    cleaned = [json.loads(line.replace("\\udcff", ""))["id"] for line, e in ATTACKS if e == "stored"]

    assert all(f"a:{n}" in stored for n in range(1, GOOD + 1))  # not one good listing lost
    assert len(stored) == GOOD + len(cleaned)
    for listing_id in cleaned:
        check_stored(listing_id, stored[listing_id])
    rejects = rejects_of(db_path)
    assert Counter(r["reason"] for r in rejects) == expected_rejects
    assert report.rejected == len(rejects) and report.inserted == len(stored)
    assert report.lines == GOOD + len(ATTACKS)
    for reject in rejects:  # each with its line number and the payload as received
        assert reject["detail"].startswith("line ") and json.loads(reject["raw"])
    # every stored row is what the gate lets through, and served without a 500 (the feed sorts by first_seen_at)
    for listing in stored.values():
        assert checked_row(listing, json_text=True)
    ds = build_datasette(db_path)
    for path in ("/microgigs/search_feed.atom", "/", "/-/listing/a:900008", "/microgigs/search.json?_shape=array"):
        response = asyncio.run(ds.client.get(path))
        assert response.status_code == 200, (path, response.text[:500])
        assert "javascript:" not in response.text and "steal()" not in response.text, path


def test_an_unstorable_row_costs_no_other_row_of_its_batch(tmp_path, monkeypatch):
    path = tmp_path / "rows.jsonl"
    path.write_text("".join(json.dumps(good_row(n)) + "\n" for n in range(1, 11)))
    original = CatalogWriter.upsert_listings

    def refuse_row_7(self, rows, **kwargs):
        rows = list(rows)
        if any(r["id"] == "a:7" for r in rows):
            raise sqlite3.IntegrityError("simulated: a row the catalog cannot take")
        return original(self, rows, **kwargs)

    monkeypatch.setattr(CatalogWriter, "upsert_listings", refuse_row_7)
    db_path = str(tmp_path / "catalog.db")
    report = import_jsonl(str(path), db_path, batch_size=5, progress=False)
    assert sorted(rows_by_id(db_path)) == sorted(f"a:{n}" for n in range(1, 11) if n != 7)
    assert [(r["reason"], r["detail"][:11]) for r in rejects_of(db_path)] == [("store_error", "line 7: a:7")]
    assert report.inserted == 9 and report.rejected == 1


def test_a_line_longer_than_the_limit_is_rejected_without_being_read_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "MAX_LINE", 20_000)
    path = tmp_path / "rows.jsonl"
    lines = [good_row(1), {**good_row(2), "pad": "x" * 50_000}, good_row(3)]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    db_path = str(tmp_path / "catalog.db")
    report = import_jsonl(str(path), db_path, progress=False)
    assert sorted(rows_by_id(db_path)) == ["a:1", "a:3"]
    assert [r["reason"] for r in rejects_of(db_path)] == ["too_long"] and report.lines == 3


def test_import_of_a_csv_exits_2_with_one_line(tmp_path, capsys):
    csv_file = tmp_path / "listings.csv"
    csv_file.write_text("id,source,source_id,url,title\na:1,a,1,https://x.example.com/1,Logo design\n")
    assert main(["import", str(csv_file), "--db", str(tmp_path / "c.db")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "is not JSON Lines" in err and "Traceback" not in err
    junk = tmp_path / "junk.jsonl"  # JSON, but no listing at all
    junk.write_text('{"id": 1}\n[1]\n')
    assert main(["import", str(junk), "--db", str(tmp_path / "c.db")]) == 1
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "none of the 2 lines" in err and "line 1:" in err


# --- ingest: items popped from Redis ---

def push(redis_url, entries):  # noqa: F811
    import redis

    from scrapers.distributed import ITEMS_KEY

    server = redis.Redis.from_url(redis_url)
    server.rpush(ITEMS_KEY, *entries)
    return server


@pytest.mark.skipif(REDIS is None, reason="redis-server is not installed (tests/run installs Debian's)")
def test_ingest_rejects_hostile_items_and_removes_items_only_once_stored(redis_url, tmp_path, monkeypatch):  # noqa: F811
    from scrapers.distributed import ITEMS_KEY, LOCK_KEY, IngestBusy, ingest

    items = [json.dumps({**good_row(n), "_item": {"title": f"Listing {n}"}}).encode() for n in range(1, 2501)]
    bad = [b"not json", b"\xff\xfe", b"[" * 100_000, json.dumps(good_row(9001, url="javascript:alert(1)")).encode(),
           json.dumps({**good_row(9002), "_item": "not an object"}).encode()]
    for i, entry in enumerate(bad):
        items.insert(400 * i + 7, entry)
    server = push(redis_url, items)
    db_path = str(tmp_path / "catalog.db")

    # the catalog fails while storing: nothing leaves the queue
    def catalog_fails(self, rows, **kwargs):
        raise sqlite3.OperationalError("disk I/O error (simulated)")

    with monkeypatch.context() as patch:
        patch.setattr(CatalogWriter, "upsert_listings", catalog_fails)
        with pytest.raises(sqlite3.OperationalError):
            ingest(redis_url, db_path, batch_size=1000)
    assert server.llen(ITEMS_KEY) == len(items) and rejects_of(db_path) == []

    server.set(LOCK_KEY, "another ingest")  # a second ingest at once would trim what the first stored
    with pytest.raises(IngestBusy):
        ingest(redis_url, db_path, batch_size=1000)
    assert server.llen(ITEMS_KEY) == len(items) and server.get(LOCK_KEY) == b"another ingest"
    server.delete(LOCK_KEY)

    report = ingest(redis_url, db_path, batch_size=1000)
    assert server.llen(ITEMS_KEY) == 0 and server.get(LOCK_KEY) is None
    stored = rows_by_id(db_path)
    assert sorted(stored) == sorted(f"a:{n}" for n in range(1, 2501))  # none of the good items lost
    assert report.stored == Counter({"a": 2500})
    assert Counter(r["reason"] for r in rejects_of(db_path)) == Counter(
        {"not_json": 3, "invalid_url": 1, "invalid_item": 1})
    assert sum(report.rejected.values()) == 5
    items_kept = sqlite3.connect(db_path).execute("SELECT count(*) FROM listing_items").fetchone()[0]
    assert items_kept == 2500  # the item fields renormalize replays came along


# --- rows stored before the gate: renormalize cleans them, templates never link them ---

def store_unchecked(db_path: str, **fields) -> None:
    """A row written straight into the table, as a catalog from before the gate may hold."""
    CatalogWriter(db_path).close()
    values = {c: None for c in LISTING_COLUMNS}
    values.update(good_row(77), **fields)
    values = {c: json.dumps(v) if isinstance(v, (list, dict)) else v for c, v in values.items()}
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(f"INSERT INTO listings ({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})",
                     list(values.values()))
    conn.close()


def test_templates_link_only_http_urls_even_for_a_row_stored_before_the_gate(tmp_path):
    db_path = str(tmp_path / "old.db")
    store_unchecked(db_path, url="javascript:alert(1)", apply_url="javascript:alert(2)",
                    company="Evil", company_url="javascript:alert(3)")
    ds = build_datasette(db_path)
    for path in ("/", "/-/listing/a:77", "/-/widget"):
        page = asyncio.run(ds.client.get(path))
        assert page.status_code == 200 and "javascript:" not in page.text, (path, page.text[:300])
    assert 'href="#"' in asyncio.run(ds.client.get("/-/listing/a:77")).text


def test_renormalize_cleans_rows_stored_before_the_gate(tmp_path):
    from scrapers.renormalize import renormalize

    db_path = str(tmp_path / "old.db")
    store_unchecked(db_path, company_url="javascript:alert(3)",
                    description_html='<p onclick="steal()">Hi<script>steal()</script></p>')
    report = renormalize(db_path, progress=False)
    stored = rows_by_id(db_path)["a:77"]
    assert stored["company_url"] is None and stored["description_html"] == "<p>Hi</p>"
    assert (report.changed, report.without_item) == (1, 1)
    conn = sqlite3.connect(db_path)
    with conn:  # unreadable item fields: counted, the run goes on
        conn.execute("INSERT INTO listing_items (id, source, fetched_at, item) VALUES ('a:77', 'a', NULL, '[[[')")
    report = renormalize(db_path, progress=False)
    assert (report.listings, report.now_invalid) == (1, 1)


# --- export: atomic, bounded ---

def small_catalog(path: Path, n: int = 50) -> str:
    writer = CatalogWriter(str(path))
    writer.upsert_listings([good_row(i) for i in range(1, n + 1)], crawl_id="c1", seen_at="2026-12-01T00:00:00Z")
    writer.close()
    return str(path)


def verified(out: Path) -> dict:
    """The manifest, after checking that it and SHA256SUMS describe exactly the files beside them."""
    manifest = json.loads((out / "manifest.json").read_text())
    sums = dict(line.split("  ")[::-1] for line in (out / "SHA256SUMS").read_text().splitlines())
    for entry in manifest["files"]:
        digest = hashlib.sha256((out / entry["name"]).read_bytes()).hexdigest()
        assert entry["sha256"] == digest == sums[entry["name"]]
    assert {p.name for p in out.iterdir()} == {f["name"] for f in manifest["files"]} | {"manifest.json", "SHA256SUMS"}
    return manifest


KILLED_EXPORT = """
import sys, time
from db import export
original = export.JsonlWriter.write
def slow_write(self, rows):
    original(self, rows)
    print("writing", flush=True)
    time.sleep(60)
export.JsonlWriter.write = slow_write
export.export_catalog(sys.argv[1], sys.argv[2], "jsonl", batch_size=10)
"""


def test_a_killed_export_leaves_the_previous_export_whole(tmp_path):
    db_path = small_catalog(tmp_path / "c.db")
    out = tmp_path / "out"
    assert main(["export", "--format", "csv", "--out", str(out), "--db", db_path]) == 0
    before = verified(out)
    child = subprocess.Popen([sys.executable, "-c", KILLED_EXPORT, db_path, str(out)], cwd=PROJECT,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "writing"  # in the middle of listings.jsonl
    os.kill(child.pid, signal.SIGKILL)
    child.wait(10)
    assert verified(out) == before  # the previous export, its manifest describing its own files
    assert len(list(tmp_path.glob(".out.export-*"))) == 1  # the killed one's folder, beside
    assert main(["export", "--format", "jsonl", "--out", str(out), "--db", db_path]) == 0
    assert verified(out)["format"] == "jsonl" and not list(tmp_path.glob(".out.export-*"))


def test_export_refuses_a_file_or_a_foreign_folder_as_out(tmp_path, capsys):
    db_path = small_catalog(tmp_path / "c.db")
    target = tmp_path / "notes.txt"
    target.write_text("mine")
    assert main(["export", "--format", "csv", "--out", str(target), "--db", db_path]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is a file" in err and target.read_text() == "mine"
    folder = tmp_path / "home"
    folder.mkdir()
    (folder / "thesis.tex").write_text("mine")
    assert main(["export", "--format", "csv", "--out", str(folder), "--db", db_path]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a microgigs export" in err and (folder / "thesis.tex").exists()


def test_export_where_runs_under_the_catalogs_time_limit(tmp_path, capsys, monkeypatch):
    from db.serve import SETTINGS

    monkeypatch.setitem(SETTINGS, "sql_time_limit_ms", 300)
    db_path = small_catalog(tmp_path / "c.db")
    forever = "(WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n) > 0"
    started = time.monotonic()
    assert main(["export", "--format", "csv", "--out", str(tmp_path / "o"), "--db", db_path, "--where", forever]) == 2
    assert time.monotonic() - started < 5
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "time limit of 0.3 s" in err
    assert not (tmp_path / "o").exists() and not list(tmp_path.glob(".o.export-*"))


@pytest.mark.parametrize("where, message", [
    ("length(printf('%.*c', 900000000, 'x')) > 0", "too big"),
    ("length(zeroblob(2000000000)) > 0", "too big"),
    ("fts3_tokenizer('simple') IS NOT NULL", "not authorized"),
])
def test_export_where_cannot_take_memory_or_leak_an_address(where, message, tmp_path, capsys):
    import resource

    db_path = small_catalog(tmp_path / "c.db")
    assert main(["export", "--format", "csv", "--out", str(tmp_path / "o"), "--db", db_path, "--where", where]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err, err
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < 900_000  # KB: never near the gigabyte asked for


# --- the CLI: every misuse is one line on stderr and exit 2 ---

@pytest.fixture
def catalog_db(tmp_path):
    return small_catalog(tmp_path / "c.db", n=3)


MISUSES = [
    ["health", "--db", str(PROJECT / "README.md")],
    ["health", "--db", str(PROJECT)],
    ["health", "--db", "{catalog}", "--fail-after", "0"],
    ["dedupe", "--db", "{catalog}", "--threshold", "2"],
    ["dedupe", "--db", "{catalog}", "--threshold", "nan"],
    ["dedupe", "--db", "{catalog}", "--threshold", "half"],
    ["sources", "--db", "/missing/x.db"],
    ["sources", "--db", "{plain_sqlite}"],
    ["crawl", "nosuchsource", "--db", "{tmp}/x.db"],
    ["crawl", "remotive", "--db", str(PROJECT / "README.md")],
    ["crawl", "remotive", "--redis", "not-a-url"],
    ["crawl", "remotive", "--replay", "not-an-address", "--db", "{tmp}/x.db"],
    ["import", "{tmp}"],
    ["parse", "nosuchsource", str(PROJECT / "README.md")],
    ["renormalize", "--db", "{catalog}", "--source", "nosuchsource"],
    ["renormalize", "--db", "{catalog}", "--batch-size", "0"],
    ["import", "{tmp}/missing.jsonl"],
    ["import", "{csv}", "--db", "{tmp}/new.db"],
    ["import", "{jsonl}", "--db", str(PROJECT / "README.md")],
    ["import", "{jsonl}", "--db", "{tmp}/no/such/folder/x.db"],
    ["export", "--format", "xml", "--out", "{tmp}/o", "--db", "{catalog}"],
    ["export", "--format", "csv", "--out", str(PROJECT / "README.md"), "--db", "{catalog}"],
    ["export", "--format", "csv", "--out", ".", "--db", "{catalog}"],
    ["export", "--format", "csv", "--out", "{tmp}/o", "--db", "{catalog}", "--where", "nosuch = 1"],
    ["ingest", "--redis", "not-a-url", "--db", "{tmp}/x.db"],
    ["ingest", "--db", "{tmp}/x.db"],
    ["ingest", "--redis", "redis://127.0.0.1:6379/0", "--wait", "-1"],
    ["boards", "add", "nosuchplatform", "x"],
    ["boards", "add", "breezy", "169.254.169.254/latest/meta-data/x"],
    ["boards"],
    ["demo", "--no-serve", "--db", str(PROJECT / "README.md")],
    ["demo", "--no-serve", "--db", "{tmp}"],
    ["nosuchcommand"],
    ["--nosuchoption"],
]


@pytest.mark.parametrize("argv", MISUSES, ids=[" ".join(a[:3]) for a in MISUSES])
def test_each_misuse_is_one_line_on_stderr_and_exit_2(argv, catalog_db, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("MICROGIGS_DATA_DIR", str(tmp_path / "user"))
    (tmp_path / "l.csv").write_text("id,title\n1,x\n")
    (tmp_path / "l.jsonl").write_text(json.dumps(good_row(1)) + "\n")
    sqlite3.connect(tmp_path / "plain.sqlite").execute("CREATE TABLE t (x)").connection.close()
    names = {"catalog": catalog_db, "tmp": str(tmp_path), "csv": str(tmp_path / "l.csv"),
             "jsonl": str(tmp_path / "l.jsonl"), "plain_sqlite": str(tmp_path / "plain.sqlite")}
    before = Path(catalog_db).read_bytes()
    code = main([a.format(**names) for a in argv])
    out, err = capsys.readouterr()
    assert code == 2, (code, out, err)
    assert err.count("\n") == 1 and err.startswith("microgigs") and "Traceback" not in err, err
    assert out == ""
    assert Path(catalog_db).read_bytes() == before  # a misuse changes no catalog


def test_version_and_a_bare_command_explain_themselves(capsys):
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("microgigs ") and out.count("\n") == 1
    assert main([]) == 0
    out = capsys.readouterr().out
    for command in ("crawl", "import", "export", "dedupe", "health", "boards", "sources"):
        assert command in out
    bare = subprocess.run([sys.executable, "-m", "scrapers.cli"], cwd=PROJECT, capture_output=True, text=True, timeout=60)
    assert bare.returncode == 0 and "renormalize" in bare.stdout and bare.stderr == ""


def test_boards_add_writes_the_users_data_folder_not_the_package(tmp_path, capsys, monkeypatch):
    from scrapers.platforms import boards

    shipped = (boards.DATA / "greenhouse_boards.csv").read_bytes()
    monkeypatch.setenv("MICROGIGS_DATA_DIR", str(tmp_path / "user"))
    assert main(["boards", "add", "greenhouse", "examplecorp-xyz", "--company", "Example"]) == 0
    assert str(tmp_path / "user" / "greenhouse_boards.csv") in capsys.readouterr().out
    assert (boards.DATA / "greenhouse_boards.csv").read_bytes() == shipped
    assert boards.load_boards("greenhouse")["examplecorp-xyz"] == "Example"  # read beside the shipped list
    monkeypatch.delenv("MICROGIGS_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert boards.user_data_dir() == tmp_path / "xdg" / "microgigs"
