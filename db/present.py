"""How the catalog says a listing's facts to people: "$300 flat · about 12 h · ≈ $25/h".

Pure functions over the schema's columns, registered as SQL functions for the catalog (so the JSON API, the
pages, the Atom feed and the widget all say it the same way) and usable from Python.
"""
from __future__ import annotations

import html
import math
from datetime import datetime, timezone

# Symbols people read without a code; any other currency is written with its ISO code.
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "JPY": "¥", "CAD": "CA$", "AUD": "A$", "NZD": "NZ$",
           "BRL": "R$", "MXN": "MX$", "CHF": "CHF ", "PLN": "zł ", "SEK": "kr ", "NOK": "kr ", "DKK": "kr "}
UNIT_WORDS = {"project": "flat", "hour": "/h", "day": "/day", "week": "/week", "month": "/month", "year": "/year"}
OCCUPATION_LABELS = {
    "software_dev_tech": "Software and tech", "creative_multimedia": "Creative and multimedia",
    "writing_translation": "Writing and translation", "clerical_data_entry": "Clerical and data entry",
    "sales_marketing": "Sales and marketing", "professional_services": "Professional services",
}
REMOTE_LABELS = {"remote": "Remote", "hybrid": "Hybrid", "onsite": "On site"}
# Marks FTS5's snippet() puts around a match; turned into <mark> after the text is escaped.
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"


def _number(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _amount(value: float) -> str:
    if value >= 10_000 and value % 1000 == 0:
        return f"{value / 1000:,.0f}k"
    if value == int(value):
        return f"{value:,.0f}"
    return f"{value:,.2f}"


def money(amount: str, currency: str | None) -> str:
    """An amount (already written out, or a range of two) with its currency's symbol or code."""
    if not currency:
        return amount  # never guess one; pay_text says it was not stated
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{amount}" if symbol else f"{amount} {currency}"


def pay_text(pay_min, pay_max, currency=None, unit=None, is_paid=None) -> str | None:
    """'$300 flat', '€25–35/h', 'up to ₹15,000/month', 'unpaid'; None when no pay is stated."""
    low, high = _number(pay_min), _number(pay_max)
    if low is None and high is None:
        return "unpaid" if is_paid == 0 else None
    if low is not None and high is not None and low != high:
        text = money(f"{_amount(low)}–{_amount(high)}", currency)
    elif low is None:
        text = f"up to {money(_amount(high), currency)}"
    elif high is None:
        text = f"from {money(_amount(low), currency)}"
    else:
        text = money(_amount(low), currency)
    suffix = UNIT_WORDS.get(unit or "")
    text = f"{text} flat" if suffix == "flat" else f"{text}{suffix or ''}"
    return text if currency else f"{text} (currency not stated)"


def _hours(value: float) -> str:
    return f"{value:g}" if value < 100 else f"{value:,.0f}"


def effort_text(hours_min=None, hours_max=None, hours_per_week=None, duration_days=None) -> str | None:
    """'about 12 h', '10–15 h', '10 h/week for 3 weeks'; None when no effort is stated."""
    low, high = _number(hours_min), _number(hours_max)
    weekly, days = _number(hours_per_week), _number(duration_days)
    parts = []
    if low is not None or high is not None:
        if low is not None and high is not None and low != high:
            parts.append(f"{_hours(low)}–{_hours(high)} h")
        else:
            parts.append(f"about {_hours(high if high is not None else low)} h")
    elif weekly is not None:
        parts.append(f"{_hours(weekly)} h/week")
    if days is not None and not parts[1:]:
        if days >= 14 and days % 7 == 0:
            span = f"{days / 7:g} weeks"
        elif days >= 60:
            span = f"{days / 30:.0f} months"
        else:
            span = f"{days:g} day{'s' if days != 1 else ''}"
        parts.append(f"over {span}" if parts else span)
    return " ".join(parts) or None


def hourly_text(hourly_min=None, hourly_max=None) -> str | None:
    """'≈ $25/h' (effective USD per hour), '≈ $20–30/h'; None when it cannot be derived."""
    low, high = _number(hourly_min), _number(hourly_max)
    if low is None and high is None:
        return None
    low, high = (low if low is not None else high), (high if high is not None else low)
    if round(low) == round(high):
        return f"≈ ${low:,.0f}/h"
    return f"≈ ${low:,.0f}–{high:,.0f}/h"


def summary(pay_min, pay_max, currency, unit, is_paid, hours_min, hours_max, hours_per_week, duration_days,
            hourly_min, hourly_max) -> str | None:
    """The card's one line: pay as stated · effort · effective hourly in USD (when it adds something)."""
    pay = pay_text(pay_min, pay_max, currency, unit, is_paid)
    effort = effort_text(hours_min, hours_max, hours_per_week, duration_days)
    hourly = hourly_text(hourly_min, hourly_max)
    if hourly and unit == "hour" and currency == "USD":
        hourly = None  # '$25/h · ≈ $25/h' says nothing new
    return " · ".join(part for part in (pay, effort, hourly) if part) or None


def snippet_html(marked: str | None) -> str | None:
    """An FTS5 snippet with MARK_OPEN/MARK_CLOSE around matches, escaped, the marks as <mark>."""
    if marked is None:
        return None
    return html.escape(str(marked)).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")


def date_text(iso: str | None, now: datetime | None = None) -> str | None:
    """'3 Dec 2026' for an ISO-8601 UTC timestamp; None for a missing or unreadable one."""
    if not iso:
        return None
    try:
        moment = datetime.strptime(str(iso)[:10], "%Y-%m-%d").replace(tzinfo=timezone.utc)
    except ValueError:
        return None
    return f"{moment.day} {moment:%b %Y}"


def occupation_label(value: str | None) -> str | None:
    return OCCUPATION_LABELS.get(value or "", value)


SQL_FUNCTIONS = {
    # name: (function, number of arguments)
    "mg_pay_text": (pay_text, 5),
    "mg_effort_text": (effort_text, 4),
    "mg_hourly_text": (hourly_text, 2),
    "mg_summary": (summary, 11),
    "mg_snippet_html": (snippet_html, 1),
}


def register_sql_functions(conn) -> None:
    """Make the catalog's wording available to SQL (canned queries and the JSON API use it)."""
    for name, (function, arity) in SQL_FUNCTIONS.items():
        conn.create_function(name, arity, function, deterministic=True)
