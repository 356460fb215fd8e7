"""Upwork: marketplace job postings through its official GraphQL API (marketplaceJobPostingsSearch),
with an OAuth2 access token from the environment (MICROGIGS_UPWORK_TOKEN). Without one, the spider
makes no request and the crawl reports it as skipped, naming the variable to set.

Fixture basis: no real response was recorded here. The sample capture follows the documented GraphQL
response shape (MarketplaceJobPostingSearchConnection / MarketplaceJobPostingSearchResult / Money types of
Upwork's API reference, as generated into muhammedaksam/upwork-node src/generated/generated-types.ts) and
the value formats of three real nodes quoted in a public project's API notes (createdDateTime
"2025-10-16T06:06:47+0000", duration "WEEK" with durationLabel "Less than 1 month", amount rawValue "0.0"
on hourly jobs, client country as a name or a 3-letter code). See scrapers/platforms/upwork.py. Looked again
(issue 15): no complete as-served marketplaceJobPostingsSearch response is published in public repositories,
issues or gists that `search`/`find_string` reach; the field names and types read here match the generated
types of the API reference. How to get a key and token and crawl with it: docs/upwork.md; the whole exchange
(token, query, variables, cursor paging, a refused token) is tested against a local server answering in the
documented format (scrapers/samples/upwork/upwork_exchange_recorded_format.json).
"""
from scrapers.platforms.upwork import UpworkGraphqlSpider

TOKEN_VARIABLE = UpworkGraphqlSpider.token_variable


class UpworkSpider(UpworkGraphqlSpider):
    name = "upwork"
    home_url = "https://www.upwork.com"
    terms_url = "https://www.upwork.com/legal#api"
    terms = ("Upwork's API terms: an approved API key and OAuth2 token are required; show Upwork as the source "
             "and link to each job on upwork.com; no scraping of the website.")
    attribution = "Job via Upwork (upwork.com)"
    rate_limit = "the API's own limits for the key; 4 pages of 50, one request at a time, hourly at most"
    min_interval_hours = 1
    default_currency = "USD"  # Upwork contracts are billed in US dollars; the API's Money objects name it too
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1, "DOWNLOAD_DELAY": 2}
