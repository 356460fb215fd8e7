"""microgigs performance benchmarks: each figure beside a baseline measured in the same run.

    .venv/bin/python bench/perf.py [--scale quick|full] [--only NAME ...] [--results bench/RESULTS.md]
                                   [--work DIR] [--seconds N]

full: import, catalog and dedupe on 1,000,000 listings, crawl and re-crawl on 100,000; quick: a tenth of that.
Prints a table (figure, baseline, ratio, target, verdict) and writes it to --results. With --only, the rows
of the parts run replace those parts' rows in an existing --results file (each row says when it was
measured); the hand-written "What misses and why" section of that file is kept.

Speeds in one process (import, re-crawl, crawl) are CPU time of that process (time.process_time, or
getrusage of the crawling process): the machines these run on are shared, and CPU time is what another
engineer's job cannot inflate. Wall-clock figures are in each row's note. Latencies (catalog) and the dedupe
budget are wall-clock, under the load each names.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import batched, greenhouse_board, listings, percentile  # noqa: E402
from db.schema import JSON_COLUMNS, LISTING_COLUMNS, open_db  # noqa: E402

RESULTS: list[dict] = []
PART = {"name": None}  # the part (import, recrawl, crawl, catalog, dedupe) being measured


def result(name, value, unit, baseline=None, baseline_unit=None, ratio=None, target=None, ok=None, note=""):
    RESULTS.append({"part": PART["name"], "name": name, "value": value, "unit": unit, "baseline": baseline,
                    "baseline_unit": baseline_unit, "ratio": ratio, "target": target, "ok": ok, "note": note,
                    "at": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())})
    verdict = "" if ok is None else ("PASS" if ok else "FAIL")
    base = f"{baseline:,.1f} {baseline_unit}" if baseline is not None else "-"
    print(f"{name:52} {value:>12,.1f} {unit:10} {base:>26} {('%.3f' % ratio) if ratio is not None else '-':>7} "
          f"{target or '':>18} {verdict}", flush=True)
    if note:
        print(f"{'':52}   {note}", flush=True)


class Clock:
    """Wall-clock and CPU time of this process, over a `with` block."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def fresh(*paths: Path) -> None:
    for path in paths:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


# ---------------------------------------------------------------- import and re-crawl

def write_jsonl(path: Path, count: int, seed: int = 1) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in listings(count, seed=seed):
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def plain_executemany(jsonl: Path, db_path: Path) -> Clock:
    """Baseline: the same listings table (migrations applied) without FTS; read, decode and executemany."""
    fresh(db_path)
    db = open_db(str(db_path))
    db.execute("DROP TRIGGER IF EXISTS listings_ai")
    db.execute("DROP TRIGGER IF EXISTS listings_ad")
    db.execute("DROP TRIGGER IF EXISTS listings_au")
    for table in [t for t in db.table_names() if t.startswith("listings_fts")]:
        db.execute(f"DROP TABLE IF EXISTS [{table}]")
    db.conn.commit()
    columns = list(LISTING_COLUMNS)
    sql = f"INSERT INTO listings ({', '.join(f'[{c}]' for c in columns)}) VALUES ({', '.join('?' for _ in columns)})"
    with Clock() as clock, jsonl.open(encoding="utf-8") as handle:
        for batch in batched(handle, 5000):
            rows = []
            for line in batch:
                value = json.loads(line)
                rows.append([json.dumps(value[c]) if c in JSON_COLUMNS and value[c] is not None else value[c] for c in columns])
            with db.conn:
                db.conn.executemany(sql, rows)
    db.conn.close()
    return clock


def bench_import(count: int, work: Path) -> None:
    from db.importer import import_jsonl

    jsonl = work / "listings.jsonl"
    write_jsonl(jsonl, count)
    baseline = plain_executemany(jsonl, work / "plain.db")
    fresh(work / "import.db")
    with Clock() as clock:
        report = import_jsonl(str(jsonl), str(work / "import.db"), progress=False)
    assert report.inserted == count, report.line()
    ratio = baseline.cpu / clock.cpu
    result(f"import {count:,} listings (FTS, history)", count / clock.cpu, "rows/s", count / baseline.cpu,
           "rows/s (plain)", ratio, ">= 0.333", ratio >= 1 / 3,
           note=f"CPU time; wall {count / clock.wall:,.0f} vs {count / baseline.wall:,.0f} rows/s plain executemany "
                f"without FTS (ratio {baseline.wall / clock.wall:.3f})")
    jsonl.unlink()
    fresh(work / "plain.db")


