"""`microgigs export`: each format round-trips (row counts, values, sha256), --where filters and is read-only,
batches are streamed, the manifest says what a researcher needs to cite and reuse the files; CITATION.cff."""
import csv
import hashlib
import json
import re
import shutil
import sqlite3
import subprocess
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
import yaml

from db import export as export_module
from db.export import export_catalog
from db.schema import JSON_COLUMNS, LISTING_COLUMNS
from scrapers.cli import main
from tests.test_research import ROWS, build_catalog

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def catalog(tmp_path):
    return build_catalog(tmp_path / "catalog.db")


def stored(db_path, table="listings", where=""):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute(f"SELECT * FROM {table} {where} ORDER BY rowid")]
    conn.close()
    return rows


def run(*args):
    return main(["export", *args])


def manifest_of(out):
    return json.loads((Path(out) / "manifest.json").read_text(encoding="utf-8"))


def read_back(path: Path, fmt: str) -> list[dict]:
    if fmt == "csv":
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    if fmt == "jsonl":
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    import pyarrow.parquet as pq

    return pq.read_table(path).to_pylist()


TIMES = {"posted_at", "expires_at", "due_at", "first_seen_at", "last_seen_at", "closed_at", "started_at", "finished_at",
         "last_crawl_at", "last_success_at"}
FLAGS = {"is_paid", "is_micro", "entry_level", "is_marketplace", "collected", "complete"}


def expected(value, column, fmt, json_columns=JSON_COLUMNS):
    """A stored value as the format writes it."""
    if fmt == "csv":
        return "" if value is None else str(value)
    if fmt == "jsonl" and column in json_columns and value is not None:
        return json.loads(value)
    if fmt == "parquet" and value is not None:  # typed: times, dates, lists and 0/1 flags
        if column in TIMES:
            return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        if column == "fx_date":
            return date.fromisoformat(value)
        if column in {"skills", "tags", "micro_reasons", "flags"}:
            return json.loads(value)
        if column in FLAGS:
            return {0: False, 1: True}[value]
    return value


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_each_format_round_trips_with_counts_and_sha256(catalog, tmp_path, fmt):
    out = tmp_path / "out"
    assert run("--format", fmt, "--out", str(out), "--db", catalog) == 0
    manifest = manifest_of(out)
    files = {f["name"]: f for f in manifest["files"]}
    assert set(files) == {f"listings.{fmt}", f"sources.{fmt}", f"crawls.{fmt}"}
    assert set(p.name for p in out.iterdir()) == set(files) | {"manifest.json", "SHA256SUMS"}  # no partial file left
    if shutil.which("sha256sum"):
        assert subprocess.run(["sha256sum", "--check", "--quiet", "SHA256SUMS"], cwd=out).returncode == 0
    for name, entry in files.items():
        data = (out / name).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest() and entry["bytes"] == len(data)
    assert [files[f"{t}.{fmt}"]["rows"] for t in ("listings", "sources", "crawls")] == [len(ROWS), 2, 3]

    listings = read_back(out / f"listings.{fmt}", fmt)
    assert len(listings) == len(ROWS)
    for got, want in zip(listings, stored(catalog)):
        assert list(got) == list(LISTING_COLUMNS)  # every schema column, in order
        assert got == {c: expected(want[c], c, fmt) for c in LISTING_COLUMNS}
    for table in ("sources", "crawls"):
        rows = read_back(out / f"{table}.{fmt}", fmt)
        assert rows == [{c: expected(v, c, fmt, ()) for c, v in r.items()} for r in stored(catalog, table)]


def test_csv_values_as_a_researcher_reads_them(catalog, tmp_path):
    run("--format", "csv", "--out", str(tmp_path / "o"), "--db", catalog)
    rows = {r["id"]: r for r in read_back(tmp_path / "o" / "listings.csv", "csv")}
    assert rows["b:6"]["flags"] == '["pay_implausible"]' and rows["b:6"]["posted_at"] == ""
    assert rows["a:1"]["pay_min_usd"] == "20.0" and rows["a:1"]["is_micro"] == "1"
    assert json.loads(rows["a:1"]["raw"]) == {"id": 1, "body": ROWS[0]["raw"]["body"]}


