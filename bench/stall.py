"""Can anyone stall the catalog? Attackers loop the heaviest requests they can make while one client measures a
normal search (issue 18: p95 <= 1 s, no errors, server RSS < 1 GB).

    .venv/bin/python bench/stall.py [--db PATH | --listings N] [--allow-sql] [--attackers 3] [--seconds 30]
                                    [--attacks REGEX] [--json]

Serves the catalog with `microgigs serve` on 127.0.0.1 (a free port, loopback only), first measures the normal
search alone (the baseline), then again while each attacker loops, one request at a time, over: a 200-word search
of the catalog's commonest words (refused) and a 32-word one (the most a search takes) on the API, the home page and
the widget; table pages with every facet, a full-text filter, a sort on an unindexed column and the largest page;
the research page; and with --allow-sql, a recursive CTE that never ends, printf('%.*c', 900000000, 'x'),
zeroblob/replace/group_concat past the length limit, fts3_tokenizer. Prints the measuring client's p50/p95 and
errors, each attacker status seen, and the server's peak RSS (VmHWM); exit 0 only when the targets hold.
Every loop is bounded by --seconds (at most 600) and --max-requests per client.
"""
from __future__ import annotations

import argparse
import collections
import json
import random
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import percentile  # noqa: E402

NORMAL_WORDS = ["design", "python", "video", "translate", "research", "logo", "writing", "data", "marketing", "excel"]
CTE = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c"
SQL_ATTACKS = [CTE, "select length(printf('%.*c', 900000000, 'x'))",
               "select length(replace(hex(zeroblob(1000000)), '0', 'aaaaaaaaaa'))",
               "select length(group_concat(description_text || zeroblob(100000))) from listings",
               "select fts3_tokenizer('simple')",
               "select count(*) from listings a, listings b, listings c where a.description_text like '%a%b%c%d%e%'"]
P95_TARGET_S, RSS_TARGET_MB = 1.0, 1024


