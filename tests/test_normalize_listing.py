"""normalize.listing and normalize.classify: the whole row, the micro rule, purity of the package."""
import ast
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db.schema import LISTING_COLUMNS
from normalize.classify import employment_type, occupation, safety_flags, skills
from normalize.context import InvalidListing, SourceContext
from normalize.listing import normalize_listing

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)
SOURCE = SourceContext(name="testsrc")
MARKET = SourceContext(name="market", default_currency="USD", is_marketplace=True)


def raw(**fields):
    base = {"source_id": 1, "title": "Logo design", "url": "https://x.example.com/1", "raw": {"id": 1}}
    base.update(fields)
    return base


def test_row_has_exactly_the_schema_columns():
    row = normalize_listing(raw(), source=SOURCE, now=NOW)
    assert list(row) == list(LISTING_COLUMNS)
    assert row["id"] == "testsrc:1" and row["source_id"] == "1" and row["raw"] == {"id": 1}
    assert row["first_seen_at"] is row["last_seen_at"] is row["closed_at"] is None


@pytest.mark.parametrize("fields,reason", [
    ({"source_id": None}, "missing_source_id"), ({"source_id": "  "}, "missing_source_id"),
    ({"source_id": {"nested": 1}}, "invalid_source_id"), ({"source_id": [1]}, "invalid_source_id"),
    ({"title": ""}, "missing_title"), ({"title": "<b></b>"}, "missing_title"),
    ({"url": None}, "missing_url"), ({"url": "/relative/path"}, "invalid_url"),
    ({"url": "javascript:alert(1)"}, "invalid_url"), ({"extract_error": "TypeError: x"}, "extract_error"),
])
def test_records_that_are_no_listing_are_rejected_with_a_reason(fields, reason):
    with pytest.raises(InvalidListing) as error:
        normalize_listing(raw(**fields), source=SOURCE, now=NOW)
    assert error.value.reason == reason


def test_float_ids_and_numbers_as_strings():
    assert normalize_listing(raw(source_id=123.0), source=SOURCE, now=NOW)["source_id"] == "123"


def test_a_micro_gig_end_to_end():
    row = normalize_listing(raw(
        title="[Hiring] Logo for a bakery – $300 flat", description_text="About 10-12 hours. Deliver by December 10.",
        posted_raw="2026-11-20T10:00:00Z", location_raw="Remote (US only)",
    ), source=SOURCE, now=NOW)
    assert (row["pay_min"], row["pay_unit"], row["pay_currency"]) == (300, "project", "USD")  # $ resolved by US
    assert (row["hours_min"], row["hours_max"]) == (10, 12)
    assert row["hourly_usd_min"] == 25.0 and row["hourly_usd_max"] == 30.0  # 300/12 .. 300/10
    assert row["due_at"] == "2026-12-10T00:00:00Z" and row["remote"] == "remote" and row["country"] == "US"
    assert row["is_paid"] == 1 and row["is_micro"] == 1 and "hours_max<=40" in row["micro_reasons"]
    assert "project_fee_usd<=5000" in row["micro_reasons"] and row["engagement"] == "project"
    assert row["occupation"] == "creative_multimedia"
    assert row["flags"] == []


def test_full_time_permanent_is_never_micro():
    row = normalize_listing(raw(title="Senior Engineer", employment_type_raw="full_time",
                                description_text="Full-time permanent. About 20 hours of onboarding."), source=MARKET, now=NOW)
    assert row["is_micro"] == 0 and row["micro_reasons"] == [] and row["entry_level"] == 0


def test_unpaid_is_flagged_not_dropped():
    row = normalize_listing(raw(title="Volunteer newsletter editor (unpaid)"), source=SOURCE, now=NOW)
    assert row["is_paid"] == 0 and "unpaid" in row["flags"] and row["is_micro"] == 0


def test_marketplace_source_and_default_currency():
    row = normalize_listing(raw(pay_raw="$40/hour"), source=MARKET, now=NOW)
    assert row["pay_currency"] == "USD" and row["hourly_usd_max"] == 40.0 and "source=marketplace" in row["micro_reasons"]


