"""normalize.pay: free text and structured pay, currencies, units, USD and effective hourly.

The unit is read from the text, never guessed from the amount; an ambiguous sign needs a country or the
source's documented default currency.
"""
import time
from datetime import date

import pytest

from normalize.pay import (currency_place, hourly_equivalent, pay_from_fields, pay_from_schema_org, pay_from_text, says_paid,
                           unit_from_word, usd_rate)


def said(pay):
    return pay.pay_min, pay.pay_max, pay.pay_currency, pay.pay_unit


@pytest.mark.parametrize("text,expected", [
    # real salary strings: Remotive `salary`, Ashby compensation summaries, Pinpoint/Breezy compensation
    ("$120 - $170 /hour", (120, 170, "USD", "hour")),
    ("$90 - $150 /hour", (90, 150, "USD", "hour")),
    ("$18 - $22/hr", (18, 22, "USD", "hour")),
    ("$175k - $225k", (175000, 225000, "USD", None)),
    ("$36k", (36000, 36000, "USD", None)),
    ("$11.7K per month", (11700, 11700, "USD", "month")),
    ("$143.2K – $284K • Offers Equity", (143200, 284000, "USD", None)),
    ("CA$102.8K – CA$137K", (102800, 137000, "CAD", None)),
    ("$17.00 - $18.00 / hour", (17, 18, "USD", "hour")),
    ("$80,000 - $100,000 / year", (80000, 100000, "USD", "year")),
    ("$1.40k - $1.80k", (1400, 1800, "USD", None)),
    # real Reddit r/forhire titles and posts
    ("[HIRING]Pay $350 every month | only 1hr/day, 15$/hr", (350, 350, "USD", "month")),
    ("Reddit VA – 1 post/day (10–20 mins work) – $15/hour", (15, 15, "USD", "hour")),
    ("[Hiring] Databricks Engineer (PySpark, ETL Modernization) – Wilmington, DE (Onsite) – $60/hr W2",
     (60, 60, "USD", "hour")),
    ("LinkedIn Sales Navigator Advanced Access - \\$35/mo (Save 75%)", (35, 35, "USD", "month")),
    ("Compensation: $15–$30/hour Approximately $150–$300/month", (15, 30, "USD", "hour")),
    ("💸 Rate: $15/hour or $5–$10 per short", (15, 15, "USD", "hour")),
    # the phrasings of the brief
    ("OTE $25k - $35k", (25000, 35000, "USD", None)),
    ("$31,2k- $52k", (31200, 52000, "USD", None)),
    ("$300 fixed", (300, 300, "USD", "project")),
    ("Budget: $250 - $750", (250, 750, "USD", "project")),
    ("€25–35/h", (25, 35, "EUR", "hour")),
    ("USD 1,200 per project", (1200, 1200, "USD", "project")),
    ("£400/day", (400, 400, "GBP", "day")),
    ("$15/hr", (15, 15, "USD", "hour")),
    ("$350 every month", (350, 350, "USD", "month")),
    ("$20/hr for ~15 hours", (20, 20, "USD", "hour")),
    ("$100 per article, $400 total", (400, 400, "USD", "project")),
    ("$1,000 flat", (1000, 1000, "USD", "project")),
    ("Paid $500 upon completion", (500, 500, "USD", "project")),
    ("$45,000 - $55,000 a year", (45000, 55000, "USD", "year")),
    ("$25 an hour", (25, 25, "USD", "hour")),
    ("$100 weekly", (100, 100, "USD", "week")),
    ("£30k-£40k per annum", (30000, 40000, "GBP", "year")),
    ("CHF 90'000 p.a.", (90000, 90000, "CHF", "year")),
    ("US$18 an hour", (18, 18, "USD", "hour")),
    ("$100 USD per hour", (100, 100, "USD", "hour")),  # the code says more than the sign
    ("15-20 USD/hour", (15, 20, "USD", "hour")),
    ("1.5k USD/month", (1500, 1500, "USD", "month")),
    ("₹15,000 stipend per month", (15000, 15000, "INR", "month")),
    ("₹25,000/month", (25000, 25000, "INR", "month")),
    ("JPY 5,000,000 per year", (5_000_000, 5_000_000, "JPY", "year")),
    # other languages
    ("€45.000 - €55.000 brutto pro Jahr", (45000, 55000, "EUR", "year")),
    ("50.000 - 60.000 € jährlich", (50000, 60000, "EUR", "year")),
    ("€ 3.500 brutto monatlich", (3500, 3500, "EUR", "month")),
    ("25 € pro Stunde", (25, 25, "EUR", "hour")),
    ("35€/Std.", (35, 35, "EUR", "hour")),
    ("1.000€ brutto/Monat", (1000, 1000, "EUR", "month")),
    ("5 000 € par mois", (5000, 5000, "EUR", "month")),
    ("40 000 - 50 000 € brut annuel", (40000, 50000, "EUR", "year")),
    ("R$ 5.000/mês", (5000, 5000, "BRL", "month")),
    ("R$ 4.000,00 por mês", (4000, 4000, "BRL", "month")),
    ("£12.50 p/h", (12.5, 12.5, "GBP", "hour")),
    # no unit stated: none guessed, whatever the size of the amount
    ("$0.10 per word", (0.1, 0.1, "USD", "piece")),
    ("$ 3,000", (3000, 3000, "USD", None)),
    ("60-80k EUR", (60000, 80000, "EUR", None)),
])
def test_free_text_pay(text, expected):
    pay = pay_from_text(text, dedicated=True)
    assert said(pay) == expected
    assert ("pay_unit_missing" in pay.flags) == (expected[3] is None)


