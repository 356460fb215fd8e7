"""normalize.listing: the whole row, the rejects, hostile records, real recordings, purity of the package."""
import ast
import json
import math
import re
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.schema import JSON_COLUMNS, LISTING_COLUMNS
from normalize.context import InvalidListing, SourceContext
from normalize.classify import says_permanent
from normalize.listing import normalize_listing
from tests.conftest import realworld_files

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
SOURCE = SourceContext(name="testsrc")
USD_BOARD = SourceContext(name="usdboard", default_currency="USD")
MARKET = SourceContext(name="market", default_currency="USD", is_marketplace=True)
ISO_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
NORMALIZE = Path(__file__).resolve().parents[1] / "normalize"


def raw(**fields):
    base = {"source_id": 1, "title": "Logo design", "url": "https://x.example.com/1", "raw": {"id": 1}}
    base.update(fields)
    return base


def row_of(source=SOURCE, **fields):
    return normalize_listing(raw(**fields), source=source, now=NOW)


def test_row_has_exactly_the_schema_columns():
    row = row_of()
    assert list(row) == list(LISTING_COLUMNS)
    assert row["id"] == "testsrc:1" and row["source"] == "testsrc" and row["source_id"] == "1"
    assert row["raw"] == {"id": 1}
    assert row["first_seen_at"] is row["last_seen_at"] is row["closed_at"] is None
    for column in JSON_COLUMNS:
        if column != "raw":
            assert isinstance(row[column], list), column


@pytest.mark.parametrize("source_id,expected", [
    (123, "123"), (123.0, "123"), ("  abc-1 \n", "abc-1"), ("4 2", "4 2"), (12.5, "12.5"), ("0", "0"), (0, "0"),
])
def test_ids_are_stripped_text(source_id, expected):
    row = row_of(source_id=source_id)
    assert row["source_id"] == expected and row["id"] == f"testsrc:{expected}"


@pytest.mark.parametrize("fields,reason", [
    ({"source_id": None}, "missing_source_id"), ({"source_id": "  "}, "missing_source_id"),
    ({"source_id": ""}, "missing_source_id"), ({"source_id": float("nan")}, "missing_source_id"),
    ({"source_id": True}, "missing_source_id"),
    ({"source_id": {"nested": 1}}, "invalid_source_id"), ({"source_id": [1]}, "invalid_source_id"),
    ({"title": None}, "missing_title"), ({"title": ""}, "missing_title"), ({"title": "<b></b>"}, "missing_title"),
    ({"title": "  \x00 "}, "missing_title"), ({"title": {"text": "x"}}, "invalid_title"),
    ({"url": None}, "missing_url"), ({"url": ""}, "missing_url"),
    ({"url": "/relative/path"}, "invalid_url"), ({"url": "javascript:alert(1)"}, "invalid_url"),
    ({"url": "ftp://x.example.com/1"}, "invalid_url"), ({"url": "https://"}, "invalid_url"),
    ({"url": "https://x.example.com/a b"}, "invalid_url"), ({"url": 42}, "invalid_url"),
    ({"url": ["https://x.example.com/1"]}, "invalid_url"),
    ({"extract_error": "TypeError: x"}, "extract_error"),
])
def test_records_that_are_no_listing_are_rejected_with_a_reason(fields, reason):
    with pytest.raises(InvalidListing) as error:
        normalize_listing(raw(**fields), source=SOURCE, now=NOW)
    assert error.value.reason == reason


def test_a_micro_gig_end_to_end():
    row = row_of(
        title="[Hiring] Logo for a bakery – $300 flat", description_text="About 10-12 hours. Deliver by December 10.",
        posted_raw="2026-11-20T10:00:00Z", location_raw="Remote (US only)",
    )
    assert (row["pay_min"], row["pay_max"], row["pay_unit"], row["pay_currency"]) == (300, 300, "project", "USD")
    assert (row["pay_min_usd"], row["fx_date"]) == (300, "2026-11-20")
    assert (row["hours_min"], row["hours_max"]) == (10, 12)
    assert row["hourly_usd_min"] == 25.0 and row["hourly_usd_max"] == 30.0  # 300/12 .. 300/10
    assert row["due_at"] == "2026-12-10T00:00:00Z" and row["posted_at"] == "2026-11-20T10:00:00Z"
    assert row["remote"] == "remote" and row["country"] == "US"
    assert row["is_paid"] == 1 and row["is_micro"] == 1 and "hours_max<=40" in row["micro_reasons"]
    assert "project_fee_usd<=5000" in row["micro_reasons"] and row["engagement"] == "project"
    assert row["occupation"] == "creative_multimedia"
    assert row["flags"] == []


def test_foreign_pay_is_converted_at_the_posting_date():
    row = row_of(pay_raw="€25–35/h", posted_raw="2026-06-12T09:00:00Z")
    assert (row["pay_currency"], row["pay_unit"], row["fx_date"]) == ("EUR", "hour", "2026-06-12")
    assert 25 < row["pay_min_usd"] < 35 < row["pay_max_usd"] < 50
    assert row["hourly_usd_min"] == row["pay_min_usd"]


def test_without_a_posting_date_the_rate_is_the_latest_at_now():
    row = row_of(pay_raw="£400/day")
    assert row["fx_date"] <= NOW.date().isoformat() and row["hourly_usd_max"] == round(row["pay_max_usd"] / 8, 2)


@pytest.mark.parametrize("source,pay_raw,currency,assumed", [
    (SOURCE, "$20/hr", "USD", True),  # "$" alone on a source with no documented currency: USD, flagged
    (USD_BOARD, "$20/hr", "USD", False),
    (USD_BOARD, "€20/hr", "EUR", False),
    (SourceContext(name="de", default_currency="EUR"), "$20/hr", "USD", True),
    (SOURCE, "C$20/hr", "CAD", False),
    (SourceContext(name="ca", default_country="CA"), "$20/hr", "CAD", False),
    (SOURCE, "20/hr", None, False),  # no sign at all: the amount stands, its currency unknown
])
def test_dollar_is_usd_unless_something_settles_it(source, pay_raw, currency, assumed):
    row = row_of(source=source, pay_raw=pay_raw)
    assert row["pay_currency"] == currency
    assert ("currency_assumed" in row["flags"]) == assumed
    assert ("currency_unknown" in row["flags"]) == (currency is None)
    assert (row["pay_min_usd"] is None) == (currency is None)


def test_a_sites_currency_field_settles_a_dollar_in_its_pay_text():
    row = row_of(pay_raw="$40-$60", pay_currency_raw="CAD", pay_unit_raw="hour")
    assert row["pay_currency"] == "CAD" and "currency_assumed" not in row["flags"]


@pytest.mark.parametrize("title,description,expected", [
    ("[Hiring] Blog posts - $0.06/word", "2,500 words at $0.06 a word, due Friday.", ("piece", "word", 2500, 150)),
    ("[Hiring] UGC creator - $150 per video", "Two 30-second videos. About 3 hours per video.", ("piece", "video", 2, 300)),
    ("Icon set (24 icons)", "$25 each. Turnaround 7 days.", ("piece", "icon", 24, 600)),
])
def test_piece_rates_give_the_works_fee(title, description, expected):
    row = row_of(title=title, description_text=description)
    unit, piece, pieces, fee = expected
    assert (row["pay_unit"], row["pay_piece"], row["pieces"]) == (unit, piece, pieces)
    assert row["pay_min_usd"] * row["pieces"] == pytest.approx(fee)
    assert "project_fee_usd<=5000" in row["micro_reasons"] and row["engagement"] == "gig"


@pytest.mark.parametrize("title,description,unit,employment", [
    ("Marketing Manager", "$95k-120k, full-time, permanent. Hybrid in Austin.", "year", "FULL_TIME"),
    ("Account Executive", "Salary: £35,000 plus commission.", "year", None),
    ("Acme | Backend Engineer | SF | $150k-$200k + equity", "", "year", None),
    ("Logo design", "Budget: $20k for the whole brand system.", "project", None),  # a fee, never a salary
    ("Data entry, full-time for two weeks", "$20 per hour, about 30k rows to enter.", "hour", None),
])
def test_salaries_are_yearly(title, description, unit, employment):
    row = row_of(title=title, description_text=description)
    assert row["pay_unit"] == unit
    if employment:
        assert row["employment_type"] == employment


