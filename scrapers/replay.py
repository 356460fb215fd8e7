"""A local replay server: serves saved captures on 127.0.0.1 at the paths ReplayMiddleware asks for.

Each folder under scrapers/samples/<source>/ has a manifest.json mapping the real URL a spider
requests to the file that answers it.
"""
from __future__ import annotations

import json
import threading
import time
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from scrapers.middlewares import replay_path

SAMPLES = Path(__file__).resolve().parent / "samples"
CONTENT_TYPES = {
    ".json": "application/json; charset=utf-8",
    ".html": "text/html; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".xml": "application/xml; charset=utf-8",
}


def load_routes(samples_dir: Path = SAMPLES, sources: list[str] | None = None) -> dict[str, Path]:
    """replay path -> file, over every source's manifest (or only `sources`)."""
    routes: dict[str, Path] = {}
    for manifest in sorted(samples_dir.glob("*/manifest.json")):
        if sources is not None and manifest.parent.name not in sources:
            continue
        for url, filename in json.loads(manifest.read_text()).items():
            routes[replay_path(url)] = manifest.parent / filename
    return routes


class ReplayServer:
    """`with ReplayServer(routes) as url:` serves routes on a free 127.0.0.1 port."""

    def __init__(self, routes: dict[str, Path], host: str = "127.0.0.1", port: int = 0, delay: float = 0.0):
        self.routes = routes
        self.delay = delay  # seconds before each answer: a slow site, for tests that need one
        handler = self._handler()
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.url = f"http://{host}:{self.httpd.server_address[1]}"
        self.hits: list[str] = []

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - a search API answered by POST (Workday): same routes
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                self.do_GET()

            def do_GET(self):  # noqa: N802 - http.server's naming
                server.hits.append(self.path)
                if server.delay and not self.path.endswith("robots.txt"):
                    time.sleep(server.delay)
                path = server.routes.get(self.path)
                if path is None:
                    self.send_error(404, "not in the replay")
                    return
                body = path.read_bytes()
                self.send_response(200)
                self.send_header("Content-Type", CONTENT_TYPES.get(path.suffix, "application/octet-stream"))
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)


            def log_message(self, *args):  # keep the demo's output readable
                pass

        return Handler

    def __enter__(self) -> str:
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self.url

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def served_date(interaction) -> datetime | None:
    """When a recorded response was served: its Date header, or None."""
    response = interaction.get("response") if isinstance(interaction, dict) else None
    headers = response.get("headers") if isinstance(response, dict) else None
    if not isinstance(headers, dict):
        return None
    value = next((v for k, v in headers.items() if isinstance(k, str) and k.lower() == "date"), None)
    value = value[0] if isinstance(value, list) and value else value
    try:
        moment = parsedate_to_datetime(value) if isinstance(value, str) else None
    except (TypeError, ValueError, IndexError):
        return None
    return moment.replace(tzinfo=timezone.utc) if moment is not None and moment.tzinfo is None else moment


def cassette_responses(path: Path, workdir: Path, dates: list | None = None) -> list[tuple[str, str]] | None:
    """A VCR cassette's recorded responses as (body file, request URL) pairs; None if `path` is no cassette.

    Client libraries record real responses as VCR cassettes (YAML with `http_interactions`); each body
    is written to `workdir` so it can be replayed like any saved response.
    """
    if path.suffix.lower() not in (".yml", ".yaml"):
        return None
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8", errors="replace"))
    except yaml.YAMLError:
        return None
    # Ruby/Python VCR: `http_interactions` (request.uri, response.body.string); go-vcr v2: `interactions`
    # (request.url, response.body as a string).
    interactions = None
    if isinstance(data, dict):
        interactions = data.get("http_interactions") or data.get("interactions")
    if not isinstance(interactions, list):
        return None
    out = []
    for number, interaction in enumerate(interactions):
        try:
            request, response = interaction["request"], interaction["response"]
            url = request.get("uri") or request["url"]
            body = response["body"]
            body = body.get("string") if isinstance(body, dict) else body
        except (KeyError, TypeError, AttributeError):
            continue
        if body is None:
            body = b""
        if not isinstance(body, (str, bytes)) or not isinstance(url, str):
            continue  # e.g. `string: 1000000000`: bytes() of it would allocate that many bytes
        target = workdir / f"{path.stem}_{number}.body"
        target.write_bytes(body.encode("utf-8", "replace") if isinstance(body, str) else body)
        out.append((str(target), url))
        if dates is not None:  # when each was served, in the same order
            dates.append(served_date(interaction))
    return out