@pytest.mark.parametrize("text", [
    "paid (rate negotiable)", "unpaid", "for exposure", "10 hours of work in 2026", "we have 50-70 employees",
    "try 5 tasks", "", "   ", None, 42, ["$20/hr"], {"min": 20},
])
def test_no_amount_is_no_pay(text):
    assert not pay_from_text(text).has_amount


@pytest.mark.parametrize("text", [
    "Qualified Plumbers Wanted in Geelong — $1,000 Sign-On + Above Award Pay",  # real Remote OK description
    "We raised $3M in our seed round",
    "Backed by $20 million in funding",
    "Pay a $50 registration fee to start",
    "Our customers saved $2,000 last year",
])
def test_amounts_in_running_text_that_are_no_pay(text):
    assert not pay_from_text(text, needs_context=True).has_amount


def test_a_description_amount_needs_a_unit_or_a_pay_word():
    assert not pay_from_text("Join 300 teams who use our $99 plan", needs_context=True).has_amount
    assert pay_from_text("Budget: $500 for the whole logo", needs_context=True).pay_min == 500
    assert pay_from_text("You will earn $40 per hour", needs_context=True).pay_unit == "hour"


def test_bare_amounts_only_in_a_pay_field():
    assert not pay_from_text("we have 50-70 employees").has_amount
    pay = pay_from_text("50k-70k", dedicated=True, default_currency="USD")
    assert said(pay) == (50000, 70000, "USD", None)