def test_parquet_types_and_column_meanings(catalog, tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    monkeypatch.setattr(export_module, "ROW_GROUP_ROWS", 3)
    run("--format", "parquet", "--out", str(tmp_path / "o"), "--db", catalog, "--batch-size", "3")
    parquet = pq.ParquetFile(tmp_path / "o" / "listings.parquet")
    schema = parquet.schema_arrow
    types = {name: str(schema.field(name).type) for name in schema.names}
    assert types["pay_min_usd"] == "double" and types["hours_max"] == "double" and types["id"] == "string"
    for column in ("posted_at", "expires_at", "due_at", "first_seen_at", "last_seen_at", "closed_at"):
        assert types[column] == "timestamp[ms, tz=UTC]", column
    assert types["fx_date"] == "date32[day]"
    for column in ("skills", "tags", "micro_reasons", "flags"):
        assert types[column] == "list<element: string>", column
    assert types["is_micro"] == types["is_paid"] == types["entry_level"] == "bool"
    assert types["raw"] == "string"  # an object of the source's own shape: JSON text
    assert schema.field("country").metadata[b"description"].decode() == LISTING_COLUMNS["country"][1]
    assert parquet.metadata.num_row_groups == 3  # row groups of 3 rows, written as they fill
    rows = {r["id"]: r for r in parquet.read().to_pylist()}
    assert rows["a:1"]["posted_at"] == datetime(2026, 11, 2, 9, tzinfo=timezone.utc)
    assert rows["b:6"]["flags"] == ["pay_implausible"] and rows["b:6"]["posted_at"] is None
    assert rows["a:1"]["is_micro"] is True and rows["a:3"]["is_micro"] is False and rows["a:1"]["entry_level"] is None
    crawls = pq.read_table(tmp_path / "o" / "crawls.parquet")
    assert str(crawls.schema.field("started_at").type) == "timestamp[ms, tz=UTC]"
    assert str(crawls.schema.field("items").type) == "int64"
    sources = pq.read_table(tmp_path / "o" / "sources.parquet")
    assert str(sources.schema.field("collected").type) == "bool" and sources.column("collected").to_pylist() == [True, True]
    assert all(f["values_not_typed"] == {} for f in manifest_of(tmp_path / "o")["files"])


def test_a_value_that_does_not_fit_its_parquet_type_is_null_and_counted(catalog, tmp_path):
    import pyarrow.parquet as pq

    conn = sqlite3.connect(catalog)  # as an old or hand-edited catalog might hold them
    conn.execute("UPDATE listings SET posted_at = 'last Tuesday', flags = '{\"not\": \"a list\"}', is_micro = 7 "
                 "WHERE id = 'a:2'")
    conn.commit()
    conn.close()
    run("--format", "parquet", "--out", str(tmp_path / "o"), "--db", catalog)
    rows = {r["id"]: r for r in pq.read_table(tmp_path / "o" / "listings.parquet").to_pylist()}
    assert (rows["a:2"]["posted_at"], rows["a:2"]["flags"], rows["a:2"]["is_micro"]) == (None, None, None)
    assert rows["a:2"]["title"] == "Listing 2"  # the rest of the row kept
    listings = manifest_of(tmp_path / "o")["files"][0]
    assert listings["rows"] == len(ROWS)
    assert listings["values_not_typed"] == {"posted_at": 1, "flags": 1, "is_micro": 1}


def test_jsonl_export_is_what_import_reads(catalog, tmp_path):
    from db.importer import import_jsonl

    run("--format", "jsonl", "--out", str(tmp_path / "o"), "--db", catalog)
    report = import_jsonl(str(tmp_path / "o" / "listings.jsonl"), str(tmp_path / "copy.db"), progress=False)
    assert report.inserted == len(ROWS)
    assert stored(str(tmp_path / "copy.db")) == stored(catalog)


def test_where_filters_listings_and_the_manifest_says_so(catalog, tmp_path):
    out = tmp_path / "o"
    assert run("--format", "csv", "--out", str(out), "--db", catalog, "--where", "source = 'b' AND is_micro = 1") == 0
    rows = read_back(out / "listings.csv", "csv")
    assert sorted(r["id"] for r in rows) == ["b:4", "b:5"]
    manifest = manifest_of(out)
    assert manifest["where"] == "source = 'b' AND is_micro = 1"
    assert manifest["command"] == "microgigs export --format csv --out " + str(out) + " --where \"source = 'b' AND is_micro = 1\""
    assert {s["name"]: s["listings_in_export"] for s in manifest["sources"]} == {"a": 0, "b": 2}
    assert [f["rows"] for f in manifest["files"]] == [2, 2, 3]  # sources and crawls are whole
    assert run("--format", "jsonl", "--out", str(tmp_path / "none"), "--db", catalog, "--where", "0") == 0
    assert (tmp_path / "none" / "listings.jsonl").read_text() == "" and manifest_of(tmp_path / "none")["files"][0]["rows"] == 0


@pytest.mark.parametrize("where, message", [
    ("is_micro = 1; DROP TABLE listings", "';' is not allowed"),
    ("nosuch = 1", "no such column: nosuch"),
    ("is_micro = ", "syntax error"),
    ("1) UNION SELECT name FROM sqlite_master WHERE (1", "unbalanced parentheses"),
    ("is_micro = 1) OR (1 = 1", "unbalanced parentheses"),
    ("(SELECT count(*) FROM pragma_table_info('listings')) > 0", "not authorized"),
    ("load_extension('/tmp/x') IS NULL", "invalid --where"),
])
def test_a_bad_where_clause_is_a_clear_error_with_exit_2(catalog, tmp_path, capsys, where, message):
    out = tmp_path / "o"
    assert run("--format", "csv", "--out", str(out), "--db", catalog, "--where", where) == 2
    err = capsys.readouterr().err
    assert err.startswith("microgigs export: invalid --where") and message in err, err
    assert not out.exists()  # nothing written
    assert len(stored(catalog)) == len(ROWS)


def test_quotes_and_comments_do_not_count_as_parentheses(catalog, tmp_path):
    where = "title NOT LIKE '%)%' AND [source] = 'a' -- a comment (with a parenthesis"
    assert run("--format", "csv", "--out", str(tmp_path / "o"), "--db", catalog, "--where", where) == 0
    assert manifest_of(tmp_path / "o")["files"][0]["rows"] == 5


def test_where_runs_on_a_read_only_connection(catalog):
    conn = export_module.connect_read_only(catalog)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM listings")
    conn.close()


def test_missing_catalog_exits_2(tmp_path, capsys):
    assert run("--format", "csv", "--out", str(tmp_path / "o"), "--db", str(tmp_path / "nope.db")) == 2
    assert "no catalog at" in capsys.readouterr().err


def test_rows_are_streamed_in_batches_with_a_progress_bar(catalog, tmp_path, monkeypatch, capsys):
    batches = []
    original = export_module.CsvWriter.write
    monkeypatch.setattr(export_module.CsvWriter, "write", lambda self, rows: (batches.append(len(rows)), original(self, rows)))
    export_catalog(catalog, str(tmp_path / "o"), "csv", batch_size=3, progress=True)
    assert batches[:3] == [3, 3, 2]  # listings in batches of 3, then sources and crawls
    assert "listings.csv" in capsys.readouterr().err  # tqdm's bar, on stderr
    export_catalog(catalog, str(tmp_path / "quiet"), "csv", progress=False)
    assert capsys.readouterr().err == ""


def test_manifest_describes_schema_crawls_sources_and_citation(catalog, tmp_path):
    out = tmp_path / "o"
    run("--format", "parquet", "--out", str(out), "--db", catalog)
    manifest = manifest_of(out)
    conn = sqlite3.connect(catalog)
    migrations = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY applied_at, name")]
    assert manifest["migrations"] == migrations and manifest["schema_version"] == migrations[-1]
    assert manifest["crawl_date_range"] == {"first_started_at": "2026-11-02T00:00:00Z",
                                            "last_finished_at": "2026-11-30T00:05:00Z", "crawls": 3}
    a = {s["name"]: s for s in manifest["sources"]}["a"]
    assert a["terms"] == "Terms of a: link back." and a["attribution"] == "Job via A" and a["listings_in_export"] == 5
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", manifest["exported_at"])
    assert manifest["where"] is None and manifest["format"] == "parquet"
    assert "CITATION.cff" in manifest["how_to_cite"] and manifest["microgigs_version"] in manifest["how_to_cite"]
    assert [c["column"] for c in manifest["listings_columns"]] == list(LISTING_COLUMNS)


def test_citation_cff_is_valid_and_matches_the_package():
    citation = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    version = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M).group(1)
    assert citation["cff-version"] == "1.2.0" and citation["type"] == "software"
    assert citation["version"] == version and str(citation["date-released"]) == "2026-12-01"
    assert citation["authors"] == [{"name": "microgigs contributors"}] and citation["license"] == "Apache-2.0"
    assert citation["repository-code"].startswith("https://github.com/") and citation["title"] and citation["message"]
    assert {"cff-version", "message", "title", "authors"} <= set(citation)  # the keys CFF 1.2.0 requires


