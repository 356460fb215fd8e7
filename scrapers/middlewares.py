"""Replay: run the real spiders without the network.

Two ways, one middleware:
- a request carrying `meta["replay_file"]` is answered from that saved file, under the request's URL
  (`microgigs parse`); with MICROGIGS_OFFLINE any other request is refused;
- with MICROGIGS_REPLAY_URL set, every request goes to that local server as `/<scheme>/<host>/<path>?<query>`
  and the response gets its real URL back, so spiders see the site they asked for (`microgigs demo`, tests).
"""
from __future__ import annotations

import ipaddress
import time
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import CannotResolveHostError, DownloadConnectionRefusedError, IgnoreRequest
from scrapy.resolver import CachingThreadedResolver
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.error import ConnectionRefusedError as TxConnectionRefusedError
from twisted.internet.error import DNSLookupError
from scrapy.http import HtmlResponse, TextResponse, XmlResponse
from scrapy.responsetypes import responsetypes
from scrapers.items import ListingItem

REAL_URL = "microgigs_real_url"


class NotFetchedOffline(IgnoreRequest):
    """`microgigs parse` reads the files it is given and fetches nothing more (next pages, details):
    a follow-up left unfetched on purpose, not a failure of the source."""


def replay_path(url: str) -> str:
    """The path a replay server serves `url` under."""
    parts = urlsplit(url)
    path = f"/{parts.scheme}/{parts.netloc}{parts.path or '/'}"
    return f"{path}?{parts.query}" if parts.query else path


class ReplayMiddleware:
    def __init__(self, replay_url: str | None, offline: bool):
        self.replay_url = replay_url.rstrip("/") if replay_url else None
        self.offline = offline

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("MICROGIGS_REPLAY_URL"), crawler.settings.getbool("MICROGIGS_OFFLINE"))

    def process_request(self, request, spider=None):
        path = request.meta.get("replay_file")
        if path:
            body = Path(path).read_bytes()
            cls = response_class(path, body)
            served = request.meta.get("replay_fetched_at")  # a datetime: when the saved response was served
            headers = {"Date": format_datetime(served, usegmt=True)} if served else None
            return cls(url=request.url, body=body, request=request, status=200, headers=headers)
        if self.offline:
            raise NotFetchedOffline(f"offline: not fetching {request.url}")
        if self.replay_url and REAL_URL not in request.meta:
            request.meta[REAL_URL] = request.url
            # robots.txt was checked for the real URL; not again for the replay server's address
            request.meta["dont_obey_robotstxt"] = True
            return request.replace(url=self.replay_url + replay_path(request.url))
        return None

    def process_response(self, request, response, spider=None):
        real = request.meta.get(REAL_URL)
        if real and response.url != real:
            return response.replace(url=real)
        return response


def response_class(path: str, body: bytes):
    suffix = Path(path).suffix.lower()
    if suffix in (".html", ".htm", ".txt"):
        return HtmlResponse
    if suffix in (".xml", ".rss", ".atom"):
        return XmlResponse
    if suffix in (".json", ".jsonl", ".yml", ".yaml"):
        return TextResponse
    cls = responsetypes.from_args(filename=path, body=body)
    return cls if issubclass(cls, TextResponse) else TextResponse


# --- Staying outside: no request reaches a private address (SSRF) ---

class RefusedAddress(IgnoreRequest):
    """The request would reach a private, loopback, link-local, multicast or reserved address (or leave the
    replay server): refused before any connection, never retried."""


class NonPublicAddressError(DNSLookupError):
    """A host name that resolved to an address the crawler must not connect to."""


class Stopping(IgnoreRequest):
    """The crawl is stopping (a signal or its time limit): a request still waiting is dropped, not sent."""


LOCAL_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost", "ip6-loopback")


def non_public_reason(address: str) -> str | None:
    """Why an IP address is off limits to the crawler, or None for a public (globally routable) one."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped:  # ::ffff:127.0.0.1 reaches 127.0.0.1
        ip = ip.ipv4_mapped
    for kind in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return f"a {kind.replace('_', '-')} address"
    return None if ip.is_global else "not a global address"


def literal_host_reason(host: str) -> str | None:
    """Why a URL's host is off limits without a DNS look-up: an internal IP literal or a local name."""
    host = host.lower().rstrip(".")
    if host in LOCAL_NAMES or host.endswith(".localhost"):
        return "a loopback name"
    try:
        return non_public_reason(host)
    except ValueError:
        return None  # a name: only its resolved address tells