@pytest.mark.parametrize("sign,country,default,expected,assumed", [
    ("$", "US", None, "USD", False), ("$", "CA", None, "CAD", False), ("$", "AU", None, "AUD", False),
    ("$", None, "USD", "USD", False), ("$", "DE", "USD", "USD", False),
    # a bare $ nothing settles is USD, flagged as the schema's one assumption
    ("$", None, None, "USD", True), ("$", "DE", None, "USD", True), ("$", None, "EUR", "USD", True),
    ("C$", None, None, "CAD", False), ("A$", "US", None, "AUD", False), ("NZ$", None, None, "NZD", False),
    ("HK$", None, None, "HKD", False), ("S$", None, None, "SGD", False), ("MX$", None, None, "MXN", False),
    ("R$", None, None, "BRL", False), ("NT$", None, None, "TWD", False), ("US$", "CA", None, "USD", False),
    ("¥", "JP", None, "JPY", False), ("¥", "CN", None, "CNY", False), ("¥", None, None, None, False),
    ("kr", "SE", None, "SEK", False), ("kr", "NO", None, "NOK", False), ("kr", None, None, None, False),
    ("€", None, "USD", "EUR", False), ("£", "US", None, "GBP", False),
])
def test_ambiguous_signs_resolved_by_country_then_default(sign, country, default, expected, assumed):
    pay = pay_from_text(f"{sign}100 per hour", country=country, default_currency=default)
    assert pay.pay_currency == expected
    assert ("currency_assumed" in pay.flags) == assumed


@pytest.mark.parametrize("text,language,country", [
    ("招聘 SEO 兼职，base 上海，200元/天", "zh", "CN"),
    ("远程，公司在深圳，预算 5000 元", "zh", "CN"),
    ("台北 接案 設計 3000元", "zh", "TW"),
    ("香港 兼職 100元/小時", "zh", "HK"),
    ("Vi söker en copywriter, 450 kr per timme", "sv", "SE"),
    ("時給 ¥1,500 のデータ入力", "ja", "JP"),
    ("A logo for my shop, 300 kr", "en", None),
])
def test_shared_signs_settled_by_the_texts_places_and_language(text, language, country):
    assert currency_place(text, language) == country


@pytest.mark.parametrize("text,expected", [
    ("2,500 words at $0.06 a word", (0.06, "word", 2500)),
    ("$0.05 per image, 400 images to tag", (0.05, "image", 400)),
    ("Four articles of 1,000 words each, $0.08/word", (0.08, "word", 4000)),
    ("$15/clip - cut 10 TikTok clips", (15, "clip", 10)),
    ("$150 per video. Two 30-second videos.", (150, "video", 2)),
    ("$1.50 per audio minute", (1.5, "audio_minute", None)),
    ("$2 per minute of audio, about 90 minutes of interviews", (2, "audio_minute", 90)),
    ("3 logos, $90 each", (90, "logo", 3)),
    ("25 € par fiche produit", (25, "sheet", None)),
    ("$1 per task", (1, "task", None)),
    ("$5 per video, 10 hours of video", (5, "video", None)),  # hours of footage are no count of videos
    ("$0.10 per word: 1,000 words for the intro, 2,000 words for the guide", (0.1, "word", None)),  # two counts
])
def test_piece_rates_and_their_count(text, expected):
    pay = pay_from_text(text)
    assert pay.pay_unit == "piece"
    assert (pay.pay_min, pay.piece, pay.pieces) == expected


@pytest.mark.parametrize("text,expected", [
    ("Episode 3 - $900/day", (900, 900, "day")),  # a label's number before a dash is no low end
    ("Part 2 – $50 flat", (50, 50, "project")),
    ("$20 - $30/hr", (20, 30, "hour")),
    ("20-$30/hr", (20, 30, "hour")),
    ("we pay $150 for the trial task, then $40/hr", (40, 40, "hour")),  # money for a trial is not the pay
    ("Paid trial task ($50), then $25/hour ongoing", (25, 25, "hour")),
    ("Rate: 80-120/hr", (80, 120, "hour")),  # no sign: amounts kept, currency unknown
])
def test_amounts_as_people_write_them(text, expected):
    pay = pay_from_text(text)
    assert (pay.pay_min, pay.pay_max, pay.pay_unit) == expected


def test_a_rate_without_a_currency_keeps_its_amounts_and_no_currency():
    pay = pay_from_text("Rate: 80-120/hr")
    assert pay.pay_currency is None and "currency_assumed" not in pay.flags


