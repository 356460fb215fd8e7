"""How the catalog says a listing's facts to people: "$300 flat · about 12 h · ≈ $25/h".

Pure functions over the schema's columns, registered as SQL functions for the catalog (so the JSON API, the
pages, the Atom feed and the widget all say it the same way) and usable from Python.
"""
from __future__ import annotations

import html
import json
import math
import re
from datetime import datetime, timezone

# Symbols people read without a code; any other currency is written with its ISO code.
SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "INR": "₹", "JPY": "¥", "CAD": "CA$", "AUD": "A$", "NZD": "NZ$",
           "BRL": "R$", "MXN": "MX$", "CHF": "CHF ", "PLN": "zł ", "SEK": "kr ", "NOK": "kr ", "DKK": "kr "}
# An hourly figure the catalog cannot vouch for (flagged pay_implausible, or under $1/h): said, never shown.
HOURLY_UNCLEAR = "hourly unclear"
PIECE_NAME = re.compile(r"[a-z]+(?: [a-z]+)?")
CURRENCY_CODE = re.compile(r"[A-Z]{3}")
UNCOUNTED_PLURALS = frozenset({"km"})  # '1,000 km at $0.50/km'
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


def flag_set(flags) -> frozenset[str]:
    """The listing's flags, from the stored JSON array (SQL) or a Python list; unreadable ones count as none."""
    if isinstance(flags, (bytes, str)):
        try:
            flags = json.loads(flags)
        except ValueError:
            return frozenset()
    if not isinstance(flags, (list, tuple, set, frozenset)):
        return frozenset()
    return frozenset(flag for flag in flags if isinstance(flag, str))


def _amount(value: float) -> str:
    if value >= 10_000 and value % 1000 == 0:
        return f"{value / 1000:,.0f}k"
    if value == int(value):
        return f"{value:,.0f}"
    if 0 < value < 1 and round(value, 2) != value:
        decimals = min(2 - math.floor(math.log10(value)), 6)  # per-word rates: $0.005, not $0.01
        return f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return f"{value:,.2f}"


def money(amount: str, currency: str | None) -> str:
    """An amount (already written out, or a range of two) with its currency's symbol or code."""
    if not currency:
        return amount  # never guess one; pay_text says it was not stated
    symbol = SYMBOLS.get(currency)
    return f"{symbol}{amount}" if symbol else f"{amount} {currency}"


def _money_range(low: float | None, high: float | None, currency: str | None) -> str:
    if low is not None and high is not None and low != high:
        return money(f"{_amount(low)}–{_amount(high)}", currency)
    if low is None:
        return f"up to {money(_amount(high), currency)}"
    if high is None:
        return f"from {money(_amount(low), currency)}"
    return money(_amount(low), currency)


def _piece_name(piece) -> str:
    """What one piece is, as words ('audio_minute' -> 'audio minute'); anything but a short word is 'piece'."""
    name = str(piece or "").replace("_", " ").strip().lower()
    return name if PIECE_NAME.fullmatch(name) else "piece"


def _plural(name: str, count: float) -> str:
    if count == 1 or name in UNCOUNTED_PLURALS:
        return name
    if name.endswith(("s", "x", "ch", "sh")):
        return name + "es"
    if name.endswith("y") and name[-2:-1] not in "aeiou":
        return name[:-1] + "ies"
    return name + "s"


def pay_text(pay_min, pay_max, currency=None, unit=None, is_paid=None, flags=None, piece=None,
             pieces=None) -> str | None:
    """'$300 flat', '€25–35/h', 'up to ₹15,000/month', '$0.06/word', '2,500 words at $0.06/word ($150)',
    '$350 flat (USD assumed)', 'unpaid'; None when no pay is stated."""
    low, high = _number(pay_min), _number(pay_max)
    if low is None and high is None:
        return "unpaid" if is_paid == 0 else None
    notes = []
    if not (isinstance(currency, str) and CURRENCY_CODE.fullmatch(currency)):
        currency = None  # only an ISO code is written out (the feed puts this text in HTML)
        notes.append("currency not stated")
    elif "currency_assumed" in flag_set(flags):
        notes.append(f"{currency} assumed")  # the documented default for a bare $, not a stated fact
    if unit == "piece":
        name = _piece_name(piece)
        text = _money_range(low, high, currency) + (f"/{name}" if " " not in name else f" per {name}")
        count = _number(pieces)
        if count is not None and count > 0:
            total = _money_range(*(round(v * count, 2) if v is not None else None for v in (low, high)), currency)
            amount = f"{count:,.0f}" if count == int(count) else f"{count:,.1f}"
            text = f"{amount} {_plural(name, count)} at {text}"
            if count != 1:  # '1 video at $40/video ($40)' says the total twice
                notes.insert(0, total)
    else:
        suffix = UNIT_WORDS.get(unit or "")
        text = _money_range(low, high, currency)
        text = f"{text} flat" if suffix == "flat" else f"{text}{suffix or ''}"
    return f"{text} ({'; '.join(notes)})" if notes else text