@pytest.mark.parametrize("text,permanent", [
    ("Marketing Manager, $95k–120k/year, full-time, permanent", True),
    ("This is a full-time position with benefits.", True),
    ("We are hiring a full-time designer to join our team.", True),
    ("Permanent role, hybrid in Berlin.", True),
    ("This is not a full-time role: about 10 hours total.", False),
    ("Open to full-time students and recent grads.", False),
    ("Part-time or full-time freelancers welcome for this one-off gig.", False),
])
def test_full_time_permanent_from_the_text(text, permanent):
    assert says_permanent(text) is permanent


def test_stated_effort_over_40_hours_is_never_short_project_work():
    row = row_of(title="[Hiring] Quick gig: data labeling, $15/hr", description_text="20 hours per week for 6 weeks.")
    assert row["hours_min"] > 40 and row["is_micro"] == 0 and row["micro_reasons"] == []


def test_a_unit_is_read_only_from_what_the_amount_can_be():
    # a year's pay is the only thing this large; a wage-sized amount with no unit for a role keeps none
    row = row_of(source=USD_BOARD, pay_raw="$175k - $225k")
    assert row["pay_unit"] == "year" and "pay_unit_missing" not in row["flags"]
    row = row_of(source=USD_BOARD, title="Warehouse associate", pay_raw="$17 - $22")
    assert row["pay_unit"] is None and "pay_unit_missing" in row["flags"] and row["hourly_usd_min"] is None


def test_structured_pay_fields_and_zero():
    row = row_of(source=USD_BOARD, pay_min_raw="120000", pay_max_raw=150000, pay_currency_raw="USD",
                 pay_unit_raw="per-year-salary")
    assert (row["pay_min"], row["pay_max"], row["pay_unit"]) == (120000, 150000, "year")
    assert json.loads(row["pay_raw"])["pay_unit_raw"] == "per-year-salary"  # the structure as compact JSON
    nothing = row_of(source=USD_BOARD, pay_min_raw=0, pay_max_raw=0)
    assert nothing["pay_min"] is None and "pay_missing" in nothing["flags"]


def test_schema_org_salary_and_hourly_with_stated_hours():
    row = row_of(pay_raw={"@type": "MonetaryAmount", "currency": "USD",
                          "value": {"@type": "QuantitativeValue", "value": 2000, "unitText": "MONTH"}},
                 description_text="A part-time role, 10 hours per week.")
    assert (row["pay_unit"], row["hours_per_week"]) == ("month", 10)
    assert row["hourly_usd_max"] == pytest.approx(2000 * 12 / 520, abs=0.01)


def test_full_time_permanent_is_never_micro():
    row = row_of(source=MARKET, title="Senior Engineer", employment_type_raw="full_time",
                 description_text="Full-time permanent. About 20 hours of onboarding.")
    assert row["is_micro"] == 0 and row["micro_reasons"] == [] and row["entry_level"] == 0


@pytest.mark.parametrize("title", ["Volunteer newsletter editor (unpaid)", "Logo design for exposure",
                                   "Help wanted - no pay, great experience"])
def test_unpaid_is_flagged_not_dropped(title):
    row = row_of(title=title)
    assert row["is_paid"] == 0 and "unpaid" in row["flags"] and row["is_micro"] == 0


def test_paid_said_without_an_amount():
    row = row_of(title="Paid survey, 10 minutes")
    assert row["is_paid"] == 1 and "pay_missing" in row["flags"]
    assert row_of(title="Logo design")["is_paid"] is None


def test_marketplace_source_and_default_currency():
    row = row_of(source=MARKET, pay_raw="$40/hour")
    assert row["pay_currency"] == "USD" and row["hourly_usd_max"] == 40.0 and "source=marketplace" in row["micro_reasons"]


def test_implausible_pay_and_scam_signals_are_flagged():
    row = row_of(source=MARKET, pay_raw="$5000/hour",
                 description_text="Contact us on Telegram only. Pay a registration fee to apply.")
    assert {"pay_implausible", "scam_signals", "offsite_contact"} <= set(row["flags"])
    assert "pay_implausible" in row_of(source=MARKET, pay_raw="$1/hour")["flags"]


def test_entry_level_and_language():
    row = row_of(title="Werkstudent Marketing (m/w/d)", description_text=(
        "Wir suchen einen Werkstudenten für unser Marketing-Team in Berlin, etwa 15 Stunden pro Woche."))
    assert row["entry_level"] == 1 and row["language"] == "de" and row["employment_type"] == "INTERN"
    assert row_of(language_raw="en-US")["language"] == "en"
    assert row_of(language_raw="FR")["language"] == "fr"
    assert row_of(language_raw="english please")["language"] is None  # no text long enough to detect


def test_description_html_is_sanitized_and_text_is_plain():
    row = row_of(description_html='&lt;p onclick="x()"&gt;Hello &amp;amp; welcome&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;'
                                  '<img src="https://remotive.com/job/track/1/blank.gif">')
    assert row["description_text"] == "Hello & welcome"
    assert "<script" not in row["description_html"] and "onclick" not in row["description_html"]
    assert "blank.gif" not in row["description_html"]


def test_plain_text_description_becomes_safe_html():
    row = row_of(description_text="Line one <b>\n\nSecond &amp; paragraph")  # Reddit selftext keeps entities
    assert row["description_text"] == "Line one\nSecond & paragraph"
    assert row["description_html"] == "<p>Line one<br>Second &amp; paragraph</p>"


@pytest.mark.parametrize("tags,expected", [
    (["Design", "design", " Logo "], ["Design", "Logo"]), ("single", ["single"]), (None, []), (42, ["42"]),
    ([{"name": "SEO"}, None, ""], ["SEO"]), ([["nested"]], ["nested"]),
])
def test_tags_are_kept_as_given_but_cleaned(tags, expected):
    assert row_of(tags=tags)["tags"] == expected


@pytest.mark.parametrize("title,pay", [
    # real Reddit r/forhire titles
    ("[HIRING]Pay $350 every month | only 1hr/day, 15$/hr, Bonus 500~2000$ for additional service per task, "
     "Part-time work", (350, 350, "month")),
    ("[HIRING]  Reddit VA – 1 post/day (10–20 mins work) – $15/hour", (15, 15, "hour")),
    ("[Hiring] Databricks Engineer (PySpark, ETL Modernization) – Wilmington, DE (Onsite) – $60/hr W2", (60, 60, "hour")),
    ("[HIRING] Part-time remote support role (US/EU, flexible time)", (None, None, None)),
])
def test_real_reddit_titles(title, pay):
    row = row_of(title=title)
    assert (row["pay_min"], row["pay_max"], row["pay_unit"]) == pay
    assert row["hours_max"] is None  # recurring daily work has no total effort


def test_bonus_in_a_description_is_no_pay():
    row = row_of(source=USD_BOARD, title="Join Our Team",
                 description_text="Qualified Plumbers Wanted in Geelong — $1,000 Sign-On + Above Award Pay")
    assert row["pay_min"] is None and "pay_missing" in row["flags"]


@pytest.mark.parametrize("fields", [
    {"title": "x" * 1_000_000}, {"description_html": "<p>" * 333_333}, {"description_text": "1" * 1_000_000},
    {"description_html": "&lt;" * 250_000}, {"pay_raw": "$1 " * 333_333}, {"location_raw": "Remote, " * 125_000},
    {"posted_raw": "9" * 1_000_000}, {"tags": ["t"] * 100_000}, {"title": "a\x00" * 500_000},
    {"description_text": "about 10 hours, $20/hr, deliver by March 3. " * 25_000},
])
def test_megabyte_records_are_not_hung(fields):
    started = time.perf_counter()
    row = row_of(**fields)
    assert time.perf_counter() - started < 20
    assert len(row["title"]) <= 500 and len(row["description_html"] or "") <= 1_000_000


def test_hostile_types_everywhere():
    row = row_of(title=12345, company=["A", "B"], description_html={"x": 1}, description_text=3.5,
                 posted_raw=float("nan"), expires_raw=[1], due_raw={"a": 1}, employment_type_raw=42,
                 location_raw=float("inf"), remote_raw="maybe", country_raw=7, pay_raw=-100,
                 pay_min_raw="NaN", pay_max_raw=-5, pay_currency_raw=5, pay_unit_raw=["hour"],
                 tags=float("nan"), language_raw=1, apply_url="javascript:alert(1)", company_url="//no-scheme",
                 board=["b"])
    assert row["title"] == "12345" and row["company"] == "A, B" and row["pay_min"] is None
    assert row["apply_url"] is None and row["company_url"] is None and row["posted_at"] is None
    assert row["description_html"] is None or "<" not in row["description_html"].replace("<p>", "").replace("</p>", "")