def bench_recrawl(count: int, work: Path) -> None:
    from db.writer import CatalogWriter

    rows = list(listings(count, seed=2))
    fresh(work / "recrawl.db")
    writer = CatalogWriter(str(work / "recrawl.db"))
    with Clock() as first:
        for batch in batched(rows, 500):
            writer.upsert_listings(batch, crawl_id="c1", seen_at="2026-11-24T00:00:00Z")
    for n, row in enumerate(rows):  # 5% changed between crawls
        if n % 20 == 0:
            row["title"] = row["title"] + " (updated)"
    with Clock() as again:
        for batch in batched(rows, 500):
            counts = writer.upsert_listings(batch, crawl_id="c2", seen_at="2026-11-25T00:00:00Z")
    stored = writer.db.execute("select count(*), sum(last_seen_at = '2026-11-25T00:00:00Z') from listings").fetchone()
    writer.close()
    assert stored == (count, count), stored
    ratio = again.cpu / first.cpu
    result(f"re-crawl {count:,} listings, 5% changed", again.cpu, "s", first.cpu, "s (first load)", ratio,
           "<= 0.20", ratio <= 0.20,
           note=f"CPU time; wall {again.wall:.1f} s vs {first.wall:.1f} s (ratio {again.wall / first.wall:.3f}); "
                f"first load {count / first.cpu:,.0f} rows/s in batches of 500")


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
from scrapy import signals
from scrapers.runner import project_settings, run_spiders
from scrapers.settings import EXTENSIONS
from scrapers.spiders.greenhouse import GreenhouseSpider

def rss_mb(field):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024

def cpu_now():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime

class RssProbe:
    # peak RSS (VmHWM) when a quarter, a half and all of the listings have gone through the pipeline (read
    # every 20 ms from the stats, not in a receiver of every item: the probe must not weigh on the item path);
    # the CPU spent before the spider opened (interpreter, imports, Scrapy's set-up)
    marks = {}
    def __init__(self, crawler, total):
        self.crawler, self.total = crawler, total
        crawler.signals.connect(self.opened, signal=signals.spider_opened)
        crawler.signals.connect(self.closed, signal=signals.spider_closed)
    def opened(self, spider):
        from twisted.internet.task import LoopingCall
        RssProbe.marks["startup"] = cpu_now()
        self.loop = LoopingCall(self.look)
        self.loop.start(0.02)
    def look(self):
        count = self.crawler.stats.get_value("item_scraped_count", 0)
        for share in (4, 2):
            if share not in RssProbe.marks and count >= self.total // share:
                RssProbe.marks[share] = rss_mb("VmHWM")
    def closed(self, spider):
        self.look()
        if self.loop.running:
            self.loop.stop()
    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getint("BENCH_TOTAL"))

class NoOpSpider(GreenhouseSpider):
    name = "greenhouse"
    def parse(self, response, **kwargs):
        self.crawler.stats.inc_value("noop/jobs", len(self.load_json(response)["jobs"]))
        return []

spent = {"normalize": 0.0, "gate": 0.0, "store": 0.0, "parse": 0.0, "grouping": 0.0, "facets": 0.0}
def timed(function, key):
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[key] += time.process_time() - start
    return wrapper

def timed_steps(function, key):
    # a generator's own work is done in each next(): time those, not what Scrapy does between them
    # (a plain function returning the generator: Scrapy reads a generator callback's source, which -c has not)
    def steps(generator):
        while True:
            start = time.process_time()
            try:
                step = next(generator)
            except StopIteration:
                return
            finally:
                spent[key] += time.process_time() - start
            yield step
    def wrapper(*args, **kwargs):
        return steps(iter(function(*args, **kwargs)))
    return wrapper

