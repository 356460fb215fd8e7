"""normalize.classify and normalize.effort: what kind of work, how much of it; NULL beats a wrong guess."""
import time
from datetime import datetime, timezone

import pytest

from normalize.classify import (employment_type, engagement, entry_level, micro_reasons, occupation, safety_flags,
                                skills)
from normalize.effort import effort_from_text

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("value,expected", [
    ("full_time", "FULL_TIME"), ("Full-Time", "FULL_TIME"), ("FullTime", "FULL_TIME"), ("Full Time", "FULL_TIME"),
    ("contract", "CONTRACTOR"), ("Contract", "CONTRACTOR"), ("Contractor", "CONTRACTOR"), ("freelance", "CONTRACTOR"),
    ("contract_to_hire", "CONTRACTOR"), ("internship", "INTERN"), ("Intern", "INTERN"), ("part time", "PART_TIME"),
    ("Part-Time", "PART_TIME"), (["full time"], "FULL_TIME"), (["Full-Time"], "FULL_TIME"), (["Contract"], "CONTRACTOR"),
    (["FULL_TIME", "CONTRACTOR"], "CONTRACTOR"), ("fulltime_permanent", "FULL_TIME"), ("fulltime_fixed_term", "TEMPORARY"),
    ("Permanent", "FULL_TIME"), ("full-time-employment", "FULL_TIME"), ("Temporary", "TEMPORARY"), ("Seasonal", "TEMPORARY"),
    ("per diem", "PER_DIEM"), ("volunteer", "VOLUNTEER"), ("Other", "OTHER"), ("Vollzeit", "FULL_TIME"),
    ("Teilzeit", "PART_TIME"), ("Werkstudent", "INTERN"),
    ({"id": "permanent", "label": "Full-time"}, "FULL_TIME"),  # SmartRecruiters typeOfEmployment
    ({"id": "contractor", "name": "Contractor"}, "CONTRACTOR"),  # Pinpoint
    ("", None), (None, None), (42, None), (float("nan"), None), ("banana", None), ([None, 3], None),
])
def test_employment_types(value, expected):
    assert employment_type(value) == expected


@pytest.mark.parametrize("title, expected", [
    ("Senior Solution Consultant", None),  # a role, not a contract (a full-time Remote OK job)
    ("Management Consultant", None),
    ("SAP Consultant (Contract)", "CONTRACTOR"),
    ("Freelance marketing consultant", "CONTRACTOR"),
    ("Independent Consultant", "CONTRACTOR"),
    ("Java Developer - C2C", "CONTRACTOR"),
    ("Data Engineer | Corp-to-Corp", "CONTRACTOR"),
    ("Tax preparer (1099)", "CONTRACTOR"),
])
def test_a_consultant_title_is_a_role_and_contract_words_say_contract(title, expected):
    assert employment_type(None, title=title) == expected


def test_employment_type_from_the_title_only_when_the_site_gives_none():
    assert employment_type(None, title="Part-time remote support role") == "PART_TIME"
    assert employment_type("full_time", title="Freelance logo") == "FULL_TIME"


@pytest.mark.parametrize("employment,unit,text,marketplace,expected", [
    (None, None, "A 2-week micro-internship with a startup", False, "micro_internship"),
    (None, "project", "Logo for a bakery", False, "project"),
    (None, None, "One-off task: clean a spreadsheet", False, "project"),
    (None, None, "[TASK] Transcribe a 5 minute clip", False, "gig"),
    (None, None, "Freelance project: landing page", False, "project"),
    (None, None, "Quick gig: test our app", False, "gig"),
    ("INTERN", None, "Summer internship", False, "internship"),
    ("PART_TIME", "hour", "Support role", False, "part_time"),
    ("CONTRACTOR", "hour", "Contract role", False, "contract"),
    ("TEMPORARY", None, "", False, "temporary"),
    ("FULL_TIME", "year", "Engineer", False, "full_time"),
    (None, None, "Anything", True, "project"),
    (None, None, "Small gig seekers are not a fit", False, None),  # real Remotive "Not a Fit" list
    (None, None, "Anything", False, None),
])
def test_engagement(employment, unit, text, marketplace, expected):
    assert engagement(employment, pay_unit=unit, text=text, is_marketplace=marketplace) == expected


def micro(**kwargs):
    base = dict(is_paid=1, employment=None, engagement_value=None, hours_max=None, duration_days=None,
                hours_per_week=None, pay_unit=None, project_fee_usd=None, is_marketplace=False, text="")
    base.update(kwargs)
    return micro_reasons(**base)