def is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


def _host_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)  # ValueError on a malformed port
    return (parts.hostname or "").lower(), port


class PublicAddressMiddleware:
    """The last gate before a connection, for every request (robots.txt and redirects pass through again
    as new requests): only http(s), only public addresses.

    - On the network, the host is resolved here (through the reactor's resolver, whose cached answer the
      connection then uses; `PublicOnlyResolver` checks that answer again at connect time).
    - In replay mode, only the replay server's own address:port may be reached, and the real URL a
      request stands for must not name an internal address either; nothing is resolved.
    A failed look-up fails the host at once for the rest of the crawl (no retry, no backoff)."""

    def __init__(self, crawler):
        self.crawler = crawler
        replay = crawler.settings.get("MICROGIGS_REPLAY_URL")
        self.replay = _host_port(replay) if replay else None
        self.unresolvable: dict[str, str] = {}
        from urllib.request import getproxies

        # Through an HTTP proxy (http_proxy/https_proxy, as Scrapy's HttpProxyMiddleware reads them), the
        # proxy resolves names, not this machine: only literal addresses and local names are judged here.
        self.proxies = getproxies() if crawler.settings.getbool("HTTPPROXY_ENABLED", True) else {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_request(self, request, spider=None):
        if getattr(self.crawler, "microgigs_stopping", False):
            raise Stopping(f"not fetched: the crawl is stopping ({request.url})")
        parts = urlparse_cached(request)
        if parts.scheme not in ("http", "https"):
            self._refuse(request, "scheme", f"the {parts.scheme or 'empty'} scheme is not http(s)")
        try:
            host, port = _host_port(request.url)
        except ValueError:
            self._refuse(request, "malformed", "the address is malformed")
        if not host:
            self._refuse(request, "malformed", "the address has no host")
        if self.replay is not None:
            if (host, port) != self.replay:
                self._refuse(request, "outside_replay", f"{host}:{port} is not the replay server")
            real = request.meta.get(REAL_URL)
            reason = literal_host_reason(urlsplit(real).hostname or "") if real else None
            if reason:
                self._refuse(request, "internal", f"{urlsplit(real).hostname} is {reason}")
            return None
        reason = literal_host_reason(host)
        if reason:
            self._refuse(request, "internal", f"{host} is {reason}")
        if is_ip_literal(host) or self._proxied(request, parts.scheme, host):
            return None
        if host in self.unresolvable:
            raise CannotResolveHostError(f"{host}: {self.unresolvable[host]} (not retried)")
        try:
            address = await self._resolve(host)
        except NonPublicAddressError as exc:
            self._refuse(request, "internal", str(exc))
        except DNSLookupError as exc:
            self.unresolvable[host] = str(exc) or "DNS lookup failed"
            self.crawler.stats.inc_value("dns/failed_hosts")
            raise CannotResolveHostError(f"{host}: {self.unresolvable[host]}") from None
        reason = non_public_reason(address)
        if reason:
            self._refuse(request, "internal", f"{host} resolves to {address}, {reason}")
        return None

    def _proxied(self, request, scheme: str, host: str) -> bool:
        from urllib.request import proxy_bypass

        return bool(request.meta.get("proxy")) or (scheme in self.proxies and not proxy_bypass(host))

    async def _resolve(self, host: str) -> str:
        from twisted.internet import reactor

        from scrapy.utils.defer import maybe_deferred_to_future

        return await maybe_deferred_to_future(reactor.resolve(host))

    def _refuse(self, request, kind: str, why: str):
        stats = self.crawler.stats
        stats.inc_value("address_guard/refused")
        stats.inc_value(f"address_guard/refused/{kind}")
        raise RefusedAddress(f"refused before connecting: {why}")  # the failure line names the URL


class PublicOnlyResolver(CachingThreadedResolver):
    """TWISTED_DNS_RESOLVER: the address a connection is made to is checked again when it is resolved, so
    a DNS answer that changed after PublicAddressMiddleware's look-up (DNS rebinding) still cannot reach
    an internal address. IP literals are the middleware's to judge; the replay server's name is allowed."""

    def __init__(self, reactor, cache_size: int, timeout: float, allowed: frozenset[str] = frozenset()):
        super().__init__(reactor, cache_size, timeout)
        self.allowed = allowed

    @classmethod
    def from_crawler(cls, crawler, reactor):
        resolver = super().from_crawler(crawler, reactor)
        replay = crawler.settings.get("MICROGIGS_REPLAY_URL")
        resolver.allowed = frozenset([_host_port(replay)[0]]) if replay else frozenset()
        return resolver

    def getHostByName(self, name: str, timeout=()):  # noqa: N802 - Twisted's interface
        found = super().getHostByName(name, timeout)
        if is_ip_literal(name) or name.lower() in self.allowed:
            return found
        return found.addCallback(self._public_only, name)

    @staticmethod
    def _public_only(address: str, name: str) -> str:
        reason = non_public_reason(address)
        if reason:
            raise NonPublicAddressError(f"{name} resolves to {address}, {reason}: refused")
        return address


class BrowserRequestGuard:
    """PLAYWRIGHT_ABORT_REQUEST: what a rendered page asks Chromium to fetch (scripts, images, XHR, frames,
    its redirects) never passes through Scrapy's middlewares, so each is judged here by the same rules:
    aborted unless it goes to the replay server (replay mode) or to public addresses only."""

    BROWSER_ONLY = ("data", "blob", "about")  # served by the browser itself, no connection

    def __init__(self, replay_url: str | None = None):
        self.replay = _host_port(replay_url) if replay_url else None

    async def __call__(self, request) -> bool:
        """True: abort the request."""
        import logging

        why = await self.refusal(request.url)
        if why:
            logging.getLogger(__name__).warning("browser request refused before connecting: %s (%s)",
                                                why, request.url[:200])
        return why is not None

    async def refusal(self, url: str) -> str | None:
        parts = urlsplit(url)
        if parts.scheme in self.BROWSER_ONLY:
            return None
        if parts.scheme not in ("http", "https", "ws", "wss"):
            return f"the {parts.scheme} scheme is not http(s)"
        try:
            host, port = _host_port(url)
        except ValueError:
            return "the address is malformed"
        if self.replay is not None:
            return None if (host, port) == self.replay else f"{host}:{port} is not the replay server"
        reason = literal_host_reason(host)
        if reason or is_ip_literal(host):
            return reason and f"{host} is {reason}"
        import asyncio
        import socket

        try:
            found = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            return f"{host} could not be resolved ({exc})"
        for *_, sockaddr in found:
            reason = non_public_reason(sockaddr[0])
            if reason:
                return f"{host} resolves to {sockaddr[0]}, {reason}"
        return None

class RobotsTxtRfc9309Middleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, with RFC 9309's answers for a robots.txt that cannot be read:
    a 5xx (or 429) or an unreachable server means disallow all; a 4xx means no rules (its error page is
    not parsed as rules)."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.disallow_all: dict[str, str] = {}  # netloc -> why its robots.txt counts as "Disallow: /"

    async def _parse_robots(self, response, netloc, request):
        if response.status >= 500 or response.status == 429:
            self.disallow_all[netloc] = f"answered HTTP {response.status}"
            self._stats.inc_value("robotstxt/disallow_all/server_error")
        elif response.status >= 400:
            response = response.replace(body=b"")
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc, netloc):
        if not isinstance(exc, IgnoreRequest):
            self.disallow_all[netloc] = f"was unreachable ({str(exc) or type(exc).__name__})"[:300]
            self._stats.inc_value("robotstxt/disallow_all/unreachable")
        super()._robots_error(exc, netloc)

    def process_request_2(self, rp, request):
        why = self.disallow_all.get(urlparse_cached(request).netloc)
        if why:
            self._stats.inc_value("robotstxt/forbidden")
            raise IgnoreRequest(f"Forbidden by robots.txt: it {why} (RFC 9309: disallow all)")
        super().process_request_2(rp, request)


