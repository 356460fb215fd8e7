"""microgigs performance benchmarks: each figure beside a baseline measured in the same run.

    .venv/bin/python bench/perf.py [--scale quick|full] [--only NAME ...] [--results bench/RESULTS.md]

full: import and catalog on 1,000,000 listings, crawl and re-crawl on 100,000; quick: a tenth of that.
Prints a table (figure, baseline, ratio, target, verdict) and writes it to --results.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import batched, greenhouse_board, listings, percentile  # noqa: E402
from db.schema import JSON_COLUMNS, LISTING_COLUMNS, open_db  # noqa: E402

RESULTS: list[dict] = []


def result(name, value, unit, baseline=None, baseline_unit=None, ratio=None, target=None, ok=None, note=""):
    RESULTS.append({"name": name, "value": value, "unit": unit, "baseline": baseline, "baseline_unit": baseline_unit,
                    "ratio": ratio, "target": target, "ok": ok, "note": note})
    verdict = "" if ok is None else ("PASS" if ok else "FAIL")
    base = f"{baseline:,.1f} {baseline_unit}" if baseline is not None else "-"
    print(f"{name:44} {value:>12,.1f} {unit:10} {base:>22} {('%.3f' % ratio) if ratio is not None else '-':>7} "
          f"{target or '':>14} {verdict}", flush=True)


# ---------------------------------------------------------------- import and re-crawl

def write_jsonl(path: Path, count: int, seed: int = 1) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in listings(count, seed=seed):
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def plain_executemany(jsonl: Path, db_path: Path) -> float:
    """Baseline: the same listings table (migrations applied) without FTS; read, decode and executemany."""
    db = open_db(str(db_path))
    db.execute("DROP TRIGGER IF EXISTS listings_ai")
    db.execute("DROP TRIGGER IF EXISTS listings_ad")
    db.execute("DROP TRIGGER IF EXISTS listings_au")
    for table in [t for t in db.table_names() if t.startswith("listings_fts")]:
        db.execute(f"DROP TABLE IF EXISTS [{table}]")
    db.conn.commit()
    columns = list(LISTING_COLUMNS)
    sql = f"INSERT INTO listings ({', '.join(f'[{c}]' for c in columns)}) VALUES ({', '.join('?' for _ in columns)})"
    start = time.perf_counter()
    with jsonl.open(encoding="utf-8") as handle:
        for batch in batched(handle, 5000):
            rows = []
            for line in batch:
                value = json.loads(line)
                rows.append([json.dumps(value[c]) if c in JSON_COLUMNS and value[c] is not None else value[c] for c in columns])
            with db.conn:
                db.conn.executemany(sql, rows)
    elapsed = time.perf_counter() - start
    db.conn.close()
    return elapsed


def bench_import(count: int, work: Path) -> None:
    from db.importer import import_jsonl

    jsonl = work / "listings.jsonl"
    write_jsonl(jsonl, count)
    baseline = plain_executemany(jsonl, work / "plain.db")
    start = time.perf_counter()
    report = import_jsonl(str(jsonl), str(work / "import.db"), progress=False)
    elapsed = time.perf_counter() - start
    assert report.inserted == count, report.line()
    ratio = baseline / elapsed
    result(f"import {count:,} listings (FTS, history)", count / elapsed, "rows/s", count / baseline, "rows/s",
           ratio, ">= 0.333", ratio >= 1 / 3)


def bench_recrawl(count: int, work: Path) -> None:
    from db.writer import CatalogWriter

    rows = list(listings(count, seed=2))
    writer = CatalogWriter(str(work / "recrawl.db"))
    start = time.perf_counter()
    for batch in batched(rows, 500):
        writer.upsert_listings(batch, crawl_id="c1", seen_at="2026-11-24T00:00:00Z")
    first = time.perf_counter() - start
    for n, row in enumerate(rows):  # 5% changed between crawls
        if n % 20 == 0:
            row["title"] = row["title"] + " (updated)"
    start = time.perf_counter()
    for batch in batched(rows, 500):
        writer.upsert_listings(batch, crawl_id="c2", seen_at="2026-11-25T00:00:00Z")
    again = time.perf_counter() - start
    writer.close()
    ratio = again / first
    result(f"re-crawl {count:,} listings, 5% changed", again, "s", first, "s (first)", ratio, "<= 0.20", ratio <= 0.20)


# ---------------------------------------------------------------- crawl through the real spider

class BoardServer:
    """Serves generated Greenhouse boards at the replay paths, bodies built once in memory."""

    def __init__(self, boards: int, jobs: int):
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        from scrapers.middlewares import replay_path

        self.bodies = {replay_path(f"https://boards-api.greenhouse.io/v1/boards/bench{b}/jobs?content=true"):
                       greenhouse_board(f"bench{b}", jobs, seed=b + 1) for b in range(boards)}
        bodies = self.bodies

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802
                body = bodies.get(self.path)
                if body is None:
                    body, status = b"not found", 404
                else:
                    status = 200
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


CRAWL = """
import json, resource, sys, time
from scrapers.runner import project_settings, run_spiders
from scrapers.spiders.greenhouse import GreenhouseSpider

