"""Researchers' pages: the data dictionary (`/-/dictionary`, `/-/dictionary.json`) and the charts (`/-/research`).

The dictionary is generated from `db.schema.LISTING_COLUMNS` (column, type, meaning) and, from the live
database, each column's null rate (one aggregate query over every row) and one example value. That
profile is cached per database file: it is computed again only when the file or its WAL changes
(size or mtime), so on a 1,000,000-row catalog only the first visit after a write pays for the scan.
"""
from __future__ import annotations

import json
import os
import re
import threading
import time
import urllib.parse
from datetime import datetime, timezone

from datasette import hookimpl
from datasette.utils.asgi import Response

from db.schema import JSON_COLUMNS, LISTING_COLUMNS
from db.serve import DATABASE_NAME as DATABASE  # the catalog database, whatever its file is called

OTHER_TABLES = ("sources", "crawls", "rejects", "listing_changes", "listing_groups")
EXCERPT_COLUMNS = ("raw", "description_text", "description_html")
EXAMPLE_CHARS = 80  # an example longer than this is cut
EXCERPT_CHARS = 160  # long text columns show a short excerpt
ARRAY_COLUMNS = tuple(c for c in JSON_COLUMNS if c != "raw")  # JSON arrays: '[]' counted as empty
SAMPLE_ROWS = 200  # examples are taken from the newest rows, then from the first non-null row
SLOW_SECONDS = 1.0  # a profile that took longer than this ...
RECOMPUTE_SECONDS = 600  # ... is recomputed at most this often, even when the database changes more often

# What the other tables' columns mean (db/schema.py, db/writer.py, db/dedupe.py); a column not named
# here is still listed, with its type.
TABLE_NOTES = {
    "sources": {
        "name": "the source's name (= listings.source)", "kind": "api, ats, rss, html, jsonld or thread",
        "home_url": "the source's home page", "terms_url": "where its terms of use are published",
        "terms": "the terms we keep, in short", "attribution": "the credit text the source asks for",
        "rate_limit": "its published rate limits", "min_interval_hours": "least hours between two crawls",
        "default_currency": "currency the source documents for its amounts", "is_marketplace": "1 for a project marketplace",
        "collected": "1 collected, 0 deliberately not collected", "not_collected_reason": "why not",
        "last_crawl_at": "end of the last crawl", "last_success_at": "end of the last successful crawl",
        "listings": "listings stored", "open_listings": "listings not closed",
    },
    "crawls": {
        "id": "the run's id", "source": "the source crawled", "started_at": "ISO-8601 UTC",
        "finished_at": "ISO-8601 UTC", "status": "ok, suspect, failed, skipped, interrupted or running",
        "requests": "HTTP requests made", "items": "records read", "stored": "listings stored",
        "rejects": "records that failed validation", "errors": "errors logged", "error_text": "the first error",
        "stats": "JSON: all Scrapy stats", "complete": "1 when the run covered the whole source",
        "closed": "listings closed by this run", "reopened": "closed listings seen again",
        "out_of_scope": "full-time permanent roles counted, not stored", "not_modified": "pages that answered 304",
        "suspect_reason": "why a run closed nothing",
    },
    "rejects": {
        "source": "the source", "crawl_id": "crawls.id", "reason": "why validation failed",
        "detail": "the validator's message", "raw": "JSON: the record as received", "rejected_at": "ISO-8601 UTC",
    },
    "listing_changes": {
        "listing_id": "listings.id", "crawl_id": "crawls.id of the crawl that saw the change",
        "field": "the listings column that changed", "old": "value before", "new": "value after",
        "changed_at": "ISO-8601 UTC",
    },
    "listing_groups": {
        "listing_id": "listings.id", "group_id": "the group's canonical listing id",
        "canonical": "1 for the one listing kept in the view canonical_listings",
    },
}

# The research page: one chart per canned query of research_queries.yml.
CHARTS = [
    {"id": "weekly-index", "query": "listings_per_week_by_occupation", "kind": "line", "x": "week", "y": "index",
     "series": "occupation", "caption": "New listings per ISO week and occupation, first week = 100"},
    {"id": "weekly-counts", "query": "listings_per_week_by_occupation", "kind": "line", "x": "week",
     "y": "listings", "series": "occupation", "caption": "New listings per ISO week and occupation (counts)"},
    {"id": "pay-hourly", "query": "pay_distribution", "kind": "range", "x": "occupation", "low": "q1",
     "high": "q3", "mid": "median", "params": {"pay_unit": "hour"},
     "caption": "Hourly pay (USD): interquartile range and median per occupation"},
    {"id": "pay-project", "query": "pay_distribution", "kind": "range", "x": "occupation", "low": "q1",
     "high": "q3", "mid": "median", "params": {"pay_unit": "project"},
     "caption": "Flat project fees (USD): interquartile range and median per occupation"},
    {"id": "micro-share", "query": "micro_share_by_source", "kind": "bar", "x": "source", "y": "micro_percent",
     "caption": "Share of short paid project work (is_micro = 1) per source, %"},
    {"id": "countries", "query": "country_shares", "kind": "bar", "x": "country", "y": "percent", "limit": 20,
     "none": "worldwide or unknown", "caption": "Share of listings per country, % (the 20 largest)"},
    {"id": "time-to-close", "query": "time_to_close", "kind": "bar", "x": "source", "y": "median_days",
     "caption": "Median days from first seen to closed, per source"},
]
# Page-wide filters passed to every chart's query that takes them (copies = 1: count every copy of a gig).
PAGE_FILTERS = ("source", "since", "copies")

