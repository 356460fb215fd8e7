"""Base for job boards with a public JSON API: one URL, a list of records, a field map.

A spider on this base is a declaration:

    class RemotiveSpider(JsonApiSpider):
        name = "remotive"
        start_urls = ["https://remotive.com/api/remote-jobs"]
        records_path = "jobs"
        field_map = {"source_id": "id", "title": "title", ...}

`field_map` maps ListingItem fields to dotted paths in a record. Quirks are a
small override of `records(data)`, `skip_record(record)` or `post_process(item, record)`.
"""
from __future__ import annotations

from typing import Any, Iterator

from scrapy.http import Response

from scrapers.items import ListingItem
from scrapers.platforms.base import ListingSpider, UnparsableResponse, dig


class JsonApiSpider(ListingSpider):
    records_path: str | None = None  # dotted path to the list of records; None = the body is the list
    field_map: dict[str, str] = {}

    def parse(self, response: Response, **kwargs) -> Iterator[Any]:
        data = self.load_json(response)
        records = self.records(data)
        if not isinstance(records, list):
            raise UnparsableResponse(
                f"{self.name}: {response.url} has no list of records at {self.records_path or 'top level'!r}"
            )
        for item in self.items_from_records(
            (r for r in records if not self.skip_record(r)), self.item_from_record
        ):
            yield item
        next_request = self.next_page(response, data)
        if next_request is not None:
            yield next_request

    def records(self, data: Any) -> Any:
        return dig(data, self.records_path) if self.records_path else data

    def skip_record(self, record: Any) -> bool:
        """True for entries that are not listings (legal notices, ads)."""
        return False

    def item_from_record(self, record: dict) -> ListingItem | None:
        if not isinstance(record, dict):
            raise TypeError(f"record is {type(record).__name__}, not an object")
        item = ListingItem(raw=record)
        for field, path in self.field_map.items():
            value = dig(record, path)
            if value is not None:
                item[field] = value
        return self.post_process(item, record)

    def post_process(self, item: ListingItem, record: dict) -> ListingItem | None:
        return item

    def next_page(self, response: Response, data: Any):
        return None