hostile = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=300),
                    st.lists(st.text(max_size=20), max_size=3),
                    st.dictionaries(st.text(max_size=5), st.text(max_size=10), max_size=3))


@settings(max_examples=150, deadline=None)
@given(st.fixed_dictionaries({}, optional={k: hostile for k in (
    "title", "company", "description_html", "description_text", "posted_raw", "expires_raw", "due_raw",
    "employment_type_raw", "location_raw", "remote_raw", "country_raw", "pay_raw", "pay_min_raw", "pay_max_raw",
    "pay_currency_raw", "pay_unit_raw", "tags", "language_raw", "apply_url", "board", "company_url")}))
def test_any_record_becomes_a_valid_row_or_a_clear_rejection(fields):
    record = {"source_id": "1", "title": "t", "url": "https://x.example.com/1", "raw": {}}
    record.update(fields)
    try:
        row = normalize_listing(record, source=SOURCE, now=NOW)
    except InvalidListing as error:
        assert error.reason.startswith(("missing_", "invalid_"))
        return
    assert_row_invariants(row)


def assert_row_invariants(row):
    assert list(row) == list(LISTING_COLUMNS)
    for column in ("posted_at", "expires_at", "due_at"):
        assert row[column] is None or ISO_UTC.match(row[column]), (column, row[column])
    for column in ("pay_min", "pay_max", "pay_min_usd", "pay_max_usd", "hourly_usd_min", "hourly_usd_max",
                   "hours_min", "hours_max", "hours_per_week", "duration_days"):
        assert row[column] is None or (math.isfinite(row[column]) and row[column] > 0), (column, row[column])
    if row["pay_min"] is not None:
        assert row["pay_min"] <= row["pay_max"]
    assert row["pay_unit"] in (None, "project", "hour", "day", "week", "month", "year")
    assert row["pay_currency"] is None or re.match(r"^[A-Z]{3}$", row["pay_currency"])
    assert row["country"] is None or re.match(r"^[A-Z]{2}$", row["country"])
    assert row["remote"] in (None, "remote", "hybrid", "onsite")
    assert row["is_paid"] in (None, 0, 1) and row["is_micro"] in (0, 1) and row["entry_level"] in (None, 0, 1)
    assert (row["is_micro"] == 1) == bool(row["micro_reasons"])
    assert row["employment_type"] in (None, "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN",
                                      "VOLUNTEER", "PER_DIEM", "OTHER")
    assert row["language"] is None or re.match(r"^[a-z]{2}$", row["language"])
    assert not re.search(r"<\s*/?\s*[a-zA-Z][^>]*>", row["description_text"] or "")
    assert "<script" not in (row["description_html"] or "").lower()
    assert "\x00" not in json.dumps({k: v for k, v in row.items() if k != "raw"})


# Real recordings, mapped to raw fields here by hand (what a spider would fill), so normalize is
# tested on real text without running a spider.
def remotive_items():
    for path in realworld_files("remotive", "*.json"):
        for job in json.loads(path.read_text()).get("jobs", []):
            yield {"source_id": job.get("id"), "url": job.get("url"), "title": job.get("title"),
                   "company": job.get("company_name"), "description_html": job.get("description"),
                   "posted_raw": job.get("publication_date"), "employment_type_raw": job.get("job_type"),
                   "location_raw": job.get("candidate_required_location"), "remote_raw": True,
                   "pay_raw": job.get("salary"), "tags": job.get("tags"), "raw": job}


def greenhouse_items():
    for path in realworld_files("greenhouse", "*.json"):
        for job in json.loads(path.read_text()).get("jobs", []):
            yield {"source_id": job.get("id"), "url": job.get("absolute_url"), "title": job.get("title"),
                   "description_html": job.get("content"), "posted_raw": job.get("first_published") or job.get("updated_at"),
                   "location_raw": (job.get("location") or {}).get("name"), "language_raw": job.get("language"),
                   "raw": job}


def test_real_remotive_records():
    rows = [normalize_listing(item, source=USD_BOARD, now=NOW) for item in remotive_items()]
    for row in rows:
        assert_row_invariants(row)
        assert "blank.gif" not in (row["description_html"] or "") and "&amp;" not in row["title"]
    by_pay = {row["pay_raw"]: row for row in rows if row["pay_raw"]}
    assert (by_pay["$18 - $22/hr"]["pay_min"], by_pay["$18 - $22/hr"]["pay_unit"]) == (18, "hour")
    salary = by_pay["$175k - $225k"]  # a year's amount on a full-time role is its yearly salary
    assert (salary["employment_type"], salary["pay_unit"]) == ("FULL_TIME", "year")
    assert all(row["country"] != "IL" for row in rows if row["location_raw"] == "Americas, Europe, Israel")
    assert not any(row["micro_reasons"] == ["says:small-gig"] for row in rows)  # "Small gig seekers" are not a fit


def test_real_greenhouse_records():
    rows = [normalize_listing(item, source=SOURCE, now=NOW) for item in greenhouse_items()]
    assert rows
    for row in rows:
        assert_row_invariants(row)
        assert "&lt;" not in (row["description_text"] or "") and "&lt;" not in (row["description_html"] or "")
        assert "offsite_contact" not in row["flags"]  # privacy notices list WhatsApp among channels


def test_normalize_imports_nothing_from_scrapers_or_db():
    files = sorted(NORMALIZE.rglob("*.py"))
    assert files
    for path in files:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""] if node.level == 0 else []
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in ("scrapers", "db", "scrapy", "microgigs"), f"{path.name} imports {name}"


def test_normalize_reads_no_clock_and_opens_no_network():
    for path in NORMALIZE.rglob("*.py"):
        source = path.read_text()
        for forbidden in ("datetime.now(", "datetime.utcnow(", "date.today(", "time.time(", "requests", "urllib.request",
                          "socket", "http.client"):
            assert forbidden not in source, f"{path.name} uses {forbidden}"


def test_a_thread_tag_in_the_title_says_what_kind_of_work_it_is():
    """r/slavelabour's "[TASK]" is a micro-task: read from the title as posted, though the shown title loses it."""
    row = row_of(title="[TASK] Proofread my 2,000-word scholarship essay - $20",
                 description_text="Track changes in Word, please. Paid via PayPal.")
    assert row["title"] == "Proofread my 2,000-word scholarship essay"
    assert row["is_micro"] == 1 and "says:task" in row["micro_reasons"] and row["engagement"] == "gig"
    plain = row_of(title="Proofread my 2,000-word scholarship essay - $20",
                   description_text="Track changes in Word, please. Paid via PayPal.")
    assert "says:task" not in plain["micro_reasons"]


@pytest.mark.parametrize("text, code", [
    ("Our graduate scheme starts in September, apply now.", "en"),  # the full model said "pcm" (Nigerian Pidgin)
    ("Traducir 20 páginas de un sitio web del español al portugués de Brasil. Entrega en dos semanas.", "es"),  # "ext"
    ("Wir suchen eine Werkstudentin für unser Marketing-Team in Berlin, ab sofort und in Teilzeit.", "de"),
    ("Rédiger 60 fiches produits optimisées SEO pour une boutique de thés. Livraison sous 3 semaines.", "fr"),
    ("Permanent, full-time role. £24,000 per annum, based in our Leeds office.", "en"),  # no Latin
])
def test_language_is_an_iso_639_1_code_of_a_written_language(text, code):
    assert row_of(description_text=text)["language"] == code


def test_simple_urls_take_the_fast_path_and_odd_ones_the_full_check():
    from normalize.listing import absolute_url

    assert absolute_url(" https://jobs.example.com:8443/a?b=1#c ") == "https://jobs.example.com:8443/a?b=1#c"
    assert absolute_url("HTTP://Example.COM") == "HTTP://Example.COM"
    assert absolute_url("https://user@example.com/x") == "https://user@example.com/x"  # not simple: urlsplit decides
    assert absolute_url("https:///nohost") is None and absolute_url("ftp://example.com") is None
    assert absolute_url("https://example.com/a b") is None and absolute_url('https://example.com/"x"') is None