@pytest.mark.parametrize("text,paid", [
    ("Video editor, competitive rates, DM me", True),
    ("Open to offers for this logo", True),
    ("Pay negotiable depending on experience", True),
    ("Budget is negotiable", True),
    ("This is a volunteer role, no pay", False),
])
def test_paid_without_an_amount(text, paid):
    assert says_paid(text) is paid


@pytest.mark.parametrize("low,high,currency,unit,expected", [
    ("120000", "150000", "USD", "per-year-salary", (120000, 150000, "USD", "year")),  # Lever salaryRange
    (172000, 263000, "USD", "per-year-salary", (172000, 263000, "USD", "year")),
    (150000, 120000, "usd", "YEAR", (120000, 150000, "USD", "year")),  # swapped bounds
    (80, 135, "USD", "hourly", (80, 135, "USD", "hour")),  # Himalayas salaryPeriod
    (53300, 119850, "USD", "annual", (53300, 119850, "USD", "year")),
    (78000, 156000, "USD", "yearly", (78000, 156000, "USD", "year")),  # Jobicy
    ("5253", "6152", "EUR", "month", (5253, 6152, "EUR", "month")),  # Recruitee salary
    (17.0, 18.0, "USD", "hour", (17, 18, "USD", "hour")),  # Pinpoint compensation_frequency
    (35, None, "EUR", "HOUR", (35, 35, "EUR", "hour")),
    (None, 35, "EUR", "DAY", (35, 35, "EUR", "day")),
    ("120,000", "150.000,50", "usd", "year", (120000, 150000.5, "USD", "year")),
    ("$1.40k", "$1.80k", "USD", None, (1400, 1800, "USD", None)),
    ("Up to $43/hr plus super", None, "AUD", None, (None, 43, "AUD", "hour")),
    (60000, 90000, None, None, (60000, 90000, None, None)),  # no currency, no default: NULL, not USD
    (0, 0, "USD", "year", (None, None, None, None)),  # Remote OK / Torre: 0 is "not given"
    (0.0, 0.0, "USD", "monthly", (None, None, None, None)),
    (-5, float("nan"), "USD", "hour", (None, None, None, None)),
    (float("inf"), -3, "USD", "hour", (None, None, None, None)),
    (1e12, None, "USD", "hour", (None, None, None, None)),
    ([1, 2], {"a": 1}, "USD", "hour", (None, None, None, None)),
    (True, False, "USD", "hour", (None, None, None, None)),
    ("abc", None, None, None, (None, None, None, None)),
    (50, 60, ["USD"], {"unit": "hour"}, (50, 60, None, None)),
])
def test_structured_pay(low, high, currency, unit, expected):
    pay = pay_from_fields(low, high, currency, unit, raw={"min": low})
    assert said(pay) == expected


def test_structured_pay_uses_the_documented_default_only_when_no_currency_is_given():
    assert pay_from_fields(10, 20, None, "hour", raw=None, default_currency="USD").pay_currency == "USD"
    assert pay_from_fields(10, 20, "XYZ?", "hour", raw=None, default_currency="USD").pay_currency is None


@pytest.mark.parametrize("value,expected", [
    ({"@type": "MonetaryAmount", "currency": "AUD",
      "value": {"@type": "QuantitativeValue", "minValue": 30.0, "maxValue": 34.0, "unitText": "HOUR"}}, (30, 34, "AUD", "hour")),
    ({"@type": "MonetaryAmount", "currency": "USD", "value": {"@type": "QuantitativeValue", "value": 40, "unitText": "DAY"}},
     (40, 40, "USD", "day")),
    ({"@type": "MonetaryAmount", "currency": "EUR", "value": "3000", "unitText": "MONTH"}, (3000, 3000, "EUR", "month")),
    ({"@type": "MonetaryAmount", "value": {"minValue": "50000", "maxValue": "70000", "unitText": "YEAR"}},
     (50000, 70000, None, "year")),
    ({"@type": "MonetaryAmount", "currency": "USD", "value": {"value": 500, "unitText": "WEEK"}}, (500, 500, "USD", "week")),
    ({"@type": "MonetaryAmount", "currency": "USD", "value": {"value": 0}}, (None, None, None, None)),
    ({"@type": "MonetaryAmount"}, (None, None, None, None)),
])
def test_schema_org_monetary_amount(value, expected):
    pay = pay_from_schema_org(value)
    assert said(pay) == expected
    assert pay.pay_raw.startswith("{")  # the structure as compact JSON


