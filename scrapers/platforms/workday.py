"""Workday career sites: POST {tenant}.{wdN}.myworkdayjobs.com/wday/cxs/{tenant}/{site}/jobs, offset paging.

A board token is `tenant.wdN/site` (e.g. `nvidia.wd5/NVIDIAExternalCareerSite`), from the site's public URL
https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite. Fixture basis: the real CXS responses in
../shared/realworld/workday/ (`total` capped at 2000, `jobPostings[{title, externalPath, locationsText,
postedOn "Posted 30+ Days Ago", bulletFields[req id]}]`) and FIELD_MAPS.md. Only the list is read: it
has no description, pay or job type (a detail request per job would multiply the load on the site).
"""
import json
import re

from scrapy import Request

from scrapers.platforms.ats import JsonBoardSpider

PAGE = 20
MAX_OFFSET = 2000  # the endpoint caps `total` at 2000
POSTED = re.compile(r"^posted\s+", re.I)


def site_parts(token: str) -> tuple[str, str, str] | None:
    """(host, tenant, site) of a `tenant.wdN/site` token."""
    found = re.fullmatch(r"([a-z0-9-]+)\.(wd\d+)/([A-Za-z0-9_-]+)", token or "")
    if not found:
        return None
    tenant, pod, site = found.groups()
    return f"{tenant}.{pod}.myworkdayjobs.com", tenant, site


class WorkdayPlatform(JsonBoardSpider):
    platform = "workday"
    home_url = "https://www.workday.com"
    terms_url = "https://www.workday.com/en-us/legal/website-terms-of-use.html"
    terms = ("Companies' public Workday career sites (the JSON their own search page uses, no key); link to "
             "the job on the company's career site.")
    attribution = "Jobs from companies' own Workday career sites"
    rate_limit = "none published; one request at a time per site, 2 s apart, at most 2,000 jobs per site"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 2}
    board_in_url = re.compile(r"https?://([a-z0-9-]+\.wd\d+)\.myworkdayjobs\.com/wday/cxs/[^/]+/([^/?#]+)/jobs")
    records_path = "jobPostings"
    field_map = {"title": "title", "location_raw": "locationsText", "remote_raw": "remoteType"}

    def initial_requests(self):
        replaying = bool(self.settings.get("MICROGIGS_REPLAY_URL"))
        from scrapers.platforms.boards import load_boards

        boards = load_boards(self.platform, which="sample" if replaying else "real")
        if self.board_filter:
            boards = {t.strip(): "" for t in self.board_filter.split(",") if t.strip()}
        for token in boards:
            request = self.page_request(token, 0)
            if request is not None:
                yield request

    def page_request(self, token: str, offset: int):
        parts = site_parts(token)
        if parts is None:
            self.failures.append(f"workday board {token!r} is not tenant.wdN/site")
            return None
        host, tenant, site = parts
        body = {"appliedFacets": {}, "limit": PAGE, "offset": offset, "searchText": ""}
        # POST bodies differ per page: the URL carries the offset too, so each page has its own address.
        return Request(f"https://{host}/wday/cxs/{tenant}/{site}/jobs?offset={offset}", method="POST",
                       body=json.dumps(body), headers={"Content-Type": "application/json", "Accept": "application/json"},
                       callback=self.parse, errback=self.on_request_error, meta={"board": token, "offset": offset})

    def board_of(self, response):
        token = response.meta.get("board") if response.request is not None and "board" in response.meta else None
        if token:
            return token
        found = self.board_in_url.search(response.url)
        return f"{found.group(1)}/{found.group(2)}" if found else None

    def post_process(self, item, record, board):
        path = record.get("externalPath")
        parts = site_parts(board or "")
        if not isinstance(path, str) or parts is None:
            raise ValueError("a posting without externalPath, or an unknown site")
        host, _, site = parts
        item["url"] = f"https://{host}/{site}{path}"
        bullets = [b for b in record.get("bulletFields") or [] if isinstance(b, str)]
        item["source_id"] = f"{board}:{bullets[0] if bullets else path}"
        posted = record.get("postedOn")
        # "Posted Today", "Posted 3 Days Ago"; "30+ Days Ago" is only a bound, so no date is taken from it.
        if isinstance(posted, str) and "+" not in posted:
            item["posted_raw"] = POSTED.sub("", posted).lower()
        if isinstance(item.get("location_raw"), str) and re.fullmatch(r"\d+ Locations", item["location_raw"]):
            item.pop("location_raw")  # "2 Locations" names none of them
        return item

    def next_page(self, response, data, board):
        offset = response.meta.get("offset", 0) if response.request is not None else 0
        total = data.get("total") if isinstance(data, dict) else None
        postings = data.get("jobPostings") if isinstance(data, dict) else None
        following = offset + PAGE
        if not postings or not isinstance(total, int) or following >= min(total, MAX_OFFSET) or board is None:
            return None
        return self.page_request(board, following)