def test_an_export_is_one_snapshot_while_the_catalog_is_written(catalog, tmp_path, monkeypatch):
    from db.writer import CatalogWriter

    writer = CatalogWriter(catalog)
    original = export_module.CsvWriter.write
    written = []

    def write_then_crawl(self, rows):  # a crawl stores listings and a crawl record during the export
        original(self, rows)
        if not written:
            writer.upsert_listings([dict(ROWS[0], id="a:99", source_id="99")], crawl_id="c9", seen_at="2026-12-01T01:00:00Z")
            writer.db["crawls"].insert({"id": "c9", "source": "a", "started_at": "2026-12-01T01:00:00Z", "status": "ok"})
        written.append(len(rows))

    monkeypatch.setattr(export_module.CsvWriter, "write", write_then_crawl)
    manifest = export_catalog(catalog, str(tmp_path / "o"), "csv", batch_size=3)
    assert [f["rows"] for f in manifest["files"]] == [len(ROWS), 2, 3]  # as before the crawl
    assert manifest["crawl_date_range"]["crawls"] == 3
    writer.close()


def test_the_manifest_names_the_catalog_it_exported(catalog, tmp_path):
    out = tmp_path / "o"
    run("--format", "csv", "--out", str(out), "--db", catalog)
    named = manifest_of(out)["catalog"]
    assert named["path"] == str(Path(catalog).resolve()) and named["file"] == "catalog.db"
    assert named["bytes"] == Path(catalog).stat().st_size and named["listings"] == len(ROWS)
    assert named["crawls"] == 3 and named["crawl_ids"] == ["c0", "c1", "c2"]  # by start
    assert named["last_crawl"] == {"id": "c2", "ended_at": "2026-11-30T00:05:00Z"}
    assert named["crawl_ids_sha256"] == hashlib.sha256(b"c0\nc1\nc2").hexdigest()
    # a new crawl is a different catalog: another digest
    conn = sqlite3.connect(catalog)
    conn.execute("INSERT INTO crawls (id, source, started_at, status) VALUES ('c3', 'b', '2026-12-01T00:00:00Z', 'ok')")
    conn.commit()
    conn.close()
    run("--format", "csv", "--out", str(out), "--db", catalog)
    again = manifest_of(out)["catalog"]
    assert again["crawl_ids"][-1] == "c3" and again["crawl_ids_sha256"] != named["crawl_ids_sha256"]