@pytest.mark.parametrize("word,unit", [
    ("HOUR", "hour"), ("per-year-salary", "year"), ("per-month-salary", "month"), ("annual", "year"),
    ("hourly", "hour"), ("Per Hour", "hour"), ("per_hour", "hour"), ("weekly", "week"), ("fixed", "project"),
    ("one-time", "project"), ("bogus", None), ("", None), (5, None), (None, None), (["hour"], None),
])
def test_unit_words(word, unit):
    assert unit_from_word(word) == unit


def test_usd_rates_come_from_the_shipped_ecb_file():
    assert usd_rate("USD", date(2026, 1, 1)) == (1.0, date(2026, 1, 1))
    rate, used = usd_rate("EUR", date(2026, 6, 12))  # a Friday with an ECB fixing
    assert 1.0 < rate < 1.4 and used == date(2026, 6, 12)
    weekend, used = usd_rate("EUR", date(2026, 6, 13))  # a Saturday: the nearest earlier rate (SCHEMA.md)
    assert weekend == rate and used == date(2026, 6, 12)
    later, used = usd_rate("EUR", date(2030, 1, 1))  # after the shipped data: its last rate, dated so
    assert 1.0 < later < 1.4 and used < date(2030, 1, 1)
    early, used = usd_rate("EUR", date(1980, 1, 1))
    assert used > date(1980, 1, 1)
    assert usd_rate("GBP", date(2026, 6, 12))[0] > 1.0
    assert usd_rate("XXX", date(2026, 1, 1)) is None


@pytest.mark.parametrize("amount,unit,kwargs,expected", [
    (20, "hour", {}, 20),
    (400, "day", {}, 50),  # a day is 8 hours
    (500, "week", {"hours_per_week": 20}, 25),
    (500, "week", {}, None),
    (300, "project", {"hours_min": 10, "hours_max": 15}, 20),  # the cautious end: fee / most hours
    (300, "project", {"hours_max": 12}, 25),
    (300, "project", {}, None),
    (52000, "year", {}, None),  # never a guessed 40-hour week
    (52000, "year", {"hours_per_week": 20}, 50),
    (2000, "month", {"hours_per_week": 10}, 2000 * 12 / 520),
    (2000, "month", {}, None),
    (None, "hour", {}, None), (20, None, {}, None),
])
def test_effective_hourly_only_from_stated_effort(amount, unit, kwargs, expected):
    value = hourly_equivalent(amount, unit, use_max_hours=True, **kwargs)
    assert value == pytest.approx(expected) if expected is not None else value is None


@pytest.mark.parametrize("big", ["$1 " * 330_000, "1" * 1_000_000, "$" * 1_000_000, "1,000," * 160_000, "$1k" * 330_000])
def test_megabyte_pay_text_is_not_hung(big):
    started = time.perf_counter()
    pay_from_text(big, dedicated=True)
    pay_from_text(big, needs_context=True)
    pay_from_fields(big, big, big, big, raw=big)
    assert time.perf_counter() - started < 20


@pytest.mark.parametrize("text, unit", [
    ("Annualized Salary $178,263-$205,527", "year"),  # the AppOne feed's wording
    ("Hourly rate: $25-30", "hour"),
    ("Monthly stipend of ₹10,000", "month"),
    ("Jährliches Gehalt: 50.000 €", "year"),
    ("Salaire annuel : 42 000 €", None),  # the period word after the noun is not this rule's; no guess
])
def test_a_period_word_before_the_amount_gives_the_unit(text, unit):
    pay = pay_from_text(text, country="US")
    assert pay.has_amount and (unit is None or pay.pay_unit == unit)


