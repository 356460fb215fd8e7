"""One gate for every row in the schema's shape before it is stored: what a crawl's normalizer makes, what
`import` reads from a file, what `ingest` pops from Redis and what `renormalize` rewrites.

`checked_row` raises InvalidListing (reason, detail) for a row that cannot be a listing, and otherwise
returns the row as the catalog may store and serve it: http(s) URLs only, description_html through the nh3
allow-list, dates parsed into ISO-8601 UTC, numbers finite, flags 0/1, JSON nested at most MAX_DEPTH
deep, no control characters or lone surrogates. A row the normalizer made passes unchanged.
"""
from __future__ import annotations

import json
import math
import re
from datetime import date, datetime, timezone

from db.schema import JSON_COLUMNS, LISTING_COLUMNS
from normalize.context import InvalidListing
from normalize.listing import MAX_TITLE, absolute_url, source_id_text
from normalize.text import MAX_TEXT, sanitize_body

REQUIRED = ("id", "source", "source_id", "url", "title")
URL_COLUMNS = ("apply_url", "company_url")  # optional: a link that is not http(s) is dropped, as a crawl drops it
DATE_COLUMNS = ("posted_at", "expires_at", "due_at", "first_seen_at", "last_seen_at", "closed_at")
FLAG_COLUMNS = ("is_paid", "is_micro", "entry_level")
YEARS = (1990, 2100)  # what a listing's date can be; anything else is a broken or hostile value
MAX_DEPTH = 500  # nesting of `raw` and item fields; well inside what json, marshal and SQLite's JSON read (1000)
SOURCE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}\Z")
CODES = {"country": re.compile(r"[A-Z]{2}\Z"), "pay_currency": re.compile(r"[A-Z]{3}\Z"),
         "language": re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?\Z")}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_NOT_IN_ID = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")  # control characters, lone surrogates


def checked_row(value, *, keep: tuple[str, ...] = (), json_text: bool | None = False) -> dict:
    """The row as it may be stored (only schema columns, plus the keys in `keep`), or InvalidListing.

    `json_text`: whether a string in a JSON column is JSON text (True: a stored row), a value (False: a row
    the normalizer made) or JSON text when it parses as JSON (None: a file, which may be CSV-like)."""
    if not isinstance(value, dict):
        raise InvalidListing("not_an_object", f"a JSON {type(value).__name__}, not an object")
    missing = [c for c in REQUIRED if value.get(c) in (None, "")]
    if missing:
        raise InvalidListing("missing_field", f"missing {', '.join(missing)}")
    source, source_id = value["source"], value["source_id"]
    if not isinstance(source, str) or not SOURCE_NAME.match(source):
        raise InvalidListing("invalid_source", f"source {_shown(source)} is not a source name")
    sid = source_id_text(source_id)
    if sid is None or sid != str(source_id) or _NOT_IN_ID.search(sid):
        raise InvalidListing("invalid_source_id", f"source_id {_shown(source_id)} is not text without control "
                                                  "characters, nor a number")
    if value["id"] != f"{source}:{sid}":
        raise InvalidListing("invalid_id", f"id {_shown(value['id'])} is not {source}:{sid}")
    url = absolute_url(value["url"])
    if url is None:
        raise InvalidListing("invalid_url", f"{value['id']}: url {_shown(value['url'])} is not an absolute http(s) URL")
    row = {}
    for column, check in _CHECKS.items():
        given = value.get(column)
        if given is None:
            row[column] = None
            continue
        try:
            row[column] = check(given, json_text)
        except (TypeError, ValueError, OverflowError, RecursionError) as exc:
            raise InvalidListing(f"invalid_{column}", f"{value['id']}: {column} {_shown(given)}: {exc}") from None
    row.update(id=value["id"], source=source, source_id=sid, url=url)
    if not (row["title"] or "").strip():
        raise InvalidListing("missing_field", f"{value['id']}: no title")
    row["title"] = row["title"][:MAX_TITLE]
    for key in keep:  # e.g. the spider's raw item fields, which `renormalize` replays
        if value.get(key) is None:
            continue
        try:
            if not isinstance(value[key], dict):
                raise TypeError(f"a {type(value[key]).__name__}, not an object")
            row[key] = _json_value(value[key])
        except (TypeError, ValueError, RecursionError) as exc:
            raise InvalidListing(f"invalid_{key.strip('_')}", f"{value['id']}: {key}: {exc}") from None
    return row


def _json_column(column: str):
    def check(value, json_text):
        if isinstance(value, str) and json_text is not False:  # a CSV or a stored row holds JSON as text
            try:
                value = json.loads(value) if value.strip() else None
            except ValueError:
                if json_text:
                    raise
                # not JSON after all: the text it is
        if column == "raw":
            return _json_value(value)
        if value is None:
            return None
        if not isinstance(value, list):
            raise ValueError("not a JSON array")
        return [_text(v) if isinstance(v, str) else _scalar_text(v) for v in value]
    return check


