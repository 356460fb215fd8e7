"""normalize.pay: free text and structured pay, currencies, units, USD and effective hourly."""
from datetime import date

import pytest

from normalize.pay import hourly_equivalent, pay_from_fields, pay_from_schema_org, pay_from_text, usd_rate


@pytest.mark.parametrize("text,expected", [
    # (min, max, currency, unit) with no country and no source default
    ("$300 fixed", (300, 300, None, "project")),
    ("Budget: $250 - $750", (250, 750, None, "project")),
    ("€25–35/h", (25, 35, "EUR", "hour")),
    ("USD 1,200 per project", (1200, 1200, "USD", "project")),
    ("£400/day", (400, 400, "GBP", "day")),
    ("₹15,000 stipend per month", (15000, 15000, "INR", "month")),
    ("$20/hr for ~15 hours", (20, 20, None, "hour")),
    ("$175k - $225k", (175000, 225000, None, None)),
    ("$90 - $150 /hour", (90, 150, None, "hour")),
    ("OTE $25k - $35k", (25000, 35000, None, None)),
    ("$31,2k- $52k", (31200, 52000, None, None)),
    ("[HIRING]Pay $350 every month | only 1hr/day, 15$/hr", (350, 350, None, "month")),
    ("Reddit VA – 1 post/day (10–20 mins work) – $15/hour", (15, 15, None, "hour")),
    ("$100 per article, $400 total", (400, 400, None, "project")),
    ("€45.000 - €55.000 brutto pro Jahr", (45000, 55000, "EUR", "year")),
    ("25 € pro Stunde", (25, 25, "EUR", "hour")),
    ("CHF 90'000 p.a.", (90000, 90000, "CHF", "year")),
    ("US$18 an hour", (18, 18, "USD", "hour")),
    ("R$ 5.000/mês", (5000, 5000, "BRL", "month")),
    ("1.000€ brutto/Monat", (1000, 1000, "EUR", "month")),
    ("£30k-£40k per annum", (30000, 40000, "GBP", "year")),
    ("15-20 USD/hour", (15, 20, "USD", "hour")),
    ("$0.10 per word", (0.1, 0.1, None, None)),
])
def test_free_text_pay(text, expected):
    pay = pay_from_text(text)
    assert (pay.pay_min, pay.pay_max, pay.pay_currency, pay.pay_unit) == expected
    assert ("pay_unit_missing" in pay.flags) == (expected[3] is None)


@pytest.mark.parametrize("text", ["paid (rate negotiable)", "unpaid", "for exposure", "10 hours of work in 2026", "", None, 42])
def test_no_amount_is_no_pay(text):
    assert not pay_from_text(text).has_amount


def test_bare_amounts_only_in_a_pay_field():
    assert not pay_from_text("we have 50-70 employees").has_amount
    pay = pay_from_text("50k-70k", dedicated=True, default_currency="USD")
    assert (pay.pay_min, pay.pay_max, pay.pay_currency) == (50000, 70000, "USD")


@pytest.mark.parametrize("sign,country,default,expected", [
    ("$", "US", None, "USD"), ("$", "CA", None, "CAD"), ("$", None, "USD", "USD"), ("$", None, None, None),
    ("$", "DE", None, None), ("¥", "JP", None, "JPY"), ("¥", None, None, None), ("kr", "SE", None, "SEK"),
])
def test_ambiguous_signs_resolved_by_country_then_default(sign, country, default, expected):
    assert pay_from_text(f"{sign}100 per hour", country=country, default_currency=default).pay_currency == expected


@pytest.mark.parametrize("low,high,currency,unit,expected", [
    ("120000", "150000", "USD", "per-year-salary", (120000, 150000, "USD", "year")),  # Lever
    (150000, 120000, "usd", "YEAR", (120000, 150000, "USD", "year")),  # swapped bounds
    (35, None, "EUR", "HOUR", (35, 35, "EUR", "hour")),
    ("Up to $43/hr plus super", None, "AUD", None, (43, 43, "AUD", "hour")),
    (0, 0, "USD", "year", (None, None, None, None)),
    (-5, float("nan"), "USD", "hour", (None, None, None, None)),
    ("abc", None, None, None, (None, None, None, None)),
])
def test_structured_pay(low, high, currency, unit, expected):
    pay = pay_from_fields(low, high, currency, unit, raw={"min": low})
    assert (pay.pay_min, pay.pay_max, pay.pay_currency, pay.pay_unit) == expected


def test_schema_org_monetary_amount():
    pay = pay_from_schema_org({"@type": "MonetaryAmount", "currency": "AUD",
                               "value": {"@type": "QuantitativeValue", "minValue": 30.0, "maxValue": 34.0, "unitText": "HOUR"}})
    assert (pay.pay_min, pay.pay_max, pay.pay_currency, pay.pay_unit) == (30, 34, "AUD", "hour")
    assert '"currency": "AUD"' in pay.pay_raw


def test_usd_rates_come_from_shipped_ecb_data_at_or_before_the_date():
    assert usd_rate("USD", date(2026, 1, 1)) == (1.0, date(2026, 1, 1))
    rate, used = usd_rate("EUR", date(2026, 6, 13))  # a Saturday: Friday's rate
    assert 1.0 < rate < 1.4 and used == date(2026, 6, 12)
    rate, used = usd_rate("EUR", date(2030, 1, 1))  # after the shipped data: its last rate
    assert used <= date(2030, 1, 1)
    assert usd_rate("XXX", date(2026, 1, 1)) is None


@pytest.mark.parametrize("amount,unit,kwargs,expected", [
    (20, "hour", {}, 20), (400, "day", {}, 50), (300, "project", {"hours_min": 10, "hours_max": 15}, 20),
    (300, "project", {}, None), (52000, "year", {}, None), (52000, "year", {"hours_per_week": 20}, 50),
    (2000, "month", {"hours_per_week": 10}, 2000 * 12 / 520), (None, "hour", {}, None),
])
def test_effective_hourly_only_from_stated_effort(amount, unit, kwargs, expected):
    value = hourly_equivalent(amount, unit, use_max_hours=True, **kwargs)
    assert value == pytest.approx(expected) if expected is not None else value is None