def test_implausible_pay_and_scam_signals_are_flagged():
    row = normalize_listing(raw(pay_raw="$5000/hour", description_text="Contact us on Telegram only. Pay a registration fee to apply."),
                            source=MARKET, now=NOW)
    assert {"pay_implausible", "scam_signals", "offsite_contact"} <= set(row["flags"])


def test_entry_level_and_language():
    row = normalize_listing(raw(title="Werkstudent Marketing (m/w/d)", description_text=(
        "Wir suchen einen Werkstudenten für unser Marketing-Team in Berlin, etwa 15 Stunden pro Woche.")),
        source=SOURCE, now=NOW)
    assert row["entry_level"] == 1 and row["language"] == "de" and row["employment_type"] == "INTERN"
    assert normalize_listing(raw(language_raw="en-US"), source=SOURCE, now=NOW)["language"] == "en"


@pytest.mark.parametrize("value,expected", [
    ("full_time", "FULL_TIME"), ("Full-Time", "FULL_TIME"), ("FullTime", "FULL_TIME"), ("contract", "CONTRACTOR"),
    ("freelance", "CONTRACTOR"), ("internship", "INTERN"), ("part time", "PART_TIME"), (["full time"], "FULL_TIME"),
    (["FULL_TIME", "CONTRACTOR"], "CONTRACTOR"), ("fulltime_permanent", "FULL_TIME"), ("Temporary", "TEMPORARY"),
    ("Vollzeit", "FULL_TIME"), ("", None), (None, None), (42, None),
])
def test_employment_types(value, expected):
    assert employment_type(value) == expected


@pytest.mark.parametrize("title,tags,expected", [
    ("Senior Graphic Designer", "", "creative_multimedia"),
    ("Freelance copywriter", "", "writing_translation"),
    ("Data entry clerk", "", "clerical_data_entry"),
    ("SEO specialist", "", "sales_marketing"),
    ("Bookkeeper", "", "professional_services"),
    ("Python developer", "", "software_dev_tech"),
    ("Graphic designer", " | ".join(["python", "java", "react", "php", "node.js", "golang", "ios", "android", "rust", "sql", "aws"]), "creative_multimedia"),
    ("Something else", "", None),
])
def test_occupation(title, tags, expected):
    assert occupation(title=title, tags=tags, text="") == expected


def test_skills_use_aliases_and_short_aliases_only_in_title_or_tags():
    assert "JavaScript" in skills(title="Fix a JS bug", tags="", text="")
    assert "Virtual Assistance" not in skills(title="Writer", tags="", text="Our office is in Richmond, VA.")
    assert skills(title="React and Node.js developer", tags="", text="")[:2] == ["Node.js", "React"]


def test_safety_flags_need_real_signals():
    assert safety_flags("Send your portfolio by email.") == []
    assert "scam_signals" in safety_flags("You will deposit a check and send the rest back.")


def test_normalize_imports_nothing_from_scrapers_or_db():
    for path in (Path(__file__).resolve().parents[1] / "normalize").rglob("*.py"):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            for name in names:
                assert not name.split(".")[0] in ("scrapers", "db", "scrapy"), f"{path.name} imports {name}"


hostile = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=300),
                    st.lists(st.text(max_size=20), max_size=3), st.dictionaries(st.text(max_size=5), st.text(max_size=10), max_size=3))


@settings(max_examples=150, deadline=None)
@given(st.fixed_dictionaries({}, optional={k: hostile for k in (
    "title", "company", "description_html", "description_text", "posted_raw", "expires_raw", "employment_type_raw",
    "location_raw", "remote_raw", "country_raw", "pay_raw", "pay_min_raw", "pay_max_raw", "pay_currency_raw",
    "pay_unit_raw", "tags", "language_raw", "apply_url")}))
def test_any_record_becomes_a_valid_row_or_a_clear_rejection(fields):
    record = {"source_id": "1", "title": "t", "url": "https://x.example.com/1", "raw": {}}
    record.update(fields)
    try:
        row = normalize_listing(record, source=SOURCE, now=NOW)
    except InvalidListing as error:
        assert error.reason.startswith(("missing_", "invalid_"))
        return
    assert list(row) == list(LISTING_COLUMNS)
    assert row["pay_min"] is None or row["pay_min"] > 0
