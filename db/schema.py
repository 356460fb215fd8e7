"""The SQLite schema of ../shared/SCHEMA.md, applied by idempotent migrations.

Column names and meanings are a public contract: add columns with a new
migration, never rename one. `LISTING_COLUMNS` is the single list the writer,
the data dictionary and the tests read.
"""
from __future__ import annotations

import sqlite_utils
from sqlite_migrate import Migrations

# name -> (SQLite type, meaning). Order is the table's column order.
LISTING_COLUMNS: dict[str, tuple[str, str]] = {
    "id": ("TEXT", '"{source}:{source_id}", stable across crawls'),
    "source": ("TEXT", "the spider's name: remotive, remoteok, greenhouse, reddit, jsonld, ..."),
    "source_id": ("TEXT", "the site's own id for the listing (string even when the site sends a number)"),
    "board": ("TEXT", "the company's board token on a multi-tenant platform (ATS slug, subreddit); else NULL"),
    "url": ("TEXT", "the listing's public page"),
    "apply_url": ("TEXT", "where to apply, when it differs"),
    "title": ("TEXT", "as shown, whitespace-collapsed, entities decoded"),
    "company": ("TEXT", "as shown, whitespace-collapsed, entities decoded"),
    "company_url": ("TEXT", "the company's home page, as shown"),
    "description_text": ("TEXT", "plain text for search and snippets"),
    "description_html": ("TEXT", "sanitized HTML (allow-list; no script, style, event handlers, javascript: links)"),
    "posted_at": ("TEXT", "ISO-8601 UTC, YYYY-MM-DDTHH:MM:SSZ"),
    "expires_at": ("TEXT", "the apply-by date, ISO-8601 UTC"),
    "due_at": ("TEXT", "when the work itself must be delivered, if stated, ISO-8601 UTC"),
    "employment_type": ("TEXT", "schema.org/Google value: FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER"),
    "engagement": ("TEXT", "project, gig, micro_internship, internship, part_time, contract, temporary, full_time"),
    "pay_min": ("REAL", "amount as stated, in pay_currency per pay_unit; a single figure fills both"),
    "pay_max": ("REAL", "amount as stated, in pay_currency per pay_unit; a single figure fills both"),
    "pay_currency": ("TEXT", "ISO 4217; a bare $ with no country, code or source default is USD, flagged currency_assumed; "
                             "NULL (flagged currency_unknown) when a shared sign (¥, 元, kr) or no sign cannot be resolved"),
    "pay_unit": ("TEXT", "project (flat fee), hour, day, week, month, year, piece (a rate per word, image, task...)"),
    "pay_raw": ("TEXT", "the pay text or structure as the source gave it"),
    "pay_min_usd": ("REAL", "pay_min converted to USD at the rate of fx_date"),
    "pay_max_usd": ("REAL", "pay_max converted to USD at the rate of fx_date"),
    "fx_date": ("TEXT", "date of the exchange rate used (the posting date or nearest earlier rate)"),
    "hourly_usd_min": ("REAL", "effective hourly pay in USD: hourly pay converted, or a flat fee divided by the stated effort"),
    "hourly_usd_max": ("REAL", "effective hourly pay in USD: hourly pay converted, or a flat fee divided by the stated effort"),
    "hours_min": ("REAL", "total effort the work takes, in hours, when stated or derivable"),
    "hours_max": ("REAL", "total effort the work takes, in hours, when stated or derivable"),
    "hours_per_week": ("REAL", "stated weekly load"),
    "duration_days": ("REAL", "stated length of the engagement"),
    "remote": ("TEXT", "remote, hybrid, onsite, or NULL"),
    "location_raw": ("TEXT", "the location as given"),
    "country": ("TEXT", "ISO 3166-1 alpha-2 of the work place or the required residence; NULL for worldwide or unknown"),
    "occupation": ("TEXT", "Online Labour Index class: software_dev_tech, creative_multimedia, writing_translation, clerical_data_entry, sales_marketing, professional_services"),
    "skills": ("TEXT", "JSON array of normalized skills"),
    "tags": ("TEXT", "JSON array of the source's own tags/categories as given"),
    "is_paid": ("INTEGER", "1 paid, 0 stated unpaid/volunteer/'for exposure', NULL unknown"),
    "is_micro": ("INTEGER", "1 when it is short paid project work, else 0"),
    "micro_reasons": ("TEXT", "JSON array: why is_micro was set"),
    "entry_level": ("INTEGER", "1 open to students/new graduates/no experience, 0 senior-only, NULL unknown"),
    "flags": ("TEXT", "JSON array of quality and safety flags: unpaid, pay_missing, pay_implausible, currency_assumed, currency_unknown, scam_signals, offsite_contact, duplicate_of:<id>, ..."),
    "language": ("TEXT", "ISO 639-1 of the description"),
    "first_seen_at": ("TEXT", "when a crawl first stored this listing, ISO-8601 UTC"),
    "last_seen_at": ("TEXT", "when a crawl last saw this listing, ISO-8601 UTC"),
    "closed_at": ("TEXT", "when the listing was seen to close, ISO-8601 UTC"),
    "raw": ("TEXT", "JSON: the source's record as received, so normalization can be re-run without re-crawling"),
    # added by m009, appended so that no table is rebuilt
    "pay_piece": ("TEXT", "for pay_unit 'piece': what one piece is (word, image, task, audio_minute, ...)"),
    "pieces": ("REAL", "for pay_unit 'piece': how many pieces the work needs, when stated (the total is pieces x the rate)"),
}
JSON_COLUMNS = ("skills", "tags", "micro_reasons", "flags", "raw")
LIFECYCLE_COLUMNS = ("first_seen_at", "last_seen_at", "closed_at")
FTS_COLUMNS = ["title", "company", "description_text", "skills"]
# Facets and filters the catalog uses.
INDEXED_COLUMNS = [
    ["source"], ["engagement"], ["remote"], ["occupation"], ["country"], ["pay_unit"],
    ["is_micro"], ["is_paid"], ["posted_at"], ["expires_at"], ["hourly_usd_min"],
    ["hours_max"], ["last_seen_at"], ["closed_at"], ["source", "board"],
]

