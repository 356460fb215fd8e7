"""normalize.location: remote/hybrid/onsite and one ISO country; NULL for worldwide, several or unknown."""
import time

import pytest

from normalize.location import country_code, country_of, remote_mode


@pytest.mark.parametrize("location,mode,country", [
    # the brief's cases
    ("Remote (US only)", "remote", "US"),
    ("Anywhere", "remote", None),
    ("Worldwide", "remote", None),
    ("Hybrid - Berlin", "hybrid", None),
    ("Hybrid - Berlin, Deutschland", "hybrid", "DE"),
    ("Pittsburgh, PA", None, "US"),
    # real location strings: Ashby, Lever, Greenhouse, Remotive, Remote OK, SmartRecruiters, Pinpoint
    ("Remote (Canada)", "remote", "CA"),
    ("Remote (USA)", "remote", "US"),
    ("New York, NY (HQ)", None, "US"),
    ("San Francisco, CA", None, "US"),
    ("Toronto, Ontario", None, "CA"),
    ("Washington, D.C.", None, "US"),
    ("Seoul, South Korea", None, "KR"),
    ("Bengaluru, Karnataka, India", None, "IN"),
    ("München, Germany", None, "DE"),
    ("New York, New York, United States", None, "US"),
    ("Berlin; London; Munich; Paris", None, None),  # several countries
    ("China - Remote", "remote", "CN"),
    ("Japan - Remote", "remote", "JP"),
    ("Americas, Europe, Asia, Africa, Oceania", None, None),
    ("Americas, Europe, Israel", None, None),  # a region besides a country: several
    ("LATAM, Europe, Central America", None, None),
    ("USA", None, "US"),
    ("Adelaide, Adelaide, South Australia, Australia", None, "AU"),
    ("Austin, Austin, Texas, United States", None, "US"),
    ("Enterprise, ", None, None),
    ("Dublin, , Ireland", None, "IE"),
    ("Austin, TEXAS, United States", None, "US"),
    ("Utrecht, Utrecht, Netherlands", None, "NL"),
    ("Bagdad, AZ USA 86321", None, "US"),
    ("Global", None, None),
    # aliases, codes, states, several countries
    ("London, UK", None, "GB"),
    ("New York, NY", None, "US"),
    ("Jersey City, NJ", None, "US"),  # not Jersey
    ("Victoria, BC", None, "CA"),
    ("New South Wales, Australia", None, "AU"),  # not Wales
    ("Canada,  USA", None, None),
    ("US or Canada", None, None),
    ("Remote - US & Canada", "remote", None),
    ("Remote, US (EST)", "remote", "US"),  # EST is a time zone, not Estonia
    ("Anywhere in the US", "remote", "US"),
    ("Anywhere in the world", "remote", None),
    ("Remote (Worldwide)", "remote", None),
    ("Remote, EU", "remote", None),
    ("Remote in India", "remote", "IN"),
    ("remote US", "remote", "US"),
    ("Remote - U.S.", "remote", "US"),
    ("United States of America", None, "US"),
    ("São Paulo, Brasil", None, "BR"),
    ("Zürich, Schweiz", None, "CH"),
    ("Georgia", None, None),  # the country or the US state: unknown
    ("On-site: Lagos, Nigeria", "onsite", "NG"),
    ("Wilmington, DE (Onsite)", "onsite", "US"),
    ("Join us remotely", "remote", None),
    ("Télétravail, France", "remote", "FR"),
    ("Hybrid (London)", "hybrid", None),
    ("Narnia", None, None),
    ("", None, None),
    (None, None, None),
])
def test_remote_and_country_from_location_text(location, mode, country):
    assert remote_mode(None, location) == mode
    assert country_of(None, location) == country


@pytest.mark.parametrize("remote_raw,location,mode", [
    (True, None, "remote"), (True, "Berlin", "remote"), (False, "Berlin", "onsite"), (False, None, None),
    ("Remote", None, "remote"), ("OnSite", "Dublin, Ireland", "onsite"), ("Hybrid", None, "hybrid"),  # Ashby workplaceType
    ("remote", None, "remote"), ("onsite", None, "onsite"), ("hybrid", None, "hybrid"),  # Lever workplaceType
    ("On-site", None, "onsite"),  # Breezy
    ("telecommuting", None, "remote"), ("TELECOMMUTE", None, "remote"), (["TELECOMMUTE"], None, "remote"),  # schema.org
    ("remote_anywhere", None, "remote"), ("remote_countries", None, "remote"),  # Torre
    ("remote", "Hybrid - Berlin", "hybrid"),
    ("yes", None, None), (1, None, None), ({"remote": True}, None, None), (float("nan"), None, None),
])
def test_remote_from_the_sites_own_value(remote_raw, location, mode):
    assert remote_mode(remote_raw, location) == mode


@pytest.mark.parametrize("value,expected", [
    ("US", "US"), ("us", "US"), ("USA", "US"), ("DEU", "DE"), ("Germany", "DE"), ("United Kingdom", "GB"),
    ("UK", "GB"), ("United States", "US"), ("Deutschland", "DE"), ("Netherlands", "NL"), ("ie", "IE"),
    ({"@type": "Country", "name": "AU"}, "AU"), ({"name": "United States", "id": "US"}, "US"),
    ("Narnia", None), ("", None), ("  ", None), (None, None), (7, None), (["US"], None), ("X" * 10_000, None),
])
def test_country_codes(value, expected):
    assert country_code(value) == expected


def test_country_field_wins_then_location_then_source_default():
    assert country_of("fr", "Remote (US only)") == "FR"
    assert country_of("Netherlands", None) == "NL"  # Recruitee country
    assert country_of(None, "Somewhere nice", default_country="DE") == "DE"
    assert country_of(None, "Worldwide", default_country="DE") is None  # stated worldwide beats the default
    assert country_of(["US", "CA"], None) is None
    assert country_of(["Germany"], None) == "DE"
    assert country_of("Narnia", "Paris, France") == "FR"


def test_megabyte_locations_are_not_hung():
    started = time.perf_counter()
    for big in ("Remote, " * 125_000, "A" * 1_000_000, ", " * 500_000, "(" * 1_000_000):
        remote_mode(big, big)
        country_of(big, big)
    assert time.perf_counter() - started < 20