@pytest.mark.parametrize("source, description, currency, paid", [
    (SOURCE, "AI Agent 任务设计（300-1000元/任务），线上完成。", None, 1),
    (SourceContext(name="cn", default_country="CN"), "AI Agent 任务设计（300-1000元/任务），线上完成。", "CNY", 1),
    (SourceContext(name="cny", default_currency="CNY"), "AI Agent 任务设计（300-1000元/任务），线上完成。", "CNY", 1),
])
def test_chinese_pay_in_a_post(source, description, currency, paid):
    row = row_of(source=source, title="外包零活｜AI Agent 任务", description_text=description)
    assert (row["pay_min"], row["pay_max"], row["pay_unit"], row["pay_currency"]) == (300, 1000, "project", currency)
    assert row["is_paid"] == paid and ("currency_unknown" in row["flags"]) == (currency is None)
    assert row["is_micro"] == 1  # a flat fee of at most 1,000 yuan of any place is under USD 5,000


def test_chinese_negotiable_pay_is_paid_without_an_amount():
    row = row_of(title="远程招商助理", description_text="薪资：面议，按月结算，底薪+提成。")
    assert row["is_paid"] == 1 and row["pay_min"] is None and "pay_missing" in row["flags"]
    row = row_of(title="公益活动摄影", description_text="无偿，为周末公益活动拍照。")
    assert row["is_paid"] == 0 and "unpaid" in row["flags"]


@pytest.mark.parametrize("title,unit", [
    ("Seeking healthy adults (40+) for MRI research study - $500", "project"),
    ("COVID-19 mRNA-based vaccine study - Honorarium of $100", "project"),
    ("Diagnosed with PTSD? Join this Study - Up to $560", "project"),
    ("Logo for my bakery - $150", "project"),  # a thing made, priced: its fee
    ("Line cook - $150", "project"),  # more than a wage: one shift's or one event's pay
])
def test_a_studys_payment_is_one_payment(title, unit):
    assert row_of(title=title)["pay_unit"] == unit


@pytest.mark.parametrize("title,description,paid", [
    ("Platform Engineer", "Competitive salary, equity and great benefits.", 1),
    ("Senior Eng | London, UK, hybrid | Full time", "We build sports models.", None),  # said in no field
    ("Data Analyst", "Full-time role in our Berlin office.", 1),  # an employee is paid
    ("Freelance copywriter", "Ongoing case studies for our blog.", None),  # a freelancer may not be
])
def test_paid_from_what_the_work_is(title, description, paid):
    assert row_of(title=title, description_text=description)["is_paid"] == paid


def test_money_for_research_participation_is_the_pay():
    row = row_of(title="$500 for Research re: Small Business Financing")
    assert (row["pay_min"], row["pay_unit"], row["is_micro"]) == (500, "project", 1)


@pytest.mark.parametrize("title,location,description,remote", [
    ("(Remote) Live Streamer", "boston/cambridge/brookline", None, "remote"),
    ("Telecommute: earn $20 per product test", "metro west", None, "remote"),
    ("ONLINE: Focus Group about a legal case", "boston", None, "remote"),
    ("Product Manager", None, "40GRID - Full-time Remote | Product Manager\nOur mission is ...", "remote"),
    ("Product Manager", None, "Acme | Berlin | ONSITE | €70k\nWe help remote teams ship.", "onsite"),
    ("Remote Sensing Analyst", "Denver, CO", None, None),
    ("Support agent", None, "We build tools for remote teams.", None),  # a product, not the work
])
def test_remote_from_the_title_or_a_header_line(title, location, description, remote):
    row = row_of(title=title, location_raw=location, description_text=description)
    assert row["remote"] == remote


@pytest.mark.parametrize("title,expected", [
    ("[Hiring] Social media manager | Chicago, IL", "Social media manager"),
    ("[Hiring] Intern | New York, NY | $20/hr", "Intern"),
    ("[Hiring] Data entry | 10 hours", "Data entry | 10 hours"),  # no place: nothing moves
])
def test_a_titles_place_tail_moves_to_where(title, expected):
    row = row_of(title=title)
    assert row["title"] == expected and (row["country"] == "US") == (expected != title.split("] ")[1])


@pytest.mark.parametrize("title,description,unit", [
    # one bounded piece of work: its one amount is the flat fee
    ("[TASK] Transcribe a 10 minute audio file - $5", None, "project"),
    ("[Hiring] Need a Shopify expert to fix a checkout bug - $50", None, "project"),
    ("[Hiring] Someone to assemble IKEA furniture - $80", "Two bookcases and a desk.", "project"),
    ("Translate a 2-page contract German to English - 80 EUR", "Needed within 48 hours.", "project"),
    ("Models needed for a hair show - paid $100", None, "project"),
    ("Focus group", "Earn $150 for 90 minutes of your time.", "project"),
    ("Micro-internship: grant research", "Estimated 15 hours. $300.", "project"),
    ("Phone interview study - $50", None, "project"),
    # a role, recurring work or a wage: the amount keeps no unit
    ("[Hiring] Video editor for our channel - $50", "Ongoing work, two videos every week.", None),
    ("Part-time barista - $18", "Weekend shifts.", None),
    ("Line cook wanted - $20", None, None),
])
def test_a_tasks_unitless_amount_is_its_flat_fee(title, description, unit):
    row = row_of(title=title, description_text=description)
    assert row["pay_min"] is not None and row["pay_unit"] == unit


@pytest.mark.parametrize("title,description,hours", [
    ("Focus Group - Earn $150 for 90 minutes", None, 1.5),
    ("Market research interview", "$75 Amazon gift card for 30 min zoom", 0.5),
    ("Need a photographer for 2 hour event - $200", None, 2.0),
    ("Moving help", "Need help for 4 hours on Saturday moving boxes. $25/hr", 4.0),
    ("Tutor", "$20 for 1 hour a day", None),  # a daily hour is no total
])
def test_the_time_an_amount_buys_is_the_effort(title, description, hours):
    row = row_of(title=title, description_text=description)
    assert row["hours_max"] == hours


@pytest.mark.parametrize("title,location,remote,country", [
    ("Freelance Writer Wanted - $100 per article (Remote OK)", "boston/cambridge/brookline", "remote", "US"),
    ("Office assistant", "Onsite, remote ok", None, None),  # allowed beside an office, not promised
    ("Drywall taping / 40 sheets", "Bedford ma", "onsite", "US"),  # drywall is hung where it goes
    ("Yard work", "Quincy MA", "onsite", "US"),  # yard work is done in the yard
    ("Help wanted", "Toronto CA", None, "CA"),  # Canada's city, not California
    ("Log in", "Log in", None, None),  # "in" is a word, not Indiana
    ("Online Tutor for High School Math", "Online", "remote", None),
    ("Zoom focus group - $100", "boston", "remote", "US"),
    ("Get paid to test websites from home", None, "remote", None),
    ("In-person study - $200", "Boston", "onsite", "US"),
])
def test_places_as_people_type_them(title, location, remote, country):
    row = row_of(title=title, location_raw=location)
    assert (row["remote"], row["country"]) == (remote, country)


def test_a_sites_pay_text_gives_the_unit_its_number_fields_leave_out():
    row = row_of(title="Data labelling: 2,000 images", pay_min_raw=0.05, pay_max_raw=0.05, pay_currency_raw="USD",
                 pay_raw="$0.05 per image", description_text="Effort: roughly 10 hours")
    assert (row["pay_unit"], row["pay_piece"]) == ("piece", "image") and "pay_implausible" not in row["flags"]


