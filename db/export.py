"""`microgigs export`: the catalog as files for research (CSV, JSON Lines or Parquet) with a manifest.

    manifest = export_catalog("microgigs.db", "out/", "parquet", where="is_micro = 1")

Writes `listings.<ext>` (every schema column, in `db.schema.LISTING_COLUMNS` order, rows filtered by an
optional SQL condition), `sources.<ext>`, `crawls.<ext>`, `SHA256SUMS` and `manifest.json` (schema version,
row counts, sha256 of each file, crawl date range, each source's terms and attribution, the where-clause,
the export time, how to cite). Rows are streamed in batches from a read-only connection, never loaded all
at once.

Values: CSV writes NULL as an empty field and JSON columns (skills, tags, micro_reasons, flags, raw) as JSON
text; JSON Lines writes NULL as null and JSON columns as JSON values (the shape `microgigs import` reads);
Parquet is typed: timestamps as UTC timestamps, fx_date as a date, the JSON arrays as lists of strings, the
0/1 flags (is_paid, is_micro, entry_level, ...) as booleans, raw as JSON text, each column's meaning in its
field metadata; a stored value that does not fit its type is written as null and counted in the manifest
(files[].values_not_typed), never dropped silently.

The manifest also names the catalog exported (its path, size, schema version and the crawls it holds, with
a digest of their ids) and describes its coverage (`coverage()`: sources, boards, crawl span, listings
per week, how the boards were chosen and what that biases), the same as the catalog's /-/coverage page.
"""
from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from db.schema import JSON_COLUMNS, LISTING_COLUMNS

FORMATS = ("csv", "jsonl", "parquet")
TABLES = ("listings", "sources", "crawls")
REPOSITORY = "https://github.com/microgigs/microgigs"
SOURCE_FIELDS = ("name", "kind", "home_url", "terms_url", "terms", "attribution", "rate_limit")
FORMAT_NOTES = {
    "csv": "UTF-8, comma-separated, header row, RFC 4180 quoting; NULL is an empty field; JSON columns "
           f"({', '.join(JSON_COLUMNS)}) are JSON text.",
    "jsonl": "UTF-8, one JSON object per line; NULL is null; listings' JSON columns "
             f"({', '.join(JSON_COLUMNS)}) are JSON values (the shape `microgigs import` reads back).",
    "parquet": "Apache Parquet (pyarrow, snappy); NULL is null; typed: ISO-8601 times are timestamp[ms, UTC], "
               "fx_date a date32, the JSON arrays (skills, tags, micro_reasons, flags) list<string>, raw JSON text, "
               "0/1 flags (is_paid, is_micro, entry_level, is_marketplace, collected, complete) booleans; a value "
               "that does not fit its type is null and counted in files[].values_not_typed; each listings field's "
               "metadata holds its meaning.",
}
MEDIA_TYPES = {"csv": "text/csv; charset=utf-8; header=present", "jsonl": "application/jsonl; charset=utf-8",
               "parquet": "application/vnd.apache.parquet"}
# Parquet types beyond the SQLite affinity: column -> kind, for every table exported.
TIMESTAMP_COLUMNS = {"posted_at", "expires_at", "due_at", "first_seen_at", "last_seen_at", "closed_at", "started_at",
                     "finished_at", "last_crawl_at", "last_success_at"}
DATE_COLUMNS = {"fx_date"}
LIST_COLUMNS = {"skills", "tags", "micro_reasons", "flags"}
BOOLEAN_COLUMNS = {"is_paid", "is_micro", "entry_level", "is_marketplace", "collected", "complete"}


class ExportError(Exception):
    """A problem with the request (bad where-clause, missing catalog): the command exits 2."""


# --- the read-only connection and the where-clause ---

# What the user's where-clause may do: read tables and call functions, nothing else (no PRAGMA, ATTACH,
# writes); checked by SQLite's authorizer when the statement is prepared.
_ALLOWED = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, getattr(sqlite3, "SQLITE_RECURSIVE", 33)}


DENIED_FUNCTIONS = {"fts3_tokenizer", "load_extension"}  # a memory address; code from a file
# No value the condition builds may pass this (printf('%.*c', 900000000, 'x') fails at once instead of taking
# a gigabyte); far above any stored row.
MAX_LENGTH = 64_000_000


