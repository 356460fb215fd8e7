"""Crash safety: a crawl killed with SIGKILL while writing leaves a sound database, loses nothing stored
before, and the next crawl completes (batched transactions, WAL)."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time

from db.schema import open_db
from scrapers.middlewares import replay_path
from scrapers.replay import ReplayServer
from tests.conftest import PROJECT, SAMPLES
from tests.test_cli import microgigs

SAMPLE = json.loads((SAMPLES / "remoteok" / "remoteok_sample.json").read_text())


def big_remoteok(path, copies: int) -> int:
    """Remote OK's sample repeated under new ids: a long crawl to kill in the middle."""
    jobs = []
    for n in range(copies):
        for job in SAMPLE[1:]:
            jobs.append({**job, "id": f"{job['id']}{n:05d}", "slug": f"{job['slug']}-{n}",
                         "url": f"{job['url']}-{n}", "position": f"{job['position']} #{n}"})
    path.write_text(json.dumps([SAMPLE[0], *jobs]))
    return len(jobs)


def test_sigkill_mid_write_keeps_the_catalog_sound(tmp_path):
    db_path = str(tmp_path / "crash.db")
    routes = {replay_path("https://remotive.com/api/remote-jobs"): SAMPLES / "remotive" / "remotive_sample.json"}
    big = tmp_path / "big.json"
    total = big_remoteok(big, 150)
    routes[replay_path("https://remoteok.com/api")] = big
    with ReplayServer(routes) as url:
        assert microgigs("crawl", "remotive", "--db", db_path, "--replay", url).returncode == 0
        before = {r["id"]: r for r in open_db(db_path).query("select * from listings")}
        assert len(before) >= 20

        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        crawl = subprocess.Popen(
            [sys.executable, "-c",
             "import sys; from scrapers.cli import main; sys.exit(main(sys.argv[1:]))",
             "crawl", "remoteok", "--db", db_path, "--replay", url],
            cwd=PROJECT, env={**env, "MICROGIGS_BATCH_SIZE": "25"},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        stored = 0
        while time.monotonic() < deadline and crawl.poll() is None:
            reader = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30)
            stored = reader.execute("select count(*) from listings where source = 'remoteok'").fetchone()[0]
            reader.close()
            if stored >= 50:
                break
            time.sleep(0.05)
        assert crawl.poll() is None, "the crawl ended before it could be killed; make the replay bigger"
        os.kill(crawl.pid, signal.SIGKILL)
        crawl.wait()
        assert 0 < stored < total

        check = sqlite3.connect(db_path)
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert check.execute("INSERT INTO listings_fts(listings_fts) VALUES('integrity-check')") is not None
        check.close()
        db = open_db(db_path)
        assert {r["id"]: r for r in db.query("select * from listings where source = 'remotive'")} == before
        partial = db.execute("select count(*) from listings where source = 'remoteok'").fetchone()[0]
        assert partial % 25 == 0  # whole batches only: each is one transaction

        again = microgigs("crawl", "remoteok", "--db", db_path, "--replay", url, timeout=600)
        assert again.returncode == 0, again.stderr
    db = open_db(db_path)
    assert db.execute("select count(*) from listings where source = 'remoteok'").fetchone()[0] >= total * 0.5
    statuses = [r["status"] for r in db.query("select status from crawls where source = 'remoteok' order by started_at")]
    assert statuses == ["interrupted", "ok"]
    assert db.execute("select count(*) from listings where closed_at is not null").fetchone()[0] == 0