import db.dedupe, db.writer, scrapers.pipelines.normalize as normalize_pipeline
normalize_pipeline.normalize_listing = timed(normalize_pipeline.normalize_listing, "normalize")
normalize_pipeline.checked_row = timed(normalize_pipeline.checked_row, "gate")  # db/row_check.py
GreenhouseSpider.parse = timed_steps(GreenhouseSpider.parse, "parse")
for method in ("upsert_listings", "record_source_crawl", "close_missing", "close"):
    setattr(db.writer.CatalogWriter, method, timed(getattr(db.writer.CatalogWriter, method), "store"))
db.dedupe.refresh_groups = timed(db.dedupe.refresh_groups, "grouping")  # the runner's, after every source
# facet counts and research summaries, rebuilt inside the writer's and the grouping's time (counted there too)
db.writer.refresh_facet_counts = timed(db.writer.refresh_facet_counts, "facets")

mode, url, boards, db, total = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
overrides = dict(MICROGIGS_REPLAY_URL=url, DOWNLOAD_DELAY=0, AUTOTHROTTLE_ENABLED=False, RETRY_TIMES=0,
                 LOG_LEVEL="ERROR", ROBOTSTXT_OBEY=False, CONCURRENT_REQUESTS=16, CONCURRENT_REQUESTS_PER_DOMAIN=16,
                 MICROGIGS_KEEP_ALL=True, MICROGIGS_BATCH_SIZE=1000, BENCH_TOTAL=total,
                 EXTENSIONS={**EXTENSIONS, "__main__.RssProbe": 900})
if mode == "noop":
    overrides.update(ITEM_PIPELINES={}, MICROGIGS_DB=None)
    spider = NoOpSpider
else:
    overrides.update(MICROGIGS_DB=db)
    spider = GreenhouseSpider
start = time.perf_counter()
runs = run_spiders([spider], project_settings(**overrides), {"greenhouse": {"boards": boards}})
elapsed = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_SELF)  # ru_maxrss would include the parent's RSS at fork: VmHWM
print(json.dumps({"elapsed": elapsed, "cpu": usage.ru_utime + usage.ru_stime, "items": runs[0].items,
                  "stored": runs[0].stored, "rss_mb": rss_mb("VmHWM"), "status": runs[0].status,
                  "rss_quarter": RssProbe.marks.get(4), "rss_half": RssProbe.marks.get(2),
                  "startup": RssProbe.marks.get("startup", 0.0), **spent}))
