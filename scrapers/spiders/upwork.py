"""Upwork: marketplace job postings through its official GraphQL API (marketplaceJobPostingsSearch),
with an OAuth2 access token from the environment (MICROGIGS_UPWORK_TOKEN). Without one, the spider
makes no request and the crawl reports it as skipped, naming the variable to set.

Fixture basis: Upwork's public GraphQL API reference (marketplaceJobPostingsSearch returns
`edges[].node` with `id`, `title`, `description`, `ciphertext` (job page
https://www.upwork.com/jobs/{ciphertext}), `createdDateTime`, `amount{rawValue,currency}` for fixed
price, `hourlyBudgetMin`/`hourlyBudgetMax{rawValue,currency}`, `duration`, `engagement`, `experienceLevel`,
`skills[{name}]`, `client{location{country}}`); no real response was recorded.
"""
import json
import os

from scrapy import Request

from scrapers.platforms.json_api import JsonApiSpider

ENDPOINT = "https://api.upwork.com/graphql"
TOKEN_VARIABLE = "MICROGIGS_UPWORK_TOKEN"
QUERY = """query Search($filter: MarketplaceJobPostingsSearchFilter) {
  marketplaceJobPostingsSearch(marketPlaceJobFilter: $filter) {
    totalCount
    edges { node { id title description ciphertext createdDateTime duration engagement experienceLevel
      amount { rawValue currency } hourlyBudgetMin { rawValue currency } hourlyBudgetMax { rawValue currency }
      skills { name } client { location { country } } } }
  }
}"""


class UpworkSpider(JsonApiSpider):
    name = "upwork"
    source_kind = "api"
    is_marketplace = True
    home_url = "https://www.upwork.com"
    terms_url = "https://www.upwork.com/legal#api"
    terms = ("Upwork's API terms: an approved API key and OAuth2 token are required; show Upwork as the source "
             "and link to each job on upwork.com; no scraping of the website.")
    attribution = "Job via Upwork (upwork.com)"
    rate_limit = "the API's own limits for the key (documented per key); one request at a time, hourly at most"
    min_interval_hours = 1
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 2}
    sample_url = ENDPOINT

    records_path = "data.marketplaceJobPostingsSearch.edges"
    field_map = {
        "source_id": "node.id",
        "title": "node.title",
        "description_text": "node.description",
        "posted_raw": "node.createdDateTime",
        "country_raw": "node.client.location.country",
        "tags": "node.skills",
    }

    def initial_requests(self):
        token = os.environ.get(TOKEN_VARIABLE) or self.settings.get(TOKEN_VARIABLE)
        if not token:
            self.crawl_status = "skipped"
            self.failures.append(f"upwork: skipped, no API token: set {TOKEN_VARIABLE} to an OAuth2 access token "
                                 "of an approved Upwork API key")
            self.logger.warning(self.failures[-1])
            return
        body = json.dumps({"query": QUERY, "variables": {"filter": {"pagination_eq": {"after": "0", "first": 50}}}})
        yield Request(ENDPOINT, method="POST", body=body, callback=self.parse, errback=self.on_request_error,
                      headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})

    def post_process(self, item, record):
        node = record.get("node") if isinstance(record.get("node"), dict) else {}
        cipher = node.get("ciphertext")
        item["url"] = f"https://www.upwork.com/jobs/{cipher}" if isinstance(cipher, str) and cipher else None
        item["tags"] = [s.get("name") for s in node.get("skills") or [] if isinstance(s, dict) and s.get("name")]
        fixed = node.get("amount") if isinstance(node.get("amount"), dict) else {}
        low = node.get("hourlyBudgetMin") if isinstance(node.get("hourlyBudgetMin"), dict) else {}
        high = node.get("hourlyBudgetMax") if isinstance(node.get("hourlyBudgetMax"), dict) else {}
        if low.get("rawValue") or high.get("rawValue"):
            item["pay_min_raw"], item["pay_max_raw"] = low.get("rawValue"), high.get("rawValue")
            item["pay_currency_raw"], item["pay_unit_raw"] = low.get("currency") or high.get("currency"), "hour"
        elif fixed.get("rawValue") not in (None, "0", "0.0", 0):
            item["pay_min_raw"] = item["pay_max_raw"] = fixed.get("rawValue")
            item["pay_currency_raw"], item["pay_unit_raw"] = fixed.get("currency"), "project"
        duration = node.get("duration")
        if isinstance(duration, str) and duration:
            item["description_text"] = f"{item.get('description_text') or ''}\nDuration: {duration.replace('_', ' ').lower()}"
        item["employment_type_raw"] = "contractor"
        item["remote_raw"] = "remote"
        return item