@pytest.mark.parametrize("kwargs,expected", [
    ({"hours_max": 12}, ["hours_max<=40"]),
    ({"hours_max": 41}, []),
    ({"duration_days": 28, "hours_per_week": 10}, ["duration<=8w_part_time"]),
    ({"duration_days": 28, "hours_per_week": 40}, []),
    ({"duration_days": 90, "employment": "PART_TIME"}, []),
    ({"pay_unit": "project", "project_fee_usd": 300}, ["project_fee_usd<=5000"]),
    ({"pay_unit": "project", "project_fee_usd": 9000}, []),
    ({"pay_unit": "project", "project_fee_usd": None}, []),  # currency unknown: no USD comparison
    ({"is_marketplace": True}, ["source=marketplace"]),
    ({"text": "A paid micro-internship"}, ["says:micro-internship"]),
    ({"text": "Freelance project, remote"}, ["says:freelance-project"]),
    ({"text": "one-off task"}, ["says:one-off"]),
    ({"text": "[TASK] Transcribe a 5 minute clip"}, ["says:task"]),
    ({"text": "We are part of the gig economy"}, []),
    ({"is_paid": 0, "hours_max": 5, "is_marketplace": True}, []),  # unpaid is never micro
    ({"is_paid": None, "hours_max": 5}, ["hours_max<=40"]),  # unknown pay is not "unpaid"
    ({"employment": "FULL_TIME", "hours_max": 5}, []),  # full-time permanent: never
    ({"engagement_value": "full_time", "is_marketplace": True}, []),
])
def test_micro_rule(kwargs, expected):
    assert micro(**kwargs) == expected


@pytest.mark.parametrize("title,text,employment,expected", [
    ("Marketing Intern", "", None, 1),
    ("Werkstudent Marketing (m/w/d)", "", None, 1),
    ("Junior copywriter", "", None, 1),
    ("Data entry", "No experience needed, students welcome", None, 1),
    ("Logo", "", "INTERN", 1),
    ("Senior Graphic Designer", "", None, 0),
    ("Head of Engineering", "", None, 0),
    ("Staff Engineer", "", None, 0),
    ("Graphic Designer", "", None, None),
    ("", "", None, None),
])
def test_entry_level(title, text, employment, expected):
    assert entry_level(title=title, text=text, employment=employment) == expected


@pytest.mark.parametrize("title,tags,text,expected", [
    ("Senior Graphic Designer", "", "", "creative_multimedia"),
    ("Freelance copywriter", "", "", "writing_translation"),
    ("Data entry clerk", "", "", "clerical_data_entry"),
    ("Data Labeling Specialists", "", "", "clerical_data_entry"),  # real Remotive title
    ("SEO specialist", "", "", "sales_marketing"),
    ("Bookkeeper", "", "", "professional_services"),
    ("Python developer", "", "", "software_dev_tech"),
    ("Australian English Voice Actor Adelaide", "", "", "creative_multimedia"),  # real Remote OK title
    ("Graphic designer", " | ".join(["python", "java", "react", "php", "node.js", "golang", "ios", "android", "rust",
                                     "sql", "aws"]), "", "creative_multimedia"),  # padded tags say nothing
    ("Something else", "", "", None),
    ("Helper", "", "We mention design once.", None),  # one passing word is not enough
])
def test_occupation(title, tags, text, expected):
    assert occupation(title=title, tags=tags, text=text) == expected


def test_skills_use_aliases_and_short_aliases_only_in_title_or_tags():
    assert "JavaScript" in skills(title="Fix a JS bug", tags="", text="")
    assert "JavaScript" not in skills(title="Writer", tags="", text="Send us your js files")
    assert "Virtual Assistance" not in skills(title="Writer", tags="", text="Our office is in Richmond, VA.")
    assert skills(title="React and Node.js developer", tags="", text="")[:2] == ["Node.js", "React"]
    assert skills(title="React Native developer", tags="", text="") == ["React Native"]  # the longer alias wins
    assert "C#" in skills(title="C# / .NET developer", tags="", text="")
    assert skills(title="", tags="", text="") == []


@pytest.mark.parametrize("text,expected", [
    ("Send your portfolio by email.", []),
    ("Send your CV to hr@company.com", []),
    ("You consent to being contacted by our Talent Acquisition team via phone call, email, SMS, WhatsApp, or other "
     "communication channels", []),  # real Greenhouse privacy notice
    ("We use Slack, Skype and Zoom internally", []),
    ("A signal processing engineer; contact hr", []),
    ("Contact us on Telegram only.", ["scam_signals", "offsite_contact"]),
    ("Message me on WhatsApp +1 555 0100", ["offsite_contact"]),
    ("Telegram: @jobsguy", ["offsite_contact"]),
    ("Reach me at jobs.hr@gmail.com", ["offsite_contact"]),
    ("Apply at t.me/quickjobs", ["offsite_contact"]),
    ("Pay a registration fee to apply", ["scam_signals"]),
    ("You will deposit a check and send the rest back.", ["scam_signals"]),
    ("Crypto investment with guaranteed returns", ["scam_signals"]),
])
def test_safety_flags_need_real_signals(text, expected):
    assert safety_flags(text) == expected


