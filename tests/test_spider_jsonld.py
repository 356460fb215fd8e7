"""jsonld: real pages and extractions of schema.org JobPosting, the sample career site, and the hooks."""
import json

import pytest

from scrapers.platforms.base import UnparsableResponse
from scrapers.spiders.jsonld import JsonLdSpider
from tests.conftest import (SAMPLES, assert_listing_invariants, make_spider, normalize_items, parse_items,
                            realworld_files, response_for, stable_ids)

PAGE = "https://jobs.example-site.test/page"  # saved extractions carry no page address of their own


def rows_of(path, url=None, body=None, spider_cls=JsonLdSpider):
    return normalize_items(spider_cls, parse_items(spider_cls, path, url or "file:///saved.html", body=body))


def real(name, folder="jsonld"):
    return next(p for p in realworld_files(folder, "**/*") if p.name == name)


def test_real_wp_job_manager_page_field_by_field():
    path = real("remoteworkspain_detail_jobposting.html")
    rows = rows_of(path)  # no --url: the page's canonical link gives it
    assert len(rows) == 1
    row = rows[0]
    assert row["url"] == "https://remoteworkspain.es/job/senior-ai-data-transformation-lead-madrid/"
    assert row["title"] == "Senior AI & Data Transformation Lead, Madrid"  # double-escaped &amp;amp; decoded
    assert row["company"] == "Remote Work Spain"
    assert row["posted_at"] == "2026-04-20T07:59:01Z"
    assert row["country"] == "ES" and row["board"] == "remoteworkspain.es"
    assert "&#8211;" not in row["description_text"] and "–" in row["description_text"]
    assert_listing_invariants(rows, "jsonld")


@pytest.mark.parametrize("name,expected", [
    ("ALL_real_jobposting_blocks.jsonl", 14),
    ("commoncrawl_skeptric_jobpostings.jsonl", 9),
    ("schemaorg_jobposting_jsonld.jsonl", 12),
    ("schemaorg_jobposting_examples.txt", 13),
])
def test_real_extractions_parse_every_posting(name, expected):
    path = real(name)
    rows = rows_of(path, PAGE)
    assert len(rows) == expected
    assert_listing_invariants(rows, "jsonld")
    stable_ids(JsonLdSpider, path, PAGE)


def test_real_structured_salary_and_microdata():
    rows = {r["source_id"]: r for r in rows_of(real("commoncrawl_skeptric_jobpostings.jsonl"), PAGE)}
    randstad = rows["90M0415121_1585291654"]
    assert randstad["title"] == "Administration Assistant" and randstad["company"] == "Randstad Australia"
    assert (randstad["pay_min"], randstad["pay_max"], randstad["pay_currency"], randstad["pay_unit"]) == (30.0, 34.0, "AUD", "hour")
    assert randstad["hourly_usd_min"] and randstad["hourly_usd_min"] < 30  # converted from AUD at the posting date
    assert randstad["fx_date"] <= "2020-03-27"
    assert randstad["employment_type"] == "TEMPORARY"
    up_to = next(r for r in rows.values() if r["pay_raw"] and "Up to $43/hr" in r["pay_raw"])
    assert (up_to["pay_max"], up_to["pay_currency"], up_to["pay_unit"]) == (43.0, "AUD", "hour")
    microdata = [r for r in rows.values() if "backpacker" in json.dumps(r["raw"]).lower() or r["raw"].get("@type", "").startswith("http")]
    assert microdata, "the microdata postings are read too"


def test_teamtailor_feed_items_carry_jobpostings():
    for path in realworld_files("other_ats", "*teamtailor*"):
        rows = rows_of(path, "https://career.teamtailor.com/jobs.json")
        assert rows
        assert_listing_invariants(rows, "jsonld")


@pytest.mark.parametrize("name", ["linkedin_guest_job_view.html", "seek_au_job.html"])
def test_pages_without_jobposting_give_nothing_and_no_error(name):
    assert parse_items(JsonLdSpider, real(name, "job_html_pages"), "https://jobs.example.test/1") == []


def test_sample_site_index_leads_to_every_job_page():
    manifest = json.loads((SAMPLES / "jsonld" / "manifest.json").read_text())
    index_url, index_name = next(iter(manifest.items()))
    spider = make_spider(JsonLdSpider)
    response = response_for(SAMPLES / "jsonld" / index_name, index_url)
    response.request.meta["follow"] = "/jobs/[a-z0-9-]+/$"
    followed = {r.url for r in spider.parse_start(response)}
    assert followed == set(manifest) - {index_url}
    rows = []
    for url, name in manifest.items():
        if url != index_url:
            rows += rows_of(SAMPLES / "jsonld" / name, url)
    assert len(rows) == len(manifest) - 1
    assert_listing_invariants(rows, "jsonld")
    assert any(r["raw"].get("@type") and "graph" not in r["raw"] for r in rows)


def test_messy_shapes_seen_in_the_wild():
    page = """<html><head>
    <script type="application/ld+json">{ broken json </script>
    <script type="application/ld+json">{"@context": "http://schema.org", "@type": ["JobPosting"],
      "title": "Data entry clerk (2 weeks)", "datePosted": "27/03/2020",
      "baseSalary": {"@type": "http:/schema.orgMonetaryAmount", "currency": "AUD", "value": "Up to $25/hr"},
      "employmentType": "Temporary", "hiringOrganization": "Acme Pty Ltd",
      "jobLocation": {"@type": "Place", "address": {"addressLocality": "Sydney", "addressCountry": {"@type": "Country", "name": "AU"}}},
      "identifier": {"@type": "PropertyValue", "value": 4711}, "validThrough": "2046-04-12"}</script>
    </head><body></body></html>"""
    rows = rows_of("page.html", "https://acme.example.com/jobs/4711", body=page.encode())
    assert len(rows) == 1
    row = rows[0]
    assert row["source_id"] == "4711" and row["company"] == "Acme Pty Ltd" and row["country"] == "AU"
    assert (row["pay_max"], row["pay_currency"], row["pay_unit"]) == (25.0, "AUD", "hour")
    assert row["expires_at"] is None  # an absurd validThrough is dropped, not believed
    assert row["employment_type"] == "TEMPORARY"


def test_hooks_make_a_site_quirk_a_small_override():
    class QuirkySpider(JsonLdSpider):
        name = "jsonld"

        def post_process(self, item, posting, response):
            item["company"] = "Quirk Co"
            return item

    path = real("remoteworkspain_detail_jobposting.html")
    assert rows_of(path, spider_cls=QuirkySpider)[0]["company"] == "Quirk Co"

    class FixingSpider(JsonLdSpider):
        name = "jsonld"

        def pre_process(self, data, response):
            return [{"@type": "JobPosting", "title": "Injected", "url": "https://x.example.com/1"}]

    assert [r["title"] for r in rows_of(path, spider_cls=FixingSpider)] == ["Injected"]


def test_a_body_that_is_neither_json_nor_html_is_a_clear_error():
    with pytest.raises(UnparsableResponse):
        parse_items(JsonLdSpider, "x.json", PAGE, body=b"{not json\n{nor this")