FAIL_AT_ONCE = (IgnoreRequest, CannotResolveHostError, DownloadConnectionRefusedError, DNSLookupError,
                TxConnectionRefusedError)


class RateLimitHeadersMiddleware:
    """Honour what a site says about pace, on the host's download slot (where AutoThrottle acts too):
    - its rate-limit budget (Reddit's `x-ratelimit-remaining` / `x-ratelimit-reset`): when spent, wait
      until the reset;
    - `Retry-After` on 429/503 (seconds or an HTTP date): wait that long before the retry;
    - other errors (5xx, timeouts, lost connections): exponential backoff, doubling the slot's delay
      up to BACKOFF_MAX_DELAY; a good response lets AutoThrottle bring it down again.
    A failed DNS look-up, a refused connection or a refused request is no sign of load: it fails at
    once, with no backoff (waiting would not make an offline machine or a dead host answer)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.max_delay = crawler.settings.getfloat("MICROGIGS_BACKOFF_MAX_DELAY", 300.0)
        from scrapy import signals

        # The budget is read as soon as the headers arrive: the slot sends its next request the moment
        # this body is in, before any process_response could set the wait.
        crawler.signals.connect(self.headers_received, signal=signals.headers_received)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def headers_received(self, headers, body_length, request, spider=None):
        remaining = _number(headers.get(b"x-ratelimit-remaining"))
        reset = _number(headers.get(b"x-ratelimit-reset"))
        if remaining is not None and reset is not None and remaining < 1:
            self._wait(request, min(max(reset, 0.0), 600.0), "ratelimit")

    def process_response(self, request, response, spider=None):
        retry_after = _retry_after(response) if response.status in (429, 503) else None
        if retry_after is not None:
            self._wait(request, min(retry_after, self.max_delay), "retry_after")
            return response
        if response.status >= 500 or response.status == 429:
            self._backoff(request)
        return response

    def process_exception(self, request, exception, spider=None):
        if not isinstance(exception, FAIL_AT_ONCE):
            self._backoff(request)
        return None

    def _slot(self, request):
        key = request.meta.get("download_slot")
        return self.crawler.engine.downloader.slots.get(key) if key else None

    def _wait(self, request, wait: float, kind: str) -> None:
        slot = self._slot(request)
        if slot is not None:
            slot.delay = max(slot.delay, wait)
            # Counted from this answer, not from when its request left (a slow answer would shorten it).
            slot.lastseen = max(slot.lastseen, time.monotonic())  # the clock Scrapy's slots keep
            # A stated wait is a minimum: no random shortening (`jitter` in Scrapy >= 2.19).
            if hasattr(slot, "jitter"):
                slot.jitter = 0
            slot.randomize_delay = False
        stats = self.crawler.stats
        stats.inc_value(f"{kind}/waits")
        stats.max_value(f"{kind}/max_wait_seconds", wait)

    def _backoff(self, request) -> None:
        slot = self._slot(request)
        if slot is None:
            return
        slot.delay = min(max(slot.delay * 2, 1.0), self.max_delay)
        self.crawler.stats.inc_value("backoff/count")
        self.crawler.stats.max_value("backoff/max_delay_seconds", slot.delay)


def _retry_after(response) -> float | None:
    value = response.headers.get(b"Retry-After")
    if value is None:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return max(0.0, (moment - datetime.now(timezone.utc)).total_seconds())


def _number(value) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


class UnparsableResponseMiddleware:
    """A body that is not what the source serves (an HTML error page, truncated JSON) is an expected
    failure of that source: one line in the crawl report and a stat, not a traceback."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_spider_exception(self, response, exception, spider=None):
        from scrapers.platforms.base import UnparsableResponse

        if not isinstance(exception, UnparsableResponse):
            return None  # a bug: let Scrapy log it with its traceback
        spider = spider or self.crawler.spider
        where = response.meta.get("replay_file") or response.url
        getattr(spider, "failures", []).append(f"{where}: {exception}"[:500])
        self.crawler.stats.inc_value("source_errors/UnparsableResponse")
        spider.logger.warning("unparsable response %s: %s", response.url, exception)
        return []