@pytest.mark.parametrize("text,hours,per_week,days", [
    ("about 10-15 hours", (10, 15), None, None),
    ("~20 hrs", (20, 20), None, None),
    ("$20/hr for ~15 hours", (15, 15), None, None),
    ("2-3 weeks at ~10 hrs/week", (20, 30), 10, 21),
    ("2–3 weeks at ~10 hrs/week", (20, 30), 10, 21),
    ("a 4-week micro-internship, 20 hours total", (20, 20), None, 28),
    ("Proofread it (30 minutes of work)", (0.5, 0.5), None, None),
    ("10-20 mins work per task", (0.17, 0.33), None, None),
    # real Reddit posts: recurring work has no total
    ("Reddit VA – 1 post/day (10–20 mins work) – $15/hour", (None, None), None, None),
    ("[HIRING]Pay $350 every month | only 1hr/day, 15$/hr", (None, None), None, None),
    ("Role details: \\~8–15 hours per month Fully remote", (None, None), None, None),
    ("40 hours per week", (None, None), 40, None),
    ("Part-time, 10-20 hours per week for 3 months", (192.9, 192.9), 15, 90),
    ("Support 24 hours a day", (None, None), None, None),
    ("respond within 48 hours", (None, None), None, None),
    ("5+ years of experience", (None, None), None, None),
    ("one-off task", (None, None), None, None),
    ("etwa 12 Stunden Aufwand", (12, 12), None, None),
    ("100 hours per week", (None, None), None, None),  # not believable
    ("", (None, None), None, None),
    (None, (None, None), None, None),
])
def test_effort(text, hours, per_week, days):
    effort = effort_from_text(text, posted=NOW, now=NOW)
    assert (effort.hours_min, effort.hours_max) == hours
    assert effort.hours_per_week == per_week and effort.duration_days == days


@pytest.mark.parametrize("text,due,expires", [
    ("deliver by March 3", "2027-03-03T00:00:00Z", None),  # the next March 3 after posting
    ("Deadline: December 10", "2026-12-10T00:00:00Z", None),
    ("Needs to be done by tomorrow", "2026-11-26T12:00:00Z", None),
    ("apply by Friday", None, "2026-11-27T00:00:00Z"),
    ("due by 2020-01-01", None, None),  # before posting: not believed
    ("deadline: banana", None, None),
])
def test_deadlines_relative_to_posting(text, due, expires):
    effort = effort_from_text(text, posted=NOW, now=NOW)
    assert (effort.due_at, effort.expires_at) == (due, expires)


@pytest.mark.parametrize("big", ["1" * 1_000_000, "1." * 500_000, "1-" * 500_000, "10 hours " * 110_000,
                                 "gig " * 250_000, "telegram " * 110_000, "a@" * 500_000])
def test_megabyte_text_is_not_hung(big):
    started = time.perf_counter()
    effort_from_text(big, posted=NOW, now=NOW)
    safety_flags(big[:30_000])
    skills(title=big[:500], tags="", text=big[:20_000])
    occupation(title=big[:500], tags="", text=big[:20_000])
    assert time.perf_counter() - started < 20


@pytest.mark.parametrize("text", [
    "Earn 5% returns daily trading USDT with our team. Join our Telegram group.",
    "Earn 3% profit per week, guaranteed by our bots.",
    "Earn 2% daily on your deposit.",
])
def test_promised_returns_per_day_or_week_are_scam_signals(text):
    assert "scam_signals" in safety_flags(text)


@pytest.mark.parametrize("text", [
    "Our analysts earn 5% more than the industry average.",
    "We returned 5% of revenue to charity last week.",
])
def test_percentages_that_promise_nothing_are_not(text):
    assert "scam_signals" not in safety_flags(text)


def test_alternatives_searched_apart_find_what_the_joined_pattern_finds():
    """effort.AnyOf: the leftmost match, the first alternative on a tie, groups numbered as in the joined pattern."""
    import random
    import re

    from normalize.effort import AnyOf

    parts = (r"for (\d+) (weeks?)", r"(\d+)-(week) (project)", r", (\d+) (weeks?)\b", r"(\d+) (weeks?)")
    joined = re.compile("|".join(parts))
    alternatives = AnyOf(*parts)
    words = ["for", "2", "10", "weeks", "week", "-", "project", ",", " ", "x"]
    rng = random.Random(3)
    for _ in range(3000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 9))).replace(" - ", "-")
        a, b = joined.search(text), alternatives.search(text)
        assert (a is None) == (b is None), text
        if a:
            assert (a.groups(), a.start(), a.end(), a.group(0)) == (b.groups(), b.start(), b.end(), b.group(0)), text


def test_effort_reads_upper_case_and_unicode_like_lower_case():
    """The effort patterns run on the folded text: capitals and İ/ı/ſ read as re.IGNORECASE reads them."""
    for text in ("ABOUT 10 HOURS OF WORK", "about 10 hours of work", "About 10 Hours Of Work"):
        assert (effort_from_text(text, posted=NOW, now=NOW).hours_max) == 10
    due = effort_from_text("deliver by friday", posted=NOW, now=NOW).due_at
    assert due is not None and effort_from_text("Deliver by FRIDAY", posted=NOW, now=NOW).due_at == due
    upper = effort_from_text("TWO WEEKS AT 10 HRS/WEEK", posted=NOW, now=NOW)
    assert (upper.hours_per_week, upper.duration_days, upper.hours_max) == (10, 14, 20)
