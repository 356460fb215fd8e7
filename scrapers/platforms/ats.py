"""JSON applicant-tracking-system boards: one company board per request, a list of postings, a field map.

The shared machinery of Lever, Ashby, Workable, Recruitee, BambooHR, Breezy, Pinpoint, Teamtailor and
SmartRecruiters: each platform module declares its board URL, where the postings are, and a field map
(`scrapers.platforms.json_api` style); `post_process(item, record, board)` handles its quirks and
`next_page(response, data, board)` its paging. The board's company name comes from the data file.
"""
from __future__ import annotations

from typing import Any, Iterator

from scrapy.http import Response

from scrapers.items import ListingItem
from scrapers.platforms.base import UnparsableResponse, dig
from scrapers.platforms.boards import BoardPlatformSpider


class JsonBoardSpider(BoardPlatformSpider):
    records_path: str | None = None  # dotted path to the postings; None = the body is the list
    field_map: dict[str, str] = {}
    company_path: str | None = None  # where the whole response names the company (Workable's `name`)

    def parse(self, response: Response, **kwargs) -> Iterator[Any]:
        data = self.load_json(response)
        records = dig(data, self.records_path) if self.records_path else data
        if not isinstance(records, list):
            raise UnparsableResponse(
                f"{self.name}: {response.url} has no list of postings at {self.records_path or 'top level'!r} "
                f"(not a {self.platform or self.name} board)")
        board = self.board_of(response)
        company = dig(data, self.company_path) if self.company_path and isinstance(data, dict) else None
        yield from self.items_from_records(records, lambda record: self.item_from_record(record, board, company))
        following = self.next_page(response, data, board)
        if following is not None:
            yield following

    def item_from_record(self, record: Any, board: str | None, company: str | None = None) -> ListingItem | None:
        if not isinstance(record, dict):
            raise TypeError(f"posting is {type(record).__name__}, not an object")
        board = self.board_from_record(record) or board
        item = ListingItem(raw=record, board=board)
        for field, path in self.field_map.items():
            value = dig(record, path)
            if value is not None:
                item[field] = value
        if not item.get("company"):
            item["company"] = (company if isinstance(company, str) else None) or self.boards.get(board or "") or None
        return self.post_process(item, record, board)

    def board_from_record(self, record: dict) -> str | None:
        """The board a posting names itself, when that is surer than the response's URL: by default its own
        page on the platform's company subdomain ({token}.breezy.hr, {token}.teamtailor.com, ...)."""
        path = self.field_map.get("url")
        found = self.board_in_url.match(str(dig(record, path) or "")) if path else None
        return found.group(1) if found and found.groups() else None

    def post_process(self, item: ListingItem, record: dict, board: str | None) -> ListingItem | None:
        return item

    def next_page(self, response: Response, data: Any, board: str | None):
        return None
