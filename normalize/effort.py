"""Effort and time from text: total hours, weekly load, duration, delivery deadline. NULL beats a guess."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime

from normalize.dates import format_utc
from normalize.text import lines_with_digits

# Numbers start at a digit run's first digit and are short: linear time on a megabyte of digits.
_N = r"(?<![\d.,])(\d{1,4}(?:[.,]\d{1,2})?)(?!\d)"
_RANGE = rf"{_N}(?:\s*(?:-|–|—|to|or)\s*{_N})?"
_APPROX = (r"(?:about|around|approx(?:\.|imately)?|roughly|~|est(?:\.|imated)?|up to|max(?:imum)?|at most|ca\.?|circa|"
           r"total(?: of)?|etwa|ungefähr|environ|aproximadamente|unas|unos|cerca de|alrededor de|mais ou menos)")
_HOUR = r"(?:hours?|hrs?|h|stunden|std\.?|heures?|horas?)"
_MIN = r"(?:minutes?|mins?)"
_PER_WEEK = r"(?:/\s*(?:week|wk|w)|(?:per|a|each|every|pro|par|por)\s+(?:week|woche|semaine|semana)|weekly|p/w|pw)"
_PER_OTHER = r"(?:/\s*(?:day|d|month|mo)|(?:per|a|each|every)\s+(?:day|month|night)|daily|monthly)"

WEEKLY_HOURS = re.compile(rf"{_RANGE}\s*\+?\s*{_HOUR}\s*{_PER_WEEK}", re.I)
TOTAL_HOURS_RANGE = re.compile(rf"(?<![\d/])(?<!within )(?<!in )(?<!next )(?<!every ){_N}\s*(?:-|–|—|to)\s*{_N}\s*{_HOUR}\b(?!\s*{_PER_WEEK})(?!\s*{_PER_OTHER})", re.I)
TOTAL_HOURS_APPROX = re.compile(rf"{_APPROX}\s*{_N}\s*{_HOUR}\b(?!\s*{_PER_WEEK})(?!\s*{_PER_OTHER})", re.I)
TOTAL_HOURS_SAID = re.compile(rf"(?<![\d/]){_N}\s*{_HOUR}\s+(?:of work|in total|total|of (?:effort|editing|writing|design|labou?r)|"
                              rf"project|task|gig|job|de trabajo|de trabalho|de travail|arbeit)\b", re.I)
TOTAL_HOURS_BETWEEN = re.compile(rf"\b(?:between|zwischen|entre)\s+{_N}\s+(?:and|und|et|y|e)\s+{_N}\s*{_HOUR}\b(?!\s*{_PER_WEEK})", re.I)
# "2 days of work", "a 3-day task": working days of about 8 hours
TOTAL_DAYS = re.compile(rf"(?<![\d/]){_RANGE}[- ]?(?:full[- ])?(?:days?|tage?n?|jours?|días?)\s+(?:of work|de trabajo|de travail|arbeit)\b"
                        rf"|\ba\s+{_N}[- ]day\s+(?:task|job|project|gig|assignment)\b", re.I)
HOURS_PER_DAY = 8
TOTAL_MINUTES = re.compile(rf"(?<![\d/]){_RANGE}\s*{_MIN}\s*(?:of\s+)?(?:work|task|job|total)\b", re.I)
DURATION = re.compile(
    rf"(?:(?:for|over|lasting|duration(?: of)?:?|within|project of|contract of|engagement of|about|approx\.?)\s+)"
    rf"{_RANGE}\s*(days?|weeks?|months?|tage|wochen|monate|jours|semaines|mois|días|semanas|meses)\b"
    rf"|{_RANGE}[- ](day|week|month)s?[- ](?:project|contract|engagement|internship|gig|assignment|micro-internship|sprint)"
    rf"|{_RANGE}\s*(days?|weeks?|months?)\s+(?:at|of work|x|with)\s",
    re.I,
)
DUE = re.compile(
    r"(?:deliver(?:ed|y)?|due|deadline|completed?|finished|needed|turnaround|done)\s*(?:date)?\s*(?:by|on|before|:)\s*"
    r"([A-Za-zÀ-ÿ]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-zÀ-ÿ]{3,12}\.?(?:\s+\d{4})?"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?|(?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|end of (?:the )?(?:week|month))",
    re.I,
)
APPLY_BY = re.compile(
    r"(?:apply|applications?|submit (?:your )?(?:application|proposal)s?)\s*(?:close[sd]?|due|deadline)?\s*(?:by|before|until|on|:)\s*"
    r"([A-Za-zÀ-ÿ]{3,12}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-zÀ-ÿ]{3,12}\.?(?:\s+\d{4})?"
    r"|\d{4}-\d{2}-\d{2}|(?:next\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow)",
    re.I,
)
DUE_WORDS = ("deliver", "due", "deadline", "complete", "finished", "needed", "turnaround", "done")
APPLY_WORDS = ("apply", "application", "submit")
DAYS_PER_UNIT = {"d": 1, "t": 1, "j": 1, "w": 7, "s": 7, "m": 30}
MAX_TOTAL_HOURS = 2000
# "1 post/day (10-20 mins work)": a recurring task's minutes are not the total effort.
RECURRING = re.compile(r"(?:/\s*day|per day|a day|daily|every day|each day|/\s*month|per month|ongoing)\b", re.I)


@dataclass
class Effort:
    hours_min: float | None = None
    hours_max: float | None = None
    hours_per_week: float | None = None
    duration_days: float | None = None
    due_at: str | None = None
    expires_at: str | None = None


def _num(token: str | None) -> float | None:
    if token is None:
        return None
    try:
        return float(token.replace(",", "."))
    except ValueError:
        return None


def _range(low: str, high: str | None) -> tuple[float, float] | None:
    a, b = _num(low), _num(high) if high else _num(low)
    if a is None or b is None or a <= 0 or b < a:
        return None
    return a, b


def effort_from_text(text: str | None, *, posted: datetime | None, now: datetime) -> Effort:
    effort = Effort()
    if not text:
        return effort
    text = text[:20000]
    numeric = lines_with_digits(text)  # the patterns for hours and durations all need a number
    weekly = WEEKLY_HOURS.search(numeric)
    if weekly:
        span = _range(weekly.group(1), weekly.group(2))
        if span and span[1] <= 80:
            effort.hours_per_week = span[1] if span[0] == span[1] else (span[0] + span[1]) / 2
    duration = DURATION.search(numeric)
    if duration:
        groups = duration.groups()
        low, high, unit = next(groups[i:i + 3] for i in range(0, len(groups), 3) if groups[i])
        span = _range(low, high)
        if span and unit:
            per = DAYS_PER_UNIT.get(unit[0].lower(), None)
            if per and span[1] * per <= 730:
                effort.duration_days = span[1] * per
                if effort.hours_per_week and unit[0].lower() in "wsm":
                    weeks = (span[0] * per / 7, span[1] * per / 7)
                    effort.hours_min = round(weeks[0] * effort.hours_per_week, 1)
                    effort.hours_max = round(weeks[1] * effort.hours_per_week, 1)
    recurring = bool(RECURRING.search(text))
    if effort.hours_min is None and not recurring:
        for pattern in (TOTAL_HOURS_BETWEEN, TOTAL_HOURS_RANGE, TOTAL_HOURS_APPROX, TOTAL_HOURS_SAID, TOTAL_DAYS):
            found = pattern.search(numeric)
            if found:
                groups = [g for g in found.groups()]
                if pattern is TOTAL_DAYS:
                    low, high = (groups[0], groups[1]) if groups[0] else (groups[2], None)
                    span = _range(low, high)
                    span = span and (span[0] * HOURS_PER_DAY, span[1] * HOURS_PER_DAY)
                else:
                    two = pattern in (TOTAL_HOURS_RANGE, TOTAL_HOURS_BETWEEN)
                    span = _range(groups[0], groups[1] if two else None)
                if span and span[1] <= MAX_TOTAL_HOURS:
                    effort.hours_min, effort.hours_max = span
                    break
        else:
            found = TOTAL_MINUTES.search(numeric)
            if found:
                span = _range(found.group(1), found.group(2))
                if span:
                    effort.hours_min, effort.hours_max = round(span[0] / 60, 2), round(span[1] / 60, 2)
    base = posted or now
    lowered = text.lower()  # the deadline patterns start with one of these words: skip texts without any
    if any(word in lowered for word in DUE_WORDS):
        effort.due_at = _date_after(DUE, text, base, now)
    if any(word in lowered for word in APPLY_WORDS):
        effort.expires_at = _date_after(APPLY_BY, text, base, now)
    return effort


@lru_cache(maxsize=4096)
def _future_date(phrase: str, relative_base: datetime) -> datetime | None:
    """A deadline phrase ("March 3", "Friday") as the next such date: each phrase parsed once per minute."""
    import dateparser

    return dateparser.parse(
        phrase, languages=["en", "de", "fr", "es"],
        settings={"RELATIVE_BASE": relative_base, "PREFER_DATES_FROM": "future",
                  "TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True},
    )


def _date_after(pattern: re.Pattern, text: str, base: datetime, now: datetime) -> str | None:
    found = pattern.search(text)
    if not found:
        return None
    moment = _future_date(found.group(1), base.replace(tzinfo=None, second=0, microsecond=0))
    if moment is None or moment < base or (moment - base).days > 400:
        return None
    return format_utc(moment)