SOURCE_COLUMNS = {
    "name": str, "kind": str, "home_url": str, "terms_url": str, "terms": str,
    "attribution": str, "rate_limit": str, "min_interval_hours": float,
    "default_currency": str, "is_marketplace": int, "collected": int,
    "not_collected_reason": str, "last_crawl_at": str, "last_success_at": str,
    "listings": int, "open_listings": int,
}
CRAWL_COLUMNS = {
    "id": str, "source": str, "started_at": str, "finished_at": str, "status": str,
    "requests": int, "items": int, "stored": int, "rejects": int, "errors": int,
    "error_text": str, "stats": str,
}
# Added by m002: `complete` = the run covered the whole source (no board filter, no error, not stopped
# early); only an `ok` complete run may close listings. `suspect_reason` says why a run closed nothing.
CRAWL_LIFECYCLE_COLUMNS = {
    "complete": int, "closed": int, "reopened": int, "out_of_scope": int, "not_modified": int,
    "suspect_reason": str,
}
# Conditional requests: the validators a URL last answered with, and the listings it held.
VALIDATOR_COLUMNS = {"url": str, "source": str, "etag": str, "last_modified": str, "listing_ids": str,
                     "checked_at": str}
ITEM_COLUMNS = {"id": str, "source": str, "fetched_at": str, "item": str}
REJECT_COLUMNS = {
    "id": int, "source": str, "crawl_id": str, "reason": str, "detail": str,
    "raw": str, "rejected_at": str,
}
CHANGE_COLUMNS = {
    "id": int, "listing_id": str, "crawl_id": str, "field": str, "old": str,
    "new": str, "changed_at": str,
}

