"""How the catalog says pay, effort and hourly rates (db/present.py), and that a figure it cannot vouch for is
never shown as a fact nor used by the $ per hour filter."""
import json

import pytest

from db import present
from db.serve import build_datasette
from db.writer import CatalogWriter
from tests.test_catalog import get, listing

ASSUMED, IMPLAUSIBLE, UNKNOWN = ["currency_assumed"], ["pay_implausible"], ["currency_unknown"]


@pytest.mark.parametrize("args, text", [
    # (pay_min, pay_max, currency, unit, is_paid, flags, pay_piece, pieces)
    ((350, 350, "USD", "project", 1, ASSUMED), "$350 flat (USD assumed)"),
    ((20, 25, "USD", "hour", 1, json.dumps(ASSUMED)), "$20–25/h (USD assumed)"),  # as SQL passes the JSON
    ((350, 350, "USD", "project", 1, []), "$350 flat"),
    ((350, 350, None, "project", 1, UNKNOWN), "350 flat (currency not stated)"),
    ((0.06, 0.06, "USD", "piece", 1, [], "word"), "$0.06/word"),
    ((0.05, 0.05, "USD", "piece", 1, [], "image"), "$0.05/image"),
    ((0.005, 0.01, "USD", "piece", 1, [], "word"), "$0.005–0.01/word"),
    ((0.0125, 0.0125, "USD", "piece", 1, [], "word"), "$0.0125/word"),
    ((0.06, 0.06, "USD", "piece", 1, [], "word", 2500), "2,500 words at $0.06/word ($150)"),
    ((0.06, 0.06, "USD", "piece", 1, ASSUMED, "word", 2500), "2,500 words at $0.06/word ($150; USD assumed)"),
    ((1, 2, "EUR", "piece", 1, [], "audio_minute", 30), "30 audio minutes at €1–2 per audio minute (€30–60)"),
    ((5, 5, "USD", "piece", 1, ASSUMED, "task", 1), "1 task at $5/task (USD assumed)"),
    ((150, 150, "USD", "piece", 1, [], "video", 10), "10 videos at $150/video ($1,500)"),
    ((2, 2, "USD", "piece", 1, [], "entry", 40), "40 entries at $2/entry ($80)"),
    ((0.5, 0.5, "USD", "piece", 1, [], "km", 1000), "1,000 km at $0.50/km ($500)"),
    ((0.5, 0.5, None, "piece", 1, UNKNOWN, "<b>odd</b>"), "0.50/piece (currency not stated)"),
    ((0.5, 0.5, "USD", "piece", 1, [], None, 0), "$0.50/piece"),
    ((1000, 10000, "EUR", "project", 1, IMPLAUSIBLE), "€1,000–10k flat"),  # the pay as stated
    ((300, 300, "USD", "project", 1, "not json"), "$300 flat"),
    ((300, 300, "<b>x</b>", "project", 1, []), "300 flat (currency not stated)"),  # a hostile import
])
def test_pay_says_what_was_stated_and_what_was_assumed(args, text):
    assert present.pay_text(*args) == text


@pytest.mark.parametrize("hours, text", [
    (85.7, "86 h"), (257, "260 h"), (1234, "1,200 h"), (12, "12 h"), (10.4, "10 h"), (9.8, "10 h"),
    (1.5, "1.5 h"), (1.4, "1.5 h"), (2.1, "2 h"), (1, "1 h"), (0.99, "1 h"),
    (1 / 3, "20 min"), (0.25, "15 min"), (0.1, "6 min"), (0.01, "1 min"),
])
def test_hours_are_rounded_as_people_say_them(hours, text):
    assert present.hours_text(hours) == text


