"""Issue 17's catalog pages, one client, warm cache: p50/p95 of each page beside a trivial page (Datasette's
/-/settings.json) measured in the same run; then throughput of `microgigs serve --workers N` at 1 and 2 workers
under a bounded closed-loop load on 127.0.0.1.

    .venv/bin/python bench/catalog_speed.py --db CATALOG [--repeats 40] [--workers 1 2] [--seconds 20]
                                            [--clients 8] [--rounds 2] [--against ROOT CATALOG] [--skip-latency]
                                            [--skip-throughput] [--json]

CATALOG is a catalog file (e.g. made by bench/generate.py through db/importer.py, as perf.py does); it is
migrated, its facet counts refreshed and its WAL folded in before it is served. Nothing leaves this machine:
every request goes to the server this script starts on a free loopback port, on a new connection each.

The load generator shares the cores it measures: each throughput run also reports its own CPU per request, and
each round first times a pure-Python loop in one process and split over two (what the machine gave two processes
just then, as others' work left it). From the CPU figures comes the ratio idle cores would give (idle_core_bound).
"""
from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.generate import percentile  # noqa: E402
from db.serve import STORED_PARAMS  # noqa: E402

LOOPBACK = "127.0.0.1"
MAX_SECONDS = 120  # one throughput run at most; each client also stops after MAX_REQUESTS
MAX_REQUESTS = 20_000
WORDS = ["design", "python", "video", "translate", "research", "seo", "excel", "logo", "audio", "marketing"]
FILTERS = ["micro=1&remote=remote", "occupation=writing_translation&country=US", "entry_level=1&posted_within_days=30",
           "deadline_after=today&sort=newest", "paid=1&min_hourly_usd=20&max_hours=40", "remote=remote&country=DE"]
RESEARCH = ["listings_per_week_by_occupation", "pay_distribution", "micro_share_by_source", "country_shares",
            "time_to_close", "coverage_per_week_by_source"]
CUT = (b"took too long", b"interrupted", b"query_interrupted")
quote = urllib.parse.quote


def pages() -> list[tuple[str, list[str], str | None]]:
    """(name, urls cycled through, target) of every page the issue names."""
    return [
        ("ranked search (search.json)", [f"/microgigs/search.json?_shape=array&q={quote(w)}" for w in WORDS],
         "p95 <= 25 ms"),
        ("home page, words + filters", [f"/?s=1&q={quote(w)}&{f}" for w in WORDS for f in FILTERS], "p95 <= 60 ms"),
        ("home page, filters without words", [f"/?s=1&{f}" for f in FILTERS], "p95 <= 100 ms"),
        *[(f"research {name} (defaults)", [f"/microgigs/{name}.json?_shape=array"], "<= 500 ms") for name in RESEARCH],
        *[(f"research {name}, chart {urllib.parse.urlencode(given)}",
           [f"/microgigs/{name}.json?_shape=array&{urllib.parse.urlencode(given)}"], "<= 500 ms")
          for name, sets in STORED_PARAMS.items() for given in sets],
        ("research page (/-/research)", ["/-/research"], "-"),
        ("table page, _search + 3 facets", [f"/microgigs/listings.json?_search={quote(w)}&_facet=occupation"
                                            f"&_facet=pay_unit&_facet=country&_size=20" for w in WORDS], "<= 1,000 ms"),
    ]


def http_get(base: str, path: str, timeout: float = 60) -> tuple[int, bytes]:
    """Status and body of one GET on a new connection, read to its end: half the CPU urllib spent per request
    (0.3 against 0.6 ms for a search's answer), on the cores the server shares. A new connection each time, as
    distinct visitors open them, so the kernel hands each request to whichever worker accepts first."""
    address = urllib.parse.urlsplit(base)
    assert address.hostname == LOOPBACK  # this load generator only ever talks to loopback
    with socket.create_connection((LOOPBACK, address.port), timeout=timeout) as conn:
        conn.sendall(f"GET {path} HTTP/1.1\r\nHost: {LOOPBACK}:{address.port}\r\nConnection: close\r\n\r\n".encode())
        chunks = []
        while chunk := conn.recv(262144):
            chunks.append(chunk)
    head, _, body = b"".join(chunks).partition(b"\r\n\r\n")
    status = int(head[9:12])
    if b"\r\ntransfer-encoding: chunked" in head.lower():
        body = dechunked(body)
    return status, body