migrations = Migrations("microgigs")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    db["listings"].create(
        {name: _py_type(sql) for name, (sql, _) in LISTING_COLUMNS.items()}, pk="id"
    )
    db["sources"].create(SOURCE_COLUMNS, pk="name")
    db["crawls"].create(CRAWL_COLUMNS, pk="id")
    db["rejects"].create(REJECT_COLUMNS, pk="id")
    db["listing_changes"].create(CHANGE_COLUMNS, pk="id")
    for columns in INDEXED_COLUMNS:
        db["listings"].create_index(columns, if_not_exists=True)
    db["crawls"].create_index(["source", "started_at"], if_not_exists=True)
    db["rejects"].create_index(["source", "crawl_id"], if_not_exists=True)
    db["listing_changes"].create_index(["listing_id"], if_not_exists=True)
    # FTS5 kept in sync by triggers, so every writer (crawl, import, renormalize) stays consistent.
    db["listings"].enable_fts(FTS_COLUMNS, fts_version="FTS5", create_triggers=True,
                              tokenize="porter unicode61 remove_diacritics 2")


@migrations()
def m002_lifecycle(db: sqlite_utils.Database) -> None:
    """Crawl completeness and lifecycle counts; per-URL validators for conditional requests."""
    for column, kind in CRAWL_LIFECYCLE_COLUMNS.items():
        if column not in db["crawls"].columns_dict:
            db["crawls"].add_column(column, kind)
    db["http_validators"].create(VALIDATOR_COLUMNS, pk="url", if_not_exists=True)
    db["listings"].create_index(["source", "closed_at", "last_seen_at"], if_not_exists=True)


@migrations()
def m003_listing_items(db: sqlite_utils.Database) -> None:
    """The raw item fields a spider extracted, beside the record (`raw`), so `renormalize` can re-run
    the normalizer exactly as a crawl did, with the fetch time as its `now`."""
    db["listing_items"].create(ITEM_COLUMNS, pk="id", if_not_exists=True)


@migrations()
def m004_listing_hashes(db: sqlite_utils.Database) -> None:
    """A digest of each listing's content, so a re-crawl skips rewriting unchanged listings."""
    db["listing_hashes"].create({"id": str, "content_hash": str}, pk="id", if_not_exists=True)


@migrations()
def m005_fts_update_only_on_text(db: sqlite_utils.Database) -> None:
    """Re-index a listing in FTS only when its indexed text changes: a re-crawl touching `last_seen_at`
    of unchanged listings no longer rewrites the index."""
    columns = ", ".join(f"[{c}]" for c in FTS_COLUMNS)
    db.execute("DROP TRIGGER IF EXISTS [listings_au]")
    db.execute(
        f"CREATE TRIGGER [listings_au] AFTER UPDATE OF {columns} ON [listings] BEGIN\n"
        f"  INSERT INTO [listings_fts] ([listings_fts], rowid, {columns}) VALUES('delete', old.rowid, "
        + ", ".join(f"old.[{c}]" for c in FTS_COLUMNS) + ");\n"
        f"  INSERT INTO [listings_fts] (rowid, {columns}) VALUES (new.rowid, " + ", ".join(f"new.[{c}]" for c in FTS_COLUMNS)
        + ");\nEND")


# FTS5's own rank, weighted: title 10, company 4, description 1, skills 3. `ORDER BY rank LIMIT n` then
# keeps only the best n matches while scanning, instead of sorting every match.
FTS_RANK = "bm25(10.0, 4.0, 1.0, 3.0)"


@migrations()
def m006_fts_weighted_rank(db: sqlite_utils.Database) -> None:
    db.execute(f"INSERT INTO listings_fts(listings_fts, rank) VALUES('rank', '{FTS_RANK}')")


