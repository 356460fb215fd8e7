"""Personio career sites: GET {company}.jobs.personio.de/xml (every published position, XML).

Fixture basis: the real feed ../shared/realworld/other_ats/ergon_personio_sample.xml (`workzag-jobs/position`
with `id`, `subcompany`, `office`, `additionalOffices`, `department`, `name`, `jobDescriptions/jobDescription
{name, value CDATA HTML}`, `employmentType` permanent|intern|trainee|freelance, `schedule`
full-time|part-time, `seniority`, `createdAt`). Job pages are {company}.jobs.personio.de/job/{id}.
Looked again (issue 15): that recording is partly edited and has no pay; no complete as-served feed was found
in public repositories. Public clients and a live measurement of 2,534 Personio boards (published findings of a
salary-extraction pass, 2026) agree on the same elements and add `salaryInformation{min, max ("30000.00"),
currencyCode, currencySymbol, type yearly|monthly|hourly}` on about one position in ten, now read as pay.
"""
import re

from scrapers.items import ListingItem
from scrapers.platforms.base import UnparsableResponse
from scrapers.platforms.boards import BoardPlatformSpider


class PersonioPlatform(BoardPlatformSpider):
    platform = "personio"
    home_url = "https://www.personio.com"
    terms_url = "https://developer.personio.de/docs/retrieving-open-job-positions"
    terms = ("Personio's public XML feed of a company's open positions (no key); link to the position on the "
             "company's Personio career site.")
    attribution = "Jobs from companies' own Personio career sites"
    rate_limit = "none published for the XML feed; one request per company, one at a time"
    custom_settings = {"CONCURRENT_REQUESTS_PER_DOMAIN": 1}
    board_url = "https://{token}.jobs.personio.de/xml"
    board_in_url = re.compile(r"https?://([^./]+)\.jobs\.personio\.(?:de|com)/")

    def parse(self, response, **kwargs):
        from scrapy.selector import Selector

        try:
            selector = Selector(text=response.text, type="xml")
        except (ValueError, AttributeError) as exc:
            raise UnparsableResponse(f"{self.name}: {response.url} is not XML ({exc})") from None
        if not selector.xpath("/workzag-jobs"):
            raise UnparsableResponse(f"{self.name}: {response.url} is not a Personio feed (no workzag-jobs)")
        board = self.board_of(response)
        yield from self.items_from_records(selector.xpath("/workzag-jobs/position"),
                                           lambda node: self.item_from_position(node, board))

    def item_from_position(self, node, board):
        text = lambda path: (node.xpath(f"normalize-space({path})").get() or None)  # noqa: E731
        position_id = text("id")
        sections = "".join(f"<h3>{part.xpath('normalize-space(name)').get()}</h3>{part.xpath('string(value)').get()}"
                           for part in node.xpath("jobDescriptions/jobDescription"))
        offices = [o for o in [text("office"), *node.xpath("additionalOffices/office/text()").getall()] if o]
        host = f"https://{board}.jobs.personio.de" if board else None
        salary = {key: text(f"salaryInformation/{key}") for key in ("min", "max", "currencyCode", "type")}
        return ListingItem(
            pay_min_raw=salary["min"], pay_max_raw=salary["max"],
            pay_currency_raw=salary["currencyCode"] if salary["min"] or salary["max"] else None,
            pay_unit_raw=salary["type"] if salary["min"] or salary["max"] else None,  # "yearly", "monthly", "hourly"
            source_id=position_id, board=board,
            url=f"{host}/job/{position_id}" if host and position_id else None,
            title=text("name"),
            company=text("subcompany") or self.boards.get(board or "") or None,
            description_html=sections or None,
            posted_raw=text("createdAt"),
            employment_type_raw=[v for v in (text("employmentType"), text("schedule")) if v],
            location_raw=offices or None,
            remote_raw="remote" if any(o.lower() == "remote" for o in offices) else None,
            tags=[v for v in (text("department"), text("recruitingCategory"), text("seniority")) if v],
            raw={"xml": node.get()},
        )
