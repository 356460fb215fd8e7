"""Property-based: random records through a spider's parse and the whole item pipeline into SQLite.

Whatever a site sends inside its usual envelope, each record ends stored or rejected with a reason,
nothing raises out of the pipeline, and the database stays sound.
"""
from __future__ import annotations

import json

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from db.schema import open_db
from scrapers.pipelines.normalize import NormalizePipeline
from scrapers.pipelines.stamp import StampPipeline
from scrapers.pipelines.store import StorePipeline
from scrapers.pipelines.validate import ValidatePipeline
from scrapers.spiders.remotive import RemotiveSpider
from tests.conftest import parse_items

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)
FIELDS = ["id", "url", "title", "company_name", "description", "publication_date", "salary", "job_type",
          "candidate_required_location", "tags", "category"]
plausible = {
    "id": st.integers(1, 10**9) | st.text(min_size=1, max_size=12),
    "url": st.just("https://remotive.com/remote-jobs/x-1") | st.text(max_size=30),
    "title": st.text(max_size=60),
    "publication_date": st.datetimes().map(lambda d: d.isoformat()) | st.text(max_size=20),
    "salary": st.text(max_size=30) | st.floats(allow_nan=True),
}
# Mostly records that look like the API's (some fields plausible, some hostile), sometimes any JSON at all.
records = st.fixed_dictionaries(
    {"id": plausible["id"], "url": plausible["url"], "title": plausible["title"]},
    optional={field: (plausible.get(field, st.nothing()) | json_values) for field in FIELDS[3:]},
) | st.fixed_dictionaries({}, optional={field: json_values for field in FIELDS}) | json_values


def run_pipeline(records_list, db_path):
    crawler = get_crawler(RemotiveSpider, {"MICROGIGS_DB": db_path, "MICROGIGS_BATCH_SIZE": 7,
                                           "MICROGIGS_KEEP_ALL": True})
    spider = RemotiveSpider.from_crawler(crawler)
    crawler.spider = spider
    crawler.stats.open_spider()
    body = json.dumps({"jobs": records_list}).encode()
    items = parse_items(RemotiveSpider, "x.json", url="https://remotive.com/api/remote-jobs", body=body)
    pipelines = [StampPipeline(crawler), ValidatePipeline(crawler), NormalizePipeline(crawler),
                 StorePipeline.from_crawler(crawler)]
    for pipeline in pipelines:
        if hasattr(pipeline, "open_spider"):
            pipeline.open_spider()
    outcomes = {"stored": 0, "dropped": 0}
    from scrapers.items import ListingItem

    for raw in items:
        item = ListingItem(**raw)
        try:
            for pipeline in pipelines:
                item = pipeline.process_item(item)
            outcomes["stored"] += 1
        except DropItem:
            outcomes["dropped"] += 1
    pipelines[-1].close_spider()
    pipelines[-1].spider_closed(spider, "finished")
    return len(items), outcomes, crawler.stats.get_stats()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(st.lists(records, min_size=1, max_size=12))
def test_random_records_end_stored_or_rejected_and_the_db_stays_sound(tmp_path_factory, records_list):
    db_path = str(tmp_path_factory.mktemp("prop") / "p.db")
    yielded, outcomes, stats = run_pipeline(records_list, db_path)
    event("some stored" if outcomes["stored"] else "none stored")
    assert yielded == len(records_list)  # one item (or quarantined item) per record
    db = open_db(db_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored_ids = db.execute("select count(*) from listings").fetchone()[0]
    rejects = db.execute("select count(*) from rejects").fetchone()[0]
    assert rejects == outcomes["dropped"] == stats.get("rejects", 0)
    assert stored_ids <= outcomes["stored"]  # repeated ids collapse into one listing
    assert (stored_ids == 0) == (outcomes["stored"] == 0)
    for row in db.query("select raw, flags, skills, tags, micro_reasons from listings"):
        for column, value in row.items():
            assert value is None or json.loads(value) is not None or value == "null", column
    crawl = next(db.query("select * from crawls"))
    assert crawl["status"] in {"ok", "suspect"} and crawl["items"] is not None
