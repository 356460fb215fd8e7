"""Realistic listings for the benchmarks: the whole schema, words with natural (Zipf) frequencies over a
20,000-word vocabulary (function words most frequent, the benchmark's search words at the ranks they have in
the real recordings of ../shared/realworld), log-normal description lengths (median ~100 words, as there), a
mix of sources, pay units, occupations and countries.

    rows = list(listings(100_000, seed=1))          # normalized rows in the schema's shape
    board = greenhouse_board(token, 100, seed=1)    # a Greenhouse board response, for crawl benchmarks

A listing may be a planted duplicate of an earlier one (same gig on another source, lightly reworded: a few
words of the description, and often the title's or the company's wording):
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

# Content words of short paid work, as in titles and descriptions.
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
# The most frequent words of real listings (../shared/realworld), most frequent first: they take the top ranks.
FUNCTION_WORDS = re.findall(r"[a-z]+", """
and the a to is for in we of with on you our are work role that this remote or an team at job your about as
have company experience time who people can it if looking will be from by all more us their they what not new
""")
# Ranks of the benchmark's search words among the word tokens of the real recordings in ../shared/realworld
# (105 descriptions, 18,000 words); logo and audio do not occur there and are put just past the others.
REAL_RANKS = {"design": 107, "seo": 134, "marketing": 434, "research": 480, "python": 741, "translate": 869,
              "excel": 1132, "video": 1584, "logo": 2000, "audio": 2200}
VOCABULARY_SIZE = 20_000  # real listings use tens of thousands of distinct words; most are rare


def _vocabulary() -> list[str]:
    """Words by rank (Zipf): function words first, the search words at their real ranks, the other content
    words spread over ranks 60-3,000, and a long tail of rare (made-up) words, as real text has."""
    content = [w for w in dict.fromkeys(WORDS) if w not in FUNCTION_WORDS and w not in REAL_RANKS]
    placed: dict[int, str] = {rank: word for word, rank in REAL_RANKS.items()}
    for n, word in enumerate(content):  # log-spaced between ranks 60 and 3,000
        rank = int(60 * (3000 / 60) ** (n / max(1, len(content) - 1)))
        while rank in placed:
            rank += 1
        placed[rank] = word
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    known = set(WORDS) | set(FUNCTION_WORDS)
    tail = (w for a in syllables for b in syllables for c in ("", "n", "r", "l", "s", "m", "t", "x")
            if (w := a + b + c) not in known)
    words = list(FUNCTION_WORDS)
    while len(words) < VOCABULARY_SIZE:
        rank = len(words) + 1
        words.append(placed.pop(rank) if rank in placed else next(tail))
    return words


VOCABULARY = _vocabulary()
RANK = {word: rank for rank, word in enumerate(VOCABULARY, 1)}
_CUMULATIVE = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(VOCABULARY))))
# Titles: any word but the function words, each as frequent as its rank makes it; skills: content words only.
TITLE_WORDS = [w for w in VOCABULARY if w not in FUNCTION_WORDS]
_TITLE_CUMULATIVE = list(itertools.accumulate(1 / RANK[w] for w in TITLE_WORDS))
CONTENT = [w for w in VOCABULARY[:3500] if w in set(WORDS) - set(FUNCTION_WORDS)]
_CONTENT_CUMULATIVE = list(itertools.accumulate(1 / RANK[w] for w in CONTENT))
OCCUPATIONS = ["software_dev_tech", "creative_multimedia", "writing_translation", "clerical_data_entry",
               "sales_marketing", "professional_services"]
SOURCES = ["remotive", "remoteok", "greenhouse", "reddit", "lever", "freelancer", "upwork", "codeur", "hackernews",
           "ashby", "workable", "himalayas"]
COUNTRIES = ["US", "GB", "DE", "FR", "IN", "CA", "ES", "NL", "BR", None, None]
UNITS = [("hour", 15, 80), ("project", 100, 3000), ("month", 800, 5000), ("year", 40000, 150000), ("day", 100, 600)]
BASE = datetime(2026, 11, 25, tzinfo=timezone.utc)


def zipf_words(rng: random.Random, count: int) -> list[str]:
    # rank r is drawn with weight 1/r: a few words are everywhere, most are rare
    return rng.choices(VOCABULARY, cum_weights=_CUMULATIVE, k=count)


def title_words(rng: random.Random, count: int) -> list[str]:
    return rng.choices(TITLE_WORDS, cum_weights=_TITLE_CUMULATIVE, k=count)


def content_words(rng: random.Random, count: int) -> list[str]:
    """Words of a skill list: content words only, the common ones more often."""
    return rng.choices(CONTENT, cum_weights=_CONTENT_CUMULATIVE, k=count)


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def listing(number: int, rng: random.Random) -> dict:
    source = SOURCES[number % len(SOURCES)]
    words = zipf_words(rng, max(12, int(rng.lognormvariate(4.6, 0.6))))  # ~100 words, long tail
    title = " ".join(title_words(rng, rng.randint(3, 8))).capitalize()
    unit, low, high = rng.choice(UNITS)
    pay_min = round(rng.uniform(low, high), 0)
    pay_max = pay_min if rng.random() < 0.5 else round(pay_min * rng.uniform(1.1, 1.6), 0)
    hours = rng.choice([None, None, 5, 10, 15, 20, 30, 40])
    posted = BASE - timedelta(minutes=rng.randint(0, 60 * 24 * 60))
    expires = posted + timedelta(days=rng.randint(3, 45)) if rng.random() < 0.3 else None
    micro = int(unit in ("hour", "project", "day") and (hours or 0) <= 40)
    hourly = pay_min if unit == "hour" else (round(pay_min / hours, 2) if unit == "project" and hours else None)
    row = {column: None for column in LISTING_COLUMNS}
    row.update({
        "id": f"{source}:{number}", "source": source, "source_id": str(number), "board": None,
        "url": f"https://example.org/{source}/jobs/{number}", "title": title,
        "company": f"Company {rng.randint(1, 20000)}", "description_text": " ".join(words).capitalize() + ".",
        "description_html": "<p>" + " ".join(words).capitalize() + ".</p>",
        "posted_at": iso(posted), "expires_at": iso(expires) if expires else None, "employment_type": "CONTRACTOR" if micro else "FULL_TIME",
        "engagement": "project" if micro else "full_time", "pay_min": pay_min, "pay_max": pay_max,
        "pay_currency": "USD", "pay_unit": unit, "pay_raw": f"${pay_min:,.0f} per {unit}",
        "pay_min_usd": pay_min, "pay_max_usd": pay_max, "fx_date": posted.date().isoformat(),
        "hourly_usd_min": hourly, "hourly_usd_max": hourly, "hours_min": hours, "hours_max": hours,
        "remote": rng.choice(["remote", "remote", "hybrid", "onsite", None]), "country": rng.choice(COUNTRIES),
        "occupation": rng.choice(OCCUPATIONS), "skills": sorted(set(content_words(rng, 3))), "tags": [],
        "is_paid": rng.choices([1, None, 0], weights=[90, 7, 3])[0], "is_micro": micro, "micro_reasons": ["pay_unit=project"] if micro else [],
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
                words[rng.randrange(len(words))] = zipf_words(rng, 1)[0]
            title, company = row["title"], row["company"]
            if rng.random() < 0.5:  # reposted titles and company names vary in small ways
                title = rng.choice([f"{title} (remote)", f"{title} - freelance", f"Freelance {title.lower()}",
                                    " ".join(title.split()[:-1]) or title, title.upper()])
            if rng.random() < 0.3:
                company = rng.choice([f"{company} Inc.", f"{company} Ltd", company.lower()])
            row.update(id=f"{source}:{number}", source=source, source_id=str(number), description_text=" ".join(words),
                       title=title, company=company,
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