def hours_text(hours: float) -> str:
    """Hours as people say them: '20 min', '1.5 h', '86 h', '260 h', '1,200 h'."""
    if hours < 1:
        minutes = hours * 60
        minutes = max(round(minutes), 1) if minutes < 10 else 5 * round(minutes / 5)
        if minutes < 60:
            return f"{minutes:.0f} min"
        hours = 1.0
    if hours < 10:
        value = round(hours * 2) / 2
    elif hours < 100:
        value = round(hours)
    elif hours < 1000:
        value = 10 * round(hours / 10)
    else:
        value = 100 * round(hours / 100)
    return f"{value:g} h" if value < 10 else f"{value:,.0f} h"


def _hours_range(low: float, high: float) -> str:
    low_text, high_text = hours_text(low), hours_text(high)
    if low_text == high_text:
        return f"about {low_text}"
    if low_text.split()[1] == high_text.split()[1]:
        return f"{low_text.split()[0]}–{high_text}"  # '10–15 h', '20–40 min'
    return f"{low_text}–{high_text}"  # '30 min–2 h'


def _days_text(days: float) -> str:
    if days >= 14 and days % 7 == 0:
        return f"{days / 7:g} weeks"
    if days >= 60:
        return f"{days / 30:.0f} months"
    days = round(days * 2) / 2 if days < 2 else round(days)
    return f"{days:g} day{'s' if days != 1 else ''}"


def effort_text(hours_min=None, hours_max=None, hours_per_week=None, duration_days=None) -> str | None:
    """'about 12 h', '10–15 h', '20 min', '10 h/week over 3 weeks'; None when no effort is stated."""
    low, high = (value if value is not None and value > 0 else None for value in map(_number, (hours_min, hours_max)))
    weekly, days = _number(hours_per_week), _number(duration_days)
    parts = []
    if low is not None or high is not None:
        parts.append(_hours_range(low if low is not None else high, high if high is not None else low))
    elif weekly is not None and weekly > 0:
        parts.append(f"{hours_text(weekly)}/week")
    if days is not None and days > 0:
        span = _days_text(days)
        parts.append(f"over {span}" if parts else span)
    return " ".join(parts) or None


def hourly_text(hourly_min=None, hourly_max=None, flags=None) -> str | None:
    """'≈ $25/h' (effective USD per hour), '≈ $20–30/h'; 'hourly unclear' when the figure is flagged
    implausible or under $1/h (never shown as a fact); None when it cannot be derived."""
    low, high = _number(hourly_min), _number(hourly_max)
    if low is None and high is None:
        return None
    marks = flag_set(flags)
    if "currency_unknown" in marks:
        return None  # no USD figure can stand on an unknown currency
    low, high = (low if low is not None else high), (high if high is not None else low)
    if "pay_implausible" in marks or min(low, high) < 1:
        return HOURLY_UNCLEAR
    if round(low) == round(high):
        return f"≈ ${low:,.0f}/h"
    return f"≈ ${low:,.0f}–{high:,.0f}/h"


def summary(pay_min, pay_max, currency, unit, is_paid, hours_min, hours_max, hours_per_week, duration_days,
            hourly_min, hourly_max, flags=None, piece=None, pieces=None) -> str | None:
    """The card's one line: pay as stated · effort · effective hourly in USD (when it adds something)."""
    pay = pay_text(pay_min, pay_max, currency, unit, is_paid, flags, piece, pieces)
    effort = effort_text(hours_min, hours_max, hours_per_week, duration_days)
    hourly = hourly_text(hourly_min, hourly_max, flags)
    if hourly != HOURLY_UNCLEAR and unit == "hour" and currency == "USD":
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


def country_name(code: str | None) -> str | None:
    """'United States' for 'US', 'South Korea' for 'KR' (the name people use); an unknown code stays as it is."""
    import pycountry

    country = pycountry.countries.get(alpha_2=str(code or "").upper()) if code else None
    return (getattr(country, "common_name", None) or country.name) if country else code


SQL_FUNCTIONS = {
    # name: (function, number of arguments)
    "mg_pay_text": (pay_text, 8),
    "mg_effort_text": (effort_text, 4),
    "mg_hourly_text": (hourly_text, 3),
    "mg_summary": (summary, 14),
    "mg_snippet_html": (snippet_html, 1),
}


def register_sql_functions(conn) -> None:
    """Make the catalog's wording available to SQL (canned queries and the JSON API use it)."""
    for name, (function, arity) in SQL_FUNCTIONS.items():
        conn.create_function(name, arity, function, deterministic=True)
