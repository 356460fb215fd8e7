"""Politeness through the real engine: a site's rate-limit headers make the next request wait."""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from scrapers.middlewares import replay_path
from scrapers.runner import spider_classes
from scrapers.settings import ROBOTSTXT_OBEY, USER_AGENT
from tests.conftest import SAMPLES
from tests.test_cli import microgigs

RESET_SECONDS = 2


def test_reddit_rate_limit_headers_delay_the_next_page(tmp_path):
    manifest = json.loads((SAMPLES / "reddit" / "manifest.json").read_text())
    routes = {replay_path(url): SAMPLES / "reddit" / name for url, name in manifest.items()}
    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            seen.append((self.path, time.monotonic(), self.headers.get("User-Agent")))
            path = routes.get(self.path)
            if path is None:
                self.send_error(404)
                return
            body = path.read_bytes()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("x-ratelimit-remaining", "0")  # budget spent after every page
            self.send_header("x-ratelimit-reset", str(RESET_SECONDS))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        result = microgigs("crawl", "reddit", "--db", str(tmp_path / "r.db"),
                           "--replay", f"http://127.0.0.1:{server.server_address[1]}")
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr
    pages = [(t, ua) for path, t, ua in seen if "/new.json" in path]
    assert len(pages) == len(manifest)  # four subreddits and r/forhire's second page
    # r/forhire's second page follows its first page's answer, which spent the budget: it waits for the reset
    first = next(t for path, t, _ in seen if "/r/forhire/" in path and "after=" not in path)
    second = next(t for path, t, _ in seen if "/r/forhire/" in path and "after=" in path)
    assert second - first >= RESET_SECONDS * 0.9
    assert pages[0][1] == USER_AGENT and "microgigs" in USER_AGENT and "http" in USER_AGENT


def test_robots_txt_is_obeyed_by_default():
    assert ROBOTSTXT_OBEY is True


@pytest.mark.parametrize("name", sorted(spider_classes()))
def test_every_source_keeps_one_request_at_a_time_with_autothrottle_and_robots(name):
    """Each spider's effective settings (project settings + its own custom_settings, as a crawl merges them):
    robots.txt obeyed, the identifying User-Agent, AutoThrottle on, one request at a time per host, a delay."""
    from scrapers.runner import project_settings

    settings = project_settings()
    spider_classes()[name].update_settings(settings)  # what a crawl does with the spider's custom_settings
    assert settings.getbool("ROBOTSTXT_OBEY") and settings.get("USER_AGENT") == USER_AGENT
    assert settings.getbool("AUTOTHROTTLE_ENABLED") and settings.getfloat("AUTOTHROTTLE_TARGET_CONCURRENCY") <= 1
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1
    assert settings.getfloat("DOWNLOAD_DELAY") >= 1
    assert settings.getbool("RETRY_ENABLED") and 429 in settings.getlist("RETRY_HTTP_CODES")
