"""Normalizer throughput on one core, against a plain json.loads of the same records in the same run.

    .venv/bin/python bench/bench_normalize.py [--records N] [--rounds 3] [--against CHECKOUT] [--results FILE]

Records are the raw items the real spiders extract from every sample capture (scrapers/samples), repeated
to N; the normalize step is timed alone, exactly as the pipeline calls it, in a process of its own (with
--against, another checkout's normalize/ on the same records right after). Target: >= 5,000 listings/s.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
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


TIMED = """
import pickle, sys, time
from datetime import datetime, timezone
sys.path.insert(0, sys.argv[1])
import normalize.listing
from normalize.listing import normalize_listing
assert normalize.listing.__file__.startswith(sys.argv[1]), normalize.listing.__file__
base, records, rounds = pickle.load(open(sys.argv[2], "rb"))
now = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)
for raw, context in base:  # warm caches (compiled patterns, FX table, language model) outside the timing
    normalize_listing(dict(raw), source=context, now=now)
work = [base[i % len(base)] for i in range(records)]
times = []
for _ in range(rounds):
    start = time.process_time()
    for raw, context in work:
        normalize_listing(dict(raw), source=context, now=now)
    times.append(time.process_time() - start)
print(min(times))
"""


def timed_normalize(checkout: Path, items_file: Path) -> float:
    """Best CPU seconds of `checkout`'s normalize_listing over the records, in a process of its own."""
    done = subprocess.run([sys.executable, "-c", TIMED, str(checkout.resolve()), str(items_file)],
                          capture_output=True, text=True, cwd=tempfile.gettempdir(), timeout=3600)
    if done.returncode != 0:
        raise SystemExit(f"{checkout}: {done.stderr[-2000:]}")
    return float(done.stdout.split()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20_000)
    parser.add_argument("--against", type=Path, default=None,
                        help="another checkout (e.g. a git worktree of an earlier commit): its normalize/ timed on "
                             "the same records, in turns with this one's")
    parser.add_argument("--rounds", type=int, default=3, help="passes per process, the fastest counted (default 3)")
    parser.add_argument("--results", type=Path, default=None, help="put this row in a results file (bench/RESULTS.md)")
    args = parser.parse_args(argv)

    base = sample_items()
    encoded = [json.dumps(raw, default=str) for raw, _ in (base[i % len(base)] for i in range(args.records))]
    baselines = []
    for _ in range(args.rounds):
        start = time.process_time()
        for line in encoded:
            json.loads(line)
        baselines.append(time.process_time() - start)
    baseline = min(baselines)
    checkouts = [("normalize_listing", ROOT)] + ([("... of " + str(args.against), args.against)] if args.against else [])
    with tempfile.TemporaryDirectory() as scratch:
        items_file = Path(scratch) / "items.pickle"
        items_file.write_bytes(pickle.dumps((base, args.records, args.rounds)))
        elapsed = {name: timed_normalize(path, items_file) for name, path in checkouts}

    base_rate = args.records / baseline
    print(f"records: {args.records} ({len(base)} distinct raw items from {len({c.name for _, c in base})} sources' "
          f"samples); CPU seconds, fastest of {args.rounds} passes")
    print(f"{'step':40} {'seconds':>9} {'records/s':>12} {'vs json':>8} {'vs this':>8}")
    print(f"{'json.loads (baseline)':40} {baseline:9.3f} {base_rate:12,.0f} {1:8.3f}")
    this = elapsed["normalize_listing"]
    for name, seconds in elapsed.items():
        rate = args.records / seconds
        print(f"{name[:40]:40} {seconds:9.3f} {rate:12,.0f} {rate / base_rate:8.4f} {this / seconds:8.3f}")
    rate = args.records / this
    target = 5000
    print(f"target >= {target:,} listings/s on one core: {'PASS' if rate >= target else 'FAIL'} ({rate:,.0f})")
    if args.results:
        from bench import perf

        perf.PART["name"] = "normalize"
        other = [(name, seconds) for name, seconds in elapsed.items() if name != "normalize_listing"]
        perf.result("normalize_listing, one core (sample items)", rate, "listings/s", base_rate, "records/s (json.loads)",
                    rate / base_rate, f">= {target:,}/s", rate >= target,
                    note=f"CPU time, fastest of {args.rounds} passes over {args.records:,} records; "
                         + "".join(f"{name.replace('... of ', '')}: {args.records / seconds:,.0f}/s, this one "
                                   f"{seconds / this:.2f}x its speed; " for name, seconds in other)
                         + f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        perf.write_results(args.results, "full", ".venv/bin/python bench/bench_normalize.py " + " ".join(
            sys.argv[1:] if argv is None else argv), ["normalize"])
    return 0 if rate >= target else 1


if __name__ == "__main__":
    sys.exit(main())