"""


def run_crawl(mode: str, server: BoardServer, boards: int, db: Path, total: int) -> dict:
    tokens = ",".join(f"bench{b}" for b in range(boards))
    done = subprocess.run([sys.executable, "-c", CRAWL, mode, server.url, tokens, str(db), str(total)],
                          capture_output=True, text=True, cwd=ROOT, timeout=7200)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def bench_crawl(count: int, work: Path) -> None:
    jobs = 100
    boards = count // jobs
    server = BoardServer(boards, jobs)
    load = os.getloadavg()
    noop = run_crawl("noop", server, boards, work / "noop.db", count)
    fresh(work / "crawl.db")
    full = run_crawl("full", server, boards, work / "crawl.db", count)
    server.httpd.shutdown()
    assert full["stored"] == count, full
    per_listing = {stage: 1000 * seconds / count for stage, seconds in (
        ("all", full["cpu"]), ("normalize", full["normalize"]), ("gate", full["gate"]), ("writer", full["store"]),
        ("grouping", full["grouping"]), ("facets", full["facets"]), ("parse", full["parse"]),
        ("startup", full["startup"]), ("noop", noop["cpu"]), ("noop_startup", noop["startup"]))}
    # what is left is Scrapy's: the download, the item's way through the middlewares and pipelines, the signals
    spider = per_listing["all"] - sum(per_listing[s] for s in ("startup", "normalize", "gate", "writer", "grouping"))
    result(f"crawl {count:,} listings, CPU per listing (spider→normalize→SQLite)", 1000 * per_listing["all"], "us",
           1000 * per_listing["noop"], "us (no-op parse)", per_listing["all"] / per_listing["noop"], "<= 400 us (0.40 ms)",
           per_listing["all"] <= 0.40,
           note=f"CPU time of the crawling process by stage: spider {spider:.3f} ms (Scrapy's download and item "
                f"path and the pipelines' own work, of which the spider's parse {per_listing['parse']:.3f} ms), "
                f"normalize {per_listing['normalize']:.3f} ms + its gate (db/row_check.py) {per_listing['gate']:.3f} ms, "
                f"writer {per_listing['writer']:.3f} ms, grouping copies at the end {per_listing['grouping']:.3f} ms "
                f"(facet counts and research summaries inside those two: {per_listing['facets']:.3f} ms), start-up "
                f"{per_listing['startup']:.3f} ms; the no-op baseline (download and JSON decode, no item) "
                f"{per_listing['noop']:.3f} ms, of which start-up {per_listing['noop_startup']:.3f}. Wall "
                f"{count / full['elapsed']:,.0f} listings/s ({count / noop['elapsed']:,.0f} for the no-op); load average "
                f"{load[0]:.1f} before, {os.getloadavg()[0]:.1f} after on {os.cpu_count()} cores")
    peaks = [full["rss_quarter"], full["rss_half"], full["rss_mb"]]
    growth = peaks[-1] / peaks[0]
    result(f"crawl peak RSS at {count // 4:,}/{count // 2:,}/{count:,}", peaks[-1], "MB", peaks[0],
           f"MB at {count // 4:,}", growth, "< 300 MB, < 1.3x", peaks[-1] < 300 and growth < 1.3,
           note="peak RSS (VmHWM) of one crawl when a quarter, half and all of it were stored: "
                + " / ".join(f"{p:.0f}" for p in peaks) + " MB; the last includes the grouping of copies at the end "
                f"(load average {load[0]:.1f} before, {os.getloadavg()[0]:.1f} after)")
    fresh(work / "crawl.db")


# ---------------------------------------------------------------- the catalog under load

WORDS = ["design", "python", "video", "translate", "research", "seo", "excel", "logo", "audio", "marketing"]
FILTERS = ["micro=1&remote=remote", "occupation=writing_translation&country=US", "entry_level=1&posted_within_days=30",
           "deadline_after=today&sort=newest", "paid=1&min_hourly_usd=20&max_hours=40", "remote=remote&country=DE"]
CUT = re.compile(rb"took too long|interrupted|query_interrupted", re.I)


def check(kind: str, status: int, body: bytes) -> str | None:
    """Why a response is not a full answer ('error: ...' or 'cut: ...'), or None."""
    if status != 200:
        return f"error: HTTP {status} {body[:120]!r}"
    if CUT.search(body[:200_000]):
        return "cut: " + CUT.search(body[:200_000]).group(0).decode()
    if kind == "table":
        data = json.loads(body)
        if data.get("facets_timed_out"):
            return f"cut: facets timed out {data['facets_timed_out']}"
        if data.get("filtered_table_rows_count") is None:
            return "cut: the row count timed out"
    if kind == "canned" and not isinstance(json.loads(body), list):
        return "error: not a list of rows"
    return None


def load(base: str, urls: list[str], kind: str, seconds: float, clients: int = 8) -> dict:
    timings, problems, stop = [], [], time.monotonic() + seconds

    def client(number: int):
        n = number
        while time.monotonic() < stop:
            url = base + urls[n % len(urls)]
            n += clients
            start = time.perf_counter()
            try:
                with urllib.request.urlopen(url, timeout=60) as response:
                    problem = check(kind, response.status, response.read())
            except urllib.error.HTTPError as exc:
                problem = check(kind, exc.code, exc.read())
            except Exception as exc:  # noqa: BLE001 - counted
                problem = f"error: {type(exc).__name__}: {exc}"
            timings.append(time.perf_counter() - start)
            if problem:
                problems.append(problem)

    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, range(clients)))
    errors = [p for p in problems if p.startswith("error")]
    cut = [p for p in problems if p.startswith("cut")]
    return {"p95": percentile(timings, 0.95) * 1000, "p50": percentile(timings, 0.5) * 1000, "n": len(timings),
            "errors": len(errors), "cut": len(cut), "first": (errors or cut or [""])[0][:160]}


def catalog_db(count: int, work: Path) -> Path:
    """A catalog of `count` listings: the import benchmark's, when this run made it, else a new import."""
    from db.importer import import_jsonl

    for path in (work / "catalog.db", work / "import.db"):
        if path.exists():
            with sqlite3.connect(path) as conn:
                if conn.execute("select count(*) from listings").fetchone()[0] == count:
                    return path
    db_path = work / "catalog.db"
    fresh(db_path)
    jsonl = work / "catalog.jsonl"
    write_jsonl(jsonl, count, seed=3)
    import_jsonl(str(jsonl), str(db_path), progress=False)
    jsonl.unlink()
    return db_path


