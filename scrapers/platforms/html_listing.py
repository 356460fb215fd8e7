"""Listing pages in HTML (project marketplaces): one card per listing, fields by CSS selector.

A spider on this base declares `card` (the CSS selector of one listing) and a `fields` map of raw item
field -> CSS selector inside the card (`::text` and `::attr()` as in Scrapy; several matches are joined,
or kept as a list for `tags`; links, titles and dates take the first match). Paging follows `next_page` (a link) up to `max_pages`.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from scrapy.http import Response

from scrapers.items import ListingItem
from scrapers.platforms.base import ListingSpider, UnparsableResponse

SPACES = re.compile(r"\s+")


class HtmlListingSpider(ListingSpider):
    source_kind = "html"
    is_marketplace = True
    card: str = ""
    fields: dict[str, str] = {}
    list_fields = ("tags",)
    first_only = ("url", "apply_url", "company_url", "title", "posted_raw", "expires_raw")
    next_page: str | None = None  # CSS selector of the next page's link
    max_pages: int = 10

    def parse(self, response: Response, **kwargs) -> Iterator[Any]:
        if not hasattr(response, "css"):
            raise UnparsableResponse(f"{self.name}: {response.url} is not an HTML page")
        cards = response.css(self.card)
        if not cards:
            raise UnparsableResponse(f"{self.name}: {response.url} has no listing cards ({self.card!r}); "
                                     "an error page, a login wall, or a changed layout")
        yield from self.items_from_records(cards, lambda card: self.item_from_card(card, response))
        page = response.meta.get("page", 1) if response.request is not None else 1
        link = response.css(self.next_page).attrib.get("href") if self.next_page and response.css(self.next_page) else None
        if link and page < self.max_pages:
            yield self.make_request(response.urljoin(link), callback=self.parse, meta={"page": page + 1})

    def item_from_card(self, card, response: Response) -> ListingItem | None:
        item = ListingItem(raw={"html": card.get()[:50_000]})
        for field, selector in self.fields.items():
            values = [SPACES.sub(" ", v).strip() for v in card.css(selector).getall()]
            values = [v for v in values if v]
            if not values:
                continue
            if field in self.list_fields:
                item[field] = values
            else:
                item[field] = values[0] if field in self.first_only else " ".join(values)
        for field in ("url", "apply_url", "company_url"):
            if item.get(field):
                item[field] = response.urljoin(item[field])
        return self.post_process(item, card, response)

    def post_process(self, item: ListingItem, card, response: Response) -> ListingItem | None:
        return item