_cache: dict[str, tuple[tuple, dict]] = {}
_lock = threading.Lock()


def _stamp(path: str | None) -> tuple | None:
    """What identifies one state of the database file: size and mtime of the file and of its WAL (a missing
    or empty WAL, as a reader's first connection leaves it, holds no change)."""
    if not path or not os.path.exists(path):
        return None
    stamp = []
    for name in (path, path + "-wal"):
        try:
            st = os.stat(name)
        except FileNotFoundError:
            stamp.append(None)
            continue
        stamp.append((st.st_size, st.st_mtime_ns) if st.st_size or name == path else None)
    return tuple(stamp)


def _excerpt(value, column: str):
    if value is None:
        return None
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, (int, float)):
        return value
    text = " ".join(str(value).split())
    limit = EXCERPT_CHARS if column in EXCERPT_COLUMNS else EXAMPLE_CHARS
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _informative(value) -> bool:
    return value is not None and value not in ("", "[]", "{}")


def profile(conn) -> dict:
    """Null rates (one aggregate query over all rows), empty-array rates and one example per listings column,
    and the other tables' columns and row counts. Runs on a plain sqlite3 connection."""
    started = time.perf_counter()
    present = [row[1] for row in conn.execute("PRAGMA table_info(listings)")]
    columns = [c for c in LISTING_COLUMNS if c in present] + [c for c in present if c not in LISTING_COLUMNS]
    parts = ["count(*)"] + [f"sum([{c}] IS NULL)" for c in columns] + [
        f"sum([{c}] = '[]')" for c in ARRAY_COLUMNS if c in present]
    values = conn.execute(f"SELECT {', '.join(parts)} FROM listings").fetchone()
    total = values[0]
    nulls = dict(zip(columns, values[1:1 + len(columns)]))
    empties = dict(zip([c for c in ARRAY_COLUMNS if c in present], values[1 + len(columns):]))
    scan_seconds = time.perf_counter() - started

    examples: dict[str, object] = {}
    cursor = conn.execute(f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM listings ORDER BY rowid DESC "
                          f"LIMIT {SAMPLE_ROWS}")
    for row in cursor:
        for column, value in zip(columns, row):
            if column not in examples and _informative(value):
                examples[column] = value
    for column in columns:  # rare columns: the first row that has one (null rate < 100%, so it exists)
        if column not in examples and total and (nulls[column] or 0) < total:
            found = None
            if (nulls[column] or 0) + (empties.get(column) or 0) < total:  # else every value is NULL or '[]'
                found = conn.execute(f"SELECT [{column}] FROM listings WHERE [{column}] IS NOT NULL "
                                     f"AND [{column}] NOT IN ('', '[]') LIMIT 1").fetchone()
            if found is None:
                found = conn.execute(f"SELECT [{column}] FROM listings WHERE [{column}] IS NOT NULL LIMIT 1").fetchone()
            examples[column] = found[0] if found else None

    listing_columns = []
    for column in columns:
        sql_type, meaning = LISTING_COLUMNS.get(column, ("", "(not in the schema's contract)"))
        entry = {
            "column": column, "type": sql_type.lower() + (" (JSON)" if column in JSON_COLUMNS else ""),
            "meaning": meaning,
            "null_rate": round(nulls[column] / total, 4) if total else None,
            "nulls": nulls[column] or 0,
            "example": _excerpt(examples.get(column), column),
        }
        if column in empties:
            entry["empty_rate"] = round((empties[column] or 0) / total, 4) if total else None
        listing_columns.append(entry)

    existing = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    tables = []
    for name in OTHER_TABLES:
        if name not in existing:
            continue
        notes = TABLE_NOTES.get(name, {})
        tables.append({
            "table": name,
            "rows": conn.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0],
            "columns": [{"column": row[1], "type": (row[2] or "").lower(), "primary_key": bool(row[5]),
                         "meaning": notes.get(row[1], "")}
                        for row in conn.execute(f"PRAGMA table_info([{name}])")],
        })
    migrations = []
    if "_sqlite_migrations" in existing:
        migrations = [row[0] for row in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'microgigs' ORDER BY applied_at, name")]
    return {
        "rows": total,
        "listings": listing_columns,
        "tables": tables,
        "views": sorted(name for name in existing if name == "canonical_listings"),
        "schema_version": migrations[-1] if migrations else None,
        "migrations": migrations,
        "computed_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "seconds": round(time.perf_counter() - started, 3),
        "_computed": time.monotonic(),
        "scan_seconds": round(scan_seconds, 3),
    }


def _too_soon(data: dict) -> bool:
    """A slow profile (a large catalog) is computed again at most every RECOMPUTE_SECONDS, however often a
    crawl writes; a fast one is always fresh."""
    return data["seconds"] > SLOW_SECONDS and time.monotonic() - data["_computed"] < RECOMPUTE_SECONDS


async def cached_profile(datasette) -> tuple[dict, bool]:
    """The profile of the live database and whether it came from the cache."""
    db = datasette.get_database(DATABASE)
    stamp = _stamp(db.path)
    key = db.path or DATABASE
    hit = _cache.get(key)
    if hit and stamp is not None and (hit[0] == stamp or _too_soon(hit[1])):
        return hit[1], True

    def compute(conn):
        with _lock:  # one scan at a time, even when several visitors arrive together
            again = _cache.get(key)
            if again and stamp is not None and (again[0] == stamp or _too_soon(again[1])):
                return again[1], True
            result = profile(conn)
            if stamp is not None:
                _cache[key] = (stamp, result)
            return result, False

    return await db.execute_fn(compute)


def method_note(data: dict, from_cache: bool) -> str:
    return (f"Null rates are exact: one aggregate query over all {data['rows']:,} rows of listings "
            f"({data['scan_seconds']:.2f} s, computed {data['computed_at']}), cached until the database file "
            f"changes (its size or mtime, or its WAL's; when the scan takes over {SLOW_SECONDS:g} s, at most every "
            f"{RECOMPUTE_SECONDS // 60} minutes){'; this answer came from the cache' if from_cache else ''}. "
            f"Examples come from the newest {SAMPLE_ROWS} rows, else the first row with a value; long values are "
            f"cut at {EXAMPLE_CHARS} characters, raw and description_* at {EXCERPT_CHARS}.")


async def dictionary(datasette, request):
    await datasette.ensure_permissions(request.actor, [("view-database", DATABASE), "view-instance"])
    data, from_cache = await cached_profile(datasette)
    body = {"database": DATABASE, **{k: v for k, v in data.items() if not k.startswith("_")},
            "method": method_note(data, from_cache), "cached": from_cache}
    for table in body["tables"]:
        table["description"] = datasette.metadata("description", database=DATABASE, table=table["table"]) or ""
    if request.url_vars.get("format") == "json":
        return Response.json(body, headers={"Access-Control-Allow-Origin": "*"})
    return Response.html(await datasette.render_template("dictionary.html", {"dictionary": body}, request=request))


def _query_url(datasette, query: str, params: dict, fmt: str | None = None) -> str:
    url = datasette.urls.database(DATABASE) + "/" + urllib.parse.quote(query) + (f".{fmt}" if fmt else "")
    params = {k: v for k, v in params.items() if v not in (None, "")}
    return url + ("?" + urllib.parse.urlencode(params) if params else "")


async def research(datasette, request):
    await datasette.ensure_permissions(request.actor, [("view-database", DATABASE), "view-instance"])
    queries = await datasette.get_canned_queries(DATABASE, request.actor)
    filters = {name: request.args.get(name, "").strip() for name in PAGE_FILTERS}
    charts = []
    for chart in CHARTS:
        query = queries.get(chart["query"])
        if not query:
            continue
        params = {k: v for k, v in filters.items() if v and re.search(rf":{k}\b", query["sql"])}
        params.update(chart.get("params", {}))
        charts.append({
            **chart,
            "title": query.get("title") or chart["query"],
            "description": query.get("description") or "",
            "page_url": _query_url(datasette, chart["query"], params),
            "csv_url": _query_url(datasette, chart["query"], params, "csv"),
            "json_url": _query_url(datasette, chart["query"], {**params, "_shape": "array"}, "json"),
        })
    db = datasette.get_database(DATABASE)
    sources = []
    if "sources" in await db.table_names():
        sources = [row[0] for row in (await db.execute(
            "select name from sources where coalesce(collected, 1) = 1 order by name")).rows]
    config = [{k: c[k] for k in ("id", "kind", "x", "y", "series", "low", "high", "mid", "limit", "none", "caption",
                                  "json_url") if k in c} for c in charts]
    return Response.html(await datasette.render_template("research.html", {
        "charts": charts, "filters": filters, "sources": sources,
        "charts_json": json.dumps(config).replace("<", "\\u003c"),
    }, request=request))


@hookimpl
def register_routes():
    return [
        (r"^/-/dictionary(\.(?P<format>json))?$", dictionary),
        (r"^/-/research$", research),
    ]