def _only_reads(action, arg1, arg2, *_):
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK if action in _ALLOWED else sqlite3.SQLITE_DENY


def connect_read_only(db_path: str) -> sqlite3.Connection:
    if not Path(db_path).is_file():
        raise ExportError(f"no catalog at {db_path}")
    conn = sqlite3.connect(f"file:{Path(db_path).resolve()}?mode=ro", uri=True)
    conn.execute("PRAGMA query_only = 1")
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_LENGTH)
    # SQLite's printf loops over a huge width in one opcode, past the time limit: the served catalog's bound one
    from db.datasette.plugins.guard import bounded_printf

    sqlite3.enable_callback_tracebacks(False)  # importing Datasette turned them on: a refused printf is one line
    for name in ("printf", "format"):
        conn.create_function(name, -1, bounded_printf, deterministic=True)
    return conn


def _closes_early(where: str) -> bool:
    """Whether a parenthesis outside quotes and comments closes one the condition did not open (an attempt to
    end the WHERE and append another clause), or one stays open."""
    depth, i, n = 0, 0, len(where)
    closers = {"'": "'", '"': '"', "`": "`", "[": "]"}
    while i < n:
        ch = where[i]
        if ch in closers:
            end = where.find(closers[ch], i + 1)
            i = n if end < 0 else end + 1
            continue
        if where.startswith("--", i):
            end = where.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if where.startswith("/*", i):
            end = where.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return True
        i += 1
    return depth != 0


def where_sql(where: str | None) -> str:
    """The WHERE part for a user's condition on listings ('' for none); rejects what is not one condition."""
    if where is None or not where.strip():
        return ""
    example = " (give one SQL condition on listings, e.g. \"is_micro = 1 AND source = 'reddit'\")"
    if ";" in where:
        raise ExportError("invalid --where: ';' is not allowed" + example)
    if _closes_early(where):
        raise ExportError("invalid --where: unbalanced parentheses" + example)
    return f" WHERE (\n{where}\n)"


def count_rows(conn: sqlite3.Connection, where: str | None) -> int:
    """Validate the where-clause against the read-only connection and count the rows it selects."""
    sql = "SELECT count(*) FROM listings" + where_sql(where)
    conn.set_authorizer(_only_reads)
    try:
        return conn.execute(sql).fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise ExportError(f"invalid --where {where!r}: {exc} (it must be a SQL condition on the listings table "
                          "that only reads, e.g. \"posted_at >= '2026-11-01' AND is_micro = 1\")") from None
    finally:
        conn.set_authorizer(None)


# --- writers: one per format, each taking batches of rows ---

class CsvWriter:
    def __init__(self, path: Path, columns: list[str], types: dict[str, str], meanings: dict[str, str]):
        self.handle = path.open("w", encoding="utf-8", newline="")
        self.writer = csv.writer(self.handle)
        self.writer.writerow(columns)

    def write(self, rows: list[tuple]) -> None:
        self.writer.writerows(rows)

    def close(self) -> None:
        self.handle.close()


class JsonlWriter:
    def __init__(self, path: Path, columns: list[str], types: dict[str, str], meanings: dict[str, str],
                 json_columns=()):
        self.handle = path.open("w", encoding="utf-8")
        self.columns = columns
        self.decode = [i for i, c in enumerate(columns) if c in json_columns]

    def write(self, rows: list[tuple]) -> None:
        lines = []
        for row in rows:
            if self.decode:
                row = list(row)
                for i in self.decode:
                    if row[i] is not None:
                        try:
                            row[i] = json.loads(row[i])
                        except (TypeError, ValueError):
                            pass  # not JSON after all: kept as the text it is
            lines.append(json.dumps(dict(zip(self.columns, row)), ensure_ascii=False))
        self.handle.write("\n".join(lines) + "\n")

    def close(self) -> None:
        self.handle.close()


ROW_GROUP_ROWS = 25_000  # Parquet row groups of about this many rows (a few tens of MB), written as they fill


