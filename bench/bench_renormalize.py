"""`microgigs renormalize` at 1 worker and at N, on the same catalog, in the same run.

    .venv/bin/python bench/bench_renormalize.py [--listings N] [--workers 2] [--rounds 2] [--work DIR]
                                                [--results bench/RESULTS.md]

The catalog is the demo's (built once by `microgigs demo --no-serve` into --work, every listing with the raw
item fields a crawl keeps), its listings copied under new ids up to --listings, with the language of one in
ten cleared so that a run rewrites a tenth of the rows as a changed rule would; the copies are grouped by
`update_groups` before any timing, so each run's work is the renormalizing, its writes and the refreshes
after them. Every round renormalizes a fresh copy of that catalog with 1 worker, then with --workers, and
checks both left the same rows. The figure is throughput, wall-clock (the work is spread over processes), best
of the rounds for each. As wall-clock on a shared machine swings with others' load, the CPU of this process
and of its workers gives a second figure: the speedup idle cores would give at least, counting this process's
work as never overlapping the workers'. Each round also times a pure-Python loop in one process and split over
N: what the machine gives N processes at that moment, whatever the code. Target: >= 1.7x at 2 workers.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

STALE_SHARE = 10  # one listing in ten has its language cleared: the run finds and rewrites it


def demo_catalog(work: Path) -> Path:
    path = work / "demo.db"
    if not path.exists():
        built = subprocess.run([sys.executable, "-m", "scrapers.cli", "demo", "--no-serve", "--db", str(path)],
                               cwd=ROOT, capture_output=True, text=True, timeout=1200)
        if built.returncode != 0:
            raise SystemExit(built.stdout + built.stderr[-2000:])
    return path


def grown_catalog(demo: Path, work: Path, listings: int) -> Path:
    """The demo's listings and items copied as '<id>~<n>' (the item's source_id too, so a copy renormalizes to
    itself) up to `listings` rows, a tenth made stale, grouped before any run."""
    from db.dedupe import update_groups
    from db.schema import LISTING_COLUMNS

    path = work / f"grown-{listings}.db"
    if path.exists():
        return path
    shutil.copy(demo, path)
    conn = sqlite3.connect(path)
    have = conn.execute("SELECT count(*) FROM listings").fetchone()[0]
    copies = -(-listings // have) - 1
    others = [c for c in LISTING_COLUMNS if c not in ("id", "source_id")]
    with conn:
        for n in range(1, copies + 1):
            conn.execute(f"INSERT INTO listings (id, source_id, {', '.join(others)}) "
                         f"SELECT id || '~{n}', source_id || '~{n}', {', '.join(others)} FROM listings "
                         f"WHERE id NOT LIKE '%~%' LIMIT ?", [listings - have * n])
            conn.execute(f"INSERT INTO listing_items (id, source, fetched_at, item) "
                         f"SELECT id || '~{n}', source, fetched_at, "
                         f"json_set(item, '$.source_id', json_extract(item, '$.source_id') || '~{n}') "
                         f"FROM listing_items WHERE id || '~{n}' IN (SELECT id FROM listings)")
        conn.execute(f"UPDATE listings SET language = NULL WHERE rowid % {STALE_SHARE} = 0")
    conn.close()
    update_groups(str(path))
    return path


def cpu_seconds() -> tuple[float, float]:
    """CPU of this process and of its ended children (the workers, once the pool has joined them)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


REFRESH = {"cpu": 0.0}  # CPU of the writing process's rebuild of facet counts and research summaries, last run


def timed_refresh(refresh):
    def wrapper(*args, **kwargs):
        start = time.process_time()
        try:
            return refresh(*args, **kwargs)
        finally:
            REFRESH["cpu"] += time.process_time() - start
    return wrapper


def timed_run(catalog: Path, work: Path, workers: int) -> tuple[float, tuple, object, list]:
    from scrapers.renormalize import renormalize

    REFRESH["cpu"] = 0.0
    copy = work / f"run-{workers}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copy(catalog, copy)
    cpu, wall = cpu_seconds(), time.perf_counter()
    report = renormalize(str(copy), workers=workers, progress=False)
    wall, cpu = time.perf_counter() - wall, tuple(after - before for after, before in zip(cpu_seconds(), cpu))
    report.refresh_cpu = REFRESH["cpu"]
    conn = sqlite3.connect(copy)
    rows = conn.execute("SELECT * FROM listings ORDER BY id").fetchall()
    conn.close()
    return wall, cpu, report, rows


def _spin(count: int) -> int:
    total = 0
    for i in range(count):
        total += i * i % 7
    return total


