"""Freelancer.com: active projects from its public REST API (projects/0.1/projects/active).

Fixture basis: Freelancer's public API documentation (developers.freelancer.com, "Search active projects")
and FIELD_MAPS.md's field list from a json-to-go struct of a real response: `result.projects[]` with `id`,
`title`, `seo_url` (page https://www.freelancer.com/projects/{seo_url}), `preview_description`/`description`,
`type` fixed|hourly, `budget{minimum,maximum}`, `currency{code,sign}`, `hourly_project_info{commitment{hours,
interval}}`, `jobs[{name}]`, `bid_stats{bid_count}`, `time_submitted` (epoch s), `bidperiod` (days),
`location{country{name,code}}`. No real response was recorded.
"""
from urllib.parse import parse_qs, urlencode, urlsplit

from scrapers.platforms.json_api import JsonApiSpider

API = "https://www.freelancer.com/api/projects/0.1/projects/active/"
PAGE = 100
MAX_OFFSET = 1000


def page_url(offset: int) -> str:
    return API + "?" + urlencode({"limit": PAGE, "offset": offset, "full_description": "true",
                                  "job_details": "true", "compact": "true"})


class FreelancerSpider(JsonApiSpider):
    name = "freelancer"
    source_kind = "api"
    is_marketplace = True
    home_url = "https://www.freelancer.com"
    terms_url = "https://developers.freelancer.com/docs/api-overview/terms-of-use"
    terms = ("Freelancer.com's public API (active projects, no key for reading): attribute projects to "
             "Freelancer.com and link to each project's page.")
    attribution = "Project via Freelancer.com"
    rate_limit = "none published for anonymous reads; 10 pages of 100 newest projects, 3 s apart, hourly at most"
    min_interval_hours = 1
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 3}
    start_urls = [page_url(0)]
    sample_url = start_urls[0]

    records_path = "result.projects"
    field_map = {
        "source_id": "id",
        "title": "title",
        "description_text": "description",
        "posted_raw": "time_submitted",
        "pay_min_raw": "budget.minimum",
        "pay_max_raw": "budget.maximum",
        "pay_currency_raw": "currency.code",
        "location_raw": "location.country.name",
        "country_raw": "location.country.code",
    }

    def post_process(self, item, record):
        seo_url = record.get("seo_url")
        item["url"] = f"https://www.freelancer.com/projects/{seo_url}" if isinstance(seo_url, str) and seo_url else None
        if not item.get("description_text"):
            item["description_text"] = record.get("preview_description")
        kind = record.get("type")
        item["pay_unit_raw"] = {"fixed": "project", "hourly": "hour"}.get(kind)
        item["employment_type_raw"] = "contractor"
        commitment = (record.get("hourly_project_info") or {}).get("commitment") if isinstance(
            record.get("hourly_project_info"), dict) else None
        if isinstance(commitment, dict) and commitment.get("hours"):
            # "10 hours per week": said in words the normalizer reads, as the site shows it
            item["description_text"] = (f"{item.get('description_text') or ''}\n"
                                        f"{commitment['hours']} hours per {commitment.get('interval') or 'week'}")
        submitted, period = record.get("time_submitted"), record.get("bidperiod")
        if isinstance(submitted, (int, float)) and isinstance(period, (int, float)) and period > 0:
            item["expires_raw"] = submitted + period * 86400  # bidding closes after `bidperiod` days
        item["tags"] = [j.get("name") for j in record.get("jobs") or [] if isinstance(j, dict) and j.get("name")]
        item["remote_raw"] = "remote" if not record.get("local") else None
        return item

    def next_page(self, response, data):
        projects = (data.get("result") or {}).get("projects") if isinstance(data, dict) else None
        if not projects:
            return None
        offset = int((parse_qs(urlsplit(response.url).query).get("offset") or ["0"])[0] or 0) + len(projects)
        total = (data.get("result") or {}).get("total_count")
        if offset >= MAX_OFFSET or (isinstance(total, int) and offset >= total):
            return None
        return self.make_request(page_url(offset), callback=self.parse)
