"""codeur: the real saved project list (every project on it) and the sample capture."""
import re

from scrapy import Request

from scrapers.spiders.codeur import CodeurSpider
from tests.conftest import make_spider, normalize_items, parse_items, realworld_files, response_for
from tests.spider_checks import check_error_page_is_a_clear_error, check_real_recording, check_sample_capture

PAGE = "https://www.codeur.com/projects"


def real_page():
    return realworld_files("freelance_html", "codeur_projects_listing.html")[0]


def test_every_project_on_the_real_page_parses():
    html = real_page().read_text()
    # counted independently of the spider: distinct project links inside the list
    expected = len(set(re.findall(r'href="/projects/(\d+)-', html.split('id="projects-list"', 1)[1])))
    rows = check_real_recording(CodeurSpider, real_page(), expected, url=PAGE)
    assert expected == 35 and all(r["pay_currency"] == "EUR" for r in rows if r["pay_raw"])


def test_real_project_field_by_field():
    rows = check_real_recording(CodeurSpider, real_page(), 35, url=PAGE)
    row = rows[0]
    assert row["id"] == "codeur:481826" and row["title"] == "Rédacteur et dévéloppeur site web"
    assert row["url"] == "https://www.codeur.com/projects/481826-redacteur-et-developpeur-site-web"
    assert row["posted_at"] == "2026-11-25T11:51:00Z"  # "Il y a 9 minutes" before the fetch
    assert (row["pay_min"], row["pay_max"], row["pay_currency"], row["pay_unit"]) == (None, 500, "EUR", "project")
    assert row["tags"] == ["Création de site internet", "Rédaction"] and row["language"] == "fr"
    assert row["is_micro"] == 1 and "source=marketplace" in row["micro_reasons"]


def test_every_budget_bracket_of_the_real_page():
    brackets = {r["pay_raw"]: (r["pay_min"], r["pay_max"]) for r in check_real_recording(CodeurSpider, real_page(), 35, url=PAGE)}
    assert brackets["Moins de 500 €"] == (None, 500)
    assert brackets["500 € à 1 000 €"] == (500, 1000)
    assert brackets["1 000 € à 10 000 €"] == (1000, 10000)
    assert brackets["10 000 € et plus"] == (10000, None)
    assert brackets["200 à 500 €/jour"] == (200, 500)
    units = {r["pay_raw"]: r["pay_unit"] for r in check_real_recording(CodeurSpider, real_page(), 35, url=PAGE)}
    assert units["200 à 500 €/jour"] == "day" and units["Moins de 500 €"] == "project"  # a day rate is no project fee


def test_french_relative_dates_of_the_real_page():
    items = parse_items(CodeurSpider, real_page(), url=PAGE)
    by_age = {item["posted_raw"]: row["posted_at"] for item, row in zip(items, normalize_items(CodeurSpider, items))}
    assert by_age["Il y a 2 heures"] == "2026-11-25T10:00:00Z"
    assert by_age["Il y a 2 mois"] == "2026-09-25T12:00:00Z"


def test_paging_follows_rel_next():
    spider = make_spider(CodeurSpider)
    following = [r for r in spider.parse(response_for(real_page(), PAGE)) if isinstance(r, Request)]
    assert [r.url for r in following] == ["https://www.codeur.com/projects?page=2"]


def test_sample_capture():
    check_sample_capture(CodeurSpider)


def test_a_page_without_cards_is_a_clear_error():
    check_error_page_is_a_clear_error(CodeurSpider, url=PAGE, suffix=".html")