@pytest.mark.parametrize("text, low, high", [
    ("Moins de 500 €", None, 500), ("Plus de 10 000 €", 10000, None), ("500 € à 1 000 €", 500, 1000),
    ("up to $1,000", None, 1000), ("from $20/hour", 20, None), ("bis zu 40 € pro Stunde", None, 40),
    ("$300 fixed", 300, 300), ("10 000 € et plus", 10000, None), ("$5k+ per month", 5000, None),
])
def test_a_single_bound_is_not_both_ends_of_the_range(text, low, high):
    pay = pay_from_text(text, dedicated=True, country="US")
    assert (pay.pay_min, pay.pay_max) == (low, high)


@pytest.mark.parametrize("text, expected", [
    # a k/K/m suffix on either end of a range (Guru writes budgets "$500-$1k")
    ("$500-$1k", (500, 1000, "USD", None)),
    ("Budget: $500-$1k", (500, 1000, "USD", "project")),
    ("$500 - $1,000", (500, 1000, "USD", None)),
    ("$1k-2k", (1000, 2000, "USD", None)),
    ("$1K - $2K", (1000, 2000, "USD", None)),
    ("€1.5k–3k", (1500, 3000, "EUR", None)),
    ("£800 - £1.2k per month", (800, 1200, "GBP", "month")),
    ("$900-1k", (900, 1000, "USD", None)),
    ("$1k-1500", (1000, 1500, "USD", None)),
    ("$50-70k/year", (50000, 70000, "USD", "year")),  # the suffix on the upper end only: both in thousands
    ("Salary: 10-15k", (10000, 15000, None, None)),
])
def test_k_suffixes_on_either_end_of_a_range(text, expected):
    assert said(pay_from_text(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("10-15k", (10000, 15000)), ("$500-$1k", (500, 1000)), ("1.5m-2m", (1_500_000, 2_000_000)),
    ("$1.2M - $1.5M", (1_200_000, 1_500_000)),
])
def test_k_and_m_suffixes_in_a_pay_field(text, expected):
    pay = pay_from_text(text, dedicated=True)
    assert (pay.pay_min, pay.pay_max) == expected


# --- Chinese pay text (eleduck) ---

@pytest.mark.parametrize("text, expected", [
    ("300-1000元/任务", (300, 1000, "project")),
    ("（300-1000元/任务）", (300, 1000, "project")),
    ("200元/天", (200, 200, "day")),
    ("每天200元", (200, 200, "day")),
    ("月薪8k-12k", (8000, 12000, "month")),
    ("时薪100元", (100, 100, "hour")),
    ("每小时80块", (80, 80, "hour")),
    ("1.5万/月", (15000, 15000, "month")),
    ("年薪30-50万", (300000, 500000, "year")),  # the multiplier on the upper end covers both
    ("5000-1万/月", (5000, 10000, "month")),
    ("日薪500-800", (500, 800, "day")),
    ("预算：5000元", (5000, 5000, "project")),
    ("每条50元", (50, 50, "project")),  # a fee per piece of work
    ("稿费￥500/篇", (500, 500, "project")),
    ("3千-5千元/周", (3000, 5000, "week")),
    ("工资：6000-8000", (6000, 8000, None)),  # no unit said: none guessed
    ("50元/千字", (50, 50, None)),  # a rate per thousand characters: no pay unit holds it
    ("薪资范围：15-20k 折算USDT 每月15号结算", (15000, 20000, None)),  # settled monthly is no rate per month
])
def test_chinese_amounts_and_units(text, expected):
    pay = pay_from_text(text, country="CN")
    assert (pay.pay_min, pay.pay_max, pay.pay_unit) == expected
    assert pay.pay_currency == "CNY"


