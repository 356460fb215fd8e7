"""Torre.ai: its public opportunity search (POST search.torre.co/opportunities/_search/), freelance gigs,
part-time and flexible jobs and internships, newest pages first, cursor paging.

Fixture basis: the real recordings ../shared/realworld/other_boards/jobagent_torre_search_page0.json and
..._page1.json (michaeldinhmai/job-agent, a search of 1,625 results trimmed by its recorder to 3 a page):
`{total, size, offset, aggregators, pagination{previous, next}, results[]}`; a result has `id`, `objective`
(the title), `slug`, `tagline` (one line; the search carries no description), `type`
("full-time-employment"), `opportunity` ("employee"), `commitment` ("full-time"), `organizations[{name}]`,
`locations[]` (country names), `remote`, `place{remote, anywhere, locationType, location[{countryCode}]}`,
`created`/`deadline` (UTC ISO), `status` ("open"), `externalApplicationUrl` (absent when applying on Torre),
`compensation{data{code ("range", "to-be-agreed": zero amounts), currency, minAmount, maxAmount, periodicity
("yearly", "monthly"), minHourlyUSD, ...}, visible}` and `skills[{name}]`. Every recorded result is a
full-time role; the other values come from public client code found with the `search` tool (not verified
against the live site here): `type` "part-time-employment", "freelance-gigs", "internships", "flexible-jobs",
`commitment` "part-time", compensation `code` "fixed" with `maxAmount` null and `periodicity` "hourly", the
`{"type": {"code": ...}}` and `or` search filters, the public page https://torre.ai/post/{id}-{slug}, and
(job-agent's notes) that `offset` is ignored and pages follow `pagination.next` as `after=`, and that pages
over ~36 results are refused with HTTP 400.
"""
import json
from urllib.parse import quote

from scrapy import Request

from scrapers.platforms.json_api import JsonApiSpider

SEARCH = "https://search.torre.co/opportunities/_search/?size=20&aggregate=false"
TYPES = ("freelance-gigs", "part-time-employment", "flexible-jobs", "internships")
MAX_PAGES = 10  # 200 opportunities a crawl, newest first
NO_PAY = ("to-be-agreed",)  # the record's own code for "not stated": its amounts are 0.0


class TorreSpider(JsonApiSpider):
    name = "torre"
    source_kind = "api"
    home_url = "https://torre.ai"
    terms_url = "https://torre.ai/terms"
    terms = ("Torre's public opportunity search (the JSON its own job search uses, no key); link each "
             "opportunity to its page on torre.ai and credit Torre.")
    attribution = "Opportunity via Torre (torre.ai)"
    rate_limit = "none published; 20 results a page, at most 10 pages a crawl, one at a time, 2 s apart"
    min_interval_hours = 6
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 2}
    sample_url = SEARCH
    records_path = "results"
    field_map = {
        "source_id": "id",
        "title": "objective",
        "company": "organizations.0.name",
        "description_text": "tagline",
        "posted_raw": "created",
        "expires_raw": "deadline",
        "apply_url": "externalApplicationUrl",
        "remote_raw": "remote",
        "location_raw": "locations",
    }

    def initial_requests(self):
        yield self.search_request(None, 1)

    def search_request(self, cursor, page):
        body = {"or": [{"type": {"code": code}} for code in TYPES]}
        url = SEARCH + (f"&after={quote(cursor, safe='')}" if cursor else "")
        return Request(url, method="POST", body=json.dumps(body),
                       headers={"Content-Type": "application/json", "Accept": "application/json"},
                       callback=self.parse, errback=self.on_request_error, meta={"page": page})

    def skip_record(self, record):
        return isinstance(record, dict) and isinstance(record.get("status"), str) and record["status"] != "open"

    def post_process(self, item, record):
        if not isinstance(item.get("source_id"), str) or not item["source_id"].strip():
            raise ValueError("an opportunity without id")
        slug = record.get("slug")
        item["url"] = f"https://torre.ai/post/{item['source_id']}" + (f"-{slug}" if isinstance(slug, str) and slug else "")
        item["employment_type_raw"] = [v for v in (record.get("type"), record.get("opportunity"), record.get("commitment"))
                                       if isinstance(v, str) and v] or None
        place = record.get("place") if isinstance(record.get("place"), dict) else {}
        codes = {p.get("countryCode") for p in place.get("location") or [] if isinstance(p, dict) and p.get("countryCode")}
        if len(codes) == 1 and not place.get("anywhere"):
            item["country_raw"] = codes.pop()
        compensation = record.get("compensation") if isinstance(record.get("compensation"), dict) else {}
        pay = compensation.get("data") if isinstance(compensation.get("data"), dict) else {}
        if pay and compensation.get("visible") is not False:
            item["pay_raw"] = pay
            amounts = [pay.get("minAmount"), pay.get("maxAmount")]
            if pay.get("code") not in NO_PAY and any(isinstance(a, (int, float)) and a > 0 for a in amounts):
                item["pay_min_raw"], item["pay_max_raw"] = (a if isinstance(a, (int, float)) and a > 0 else None
                                                            for a in amounts)
                item["pay_currency_raw"] = pay.get("currency")
                item["pay_unit_raw"] = pay.get("periodicity")
        if not item.get("location_raw"):
            item.pop("location_raw", None)  # [] names no place
        item["tags"] = [s["name"] for s in record.get("skills") or [] if isinstance(s, dict) and isinstance(s.get("name"), str)]
        return item

    def next_page(self, response, data):
        page = response.meta.get("page", 1) if response.request is not None else 1
        cursor = (data.get("pagination") or {}).get("next") if isinstance(data, dict) else None
        if not isinstance(cursor, str) or not cursor or not data.get("results") or page >= MAX_PAGES:
            return None
        return self.search_request(cursor, page + 1)
