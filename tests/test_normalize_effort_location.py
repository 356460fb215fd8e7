"""normalize.effort and normalize.location: table-driven; NULL is better than a wrong guess."""
from datetime import datetime, timezone

import pytest

from normalize.effort import effort_from_text
from normalize.location import country_code, country_of, remote_mode

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("text,hours,per_week,days", [
    ("about 10-15 hours", (10, 15), None, None),
    ("$20/hr for ~15 hours", (15, 15), None, None),
    ("2–3 weeks at ~10 hrs/week", (20, 30), 10, 21),
    ("a 4-week micro-internship, 20 hours total", (20, 20), None, 28),
    ("Proofread it (30 minutes of work)", (0.5, 0.5), None, None),
    ("10-20 mins work per task", (0.17, 0.33), None, None),
    ("Reddit VA – 1 post/day (10–20 mins work) – $15/hour", (None, None), None, None),  # recurring, no total
    ("40 hours per week", (None, None), 40, None),
    ("Part-time, 10-20 hours per week for 3 months", (192.9, 192.9), 15, 90),
    ("Support 24 hours a day", (None, None), None, None),
    ("respond within 48 hours", (None, None), None, None),
    ("5+ years of experience", (None, None), None, None),
    ("one-off task", (None, None), None, None),
    ("etwa 12 Stunden Aufwand", (12, 12), None, None),
    ("", (None, None), None, None),
])
def test_effort(text, hours, per_week, days):
    effort = effort_from_text(text, posted=NOW, now=NOW)
    assert (effort.hours_min, effort.hours_max) == hours
    assert effort.hours_per_week == per_week and effort.duration_days == days


@pytest.mark.parametrize("text,due,expires", [
    ("deliver by March 3", "2027-03-03T00:00:00Z", None),  # the next March 3 after posting
    ("Deadline: December 10", "2026-12-10T00:00:00Z", None),
    ("apply by Friday", None, "2026-11-27T00:00:00Z"),
    ("due by 2020-01-01", None, None),  # before posting: not believed
])
def test_deadlines_relative_to_posting(text, due, expires):
    effort = effort_from_text(text, posted=NOW, now=NOW)
    assert (effort.due_at, effort.expires_at) == (due, expires)


@pytest.mark.parametrize("remote_raw,location,mode,country", [
    (None, "Remote (US only)", "remote", "US"),
    (None, "Anywhere", "remote", None),
    (None, "Worldwide", "remote", None),
    (None, "Hybrid - Berlin, Deutschland", "hybrid", "DE"),
    (None, "Pittsburgh, PA", None, "US"),
    (None, "New York, NY", None, "US"),
    (None, "London, UK", None, "GB"),
    (None, "USA", None, "US"),
    (None, "LATAM, Europe", None, None),
    (None, "Canada,  USA", None, None),  # two countries: NULL
    (None, "Adelaide, Adelaide, South Australia, Australia", None, "AU"),
    ("OnSite", "Dublin, Ireland", "onsite", "IE"),
    ("remote", "Americas, Europe, Asia, Africa, Oceania", "remote", None),
    (True, None, "remote", None),
    (False, "Berlin", "onsite", None),
    ("Hybrid", None, "hybrid", None),
    (None, "Join us remotely", "remote", None),
    (None, "Wilmington, DE (Onsite)", "onsite", "US"),
    (None, None, None, None),
])
def test_remote_and_country(remote_raw, location, mode, country):
    assert remote_mode(remote_raw, location) == mode
    assert country_of(None, location) == country


@pytest.mark.parametrize("value,expected", [
    ("US", "US"), ("us", "US"), ("USA", "US"), ("DEU", "DE"), ("Germany", "DE"), ("United Kingdom", "GB"),
    ("UK", "GB"), ({"@type": "Country", "name": "AU"}, "AU"), ("Narnia", None), (None, None), (7, None),
])
def test_country_codes(value, expected):
    assert country_code(value) == expected


def test_country_field_wins_and_source_default_is_last():
    assert country_of("fr", "Remote (US only)") == "FR"
    assert country_of(None, "Somewhere nice", default_country="DE") == "DE"
    assert country_of(["US", "CA"], None) is None
