"""sitemapjobs: a career site read through its sitemaps, robots.txt obeyed."""
from scrapy import Request

from db.schema import open_db
from scrapers.middlewares import replay_path
from scrapers.replay import ReplayServer, load_routes
from scrapers.spiders.sitemapjobs import SitemapJobsSpider
from tests.conftest import SAMPLES, make_spider, realworld_files, response_for
from tests.spider_checks import check_sample_capture, rows_of
from tests.test_cli import microgigs

HOST = "https://careers.quillfieldpress.example.com"


def requests_from(path, url):
    spider = make_spider(SitemapJobsSpider)
    return [r for r in spider.parse(response_for(path, url)) if isinstance(r, Request)]


def test_an_index_opens_only_job_sitemaps_and_a_urlset_only_job_pages():
    index = requests_from(SAMPLES / "sitemapjobs" / "sitemap_index_sample.xml", f"{HOST}/sitemap.xml")
    assert [r.url for r in index] == [f"{HOST}/sitemap-jobs.xml"]  # the blog's sitemap is not opened
    pages = requests_from(SAMPLES / "sitemapjobs" / "sitemap_jobs_sample.xml", f"{HOST}/sitemap-jobs.xml")
    assert len(pages) == 10 and all("/jobs/" in r.url for r in pages)  # /about is not fetched


def test_a_real_jobposting_page_reads_through_the_same_spider():
    path = realworld_files("jsonld", "remoteworkspain_detail_jobposting.html")[0]
    url = "https://remoteworkspain.es/job/senior-ai-data-transformation-lead-madrid/"
    rows, _ = rows_of(SitemapJobsSpider, path, url=url)
    assert len(rows) == 1
    row = rows[0]
    assert row["title"] == "Senior AI & Data Transformation Lead, Madrid"  # "&amp;amp;" decoded, once each
    assert row["company"] == "Remote Work Spain" and row["url"] == url
    assert row["posted_at"] == "2026-04-20T07:59:01Z" and row["expires_at"] == "2026-05-20T00:00:00Z"
    assert row["location_raw"] == "España" and row["country"] == "ES"
    assert row["pay_min"] is None and row["pay_currency"] is None  # an empty MonetaryAmount ("&amp;euro;", "")


def test_sample_capture():
    check_sample_capture(SitemapJobsSpider)


def test_robots_disallowed_pages_are_not_fetched_and_the_report_says_so(tmp_path):
    robots = tmp_path / "robots.txt"
    robots.write_text("User-agent: *\nDisallow: /jobs/\n")
    routes = {**load_routes(sources=["sitemapjobs"]), replay_path(f"{HOST}/robots.txt"): robots}
    server = ReplayServer(routes)
    with server as url:
        result = microgigs("crawl", "sitemapjobs", "--db", str(tmp_path / "s.db"), "--replay", url)
    assert not [hit for hit in server.hits if "/jobs/" in hit]  # no job page requested
    assert "robots.txt" in result.stderr and result.returncode == 1
    assert open_db(str(tmp_path / "s.db"))["listings"].count == 0
