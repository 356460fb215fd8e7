"""Freelancer.com's public projects API: GET /api/projects/0.1/projects/active/, paged by offset.

The response is `{status, result: {projects: [...], total_count, users, selected_bids}, request_id}`
(developers.freelancer.com "Search active projects"; the official freelancer-sdk-python tests use the same
envelope and build a project's page as https://www.freelancer.com/projects/{seo_url}). A project has `id`,
`title`, `seo_url`, `description` (with full_description=true) or `preview_description`, `type` fixed|hourly,
`budget{minimum,maximum}`, `currency{code,sign}`, `hourly_project_info{commitment{hours,interval},
duration_enum}`, `jobs[{name}]` (with job_details=true), `bid_stats`, `time_submitted` (epoch seconds),
`bidperiod` (days bidding stays open), `local`, `location{country{name,code},city}` and
`upgrades{fulltime,...}`. Reading needs no key.
"""
from __future__ import annotations

from urllib.parse import parse_qs, urlencode, urlsplit

from scrapers.platforms.json_api import JsonApiSpider

API = "https://www.freelancer.com/api/projects/0.1/projects/active/"
PROJECT_PAGE = "https://www.freelancer.com/projects/"
PAGE_SIZE = 100


def page_url(offset: int) -> str:
    return API + "?" + urlencode({"limit": PAGE_SIZE, "offset": offset, "full_description": "true",
                                  "job_details": "true", "compact": "true"})


def as_dict(value) -> dict:
    return value if isinstance(value, dict) else {}


class FreelancerProjectsSpider(JsonApiSpider):
    source_kind = "api"
    is_marketplace = True
    max_offset = 1000  # the newest projects only: a crawl runs hourly
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
    }

    def post_process(self, item, record):
        seo_url = record.get("seo_url")
        item["url"] = PROJECT_PAGE + seo_url.lstrip("/") if isinstance(seo_url, str) and seo_url.strip() else None
        if not item.get("description_text"):
            item["description_text"] = record.get("preview_description")
        item["pay_unit_raw"] = {"fixed": "project", "hourly": "hour"}.get(str(record.get("type") or "").lower())
        commitment = as_dict(as_dict(record.get("hourly_project_info")).get("commitment"))
        hours, interval = commitment.get("hours"), commitment.get("interval")
        if isinstance(hours, (int, float)) and not isinstance(hours, bool) and hours > 0:
            # the site shows the commitment as "10 hours per week": said in words the normalizer reads
            item["description_text"] = (f"{item.get('description_text') or ''}\n"
                                        f"Commitment: {hours:g} hours per {str(interval or 'week').lower()}").strip()
        submitted, period = record.get("time_submitted"), record.get("bidperiod")
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (submitted, period)) and period > 0:
            item["expires_raw"] = submitted + period * 86400  # bidding closes `bidperiod` days after posting
        item["tags"] = [job["name"] for job in record.get("jobs") or [] if isinstance(job, dict) and job.get("name")]
        item["employment_type_raw"] = "full_time" if as_dict(record.get("upgrades")).get("fulltime") else "contractor"
        if record.get("local") is True:  # on-site work: the project's location is the work place
            location = as_dict(record.get("location"))
            country = as_dict(location.get("country"))
            item["location_raw"] = ", ".join(str(v) for v in (location.get("city"), country.get("name")) if v) or None
            item["country_raw"] = country.get("code") or country.get("name")
            item["remote_raw"] = "onsite"
        else:  # the owner's location is not where the work is done
            item["remote_raw"] = "remote"
        return item

    def next_page(self, response, data):
        result = as_dict(as_dict(data).get("result"))
        projects = result.get("projects")
        if not isinstance(projects, list) or not projects:
            return None
        offset = int((parse_qs(urlsplit(response.url).query).get("offset") or ["0"])[0] or 0) + len(projects)
        total = result.get("total_count")
        if offset >= self.max_offset or (isinstance(total, int) and offset >= total):
            return None
        return self.make_request(page_url(offset), callback=self.parse)