# Facets whose open-listing counts `facet_counts` keeps (the catalog's unfiltered counts), in the column
# order of the partial covering index that rebuilds them in one pass.
FACET_COUNT_COLUMNS = ("source", "occupation", "country", "remote", "engagement", "pay_unit", "is_micro",
                       "entry_level")


@migrations()
def m007_facet_counts(db: sqlite_utils.Database) -> None:
    """Precomputed facet counts of open listings (facet, value, listings), rebuilt by the writer after a crawl,
    an import, a renormalize, an ingest and a dedupe (`db.writer.refresh_facet_counts`), so the catalog's home
    page need not count a million rows per request. A partial covering index over the open listings lets the
    rebuild read one small index in order (one streaming GROUP BY, no sort, no table rows)."""
    db.execute("CREATE TABLE IF NOT EXISTS facet_counts (facet TEXT NOT NULL, value TEXT, listings INTEGER NOT NULL)")
    db.execute("CREATE INDEX IF NOT EXISTS facet_counts_facet ON facet_counts (facet, listings DESC)")
    # closed_at (always NULL here) is in the index too, or SQLite reads each row to test the WHERE.
    db.execute(f"CREATE INDEX IF NOT EXISTS listings_open_facets ON listings ({', '.join(FACET_COUNT_COLUMNS)}, "
               "closed_at) WHERE closed_at IS NULL")
    from db.writer import refresh_facet_counts  # a catalog that already has listings gets its counts now

    refresh_facet_counts(db)


@migrations()
def m008_fts_deferrable(db: sqlite_utils.Database) -> None:
    """Let the writer maintain FTS for a whole batch in one statement: while `listings_fts_deferred` holds a
    row (only ever inside the writer's own transaction, so no other connection sees one), the insert and
    update triggers stand aside and the writer indexes the batch itself. Row by row through the triggers,
    FTS5 (SQLite 3.40) pays per-statement work (savepoints on the virtual table) for every listing: measured,
    a batch cost 2.7 times the SQL time of the same rows indexed with one INSERT ... SELECT. Every other
    writer (renormalize, a hand-made UPDATE) keeps the triggers."""
    columns = ", ".join(f"[{c}]" for c in FTS_COLUMNS)
    old_values = ", ".join(f"old.[{c}]" for c in FTS_COLUMNS)
    new_values = ", ".join(f"new.[{c}]" for c in FTS_COLUMNS)
    db.execute("CREATE TABLE IF NOT EXISTS listings_fts_deferred (writer TEXT)")
    when = "WHEN NOT EXISTS (SELECT 1 FROM listings_fts_deferred)"
    db.execute("DROP TRIGGER IF EXISTS [listings_ai]")
    db.execute(f"CREATE TRIGGER [listings_ai] AFTER INSERT ON [listings] {when} BEGIN\n"
               f"  INSERT INTO [listings_fts] (rowid, {columns}) VALUES (new.rowid, {new_values});\nEND")
    db.execute("DROP TRIGGER IF EXISTS [listings_au]")
    db.execute(f"CREATE TRIGGER [listings_au] AFTER UPDATE OF {columns} ON [listings] {when} BEGIN\n"
               f"  INSERT INTO [listings_fts] ([listings_fts], rowid, {columns}) VALUES('delete', old.rowid, {old_values});\n"
               f"  INSERT INTO [listings_fts] (rowid, {columns}) VALUES (new.rowid, {new_values});\nEND")


# What decides a listing's grouping (its shingles) or its rank in its group (db/dedupe.py): an update of any of
# these queues it for the next incremental dedupe.
DEDUPE_COLUMNS = ("title", "company", "description_text", "first_seen_at", "posted_at", "pay_min", "hours_max")