@pytest.mark.parametrize("fields,column,value", [
    # Markdown's escapes in a Reddit body are not text: "Budget: \~$5K" is a budget of about $5K
    ({"title": "[HIRING] Illustrator for a card game (~$5K, remote)", "description_text": "Budget: \\~$5K total."},
     "pay_unit", "project"),
    ({"title": "Are you a 31 to 40 year old woman?", "pay_raw": "Payment up to $425"}, "pay_unit", "project"),
    ({"title": "[HIRING] Visuals for a presentation. $10 for 2 AI generated videos"}, "pay_unit", "project"),
    ({"title": "[Hiring] Logo", "description_text": "Pay: $50 via PayPal"}, "pay_unit", "project"),
    ({"title": "[Hiring] Edit my podcast", "description_text": "I can offer $40 for this."}, "pay_unit", "project"),
    ({"title": "[Hiring] Barista", "description_text": "Pay: $18, weekends"}, "pay_unit", None),  # a wage, maybe
    ({"title": "[Hiring] Designer", "description_text": "SGD $500/month, remote"}, "pay_currency", "SGD"),
    ({"title": "[Hiring] Redraw my OC", "description_text": "Budget is 200 Canadian dollars."}, "pay_currency", "CAD"),
    ({"title": "[Hiring] Game economy advisor (10-15 hrs, Remote)", "description_text": "Energy system (daily pool)."},
     "hours_max", 15.0),
    ({"title": "Advisor", "description_text": "Energy system (daily pool). 10-15 hours over 2-3 weeks. Paid."},
     "hours_max", 15.0),  # a total said outright, whatever else is daily
    ({"title": "UI designer", "description_text": "Practicalities:\n- Contract, remote, flexible hours.\n"}, "remote", "remote"),
    ({"title": "UI/UX polish", "description_text": "**Work:** Remote, project-based"}, "remote", "remote"),
    ({"title": "Portrait", "description_text": "No budget in mind, but willing to pay for the right artist."},
     "is_paid", 1),
    ({"title": "UI/UX designer", "description_text": "A short, project-based engagement. Budget: ₹10,000–₹15,000"},
     "pay_unit", "project"),
    ({"title": "Freelance engineers", "description_text": "Contract role. Compensation is agreed upon per project."},
     "is_paid", 1),
    ({"title": "[Hiring] Commission Request: watercolour of our church - $200"}, "is_micro", 1),
    ({"title": "Paid work", "description_text": "Location: Remote.\nWe do daily standups."}, "remote", "remote"),
    ({"title": "Designers", "description_text": "We're looking for experienced designers in India to join us."},
     "country", "IN"),
    ({"title": "Data engineer", "location_raw": "Bangalore (WFO)"}, "remote", "onsite"),
    # days at a day rate given in the site's pay field are the work: 1-2 days of 8 hours
    ({"title": "Model wanted for 1 -2 Day Music Video", "pay_raw": "$150 -300 per day"}, "hours_max", 16.0),
    ({"title": "Video editor", "pay_raw": "$200 per day", "description_text": "Within 3 days of the shoot."},
     "hours_max", None),
])
def test_what_genuine_posts_say_in_their_own_way(fields, column, value):
    assert row_of(**fields)[column] == value


@pytest.mark.parametrize("pay_raw,column,value", [
    ("$25 per hour, 4 hours", "hours_max", 4.0),  # the site's pay line says what the pay buys
    ("$80 for a 4 hour shift", "hours_max", 4.0),
    ("Negotiable", "is_paid", 1), ("DOE", "is_paid", 1), ("Pay depends on experience", "is_paid", 1),
    ("Unpaid", "is_paid", 0),
    ("$100 cash", "pay_unit", "project"), ("$50 Amazon gift card", "pay_unit", "project"),
])
def test_a_sites_pay_line_read_as_people_write_it(pay_raw, column, value):
    assert row_of(title="Help needed", pay_raw=pay_raw)[column] == value


def test_one_pieces_rate_is_no_fee_for_ongoing_work():
    once = row_of(title="[Hiring] Thumbnail for my video, $25 per thumbnail")
    ongoing = row_of(title="[Hiring] Video editor for TikToks, $15 per video, ongoing")
    counted = row_of(title="[Hiring] Blog writer, $100 per article", description_text="Four articles. Ongoing if it works out.")
    assert once["is_micro"] == 1 and ongoing["is_micro"] == 0 and counted["is_micro"] == 1


