"""Eightfold career sites: GET {host}/api/apply/v2/jobs?domain={domain}&start=N&num=10 (offset paging).

A board token is `host:domain` (e.g. `talent.fmjobs.com:fcx.com`). Fixture basis: the real response
../shared/realworld/other_ats/ergon_eightfold_jobs.json (`domain`, `count`, `positions[{id, name,
posting_name, location(s), department, t_create/t_update (epoch s), work_location_option,
canonicalPositionUrl, job_description}]`) and FIELD_MAPS.md ("Eightfold /api/apply/v2/").
"""
import re
from urllib.parse import parse_qs, urlencode, urlsplit

from scrapers.platforms.ats import JsonBoardSpider

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
    queries: tuple[str, ...] = ("",)  # search words, each paged on its own ("" = every position)

    def board_request_url(self, token, start=0, query=""):
        host, _, domain = token.partition(":")
        params = {"domain": domain, "start": start, "num": PAGE, **({"query": query} if query else {})}
        return f"https://{host}/api/apply/v2/jobs?{urlencode(params)}"

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
