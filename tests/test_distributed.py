"""Distributed crawl on scrapy-redis with a real redis-server started on 127.0.0.1: two workers and one
writer crawl the replay server and produce the same catalog as one process, each page fetched once."""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections import Counter

import pytest

from db.schema import LIFECYCLE_COLUMNS, open_db
from scrapers.replay import ReplayServer, load_routes
from tests.test_cli import microgigs

SOURCES = ["remotive", "remoteok", "greenhouse", "reddit", "jsonld"]
REDIS = shutil.which("redis-server")
pytestmark = pytest.mark.skipif(REDIS is None, reason="redis-server is not installed (tests/run installs Debian's)")


@pytest.fixture
def redis_url(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([REDIS, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
                               "--dir", str(tmp_path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.05)
    yield f"redis://127.0.0.1:{port}/0"
    server.terminate()
    server.wait(10)


def catalog(db_path: str) -> dict:
    skip = set(LIFECYCLE_COLUMNS)
    return {row["id"]: {k: v for k, v in row.items() if k not in skip}
            for row in open_db(db_path).query("select * from listings")}


def test_two_workers_and_one_writer_equal_one_process(tmp_path, redis_url):
    server = ReplayServer(load_routes(sources=SOURCES))
    with server as replay:
        single = microgigs("crawl", *SOURCES, "--db", str(tmp_path / "single.db"), "--replay", replay)
        assert single.returncode == 0, single.stderr
        single_hits = Counter(p for p in server.hits if not p.endswith("robots.txt"))
        server.hits.clear()

        server.delay = 0.4  # one request at a time per worker: the second worker starts while pages remain
        command = ["crawl", *SOURCES, "--redis", redis_url, "--run", "t1", "--replay", replay]
        from tests.test_cli import PROJECT, sys  # the same interpreter and working directory as microgigs()

        import os

        env = {**os.environ, "MICROGIGS_WORKER_CONCURRENCY": "1"}
        workers = [subprocess.Popen([sys.executable, "-m", "scrapers.cli", *command], cwd=PROJECT, env=env,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outputs = [w.communicate(timeout=300) for w in workers]
        assert all(w.returncode == 0 for w in workers), outputs
        distributed_hits = Counter(p for p in server.hits if not p.endswith("robots.txt"))

    ingest = microgigs("ingest", "--redis", redis_url, "--db", str(tmp_path / "dist.db"))
    assert ingest.returncode == 0, ingest.stderr
    assert distributed_hits == single_hits  # every page fetched once in all, shared dupefilter
    assert all(n == 1 for n in distributed_hits.values())
    single_rows, dist_rows = catalog(str(tmp_path / "single.db")), catalog(str(tmp_path / "dist.db"))
    assert len(dist_rows) >= 100 and set(dist_rows) == set(single_rows)
    assert dist_rows == single_rows
    # the writer left the catalog's facet counts in step with what it stored
    for path in ("single.db", "dist.db"):
        counts = dict(((f, v), n) for f, v, n in open_db(str(tmp_path / path)).execute(
            "select facet, value, listings from facet_counts"))
        assert counts[("total", None)] == len(dist_rows)
        assert sum(n for (facet, _), n in counts.items() if facet == "source") == len(dist_rows)
    # both workers did part of the work
    worked = [sum(int(line.split(", ")[1].split()[0]) for line in out.splitlines() if ": ok, " in line)
              for out, _ in outputs]
    assert sum(worked) >= len(dist_rows) and all(n > 0 for n in worked), outputs