def bench_catalog(count: int, work: Path, seconds: int) -> None:
    import socket

    from db.writer import refresh_facet_counts

    db_path = catalog_db(count, work)
    db = open_db(str(db_path))  # the current migrations (indexes, facet_counts) on a catalog built earlier
    refresh_facet_counts(db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "scrapers.cli", "serve", "--db", str(db_path), "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    quote = urllib.parse.quote
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(base + "/-/settings.json", timeout=5).read()
                break
            except OSError:
                time.sleep(0.3)
        queries = [
            # (name, urls, kind, target ms, "" for the figures, else why the row is there)
            ("ranked search", [f"/microgigs/search.json?_shape=array&q={quote(w)}" for w in WORDS], "canned", 50, ""),
            ("filtered search + facet counts (home page)",
             [f"/?s=1&q={quote(w)}&{f}" for w in WORDS for f in FILTERS], "html", 300, ""),
            ("home page", ["/"], "html", 300, ""),
            ("home page, filters but no words",
             [f"/?s=1&{f}" for f in FILTERS], "html", 300, "extra: browsing by filters only"),
            ("ranked search, a word in half the listings", ["/microgigs/search.json?_shape=array&q=work"], "canned", 50,
             "extra: worst case, 'work' is in 48% of the listings"),
            ("researchers' table: _search + filters + 3 _facet",
             [f"/microgigs/listings.json?_search={quote(w)}&is_micro=1&remote=remote&_facet=occupation"
              f"&_facet=pay_unit&_facet=country&_size=20" for w in WORDS], "table", 300,
             "extra: Datasette's own table page, counting every match"),
        ]
        for _, urls, kind, _, _ in queries:  # warm the page cache: a served catalog is read all day
            for url in urls[:20]:
                try:
                    urllib.request.urlopen(base + url, timeout=120).read()
                except OSError:
                    pass
        def server_cpu() -> float:  # utime + stime of the serving process, in seconds
            fields = Path(f"/proc/{server.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

        before = server_cpu()
        floor = load(base, ["/-/settings.json"], "json", max(5, seconds // 3))
        floor["cpu_ms"] = 1000 * (server_cpu() - before) / max(1, floor["n"])
        for name, urls, kind, target, extra in queries:
            before = server_cpu()
            run = load(base, urls, kind, seconds)
            cpu_ms = 1000 * (server_cpu() - before) / max(1, run["n"])
            ok = run["p95"] <= target and run["errors"] == 0 and run["cut"] == 0
            result(f"{name} on {count:,} (8 clients, {seconds}s)", run["p95"], "ms p95", floor["p95"],
                   "ms p95 (/-/settings.json)", run["p95"] / floor["p95"], f"<= {target} ms, 0 err/cut", ok,
                   note=f"{extra + '; ' if extra else ''}p50 {run['p50']:.0f} ms; {run['n']} requests "
                        f"({run['n'] / seconds:.0f}/s), server CPU {cpu_ms:.1f} ms per request; {run['errors']} errors, "
                        f"{run['cut']} cut by a time limit{'; e.g. ' + run['first'] if run['first'] else ''}; baseline: "
                        f"the same 8 clients on Datasette's /-/settings.json (p50 {floor['p50']:.0f} ms, "
                        f"{floor['n'] / max(5, seconds // 3):.0f} requests/s, server CPU {floor['cpu_ms']:.1f} ms each)")
    finally:
        server.terminate()
        server.wait(30)


# ---------------------------------------------------------------- cross-source duplicates

def bench_dedupe(count: int, work: Path) -> None:
    from db.dedupe import group_duplicates
    from db.writer import CatalogWriter

    db_path = work / "dedupe.db"
    fresh(db_path)
    rows = list(listings(count, seed=4, duplicate_share=0.1))
    writer = CatalogWriter(str(db_path))
    for batch in batched(rows, 5000):
        writer.upsert_listings(batch, crawl_id="d", seen_at="2026-11-25T00:00:00Z")
    writer.close()
    with Clock() as clock:
        report = group_duplicates(str(db_path))
    truth = {(r["id"], r["raw"]["duplicate_of"]) for r in rows if r["raw"].get("duplicate_of")}
    del rows
    db = sqlite3.connect(db_path)
    # Baseline: what any shingle-based grouping must do at least, read the open listings and split their words
    from db.dedupe import TEXT_CHARS, shingle_words

    with Clock() as scan:
        for _, title, company, text in db.execute(f"SELECT id, title, company, substr(description_text, 1, "
                                                  f"{TEXT_CHARS}) FROM listings WHERE closed_at IS NULL"):
            shingle_words(title, company, text)
    true_pairs = truth | {(b, a) for a, b in truth}
    # pairs of planted duplicates of the same original are also true duplicates of each other
    originals: dict[str, set[str]] = {}
    for dup, original in truth:
        originals.setdefault(original, {original}).add(dup)
    for members in originals.values():
        true_pairs |= {(a, b) for a in members for b in members if a != b}

    def scores(sql: str) -> tuple[float, float]:
        groups: dict[str, list[str]] = {}
        for listing_id, group_id in db.execute(sql):
            groups.setdefault(group_id, []).append(listing_id)
        found = {(a, b) for members in groups.values() if len(members) > 1 for a in members for b in members if a != b}
        precision = len(found & true_pairs) / len(found) if found else 1.0
        recall = len(found & true_pairs) / len(true_pairs) if true_pairs else 1.0
        return precision, recall

    precision, recall = scores("SELECT listing_id, group_id FROM listing_groups")
    # Baseline: the same title and company on two sources (exact match, no shingles)
    exact = scores("SELECT id, lower(title) || char(1) || coalesce(company, '') FROM listings WHERE (lower(title), "
                   "coalesce(company, '')) IN (SELECT lower(title), coalesce(company, '') FROM listings GROUP BY 1, 2 "
                   "HAVING count(DISTINCT source) > 1)")
    target = 120 * count / 1_000_000
    result(f"dedupe {count:,} listings (MinHash LSH)", clock.wall, "s", scan.wall, "s (read + split words)",
           clock.wall / scan.wall, f"<= {target:.0f} s", clock.wall <= target,
           note=f"wall-clock; CPU {clock.cpu:.0f} s; {report['groups']:,} groups of {report['grouped']:,} listings; "
                f"{len(truth):,} planted copies; baseline: reading the open listings and splitting their words, "
                f"the least any shingle-based grouping does")
    result("dedupe precision / recall (pairs)", precision * 100, "% prec", recall * 100, "% recall", None,
           ">= 95 / 95", precision >= 0.95 and recall >= 0.95,
           note=f"baseline, the same title and company on two sources: precision {exact[0] * 100:.1f}%, "
                f"recall {exact[1] * 100:.1f}%")
    db.close()
    fresh(db_path)


# ---------------------------------------------------------------- the results file

MISSES = "## What misses and why"
PARTS = ["import", "recrawl", "crawl", "catalog", "dedupe"]  # this script's; bench_renormalize.py and
# bench_normalize.py add rows of their own parts with --results
DATA = re.compile(r"<!-- results-json\n(.*?)\n-->", re.S)


def machine() -> str:
    model = "unknown CPU"
    try:
        model = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    import datasette
    import scrapy

    return (f"{model}, {os.cpu_count()} cores (shared with other engineers' work), {memory:.0f} GB RAM; "
            f"Linux {platform.release()}; Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
            f"Datasette {datasette.__version__}, Scrapy {scrapy.__version__}")


def write_results(path: Path, scale: str, command: str, parts: list[str]) -> None:
    rows, kept, commands = list(RESULTS), "", [f"`{command}`"]
    if path.exists():
        text = path.read_text()
        earlier = re.search(r"^- Commands?: (.*)$", text, re.M)
        if earlier and ("--only" in command or not set(parts) >= set(PARTS)):  # a partial re-run or another
            # script's rows: the commands before it still made the other rows
            commands = [c for c in re.findall(r"`[^`]+`", earlier.group(1)) if c != commands[0]] + commands
        if MISSES in text:
            kept = MISSES + text.split(MISSES, 1)[1]
            kept = DATA.sub("", kept).rstrip() + "\n"
        found = DATA.search(text)
        if found:  # rows of parts not run this time stay, with their own times
            rows = [r for r in json.loads(found.group(1)) if r["part"] not in parts] + rows
    order = PARTS + ["renormalize", "normalize"]
    rows.sort(key=lambda r: order.index(r["part"]) if r["part"] in order else len(order))
    runs = sorted({r["at"] for r in rows})
    lines = [f"# microgigs benchmark results ({scale} scale)", "",
             f"- Commands: {', then '.join(commands)}",
             f"- Machine: {machine()}",
             f"- Measured: {runs[0]} to {runs[-1]} (each row's time is in its last column)" if runs else "",
             "- Every figure beside a baseline measured in the same run; speeds in one process are CPU time of "
             "that process (wall-clock in the note), latencies are wall-clock under the load named.", "",
             "| benchmark | figure | baseline | ratio | target | verdict | note | measured |",
             "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        base = f"{r['baseline']:,.1f} {r['baseline_unit']}" if r["baseline"] is not None else "-"
        ratio = f"{r['ratio']:.3f}" if r["ratio"] is not None else "-"
        verdict = "-" if r["ok"] is None else ("PASS" if r["ok"] else "**FAIL**")
        lines.append(f"| {r['name']} | {r['value']:,.1f} {r['unit']} | {base} | {ratio} | {r['target'] or ''} | "
                     f"{verdict} | {r['note']} | {r['at']} |")
    lines += ["", kept or f"{MISSES}\n\n(to be written)\n", f"<!-- results-json\n{json.dumps(rows)}\n-->"]
    path.write_text("\n".join(lines).replace("\n\n\n", "\n\n") + "\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", choices=["quick", "full"], default="quick")
    parser.add_argument("--only", nargs="*", default=None, help="import recrawl crawl catalog dedupe")
    parser.add_argument("--results", type=Path, default=None)
    parser.add_argument("--work", type=Path, default=None,
                        help="keep the generated databases here (a later --only catalog reuses its catalog)")
    parser.add_argument("--seconds", type=int, default=None, help="load duration per catalog query (default 30 full, 10 quick)")
    args = parser.parse_args(argv)
    big, small = (1_000_000, 100_000) if args.scale == "full" else (100_000, 10_000)
    seconds = args.seconds or (30 if args.scale == "full" else 10)
    command = ".venv/bin/python bench/perf.py " + " ".join(sys.argv[1:] if argv is None else argv)
    print(f"{'benchmark':52} {'figure':>12} {'':10} {'baseline':>26} {'ratio':>7} {'target':>18}")
    steps = {"import": lambda work: bench_import(big, work), "recrawl": lambda work: bench_recrawl(small, work),
             "crawl": lambda work: bench_crawl(small, work), "catalog": lambda work: bench_catalog(big, work, seconds),
             "dedupe": lambda work: bench_dedupe(big, work)}
    parts = [name for name in steps if not args.only or name in args.only]
    temporary = None
    if args.work:
        work = args.work
        work.mkdir(parents=True, exist_ok=True)
    else:
        temporary = tempfile.mkdtemp(prefix="microgigs-bench-")
        work = Path(temporary)
    try:
        for name in parts:
            PART["name"] = name
            try:
                steps[name](work)
            except Exception as exc:  # noqa: BLE001 - one benchmark's failure is a row, not the end
                result(f"{name}: error", 0, "", note=f"{type(exc).__name__}: {str(exc)[:300]}", ok=False)
    finally:
        if temporary:
            shutil.rmtree(temporary, ignore_errors=True)
    if args.results:
        write_results(args.results, args.scale, command, parts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