def _empty_is_null(check):
    """An empty string (an empty CSV field) is NULL, else `check`."""
    return lambda value, json_text: None if value == "" else check(value)


def _flag(value):
    flag = value if isinstance(value, int) else int(value) if value in ("0", "1") else None
    if flag not in (0, 1):
        raise ValueError("not 0, 1 or null")
    return int(flag)


def _real(value):
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise TypeError("not a number")
    number = float(value)
    return number if math.isfinite(number) else None


def _integer(value):
    if isinstance(value, bool) or not isinstance(value, int) or not -2**63 <= value < 2**63:
        raise ValueError("not a 64-bit integer")
    return value


def _plain_text(column: str):
    code = CODES.get(column)

    def check(value, json_text):
        if type(value) is str and value.isascii() and value.isprintable():  # the common case: nothing to clean
            text = value[:MAX_TEXT]
        else:
            text = _text(_scalar_text(value))
        if code is not None and text and not code.match(text):
            return None  # not a code the schema names: unknown, as a crawl leaves it
        return text
    return check


def _checker(column: str, sql_type: str):
    if column in JSON_COLUMNS:
        return _json_column(column)
    if column in URL_COLUMNS:
        return _empty_is_null(absolute_url)
    if column == "description_html":
        return _empty_is_null(_html)
    if column in DATE_COLUMNS:
        return _empty_is_null(_utc_iso)
    if column == "fx_date":
        return _empty_is_null(lambda value: date.fromisoformat(_require_text(value)).isoformat())
    if column in FLAG_COLUMNS:
        return _empty_is_null(_flag)
    if sql_type == "REAL":
        return _empty_is_null(_real)
    if sql_type == "INTEGER":
        return _empty_is_null(_integer)
    return _plain_text(column)


def _html(value) -> str | None:
    """Through the nh3 allow-list, as the normalizer's description_html (which cuts its own input)."""
    text = _require_text(value)
    if not text.isprintable():
        text = _CONTROL.sub("", text)
    return sanitize_body(_storable(text)) or None


def _require_text(value) -> str:
    if not isinstance(value, str):
        raise TypeError(f"a {type(value).__name__}, not text")
    return value


def _scalar_text(value) -> str:
    """Text as given; a number is written as text; anything else is no text."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"a {type(value).__name__}, not text")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("not a finite number")
    return str(value)


def _text(value: str) -> str:
    """Text without control characters or lone surrogates, at most MAX_TEXT long."""
    text = value[:MAX_TEXT]
    if not text.isprintable():
        text = _CONTROL.sub("", text)
    return _storable(text)


_CANONICAL = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\Z")


def _utc_iso(value) -> str:
    text = _require_text(value).strip()
    if _CANONICAL.match(text):  # what the normalizer writes: only its values need checking
        moment = datetime.fromisoformat(text[:-1])
        if not YEARS[0] <= moment.year <= YEARS[1]:
            raise ValueError(f"outside {YEARS[0]}-{YEARS[1]}")
        return text
    moment = datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in "zZ" else text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    moment = moment.astimezone(timezone.utc)
    if not YEARS[0] <= moment.year <= YEARS[1]:
        raise ValueError(f"outside {YEARS[0]}-{YEARS[1]}")
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


_STRICT_JSON = json.JSONEncoder(ensure_ascii=False, allow_nan=False).encode


def _json_value(value):
    """A JSON value as the writer can store it: at most MAX_DEPTH deep, non-finite numbers as null, text
    without lone surrogates, other types as their text."""
    try:
        encoded = _STRICT_JSON(value)  # in C: most values need nothing more
    except (TypeError, ValueError, RecursionError):
        return _cleaned_json(value)
    if encoded.count("[") + encoded.count("{") > MAX_DEPTH or (not encoded.isascii() and _SURROGATE.search(encoded)):
        return _cleaned_json(value)  # perhaps too deep (no deeper than its brackets), or lone surrogates
    return value


def _cleaned_json(value, depth: int = 0):
    if depth > MAX_DEPTH:
        raise ValueError(f"nested deeper than {MAX_DEPTH}")
    if isinstance(value, dict):
        return {_storable(str(k)): _cleaned_json(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_cleaned_json(v, depth + 1) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, str):
        return _storable(value)
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return _storable(str(value))  # what the writer's JSON encoder writes for it (default=str)


def _storable(text: str) -> str:
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)


def _shown(value) -> str:
    if isinstance(value, (dict, list)):
        return f"(a JSON {'object' if isinstance(value, dict) else 'array'})"
    return repr(value[:120] if isinstance(value, str) else value)[:130]


# One check per column, chosen once: (value, json_text) -> the value to store, or an error.
_CHECKS = {column: _checker(column, sql) for column, (sql, _) in LISTING_COLUMNS.items()}
