"""Meta-tests: every spider has a test module, a sample capture with a manifest, and says what its fixture is."""
import json
from pathlib import Path

import pytest

from scrapers.runner import spider_classes
from tests.conftest import PROJECT, SAMPLES

SPIDERS = spider_classes()


@pytest.mark.parametrize("name", sorted(SPIDERS))
def test_spider_has_test_sample_and_docstring(name):
    cls = SPIDERS[name]
    assert (PROJECT / "tests" / f"test_spider_{name}.py").is_file(), f"tests/test_spider_{name}.py is missing"
    manifest = SAMPLES / name / "manifest.json"
    assert manifest.is_file(), f"{manifest} is missing"
    for url, filename in json.loads(manifest.read_text()).items():
        assert url.startswith("https://") and (SAMPLES / name / filename).is_file()
        assert "sample" in filename
    module_doc = __import__(cls.__module__, fromlist=["x"]).__doc__ or ""
    assert "fixture" in module_doc.lower() or "fixture" in (cls.__doc__ or "").lower(), f"{name} does not say what its fixture is based on"
    assert (PROJECT / "scrapers" / "spiders" / f"{name}.py").is_file()  # file name = spider name


@pytest.mark.parametrize("name", sorted(SPIDERS))
def test_spider_declares_its_source(name):
    info = SPIDERS[name].source_info()
    assert info["kind"] in {"api", "ats", "rss", "html", "jsonld", "thread"}
    assert info["home_url"].startswith("https://") and info["terms"] and info["attribution"] and info["rate_limit"]