@migrations()
def m009_piece_rates(db: sqlite_utils.Database) -> None:
    """pay_unit 'piece' (a rate per word, image, task...) with what a piece is and how many the work needs.
    Rows stored before keep their values until `microgigs renormalize` reads them again from `raw` (the same
    release reads a bare $ as USD flagged currency_assumed, per-piece rates as 'piece', salaries as 'year')."""
    columns = db["listings"].columns_dict
    for name, sql_type in (("pay_piece", str), ("pieces", float)):
        if name not in columns:
            db["listings"].add_column(name, sql_type)


@migrations()
def m010_listing_groups(db: sqlite_utils.Database) -> None:
    """Cross-source duplicates (db/dedupe.py): `listing_groups` (every member of a group, its group's id and one
    canonical listing), the view `canonical_listings`, each listing's MinHash (`listing_signatures`), and
    `dedupe_pending`, filled by triggers on every write path (crawl, import, ingest, renormalize, by hand), so
    an incremental dedupe compares only new or changed listings. A re-queued listing gets a new `seq`."""
    db.execute("CREATE TABLE IF NOT EXISTS listing_groups (listing_id TEXT PRIMARY KEY, group_id TEXT NOT NULL, "
               "canonical INTEGER NOT NULL)")
    db.execute("CREATE INDEX IF NOT EXISTS listing_groups_group ON listing_groups (group_id)")
    db.execute("CREATE VIEW IF NOT EXISTS canonical_listings AS SELECT l.* FROM listings l LEFT JOIN listing_groups g "
               "ON g.listing_id = l.id WHERE g.listing_id IS NULL OR g.canonical = 1")
    db.execute("CREATE TABLE IF NOT EXISTS listing_signatures (listing_id TEXT PRIMARY KEY, source TEXT NOT NULL, "
               "signature BLOB NOT NULL, title_key INTEGER NOT NULL)")
    db.execute("CREATE TABLE IF NOT EXISTS dedupe_pending (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
               "listing_id TEXT NOT NULL UNIQUE)")
    db.execute("CREATE TABLE IF NOT EXISTS dedupe_state (key TEXT PRIMARY KEY, value TEXT)")
    queue = "INSERT OR REPLACE INTO dedupe_pending (listing_id) VALUES"
    changed = " OR ".join(f"old.[{c}] IS NOT new.[{c}]" for c in DEDUPE_COLUMNS)
    db.execute(f"CREATE TRIGGER IF NOT EXISTS listings_dedupe_ai AFTER INSERT ON listings BEGIN {queue} (new.id); END")
    db.execute(f"CREATE TRIGGER IF NOT EXISTS listings_dedupe_ad AFTER DELETE ON listings BEGIN {queue} (old.id); END")
    db.execute(f"CREATE TRIGGER IF NOT EXISTS listings_dedupe_au AFTER UPDATE OF {', '.join(DEDUPE_COLUMNS)} "
               f"ON listings WHEN {changed} BEGIN {queue} (new.id); END")



@migrations()
def m011_first_seen_index(db: sqlite_utils.Database) -> None:
    """Listings by when a crawl first stored them, with their source and board (a covering index): coverage over
    time (the research query coverage_per_week_by_source, per source and week) reads it instead of every row."""
    db.execute("CREATE INDEX IF NOT EXISTS idx_listings_first_seen ON listings (first_seen_at, source, board)")


# The home page's filters that an index can answer, each with posted_at: browsing by filters alone walks the
# newest listings of that value instead of every listing (db/search.py matched_sql). The paid one also holds the
# hours and hourly pay its filters test, so most rows are passed over without reading them.
FILTER_POSTED_INDEXES = {"remote": ["remote", "posted_at"], "occupation": ["occupation", "posted_at"],
                         "country": ["country", "posted_at"], "source": ["source", "posted_at"],
                         "is_micro": ["is_micro", "posted_at"], "entry_level": ["entry_level", "posted_at"],
                         "is_paid": ["is_paid", "posted_at", "hours_max", "hourly_usd_max"]}