def test_files_carry_their_media_type(catalog, tmp_path):
    for fmt, media in (("csv", "text/csv; charset=utf-8; header=present"), ("jsonl", "application/jsonl; charset=utf-8"),
                       ("parquet", "application/vnd.apache.parquet")):
        run("--format", fmt, "--out", str(tmp_path / fmt), "--db", catalog)
        assert {f["media_type"] for f in manifest_of(tmp_path / fmt)["files"]} == {media}


def test_the_manifest_has_a_coverage_section_from_crawls_and_board_lists(catalog, tmp_path):
    out = tmp_path / "o"
    run("--format", "jsonl", "--out", str(out), "--db", catalog)
    covered = manifest_of(out)["coverage"]
    assert covered["period"] == {"first_crawl": "2026-11-02T00:00:00Z", "last_crawl": "2026-11-30T00:05:00Z",
                                 "crawls": 3, "sources": 2, "sources_with_listings": 2, "listings": len(ROWS)}
    a, b = covered["sources"]
    assert (a["source"], a["crawls"], a["first_crawl"], a["last_crawl"], a["listings"]) == (
        "a", 2, "2026-11-02T00:00:00Z", "2026-11-30T00:05:00Z", 5)
    assert a["listings_per_week"] == round(5 / (28.0035 / 7), 1)  # 5 listings over the 4 weeks between its crawls
    assert (b["crawls"], b["listings"], b["listings_per_week"]) == (1, 3, 3.0)  # one crawl: one week
    # the shipped board lists, each platform with where its boards were found
    greenhouse = covered["boards"]["greenhouse"]
    with (ROOT / "scrapers/data/greenhouse_boards.csv").open(encoding="utf-8") as handle:
        listed = list(csv.DictReader(handle))
    assert greenhouse["boards"] == sum(r["sample"] != "1" for r in listed) > 200
    assert greenhouse["sample_boards"] == sum(r["sample"] == "1" for r in listed)
    assert sum(greenhouse["found_in"].values()) == greenhouse["boards"]
    assert next(iter(greenhouse["found_in"])) == "matthew-holman/career_unplugged"
    assert covered["boards_listed"] == sum(p["boards"] for p in covered["boards"].values()) > 2000
    assert "alphabetical" in covered["bias"] and "never of a labour market" in covered["bias"]
    assert "career_unplugged" in covered["bias"] and "found_in" in covered["boards_chosen"]


def test_datasheet_answers_each_section_and_names_what_exists():
    from scrapers.cli import build_parser

    text = (ROOT / "docs" / "datasheet.md").read_text(encoding="utf-8")
    sections = re.findall(r"^## (.+)$", text, re.M)
    assert sections == ["Motivation", "Composition", "Collection process", "Preprocessing, cleaning, labelling", "Uses",
                        "Distribution", "Maintenance"]
    commands = set(build_parser()._subparsers._group_actions[0].choices)
    for named in set(re.findall(r"`microgigs (\w+)", text)):
        assert named in commands, named
    for path in ("docs/coverage.md", "CITATION.cff", "bench/eval_normalize.py", "db/dedupe.py", "db/schema.py",
                 "normalize/data/occupations.json", "normalize/data/skills.json", "CHANGELOG.md"):
        assert path.split("/")[-1] in text and (ROOT / path).exists(), path
    for column in ("panel", "partial", "before_crawls", "catalog.crawl_ids_sha256", "canonical_listings", "raw"):
        assert f"`{column}" in text, column
