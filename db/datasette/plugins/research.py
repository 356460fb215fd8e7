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
from pathlib import Path

import yaml

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
     "series": "occupation", "weekly": True, "params": {"panel": "all"},
     "caption": "New listings per ISO week and occupation, all sources (base week = 100)"},
    {"id": "weekly-index-panel", "query": "listings_per_week_by_occupation", "kind": "line", "x": "week",
     "y": "index", "series": "occupation", "weekly": True, "params": {"panel": "fixed"},
     "caption": "The same index over a fixed panel: only the sources crawled over the whole period (base week = 100)",
     "empty": "No source was crawled over the whole period (a crawl before its first week ended and one in its "
              "last week), so the fixed panel is empty: set since to a date after crawling began (see the coverage "
              "page)."},
    {"id": "weekly-counts", "query": "listings_per_week_by_occupation", "kind": "line", "x": "week",
     "y": "listings", "series": "occupation", "weekly": True, "params": {"panel": "all"},
     "caption": "New listings per ISO week and occupation (counts), all sources"},
    {"id": "coverage-weekly", "query": "coverage_per_week_by_source", "kind": "line", "x": "week",
     "y": "new_listings", "series": "source",
     "caption": "Coverage over time: listings first seen per ISO week, per source"},
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
DEFAULT_MIN_BASE = 10  # as research_queries.yml's listings_per_week_by_occupation
# Page-wide filters passed to every chart's query that takes them (copies = 1: count every copy of a gig).
PAGE_FILTERS = ("since", "until", "source", "micro", "occupation", "by", "base", "min_base", "measure", "remote",
                "open_only", "copies")
OCCUPATIONS = ("software_dev_tech", "creative_multimedia", "writing_translation", "clerical_data_entry",
               "sales_marketing", "professional_services")
ISO_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?Z?)?$")
ISO_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def _moment(value: str) -> str | None:
    """A problem with an ISO date or time (YYYY-MM-DD, or YYYY-MM-DDTHH:MM[:SS][Z]), else None."""
    try:
        if ISO_MOMENT.match(value):
            datetime.fromisoformat(value.removesuffix("Z"))
            return None
    except ValueError:
        pass
    return "must be an ISO date such as 2026-11-02 (or a UTC time such as 2026-11-02T09:00:00Z)"


def _week(value: str) -> str | None:
    match = ISO_WEEK.match(value)
    if match:
        year, week = int(match.group(1)), int(match.group(2))
        try:
            datetime.fromisocalendar(year, week, 1)
            return None
        except ValueError:
            return f"is not a week of {year} (ISO weeks run from W01 to W52 or W53)"
    return "must be an ISO week such as 2026-W47"


def _choice(*allowed: str):
    return lambda value: None if value in allowed else "must be one of " + ", ".join(allowed)


def _count(value: str) -> str | None:
    return None if value.isdigit() and 1 <= int(value) <= 1_000_000 else "must be a whole number from 1 to 1,000,000"


# What each parameter of the research queries takes; an empty value is always allowed (the default). A value
# outside these is answered with a message (HTTP 400), never with an empty or silently unfiltered table.
PARAMETERS = {
    "since": _moment, "until": _moment, "base": _week, "min_base": _count,
    "panel": _choice("all", "fixed"), "micro": _choice("0", "1"), "copies": _choice("0", "1"),
    "open_only": _choice("0", "1"), "by": _choice("posted", "first_seen"), "measure": _choice("stated", "hourly"),
    "occupation": _choice(*OCCUPATIONS, "unclassified", "all"), "remote": _choice("remote", "hybrid", "onsite"),
    "pay_unit": _choice("project", "hour", "day", "week", "month", "year", "piece"),
}

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


async def cached_profile(datasette, build=None, name: str = "profile") -> tuple[dict, bool]:
    """A summary of the live database (by default the dictionary's profile) and whether it came from the cache."""
    build = build or profile
    db = datasette.get_database(DATABASE)
    stamp = _stamp(db.path)
    key = f"{name}:{db.path or DATABASE}"
    hit = _cache.get(key)
    if hit and stamp is not None and (hit[0] == stamp or _too_soon(hit[1])):
        return hit[1], True

    def compute(conn):
        with _lock:  # one scan at a time, even when several visitors arrive together
            again = _cache.get(key)
            if again and stamp is not None and (again[0] == stamp or _too_soon(again[1])):
                return again[1], True
            started = time.perf_counter()
            result = build(conn)
            result.setdefault("seconds", round(time.perf_counter() - started, 3))
            result.setdefault("_computed", time.monotonic())
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


async def source_names(datasette) -> list[str]:
    db = datasette.get_database(DATABASE)
    if "sources" not in await db.table_names():
        return []
    return [row[0] for row in (await db.execute(
        "select name from sources where coalesce(collected, 1) = 1 order by name")).rows]


def known_sources(conn) -> dict:
    """The sources with listings or crawls (read again only when the database changes: a check per request costs
    no query)."""
    return {"names": {row[0] for row in conn.execute(
        "SELECT DISTINCT source FROM listings UNION SELECT DISTINCT source FROM crawls")}}