# What genuine posts taught: each line a sentence written for its rule, a family of them per comment
@pytest.mark.parametrize("fields,column,value", [
    ({"title": "Portraits", "description_text": "Budget is 30€-50€ per portrait."}, "pay_unit", "piece"),
    ({"title": "Envelopes", "pay_raw": "$0.75/envelope"}, "pay_unit", "piece"),
    ({"title": "Retail associate", "pay_raw": "Earn between $49,000 and $59,000 per year"}, "pay_min", 49000),
    ({"title": "Helper", "pay_raw": "22 hr"}, "pay_min", 22),  # a site's pay field holding a number is pay
    ({"title": "Looking for help to darn a wool sweater", "pay_raw": "20"}, "pay_min", 20),
    ({"title": "Supervisor", "pay_raw": "65,000-72,000/annual"}, "pay_unit", "year"),
    ({"title": "Caretaker", "pay_raw": "3 hours $100"}, "hours_max", 3.0),
    ({"title": "[Hiring] Budget 15-50$CAD | GoPro mount"}, "pay_currency", "CAD"),
    ({"title": "[Hiring] Budget 15-50$CAD | GoPro mount"}, "pay_unit", "project"),
    ({"title": "[Hiring] I'm looking for a pirate flag, $10 CAD"}, "pay_unit", "project"),
    ({"title": "[Hiring] One time work. up to 30€. Easy style, short job."}, "is_micro", 1),
    ({"title": "[PAID] Game studio looking for artists",
      "description_text": "We will never ask you for money or unpaid 'volunteer' work."}, "is_paid", 1),
    ({"title": "Engineer", "pay_raw": "90K - 150K"}, "pay_unit", "year"),
    ({"title": "Customer Engineer", "pay_raw": "€~55k-€~75k"}, "pay_max", 75000),
    ({"title": "Paid work", "description_text": "This is a paid posting for a REMOTE independent contract role."},
     "remote", "remote"),
    ({"title": "[HIRING] U.S.-Based Freelance Surface Pattern Designer"}, "country", "US"),
    ({"title": "[Hiring] 3D jewelry models", "description_text": "* Rate: $50 - $150+ per approved model."}, "pay_unit", "piece"),
    ({"title": "[Hiring] see attached reference", "description_text": "budget is 30-50CAD"}, "pay_currency", "CAD"),
    ({"title": "[Hiring] see attached reference", "description_text": "budget is 30-50CAD"}, "pay_unit", "project"),
    ({"title": "[HIRING] 75-100€ Custom Pokemon TC", "description_text": "Trying to find someone to do a drawing of us."},
     "pay_unit", "project"),
    ({"title": "[PAID] 2D artist", "description_text": "To be honest, the budget I have for the prototype will be around "
      "€4,000 if all goes well. It has two characters and 20 enemies, and more text follows here to make it long enough "
      "that an amount needs a pay word beside it." * 3}, "pay_min", 4000),
    ({"title": "Having Trouble Focusing? Paid Study", "pay_raw": "$4200"}, "pay_unit", "project"),
    ({"title": "Business Development", "pay_raw": "Commission + Equity"}, "is_paid", 1),
    ({"title": "[Hiring] ongoing 3D sculptor", "description_text": "Not a one off. Real recurring volume."}, "is_micro", 0),
    ({"title": "[PAID] Low poly artist", "description_text": "- Ongoing monthly work, not a one-off gig"}, "is_micro", 0),
    ({"title": "[HIRING] Designer in LA 25/hr starting"}, "country", "US"),
    ({"title": "[HIRING] Brand identity", "description_text": "Not sure about my budget, but 20-25 an hour for sure. "
      "More words follow here so that the body is long enough to need a pay word beside an amount." * 3},
     "pay_unit", "hour"),
    ({"title": "Anime artist", "description_text": "You MUST be located in the United States!"}, "country", "US"),
    ({"title": "2D artist", "description_text": "Paid, remote work. Starting on a commission basis."}, "remote", "remote"),
    ({"title": "Sculpture painting", "description_text": "The right person would be someone local to the area."},
     "remote", "onsite"),
    ({"title": "Card show model", "pay_raw": "$25 cash hourly to start (4 hour minimum per gig)"}, "pay_unit", "hour"),
    ({"title": "2 day Job, need 2 people", "pay_raw": "Daily rate or hourly"}, "is_paid", 1),
    ({"title": "2 day Job, need 2 people", "pay_raw": "Daily rate or hourly"}, "duration_days", 2.0),
    ({"title": "[Hiring] Looking for an online drawing teacher"}, "remote", "remote"),
    ({"title": "[HIRING] $500 illustrator", "description_text": "I'm looking for someone to provide me with a digital "
      "illustration."}, "pay_unit", "project"),
    ({"title": "[Hiring] 3D animator — Remote, Ongoing", "description_text": "- 8 videos/month\n- $50/video"}, "is_micro", 0),
    ({"title": "[Hiring] Blog writer, $100 per article", "description_text": "Four articles. Possibly ongoing."},
     "is_micro", 1),  # hoped for, not said
    ({"title": "Designer", "description_text": "Client branding and landing pages.\nRemote & flexible.\nDM us."}, "remote", "remote"),
    ({"title": "Digital artists", "description_text": "Looking for several remote videographers and designers."},
     "remote", "remote"),
    ({"title": "Ad creatives", "description_text": "Work from minor 50 USD projects to 400+ USD campaigns."}, "pay_unit", "project"),
    ({"title": "Home Bathroom Cleaning", "pay_raw": "$125"}, "pay_unit", "project"),
    ({"title": "Barista", "pay_raw": "$18"}, "pay_unit", None),  # a wage's size: no unit said
    ({"title": "Remove 8 snapped off bolts", "pay_raw": "Make me an offer"}, "is_paid", 1),
    # scope: one thing made, one job done once, a job of a few days
    ({"title": "[Hiring] Watercolour portrait", "description_text": "I'm looking to hire an artist specialising in "
      "watercolour to create a portrait of our house. Paid."}, "is_micro", 1),
    ({"title": "[PAID] Pixel artist", "description_text": "I am searching for a pixel art artist to do the character "
      "art/portraits for my novel. The job will be paid."}, "is_micro", 1),
    ({"title": "Truck and two guys needed for light move", "pay_raw": "$20/hr pp"}, "is_micro", 1),
    ({"title": "Looking for help to darn a wool sweater", "pay_raw": "$20"}, "is_micro", 1),
    ({"title": "Remove 8 snapped off bolts", "pay_raw": "Make me an offer"}, "is_micro", 1),
    ({"title": "Need helpers to move furniture every Saturday", "pay_raw": "$20/hr"}, "is_micro", 0),  # it comes back
    ({"title": "2 day job, need 2 people", "pay_raw": "Daily rate or hourly"}, "is_micro", 1),
    # a small sum with no unit prices the work, unless it is a wage for a role
    ({"title": "[Hiring] Original art work - $111"}, "pay_unit", "project"),
    ({"title": "[Hiring] Gothic anime headshot", "description_text": "I'm looking to spend around $25-35."}, "pay_unit", "project"),
    ({"title": "Line cook wanted", "pay_raw": "$20"}, "pay_unit", None),
    ({"title": "[Hiring] Tattoo drawing", "description_text": "budget 250 but open to higher numbers"}, "pay_min", 250.0),
    ({"title": "[Hiring] Portrait", "description_text": "I can do 20-40 via paypal, it's a gift."}, "pay_max", 40.0),
    ({"title": "[Hiring] Video for my channel - $50", "description_text": "Monthly retainer, ongoing."}, "pay_unit", None),
    # a pay field saying how it is settled says there is pay; a share of profits alone is none
    ({"title": "Back yard drainage", "pay_raw": "contact with your best price"}, "is_paid", 1),
    ({"title": "Snow removal driver", "pay_raw": "TOP PAY"}, "is_paid", 1),
    ({"title": "Guitarist for acoustic music", "pay_raw": "Determines on venue"}, "is_paid", 1),
    ({"title": "JV partner", "pay_raw": "Profit Share"}, "is_paid", 0),
    # where: a title's "Remote" part names no place, so the body's residence rule is read
    ({"title": "[HIRING] Graphic Designer – Freelance / Remote – India $30",
      "description_text": "We're looking for a **professional Graphic Designer based in India** for freelance work."},
     "country", "IN"),
    ({"title": "Community Lead", "description_text": "We're hiring.\n🇨🇦 Canada Based - Remote (Preference for Atlantic Canada)"},
     "country", "CA"),
    ({"title": "Community Lead", "description_text": "We're hiring.\n🇨🇦 Canada Based - Remote (Preference for Atlantic Canada)"},
     "remote", "remote"),
    ({"title": "Brand designer", "description_text": "The short version:\n- Remote, flexible, your own hours — we care about "
      "milestones"}, "remote", "remote"),
    ({"title": "Data Science Engr", "description_text": "Bangalore based startup IC role - Full time WFO, NO HYBRID, NO WFH"},
     "remote", "onsite"),
    ({"title": "Data Science Engr", "description_text": "Bangalore based startup IC role - Full time WFO, NO HYBRID, NO WFH"},
     "country", "IN"),
    ({"title": "[PAID] Onsite LQA tester", "description_text": "You are required to work onsite at Hangzhou, China."},
     "country", "CN"),
    ({"title": "Translator", "description_text": "A contract role. You must have the right to work in China."}, "country", "CN"),
    ({"title": "Need helpers to load household items", "pay_raw": "Will talk about it"}, "remote", "onsite"),
    ({"title": "Organize My Home Office", "pay_raw": "$25/hour"}, "remote", "onsite"),
    ({"title": "Data cleaning in Excel", "pay_raw": "$25/hour"}, "remote", None),  # not a house to clean
    # a unit said with no amount
    ({"title": "HOUSEKEEPER", "pay_raw": "hourly"}, "pay_unit", "hour"),
    ({"title": "Langchain consultation", "description_text": "We can pay your hourly rate for example."}, "pay_unit", "hour"),
    ({"title": "Environment artist", "description_text": "Monthly pay in USD via Wise."}, "pay_unit", "month"),
    ({"title": "Logo", "description_text": "No budget yet."}, "pay_unit", None),
    # a rate per any thing is a piece rate; per person or per session is not a thing made
    ({"title": "[PAID] Monster concept artist", "description_text": "I can offer up to 80$ per monster."}, "pay_unit", "piece"),
    ({"title": "[PAID] 20 short gifs. 100$ per one"}, "pay_unit", "piece"),
    ({"title": "Focus group", "description_text": "Earn $50 per person."}, "pay_unit", "project"),  # each one's fee
    ({"title": "Anime creators", "description_text": "Long-term role. Rate per hour $5-$50"}, "pay_unit", "hour"),
    ({"title": "Social media editor", "description_text": "Ongoing monthly retainer ($800+), paid via PayPal."}, "pay_unit", "month"),
    # equity alone is no pay; a remote-first studio works remotely; a nationality asked for is where the worker lives
    ({"title": "Founding engineer", "description_text": "Compensation: Equity only - til funding"}, "is_paid", 0),
    ({"title": "Game studio", "description_text": "We are a remote-first game development studio."}, "remote", "remote"),
    ({"title": "[HIRING] Looking for a Canadian Concept Artist for a show pitch"}, "country", "CA"),
    ({"title": "[Hiring] Video editor", "description_text": "Filipino only. $5/hr."}, "country", "PH"),
    ({"title": "[Hiring] artists 21+ in DFW"}, "country", "US"),
    # a freelancer hired to make one thing
    ({"title": "[Hiring] Freelance UI/UX Designer ($25–$35/hr)", "description_text": "I'm looking for a freelance designer to "
      "help create a personal portfolio website on my own domain."}, "is_micro", 1),
    ({"title": "Organize My Home Office", "pay_raw": "$25/hour"}, "is_micro", 1),
    ({"title": "Install push button intercom in entrance", "pay_raw": "Market"}, "is_micro", 1),
    # hiring or commissioning someone says there is pay; a share of takings alone is none
    ({"title": "[HIRING] End of campaign poster", "description_text": "I'd like to commission one for our party."}, "is_paid", 1),
    ({"title": "Looking to hire an artist for a comic"}, "is_paid", 1),
    ({"title": "Video editor", "description_text": "DM me your portfolio and your rates."}, "is_paid", 1),
    ({"title": "[Hiring] [RevShare] Artista 2D para videojuego"}, "is_paid", 0),
    ({"title": "Roblox Dev Team – Builders | Revenue Share"}, "is_paid", 0),
    ({"title": "[Hiring] Modeller", "description_text": "Paid hourly, plus a revenue share."}, "is_paid", 1),
    # a rate per thing beats the budget word before it; pages abbreviated
    ({"title": "[HIRING] Creature artist", "description_text": "My current budget is $25 per creature."}, "pay_unit", "piece"),
    ({"title": "Hiring PT inker $20/pg"}, "pay_unit", "piece"),
    # a fee for one of many pieces of ongoing work is no short project; a piece's turnaround is no job length
    ({"title": "[Hiring] Long-Term Sprite Artists", "description_text": "Budget: $40 per sprite sheet."}, "is_micro", 0),
    ({"title": "[Hiring] Gods", "description_text": "Draw deities over an extended period of time. $200 per God."},
     "is_micro", 0),
    ({"title": "TV casting", "pay_raw": "$$"}, "is_paid", 1),  # a pay field of dollar signs says there is pay
    ({"title": "Subs needed for gutter cleaning jobs", "pay_raw": "Pay is determined by job"}, "is_paid", 1),
    ({"title": "Take care of some knots", "pay_raw": "Open"}, "is_paid", 1),
    ({"title": "Drivers Needed", "pay_raw": "Keep your tips"}, "remote", "onsite"),
    ({"title": "Driver development in Rust", "pay_raw": "$90/hr"}, "remote", None),  # software, not a car
    # a pay field saying there is no pay: the body's amounts are something else's
    ({"title": "Head of Marketing", "pay_raw": "Equity Only", "description_text": "Conversion to Pro ($12/mo or $99/yr)"},
     "pay_min", None),
    ({"title": "Senior engineers", "pay_raw": "$280K-307K total comp + equity"}, "pay_unit", "year"),
    ({"title": "Lead engineer", "pay_raw": "£60k + Early-stage EMI Equity"}, "pay_max", 60000.0),  # plus equity, not 60k or more
    ({"title": "Designer", "pay_raw": "$200+ depending on size"}, "pay_max", None),
    ({"title": "[Hiring] Logo designer (India Only, Budget 1500)", "description_text": "A logo for my server. (Budget 1500 INR)"},
     "pay_currency", "INR"),
    ({"title": "[Hiring] Logo designer (India Only, Budget 1500)", "description_text": "A logo for my server."}, "country", "IN"),
    ({"title": "[Hiring] Logo", "description_text": "Requirements: Must be from India."}, "country", "IN"),
    ({"title": "[Hiring] Indian Manga / Webtoon Artist", "description_text": "I am looking for a talented Indian Manga / "
      "Webtoon Artist to illustrate Chapter 1."}, "country", "IN"),
    ({"title": "CTO", "location_raw": "Warsaw, Poland, Hybrid + International Travel"}, "country", "PL"),
    ({"title": "Cleveland OH | Onsite"}, "country", "US"),
    ({"title": "[Hiring] Creature designer for my avatar! Budget 20-50 bucks!"}, "pay_currency", "USD"),
    ({"title": "[Hiring] Character Sheets and Cover (100-200 budget, flexible)"}, "pay_max", 200.0),
    ({"title": "[Hiring] 2D pixel artist - $100 ea"}, "pay_unit", "piece"),
    ({"title": "[Hiring] 2x Discord PFPs", "description_text": "The budget is $100 for each."}, "pay_unit", "piece"),
    # a thing made, named in a hiring post's title, is a one-off piece of work
    ({"title": "[Paid] Steam Capsule Art / Game Logo", "description_text": "For my idle RPG. Budget $150."}, "is_micro", 1),
    ({"title": "[Hiring] Warframe Matching Icon commission", "description_text": "Two characters, $60."}, "is_micro", 1),
    ({"title": "[Hiring] Long-term illustrator for Novel Series Cover Art", "description_text": "$100 per cover, many books."},
     "is_micro", 0),
    ({"title": "Senior Logo Designer (full-time, permanent)", "description_text": "Salary $70k."}, "is_micro", 0),
    ({"title": "[Hiring] someone who does videos", "description_text": "Need two videos done, budget is around 200"},
     "pay_min", 200.0),
    ({"title": "[HIRING] Permanent Chibi Artist for regular comms", "description_text": "$40 per chibi."}, "is_micro", 0),
    ({"title": "[Hiring] Novel covers", "description_text": "**PRICES -** 100$-250$ price range PER COVER, flexible."},
     "pay_unit", "piece"),
    ({"title": "[Hiring] Comic assistant", "description_text": "I have a **$100 per-page budget** to pay via PayPal."},
     "pay_unit", "piece"),
    ({"title": "[Hiring] Chibis", "description_text": "Budget: 30$ max per Chibi"}, "pay_unit", "piece"),
    ({"title": "[HIRING] Outfit OC reference", "description_text": "I'm looking to spend around $100-150CAD for the outfit "
      "reference sheet."}, "pay_unit", "project"),
    ({"title": "[Hiring] Stickers for my mom", "description_text": "My budget is between $20 and $50 for the two of them."},
     "pay_unit", "project"),
    ({"title": "[Hiring] Anniversary portrait", "description_text": "i can do 20-40 via paypal"}, "pay_unit", "project"),
    ({"title": "Heavy Chores - $25/hr + Travel Time", "pay_raw": "20-25"}, "pay_unit", "hour"),
    ({"title": "Heavy Chores - $25/hr + Travel Time", "pay_raw": "20-25"}, "pay_currency", "USD"),
    ({"title": "Line cook", "pay_raw": "PAID WEEKLY"}, "pay_unit", None),  # when it is paid, not per what
    ({"title": "Housekeeper", "pay_raw": "Weekly"}, "pay_unit", "week"),
    ({"title": "[HIRING] 2D Animator", "description_text": "• Animation length: 10–15 minutes\n\nBudget:\n\n💰 $100 USD"},
     "pay_min", 100.0),  # a label alone on its line names the value below
    ({"title": "[HIRING] 2D Animator", "description_text": "• Animation length: 10–15 minutes\n\nBudget: $100"},
     "hours_max", None),  # what is made is 10-15 minutes long, not the work
    ({"title": "Tutoring", "description_text": "Session length: 30 minutes. $20."}, "hours_max", 0.5),
    ({"title": "[HIRING] Tumbler design. Paying $50 per."}, "pay_unit", "piece"),
    ({"title": "[Hiring] Animated Discord Server Banner $30-$50"}, "pay_unit", "project"),
    ({"title": "[Hiring] Animated short", "description_text": "Budget target: $5,000-$7,500 USD, milestone-based."},
     "pay_unit", "project"),
    ({"title": "[Hiring] Fetish animation", "description_text": "My budget is a max of $2,500 usd."}, "pay_unit", "project"),
    ({"title": "Co-creator for a sci-fi comic — 50/50 creative partnership"}, "is_paid", 0),
    ({"title": "[HIRING] Minecraft pixel art help", "description_text": "People who might be willing to help for free."},
     "is_paid", 0),
    ({"title": "VFX artist", "description_text": "We need spell casts. Remote, async-friendly (Jira + Discord)."}, "remote", "remote"),
    ({"title": "Animator", "description_text": "Details:\n• Remote work\n• Clear direction"}, "remote", "remote"),
    ({"title": "[Hiring] artists for video game", "description_text": "I will be paying 25 -> 50 dollars per artwork."},
     "pay_max", 50.0),
    ({"title": "[Hiring] My OC", "description_text": "Price range is 200-250, I will be saving up for this."}, "pay_max", 250.0),
    ({"title": "[Hiring] Peintre (Budget : 60 à 100 USD par œuvre au format A4)"}, "pay_unit", "piece"),
    ({"title": "[HIRING] Carousel designer | $50–$150+ per Carousel"}, "pay_unit", "piece"),
    ({"title": "Marketing Assistant", "description_text": "12-month fixed-term contract, £26,000 pro rata."}, "pay_unit", None),
    ({"title": "[Hiring] ($100~200) Body pillow art", "description_text": "I'd like it done within a month."},
     "pay_unit", "project"),  # "within a month" says how soon, not how often
    ({"title": "[Hiring] YouTube Thumbnail Designer", "description_text": "Rate will be at $500pm"}, "pay_unit", "month"),
    ({"title": "Meet-up helper", "description_text": "Meet at 5pm, $50 for the evening."}, "pay_unit", "project"),
    ({"title": "[Hiring] Logo", "description_text": "I have a budget exceeding 60 USD."}, "pay_max", None),  # more than 60
    ({"title": "[hiring] comic remake", "description_text": "You will not be payed but I will credit you."}, "is_paid", 0),
    ({"title": "[Hiring] 2D artist. Longer term project. Budget: $1000-4000"}, "is_micro", 0),
    ({"title": "🚀 Hiring: Senior PixiJS Game Developer (Remote | Anywhere in India)"}, "is_paid", 1),
    # a Craigslist address names its city's board: where the work is when the text names no other place
    ({"title": "Usher for piano concert", "location_raw": "Cambridge", "url": "https://boston.craigslist.org/gbs/1.html"},
     "country", "US"),
    ({"title": "Usher for piano concert", "location_raw": "Cambridge", "url": "https://london.craigslist.org/1.html"},
     "country", "GB"),
    ({"title": "Usher for piano concert", "location_raw": "Cambridge"}, "country", None),  # which Cambridge: unknown
    ({"title": "Odd jobs", "location_raw": "lynn ma"}, "country", "US"),
    ({"title": "Flood cleanup", "location_raw": "MA-RI-NH"}, "country", "US"),
    # work done where it is
    ({"title": "Gas fitter"}, "remote", "onsite"),
    ({"title": "Fence Installation"}, "remote", "onsite"),
    ({"title": "$25/Hour to Clean Small Apartment"}, "remote", "onsite"),
    ({"title": "Looking for Models for PAID photo shoot"}, "remote", "onsite"),
    ({"title": "Software installation guide writer"}, "remote", None),
    ({"title": "Designer for our game mechanics"}, "remote", None),
    ({"title": "Looking for a digital painter"}, "remote", None),
    ({"title": "Online Coding Instructor"}, "remote", "remote"),
    ({"title": "Earn $200+ sharing your opinions", "location_raw": "Online: Computer or Phone"}, "remote", "remote"),
    # pay said in a word or a sign; unpaid said as "Non-Paid"
    ({"title": "CASH for your opinions!"}, "is_paid", 1),
    ({"title": "GREAT $$$ FOR REGULAR HELP WITH LAWN CARE JOBS"}, "is_paid", 1),
    ({"title": "Looking for Offshore Sailing Delivery Crew (Non-Paid)"}, "is_paid", 0),
    ({"title": "[Hiring] Collectible universe", "description_text": "I'll be straight — this isn't a paid gig."}, "is_paid", 0),
    ({"title": "[Hiring] Collectible universe", "description_text": "I'll be straight — this isn't a paid gig."}, "is_micro", 0),
    ({"title": "[PAID] Mission Designer", "description_text": "Join our small UK remote team. Full-time (9–5)."}, "remote", "remote"),
    ({"title": "[Hiring] iPhone home screen setup through FaceTime remote control ($25-$30)"}, "remote", "remote"),
    # the poster's own "Paid" outranks a word of the body
    ({"title": "Paid Study For Volunteers 65 Y.O. And Older"}, "is_paid", 1),
    ({"title": "Paid Study For Volunteers", "pay_raw": "$100"}, "is_paid", 1),
    ({"title": "[Paid] 3D artist for my VR game", "description_text": "I'm not offering any sort of rev share, or asking "
      "artists to work for free."}, "is_paid", 1),
    ({"title": "Volunteers wanted for a beach clean-up"}, "is_paid", 0),
    ({"title": "[PAID] Sticker collections (royalty-based)"}, "is_paid", 1),  # "[PAID]" and royalties: the tag, as said
    ({"title": "Engineer", "location_raw": "London, UK | ONSITE+PART REMOTE"}, "remote", "hybrid"),
    ({"title": "[hiring] cartoon portrait of me", "description_text": "Budget up to $200. I paid $50 USD for both of these."},
     "pay_max", 200.0),  # what the poster paid before is no offer
    ({"title": "Hiring Animators & 3D Modelers"}, "is_paid", 1),
    ({"title": "We are hiring for Portuguese Player Support Agent in Mexico!"}, "is_paid", 1),
])
def test_what_genuine_posts_say_in_more_ways(fields, column, value):
    assert row_of(**fields)[column] == value