class ParquetWriter:
    ARROW_TYPES = {"TEXT": "string", "REAL": "float64", "FLOAT": "float64", "INTEGER": "int64", "INT": "int64"}

    def __init__(self, path: Path, columns: list[str], types: dict[str, str], meanings: dict[str, str]):
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.pa = pa
        fields = []
        for column in columns:
            meta = {"description": meanings[column]} if meanings.get(column) else None
            fields.append(pa.field(column, self.arrow_type(column, types.get(column, "")), nullable=True,
                                   metadata=meta))
        self.schema = pa.schema(fields)
        self.writer = pq.ParquetWriter(str(path), self.schema, compression="snappy")
        self.pending: list = []  # batches held until they fill a row group of ROW_GROUP_ROWS
        self.pending_rows = 0
        self.not_typed: Counter = Counter()  # column -> stored values that did not fit the column's type

    def arrow_type(self, column: str, sql_type: str):
        pa = self.pa
        typed = ((TIMESTAMP_COLUMNS, pa.timestamp("ms", tz="UTC")), (DATE_COLUMNS, pa.date32()),
                 (LIST_COLUMNS, pa.list_(pa.string())), (BOOLEAN_COLUMNS, pa.bool_()))
        for columns, arrow_type in typed:
            if column in columns:
                return arrow_type
        return getattr(pa, self.ARROW_TYPES.get(sql_type.upper(), "string"))()

    def _array(self, values, field):
        kind = field.type
        convert = next((f for columns, f in CONVERTERS if field.name in columns), None)
        if convert:
            typed = [convert(v) for v in values]
            self.not_typed[field.name] += sum(v is not None and t is None for v, t in zip(values, typed))
            return self.pa.array(typed, type=kind)
        try:
            return self.pa.array(values, type=kind)
        except (self.pa.ArrowInvalid, self.pa.ArrowTypeError, OverflowError):
            # SQLite types loosely: a stray value of another type is written as text, or as null (counted)
            if self.pa.types.is_string(kind):
                return self.pa.array([None if v is None else str(v) for v in values], type=kind)
            typed = [_number(v, kind) for v in values]
            self.not_typed[field.name] += sum(v is not None and t is None for v, t in zip(values, typed))
            return self.pa.array(typed, type=kind)

    def write(self, rows: list[tuple]) -> None:
        if not rows:
            return
        columns = list(zip(*rows))
        arrays = [self._array(list(values), field) for values, field in zip(columns, self.schema)]
        self.pending.append(self.pa.Table.from_arrays(arrays, schema=self.schema))
        self.pending_rows += len(rows)
        if self.pending_rows >= ROW_GROUP_ROWS:
            self._flush()

    def _flush(self) -> None:
        if self.pending:
            table = self.pa.concat_tables(self.pending)
            self.writer.write_table(table, row_group_size=max(ROW_GROUP_ROWS, table.num_rows))
            self.pending, self.pending_rows = [], 0

    def close(self) -> None:
        self._flush()
        self.writer.close()


def _number(value, arrow_type):
    try:
        return None if value is None else (int(value) if "int" in str(arrow_type) else float(value))
    except (TypeError, ValueError):
        return None


def _timestamp(value):
    """An ISO-8601 time as stored (YYYY-MM-DDTHH:MM:SSZ) -> an aware datetime; anything else -> None."""
    if not isinstance(value, str) or not value[:4].isdigit():
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).astimezone(timezone.utc)


def _date(value):
    moment = _timestamp(value)
    return moment.date() if moment else None


def _string_list(value):
    """A JSON array as stored -> a list of strings (numbers written as text); not an array -> None."""
    if value is None:
        return None
    try:
        items = json.loads(value) if isinstance(value, str) else None
    except ValueError:
        return None
    if not isinstance(items, list) or any(isinstance(item, (list, dict)) for item in items):
        return None
    return [None if item is None else str(item) for item in items]


def _flag(value):
    return {0: False, 1: True}.get(value) if isinstance(value, int) and not isinstance(value, bool) else None


CONVERTERS = ((TIMESTAMP_COLUMNS, _timestamp), (DATE_COLUMNS, _date), (LIST_COLUMNS, _string_list),
              (BOOLEAN_COLUMNS, _flag))
WRITERS = {"csv": CsvWriter, "jsonl": JsonlWriter, "parquet": ParquetWriter}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _table_columns(conn, table: str) -> list[tuple[str, str]]:
    return [(row[1], row[2] or "") for row in conn.execute(f"PRAGMA table_info([{table}])")]