def machine_parallelism(workers: int, count: int = 10_000_000) -> float:
    """What N processes give on this machine now: a pure-Python loop in one process against the same loop split
    over N (the most any code could gain at that moment, as others' load leaves it)."""
    import multiprocessing

    start = time.perf_counter()
    _spin(count)
    one = time.perf_counter() - start
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        pool.map(_spin, [count // workers] * workers)
    return one / (time.perf_counter() - start)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listings", type=int, default=20_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--work", type=Path, default=Path("/tmp/microgigs-bench-renormalize"))
    parser.add_argument("--results", type=Path, default=None, help="put this row in a results file (bench/RESULTS.md)")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    catalog = grown_catalog(demo_catalog(args.work), args.work, args.listings)
    import scrapers.renormalize
    from scrapers.renormalize import _prepare

    scrapers.renormalize.refresh_facet_counts = timed_refresh(scrapers.renormalize.refresh_facet_counts)
    _prepare("warm-up")  # modules imported and the language model loaded before any timing, for both runs
    load_before = os.getloadavg()[0]
    best: dict[int, tuple] = {}
    machine = []
    for round_ in range(1, args.rounds + 1):
        machine.append(machine_parallelism(args.workers))
        print(f"round {round_}: a pure-Python loop split over {args.workers} processes runs {machine[-1]:.2f}x "
              f"as fast as in one", flush=True)
        runs = {}
        for workers in (1, args.workers):
            wall, cpu, report, rows = runs[workers] = timed_run(catalog, args.work, workers)
            print(f"round {round_}, {workers} worker(s): {wall:6.1f} s wall, CPU {cpu[0]:5.1f} s here + "
                  f"{cpu[1]:5.1f} s in workers, "
                  f"{report.listings / wall:7,.0f} listings/s; {report.lines()[0]}", flush=True)
            if workers not in best or wall < best[workers][0]:
                best[workers] = (wall, cpu, report)
        if runs[1][3] != runs[args.workers][3] or runs[1][2].columns != runs[args.workers][2].columns:
            print("FAIL: 1 worker and several left different rows")
            return 1
    (one, one_cpu, report), (many, many_cpu, many_report) = best[1], best[args.workers]
    refresh_ms = 1000 * many_report.refresh_cpu / report.listings
    ratio = one / many
    # On a machine others load, wall-clock swings 2x between runs of the same work. The CPU each process
    # spent bounds what idle cores would give: this process's work (reading ids, writing, the refreshes)
    # counted as if none of it overlapped the workers', theirs shared evenly between them.
    one_cpu, many_cpu = sum(one_cpu), (many_cpu[0], many_cpu[1])
    bound = one_cpu / (many_cpu[0] + many_cpu[1] / args.workers)
    print(f"{report.listings:,} listings ({report.changed:,} rewritten), best of {args.rounds} rounds, "
          f"{os.cpu_count()} cores; load average {os.getloadavg()[0]:.1f}")
    print(f"1 worker: {report.listings / one:,.0f} listings/s, {1000 * one_cpu / report.listings:.3f} ms CPU each; "
          f"{args.workers} workers: {report.listings / many:,.0f} listings/s, "
          f"{1000 * sum(many_cpu) / report.listings:.3f} ms CPU each ({1000 * many_cpu[0] / report.listings:.3f} ms "
          f"of it in this process, {refresh_ms:.3f} ms of that its rebuild of facet counts and research summaries); "
          f"wall-clock ratio {ratio:.2f}; load average {load_before:.1f} at the start")
    print(f"the machine meanwhile: a pure-Python loop over {args.workers} processes {max(machine):.2f}x as fast as "
          f"in one (best round; rounds {', '.join(f'{m:.2f}' for m in machine)})")
    print(f"idle-core bound from CPU: {bound:.2f}x (1-worker CPU / (this process's CPU + the workers' / "
          f"{args.workers}), measured in the same runs)")
    target = 1.7
    print(f"target >= {target}x at {args.workers} workers: wall-clock {'PASS' if ratio >= target else 'FAIL'} "
          f"({ratio:.2f}x), idle-core bound {'PASS' if bound >= target else 'FAIL'} ({bound:.2f}x)")
    if args.results:
        from bench import perf

        perf.PART["name"] = "renormalize"
        perf.result(f"renormalize {report.listings:,} listings, {args.workers} workers against 1", ratio, "x (wall-clock)",
                    bound, "x (idle-core bound from CPU)", None, f">= {target}x", ratio >= target and bound >= target,
                    note=f"best of {args.rounds} rounds each: 1 worker {report.listings / one:,.0f} listings/s, "
                         f"{args.workers} workers {report.listings / many:,.0f}/s (load average {load_before:.1f} at the "
                         f"start, {os.getloadavg()[0]:.1f} at the end, on {os.cpu_count()} cores); CPU per listing "
                         f"{1000 * one_cpu / report.listings:.3f} ms in one process, {1000 * sum(many_cpu) / report.listings:.3f}"
                         f" ms with workers, of which {1000 * many_cpu[0] / report.listings:.3f} ms in the writing process "
                         f"({refresh_ms:.3f} ms its rebuild of facet counts and research summaries after the writes); "
                         f"bound = 1-worker CPU / "
                         f"(writer's CPU + workers' CPU / {args.workers}); meanwhile a pure-Python loop split over "
                         f"{args.workers} processes ran {max(machine):.2f}x as fast as in one (best of "
                         f"{', '.join(f'{m:.2f}' for m in machine)}): the most the machine gave")
        perf.write_results(args.results, "full", ".venv/bin/python bench/bench_renormalize.py " + " ".join(
            sys.argv[1:] if argv is None else argv), ["renormalize"])
    return 0 if ratio >= target else 1


if __name__ == "__main__":
    sys.exit(main())