def dechunked(body: bytes) -> bytes:
    parts, at = [], 0
    while True:
        end = body.index(b"\r\n", at)
        size = int(body[at:end].split(b";")[0], 16)
        if not size:
            return b"".join(parts)
        parts.append(body[end + 2:end + 2 + size])
        at = end + 2 + size + 2


def fetch(base: str, path: str) -> tuple[float, str | None]:
    """Wall seconds of one GET and why it is no full answer (None when it is)."""
    start = time.perf_counter()
    try:
        status, body = http_get(base, path)
    except (OSError, ValueError) as error:
        return time.perf_counter() - start, f"error: {error}"
    elapsed = time.perf_counter() - start
    if status != 200:
        return elapsed, f"error: HTTP {status} {body[:100]!r}"
    if any(mark in body[:200_000] for mark in CUT):
        return elapsed, "cut by a time limit"
    if b'"facets_timed_out": [' in body and b'"facets_timed_out": []' not in body:
        return elapsed, "facets timed out"
    return elapsed, None


def prepare(db_path: str) -> None:
    from db.schema import open_db
    from db.writer import checkpoint, refresh_facet_counts

    db = open_db(db_path)
    refresh_facet_counts(db)
    checkpoint(db)
    db.conn.close()


def start_server(db_path: str, workers: int, root: Path = ROOT) -> tuple[subprocess.Popen, str]:
    """`microgigs serve` of the tree at `root` (this one, or e.g. a worktree of an earlier commit)."""
    with socket.socket() as probe:
        probe.bind((LOOPBACK, 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "scrapers.cli", "serve", "--db", db_path, "--host", LOOPBACK,
                               "--port", str(port), "--workers", str(workers)],
                              cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://{LOOPBACK}:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server ended: {server.stderr.read().decode()[-2000:]}")
        if fetch(base, "/-/settings.json")[1] is None:
            return server, base
        time.sleep(0.3)
    server.terminate()
    raise SystemExit("the server did not answer within 300 s")


def stop_server(server: subprocess.Popen) -> None:
    server.terminate()
    try:
        server.wait(30)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def one_client(base: str, urls: list[str], repeats: int) -> dict:
    for url in urls[:20]:  # warm: a served catalog is read all day
        fetch(base, url)
    times, problems = [], []
    for n in range(repeats):
        elapsed, problem = fetch(base, urls[n % len(urls)])
        times.append(elapsed * 1000)
        if problem:
            problems.append(problem)
    return {"p50": percentile(times, 0.5), "p95": percentile(times, 0.95), "max": max(times), "n": len(times),
            "problems": len(problems), "first_problem": (problems or [""])[0][:120]}


def latency(db_path: str, repeats: int) -> list[dict]:
    server, base = start_server(db_path, 1)
    rows = []
    try:
        trivial = one_client(base, ["/-/settings.json"], repeats)
        rows.append({"page": "trivial page (/-/settings.json)", **trivial, "target": "baseline"})
        for name, urls, target in pages():
            run = one_client(base, urls, repeats)
            rows.append({"page": name, **run, "target": target, "ratio_p50": run["p50"] / trivial["p50"],
                         "ratio_p95": run["p95"] / trivial["p95"]})
            print(f"{name:48} p50 {run['p50']:8.1f} ms  p95 {run['p95']:8.1f} ms  ({run['p50'] / trivial['p50']:.1f}x /"
                  f" {run['p95'] / trivial['p95']:.1f}x trivial)  {run['problems']} problems {run['first_problem']}",
                  flush=True)
        print(f"{'trivial page (/-/settings.json)':48} p50 {trivial['p50']:8.1f} ms  p95 {trivial['p95']:8.1f} ms")
    finally:
        stop_server(server)
    return rows


def against(db_path: str, other_root: str, other_db: str, requests: int) -> dict:
    """The ranked search of this tree and of another (e.g. a worktree of an earlier commit, serving its own copy of
    the catalog), one client sending one search to each in turn: both under the same load, request by request."""
    servers = {"this": start_server(db_path, 1), "other": start_server(other_db, 1, Path(other_root))}
    urls = [f"/microgigs/search.json?_shape=array&q={quote(w)}" for w in WORDS]
    try:
        for _, base in servers.values():
            for url in urls * 2:
                fetch(base, url)
        before = {name: cpu_seconds(server.pid) for name, (server, _) in servers.items()}
        times, problems = {name: [] for name in servers}, {name: 0 for name in servers}
        for n in range(requests):
            for name, (_, base) in servers.items():
                elapsed, problem = fetch(base, urls[n % len(urls)])
                times[name].append(elapsed * 1000)
                problems[name] += problem is not None
        cpu = {name: cpu_seconds(server.pid) - before[name] for name, (server, _) in servers.items()}
    finally:
        for server, _ in servers.values():
            stop_server(server)
    return {name: {"p50": percentile(times[name], 0.5), "p95": percentile(times[name], 0.95), "n": requests,
                   "problems": problems[name], "cpu_ms_per_request": 1000 * cpu[name] / requests,
                   "load": os.getloadavg()[0]} for name in servers}


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def serving_processes(server: subprocess.Popen) -> list[int]:
    """The processes that answer: the workers (children of the server), or the server itself."""
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == server.pid:
                children.append(int(stat.parent.name))
        except (OSError, ValueError, IndexError):
            pass
    return sorted(children) or [server.pid]


def throughput(db_path: str, workers: int, clients: int, seconds: float) -> dict:
    """Closed loop: `clients` threads, each sending the next ranked search when the last returns. Besides the
    server's CPU, this process's own (the load generator's) is counted: it shares the cores."""
    server, base = start_server(db_path, workers)
    urls = [f"/microgigs/search.json?_shape=array&q={quote(w)}" for w in WORDS]
    try:
        for url in urls * 2:
            fetch(base, url)
        processes = serving_processes(server)
        cpu_before = [cpu_seconds(pid) for pid in processes]
        stop = time.monotonic() + min(seconds, MAX_SECONDS)
        times, problems = [], []

        def client(number: int):
            for n in range(number, number + MAX_REQUESTS * clients, clients):
                if time.monotonic() >= stop:
                    return
                elapsed, problem = fetch(base, urls[n % len(urls)])
                times.append(elapsed * 1000)
                if problem:
                    problems.append(problem)

        start, client_cpu = time.monotonic(), time.process_time()
        with ThreadPoolExecutor(clients) as pool:
            list(pool.map(client, range(clients)))
        elapsed, client_cpu = time.monotonic() - start, time.process_time() - client_cpu
        cpu = [cpu_seconds(pid) - before for pid, before in zip(processes, cpu_before)]
    finally:
        stop_server(server)
    return {"workers": workers, "requests": len(times), "per_second": len(times) / elapsed,
            "p50": percentile(times, 0.5), "p95": percentile(times, 0.95), "problems": len(problems),
            "cpu_ms_per_request": 1000 * sum(cpu) / max(1, len(times)),
            "cpu_share": [c / max(sum(cpu), 1e-9) for c in cpu],
            "cpu_cores_used": sum(cpu) / elapsed,
            "client_cpu_ms_per_request": 1000 * client_cpu / max(1, len(times)), "client_cores": client_cpu / elapsed,
            "load": os.getloadavg()[0]}


def idle_core_bound(one: dict, many: dict, cores: int) -> float:
    """The throughput ratio `many` workers / one that idle cores would give, from CPU: one worker serves at most as
    many cores as it kept busy (its GIL and event loop bound it), N workers N times that, all of them together at
    most the cores the load generator leaves; each request then costs the server CPU measured at that count."""
    one_rate = one["cpu_cores_used"] / (one["cpu_ms_per_request"] / 1000)
    many_cores = min(many["workers"] * one["cpu_cores_used"], cores - many["client_cores"])
    return many_cores / (many["cpu_ms_per_request"] / 1000) / one_rate


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="the catalog to serve (migrated and checkpointed first)")
    parser.add_argument("--repeats", type=int, default=40, help="requests per page, one after another")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to compare")
    parser.add_argument("--seconds", type=float, default=20, help=f"each throughput run (at most {MAX_SECONDS})")
    parser.add_argument("--clients", type=int, default=8, help="closed-loop clients of the throughput runs")
    parser.add_argument("--rounds", type=int, default=2, help="throughput rounds (each worker count once a round)")
    parser.add_argument("--against", nargs=2, metavar=("ROOT", "CATALOG"),
                        help="also compare the ranked search with another tree serving its copy of the catalog")
    parser.add_argument("--against-requests", type=int, default=200, help="searches to each server in turn")
    parser.add_argument("--skip-latency", action="store_true")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON at the end")
    args = parser.parse_args(argv)
    if not Path(args.db).exists():
        parser.error(f"no catalog at {args.db}")
    prepare(args.db)
    with __import__("sqlite3").connect(args.db) as conn:
        count = conn.execute("select count(*) from listings").fetchone()[0]
    print(f"catalog {args.db}: {count:,} listings; {os.cpu_count()} cores; load {os.getloadavg()[0]:.1f}", flush=True)
    figures = {"listings": count, "latency": [], "throughput": []}
    if not args.skip_latency:
        figures["latency"] = latency(args.db, args.repeats)
    if args.against:
        figures["against"] = against(args.db, *args.against, args.against_requests)
        for name, run in figures["against"].items():
            print(f"ranked search, one client, alternating, {name} tree: p50 {run['p50']:.1f} ms, p95 {run['p95']:.1f}"
                  f" ms, server CPU {run['cpu_ms_per_request']:.1f} ms a search, {run['problems']} problems "
                  f"(load {run['load']:.1f})", flush=True)
    if not args.skip_throughput:
        from bench.bench_renormalize import machine_parallelism

        for round_ in range(args.rounds):
            # what two processes got from the machine just then, whatever the code (others share these cores)
            machine = machine_parallelism(2)
            print(f"round {round_ + 1}: a pure-Python loop split over 2 processes ran {machine:.2f}x as fast as in one",
                  flush=True)
            for workers in args.workers:
                run = {**throughput(args.db, workers, args.clients, args.seconds), "round": round_ + 1,
                       "machine_2_processes": machine}
                figures["throughput"].append(run)
                print(f"ranked search, {args.clients} clients, {workers} worker(s): {run['per_second']:.1f} requests/s,"
                      f" p50 {run['p50']:.0f} ms, p95 {run['p95']:.0f} ms, {run['problems']} problems; server CPU "
                      f"{run['cpu_ms_per_request']:.1f} ms a request, {run['cpu_cores_used']:.2f} cores busy, shared "
                      f"{' / '.join(f'{share:.0%}' for share in run['cpu_share'])}; load generator "
                      f"{run['client_cpu_ms_per_request']:.2f} ms a request ({run['client_cores']:.2f} cores); "
                      f"load {run['load']:.1f}", flush=True)
        best = {w: max((r for r in figures["throughput"] if r["workers"] == w), key=lambda r: r["per_second"])
                for w in args.workers}
        first = best[args.workers[0]]
        for workers in args.workers[1:]:
            run = best[workers]
            figures.setdefault("ratios", []).append(
                {"workers": workers, "ratio": run["per_second"] / first["per_second"],
                 "idle_core_bound": idle_core_bound(first, run, os.cpu_count() or 1)})
            print(f"throughput {workers} workers / {first['workers']}, best of {args.rounds}: "
                  f"{run['per_second'] / first['per_second']:.2f}x; from CPU, idle cores would give "
                  f"{idle_core_bound(first, run, os.cpu_count() or 1):.2f}x")
    if args.json:
        print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