@pytest.mark.parametrize("text, country, default, currency", [
    ("300-1000元/任务", None, None, None),  # 元 is the yuan of whichever place: unknown without one
    ("300-1000元/任务", "CN", None, "CNY"),
    ("300-1000元/任务", None, "CNY", "CNY"),  # the source documents CNY
    ("月薪4万元", "TW", None, "TWD"),
    ("月薪8k-12k", None, None, None),
    ("月薪8k-12k", "CN", None, "CNY"),
    ("￥500/篇", None, None, None),  # ¥ alone may be yen
    ("￥500/篇", "JP", None, "JPY"),
    ("¥5000/月", "CN", None, "CNY"),
    ("人民币1万-1.5万/月", None, None, "CNY"),  # the renminbi by name
    ("RMB 8000/月", None, None, "CNY"),
])
def test_chinese_currency_only_from_the_country_or_the_sources_default(text, country, default, currency):
    pay = pay_from_text(text, country=country, default_currency=default)
    assert pay.has_amount and pay.pay_currency == currency
    assert (pay.sign is not None) == (currency is None)  # unresolved: the sign is kept for the micro rule's bound


@pytest.mark.parametrize("text", ["10万+用户", "融资1000万元", "2026年3月上线", "每周3次", "团队 20 人", "押金500元"])
def test_chinese_numbers_that_are_no_pay(text):
    assert not pay_from_text(text, country="CN").has_amount


@pytest.mark.parametrize("text, low, high", [
    ("预算5000元以内", None, 5000), ("3000元以上", 3000, None), ("时薪80元起", 80, None), ("最高5000元", None, 5000),
])
def test_chinese_bounds(text, low, high):
    pay = pay_from_text(text, country="CN")
    assert (pay.pay_min, pay.pay_max) == (low, high)


def test_chinese_negotiable_is_paid_and_unpaid_is_unpaid():
    from normalize.pay import says_paid, says_unpaid

    assert says_paid("薪资：面议，按月结算") and says_paid("有偿帮忙")
    assert says_unpaid("无偿，为公益活动拍照") and not says_paid("无偿，价格面议")
    assert not pay_from_text("薪资：面议").has_amount


def test_english_next_to_chinese_is_read_as_before():
    assert said(pay_from_text("one-off task, about 10 hours, budget 1,500 CNY")) == (1500, 1500, "CNY", "project")
    assert said(pay_from_text("远程 budget 1,500 CNY")) == (1500, 1500, "CNY", "project")


@pytest.mark.parametrize("text,expected", [
    ("We pay $300 for take-home exercises because your time has value.", None),  # pay for a test, not the role
    ("platforms charging $100+ per seat with 20-seat minimums", None),  # a product's price
    ("Pricing is $50/month to disrupt the market", None),
    ("Founding Engineer - Remote - $80k + Equity", (80000, 80000)),  # "+ equity" is no lower bound
    ("$80k+ DOE", (80000, None)),
    ("Hourly Range : $13.00-$30.00", (13, 30)),
])
def test_money_for_something_else_and_what_follows_an_amount(text, expected):
    pay = pay_from_text(text)
    assert ((pay.pay_min, pay.pay_max) if pay.has_amount else None) == expected


@pytest.mark.parametrize("text,expected", [
    ("$18hrly", (18, 18, "hour")),
    ("$23+/hr", (23, None, "hour")),  # a minimum, then its unit
    ("~$30 Paid Task | Remote", (30, 30, "project")),  # the amount names the work it pays
    ("$50 gig: logo tweak", (50, 50, "project")),
    ("$30 job board posting fee", (30, 30, None)),
])
def test_units_glued_or_after_a_bound(text, expected):
    pay = pay_from_text(text)
    assert (pay.pay_min, pay.pay_max, pay.pay_unit) == expected