async def parameter_problems(datasette, params: dict) -> list[str]:
    """Why each given research parameter cannot be answered (empty when every one can)."""
    problems = []
    for name, value in params.items():
        check = PARAMETERS.get(name)
        problem = check(value) if check and value != "" else None
        if problem:
            problems.append(f"{name} {json.dumps(value[:60], ensure_ascii=False)} {problem}.")
    if params.get("source"):
        known, _ = await cached_profile(datasette, known_sources, "sources")
        if params["source"] not in known["names"]:
            names = await source_names(datasette)
            problems.append(f"source {json.dumps(params['source'][:60], ensure_ascii=False)} has no listings or crawls "
                            f"in this catalog; its sources are {', '.join(names) or 'none yet'}.")
    since, until = params.get("since", ""), params.get("until", "")
    if since and until and not _moment(since) and not _moment(until) and until <= since:
        problems.append(f"until {until} must come after since {since} (until is exclusive).")
    return problems


async def research(datasette, request):
    await datasette.ensure_permissions(request.actor, [("view-database", DATABASE), "view-instance"])
    queries = await datasette.get_canned_queries(DATABASE, request.actor)
    filters = {name: request.args.get(name, "").strip() for name in PAGE_FILTERS}
    problems = await parameter_problems(datasette, {k: v for k, v in filters.items() if v})
    charts = []
    for chart in CHARTS if not problems else []:
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
            "min_base": int(filters["min_base"] or DEFAULT_MIN_BASE),
            "base": filters["base"],
        })
    config = [{k: c[k] for k in ("id", "kind", "x", "y", "series", "low", "high", "mid", "limit", "none", "caption",
                                  "json_url", "weekly", "empty", "min_base", "base") if k in c} for c in charts]
    return Response.html(await datasette.render_template("research.html", {
        "charts": charts, "filters": filters, "sources": await source_names(datasette), "problems": problems,
        "occupation_series": OCCUPATIONS + ("unclassified", "all"), "default_min_base": DEFAULT_MIN_BASE,
        "charts_json": json.dumps(config).replace("<", "\\u003c"),
    }, request=request), status=400 if problems else 200)


def coverage_summary(conn) -> dict:
    from db.export import coverage

    return coverage(conn)


async def coverage_page(datasette, request):
    await datasette.ensure_permissions(request.actor, [("view-database", DATABASE), "view-instance"])
    data, from_cache = await cached_profile(datasette, coverage_summary, "coverage")
    body = {"database": DATABASE, **{k: v for k, v in data.items() if not k.startswith("_")}, "cached": from_cache,
            "per_week_query": _query_url(datasette, "coverage_per_week_by_source", {})}
    if request.url_vars.get("format") == "json":
        return Response.json(body, headers={"Access-Control-Allow-Origin": "*"})
    return Response.html(await datasette.render_template("coverage.html", {"coverage": body}, request=request))


# --- every research query's parameters checked before it runs; CSV answered as text/csv ---

RESEARCH_QUERIES = frozenset(yaml.safe_load((Path(__file__).resolve().parent.parent / "research_queries.yml")
                                            .read_text(encoding="utf-8")) or {})
QUERY_PATH = re.compile(rf"^/{DATABASE}/(?P<name>[A-Za-z0-9_]+)(?:\.(?:json|csv))?$")
CSV_TYPE = b"text/csv; charset=utf-8; header=present"


def csv_typed(send):
    """Datasette serves CSV as text/plain (unless ?_dl=1): researchers' tools and browsers expect text/csv."""
    async def send_typed(message):
        if message["type"] == "http.response.start":
            headers = [(name, CSV_TYPE if name.lower() == b"content-type" and value.startswith(b"text/plain") else value)
                       for name, value in message.get("headers") or []]
            message = {**message, "headers": headers}
        await send(message)

    return send_typed


@hookimpl
def asgi_wrapper(datasette):
    from db.datasette.plugins.guard import refuse

    def wrap(app):
        async def checked(scope, receive, send):
            if scope["type"] == "http":
                path = scope.get("path", "")
                query = QUERY_PATH.match(path)
                if query and query.group("name") in RESEARCH_QUERIES:
                    query_string = scope.get("query_string", b"").decode("latin-1")
                    # each parameter's first value: the one Datasette gives the query
                    args = {k: v[0] for k, v in urllib.parse.parse_qs(query_string, keep_blank_values=True).items()}
                    problems = await parameter_problems(datasette, {k: v.strip() for k, v in args.items()
                                                                    if k in PARAMETERS or k == "source"})
                    if problems:
                        return await refuse(scope, send, 400, " ".join(problems))
                if path.endswith(".csv"):
                    send = csv_typed(send)
            return await app(scope, receive, send)

        return checked

    return wrap


@hookimpl
def register_routes():
    return [
        (r"^/-/dictionary(\.(?P<format>json))?$", dictionary),
        (r"^/-/research$", research),
        (r"^/-/coverage(\.(?P<format>json))?$", coverage_page),
    ]
