"""Realistic listings for the benchmarks: the whole schema, words with natural (Zipf) frequencies,
log-normal description lengths, a mix of sources, pay units, occupations and countries.

    rows = list(listings(100_000, seed=1))          # normalized rows in the schema's shape
    board = greenhouse_board(token, 100, seed=1)    # a Greenhouse board response, for crawl benchmarks

A listing may be a planted duplicate of an earlier one (same gig on another source, lightly reworded):
`duplicate_of` in its raw record names the original, which the dedupe benchmark scores against.
"""
from __future__ import annotations

import itertools
import json
import math
import random
import re
from datetime import datetime, timedelta, timezone

from db.schema import LISTING_COLUMNS

WORDS = re.findall(r"[a-z]+", """
the and to of a in for we you our with on is are this be will your as an at by work project help from or that
have data design content write need looking hours week remote paid team experience skills can video marketing
social media logo website app python excel research students students' clients brand copy edit translate english
spanish german french review report analysis customer support sales email campaign posts blog seo wordpress shopify
figma illustration animation audio podcast transcription spreadsheet entry cleanup survey interviews deck slides
fixed fee budget deadline deliver days weeks flexible part time contract freelance internship micro small task
quick one off ongoing portfolio junior student graduate beginner friendly training provided paypal invoice weekly
milestones feedback revisions files source format template brief goals audience tone style guide quality accuracy
""")
OCCUPATIONS = ["software_dev_tech", "creative_multimedia", "writing_translation", "clerical_data_entry",
               "sales_marketing", "professional_services"]
SOURCES = ["remotive", "remoteok", "greenhouse", "reddit", "lever", "freelancer", "upwork", "codeur", "hackernews",
           "ashby", "workable", "himalayas"]
COUNTRIES = ["US", "GB", "DE", "FR", "IN", "CA", "ES", "NL", "BR", None, None]
UNITS = [("hour", 15, 80), ("project", 100, 3000), ("month", 800, 5000), ("year", 40000, 150000), ("day", 100, 600)]
BASE = datetime(2026, 11, 25, tzinfo=timezone.utc)


def zipf_words(rng: random.Random, count: int) -> list[str]:
    # rank r is drawn with weight 1/r: a few words are everywhere, most are rare
    weights = [1 / (rank + 1) for rank in range(len(WORDS))]
    return rng.choices(WORDS, weights=weights, k=count)


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def listing(number: int, rng: random.Random) -> dict:
    source = SOURCES[number % len(SOURCES)]
    words = zipf_words(rng, max(12, int(rng.lognormvariate(4.6, 0.6))))  # ~100 words, long tail
    title_words = zipf_words(rng, rng.randint(3, 8))
    title = " ".join(title_words).capitalize()
    unit, low, high = rng.choice(UNITS)
    pay_min = round(rng.uniform(low, high), 0)
    pay_max = pay_min if rng.random() < 0.5 else round(pay_min * rng.uniform(1.1, 1.6), 0)
    hours = rng.choice([None, None, 5, 10, 15, 20, 30, 40])
    posted = BASE - timedelta(minutes=rng.randint(0, 60 * 24 * 60))
    micro = int(unit in ("hour", "project", "day") and (hours or 0) <= 40)
    hourly = pay_min if unit == "hour" else (round(pay_min / hours, 2) if unit == "project" and hours else None)
    row = {column: None for column in LISTING_COLUMNS}
    row.update({
        "id": f"{source}:{number}", "source": source, "source_id": str(number), "board": None,
        "url": f"https://example.org/{source}/jobs/{number}", "title": title,
        "company": f"Company {rng.randint(1, 20000)}", "description_text": " ".join(words).capitalize() + ".",
        "description_html": "<p>" + " ".join(words).capitalize() + ".</p>",
        "posted_at": iso(posted), "employment_type": "CONTRACTOR" if micro else "FULL_TIME",
        "engagement": "project" if micro else "full_time", "pay_min": pay_min, "pay_max": pay_max,
        "pay_currency": "USD", "pay_unit": unit, "pay_raw": f"${pay_min:,.0f} per {unit}",
        "pay_min_usd": pay_min, "pay_max_usd": pay_max, "fx_date": posted.date().isoformat(),
        "hourly_usd_min": hourly, "hourly_usd_max": hourly, "hours_min": hours, "hours_max": hours,
        "remote": rng.choice(["remote", "remote", "hybrid", "onsite", None]), "country": rng.choice(COUNTRIES),
        "occupation": rng.choice(OCCUPATIONS), "skills": sorted(set(zipf_words(rng, 3))), "tags": [],
        "is_paid": 1, "is_micro": micro, "micro_reasons": ["pay_unit=project"] if micro else [],
        "entry_level": rng.choice([None, 0, 1]), "flags": [], "language": "en",
        "first_seen_at": iso(posted), "last_seen_at": iso(BASE), "raw": {"id": number},
    })
    return row


def listings(count: int, *, seed: int = 1, duplicate_share: float = 0.0):
    """`count` rows; a `duplicate_share` of them repeat an earlier gig on another source, reworded a little."""
    rng = random.Random(seed)
    recent: list[dict] = []
    for number in range(count):
        if recent and rng.random() < duplicate_share:
            original = rng.choice(recent)
            row = dict(original)
            source = SOURCES[(SOURCES.index(original["source"]) + 1 + rng.randrange(len(SOURCES) - 1)) % len(SOURCES)]
            words = row["description_text"].split()
            for _ in range(max(1, len(words) // 25)):  # a few words changed, as a repost would
                words[rng.randrange(len(words))] = rng.choice(WORDS)
            row.update(id=f"{source}:{number}", source=source, source_id=str(number), description_text=" ".join(words),
                       url=f"https://example.org/{source}/jobs/{number}", raw={"id": number, "duplicate_of": original["id"]})
        else:
            row = listing(number, rng)
            recent.append(row)
            if len(recent) > 5000:
                recent.pop(0)
        yield row


def greenhouse_board(token: str, jobs: int, *, seed: int) -> bytes:
    """A Greenhouse board response (the real API's shape) with `jobs` generated postings."""
    rng = random.Random(seed)
    out = []
    for n in range(jobs):
        row = listing(seed * 1000 + n, rng)
        out.append({"id": seed * 100000 + n, "internal_job_id": seed * 100000 + n, "title": row["title"],
                    "updated_at": row["posted_at"], "first_published": row["posted_at"],
                    "requisition_id": f"R-{n}", "location": {"name": "Remote"},
                    "absolute_url": f"https://job-boards.greenhouse.io/{token}/jobs/{seed * 100000 + n}",
                    "company_name": token.title(), "metadata": [{"id": 1, "name": "Employment Type",
                                                                "value": rng.choice(["Contract", "Part-time", "Freelance"])}],
                    "content": "&lt;p&gt;" + row["description_text"] + f" Pay: {row['pay_raw']}.&lt;/p&gt;",
                    "departments": [{"id": 1, "name": row["occupation"]}], "offices": []})
    return json.dumps({"jobs": out, "meta": {"total": jobs}}).encode()


def batched(iterable, size: int):
    iterator = iter(iterable)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(share * len(ordered)) - 1)] if ordered else float("nan")
