"""normalize.dates: every date shape the sources send, to ISO-8601 UTC; absurd dates become None."""
from datetime import date, datetime, timedelta, timezone

import pytest

from normalize.dates import plausible_datetime, to_utc_iso

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("value,expected", [
    # ISO with and without offset, as real APIs send them
    ("2026-06-12T21:30:58", "2026-06-12T21:30:58Z"),  # Remotive publication_date: naive = UTC
    ("2026-07-06T16:06:19-04:00", "2026-07-06T20:06:19Z"),  # Greenhouse first_published
    ("2026-07-10T02:20:45+00:00", "2026-07-10T02:20:45Z"),  # Remote OK date
    ("2026-03-27T20:43:31.257+00:00", "2026-03-27T20:43:31Z"),  # Ashby publishedAt
    ("2025-09-29T23:04:31.861+08:00", "2025-09-29T15:04:31Z"),
    ("2026-09-01T15:01:54.000Z", "2026-09-01T15:01:54Z"),  # HN Algolia created_at
    ("2026-07-15T10:00:00.123456789Z", "2026-07-15T10:00:00Z"),
    ("2026-07-15T10:00:00+0200", "2026-07-15T08:00:00Z"),
    ("2024-12-05 08:04:19", "2024-12-05T08:04:19Z"),  # Jobicy pubDate
    ("2026-06-08 09:42:35 UTC", "2026-06-08T09:42:35Z"),  # Recruitee created_at
    ("2026-04-20", "2026-04-20T00:00:00Z"),  # Workable published_on
    ("20260715", "2026-07-15T00:00:00Z"),
    # epoch seconds and milliseconds, as int, float and text
    (1781572086, "2026-06-16T01:08:06Z"),  # Remote OK last_updated
    (1776458868.0, "2026-04-17T20:47:48Z"),  # Reddit created_utc
    (1764205361939, "2025-11-27T01:02:41Z"),  # Lever createdAt (ms)
    ("1781572086000", "2026-06-16T01:08:06Z"),
    ("1781572086", "2026-06-16T01:08:06Z"),
    # RSS and free text, relative to `now`, several languages
    ("Wed, 15 Jul 2026 10:00:00 +0000", "2026-07-15T10:00:00Z"),
    ("Sun, 19 Jul 2026 04:00:00 GMT", "2026-07-19T04:00:00Z"),
    ("July 15, 2026", "2026-07-15T00:00:00Z"),
    ("Posted 30+ Days Ago", "2026-10-26T12:00:00Z"),  # Workday postedOn
    ("Posted 3 Days Ago", "2026-11-22T12:00:00Z"),
    ("Posted Today", "2026-11-25T12:00:00Z"),
    ("Posted Yesterday", "2026-11-24T12:00:00Z"),
    ("3 weeks ago", "2026-11-04T12:00:00Z"),
    ("vor 3 Tagen", "2026-11-22T12:00:00Z"),
    ("il y a 2 jours", "2026-11-23T12:00:00Z"),
    ("hace 2 días", "2026-11-23T12:00:00Z"),
    ("20 mars 2026", "2026-03-20T00:00:00Z"),
    ("12.07.2026", "2026-07-12T00:00:00Z"),  # dotted dates are day first
    # a datetime object passes through
    (datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone(timedelta(hours=1))), "2026-01-02T02:04:05Z"),
    (date(2026, 1, 2), "2026-01-02T00:00:00Z"),
])
def test_to_utc_iso(value, expected):
    assert to_utc_iso(value, now=NOW) == expected


@pytest.mark.parametrize("value", [
    "0000-01-01", "0001-01-01T00:00:00Z", "9999-12-31", "1970-01-01T00:00:00Z", "1989-12-31",
    "2032-01-01",  # more than five years after now
    "2026-02-30", "2026-07-15T25:00:00", "20261399",
    0, -5, 1e20, float("nan"), float("inf"), "-1",
    "garbage", "", "   ", "\x00", None, True, False, [2026], {"date": "2026-01-01"}, b"2026-01-01",
    "x" * 1_000_000,
])
def test_absurd_or_unreadable_dates_are_none(value):
    assert to_utc_iso(value, now=NOW) is None


def test_naive_times_take_the_sources_zone_when_it_says_one():
    berlin = timezone(timedelta(hours=2))
    assert to_utc_iso("2026-07-15 10:00:00", now=NOW, default_tz=berlin) == "2026-07-15T08:00:00Z"
    assert to_utc_iso("2026-07-15T10:00:00Z", now=NOW, default_tz=berlin) == "2026-07-15T10:00:00Z"


def test_relative_dates_depend_only_on_the_given_now():
    other_now = datetime(2020, 1, 10, tzinfo=timezone.utc)
    assert to_utc_iso("2 days ago", now=other_now) == "2020-01-08T00:00:00Z"
    assert plausible_datetime("yesterday", now=other_now) == datetime(2020, 1, 9, tzinfo=timezone.utc)