class NoOpSpider(GreenhouseSpider):
    name = "greenhouse"
    def parse(self, response, **kwargs):
        self.crawler.stats.inc_value("noop/jobs", len(self.load_json(response)["jobs"]))
        return []

mode, url, boards, db = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
overrides = dict(MICROGIGS_REPLAY_URL=url, DOWNLOAD_DELAY=0, AUTOTHROTTLE_ENABLED=False, RETRY_TIMES=0,
                 LOG_LEVEL="ERROR", ROBOTSTXT_OBEY=False, CONCURRENT_REQUESTS=16, CONCURRENT_REQUESTS_PER_DOMAIN=16,
                 MICROGIGS_KEEP_ALL=True, MICROGIGS_BATCH_SIZE=1000)
if mode == "noop":
    overrides.update(ITEM_PIPELINES={}, MICROGIGS_DB=None)
    spider = NoOpSpider
else:
    overrides.update(MICROGIGS_DB=db)
    spider = GreenhouseSpider
start = time.perf_counter()
runs = run_spiders([spider], project_settings(**overrides), {"greenhouse": {"boards": boards}})
elapsed = time.perf_counter() - start
rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"elapsed": elapsed, "items": runs[0].items, "stored": runs[0].stored, "rss_mb": rss_mb,
                  "status": runs[0].status}))