def common_words(db_path: Path, count: int) -> list[str]:
    """The catalog's most frequent words (FTS5's own vocabulary), the costliest to search for together."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        conn.execute("create virtual table temp.vocab using fts5vocab(main, 'listings_fts', 'row')")
        words = [w for (w,) in conn.execute("select term from temp.vocab order by doc desc limit ?", [count * 2])]
    finally:
        conn.close()
    words = [w for w in words if re.fullmatch(r"[a-z]{2,}", w)][:count]
    return (words * (count // max(1, len(words)) + 1))[:count]


def attack_urls(db_path: Path, allow_sql: bool) -> list[str]:
    quote = urllib.parse.quote
    many, most = " ".join(common_words(db_path, 200)), " ".join(common_words(db_path, 32))
    facets = "".join(f"&_facet={c}" for c in ("source", "occupation", "country", "remote", "pay_unit", "engagement",
                                               "company", "title", "language", "board"))
    urls = [f"/microgigs/search.json?_shape=array&size=100&q={quote(many)}", f"/?s=1&size=100&q={quote(many)}",
            f"/microgigs/search.json?_shape=array&size=100&q={quote(most)}", f"/?s=1&size=100&q={quote(most)}",
            f"/-/widget?size=50&q={quote(most)}", f"/microgigs/search_feed.atom?q={quote(most)}",
            f"/microgigs/listings?_size=max&_sort=description_text{facets}",
            f"/microgigs/listings.json?_size=max&_search={quote(most)}{facets}",
            f"/microgigs/listings.json?_size=max&description_text__contains=e&_sort_desc=raw{facets}",
            "/-/research"]
    if allow_sql:
        urls += [f"/microgigs.json?sql={quote(sql)}" for sql in SQL_ATTACKS]
    return urls


def fetch(url: str, timeout: float = 60) -> tuple[int, float, str]:
    """Status (0: no answer), seconds, and for a refusal what it said."""
    start = time.perf_counter()
    said = ""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        body = error.read().decode("utf-8", "replace")
        status = error.code
        said = json.loads(body).get("error", "") if body.startswith("{") else re.sub(r"<[^>]+>|\s+", " ", body)
    except OSError as error:  # refused, reset, timed out
        status, said = 0, f"{type(error).__name__}: {error}"
    return status, time.perf_counter() - start, said[:80]


def measure(base: str, stop: float, max_requests: int) -> dict:
    """The measuring client: normal searches one after another, on the API and the home page."""
    timings, statuses = [], collections.Counter()
    urls = [u for w in NORMAL_WORDS for u in (f"/microgigs/search.json?_shape=array&q={w}", f"/?s=1&q={w}")]
    for n in range(max_requests):
        if time.monotonic() >= stop:
            break
        status, seconds, _ = fetch(base + urls[n % len(urls)])
        statuses[status] += 1
        timings.append(seconds)
    return {"n": len(timings), "p50": percentile(timings, 0.5), "p95": percentile(timings, 0.95),
            "max": max(timings, default=0.0), "errors": sum(c for s, c in statuses.items() if s != 200),
            "statuses": dict(statuses)}


def rss_mb(pid: int, field: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


def run(db_path: Path, *, allow_sql: bool, attackers: int, seconds: float, max_requests: int,
        attacks: str = "") -> dict:
    from tests.conftest import free_port

    port = free_port()
    command = [sys.executable, "-m", "scrapers.cli", "serve", "--db", str(db_path), "--port", str(port)]
    server = subprocess.Popen(command + (["--allow-sql"] if allow_sql else []), cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while fetch(base + "/-/settings.json", timeout=5)[0] != 200:
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("the catalog did not start")
            time.sleep(0.3)
        for word in NORMAL_WORDS:  # warm the page cache, as a catalog serving all day is
            fetch(f"{base}/microgigs/search.json?_shape=array&q={word}")
        alone = measure(base, time.monotonic() + max(5.0, seconds / 3), max_requests)
        urls = [url for url in attack_urls(db_path, allow_sql) if re.search(attacks, urllib.parse.unquote(url))]
        if not urls:
            raise SystemExit(f"no attack matches {attacks!r}")
        seen: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
        stop = time.monotonic() + seconds

        def attacker(number: int):
            order = random.Random(number).sample(urls, len(urls))  # each attacker its own order: all are tried
            for n in range(max_requests):
                if time.monotonic() >= stop:
                    break
                url = order[n % len(order)]
                status, _, said = fetch(base + url)
                seen[url][f"{status} {said}".strip()] += 1

        threads = [threading.Thread(target=attacker, args=(i,), daemon=True) for i in range(attackers)]
        for thread in threads:
            thread.start()
        time.sleep(0.5)  # the attackers are busy before the measuring starts
        loaded = measure(base, stop, max_requests)
        for thread in threads:
            thread.join(120)
        peak = rss_mb(server.pid, "VmHWM")
    finally:
        server.terminate()
        server.wait(30)
    ok = loaded["p95"] <= P95_TARGET_S and loaded["errors"] == 0 and peak < RSS_TARGET_MB
    return {"catalog": str(db_path), "allow_sql": allow_sql, "attackers": attackers, "seconds": seconds,
            "alone": alone, "under_attack": loaded, "server_peak_rss_mb": round(peak, 1), "ok": ok,
            "attacks": {url: dict(statuses) for url, statuses in seen.items()}}


def report(result: dict) -> None:
    def line(name, m):
        return (f"{name}: p50 {1000 * m['p50']:.0f} ms, p95 {1000 * m['p95']:.0f} ms, max {1000 * m['max']:.0f} ms, "
                f"{m['n']} searches, {m['errors']} errors {m['statuses']}")

    print(f"catalog {result['catalog']}, SQL {'allowed' if result['allow_sql'] else 'off'}, "
          f"{result['attackers']} attackers for {result['seconds']:.0f} s")
    print("  " + line("normal search alone", result["alone"]))
    print("  " + line("normal search under attack", result["under_attack"]))
    print(f"  server peak RSS {result['server_peak_rss_mb']:.0f} MB")
    for url, statuses in result["attacks"].items():
        print(f"    {statuses} {url[:110]}")
    print(f"  {'PASS' if result['ok'] else 'FAIL'}: p95 <= {P95_TARGET_S:.0f} s, no errors, RSS < {RSS_TARGET_MB} MB")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="the catalog to serve (default: a generated one, --listings)")
    parser.add_argument("--listings", type=int, default=100_000, help="size of the generated catalog (default 100,000)")
    parser.add_argument("--work", type=Path, help="folder for the generated catalog (default: a temporary one)")
    parser.add_argument("--allow-sql", action="store_true", help="serve with --allow-sql: attackers run SQL too")
    parser.add_argument("--attackers", type=int, default=3, choices=range(1, 17), metavar="1-16")
    parser.add_argument("--seconds", type=float, default=30, help="attack time (default 30, at most 600)")
    parser.add_argument("--max-requests", type=int, default=20_000, help="per client (default 20,000)")
    parser.add_argument("--attacks", default="", metavar="REGEX",
                        help="only the attacks whose URL matches, e.g. 'recursive' (three loops of the CTE)")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    seconds = min(max(args.seconds, 1.0), 600.0)
    db_path = args.db
    if db_path is None:
        from bench.perf import catalog_db
        from db.schema import open_db

        work = args.work or Path(tempfile.mkdtemp(prefix="microgigs-stall-"))
        work.mkdir(parents=True, exist_ok=True)
        db_path = catalog_db(args.listings, work)
        db = open_db(str(db_path))  # current migrations on a catalog made earlier
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.conn.close()
    result = run(db_path, allow_sql=args.allow_sql, attackers=args.attackers, seconds=seconds,
                 max_requests=args.max_requests, attacks=args.attacks)
    print(json.dumps(result, indent=1)) if args.json else report(result)
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
