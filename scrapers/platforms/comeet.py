"""Comeet career sites: GET www.comeet.co/careers-api/2.0/company/{uid}/positions?token={token}&details=true.

A board token is `uid/token`: the company uid and the public careers-API token a Comeet customer embeds in
its own careers page (`COMEET.init({...})`), the same values the recorded `position_url` carries
(`.../company/F6.003/positions/18.767?token=...`); public widget identifiers, not credentials.

Fixture basis: the real response ../shared/realworld/other_ats/jobagent_comeet_positions.json (Wiliot,
trimmed by its recorder to two positions): a list of positions with `uid`, `name`, `company_name`,
`department`, `employment_type`, `experience_level`, `workplace_type` ("On-site"), `location{name, city,
state, country (ISO-2), is_remote}`, `time_updated` (UTC ISO), `url_comeet_hosted_page` (one per location:
`18.767` and `18.767-9B.20A` of the same requisition), `url_active_page` (the company's page, shared by
both), `is_internal`, and `details[{name, value (HTML or null), order}]` (Description, Responsibilities,
Requirements). Public parsing code (michaeldinhmai/job-agent jobagent/sources.py) notes that only the list
with `details=true` carries descriptions. The list has no creation date: `time_updated` is the closest.
"""
import re

from scrapers.platforms.ats import JsonBoardSpider

API = "https://www.comeet.co/careers-api/2.0/company/{uid}/positions?token={token}&details=true"
EMPTY_HTML = re.compile(r"<[^>]*>|&nbsp;|\s")  # "<p><br></p><p>&nbsp;</p>": a section left blank
UID_IN_URL = re.compile(r"comeet\.com?/(?:careers-api/2\.0/company|jobs/[^/]+)/([0-9A-Za-z]{2}\.[0-9A-Za-z]{3})(?:/|\?|$)")


class ComeetPlatform(JsonBoardSpider):
    platform = "comeet"
    home_url = "https://www.comeet.com"
    terms_url = "https://www.comeet.com/jobs"
    terms = ("Comeet's public Careers API (the positions list a company's own careers page loads, with the "
             "page's public token; GET only); link to the position's Comeet-hosted page.")
    attribution = "Jobs from companies' own Comeet career pages"
    rate_limit = "none published; one request per company, one at a time, 1 s apart"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 1}
    board_in_url = UID_IN_URL
    records_path = None  # the body is the list of positions
    field_map = {
        "title": "name",
        "company": "company_name",
        "posted_raw": "time_updated",
        "employment_type_raw": "employment_type",
        "location_raw": "location.name",
        "country_raw": "location.country",
    }

    def board_request_url(self, token: str) -> str:
        uid, _, api_token = token.partition("/")
        return API.format(uid=uid, token=api_token)

    def board_of(self, response):
        token = super().board_of(response)
        return token.partition("/")[0] if token else None  # the uid; the API token stays out of the catalog

    def board_from_record(self, record):
        for key in ("position_url", "url_comeet_hosted_page"):
            found = UID_IN_URL.search(str(record.get(key) or ""))
            if found:
                return found.group(1)
        return None

    def post_process(self, item, record, board):
        if record.get("is_internal") is True:
            return None  # an internal opening is not shown on the public careers page
        uid = record.get("uid")
        if not isinstance(uid, (str, int)) or not str(uid).strip():
            raise ValueError("a position without uid")
        item["source_id"] = f"{board}:{uid}" if board else str(uid)
        # one hosted page per location; the company's own page is shared by every location of the requisition
        urls = [record.get(k) for k in ("url_comeet_hosted_page", "url_recruit_hosted_page", "url_active_page",
                                        "url_detected_page")]
        url = next((u for u in urls if isinstance(u, str) and u.startswith("http")), None)
        if url is None:
            raise ValueError("a position without a page")
        item["url"] = url
        location = record.get("location") if isinstance(record.get("location"), dict) else {}
        workplace = record.get("workplace_type")
        item["remote_raw"] = workplace if isinstance(workplace, str) and workplace.strip() else location.get("is_remote")
        sections = [s for s in record.get("details") or [] if isinstance(s, dict)]
        sections.sort(key=lambda s: s.get("order") if isinstance(s.get("order"), (int, float)) else 99)
        item["description_html"] = "".join(
            (f"<h3>{s['name']}</h3>" if isinstance(s.get("name"), str) else "") + s["value"]
            for s in sections if isinstance(s.get("value"), str) and EMPTY_HTML.sub("", s["value"])) or None
        item["tags"] = [v for v in (record.get("department"), record.get("experience_level")) if isinstance(v, str) and v]
        return item
