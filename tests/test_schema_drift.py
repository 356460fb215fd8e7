"""Schema drift on real records: each key of each real record removed, nulled or given a wrong type.
The spider never raises (a broken record is quarantined) and normalize gives a row or a named rejection."""
import copy
import json

import pytest

from normalize.context import InvalidListing
from scrapers.spiders.greenhouse import GreenhouseSpider
from scrapers.spiders.reddit import RedditSpider
from scrapers.spiders.remoteok import RemoteOkSpider
from scrapers.spiders.remotive import RemotiveSpider
from tests.conftest import normalize_items, parse_items, realworld_files

WRONG = [None, 7, ["a", {"b": 1}], {"deep": {"er": [1, 2]}}, "", "<script>x</script>&amp;amp;\x00"]
MISSING = object()


def variants(record: dict):
    for key in record:
        for value in [MISSING, *WRONG]:
            mutated = copy.deepcopy(record)
            if value is MISSING:
                del mutated[key]
            else:
                mutated[key] = value
            yield mutated


def check(spider_cls, body: bytes, url: str, expected: int):
    items = parse_items(spider_cls, "drift.json", url, body=body)
    assert len(items) <= expected
    for item in items:
        try:
            normalize_items(spider_cls, [item])
        except InvalidListing as error:
            assert error.reason.startswith(("missing_", "invalid_", "extract_error"))


@pytest.mark.parametrize("folder,spider_cls,envelope", [
    ("remotive", RemotiveSpider, lambda jobs: {"jobs": jobs}),
    ("remoteok", RemoteOkSpider, lambda jobs: [{"legal": "x", "last_updated": 1}] + jobs),
    ("greenhouse", GreenhouseSpider, lambda jobs: {"jobs": jobs, "meta": {"total": len(jobs)}}),
])
def test_json_board_records_under_drift(folder, spider_cls, envelope):
    for path in realworld_files(folder, "*.json"):
        data = json.loads(path.read_text())
        records = data["jobs"] if isinstance(data, dict) else [r for r in data if "position" in r]
        for record in records[:2]:
            mutated = list(variants(record))
            check(spider_cls, json.dumps(envelope(mutated)).encode(), spider_cls.sample_url, len(mutated))


def test_reddit_posts_under_drift():
    path = next(iter(realworld_files("reddit")))
    data = json.loads(path.read_text())
    post = next(c["data"] for c in data["data"]["children"] if c["data"]["link_flair_text"] == "Hiring")
    keys = ["id", "title", "permalink", "selftext", "selftext_html", "created_utc", "link_flair_text", "subreddit", "url"]
    mutated = [m for m in variants({k: post[k] for k in keys})]
    body = {"kind": "Listing", "data": {"after": None, "children": [{"kind": "t3", "data": m} for m in mutated]}}
    check(RedditSpider, json.dumps(body).encode(), RedditSpider.sample_url, len(mutated))


def test_jsonld_postings_under_drift():
    from scrapers.spiders.jsonld import JsonLdSpider

    path = next(p for p in realworld_files("jsonld", "*.jsonl") if p.name == "commoncrawl_skeptric_jobpostings.jsonl")
    postings = [json.loads(line)["item"] for line in path.read_text().splitlines() if line.strip()]
    for posting in [p for p in postings if "@type" in p][:2]:
        mutated = [m for m in variants(posting) if m.get("@type") == "JobPosting"]
        check(JsonLdSpider, json.dumps(mutated).encode(), "https://jobs.example-site.test/page", len(mutated))