@pytest.mark.parametrize("args, text", [
    ((85.7, 85.7, None, 60), "about 86 h over 2 months"),
    ((1.5, 1.5), "about 1.5 h"),
    ((1 / 3, 1 / 3), "about 20 min"),
    ((0.25, 1.5), "15 min–1.5 h"),
    ((10, 15), "10–15 h"),
    ((20.2, 19.8), "about 20 h"),  # equal once rounded
    ((None, None, 10, 21), "10 h/week over 3 weeks"),
    ((None, None, 0.5, None), "30 min/week"),
    ((None, None, None, 3), "3 days"),
    ((None, None, None, 10.6), "11 days"),
    ((0, 0), None),  # no work takes no time: not stated
    ((float("nan"), None), None),
])
def test_effort_wording(args, text):
    assert present.effort_text(*args) == text


@pytest.mark.parametrize("args, text", [
    ((25, 25), "≈ $25/h"),
    ((20, 30, []), "≈ $20–30/h"),
    ((559, 5586, IMPLAUSIBLE), "hourly unclear"),
    ((25, 25, json.dumps(["scam_signals", "pay_implausible"])), "hourly unclear"),
    ((0.005, 0.005, []), "hourly unclear"),  # under $1/h is never shown as a rate
    ((0.4, 12, []), "hourly unclear"),
    ((25, 25, UNKNOWN), None),
    ((None, None, IMPLAUSIBLE), None),
])
def test_hourly_is_shown_only_when_it_can_be_vouched_for(args, text):
    assert present.hourly_text(*args) == text


@pytest.mark.parametrize("args, text", [
    # the first "video" result of issue 14: about 2 hours per clip read as the whole work
    ((1000, 10000, "EUR", "project", 1, 2, 2, None, 14, 559, 5586, IMPLAUSIBLE),
     "€1,000–10k flat · about 2 h over 2 weeks · hourly unclear"),
    # a piece rate read as a flat fee: never '≈ $0/h'
    ((0.05, 0.05, "USD", "project", 1, 10, 10, None, None, 0.005, 0.005, IMPLAUSIBLE),
     "$0.05 flat · about 10 h · hourly unclear"),
    ((0.05, 0.05, "USD", "piece", 1, 10, 10, None, None, None, None, [], "image"), "$0.05/image · about 10 h"),
    ((0.06, 0.06, "USD", "piece", 1, 10, 10, None, None, 15, 15, [], "word", 2500),
     "2,500 words at $0.06/word ($150) · about 10 h · ≈ $15/h"),
    ((350, 350, "USD", "project", 1, None, None, None, None, None, None, ASSUMED), "$350 flat (USD assumed)"),
    ((300, 300, "USD", "project", 1, 12, 12, None, None, 25, 25, ASSUMED),
     "$300 flat (USD assumed) · about 12 h · ≈ $25/h"),
    ((20, 20, "USD", "hour", 1, None, None, None, None, 20, 20, []), "$20/h"),  # not repeated as its hourly
    ((0.5, 0.5, "USD", "hour", 1, None, None, None, None, 0.5, 0.5, IMPLAUSIBLE), "$0.50/h · hourly unclear"),
    ((80, 120, None, "hour", 1, None, None, None, None, None, None, UNKNOWN), "80–120/h (currency not stated)"),
    ((5000, 5000, "INR", "month", 1, 85.7, 85.7, None, 60, 0.7, 0.7, IMPLAUSIBLE),
     "₹5,000/month · about 86 h over 2 months · hourly unclear"),
    ((None, None, None, None, 0, None, None, None, None, None, None, []), "unpaid"),
])
def test_card_line_never_states_a_figure_it_cannot_vouch_for(args, text):
    assert present.summary(*args) == text


def test_sql_functions_take_the_stored_columns(tmp_path):
    import sqlite3

    conn = sqlite3.connect(":memory:")
    present.register_sql_functions(conn)
    line, hourly = conn.execute(
        "select mg_summary(0.06, 0.06, 'USD', 'piece', 1, 10, 10, null, null, 15, 15, '[\"currency_assumed\"]', "
        "'word', 2500), mg_hourly_text(559, 5586, '[\"pay_implausible\"]')").fetchone()
    assert line == "2,500 words at $0.06/word ($150; USD assumed) · about 10 h · ≈ $15/h"
    assert hourly == "hourly unclear"