def test_a_bodys_pay_line_with_its_unit_over_a_titles_bare_amount():
    row = row_of(title="[HIRING] Graphic Designer – Freelance / Remote – India $30",
                 description_text="Ongoing freelance work.\n**Budget:** ₹1,500–₹3,000 per creative, depending on complexity.")
    assert (row["pay_min"], row["pay_max"], row["pay_currency"], row["pay_unit"]) == (1500, 3000, "INR", "piece")


@pytest.mark.parametrize("description,paid", [
    ("Paid in exposure and credit.", 0), ("Exposure only, sorry", 0),
    ("Payment upon completion.", 1), ("Compensation: TBD", 1), ("We will pay you well.", 1),
])
def test_paid_or_not_as_people_say_it(description, paid):
    assert row_of(title="[Hiring] Artist", description_text=description)["is_paid"] == paid


def test_one_small_thing_asked_for_is_a_one_off_task():
    row = row_of(title="[Hiring] Pirate flag", description_text="I'm looking for a pirate flag for my boat. Paid.")
    assert row["is_micro"] == 1 and "asks:one-deliverable" in row["micro_reasons"]
    ongoing = row_of(title="[Hiring] Logos", description_text="We need a logo every week, ongoing work. Paid.")
    assert ongoing["is_micro"] == 0