def _copy(conn, sql: str, params, writer, batch_size: int, bar=None, on_batch=None) -> int:
    cursor = conn.execute(sql, params)
    rows = 0
    while batch := cursor.fetchmany(batch_size):
        writer.write(batch)
        rows += len(batch)
        if on_batch:
            on_batch(batch)
        if bar is not None:
            bar.update(len(batch))
    return rows


def package_version() -> str:
    try:
        from importlib.metadata import version

        return version("microgigs")
    except Exception:  # not installed: read it from pyproject.toml beside the package
        text = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
        match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.M)
        return match.group(1) if match else "unknown"


def how_to_cite(version: str, exported_at: str) -> str:
    return (f"Cite the software as: microgigs contributors ({exported_at[:4]}). microgigs (version {version}) "
            f"[Computer software]. {REPOSITORY} (see CITATION.cff in the repository). Cite this dataset as a "
            f"microgigs export of {exported_at} with the where-clause and the sha256 of listings given in this "
            "manifest, and credit each source as its terms ask (sources[].attribution): the listings remain "
            "their sources' content.")


# --- coverage: what the catalog holds and how its sources and boards were chosen ---

# The shipped board lists are data files beside the spiders (read as files: db/ imports nothing from scrapers/).
BOARD_LISTS = Path(__file__).resolve().parent.parent / "scrapers" / "data"
STORING_CRAWLS = ("ok", "suspect")  # runs that stored listings (failed, skipped, interrupted ones did not)
CRAWL_IDS_LISTED = 500  # the manifest lists the crawl ids up to this many, and always gives their digest
REPOSITORY_NAME = re.compile(r"^([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)(?=[ @(]|$)")  # found_in's "owner/repo path"
SEED_BIAS = (
    "The company boards were not sampled from employers. Most come from the seed lists of one job-search project "
    "({top_origin}: {top_share}% of the real boards listed), the rest from recorded API responses in public "
    "repositories' tests, where developers record well-known companies. By their names, most boards on the "
    "Greenhouse, Lever and Ashby lists are technology companies (startups and scale-ups), and several lists were "
    "cut at about 300 boards taken in alphabetical order (boards[].initials: the first letters of their tokens). "
    "Listings from company boards are thus likely to over-represent tech work and well-known firms, not to stand "
    "for employers at large{measured}. Read shares of occupations, countries or pay as those of this catalog, "
    "never of a labour market.")


def _origin(found_in: str) -> str:
    """Where a board's token was found, named as a repository or a kind of place."""
    text = " ".join((found_in or "").split())
    if not text:
        return "not stated"
    if text.startswith(("fictional demo board", "scrapers/samples")):
        return "fictional demo board (scrapers/samples)"
    match = REPOSITORY_NAME.match(text)
    return match.group(1) if match else text[:80]


def board_lists(folder: Path = BOARD_LISTS) -> dict[str, dict]:
    """Per platform, its shipped list (`<platform>_boards.csv`, jsonld's `jsonld_pages.csv`): real boards (demo
    samples apart), where they were found, how their names were found, and the spread of their first letters
    (a list cut in alphabetical order starts with a few letters only)."""
    lists = {}
    for path in sorted(folder.glob("*_boards.csv")) + sorted(folder.glob("*_pages.csv")):
        platform = path.name.rsplit("_", 1)[0]
        with path.open(newline="", encoding="utf-8") as handle:
            rows = [row for row in csv.DictReader(handle)
                    if (row.get("token") or row.get("url") or "").strip()
                    and not (row.get("token") or row.get("url")).startswith("#")]
        real = [row for row in rows if row.get("sample") != "1"]
        tokens = [(row.get("token") or row.get("url")).strip() for row in real]
        initials = Counter(token[0].lower() for token in tokens)
        lists[platform] = {
            "list": f"scrapers/data/{path.name}",
            "boards": len(real),
            "sample_boards": len(rows) - len(real),
            "found_in": dict(Counter(_origin(row.get("found_in", "")) for row in real).most_common()),
            "names_found_in": dict(Counter((row.get("name_found_in") or "not stated").split(":")[0].strip()
                                           for row in real).most_common()),
            "initials": "".join(sorted(initials)),
            "letters_used": sum(1 for c in initials if "a" <= c <= "z"),
            "initials_a_or_digit_percent": round(100 * sum(n for c, n in initials.items() if c == "a" or c.isdigit())
                                                 / len(tokens), 1) if tokens else None,
            "_tokens": set(tokens),
        }
    return lists


