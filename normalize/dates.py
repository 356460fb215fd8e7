"""Dates to ISO-8601 UTC (`YYYY-MM-DDTHH:MM:SSZ`) from whatever the sources send."""
from __future__ import annotations

import math
import re
from functools import lru_cache
from datetime import date, datetime, timedelta, timezone

ISO_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
MIN_YEAR = 1990
_NUMERIC = re.compile(r"^\s*-?\d+(\.\d+)?\s*$")
_ISO_LIKE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?\s*$", re.I)
LANGUAGES = ["en", "de", "fr", "es", "it", "pt", "nl"]
_COMPACT = re.compile(r"^\s*(19\d{2}|20\d{2})(\d{2})(\d{2})\s*$")  # 20260715
_DOTTED = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.\d{2,4}\b")  # 12.07.2026 is day first wherever it is written


def format_utc(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    moment = moment.astimezone(timezone.utc)
    if 1000 <= moment.year:  # what strftime(ISO_FORMAT) writes, without its cost (it pads no year below 1000)
        return (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d}T"
                f"{moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}Z")
    return moment.strftime(ISO_FORMAT)


def _plausible(moment: datetime, now: datetime, future_years: int) -> bool:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return MIN_YEAR <= moment.year and moment <= now + timedelta(days=365 * future_years)


def from_epoch(number: float) -> datetime | None:
    if not math.isfinite(number) or number <= 0:
        return None
    if number > 1e11:  # milliseconds
        number /= 1000.0
    try:
        return datetime.fromtimestamp(number, tz=timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None


def parse_datetime(value, *, now: datetime, default_tz=timezone.utc, languages=None) -> datetime | None:
    """A datetime (aware, UTC) from ISO text, epoch seconds/ms, or free text relative to `now`."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    elif isinstance(value, (int, float)):
        moment = from_epoch(float(value))
    elif isinstance(value, str):
        text = value.strip()[:200]
        if not text:
            return None
        plain = _PLAIN_ISO.match(text)  # the common form first: it is none of the others
        compact = None if plain else _COMPACT.match(text)
        if plain:
            moment = _parse_iso(text)
        elif compact:
            try:
                moment = datetime(*(int(g) for g in compact.groups()))
            except ValueError:
                return None
        elif _NUMERIC.match(text):
            moment = from_epoch(float(text))
        elif _ISO_LIKE.match(text):
            moment = _parse_iso(text)
        else:
            moment = _parse_free_text(text, now=now, languages=languages)
    else:
        return None
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=default_tz)
    return moment.astimezone(timezone.utc)


_PLAIN_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?\Z")


def _parse_iso(text: str) -> datetime | None:
    if _PLAIN_ISO.match(text):  # the common form, read as the rewrites below would leave it
        try:
            return datetime.fromisoformat(text[:-1] + "+00:00" if text.endswith("Z") else text)
        except ValueError:
            return None
    cleaned = re.sub(r"\s*(UTC|GMT)$", "+00:00", text.strip(), flags=re.I).replace(" ", "T", 1)
    cleaned = re.sub(r"Z$", "+00:00", cleaned)
    cleaned = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", cleaned)
    try:
        return datetime.fromisoformat(cleaned)
    except ValueError:
        return None


_POSTED_PREFIX = re.compile(r"^\s*(posted|published|updated|veröffentlicht|publié|publicado)\s*(on|am|le|el)?\s*", re.I)
_AT_LEAST = re.compile(r"(\d+)\+")


def _parse_free_text(text: str, *, now: datetime, languages=None) -> datetime | None:
    # The same phrases ("Posted today", "2 days ago", "Friday") recur across a crawl: parse each once per minute.
    base = now.astimezone(timezone.utc).replace(tzinfo=None, second=0, microsecond=0)
    return _parse_free_text_cached(text, base, tuple(languages or LANGUAGES))


@lru_cache(maxsize=8192)
def _parse_free_text_cached(text: str, relative_base: datetime, languages: tuple) -> datetime | None:
    import dateparser  # slow import; only free text needs it

    text = _POSTED_PREFIX.sub("", text)
    text = _AT_LEAST.sub(r"\1", text)  # "30+ Days Ago"
    try:
        return dateparser.parse(
            text, languages=list(languages),
            settings={"RELATIVE_BASE": relative_base, "TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True,
                      "PREFER_DATES_FROM": "past", **({"DATE_ORDER": "DMY"} if _DOTTED.match(text) else {})},
        )
    except (ValueError, OverflowError, TypeError):
        return None


def plausible_datetime(value, *, now: datetime, default_tz=timezone.utc, future_years: int = 5) -> datetime | None:
    """The moment a value means, or None for a missing, unreadable or absurd date (year < 1990, far future)."""
    moment = parse_datetime(value, now=now, default_tz=default_tz)
    if moment is None or not _plausible(moment, now, future_years):
        return None
    return moment


def to_utc_iso(value, *, now: datetime, default_tz=timezone.utc, future_years: int = 5) -> str | None:
    """ISO-8601 UTC text, or None for a missing, unreadable or absurd date."""
    moment = plausible_datetime(value, now=now, default_tz=default_tz, future_years=future_years)
    return format_utc(moment) if moment else None