# Every real recording in ../shared/realworld, the source that reads it and how many listings it gives
# (checked field by field against the file in each source's own test module). Files no source reads are
# listed below with the reason, so a new recording that lands there fails this test until it is placed.
PAGE = "https://jobs.example-site.test/page"
REAL_RECORDINGS = {
    "arbeitnow/ergon_arbeitnow_page1.json": ("arbeitnow", 2), "arbeitnow/ergon_arbeitnow_page2.json": ("arbeitnow", 1),
    "ashby/careerkit_ashby.json": ("ashby", 2), "ashby/ergon_ashby_ramp.json": ("ashby", 3),
    "ashby/gha_ashby_handshake.json": ("ashby", 2), "ashby/jia_ashby_fde.json": ("ashby", 2),
    "ashby/jobops_ashby_ramp.json": ("ashby", 3),
    "freelance_html/codeur_projects_listing.html": ("codeur", 35),
    "freelance_html/atalaya_himalayas_cards.html": ("himalayas", 3),
    "greenhouse/ergon_greenhouse_airbnb.json": ("greenhouse", 2),
    "greenhouse/greenhouse_io_cassette_job_with_questions.yml": ("greenhouse", 1),
    "greenhouse/greenhouse_io_cassette_jobs_with_content.yml": ("greenhouse", 2),
    "greenhouse/greenhouse_io_cassette_offices.yml": ("greenhouse", 2),
    "greenhouse/jia_greenhouse_helsing.json": ("greenhouse", 2),
    "greenhouse/jobops_greenhouse_duolingo.json": ("greenhouse", 3),
    "greenhouse/quantyx_greenhouse_sigmoid.json": ("greenhouse", 2),
    "himalayas/ergon_himalayas_sample.json": ("himalayas", 3), "himalayas/jobagent_himalayas_mercor.json": ("himalayas", 3),
    "hn_algolia/hermes_hn_item_whoishiring_sep2026.json": ("hackernews", 4),
    "hn_algolia/rjc_hn_whoishiring_july2026.json": ("hackernews", 6),
    "job_html_pages/linkedin_guest_job_view.html": ("jsonld", 0),  # no JobPosting on LinkedIn's guest page
    "job_html_pages/seek_au_job.html": ("jsonld", 0),  # Seek's page carries only a WebSite block
    "job_rss/bcl_secondharvest_appone.rss": ("jobfeeds", 3),
    "jobicy/ergon_jobicy_sample.json": ("jobicy", 3), "jobicy/goapilibs_jobicy_vcr_2024-12-05.yaml": ("jobicy", 8),
    "jobicy/jia_jobicy_engineering.json": ("jobicy", 2), "jobicy/rjc_jobicy.json": ("jobicy", 4),
    "jsonld/remoteworkspain_detail_jobposting.html": ("jsonld", 1),
    "jsonld/ALL_real_jobposting_blocks.jsonl": ("jsonld", 14),
    "jsonld/commoncrawl_skeptric_jobpostings.jsonl": ("jsonld", 9),
    "jsonld/schemaorg_examples/schemaorg_jobposting_jsonld.jsonl": ("jsonld", 12),
    "jsonld/schemaorg_examples/schemaorg_jobposting_examples.txt": ("jsonld", 13),
    "lever/careerkit_lever.json": ("lever", 2), "lever/ergon_lever_spotify.json": ("lever", 2),
    "lever/gha_lever_zoox.json": ("lever", 2), "lever/jia_lever.json": ("lever", 2),
    "lever/jobops_lever_palantir.json": ("lever", 3),
    "other_ats/careerkit_teamtailor_jobs.json": ("teamtailor", 2), "other_ats/ergon_teamtailor_jobs.json": ("teamtailor", 2),
    "other_ats/ergon_bamboohr_jobs.json": ("bamboohr", 3), "other_ats/ergon_breezy_jobs.json": ("breezy", 3),
    "other_ats/ergon_eightfold_jobs.json": ("eightfold", 3), "other_ats/ergon_personio_sample.xml": ("personio", 2),
    "other_ats/ergon_pinpoint_jobs.json": ("pinpoint", 3),
    "other_ats/jobagent_comeet_positions.json": ("comeet", 2),  # one requisition in two cities: two listings
    "other_boards/jobagent_torre_search_page0.json": ("torre", 3),
    "other_boards/jobagent_torre_search_page1.json": ("torre", 3),
    "other_boards/rjc_eleduck.json": ("eleduck", 6),  # 7 posts; CLOSED1 is closed
    "other_boards/rjc_workingnomads.json": ("workingnomads", 4),
    "recruitee/ergon_recruitee_channable.json": ("recruitee", 2),
    "reddit/aibuilderx_r_forhire_new.json": ("reddit", 4),  # 10 posts: 4 hiring, 6 [For Hire]
    "remoteok/aibuilderx_remoteok_sample.json": ("remoteok", 4), "remoteok/ergon_remoteok_sample.json": ("remoteok", 3),
    "remoteok/jia_remoteok.json": ("remoteok", 2), "remoteok/rjc_remoteok.json": ("remoteok", 4),
    "remotive/bcl_remotive_sample.json": ("remotive", 3), "remotive/ergon_remotive_sample.json": ("remotive", 3),
    "remotive/jia_remotive.json": ("remotive", 2),
    "smartrecruiters/ergon_smartrecruiters_visa.json": ("smartrecruiters", 2),
    "smartrecruiters/jobops_smartrecruiters_detail.json": ("smartrecruiters", 1),
    "smartrecruiters/jobops_smartrecruiters_servicenow_list.json": ("smartrecruiters", 3),
    "themuse/ergon_themuse_sample.json": ("themuse", 3),
    "weworkremotely/bcl_wwr_sample.rss": ("weworkremotely", 3),
    "weworkremotely/jobagent_wwr_sales_marketing_category.rss": ("weworkremotely", 3),
    "workable/careerkit_workable_zaelab.json": ("workable", 2),  # one job repeated per country: one listing stored
    "workable/ergon_workable_zego.json": ("workable", 3),
    "workday/careerkit_workday.json": ("workday", 2), "workday/ergon_workday_nvidia.json": ("workday", 2),
    "workday/hunt_workday_cxs_jobs.json": ("workday", 2),
}
NOT_READ = {
    "README.md": "the folder's description", "PROVENANCE.tsv": "where each file comes from",
    "FIELD_MAPS.md": "field maps and limits, read by people",
    "jsonld/wdc_commoncrawl/wdc2019_jobposting_sample.nq": "N-Quads from Web Data Commons: an extraction, no site's response",
    "jsonld/wdc_commoncrawl/wdc2019_jobposting_property_coverage.txt": "statistics of JobPosting properties",
    "jsonld/wdc_commoncrawl/wdc2019_jobposting_sparql_stats.txt": "statistics of JobPosting properties",
    "jsonld/wdc_commoncrawl/skeptric_schema_jobposting_in_practice.md": "a blog post's table of property usage",
}