@pytest.fixture
def catalog(tmp_path):
    path = str(tmp_path / "x.db")
    writer = CatalogWriter(path)
    writer.upsert_listings([
        listing(1, title="Video editor for 10 short product clips", pay_min=1000, pay_max=10000,
                pay_currency="EUR", pay_unit="project", hours_min=2, hours_max=2, duration_days=14,
                hourly_usd_min=559, hourly_usd_max=5586, flags=["pay_implausible"]),
        listing(2, title="Video captions, rate unknown currency", pay_min=80, pay_max=120, pay_unit="hour",
                hourly_usd_min=80, hourly_usd_max=120, flags=["currency_unknown"]),
        listing(3, title="Video trim, a believable rate", pay_min=300, pay_max=300, pay_currency="USD",
                pay_unit="project", hours_min=12, hours_max=12, hourly_usd_min=25, hourly_usd_max=25,
                flags=["currency_assumed"]),
        listing(4, title="Video script, paid per word", pay_min=0.06, pay_max=0.06, pay_currency="USD",
                pay_unit="piece", pay_piece="word", pieces=2500, flags=["currency_assumed"]),
    ], crawl_id="c", seen_at="2026-11-24T00:00:00Z")
    writer.close()
    return path


@pytest.mark.parametrize("query", ["q=video&", "", "sort=newest&"])
def test_an_hourly_figure_flagged_implausible_never_passes_the_hourly_filter(catalog, query):
    ds = build_datasette(catalog)
    rows = get(ds, f"/microgigs/search.json?_shape=array&{query}min_hourly_usd=20").json()
    assert [r["id"] for r in rows] == ["demo:3"]
    page = get(ds, f"/?s=1&{query}min_hourly_usd=20").text
    assert "Video trim" in page and "Video editor" not in page and "Video captions" not in page
    assert "1 listing" in page  # the facet counts and total agree
    feed = get(ds, f"/microgigs/search_feed.atom?{query}min_hourly_usd=20").text
    assert "demo:3" in feed and "demo:1" not in feed and "demo:2" not in feed


def test_flagged_figures_are_said_honestly_on_every_surface(catalog):
    ds = build_datasette(catalog)
    rows = {r["id"]: r for r in get(ds, "/microgigs/search.json?_shape=array&q=video").json()}
    assert rows["demo:1"]["summary"] == "€1,000–10k flat · about 2 h over 2 weeks · hourly unclear"
    assert rows["demo:1"]["hourly_text"] == "hourly unclear" and "pay_implausible" in rows["demo:1"]["flags"]
    # the JSON's hourly figures are facts a widget may show: none for a flagged row
    assert (rows["demo:1"]["hourly_usd_min"], rows["demo:1"]["hourly_usd_max"]) == (None, None)
    assert (rows["demo:3"]["hourly_usd_min"], rows["demo:3"]["hourly_usd_max"]) == (25, 25)
    assert rows["demo:2"]["summary"] == "80–120/h (currency not stated)"
    assert rows["demo:3"]["summary"] == "$300 flat (USD assumed) · about 12 h · ≈ $25/h"
    assert rows["demo:4"]["summary"] == "2,500 words at $0.06/word ($150; USD assumed)"
    assert (rows["demo:4"]["pay_piece"], rows["demo:4"]["pieces"]) == ("word", 2500)
    home = get(ds, "/?q=video").text
    assert "hourly unclear" in home and "$300 flat (USD assumed)" in home and "5,586" not in home
    widget = get(ds, "/-/widget?q=video").text
    assert "hourly unclear" in widget and "5,586" not in widget
    feed = get(ds, "/microgigs/search_feed.atom?q=video").text
    assert "hourly unclear" in feed and "5,586" not in feed
    listing_page = get(ds, "/-/listing/demo:1").text
    assert "unclear: the pay and effort as stated give no believable rate" in listing_page
    assert "5,586" not in listing_page and "≈ $559" not in listing_page
    assert "≈ $25/h (USD" in get(ds, "/-/listing/demo:3").text
    assert "2,500 words at $0.06/word ($150; USD assumed)" in get(ds, "/-/listing/demo:4").text