"""


def run_crawl(mode: str, server: BoardServer, boards: int, db: Path) -> dict:
    tokens = ",".join(f"bench{b}" for b in range(boards))
    done = subprocess.run([sys.executable, "-c", CRAWL, mode, server.url, tokens, str(db)], capture_output=True,
                          text=True, cwd=ROOT, timeout=3600)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_crawl(count: int, work: Path) -> None:
    jobs = 100
    boards = count // jobs
    server = BoardServer(boards, jobs)
    noop = run_crawl("noop", server, boards, work / "noop.db")
    full = run_crawl("full", server, boards, work / "crawl.db")
    assert full["stored"] == count, full
    noop_rate, full_rate = count / noop["elapsed"], count / full["elapsed"]
    ratio = full_rate / noop_rate
    result(f"crawl {count:,} listings (spider→normalize→SQLite)", full_rate, "items/s", noop_rate, "items/s (no-op)",
           ratio, ">= 0.50", ratio >= 0.5)
    # memory: peak RSS at a quarter, half and all of the crawl, each in its own process
    peaks = []
    for share in (4, 2, 1):
        run = run_crawl("full", server, boards // share, work / f"mem{share}.db")
        peaks.append(run["rss_mb"])
    growth = peaks[-1] / peaks[0]
    result(f"crawl peak RSS at {count // 4:,}/{count // 2:,}/{count:,}", peaks[-1], "MB", peaks[0],
           f"MB at {count // 4:,}", growth, "< 300 MB, flat", peaks[-1] < 300 and growth < 1.3,
           note=" / ".join(f"{p:.0f}" for p in peaks) + " MB")


# ---------------------------------------------------------------- the catalog under load

def bench_catalog(count: int, work: Path, seconds: int) -> None:
    from db.importer import import_jsonl

    db_path = work / "catalog.db"
    jsonl = work / "catalog.jsonl"
    write_jsonl(jsonl, count, seed=3)
    import_jsonl(str(jsonl), str(db_path), progress=False)
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "scrapers.cli", "serve", "--db", str(db_path), "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=5).read()
                break
            except OSError:
                time.sleep(0.3)
        queries = {
            "ranked search": "/microgigs/search.json?_shape=array&q={word}",
            "filtered search + facets": "/microgigs/listings.json?_search={word}&is_micro=1&remote=remote"
                                        "&_facet=occupation&_facet=pay_unit&_facet=country&_size=20",
            "home page": "/",
        }
        words = ["design", "python", "video", "translate", "research", "seo", "excel", "logo", "audio", "marketing"]
        for name, template in queries.items():
            timings, errors = [], 0
            stop = time.monotonic() + seconds

            def client(number: int):
                nonlocal errors
                n = number
                while time.monotonic() < stop:
                    url = base + template.format(word=urllib.parse.quote(words[n % len(words)]))
                    n += 1
                    start = time.perf_counter()
                    try:
                        with urllib.request.urlopen(url, timeout=30) as response:
                            body = response.read()
                            if response.status != 200 or b"interrupted" in body[:2000].lower():
                                errors += 1
                    except Exception:  # noqa: BLE001 - counted
                        errors += 1
                    timings.append(time.perf_counter() - start)

            with ThreadPoolExecutor(8) as pool:
                list(pool.map(client, range(8)))
            p95 = percentile(timings, 0.95) * 1000
            target = 50 if name == "ranked search" else 300
            result(f"{name} on {count:,} (8 clients, {seconds}s)", p95, "ms p95", percentile(timings, 0.5) * 1000,
                   "ms p50", None, f"<= {target} ms, 0 err", p95 <= target and errors == 0,
                   note=f"{len(timings)} requests, {errors} errors")
    finally:
        server.terminate()
        server.wait(30)


# ---------------------------------------------------------------- cross-source duplicates

def bench_dedupe(count: int, work: Path) -> None:
    from db.dedupe import group_duplicates

    db_path = work / "dedupe.db"
    rows = list(listings(count, seed=4, duplicate_share=0.1))
    from db.writer import CatalogWriter

    writer = CatalogWriter(str(db_path))
    for batch in batched(rows, 5000):
        writer.upsert_listings(batch, crawl_id="d", seen_at="2026-11-25T00:00:00Z")
    writer.close()
    start = time.perf_counter()
    report = group_duplicates(str(db_path))
    elapsed = time.perf_counter() - start
    truth = {(r["id"], r["raw"]["duplicate_of"]) for r in rows if r["raw"].get("duplicate_of")}
    db = sqlite3.connect(db_path)
    groups: dict[str, list[str]] = {}
    for listing_id, group_id in db.execute("SELECT listing_id, group_id FROM listing_groups"):
        groups.setdefault(group_id, []).append(listing_id)
    found = set()
    for members in groups.values():
        for a in members:
            for b in members:
                if a != b:
                    found.add((a, b))
    true_pairs = truth | {(b, a) for a, b in truth}
    # pairs of planted duplicates of the same original are also true duplicates of each other
    originals: dict[str, set[str]] = {}
    for dup, original in truth:
        originals.setdefault(original, {original}).add(dup)
    for members in originals.values():
        true_pairs |= {(a, b) for a in members for b in members if a != b}
    precision = len(found & true_pairs) / len(found) if found else 1.0
    recall = len(found & true_pairs) / len(true_pairs) if true_pairs else 1.0
    target = 120 * count / 1_000_000
    result(f"dedupe {count:,} listings (MinHash LSH)", elapsed, "s", target, "s (target, scaled)", elapsed / target,
           "<= 1.0", elapsed <= target, note=f"groups {report['groups']}")
    result("dedupe precision / recall", precision * 100, "% prec", recall * 100, "% recall", None, ">= 95 / 95",
           precision >= 0.95 and recall >= 0.95)


def write_results(path: Path, scale: str) -> None:
    lines = [f"# microgigs benchmark results ({scale} scale)", "",
             f"`.venv/bin/python bench/perf.py --scale {scale}` on this machine ({os.cpu_count()} cores), "
             f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. Every figure beside a baseline measured in the same run.", "",
             "| benchmark | figure | baseline | ratio | target | verdict | note |", "|---|---|---|---|---|---|---|"]
    for r in RESULTS:
        base = f"{r['baseline']:,.1f} {r['baseline_unit']}" if r["baseline"] is not None else "-"
        ratio = f"{r['ratio']:.3f}" if r["ratio"] is not None else "-"
        verdict = "-" if r["ok"] is None else ("PASS" if r["ok"] else "**FAIL**")
        lines.append(f"| {r['name']} | {r['value']:,.1f} {r['unit']} | {base} | {ratio} | {r['target'] or ''} | {verdict} | {r['note']} |")
    path.write_text("\n".join(lines) + "\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=["quick", "full"], default="quick")
    parser.add_argument("--only", nargs="*", default=None, help="import recrawl crawl catalog dedupe")
    parser.add_argument("--results", type=Path, default=None)
    parser.add_argument("--seconds", type=int, default=None, help="load duration per catalog query (default 30 full, 10 quick)")
    args = parser.parse_args(argv)
    big, small = (1_000_000, 100_000) if args.scale == "full" else (100_000, 10_000)
    seconds = args.seconds or (30 if args.scale == "full" else 10)
    print(f"{'benchmark':44} {'figure':>12} {'':10} {'baseline':>22} {'ratio':>7} {'target':>14}")
    with tempfile.TemporaryDirectory(prefix="microgigs-bench-") as tmp:
        work = Path(tmp)
        steps = {"import": lambda: bench_import(big, work), "recrawl": lambda: bench_recrawl(small, work),
                 "crawl": lambda: bench_crawl(small, work), "catalog": lambda: bench_catalog(big, work, seconds),
                 "dedupe": lambda: bench_dedupe(big, work)}
        for name, step in steps.items():
            if args.only and name not in args.only:
                continue
            try:
                step()
            except Exception as exc:  # noqa: BLE001 - one benchmark's failure is a row, not the end
                result(f"{name}: error", 0, "", note=f"{type(exc).__name__}: {str(exc)[:200]}", ok=False)
    if args.results:
        write_results(args.results, args.scale)
    return 0


if __name__ == "__main__":
    sys.exit(main())
