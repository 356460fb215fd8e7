"""Listing pages rendered by JavaScript: fetched in headless Chromium through scrapy-playwright.

Playwright cannot download its own browser here, so the system Chromium is launched (`chromium` on
the PATH or MICROGIGS_CHROMIUM). Without one, the spider fetches nothing and the crawl reports it
skipped, naming what to install; the other sources run as usual.
"""
from __future__ import annotations

import os
import shutil

from scrapers.platforms.html_listing import HtmlListingSpider

HANDLER = "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler"


def system_chromium() -> str | None:
    for candidate in (os.environ.get("MICROGIGS_CHROMIUM"), shutil.which("chromium"), "/usr/bin/chromium",
                      shutil.which("chromium-browser"), shutil.which("google-chrome")):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


def playwright_settings(extra: dict | None = None) -> dict:
    return {
        "DOWNLOAD_HANDLERS": {"http": HANDLER, "https": HANDLER},
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {
            "executable_path": system_chromium(), "headless": True,
            # the machine's network is closed: no background connections, no sandbox as root
            "args": ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": 30_000,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 1,
        **(extra or {}),
    }


class RenderedListingSpider(HtmlListingSpider):
    """HtmlListingSpider whose pages are rendered in Chromium before the cards are read.

    `ready` is the CSS selector the page is awaited for (default: a card). A site whose list is shown only to
    signed-in users declares `sign_in` (a selector of its sign-in form) and `sign_in_reason`: a rendered page
    with that form and no card ends the crawl as skipped with the reason, never as a parse error (microgigs
    does not sign in anywhere).
    """

    custom_settings = playwright_settings()
    ready: str | None = None
    sign_in: str | None = None
    sign_in_reason: str = "its list is shown only to signed-in users"

    def initial_requests(self):
        if system_chromium() is None:
            self.crawl_status = "skipped"
            self.failures.append(f"{self.name}: skipped, its pages are rendered by JavaScript and no Chromium was "
                                 "found (install Debian's `chromium`, or set MICROGIGS_CHROMIUM)")
            return
        for url in self.start_urls:
            yield self.make_request(url, callback=self.parse, meta=self.render_meta())

    def render_meta(self) -> dict:
        from scrapy_playwright.page import PageMethod

        ready = self.ready or ", ".join(s for s in (self.card, self.sign_in) if s)
        return {"playwright": True,
                "playwright_page_methods": [PageMethod("wait_for_selector", ready, timeout=15_000)]}

    def parse(self, response, **kwargs):
        if self.sign_in and hasattr(response, "css") and not response.css(self.card) and response.css(self.sign_in):
            self.crawl_status = "skipped"
            self.failures.append(f"{self.name}: skipped, {response.url} asks to sign in: {self.sign_in_reason}")
            self.logger.warning(self.failures[-1])
            return
        yield from super().parse(response, **kwargs)
