"""Normalizer throughput on one core, against a plain json.loads of the same records in the same run.

    .venv/bin/python bench/bench_normalize.py [--records N]

Records are the raw items the real spiders extract from every sample capture (scrapers/samples), repeated
to N; the normalize step is timed alone, exactly as the pipeline calls it. Target: >= 5,000 listings/s.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def sample_items() -> list[tuple[dict, object]]:
    from scrapers.pipelines.normalize import source_context
    from scrapers.runner import spider_classes
    from tests.spider_checks import rows_of  # noqa: F401 - imports the test helpers' spider set-up
    from tests.conftest import SAMPLES, make_spider, response_for
    from scrapers.items import ListingItem

    items = []
    for name, cls in spider_classes().items():
        manifest = SAMPLES / name / "manifest.json"
        if not manifest.exists():
            continue
        context = source_context(cls)
        spider = make_spider(cls)
        for url, filename in json.loads(manifest.read_text()).items():
            try:
                results = list(spider.parse(response_for(SAMPLES / name / filename, url)) or ())
            except Exception:  # noqa: BLE001 - a page only a browser renders
                continue
            for result in results:
                if isinstance(result, ListingItem) and not result.get("extract_error"):
                    items.append(({**dict(result), "source": name, "fetched_at": "2026-11-25T12:00:00Z"}, context))
    return items


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    args = parser.parse_args(argv)
    from normalize.listing import normalize_listing

    base = sample_items()
    work = [base[i % len(base)] for i in range(args.records)]
    now = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)
    for raw, context in base:  # warm caches (compiled patterns, FX table, language model) outside the timing
        normalize_listing(dict(raw), source=context, now=now)
    encoded = [json.dumps(raw, default=str) for raw, _ in work]

    start = time.process_time()
    for line in encoded:
        json.loads(line)
    baseline = time.process_time() - start

    start = time.process_time()
    for raw, context in work:
        normalize_listing(dict(raw), source=context, now=now)
    elapsed = time.process_time() - start

    rate, base_rate = len(work) / elapsed, len(work) / baseline
    print(f"records: {len(work)} ({len(base)} distinct raw items from {len({c.name for _, c in base})} sources' samples)")
    print(f"{'step':24} {'seconds':>9} {'records/s':>12} {'ratio':>8}")
    print(f"{'json.loads (baseline)':24} {baseline:9.3f} {base_rate:12,.0f} {1:8.2f}")
    print(f"{'normalize_listing':24} {elapsed:9.3f} {rate:12,.0f} {rate / base_rate:8.3f}")
    target = 5000
    print(f"target >= {target:,} listings/s on one core: {'PASS' if rate >= target else 'FAIL'} ({rate:,.0f})")
    return 0 if rate >= target else 1


if __name__ == "__main__":
    sys.exit(main())
