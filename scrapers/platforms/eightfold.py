"""Eightfold career sites, in the two shapes their JSON search answers with (offset paging, 10 a page):

- GET {host}/api/pcsx/search?domain={domain}&query=&start=N: what a company's own careers page loads now,
  `{"status": 200, "data": {"count", "positions": [{id, displayJobId, name, locations, standardizedLocations,
  postedTs (epoch s), department, workLocationOption, positionUrl ("/careers/job/{id}")}]}}`; the search
  holds no description (a position_details request per job would multiply the load on the site).
- GET {host}/api/apply/v2/jobs?domain={domain}&start=N&num=10: the older API some microsites still answer
  with, `{domain, count, positions[{id, name, posting_name, location(s), department, t_create/t_update
  (epoch s), work_location_option, canonicalPositionUrl, job_description}]}`.

A board token is `host:domain` (e.g. `talent.fmjobs.com:fcx.com`). Fixture basis: the real apply/v2 response
../shared/realworld/other_ats/ergon_eightfold_jobs.json and FIELD_MAPS.md ("Eightfold /api/apply/v2/"); for
pcsx, the field names public clients read from the live search (test fixtures and scrapers in public
repositories, found with the `search` tool: data.count, data.positions[].id/displayJobId/name/locations/
standardizedLocations/postedTs/workLocationOption/department/positionUrl).
"""
from urllib.parse import parse_qs, urlencode, urljoin, urlsplit

from scrapers.items import ListingItem
from scrapers.platforms.ats import JsonBoardSpider
from scrapers.platforms.base import UnparsableResponse, dig

PAGE = 10
MAX_START = 1000


class EightfoldPlatform(JsonBoardSpider):
    platform = "eightfold"
    home_url = "https://eightfold.ai"
    terms_url = "https://eightfold.ai/terms-of-service/"
    terms = ("Companies' public Eightfold career sites (the JSON their own search page loads, no key); link to "
             "the position on the company's career site.")
    attribution = "Jobs from companies' own Eightfold career sites"
    rate_limit = "none published; one request at a time per site, 2 s apart, at most 1,000 positions per site"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 2}
    records_path = "positions"
    field_map = {
        "source_id": "id",
        "url": "canonicalPositionUrl",
        "title": "posting_name",
        "description_html": "job_description",
        "posted_raw": "t_create",
        "location_raw": "locations",
        "remote_raw": "work_location_option",
    }
    # the search API's newer shape, read from data.positions
    search_field_map = {
        "source_id": "id",
        "title": "name",
        "posted_raw": "postedTs",
        "remote_raw": "workLocationOption",
    }
    queries: tuple[str, ...] = ("",)  # search words, each paged on its own ("" = every position)
    search_api = "apply"  # "apply": /api/apply/v2/jobs; "pcsx": /api/pcsx/search (what a careers page loads now)

    def board_request_url(self, token, start=0, query=""):
        host, _, domain = token.partition(":")
        if self.search_api == "pcsx":
            params = {"domain": domain, "query": query, "start": start}
            return f"https://{host}/api/pcsx/search?{urlencode(params)}"
        params = {"domain": domain, "start": start, "num": PAGE, **({"query": query} if query else {})}
        return f"https://{host}/api/apply/v2/jobs?{urlencode(params)}"

    def parse(self, response, **kwargs):
        data = self.load_json(response)
        inner = data.get("data") if isinstance(data, dict) else None
        if not (isinstance(inner, dict) and "positions" in inner):
            yield from super().parse(response, **kwargs)  # the apply/v2 shape
            return
        records = inner.get("positions")
        if not isinstance(records, list):
            raise UnparsableResponse(f"{self.name}: {response.url} has no list at 'data.positions'")
        board = self.board_of(response)
        yield from self.items_from_records(records, lambda record: self.search_item(record, board, response.url))
        following = self.next_page(response, inner, board)
        if following is not None:
            yield following

    def search_item(self, record, board, page_url):
        """An item from a pcsx search position: its page is positionUrl on the site that answered."""
        if not isinstance(record, dict):
            raise TypeError(f"position is {type(record).__name__}, not an object")
        item = ListingItem(raw=record, board=board)
        for field, path in self.search_field_map.items():
            value = dig(record, path)
            if value is not None:
                item[field] = value
        path = record.get("positionUrl") or record.get("publicUrl")
        if isinstance(path, str) and path.strip():
            item["url"] = urljoin(page_url, path.strip())
        elif record.get("id") is not None:
            item["url"] = urljoin(page_url, f"/careers/job/{record['id']}")
        places = record.get("locations") or record.get("standardizedLocations")
        item["location_raw"] = places
        if item.get("posted_raw") is None and record.get("creationTs") is not None:
            item["posted_raw"] = record["creationTs"]
        item["company"] = self.boards.get(board or "") or None
        return self.post_process(item, record, board)

    def initial_requests(self):
        for request in super().initial_requests():
            for query in self.queries:
                yield request.replace(url=self.board_request_url(request.meta["board"], 0, query))

    def board_of(self, response):
        token = super().board_of(response) if response.request is not None and "board" in response.meta else None
        if token:
            return token
        parts = urlsplit(response.url)
        domain = (parse_qs(parts.query).get("domain") or [""])[0]
        return f"{parts.hostname}:{domain}" if domain else None

    def post_process(self, item, record, board):
        if not item.get("title"):
            item["title"] = record.get("name")
        item["tags"] = [record["department"]] if isinstance(record.get("department"), str) else []
        places = item.get("location_raw")
        if isinstance(places, list):  # several places: each as the site wrote it, never run together
            places = [p.strip() for p in places if isinstance(p, str) and p.strip()]
            item["location_raw"] = "; ".join(dict.fromkeys(places)) or None
        return item

    def next_page(self, response, data, board):
        if not isinstance(data, dict) or not data.get("positions") or board is None:
            return None
        query = parse_qs(urlsplit(response.url).query)
        start = int((query.get("start") or ["0"])[0] or 0) + len(data["positions"])
        total = data.get("count")
        if not isinstance(total, int) or start >= min(total, MAX_START):
            return None
        return self.make_request(self.board_request_url(board, start, (query.get("query") or [""])[0]),
                                 callback=self.parse, meta={"board": board})