@pytest.mark.parametrize("text,expected", [
    ("$20 per 1000 words", (0.02, "word", None)),  # a rate per thousand words is a rate per word
    ("$15/1k words", (0.015, "word", None)),
    ("$25 per 1,000 words, 4,000 words total", (0.025, "word", 4000)),
    ("[Hiring] $50 for a quick logo", None),
])
def test_rates_per_many_words_and_fees_for_one_thing(text, expected):
    pay = pay_from_text(text)
    if expected is None:
        assert pay.pay_unit == "project"
    else:
        assert (pay.pay_min, pay.piece, pay.pieces) == expected and pay.pay_unit == "piece"


@pytest.mark.parametrize("text,low,high,unit", [
    ("Max fixed comp on offer - INR 45 L", 4_500_000, 4_500_000, None),
    ("₹12 LPA", 1_200_000, 1_200_000, "year"),
    ("35-90L INR", 3_500_000, 9_000_000, None),
    ("₹1,50,000 per month", 150_000, 150_000, "month"),  # Indian digit grouping
    ("INR 1.2 Cr", 12_000_000, 12_000_000, None),
    ("size L shirts $20", 20, 20, None),  # a size, not a lakh
])
def test_indian_amounts(text, low, high, unit):
    pay = pay_from_text(text)
    assert (pay.pay_min, pay.pay_max, pay.pay_unit) == (low, high, unit)


@pytest.mark.parametrize("text,unit", [
    ("Initial test budget: $60-$100 USD per A4 artwork", "piece"),
    ("$50 per painting", "piece"),
    ("Honorarios: 900 € por 12 ilustraciones.", "project"),  # a count after "per" is the whole work
])
def test_what_one_piece_is(text, unit):
    assert pay_from_text(text).pay_unit == unit


@pytest.mark.parametrize("text,low,high", [
    ("My budget is preferably $100, but $150 would be absolute maximum.", 100, 150),  # a higher amount allowed
    ("Our starting budget is $20 USD, with a maximum budget of $75 USD.", 20, 75),
    ("I have around a $50 budget but can increase the amount to $75-100 if quick", 50, 100),
    ("Paying $50 for the logo, but $20 for the icon.", 50, 50),  # a lower one is something else's price
    ("I'd like an artist for no more than $20.", None, 20),  # limits said of a budget
    ("Ideally I would like not to go above $50.", None, 50),
    ("I'd like to keep this project below $100.", None, 100),
    ("Not looking to spend more than $150 per piece.", None, 150),
    ("Minimum of $20 (just saw the requirement)", 20, None),
])
def test_limits_and_raises_people_put_on_a_budget(text, low, high):
    pay = pay_from_text(text, needs_context=True)
    assert (pay.pay_min, pay.pay_max) == (low, high)


def test_an_amount_with_no_sign_is_bounded_by_the_dearest_currency():
    from normalize.pay import at_most_usd

    assert at_most_usd(250, None) == pytest.approx(825)  # no currency is worth more than a Kuwaiti dinar
    assert at_most_usd(300, "$") == 300  # every dollar is worth at most one US dollar
    assert at_most_usd(300, "€") is None  # an unambiguous sign is converted, not bounded


@pytest.mark.parametrize("text,low,high,currency", [
    ("not just a nike logo\n- 120$\nQuick facts", 120, 120, "USD"),  # an amount alone on its line is a price set down
    ("Not in the thousands, but around $100 AUD+ depending on the scope", 100, None, "AUD"),
    ("Honestly upwards of $500 is fine", 500, None, "USD"),
    ("We raised $20\nfrom investors", None, None, None),  # not alone on its line
])
def test_prices_set_down_in_running_text(text, low, high, currency):
    pay = pay_from_text(text, needs_context=True)
    assert (pay.pay_min, pay.pay_max, pay.pay_currency) == (low, high, currency)


@pytest.mark.parametrize("text,low", [
    ("competitive comp + equity, flexible PTO, health benefits, 401K", None),  # a retirement plan, not $401,000
    ("Salary + 401(k) match", None),
    ("$401k", 401000),  # with a sign it is money
])
def test_a_401k_is_no_amount(text, low):
    assert pay_from_text(text, dedicated=True).pay_min == low
