"""Property-based: no public normalize function raises on any string, any JSON value or invalid dates,
and normalize_listing's output always has the schema's types and enums (../shared/SCHEMA.md)."""
from __future__ import annotations

import json
import math
import re
from datetime import date, datetime, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from normalize import classify, dates, effort, location, pay, text
from normalize.context import InvalidListing, SourceContext
from normalize.listing import absolute_url, language_code, normalize_listing, source_id_text

NOW = datetime(2026, 11, 25, 12, tzinfo=timezone.utc)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=60),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=10,
)
# Strings people write about pay, effort and dates, mixed with anything at all.
wordy = st.lists(st.sampled_from([
    "$", "€", "£", "₹", "kr", "¥", "USD", "per hour", "/hr", "fixed", "up to", "from", "k", "-", "–", "to", "about",
    "hours", "weeks", "days", "by", "March", "Friday", "2026", "12", "1,200", "0.5", "Moins de", "et plus", "Budget:",
    "unpaid", "Remote (US only)", "Anywhere", "Berlin", "[Hiring]", "(fixed)", "Telegram", "crypto", " ", "\n",
]) | st.text(max_size=8), max_size=25).map(" ".join)
anything = st.one_of(wordy, st.text(max_size=200), json_values)
settings_ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SIMPLE = [text.fix_mojibake, text.as_text, text.unescape_fully, text.clean_text, text.looks_escaped_html,
          text.decode_html_body, text.html_to_text, text.body_to_text, text.sanitize_html, text.sanitize_body,
          text.lines_with_digits, text.text_to_html, text.title_without_tags, pay.unit_from_word, pay.to_amount,
          pay.raw_text, pay.says_unpaid, pay.says_paid, location.country_code, source_id_text, absolute_url,
          classify.safety_flags]


def call_tolerant(function, value):
    """The function on `value`; a text-only function given a non-text value may refuse with TypeError only."""
    try:
        return function(value)
    except TypeError:
        if isinstance(value, str):
            raise
        return None


@settings_
@given(anything)
def test_simple_functions_never_raise(value):
    for function in SIMPLE:
        call_tolerant(function, value)


@settings_
@given(anything, anything, anything, anything)
def test_pay_readers_never_raise(low, high, currency, unit):
    for result in (pay.pay_from_fields(low, high, currency, unit, raw=low, country="US"),
                   pay.pay_from_schema_org(low, default_currency="EUR"),
                   pay.pay_from_text(low if isinstance(low, str) else str(low), dedicated=True, country=None),
                   pay.pay_from_text(str(high), needs_context=True)):
        if result is None:
            continue
        for amount in (result.pay_min, result.pay_max):
            assert amount is None or (isinstance(amount, float) and math.isfinite(amount) and amount > 0)
        assert result.pay_unit in (None, "hour", "day", "week", "month", "year", "project")
        assert result.pay_currency is None or re.fullmatch(r"[A-Z]{3}", result.pay_currency)
    pay.currency_code(currency if isinstance(currency, str) else None, country=None, default=None)


@settings_
@given(anything, st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_dates_and_effort_never_raise_on_any_value_or_date(value, day):
    moment = datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
    for result in (dates.to_utc_iso(value, now=NOW), dates.to_utc_iso(value, now=moment)):
        assert result is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", result)
    if isinstance(value, str):
        found = effort.effort_from_text(value, posted=moment, now=NOW)
        for hours in (found.hours_min, found.hours_max, found.hours_per_week, found.duration_days):
            assert hours is None or hours >= 0
    location.remote_mode(value, value if isinstance(value, str) else None)
    location.country_of(value, value if isinstance(value, str) else None)
    language_code(value if isinstance(value, str) else None, value if isinstance(value, str) else "")
    pay.usd_rate("EUR", day)


ENUMS = {
    "employment_type": {None, "FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN", "VOLUNTEER", "PER_DIEM", "OTHER"},
    "engagement": {None, "project", "gig", "micro_internship", "internship", "part_time", "contract", "temporary", "full_time"},
    "pay_unit": {None, "hour", "day", "week", "month", "year", "project"},
    "remote": {None, "remote", "hybrid", "onsite"},
    "occupation": {None, "software_dev_tech", "creative_multimedia", "writing_translation", "clerical_data_entry",
                   "sales_marketing", "professional_services"},
    "is_paid": {None, 0, 1}, "is_micro": {0, 1}, "entry_level": {None, 0, 1},
}
RAW_KEYS = ["title", "company", "description_html", "description_text", "posted_raw", "expires_raw", "due_raw",
            "employment_type_raw", "location_raw", "remote_raw", "country_raw", "pay_raw", "pay_min_raw",
            "pay_max_raw", "pay_currency_raw", "pay_unit_raw", "tags", "language_raw", "board", "apply_url"]


@settings_
@given(st.fixed_dictionaries({"source_id": st.integers(1, 10**6) | st.text(min_size=1, max_size=10),
                              "url": st.just("https://example.org/job/1") | st.text(max_size=20)},
                             optional={key: anything for key in RAW_KEYS}),
       st.booleans())
def test_normalize_listing_output_has_the_schema_types_and_enums(raw, marketplace):
    context = SourceContext(name="prop", default_currency="USD" if marketplace else None, is_marketplace=marketplace)
    try:
        row = normalize_listing(dict(raw), source=context, now=NOW)
    except InvalidListing:
        return  # a record that is no listing is rejected with a reason, never a crash
    for column, allowed in ENUMS.items():
        assert row[column] in allowed, (column, row[column])
    for column in ("pay_min", "pay_max", "pay_min_usd", "pay_max_usd", "hourly_usd_min", "hourly_usd_max",
                   "hours_min", "hours_max", "hours_per_week", "duration_days"):
        assert row[column] is None or (isinstance(row[column], (int, float)) and math.isfinite(row[column]))
    for column in ("posted_at", "expires_at", "due_at"):
        assert row[column] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", row[column])
    assert row["pay_currency"] is None or re.fullmatch(r"[A-Z]{3}", row["pay_currency"])
    assert row["country"] is None or re.fullmatch(r"[A-Z]{2}", row["country"])
    assert isinstance(row["flags"], list) and isinstance(row["micro_reasons"], list) and isinstance(row["skills"], list)
    assert isinstance(row["title"], str) and row["title"].strip()
    json.dumps(row["raw"], default=str)
