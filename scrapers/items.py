"""The item a spider yields: what the site said, before any interpretation.

Spiders fill these raw fields and nothing else; pipelines add the stamp and call
`normalize.listing.normalize_listing`, which turns them into the columns of
`../shared/SCHEMA.md`. Keeping the raw values lets `renormalize` re-run without
re-crawling (Zyte's common-items pattern: raw beside normalized).
"""
import scrapy

# Field name -> what a spider puts there (always as the site gave it).
RAW_FIELDS = {
    "source_id": "the site's own id for the listing (any type; stringified later)",
    "board": "board token on a multi-tenant platform (ATS slug, subreddit)",
    "url": "the listing's public page (absolute)",
    "apply_url": "where to apply, when it differs",
    "title": "title as shown (may hold entities or HTML)",
    "company": "company name as shown",
    "company_url": "company home page",
    "description_html": "description as HTML (possibly entity-escaped)",
    "description_text": "description as plain text, when the site gives only text",
    "posted_raw": "posting date/time as given (ISO string, epoch int/float, free text)",
    "expires_raw": "apply-by date as given",
    "due_raw": "delivery date of the work as given",
    "employment_type_raw": "the site's employment type value(s), string or list",
    "location_raw": "location as given (string or list of strings)",
    "remote_raw": "the site's remote indicator (bool, 'remote', 'Hybrid', ...)",
    "country_raw": "country as given (code or name), when the site has a field for it",
    "pay_raw": "pay text or structure as the site gave it",
    "pay_min_raw": "structured minimum pay, as given",
    "pay_max_raw": "structured maximum pay, as given",
    "pay_currency_raw": "structured currency, as given",
    "pay_unit_raw": "structured pay period/unit, as given ('hour', 'YEAR', 'per-year-salary')",
    "tags": "the site's own tags/categories, list of strings",
    "language_raw": "language code the site states",
    "raw": "the source record as received (dict)",
    "extract_error": "set by the base spider when a record broke extraction (quarantined by validate)",
    # stamped by pipelines, never by spiders
    "source": "spider name",
    "crawl_id": "id of the crawl that fetched it",
    "fetched_at": "UTC ISO time the response was fetched",
}


class ListingItem(scrapy.Item):
    for _name in RAW_FIELDS:
        locals()[_name] = scrapy.Field()
    del _name
