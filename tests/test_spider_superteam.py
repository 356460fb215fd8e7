"""superteam: the sample capture in the format of the listings API (its open-source code and items quoted from
a live answer, see the spider's docstring), field by field: a project's fee or accepted range in its token (no
ISO currency: flagged), a bounty's prize pool never read as anyone's pay, deadlines, links, and bad input."""
import json

from scrapers.spiders.superteam import SuperteamSpider
from tests.conftest import SAMPLES
from tests.spider_checks import (check_broken_record_is_quarantined, check_error_page_is_a_clear_error,
                                 check_sample_capture, rows_of)

SAMPLE = SAMPLES / "superteam" / "superteam_listings_sample.json"


def rows():
    return {r["title"]: r for r in check_sample_capture(SuperteamSpider, minimum=15)}


def test_a_fixed_fee_project_field_by_field():
    row = rows()["Frontend developer: landing page for a payments app"]
    assert row["source_id"] == "7b1e0000-0000-4000-8000-000000000002" and row["company"] == "Kestrel Robotics"
    assert row["url"] == "https://earn.superteam.fun/listing/frontend-developer-landing-page-for-a-payments-app/"
    assert (row["pay_min"], row["pay_max"], row["pay_unit"]) == (1200, 1200, "project")
    assert row["pay_currency"] is None and "currency_unknown" in row["flags"]  # USDC is a token, not ISO 4217
    assert row["expires_at"] == "2026-12-06T17:59:59Z" and row["due_at"] is None and row["posted_at"] is None
    assert row["engagement"] == "project" and row["is_micro"] == 1 and row["remote"] == "remote"


def test_a_range_project_and_a_quote_project():
    listed = rows()
    assert (listed["Translate our docs into Vietnamese (about 8,000 words)"]["pay_min"],
            listed["Translate our docs into Vietnamese (about 8,000 words)"]["pay_max"]) == (400, 700)
    quote = listed["Smart contract audit notes for a staking program"]
    assert quote["pay_min"] is None and "quote their own price" in quote["description_text"]
    assert "Pro members only" in quote["description_text"]


def test_a_bounty_pool_is_no_ones_pay():
    bounty = rows()["Write a beginner's guide to stablecoin payments (1,500 words)"]
    assert bounty["pay_min"] is None and bounty["is_paid"] != 0  # prizes, never "unpaid"
    assert "1,000 USDC in prizes for the winning submissions" in bounty["description_text"]
    assert bounty["due_at"] == bounty["expires_at"] == "2026-12-03T17:59:59Z"  # the submission is the work
    assert bounty["tags"] == ["bounty", "USDC"]


def test_broken_record_and_error_page():
    body = [7, {"id": "x1", "title": "Task", "slug": "task", "type": "project", "compensationType": "fixed",
                "rewardAmount": "lots", "token": "USDC", "deadline": "2026-12-01T00:00:00.000Z", "sponsor": None}]
    check_broken_record_is_quarantined(SuperteamSpider, json.dumps(body).encode())
    found, _ = rows_of(SuperteamSpider, SAMPLE, body=json.dumps(body[1:]).encode())
    assert found[0]["pay_min"] is None and found[0]["company"] is None
    check_error_page_is_a_clear_error(SuperteamSpider)
