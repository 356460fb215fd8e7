"""Conditional requests: a page that answers 304 costs no parse, and its listings stay seen and open."""
from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler

from db.schema import open_db
from tests.conftest import LoopbackServer, SAMPLES
from tests.test_cli import microgigs

BODY = (SAMPLES / "remoteok" / "remoteok_sample.json").read_bytes()


class EtagServer(LoopbackServer):
    """Serves Remote OK's sample at every path with an ETag (or, with `last_modified`, only a Last-Modified
    date), answering 304 to a matching If-None-Match (or If-Modified-Since)."""

    def __init__(self, last_modified: bool = False):
        self.requests: list[dict] = []
        self.etag = None if last_modified else '"v1"'
        self.modified = "Tue, 24 Nov 2026 10:00:00 GMT" if last_modified else None
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                if "robots.txt" not in self.path:
                    server.requests.append(dict(self.headers))
                validators = {"ETag": server.etag, "Last-Modified": server.modified}
                if (server.etag and self.headers.get("If-None-Match") == server.etag) or (
                        server.modified and self.headers.get("If-Modified-Since") == server.modified):
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                for name, value in validators.items():
                    if value:
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(BODY)))
                self.end_headers()
                self.wfile.write(BODY)

            def log_message(self, *args):
                pass

        self.listen(Handler)


def test_unchanged_page_is_revalidated_not_parsed_and_nothing_closes(tmp_path):
    db_path = str(tmp_path / "c.db")
    with EtagServer() as server:
        first = microgigs("crawl", "remoteok", "--db", db_path, "--replay", server.url)
        assert first.returncode == 0, first.stderr
        db = open_db(db_path)
        stored = db.execute("select count(*) from listings").fetchone()[0]
        assert stored >= 20
        assert db["http_validators"].count == 1
        for _ in range(3):  # three unchanged crawls would close everything if 304 counted as "not seen"
            again = microgigs("crawl", "remoteok", "--db", db_path, "--replay", server.url)
            assert again.returncode == 0, again.stderr
        assert [r.get("If-None-Match") for r in server.requests] == [None, '"v1"', '"v1"', '"v1"']
        db = open_db(db_path)
        last = next(db.query("select * from crawls order by started_at desc limit 1"))
        assert last["status"] == "ok" and last["items"] == 0 and last["not_modified"] >= stored
        assert json.loads(last["stats"])["http/not_modified"] == 1
        assert db.execute("select count(*) from listings where closed_at is not null").fetchone()[0] == 0
        assert db.execute("select count(*) from listings where last_seen_at = ?", [last["started_at"]]).fetchone()[0] == stored

        server.etag = '"v2"'  # the page changed: fetched and parsed in full again
        changed = microgigs("crawl", "remoteok", "--db", db_path, "--replay", server.url)
        assert changed.returncode == 0 and f"{stored} listings" in changed.stdout


def test_if_modified_since_from_last_modified_alone(tmp_path):
    db_path = str(tmp_path / "lm.db")
    with EtagServer(last_modified=True) as server:
        first = microgigs("crawl", "remoteok", "--db", db_path, "--replay", server.url)
        assert first.returncode == 0, first.stderr
        stored = open_db(db_path).execute("select count(*) from listings").fetchone()[0]
        again = microgigs("crawl", "remoteok", "--db", db_path, "--replay", server.url)
        assert again.returncode == 0, again.stderr
        assert [r.get("If-Modified-Since") for r in server.requests] == [None, server.modified]
        assert all(r.get("If-None-Match") is None for r in server.requests)
        db = open_db(db_path)
        last = next(db.query("select * from crawls order by started_at desc limit 1"))
        assert last["status"] == "ok" and last["items"] == 0 and last["not_modified"] >= stored >= 20
        assert db.execute("select count(*) from listings where closed_at is not null").fetchone()[0] == 0

        server.modified = "Wed, 25 Nov 2026 10:00:00 GMT"  # changed: parsed in full, the new date learned
        changed = microgigs("crawl", "remoteok", "--db", db_path, "--replay", server.url)
        assert changed.returncode == 0 and f"{stored} listings" in changed.stdout
        assert next(open_db(db_path).query("select last_modified from http_validators"))["last_modified"] == server.modified