class NotModified(IgnoreRequest):
    """The page answered 304: its listings are unchanged, so it is neither parsed nor counted as an error."""


class ConditionalRequestsMiddleware:
    """Conditional requests (ETag / Last-Modified) for pages that hold listings and lead nowhere else.

    A page whose parse yielded listings and no further request has its validators and listing ids kept
    in `http_validators`; the next crawl asks with If-None-Match / If-Modified-Since, and a 304 marks
    those listings seen without a parse. Paged responses are always fetched in full, since a 304
    would hide the pages after them."""

    def __init__(self, crawler, db_path: str | None):
        self.crawler = crawler
        self.db_path = db_path
        self.known: dict[str, tuple[str | None, str | None, list[str]]] = {}
        self.learned: dict[str, tuple[str | None, str | None, list[str]]] = {}
        if db_path:
            from scrapy import signals

            crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
            crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.get("MICROGIGS_DB"))

    def spider_opened(self, spider):
        import json

        from db.schema import open_db

        db = open_db(self.db_path)
        self.known = {row["url"]: (row["etag"], row["last_modified"], json.loads(row["listing_ids"] or "[]"))
                      for row in db["http_validators"].rows_where("source = ?", [spider.name])}
        db.conn.close()
        spider.not_modified_ids = []

    def spider_closed(self, spider):
        if not self.learned:
            return
        import json

        from db.schema import open_db
        from db.writer import utc_now_iso

        db = open_db(self.db_path)
        now = utc_now_iso()
        with db.conn:
            db["http_validators"].upsert_all(
                [{"url": url, "source": spider.name, "etag": etag, "last_modified": modified,
                  "listing_ids": json.dumps(ids), "checked_at": now}
                 for url, (etag, modified, ids) in self.learned.items()], pk="url")
        db.conn.close()

    @staticmethod
    def _url(request) -> str:
        return request.meta.get(REAL_URL, request.url)

    def process_request(self, request, spider=None):
        if not self.db_path or request.method != "GET" or "replay_file" in request.meta:
            return None
        known = self.known.get(self._url(request))
        if known and known[2]:
            etag, modified, _ = known
            if etag:
                request.headers[b"If-None-Match"] = etag
            if modified:
                request.headers[b"If-Modified-Since"] = modified
            request.meta["microgigs_revalidating"] = bool(etag or modified)
        return None

    def process_response(self, request, response, spider=None):
        if not self.db_path:
            return response
        url = self._url(request)
        if response.status == 304 and request.meta.get("microgigs_revalidating"):
            spider = spider or self.crawler.spider
            ids = self.known[url][2]
            spider.not_modified_ids.extend(ids)
            self.learned[url] = self.known[url]
            self.crawler.stats.inc_value("http/not_modified")
            raise NotModified(f"{url}: not modified since the last crawl ({len(ids)} listings)")
        if response.status == 200:
            etag, modified = response.headers.get(b"ETag"), response.headers.get(b"Last-Modified")
            if etag or modified:
                request.meta["microgigs_validators"] = (
                    etag.decode("latin-1") if etag else None, modified.decode("latin-1") if modified else None)
        return response