def _weeks_between(first: str | None, last: str | None) -> float:
    start, end = _timestamp(first), _timestamp(last)
    return max(1.0, (end - start).total_seconds() / (7 * 86400)) if start and end else 1.0


def _least(a: str | None, b: str | None) -> str | None:
    return min(filter(None, (a, b)), default=None)


def _greatest(a: str | None, b: str | None) -> str | None:
    return max(filter(None, (a, b)), default=None)


def coverage(conn: sqlite3.Connection, folder: Path = BOARD_LISTS) -> dict:
    """What the catalog covers, from its crawls and listings and the shipped board lists: each source's crawl
    span, listings and boards, the whole period, and how the boards were chosen with the bias that follows.
    Runs on any connection to the catalog (the export's snapshot, the served catalog's)."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    kinds, collected, not_collected = {}, set(), []
    if "sources" in tables:
        names = {row[1] for row in conn.execute("PRAGMA table_info(sources)")}
        keep = "coalesce(collected, 1) = 1" if "collected" in names else "1"
        reason = "not_collected_reason" if "not_collected_reason" in names else "NULL"
        for name, kind, keep_it, why in conn.execute(f"SELECT name, kind, {keep}, {reason} FROM sources ORDER BY name"):
            kinds[name] = kind
            if keep_it:
                collected.add(name)
            else:
                not_collected.append({"source": name, "reason": why})
    crawls = {}
    if "crawls" in tables:
        for row in conn.execute(
                "SELECT source, count(*), sum(status IN ('ok', 'suspect')), sum(status = 'failed'), "
                "min(CASE WHEN status IN ('ok', 'suspect') THEN started_at END), "
                "max(CASE WHEN status IN ('ok', 'suspect') THEN coalesce(finished_at, started_at) END) "
                "FROM crawls GROUP BY source"):
            crawls[row[0]] = dict(zip(("crawls", "storing_crawls", "failed_crawls", "first_crawl", "last_crawl"),
                                      row[1:]))
    # one scan of listings: per source and occupation, merged per source below
    per_occupation = conn.execute(
        "SELECT source, coalesce(occupation, 'unclassified'), count(*), sum(closed_at IS NULL), min(first_seen_at), "
        "max(first_seen_at), min(coalesce(posted_at, first_seen_at)) FROM listings GROUP BY 1, 2").fetchall()
    listings: dict[str, tuple] = {}
    for source, _, count, still_open, first_seen, last_seen, earliest in per_occupation:
        before = listings.get(source)
        listings[source] = (count, still_open or 0, first_seen, last_seen, earliest) if before is None else (
            before[0] + count, before[1] + (still_open or 0), _least(before[2], first_seen),
            _greatest(before[3], last_seen), _least(before[4], earliest))
    seen_boards: dict[str, set] = {}
    for source, board in conn.execute("SELECT DISTINCT source, board FROM listings WHERE board IS NOT NULL"):
        seen_boards.setdefault(source, set()).add(board)
    lists = board_lists(folder)

    sources = []
    for name in sorted(collected | set(crawls) | set(listings)):
        crawl = crawls.get(name, {})
        count, still_open, first_seen, last_seen, earliest = listings.get(name, (0, 0, None, None, None))
        first, last = crawl.get("first_crawl") or first_seen, crawl.get("last_crawl") or last_seen
        listed = lists.get(name, {}).get("_tokens")
        boards = seen_boards.get(name, set())
        sources.append({
            "source": name, "kind": kinds.get(name),
            "first_crawl": crawl.get("first_crawl"), "last_crawl": crawl.get("last_crawl"),
            "crawls": crawl.get("crawls", 0), "storing_crawls": crawl.get("storing_crawls") or 0,
            "failed_crawls": crawl.get("failed_crawls") or 0,
            "listings": count, "open_listings": still_open or 0, "earliest_listing": earliest,
            "listings_per_week": round(count / _weeks_between(first, last), 1) if count else 0.0,
            "boards_listed": len(listed) if listed is not None else None,
            "boards_with_listings": len(boards),
            "listed_boards_with_listings": len(boards & listed) if listed is not None else None,
        })

    occupations: dict[str, Counter] = {"company_boards": Counter(), "other_sources": Counter()}
    for source, occupation, count, *_ in per_occupation:
        group = "company_boards" if kinds.get(source) == "ats" or source in lists else "other_sources"
        occupations[group][occupation] += count
    shares = {}
    for group, counts in occupations.items():
        total = sum(counts.values())
        shares[group] = {"listings": total, "percent": {o: round(100 * n / total, 1) for o, n in counts.most_common()}
                         if total else {}}
    boards = {platform: {k: v for k, v in entry.items() if not k.startswith("_")} for platform, entry in lists.items()}
    origins = Counter()
    for entry in boards.values():
        origins.update({k: v for k, v in entry["found_in"].items() if k != "fictional demo board (scrapers/samples)"})
    listed_total = sum(origins.values())
    top_origin, top_count = origins.most_common(1)[0] if origins else ("none", 0)
    tech = [shares[g]["percent"].get("software_dev_tech") for g in ("company_boards", "other_sources")]
    measured = (f"; in this catalog {tech[0]}% of the company-board listings are software_dev_tech, against "
                f"{tech[1]}% of the other sources' listings") if None not in tech else ""
    firsts = [s["first_crawl"] for s in sources if s["first_crawl"]]
    lasts = [s["last_crawl"] for s in sources if s["last_crawl"]]
    return {
        "period": {"first_crawl": min(firsts) if firsts else None, "last_crawl": max(lasts) if lasts else None,
                   "crawls": sum(s["crawls"] for s in sources), "sources": len(sources),
                   "sources_with_listings": sum(1 for s in sources if s["listings"]),
                   "listings": sum(s["listings"] for s in sources)},
        "sources": sources,
        "boards": boards,
        "boards_listed": listed_total,
        "boards_chosen": (
            "Company boards of applicant tracking systems are crawled from the lists in scrapers/data/ "
            "(<platform>_boards.csv): each line names the board's token, the company, where the token was found "
            "(found_in: a public repository's file, usually a seed list or a recorded API response) and where the "
            "company's name was found (name_found_in). Boards marked sample are fictional ones of the offline demo "
            "and are never crawled for real. Other sources are whole sites or APIs (job boards, marketplaces, "
            "community threads) chosen because they publish short paid work openly; sources that forbid "
            "collection or hide listings behind a sign-in are not collected (microgigs sources says why)."),
        "not_collected": not_collected,
        "occupations": shares,
        "bias": SEED_BIAS.format(top_origin=top_origin, measured=measured,
                                 top_share=round(100 * top_count / listed_total) if listed_total else 0),
    }


def catalog_identity(conn: sqlite3.Connection, db_path: str, tables: set[str]) -> dict:
    """Which catalog an export came from: its file, its schema and the crawls it holds (their ids and a digest
    of them, ordered by start), so two exports of the same crawls can be told apart from two of different ones."""
    path = Path(db_path).resolve()
    ids = [row[0] for row in conn.execute("SELECT id FROM crawls ORDER BY started_at, id")] if "crawls" in tables else []
    last = conn.execute("SELECT id, coalesce(finished_at, started_at) FROM crawls ORDER BY started_at DESC, id DESC "
                        "LIMIT 1").fetchone() if ids else None
    return {
        "path": str(path), "file": path.name, "bytes": path.stat().st_size,
        "listings": conn.execute("SELECT count(*) FROM listings").fetchone()[0],
        "crawls": len(ids),
        "last_crawl": {"id": last[0], "ended_at": last[1]} if last else None,
        "crawl_ids": ids if len(ids) <= CRAWL_IDS_LISTED else None,
        "crawl_ids_sha256": hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest(),
    }


# --- the time limit, and the folder swapped in at the end ---

class time_limit:
    """The catalog's SQL time limit (db/serve.py) on this connection: a statement, or a batch of rows read
    from one (`restart` after each), running longer is interrupted, so a --where cannot run for ever."""

    def __init__(self, conn: sqlite3.Connection, *, enabled: bool = True, seconds: float | None = None):
        from db.serve import SETTINGS

        self.conn = conn
        self.enabled = enabled
        self.seconds = seconds if seconds is not None else SETTINGS["sql_time_limit_ms"] / 1000
        self.timed_out = False

    def restart(self) -> None:
        self.deadline = time.monotonic() + self.seconds

    def _check(self) -> int:
        if time.monotonic() > self.deadline:
            self.timed_out = True
            return 1  # non-zero: SQLite interrupts the statement
        return 0

    def __enter__(self):
        self.restart()
        if self.enabled:
            self.conn.set_progress_handler(self._check, 10_000)
        return self

    def __exit__(self, kind, exc, tb):
        self.conn.set_progress_handler(None, 0)
        if self.timed_out and isinstance(exc, (sqlite3.OperationalError, ExportError)):
            raise ExportError(f"the --where condition ran longer than the catalog's time limit of {self.seconds:g} s: "
                              "give a condition SQLite can answer faster") from None
        return False


def _export_names() -> set[str]:
    return {f"{t}.{f}" for t in TABLES for f in FORMATS} | {"manifest.json", "SHA256SUMS"}


def _temporary_folder(out: Path) -> Path:
    """A new folder beside `out` (same file system, so the swap is a rename); stale ones of killed exports
    are removed first."""
    out.parent.mkdir(parents=True, exist_ok=True)
    for stale in out.parent.glob(f".{out.name}.export-*"):
        shutil.rmtree(stale, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=f".{out.name}.export-", dir=out.parent))


def _swap_in(folder: Path, out: Path) -> None:
    """Put the complete export at `out`: a rename, the previous export moved aside first and then removed.
    A killed export leaves the previous export whole (or none), never a manifest describing other files."""
    if out.exists():
        previous = folder.with_name(folder.name + "-previous")
        os.replace(out, previous)
        os.replace(folder, out)
        shutil.rmtree(previous, ignore_errors=True)
    else:
        os.replace(folder, out)


def export_catalog(db_path: str, out_dir: str, fmt: str, *, where: str | None = None, batch_size: int = 5000,
                   progress: bool = False, command: str | None = None) -> dict:
    """Export the catalog into out_dir; returns the manifest (also written as out_dir/manifest.json)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if batch_size < 1:
        raise ExportError("batch size must be at least 1")
    conn = connect_read_only(db_path)
    temporary = None  # the folder being written; removed unless it was swapped in
    try:
        # One read transaction: every file and the manifest come from the same snapshot of the catalog, even
        # while a crawl writes (WAL readers see the database as of their first read).
        conn.execute("BEGIN")
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "listings" not in tables:
            raise ExportError(f"{db_path} holds no listings table: not a microgigs catalog")
        migrations = []
        if "_sqlite_migrations" in tables:
            migrations = [row[0] for row in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'microgigs' ORDER BY applied_at, name")]
        present = dict(_table_columns(conn, "listings"))
        missing = [c for c in LISTING_COLUMNS if c not in present]
        if missing:
            raise ExportError(f"{db_path} lacks schema columns {', '.join(missing)}: run a microgigs command on it "
                              "first to apply the migrations")
        out = Path(out_dir).resolve()  # "." and "out/" name the folder to swap; its parent holds the new one
        if not out.name or out == Path.cwd():
            raise ExportError(f"--out {out_dir}: give a folder of its own (the export replaces it as a whole)")
        if out.exists() and not out.is_dir():
            raise ExportError(f"--out {out_dir} is a file, not a folder: give a new or existing folder")
        if out.is_dir() and any(p.name not in _export_names() for p in out.iterdir()):
            raise ExportError(f"--out {out_dir} holds files that are not a microgigs export: give a new or empty "
                              "folder (an export replaces the folder's export files as a whole)")
        with time_limit(conn, enabled=bool(where)):
            total = count_rows(conn, where)  # validates the where-clause before any file is written

        final, out = out, _temporary_folder(out)  # files are written here, swapped in when all are complete
        temporary = out
        exported_at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        files = []
        per_source: Counter = Counter()
        columns = list(LISTING_COLUMNS)
        source_index = columns.index("source")
        from tqdm import tqdm

        bar = tqdm(total=total, unit=" rows", desc=f"listings.{fmt}", file=sys.stderr, disable=not progress,
                   unit_scale=True)
        plan = [("listings", columns, {c: t for c, (t, _) in LISTING_COLUMNS.items()},
                 {c: m for c, (_, m) in LISTING_COLUMNS.items()},
                 f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM listings{where_sql(where)} ORDER BY rowid")]
        for table in ("sources", "crawls"):
            if table in tables:
                table_columns = _table_columns(conn, table)
                names = [c for c, _ in table_columns]
                plan.append((table, names, dict(table_columns), {},
                             f"SELECT {', '.join(f'[{c}]' for c in names)} FROM [{table}] ORDER BY rowid"))
        for table, names, types, meanings, sql in plan:
            path = out / f"{table}.{fmt}"
            if fmt == "jsonl":
                writer = JsonlWriter(path, names, types, meanings,
                                     json_columns=JSON_COLUMNS if table == "listings" else ())
            else:
                writer = WRITERS[fmt](path, names, types, meanings)
            try:
                if table == "listings":
                    conn.set_authorizer(_only_reads)  # the user's condition runs with reads only
                    try:
                        with time_limit(conn, enabled=bool(where)) as limit:
                            rows = _copy(conn, sql, (), writer, batch_size, bar,
                                         lambda batch: (per_source.update(r[source_index] for r in batch),
                                                        limit.restart()))
                    except sqlite3.DatabaseError as exc:
                        if not where:
                            raise
                        raise ExportError(f"invalid --where {where!r}: {exc}") from None
                    conn.set_authorizer(None)
                else:
                    rows = _copy(conn, sql, (), writer, batch_size)
            finally:
                writer.close()
            entry = {"name": path.name, "table": table, "media_type": MEDIA_TYPES[fmt], "rows": rows,
                     "bytes": path.stat().st_size, "sha256": sha256_of(path)}
            if fmt == "parquet":
                entry["values_not_typed"] = {c: n for c, n in writer.not_typed.items() if n}
            files.append(entry)
        bar.close()

        crawl_range = {"first_started_at": None, "last_finished_at": None, "crawls": 0}
        if "crawls" in tables:
            first, last, count = conn.execute(
                "SELECT min(started_at), max(coalesce(finished_at, started_at)), count(*) FROM crawls").fetchone()
            crawl_range = {"first_started_at": first, "last_finished_at": last, "crawls": count}
        sources = []
        if "sources" in tables:
            source_columns = dict(_table_columns(conn, "sources"))
            fields = [f for f in SOURCE_FIELDS if f in source_columns]
            collected = "WHERE coalesce(collected, 1) = 1 " if "collected" in source_columns else ""
            for row in conn.execute(f"SELECT {', '.join(fields)} FROM sources {collected}ORDER BY name"):
                entry = dict(zip(fields, row))
                entry["listings_in_export"] = per_source.get(entry["name"], 0)
                sources.append(entry)
        version = package_version()
        manifest = {
            "dataset": "microgigs: a catalog of short paid project work (micro-internships and freelance gigs)",
            "exported_at": exported_at,
            "microgigs_version": version,
            "schema_version": migrations[-1] if migrations else None,
            "migrations": migrations,
            "format": fmt,
            "format_notes": FORMAT_NOTES[fmt],
            "catalog": catalog_identity(conn, db_path, tables),
            "command": command,
            "where": where.strip() if where and where.strip() else None,
            "files": files,
            "crawl_date_range": crawl_range,
            "sources": sources,
            "coverage": coverage(conn),
            "listings_columns": [{"column": c, "type": t.lower(), "meaning": m} for c, (t, m) in LISTING_COLUMNS.items()],
            "how_to_cite": how_to_cite(version, exported_at),
            "license": "The microgigs software is Apache-2.0. The listings remain their sources' content, "
                       "shared under each source's terms (sources[].terms): credit and link back as they ask.",
        }
        # the same digests in the format `sha256sum -c SHA256SUMS` checks; both last, once the files are complete
        (out / "SHA256SUMS").write_text("".join(f"{f['sha256']}  {f['name']}\n" for f in files), encoding="utf-8")
        (out / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        _swap_in(out, final)
        temporary = None
        return manifest
    except BaseException:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
        raise
    finally:
        conn.close()
