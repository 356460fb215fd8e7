"""`microgigs import FILE.jsonl`: load listings in the schema's shape (what `parse` or `export` print).

Rows go through the same writer as a crawl: upserts in batched transactions, FTS kept in sync by its
triggers, history logged, unchanged rows skipped by their content hash. The rows' own first/last
seen and closed times are kept. Every line passes the gate a crawl's rows pass (db/row_check.py:
http(s) URLs, the nh3 allow-list, dates parsed); a line that is not a listing goes to `rejects` with its
reason and the line as received, and costs no other line.
"""
from __future__ import annotations

import json
import sqlite3
import sys
from dataclasses import dataclass, field
from pathlib import Path

from db.dedupe import refresh_groups
from db.row_check import checked_row
from db.writer import CatalogWriter, checkpoint, refresh_facet_counts, utc_now_iso
from normalize.context import InvalidListing

MAX_LINE = 32 * 1024 * 1024  # a listing with its raw record is far smaller; a longer line is not read whole
KEPT_LINE = 10_000  # characters of a rejected line kept in `rejects`


@dataclass
class ImportReport:
    lines: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    json_lines: int = 0  # lines that were JSON at all (0 for a CSV)
    first_problem: str | None = None
    reasons: dict = field(default_factory=dict)

    def line(self) -> str:
        return (f"imported {self.lines} lines: {self.inserted} new, {self.updated} updated, "
                f"{self.unchanged} unchanged, {self.rejected} rejected")

    @property
    def stored(self) -> int:
        return self.inserted + self.updated + self.unchanged


def read_lines(handle, limit: int | None = None):
    """(bytes of the line, its length); a line over `limit` (MAX_LINE) bytes is skipped to its end, given as None."""
    limit = limit or MAX_LINE
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line, len(line)
            continue
        size = len(line)
        while line and not line.endswith(b"\n"):
            line = handle.readline(1 << 20)
            size += len(line)
        yield None, size


def import_jsonl(path: str, db_path: str, *, batch_size: int = 5000, progress: bool = True) -> ImportReport:
    from tqdm import tqdm

    writer = CatalogWriter(db_path)
    report = ImportReport()
    stamp = utc_now_iso()
    crawl_id = f"import-{stamp}"
    batch: list[tuple[int, dict]] = []

    def reject(number: int, reason: str, detail: str, raw, source: str = "import") -> None:
        report.rejected += 1
        report.reasons[reason] = report.reasons.get(reason, 0) + 1
        report.first_problem = report.first_problem or f"line {number}: {detail}"
        writer.add_reject(source=source, crawl_id=crawl_id, reason=reason, detail=f"line {number}: {detail}", raw=raw)

    def store(rows: list[tuple[int, dict]]) -> None:
        counts = writer.upsert_listings([row for _, row in rows], crawl_id=crawl_id, seen_at=stamp,
                                        keep_lifecycle=True)
        report.inserted += counts["inserted"]
        report.updated += counts["updated"]
        report.unchanged += counts["unchanged"]

    def flush():
        try:
            store(batch)
        except sqlite3.OperationalError:
            raise  # the catalog itself (locked, disk full), not a row: stop with what is stored so far
        except Exception:  # noqa: BLE001 - the batch was rolled back: one unstorable row must not cost the rest
            for number, row in batch:
                try:
                    store([(number, row)])
                except sqlite3.OperationalError:
                    raise
                except Exception as exc:  # noqa: BLE001
                    reject(number, "store_error", f"{row['id']}: {type(exc).__name__}: {exc}", row["id"], row["source"])
        batch.clear()

    size = Path(path).stat().st_size
    with open(path, "rb") as handle, tqdm(total=size, unit="B", unit_scale=True, file=sys.stderr,
                                           disable=not progress, leave=False) as bar:
        for number, (raw_line, length) in enumerate(read_lines(handle), 1):
            bar.update(length)
            if raw_line is None:
                report.lines += 1
                reject(number, "too_long", f"a line of {length} bytes (at most {MAX_LINE})", None)
                continue
            if not raw_line.strip():
                continue
            report.lines += 1
            text = raw_line.decode("utf-8", "replace")
            try:
                value = json.loads(raw_line)
            except (ValueError, RecursionError) as exc:  # RecursionError: nested deeper than Python can read
                reject(number, "not_json", f"not JSON ({type(exc).__name__}: {str(exc)[:200]})", text[:KEPT_LINE])
                continue
            report.json_lines += 1
            try:
                row = checked_row(value, json_text=None)
            except InvalidListing as exc:
                source = value.get("source") if isinstance(value, dict) else None
                reject(number, exc.reason, exc.detail, text[:KEPT_LINE],
                       source if isinstance(source, str) and source.isprintable() and len(source) <= 64 else "import")
                continue
            batch.append((number, row))
            if len(batch) >= batch_size:
                flush()
    if batch:
        flush()
    refresh_facet_counts(writer.db)
    refresh_groups(db_path)  # copies of one gig among the new or changed listings
    checkpoint(writer.db)
    writer.db.conn.close()
    return report