class ConditionalOutputMiddleware:
    """Spider side of conditional requests: learns which listings a revalidatable page holds."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _conditional(self):
        for middleware in self.crawler.engine.downloader.middleware.middlewares:
            if isinstance(middleware, ConditionalRequestsMiddleware):
                return middleware
        return None

    def _learner(self, response):
        validators = response.meta.get("microgigs_validators") if response.request is not None else None
        conditional = self._conditional() if validators else None
        return _PageLearner(conditional, response, validators, self.crawler.spider.name) if conditional else None

    def process_spider_output(self, response, result, spider=None):
        learner = self._learner(response)
        for output in result:
            if learner:
                learner.see(output)
            yield output
        if learner:
            learner.finish()

    async def process_spider_output_async(self, response, result, spider=None):
        learner = self._learner(response)
        async for output in result:
            if learner:
                learner.see(output)
            yield output
        if learner:
            learner.finish()


class _PageLearner:
    """Collects the listing ids one page yields; remembers them only if the page led to no request."""

    def __init__(self, conditional, response, validators, source: str):
        self.conditional, self.response, self.validators, self.source = conditional, response, validators, source
        self.ids: list[str] = []
        self.leads_on = False

    def see(self, output) -> None:
        from normalize.listing import source_id_text

        if hasattr(output, "callback"):
            self.leads_on = True
        elif hasattr(output, "get") and not output.get("extract_error"):
            sid = source_id_text(output.get("source_id"))
            if sid:
                self.ids.append(f"{self.source}:{sid}")

    def finish(self) -> None:
        if self.ids and not self.leads_on:
            url = ConditionalRequestsMiddleware._url(self.response.request)
            self.conditional.learned[url] = (*self.validators, self.ids)


class FetchTimeMiddleware:
    """Stamps each item with when its response was served (its Date header), so relative dates ("Posted 3 Days
    Ago") count from then: a saved response parsed a week later keeps its dates."""

    def process_spider_output(self, response, result, spider=None):
        served = _served_at(response)
        for item in result:
            yield _stamped(item, served)

    async def process_spider_output_async(self, response, result, spider=None):
        served = _served_at(response)
        async for item in result:
            yield _stamped(item, served)


def _stamped(item, served: str | None):
    if served and isinstance(item, ListingItem) and not item.get("fetched_at"):
        item["fetched_at"] = served
    return item


def _served_at(response) -> str | None:
    header = response.headers.get("Date") if response is not None else None
    if not header:
        return None
    try:
        moment = parsedate_to_datetime(header.decode("latin-1"))
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
