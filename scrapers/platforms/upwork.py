"""Upwork's official GraphQL API: the marketplaceJobPostingsSearch query, with an OAuth2 bearer token.

POST https://api.upwork.com/graphql {query, variables}. The answer is
`{data: {marketplaceJobPostingsSearch: {totalCount, edges: [{cursor, node}], pageInfo: {endCursor,
hasNextPage}}}}`, or `{errors: [...]}`. A node (MarketplaceJobPostingSearchResult) has `id`, `title`,
`description`, `ciphertext` (page https://www.upwork.com/jobs/{ciphertext}), `createdDateTime` /
`publishedDateTime` ("2025-10-16T06:06:47+0000"), `duration` (WEEK, MONTH, ...), `durationLabel`
("Less than 1 month"), `engagement` ("Less than 30 hrs/week" or null), `amount` (Money {rawValue "500.0",
currency, displayValue}: the fixed price, "0.0" on hourly jobs), `hourlyBudgetMin` / `hourlyBudgetMax`
(Money or null), `experienceLevel` (ENTRY_LEVEL, INTERMEDIATE, EXPERT), `skills[{name, prettyName}]`,
`occupations{category{prefLabel}}` and `client{location{country}}` (the client's, not the work place).

Without a token the spider sends nothing: the crawl is reported as skipped, naming the variable to set.
"""
from __future__ import annotations

import json
import os

from scrapy import Request

from scrapers.platforms.base import UnparsableResponse, dig
from scrapers.platforms.json_api import JsonApiSpider

ENDPOINT = "https://api.upwork.com/graphql"
QUERY = """query Search($filter: MarketplaceJobPostingsSearchFilter) {
  marketplaceJobPostingsSearch(marketPlaceJobFilter: $filter) {
    totalCount
    edges { cursor node { id title description ciphertext createdDateTime publishedDateTime
      duration durationLabel engagement experienceLevel
      amount { rawValue currency } hourlyBudgetMin { rawValue currency } hourlyBudgetMax { rawValue currency }
      skills { name prettyName } occupations { category { prefLabel } } client { location { country } } } }
    pageInfo { endCursor hasNextPage }
  }
}"""
LEVELS = {"ENTRY_LEVEL": "Entry level", "INTERMEDIATE": "Intermediate", "EXPERT": "Expert"}


def money(value) -> tuple[str | None, str | None]:
    """(amount, currency) of a Money object; None for a missing or zero amount."""
    if not isinstance(value, dict):
        return None, None
    raw = value.get("rawValue")
    try:
        positive = float(raw) > 0
    except (TypeError, ValueError):
        positive = False
    return (raw, value.get("currency")) if positive else (None, None)


class UpworkGraphqlSpider(JsonApiSpider):
    source_kind = "api"
    is_marketplace = True
    token_variable = "MICROGIGS_UPWORK_TOKEN"
    page_size = 50
    max_pages = 4
    sample_url = ENDPOINT

    records_path = "data.marketplaceJobPostingsSearch.edges"
    field_map = {
        "source_id": "node.id",
        "title": "node.title",
        "description_text": "node.description",
        "posted_raw": "node.createdDateTime",
    }

    def token(self) -> str | None:
        return os.environ.get(self.token_variable) or self.settings.get(self.token_variable) or None

    def search_request(self, after: str = "0", page: int = 1) -> Request:
        # the query is constant; what varies travels in `variables`, never spliced into the query text
        body = json.dumps({"query": QUERY,
                           "variables": {"filter": {"pagination_eq": {"after": after, "first": self.page_size}}}})
        return Request(ENDPOINT, method="POST", body=body, callback=self.parse, errback=self.on_request_error,
                       meta={"page": page}, dont_filter=True,
                       headers={"Authorization": f"Bearer {self.token()}", "Content-Type": "application/json"})

    def initial_requests(self):
        if not self.token():
            self.crawl_status = "skipped"
            self.failures.append(f"{self.name}: skipped, no API token: set {self.token_variable} to an OAuth2 "
                                 "access token of an approved Upwork API key")
            self.logger.warning(self.failures[-1])
            return
        yield self.search_request()

    def records(self, data):
        if isinstance(data, dict) and data.get("errors") and not dig(data, self.records_path):
            messages = "; ".join(str(e.get("message") if isinstance(e, dict) else e) for e in data["errors"][:3])
            raise UnparsableResponse(f"{self.name}: the API answered with errors: {messages[:300]}")
        return super().records(data)

    def post_process(self, item, record):
        node = record.get("node")
        if not isinstance(node, dict):
            raise TypeError("edge without a node object")
        cipher = node.get("ciphertext")
        item["url"] = f"https://www.upwork.com/jobs/{cipher}" if isinstance(cipher, str) and cipher.strip() else None
        low, low_currency = money(node.get("hourlyBudgetMin"))
        high, high_currency = money(node.get("hourlyBudgetMax"))
        fixed, fixed_currency = money(node.get("amount"))
        if low or high:
            item.update(pay_min_raw=low, pay_max_raw=high, pay_currency_raw=low_currency or high_currency,
                        pay_unit_raw="hour")
        elif fixed:
            item.update(pay_min_raw=fixed, pay_max_raw=fixed, pay_currency_raw=fixed_currency, pay_unit_raw="project")
        # the job page shows these beside the description; said in words the normalizer reads
        facts = [f"Duration: {node['durationLabel']}" if isinstance(node.get("durationLabel"), str) else None,
                 f"Workload: {node['engagement']}" if isinstance(node.get("engagement"), str) else None,
                 f"Experience level: {LEVELS[node['experienceLevel']]}" if node.get("experienceLevel") in LEVELS else None]
        facts = [f for f in facts if f]
        if facts:
            item["description_text"] = "\n".join([item.get("description_text") or "", *facts]).strip()
        skills = [s.get("prettyName") or s.get("name") for s in node.get("skills") or [] if isinstance(s, dict)]
        category = dig(node, "occupations.category.prefLabel")
        item["tags"] = [t for t in [*skills, category] if isinstance(t, str) and t]
        item["employment_type_raw"] = "contractor"
        item["remote_raw"] = "remote"
        return item

    def next_page(self, response, data):
        info = dig(data, "data.marketplaceJobPostingsSearch.pageInfo") or {}
        page = response.meta.get("page", 1) if response.request is not None else 1
        if not isinstance(info, dict) or not info.get("hasNextPage") or not info.get("endCursor") or page >= self.max_pages:
            return None
        if not self.token():  # a replayed file: nothing more to fetch
            return None
        return self.search_request(str(info["endCursor"]), page + 1)