@migrations()
def m012_filter_posted_indexes(db: sqlite_utils.Database) -> None:
    """Indexes of listings by each home-page filter and then posted_at (FILTER_POSTED_INDEXES): filters without
    words on 200,000 listings took 54-841 ms a page with every filter tested row by row, 30-47 ms with only the
    filters given tested and these indexes."""
    for column, columns in FILTER_POSTED_INDEXES.items():
        db.execute(f"CREATE INDEX IF NOT EXISTS idx_listings_{column}_posted_at ON listings ({', '.join(columns)})")


@migrations()
def m013_research_summaries(db: sqlite_utils.Database) -> None:
    """Each research query's result at its default parameters, stored (db/serve.py refresh_research_summaries)
    and rebuilt with the facet counts after every write: a researcher opening the research page on a large
    catalog reads a few rows instead of waiting seconds per chart. Any other parameter runs the live query."""
    from db.serve import refresh_research_summaries

    with db.conn:
        refresh_research_summaries(db.conn)


@migrations()
def m014_research_chart_summaries(db: sqlite_utils.Database) -> None:
    """The research page's charts' own parameters (db/serve.py STORED_PARAMS: the weekly index's panels, the
    hourly and project pay) stored as m013 stores the defaults."""
    from db.serve import refresh_research_summaries

    with db.conn:
        refresh_research_summaries(db.conn)


@migrations()
def m015_listing_search_keys(db: sqlite_utils.Database) -> None:
    """What every search reads of each of its up to 2,000 candidates (db/search.py: rowid, id, posted_at,
    closed_at) in a narrow table keyed by the listing's rowid, kept by triggers on every write path as the FTS
    index is. A listing row holds ~2 KB (two a page): looking the candidates up in `listings` read ~2,000 pages
    per search; this table holds ~90 listings a page. Its own SQL here, frozen: migrations call no live code."""
    db.execute("CREATE TABLE IF NOT EXISTS listing_search_keys (listing_rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, "
               "posted_at TEXT, closed_at TEXT)")
    keep = ("INSERT OR REPLACE INTO listing_search_keys (listing_rowid, id, posted_at, closed_at) "
            "VALUES (new.rowid, new.id, new.posted_at, new.closed_at)")
    db.execute("DROP TRIGGER IF EXISTS listings_search_keys_ai")
    db.execute(f"CREATE TRIGGER listings_search_keys_ai AFTER INSERT ON listings BEGIN {keep}; END")
    db.execute("DROP TRIGGER IF EXISTS listings_search_keys_au")
    db.execute("CREATE TRIGGER listings_search_keys_au AFTER UPDATE OF id, posted_at, closed_at ON listings "
               "WHEN old.rowid IS NOT new.rowid OR old.id IS NOT new.id OR old.posted_at IS NOT new.posted_at "
               "OR old.closed_at IS NOT new.closed_at BEGIN "
               f"DELETE FROM listing_search_keys WHERE listing_rowid = old.rowid; {keep}; END")
    db.execute("DROP TRIGGER IF EXISTS listings_search_keys_ad")
    db.execute("CREATE TRIGGER listings_search_keys_ad AFTER DELETE ON listings BEGIN "
               "DELETE FROM listing_search_keys WHERE listing_rowid = old.rowid; END")
    with db.conn:
        db.execute("DELETE FROM listing_search_keys")
        db.execute("INSERT INTO listing_search_keys (listing_rowid, id, posted_at, closed_at) "
                   "SELECT rowid, id, posted_at, closed_at FROM listings")


def _py_type(sql_type: str):
    return {"TEXT": str, "REAL": float, "INTEGER": int}[sql_type]


def open_db(path: str, *, create: bool = True) -> sqlite_utils.Database:
    """Open (and migrate) the catalog database in WAL mode."""
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA busy_timeout = 30000")
    db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    if create:
        migrations.apply(db)
    return db