@pytest.mark.parametrize("title,country", [
    ("Need 21-30 year olds for Paid Marketing Research (Framingham)", "US"),  # a US town standing where a place stands
    ("Handyman In Dracut looking for JV Partner", "US"),
    ("Seeking a Boston-based social media marketer", "US"),
    ("Write about newton's laws", None),  # a word, not the town
    ("Logo for my mobile app (Mobile)", None),
])
def test_towns_where_a_place_stands(title, country):
    assert row_of(title=title)["country"] == country


def test_a_body_range_that_holds_the_titles_amount_is_the_pay():
    row = row_of(title="[Hiring] Brand designer (Paid Projects ~$240 per project)",
                 description_text="Fixed payment per project $240 to $400 per project, agreed upfront.")
    assert (row["pay_min"], row["pay_max"], row["pay_unit"]) == (240, 400, "project")
    row = row_of(title="[Hiring] Logo - $240", description_text="Budget $100 to $150 for the icons.")
    assert (row["pay_min"], row["pay_max"]) == (240, 240)  # another range is another thing's price


@pytest.mark.parametrize("fields,column,value", [
    # a scam's "pay" is no fee and no short project
    ({"title": "Mystery Shopper Needed", "description_text": "We will send you a check for $2,450. Cash the check at your "
      "bank, keep $300 as your pay and send the rest by gift cards."}, "is_micro", 0),
    ({"title": "Mystery Shopper Needed", "description_text": "We will send you a check for $2,450. Cash the check at your "
      "bank, keep $300 as your pay and send the rest by gift cards."}, "pay_unit", None),
    # a commission on sales, and a rate of something unsaid, are no fee for the work
    ({"title": "Brand ambassador (commission only)", "description_text": "Earn commission on every sale. Flexible hours."},
     "is_micro", 0),
    ({"title": "Product tester", "description_text": "We refund you plus $10 commission."}, "pay_unit", None),
    ({"title": "中译英技术文档翻译 translator", "description_text": "约 5000 字，50元/千字。"}, "pay_unit", None),
])
def test_what_is_no_fee_for_the_work(fields, column, value):
    assert row_of(**fields)[column] == value


def test_a_small_fee_of_no_stated_currency_is_short_project_work():
    row = row_of(title="[Hiring] Tattoo drawing", description_text="I need the drawing custom, budget 250 but open to more")
    assert row["pay_unit"] == "project" and row["is_micro"] == 1 and row["pay_currency"] is None
    big = row_of(title="[Hiring] Game art", description_text="budget 9000 for all of it")
    assert "project_fee_usd<=5000" not in big["micro_reasons"]  # 9,000 of a currency unsaid may be more than USD 5,000


@pytest.mark.parametrize("fields,micro", [
    ({"title": "[Hiring] D&D token", "description_text": "I am in need of an artist to draw my D&D BBEG in PNG format, to use "
      "as a token for digital tabletop. Paid."}, 1),
    ({"title": "[Hiring] Line art artist for keyboard", "description_text": "Looking for an artist who can make a line art for a "
      "custom keyboard. I need one piece. Paid."}, 1),
    ({"title": "[Hiring] Character artist", "description_text": "Ongoing work: a character every week. Paid."}, 0),
])
def test_one_thing_made_in_more_words(fields, micro):
    assert row_of(**fields)["is_micro"] == micro


@pytest.mark.parametrize("title,remote", [
    ("Freelance Videographer Needed for 12/17/2022", "onsite"),
    ("Wine Delivery Person", "onsite"),
    ("Need someone for kitchen and bath remodels", "onsite"),
    ("Light DJ/emcee work needed for small wedding", "onsite"),
    ("2 guys needed to help unload uhaul truck", "onsite"),
    ("Need someone to pass out flyers", "onsite"),
    ("[Hiring] DJ collective character or logo design", None),  # a logo for DJs is made anywhere
    ("[Hiring] Flyer design for my bakery", None),
    ("[Hiring] Product photographer to retouch our catalogue", None),
])
def test_in_person_gigs_in_more_words(title, remote):
    assert row_of(title=title)["remote"] == remote


@pytest.mark.parametrize("title,remote", [
    ("Blog writer: 4 articles on home gardening", None),  # the subject, not the work
    ("Micro-internship: market research on campus food delivery", None),
    ("Gardening helpers needed", "onsite"),
])
def test_in_person_words_as_a_subject(title, remote):
    assert row_of(title=title)["remote"] == remote
