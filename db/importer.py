"""`microgigs import FILE.jsonl`: load listings in the schema's shape (what `parse` or `export` print).

Rows go through the same writer as a crawl: upserts in batched transactions, FTS kept in sync by its
triggers, history logged, unchanged rows skipped by their content hash. The rows' own first/last
seen and closed times are kept. A line that is not a listing goes to `rejects` with its reason.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from db.dedupe import refresh_groups
from db.schema import JSON_COLUMNS, LISTING_COLUMNS
from db.writer import CatalogWriter, checkpoint, refresh_facet_counts, utc_now_iso

REQUIRED = ("id", "source", "source_id", "url", "title")


@dataclass
class ImportReport:
    lines: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0

    def line(self) -> str:
        return (f"imported {self.lines} lines: {self.inserted} new, {self.updated} updated, "
                f"{self.unchanged} unchanged, {self.rejected} rejected")


def row_from_json(value) -> tuple[dict | None, str | None]:
    """(row, None) for a listing in the schema's shape, else (None, why not)."""
    if not isinstance(value, dict):
        return None, f"a {type(value).__name__}, not an object"
    missing = [c for c in REQUIRED if value.get(c) in (None, "")]
    if missing:
        return None, f"missing {', '.join(missing)}"
    if value["id"] != f"{value['source']}:{value['source_id']}":
        return None, f"id {value['id']!r} is not source:source_id"
    row = {c: value.get(c) for c in LISTING_COLUMNS}
    for column in JSON_COLUMNS:  # a CSV or Datasette export holds JSON columns as JSON text
        if isinstance(row[column], str):
            try:
                row[column] = json.loads(row[column])
            except ValueError:
                pass
    return row, None


def import_jsonl(path: str, db_path: str, *, batch_size: int = 5000, progress: bool = True) -> ImportReport:
    from tqdm import tqdm

    writer = CatalogWriter(db_path)
    report = ImportReport()
    stamp = utc_now_iso()
    crawl_id = f"import-{stamp}"
    batch: list[dict] = []

    def flush():
        counts = writer.upsert_listings(batch, crawl_id=crawl_id, seen_at=stamp, keep_lifecycle=True)
        report.inserted += counts["inserted"]
        report.updated += counts["updated"]
        report.unchanged += counts["unchanged"]
        batch.clear()

    size = Path(path).stat().st_size
    with open(path, "rb") as handle, tqdm(total=size, unit="B", unit_scale=True, file=sys.stderr,
                                           disable=not progress, leave=False) as bar:
        for number, raw_line in enumerate(handle, 1):
            bar.update(len(raw_line))
            if not raw_line.strip():
                continue
            report.lines += 1
            try:
                value = json.loads(raw_line)
            except ValueError as exc:
                value, why = raw_line.decode("utf-8", "replace")[:10_000], f"line {number}: not JSON ({exc})"
                row = None
            else:
                row, why = row_from_json(value)
            if row is None:
                report.rejected += 1
                source = value.get("source") if isinstance(value, dict) and isinstance(value.get("source"), str) else "import"
                writer.add_reject(source=source, crawl_id=crawl_id, reason="import_invalid",
                                  detail=why if why.startswith("line") else f"line {number}: {why}", raw=value)
                continue
            batch.append(row)
            if len(batch) >= batch_size:
                flush()
    if batch:
        flush()
    refresh_facet_counts(writer.db)
    refresh_groups(db_path)  # copies of one gig among the new or changed listings
    checkpoint(writer.db)
    writer.db.conn.close()
    return report