def realworld_folder():
    from tests.conftest import REALWORLD

    if not REALWORLD.is_dir():
        pytest.skip(f"real recordings not available: {REALWORLD} is absent (clone ../shared beside the project)")
    return REALWORLD


def test_every_real_recording_is_read_by_a_source_or_listed_with_why_not():
    base = realworld_folder()
    present = {str(p.relative_to(base)) for p in base.rglob("*") if p.is_file()}
    assert present - set(REAL_RECORDINGS) - set(NOT_READ) == set(), "a new recording: give it a source here"
    assert set(REAL_RECORDINGS) <= present
    assert {source for source, _ in REAL_RECORDINGS.values()} <= set(SPIDERS)


@pytest.mark.parametrize("name", sorted(REAL_RECORDINGS))
def test_every_real_recording_parses(name, tmp_path):
    """Parsed as `microgigs parse SOURCE FILE` would (follow-ups not fetched, cassettes' bodies replayed):
    the listings the file holds, none broken, each satisfying the schema."""
    from scrapers.replay import cassette_responses
    from tests.conftest import assert_listing_invariants
    from tests.spider_checks import rows_of

    source, expected = REAL_RECORDINGS[name]
    path = realworld_folder() / name
    spider_cls = SPIDERS[source]
    url = None
    if source == "jsonld":  # saved extractions name no page; a saved page names itself (canonical link)
        url = PAGE if path.suffix in (".jsonl", ".txt") else "file:///saved.html"
    recorded = cassette_responses(path, tmp_path)  # a VCR cassette: each body at its recorded URL
    pairs = [(Path(body), at) for body, at in recorded] if recorded is not None else [(path, url)]
    rows = []
    for saved, at in pairs:
        found, broken = rows_of(spider_cls, saved, url=at, follow_errbacks=True)
        assert not broken, broken[:1]
        rows += found
    assert len(rows) == expected, (len(rows), expected)
    if rows:
        assert_listing_invariants(list({r["id"]: r for r in rows}.values()), source)


def record_lists(data, path=()):
    """(path, list) for every list of objects in a JSON body: where a source keeps its records."""
    found = [(path, data)] if isinstance(data, list) and data and all(isinstance(x, dict) for x in data) else []
    children = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for key, value in children:
        if isinstance(value, (dict, list)):
            found += record_lists(value, path + (key,))
    return found


WRONG_VALUES = [None, 7, float("nan"), ["a", {"b": 1}], {"deep": {"er": [1]}}, "", "<script>x</script>&amp;amp;\x00"]
FIRST_JSON_RECORDING = {}
for _name, (_source, _count) in sorted(REAL_RECORDINGS.items()):
    if _name.endswith(".json") and _count:
        FIRST_JSON_RECORDING.setdefault(_source, _name)


@pytest.mark.parametrize("source", sorted(FIRST_JSON_RECORDING))
def test_real_records_with_each_key_missing_or_mistyped_never_break_the_page(source):
    """Real data is hostile: each key of a real record removed or given a wrong type, one at a time. The
    spider never raises (a broken record is quarantined) and normalize gives a row or a named rejection."""
    import copy

    from normalize.context import InvalidListing
    from scrapers.items import ListingItem
    from tests.conftest import make_spider, normalize_items, response_for

    data = json.loads((realworld_folder() / FIRST_JSON_RECORDING[source]).read_text())
    where, records = max(record_lists(data), key=lambda found: len(json.dumps(found[1])))
    spider_cls = SPIDERS[source]
    spider = make_spider(spider_cls)
    tried = 0
    for key in records[0]:
        for value in [KeyError, *WRONG_VALUES]:
            mutated = copy.deepcopy(records[0])
            if value is KeyError:
                del mutated[key]
            else:
                mutated[key] = value
            body = copy.deepcopy(data)
            if where:
                target = body
                for part in where[:-1]:
                    target = target[part]
                target[where[-1]] = [mutated, *records[1:]]
            else:
                body = [mutated, *records[1:]]
            response = response_for("x.json", spider.sample_url or PAGE, json.dumps(body).encode())
            for item in spider.parse(response) or ():
                if isinstance(item, ListingItem) and not item.get("extract_error"):
                    try:
                        normalize_items(spider_cls, [dict(item)])
                    except InvalidListing as rejection:
                        assert rejection.reason.startswith(("missing_", "invalid_")), rejection.reason
            tried += 1
    assert tried >= 8 * len(records[0])
