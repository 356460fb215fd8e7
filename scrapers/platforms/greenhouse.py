"""Greenhouse job boards: GET boards-api.greenhouse.io/v1/boards/{token}/jobs?content=true.

Fixture basis: the real board responses in ../shared/realworld/greenhouse/ (2026 shape with metadata,
departments, offices, entity-escaped `content`; Greenhouse's own 2013 VCR cassettes) and FIELD_MAPS.md.
"""
from __future__ import annotations

import re

from scrapers.items import ListingItem
from scrapers.platforms.base import UnparsableResponse
from scrapers.platforms.boards import BoardPlatformSpider

BOARD_IN_JOB_URL = re.compile(r"https?://(?:job-boards|boards)(?:\.eu)?\.greenhouse\.io/([^/?#]+)/jobs/")
EMPLOYMENT_METADATA = re.compile(r"employment|time type|job type|contract|commitment|schedule", re.I)


def jobs_of(data) -> list | None:
    """The jobs of any Job Board API answer: the board's `jobs` list, one job (`jobs/{id}`, `embed/job`),
    or the jobs nested in `offices`/`departments` (each job once); None when it holds no jobs at all."""
    if not isinstance(data, dict):
        return None
    if isinstance(data.get("jobs"), list):
        return data["jobs"]
    if "id" in data and "title" in data and "absolute_url" in data:
        return [data]
    if not isinstance(data.get("offices"), list) and not isinstance(data.get("departments"), list):
        return None
    jobs: dict[str, dict] = {}
    stack = list(data.get("offices") or []) + list(data.get("departments") or [])
    while stack:
        group = stack.pop(0)
        if not isinstance(group, dict):
            continue
        for job in group.get("jobs") or []:
            jobs.setdefault(str(job.get("id")) if isinstance(job, dict) else repr(job), job)
        stack += [g for key in ("departments", "children") for g in group.get(key) or [] if isinstance(g, dict)]
    return list(jobs.values())


class GreenhouseSpider(BoardPlatformSpider):
    platform = "greenhouse"
    home_url = "https://www.greenhouse.com"
    terms_url = "https://developers.greenhouse.io/job-board.html"
    terms = ("Greenhouse's public Job Board API (GET, no key): each company's published openings; "
             "link to the company's own job page.")
    attribution = "Jobs from companies' own Greenhouse job boards"
    rate_limit = "none published for GET; we send one request per board, one at a time"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1}
    board_url = "https://boards-api.greenhouse.io/v1/boards/{token}/jobs?content=true"
    board_in_url = re.compile(r"/boards/([^/?#]+)/(?:embed/)?(?:jobs|job\b|offices|departments)")

    def parse(self, response, **kwargs):
        data = self.load_json(response)
        jobs = jobs_of(data)
        if jobs is None:
            raise UnparsableResponse(f"{self.name}: {response.url} has no `jobs` list (not a Greenhouse board)")
        board = self.board_of(response)
        company = self.boards.get(board or "", "")
        yield from self.items_from_records(jobs, lambda job: self.item_from_job(job, board, company))

    def item_from_job(self, job: dict, board: str | None, company: str) -> ListingItem:
        if not isinstance(job, dict):
            raise TypeError(f"job is {type(job).__name__}, not an object")
        metadata = [m for m in job.get("metadata") or [] if isinstance(m, dict)]
        employment = [m.get("value") for m in metadata
                      if EMPLOYMENT_METADATA.search(str(m.get("name") or "")) and isinstance(m.get("value"), str)]
        # A job on Greenhouse's own board pages names its board; one on a company domain does not.
        named = BOARD_IN_JOB_URL.match(str(job.get("absolute_url") or ""))
        if named and named.group(1) != board:
            board, company = named.group(1), self.boards.get(named.group(1), "")
        departments = [d.get("name") for d in job.get("departments") or [] if isinstance(d, dict)]
        meta_tags = [m.get("value") for m in metadata if isinstance(m.get("value"), str) and m.get("value")]
        return ListingItem(
            source_id=job.get("id"),
            board=board,
            url=job.get("absolute_url"),
            title=job.get("title"),
            company=job.get("company_name") or company or None,
            description_html=job.get("content"),
            posted_raw=job.get("first_published") or job.get("updated_at"),
            expires_raw=job.get("application_deadline"),
            location_raw=(job.get("location") or {}).get("name") if isinstance(job.get("location"), dict) else job.get("location"),
            employment_type_raw=employment or None,
            language_raw=job.get("language"),
            tags=[t for t in departments + meta_tags if t],
            raw=job,
        )
