"""normalize.location: remote/hybrid/onsite and one ISO country; NULL for worldwide, several or unknown."""
import time

import pytest

from normalize.location import (country_code, countries_in, country_of, is_place, labelled_place, mode_in_text, place_in_title, place_in_words,
                                remote_mode, remote_said, residence_place, workplace_place)


@pytest.mark.parametrize("location,mode,country", [
    # the brief's cases
    ("Remote (US only)", "remote", "US"),
    ("Anywhere", "remote", None),
    ("Worldwide", "remote", None),
    ("Hybrid - Berlin", "hybrid", "DE"),  # a known city
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
    ("Hybrid (London)", "hybrid", "GB"),
    # free text as people type it: cities, metro areas, "City, ST"; an ambiguous name alone says nothing
    ("Remote - US", "remote", "US"),
    ("US-only remote", "remote", "US"),
    ("Remote (EU)", "remote", None),  # the EU is no country
    ("NYC", None, "US"),
    ("SF Bay Area", None, "US"),
    ("San Francisco", None, "US"),
    ("Austin, TX", None, "US"),
    ("Chicago, IL", None, "US"),
    ("London", None, "GB"),
    ("Berlin", None, "DE"),
    ("Toronto, ON", None, "CA"),
    ("Bangalore", None, "IN"),
    ("Bengaluru", None, "IN"),
    ("Dortmund", None, "DE"),
    ("Campinas, SP", None, "BR"),
    ("Cologne", None, "DE"),
    ("Wroclaw", None, "PL"), ("Lodz", None, "PL"), ("Malmo", None, "SE"), ("Sao Paulo", None, "BR"),  # typed without accents
    ("Munich, Berlin", None, "DE"),
    ("Greater Chicago Area", None, "US"),
    ("Melbourne C B D, Melbourne C B D", None, "AU"),  # a real Jobadder location
    ("杭州", None, "CN"),
    ("海外", None, None),  # "overseas" (a real eleduck location)
    ("其他", None, None),  # "other"
    ("Paris, TX", None, "US"),  # the state decides
    ("London, ON", None, "CA"),
    ("Cambridge, MA", None, "US"),
    ("Cambridge, UK", None, "GB"),
    ("Cambridge", None, None),  # England or Massachusetts
    ("Halifax", None, None),  # Nova Scotia or Yorkshire (a real Workday location says "Halifax, England")
    ("San Jose", None, None),  # California or Costa Rica
    ("Atlanta, Georgia", None, "US"),
    ("Tbilisi, Georgia", None, "GE"),  # the city tells which Georgia
    ("Dublin, CA", None, "US"),  # California, not Canada
    ("Wilmington, DE (Onsite)", "onsite", "US"),  # a town we do not know, before a state code
    ("New York, NY; London, UK", None, None),  # two places
    ("Berlin, London", None, None),
    ("Edmonton International Airport, Alberta", None, "CA"),  # "International" here is no "worldwide"
    # the remote value, conservatively
    ("Hybrid - London", "hybrid", "GB"),
    ("On-site in Austin", "onsite", "US"),
    ("Onsite in NYC", "onsite", "US"),
    ("3 days in office, London", "hybrid", "GB"),
    ("2x/week onsite", "hybrid", None),
    ("Remote-friendly", None, None),  # remote allowed, not promised
    ("Berlin (remote possible)", None, "DE"),
    ("Onsite, remote-friendly", None, None),
    ("No remote, onsite in Munich", "onsite", "DE"),
    ("Not remote", None, None),
    ("Virtual", "remote", None),
    ("Virtual Reality Lab, Boston", None, "US"),
    ("Within commuting distance of Austin", None, "US"),  # no "distance" work
    ("Travail à distance", "remote", None),
    ("Remote Sensing Analyst", None, None),  # a field of work, not a place
    ("Remote-control toy tester, Austin, TX", None, "US"),
    ("Narnia", None, None),
    # a code that is the city's own country, not a state or province of the same letters
    ("Amsterdam, NL", None, "NL"), ("Berlin, DE", None, "DE"), ("Toronto, CA", None, "CA"),
    ("Wilmington, DE", None, "US"), ("St. John's, NL", None, "CA"), ("Los Angeles, CA", None, "US"),
    ("Bay Area, CA (in-office 3 days)", "hybrid", "US"), ("Onsite 5 days", "onsite", None),
    ("Tokyo, JP", None, "JP"),
    ("NYC, Northern Virginia", None, "US"), ("Southern California", None, "US"), ("Northern Ireland", None, "GB"),
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


@pytest.mark.parametrize("title,place,country", [
    # real titles (../shared/realworld): a place in a part of its own is taken, one inside running words is not
    ("[Hiring] Databricks Engineer (PySpark, ETL Modernization) – Wilmington, DE (Onsite) – $60/hr W2",
     "Wilmington, DE (Onsite)", "US"),
    ("[HIRING] Part-time remote support role (US/EU, flexible time)", None, None),
    ("[HIRING]  Reddit VA – 1 post/day (10–20 mins work) – $15/hour", None, None),
    ("Senior Solutions Engineer (SE) – Sweden (Remote)", "Sweden (Remote)", "SE"),
    ("Physics Expert - Fully Remote | Upto $135/hr", "Fully Remote", None),
    ("Marketing Operations Manager (m/w/d) | 100 % Remote", "100 % Remote", None),
    ("Steuerberater (m/w/d) in Oftersheim, auf Wunsch mit Partnerperspektive", None, None),
    ("Customer Success Manager - Global Public Sector (State, Local)", None, None),
    ("Chef/2 Year Visa/ Outback Experience", None, None),
    ("Account Executive DACH", None, None),
    # the thread conventions
    ("[Hiring] Warehouse Associate | Dallas, TX", "Dallas, TX", "US"),
    ("Paid Marketing Intern (10 weeks, 20 h/week) | New York, NY", "New York, NY", "US"),
    ("[Hiring] Full Stack Engineer | Remote (US)", "Remote (US)", "US"),
    ("DevOps Engineer (contract, 3 months) | Remote EU", "Remote EU", None),
    ("Junior Frontend Developer, full-time, remote (US)", "remote (US)", "US"),
    ("[Hiring] Video editor (Remote, US only) - $20/hr", "Remote, US only", "US"),
    ("[Hiring][Remote] Designer", "Remote", None),
    ("[Hiring] Tutor - Berlin", "Berlin", "DE"),
    ("[Hiring] Graphic Designer - Austin, TX or Remote", "Austin, TX or Remote", "US"),
    ("[Hiring] Web developer | Oftersheim, Germany", "Oftersheim, Germany", "DE"),  # a part of its own: any town
    ("Sales Rep – New York City – $20/hr", "New York City", "US"),
    ("Acme, Inc. / Software Engineer / San Francisco, CA / Onsite", "San Francisco, CA, Onsite", "US"),
    ("[Hiring] Logo Designer, US", "US", "US"),
    # places that are the subject, not where the work is; words that are not places
    ("Find 50 dog groomers in Austin with email addresses", None, None),
    ("Email list of 300 dentists in Florida", None, None),
    ("Part-time customer support agent (20 h/week, US hours)", None, None),
    ("Translate website from English to Spanish", None, None),
    ("Virtual Reality Developer", None, None),
    ("[Hiring] Logo for a coffee cart - $100 (fixed)", None, None),
    ("", None, None), (None, None, None), (42, None, None),
])
def test_place_in_a_title(title, place, country):
    assert place_in_title(title) == place
    assert (country_of(None, place) if place else None) == country


@pytest.mark.parametrize("text,expected", [
    ("Remote (US only)", True), ("NYC or REMOTE", True), ("New York, NY, Onsite", True), ("Utrecht, The Netherlands", True),
    ("REMOTE (worldwide)", True), ("Remote (UTC+3)", True), ("EU time zones", True), ("Bagdad, AZ USA 86321", True),
    ("Full-time", False), ("Senior Software Engineer, Frontend", False), ("$150k", False), ("US hours", False),
    ("Python, Go", False), ("Help us build", False), ("Logo Designer, Germany", False), ("", False), (None, False),
    ("x" * 101, False),
])
def test_is_place(text, expected):
    assert is_place(text) is expected


def test_a_town_before_a_country_only_when_the_text_stands_apart():
    assert is_place("Oftersheim, Germany", towns=True) and not is_place("Oftersheim, Germany")


def test_megabyte_titles_are_not_hung():
    started = time.perf_counter()
    for big in ("Remote | " * 100_000, "(" * 1_000_000, "[Hiring] " + "Austin, TX - " * 100_000, "a, " * 500_000):
        place_in_title(big)
        is_place(big[:100])
        labelled_place(big)
    labelled_place("Location: " * 200_000)
    labelled_place("**Location:** " + " " * 1_000_000 + "x")
    assert time.perf_counter() - started < 5


@pytest.mark.parametrize("body,place", [
    ("We’re looking for an experienced **Databricks Engineer**.\n\n**Location:** Wilmington, DE (5 days onsite)  \n"
     "**Type:** Contract (W2)", "Wilmington, DE (5 days onsite)"),  # a real r/forhire post
    ("Job Location: Remote (US only)\nPay: $25/hr", "Remote (US only)"),
    ("📍 Location: London", "London"),
    ("**Location**: Austin, TX", "Austin, TX"),
    ("Standort: Berlin", "Berlin"),
    ("Location: we'll discuss on a call", None),  # says no place
    ("Where: our Discord server", None),
    ("Relocation: not needed", None),
    ("Tell me your location: it helps", None),  # not a label at the start of a line
    ("Location:\nBerlin", None),
    ("", None), (None, None),
])
def test_a_location_line(body, place):
    assert labelled_place(body) == place


@pytest.mark.parametrize("text,mode", [("远程", "remote"), ("全职远程 / 杭州", "remote"), ("遠程工作", "remote"),
                                       ("混合办公，北京", "hybrid"), ("上海 驻场", "onsite"), ("北京", None)])
def test_remote_said_in_chinese(text, mode):
    assert mode_in_text(text) == mode


@pytest.mark.parametrize("text,country", [
    ("Only freelancers located in the United States may apply.", "US"),
    ("CaseLight is looking for a U.S.-based developer for a 20% equity partnership.", "US"),
    ("US residents only, please.", "US"),
    ("You must be based in Canada.", "CA"),
    ("Only freelancers located in United Kingdom may apply.", "GB"),
    ("We are based in London and Berlin.", None),  # where the company is, not where the worker must live
    ("Ideal for people living in the area.", None),
])
def test_where_the_worker_must_live(text, country):
    from normalize.location import residence_place

    place = residence_place(text)
    assert (country_of(None, place) if place else None) == country


@pytest.mark.parametrize("body,remote", [
    ("This is a fully remote position.", "remote"),
    ("We are based in London but the role is remote.", "remote"),
    ("100% remote, any timezone.", "remote"),
    ("You can work from home.", "remote"),
    ("Location - Remote", None),  # read as a location line, not a sentence
    ("We build tools for remote teams.", None),  # a product, not the work
    ("Paid survey about remote work.", None),  # the subject
    ("Not remote. This is a remote position in name only.", None),  # said and unsaid: no claim
])
def test_remote_said_in_a_sentence(body, remote):
    assert remote_said(body) == remote


@pytest.mark.parametrize("text,country", [
    ("Must be US based.", "US"), ("USA only!", "US"), ("Canada only.", "CA"),
    ("Only accepting applicants from the US.", "US"), ("Remote, but you must be in the UK.", "GB"),
    ("Fully remote. Applicants must reside in Australia.", "AU"),
    ("English only.", None), ("Candidates from India preferred", None),  # a language; a preference
])
def test_where_the_worker_must_live_said_briefly(text, country):
    place = residence_place(text)
    assert (country_of(None, place) if place else None) == country


@pytest.mark.parametrize("title,place", [
    ("Female Model Wanted for 1 -2 Day Music Video in Boston", "Boston"),
    ("Photographer needed in Brooklyn, NY - $200", "Brooklyn, NY"),
    ("Find 50 dog groomers in Austin with email addresses", None),  # the market a data task is about
    ("Email list of 300 dentists in Florida", None),
    ("Designer in New York or London", None),  # one of several
    ("Software Engineer in Test", None), ("Internship in Marketing", None),
])
def test_a_place_the_titles_words_put_the_work_in(title, place):
    assert place_in_words(title) == place


@pytest.mark.parametrize("text,place", [
    ("Our office is located in Alameda, CA, so the right person must be local.", "Alameda, CA"),
    ("We are a studio based in Berlin.", "Berlin"),
    ("I am in the process of starting a shop.", None),
])
def test_where_the_workplace_is(text, place):
    assert workplace_place(text) == place


@pytest.mark.parametrize("text,mode", [
    ("Full time WFO, NO HYBRID, NO WFH", "onsite"),  # ways of working ruled out are not said of the work
    ("Hybrid, not remote", "hybrid"),
    ("Remote, no hybrid", "remote"),
])
def test_denied_ways_of_working_are_not_the_mode(text, mode):
    assert mode_in_text(text) == mode


@pytest.mark.parametrize("body,remote", [
    ("Terms:\n- Remote, flexible, your own hours — milestones, not schedules", "remote"),
    ("Hi\n🇨🇦 Canada Based - Remote (Preference for Atlantic Canada)", "remote"),
    ("Remote work is the future, and our tool helps.", None),  # the subject
    ("This is a contract-based, full-time onsite opportunity.", "onsite"),
    ("Full time WFO, NO HYBRID, NO WFH", "onsite"),
    ("Mostly remote, occasional onsite visits.", None),  # onsite said, but remote too: no claim of onsite
])
def test_how_the_work_is_done_said_in_the_body(body, remote):
    assert remote_said(body) == remote


def test_where_the_worker_must_be_and_where_the_employer_is():
    assert residence_place("Hello\n🇨🇦 Canada Based - Remote") == "Canada"
    assert residence_place("We are a Berlin-based, fast-growing startup.") is None  # the company, not the worker
    assert countries_in(residence_place("You must have the right to work in the UK.") or "") == {"GB"}
    assert workplace_place("You will work onsite at Hangzhou, China.") == "Hangzhou, China"
    assert workplace_place("Bangalore based startup, Full time WFO") == "Bangalore"
    assert workplace_place("We are a fast-growing Lisbon-based design studio.") == "Lisbon"
