"""Source health from the `crawls` table: is each source alive, fresh, and extracting what it should?"""
from __future__ import annotations

import json
from datetime import datetime, timezone


def _moment(value: str | None) -> datetime | None:
    try:
        return datetime.strptime(value[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
    except (TypeError, ValueError):
        return None


def source_health(db, *, now: datetime | None = None) -> list[dict]:
    """One dict per crawled source: last success, staleness, last run's figures, failures in a row,
    and the share of listings missing or failing each tracked field (`field/<name>/missing|invalid`)."""
    now = now or datetime.now(timezone.utc)
    report = []
    sources = [r[0] for r in db.execute("SELECT DISTINCT source FROM crawls ORDER BY source").fetchall()]
    for source in sources:
        runs = db.execute(
            "SELECT status, started_at, items, rejects, stats, suspect_reason, error_text FROM crawls "
            "WHERE source = ? AND status != 'running' ORDER BY started_at DESC", [source]).fetchall()
        if not runs:
            continue
        failed_in_a_row = 0
        for status, *_ in runs:
            if status != "failed":
                break
            failed_in_a_row += 1
        last_status, last_started, items, rejects, stats_json, suspect_reason, error_text = runs[0]
        last_success = next((r[1] for r in runs if r[0] == "ok"), None)
        success_moment = _moment(last_success)
        stats = json.loads(stats_json) if stats_json else {}
        seen = (items or 0) + int(stats.get("scope/out", 0))
        fields = {}
        for key, count in stats.items():
            if key.startswith("field/") and seen:
                _, name, kind = key.split("/", 2)
                fields.setdefault(name, {})[kind] = round(count / seen, 3)
        open_count = db.execute("SELECT count(*) FROM listings WHERE source = ? AND closed_at IS NULL",
                                [source]).fetchone()[0]
        report.append({
            "source": source,
            "last_status": last_status,
            "last_crawl_at": last_started,
            "last_success_at": last_success,
            "hours_since_success": round((now - success_moment).total_seconds() / 3600, 1) if success_moment else None,
            "items": items or 0,
            "reject_rate": round((rejects or 0) / ((items or 0) + (rejects or 0)), 3) if (items or rejects) else 0.0,
            "open_listings": open_count,
            "failed_in_a_row": failed_in_a_row,
            "note": suspect_reason or (error_text or "").split("\n")[0][:160] or None,
            "fields": fields,
        })
    return report
