"""`microgigs renormalize`: re-run the normalizer over stored listings, no network.

Each listing's raw item fields (`listing_items`, what the spider extracted) and record (`raw`) go
through `normalize_listing` exactly as in a crawl, with the fetch time as `now`, so relative dates
resolve as they did. Only columns whose value the current rules compute differently are updated;
lifecycle columns are never touched, and changes of tracked fields are logged like a crawl's.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone

from db.row_check import checked_row
from db.dedupe import refresh_groups
from db.schema import LIFECYCLE_COLUMNS, LISTING_COLUMNS, open_db
from db.writer import TRACKED_FIELDS, checkpoint, refresh_facet_counts, to_db_value, utc_now_iso
from normalize.context import InvalidListing, SourceContext
from normalize.listing import normalize_listing

KEPT_COLUMNS = {"id", *LIFECYCLE_COLUMNS}


@dataclass
class RenormalizeReport:
    listings: int = 0
    changed: int = 0
    without_item: int = 0  # stored without raw item fields (imported, or crawled before they were kept)
    now_invalid: int = 0  # the current rules reject it: kept as stored, counted
    columns: Counter = field(default_factory=Counter)

    def lines(self) -> list[str]:
        out = [f"renormalized {self.listings} listings: {self.changed} changed, "
               f"{self.listings - self.changed - self.now_invalid} unchanged"]
        if self.now_invalid:
            out.append(f"{self.now_invalid} would now be rejected (kept as stored)")
        if self.without_item:
            out.append(f"{self.without_item} without raw item fields (imported or crawled long ago): only checked "
                       "and cleaned as a crawl's rows are; crawl them again to renormalize them")
        if self.columns:
            out.append("columns changed: " + ", ".join(f"{c} {n}" for c, n in self.columns.most_common()))
        return out


def source_contexts() -> dict[str, SourceContext]:
    from scrapers.pipelines.normalize import source_context
    from scrapers.runner import spider_classes

    return {name: source_context(cls) for name, cls in spider_classes().items()}


def fetched_moment(value: str | None) -> datetime:
    try:
        return datetime.strptime(value[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
    except (TypeError, ValueError):
        return datetime.now(timezone.utc)


def renormalized_row(stored: dict, item_json: str | None, contexts: dict[str, SourceContext]) -> dict | None:
    """The stored listing's raw item fields through the crawl's normalizer and gate (db/row_check.py);
    None when it has none. InvalidListing when the current rules reject it."""
    if item_json is None:
        return None
    try:
        item = json.loads(item_json)
        item["raw"] = json.loads(stored["raw"]) if stored["raw"] else None
    except (ValueError, TypeError, RecursionError) as exc:  # TypeError: an item that is not an object
        raise InvalidListing("invalid_item", f"{stored['id']}: stored item fields unreadable: {exc}") from None
    context = contexts.get(stored["source"]) or SourceContext(name=stored["source"])
    return checked_row(normalize_listing(item, source=context, now=fetched_moment(item.get("fetched_at"))))


def stored_row_checked(stored: dict) -> dict | None:
    """A stored row without item fields through the gate alone (None if it would be rejected now)."""
    try:
        return checked_row(stored, json_text=True)
    except InvalidListing:
        return None


def renormalize(db_path: str, *, source: str | None = None, batch_size: int = 1000,
                progress: bool = True) -> RenormalizeReport:
    db = open_db(db_path)
    contexts = source_contexts()
    report = RenormalizeReport()
    where, params = ("WHERE l.source = ?", [source]) if source else ("", [])
    ids = [r[0] for r in db.execute(f"SELECT l.id FROM listings l {where} ORDER BY l.id", params).fetchall()]
    columns = list(LISTING_COLUMNS)
    select = ", ".join(f"l.[{c}]" for c in columns)
    stamp = utc_now_iso()
    bar = _progress(len(ids), progress)
    for start in range(0, len(ids), batch_size):
        chunk = ids[start:start + batch_size]
        batch = db.execute(
            f"SELECT {select}, i.item FROM listings l LEFT JOIN listing_items i ON i.id = l.id "
            f"WHERE l.id IN ({', '.join('?' for _ in chunk)})", chunk).fetchall()
        updates, changes = [], []
        for values in batch:
            stored = dict(zip(columns, values))
            report.listings += 1
            try:
                row = renormalized_row(stored, values[-1], contexts)
            except InvalidListing:
                report.now_invalid += 1
                continue
            if row is None:
                report.without_item += 1
                row = stored_row_checked(stored)  # an imported row: at least cleaned as a crawl's would be
                if row is None:
                    report.now_invalid += 1
                    continue
            new = {c: to_db_value(c, row.get(c)) for c in columns if c not in KEPT_COLUMNS}
            differing = {c: v for c, v in new.items() if v != stored[c]}
            if not differing:
                continue
            report.changed += 1
            report.columns.update(differing.keys())  # count columns; update(mapping) would add values
            updates.append((stored["id"], differing))
            changes += [{"listing_id": stored["id"], "crawl_id": f"renormalize-{stamp}", "field": c,
                         "old": _text(stored[c]), "new": _text(v), "changed_at": stamp}
                        for c, v in differing.items() if c in TRACKED_FIELDS]
        with db.conn:
            for listing_id, differing in updates:
                assignments = ", ".join(f"[{c}] = ?" for c in differing)
                db.conn.execute(f"UPDATE listings SET {assignments} WHERE id = ?", [*differing.values(), listing_id])
            if changes:
                db["listing_changes"].insert_all(changes)
        bar.update(len(batch))
    bar.close()
    refresh_facet_counts(db)  # occupation, remote, country... may have been computed differently
    refresh_groups(db_path)  # a changed title, text or rank in a group
    checkpoint(db)
    db.conn.close()
    return report


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="listing", file=sys.stderr, disable=not enabled, leave=False)


def _text(value) -> str | None:
    return None if value is None else str(value)
