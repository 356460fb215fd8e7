"""microsoft: Microsoft's careers search (Eightfold), searched for short and non-permanent roles."""
from scrapers.spiders.microsoft import MicrosoftSpider
from tests.conftest import make_spider
from tests.spider_checks import check_error_page_is_a_clear_error, check_sample_capture


def test_searches_each_in_scope_query_on_the_one_site():
    spider = make_spider(MicrosoftSpider)
    urls = [r.url for r in spider.initial_requests()]
    assert len(urls) == len(MicrosoftSpider.queries) and all(u.startswith("https://apply.careers.microsoft.com/api/apply/v2/jobs?domain=microsoft.com") for u in urls)
    assert any("query=intern&" in u or u.endswith("query=intern") for u in urls)


def test_sample_capture():
    rows = check_sample_capture(MicrosoftSpider)
    assert {r["company"] for r in rows} == {"Microsoft"}


def test_error_page():
    check_error_page_is_a_clear_error(MicrosoftSpider)
