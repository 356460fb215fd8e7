"""RSS 2.0 and Atom job feeds: one item (entry) per listing.

A feed spider is a declaration too; `post_process(item, entry, channel)` handles a feed's own extra
elements (We Work Remotely's `region`, `type`, `expires_at`). Entries are read namespace-blind, so
`media:content`, `dc:creator` or `job:location` arrive as `content`, `creator`, `location`.
"""
from __future__ import annotations

import re
from typing import Any, Iterator

from scrapy.http import Response

from scrapers.items import ListingItem
from scrapers.platforms.base import ListingSpider, UnparsableResponse

# "Chief of Staff  (CA, Watsonville)": feeds of applicant tracking systems put the place in the title.
PLACE_IN_TITLE = re.compile(r"^(?P<title>.+?)\s*\((?P<place>[^()]{2,80})\)\s*$")


def entry_fields(node) -> dict[str, Any]:
    """An item/entry as {element name: text}; repeated elements (category) become lists."""
    fields: dict[str, Any] = {}
    for child in node.xpath("./*"):
        name = child.xpath("name()").get()
        if name == "link" and child.attrib.get("href"):  # Atom
            if child.attrib.get("rel", "alternate") == "alternate":
                fields.setdefault("link", child.attrib["href"])
            continue
        if name == "category" and child.attrib.get("term"):  # Atom
            value = child.attrib["term"]
        else:
            value = "".join(child.xpath("./text()").getall()).strip() or child.attrib.get("url")
        if value in (None, ""):
            continue
        if name in fields:
            fields[name] = [*(fields[name] if isinstance(fields[name], list) else [fields[name]]), value]
        else:
            fields[name] = value
    return fields


class FeedSpider(ListingSpider):
    source_kind = "rss"

    def parse(self, response: Response, **kwargs) -> Iterator[Any]:
        selector = self.feed_selector(response)
        entries = selector.xpath("//item") or selector.xpath("//entry")
        channel_node = selector.xpath("/rss/channel") or selector.xpath("/feed")
        if not channel_node:
            raise UnparsableResponse(f"{self.name}: {response.url} is not an RSS or Atom feed")
        channel = {k: v for k, v in entry_fields(channel_node[0]).items() if not isinstance(v, list)}
        yield from self.items_from_records(
            (entry_fields(node) for node in entries), lambda entry: self.item_from_entry(entry, channel, response))

    def feed_selector(self, response: Response):
        from scrapy.selector import Selector

        try:
            selector = Selector(text=response.text, type="xml")
        except (ValueError, AttributeError) as exc:
            raise UnparsableResponse(f"{self.name}: {response.url} is not XML ({exc})") from None
        selector.remove_namespaces()
        return selector

    def item_from_entry(self, entry: dict, channel: dict, response: Response) -> ListingItem | None:
        link = entry.get("link") or (entry.get("guid") if str(entry.get("guid", "")).startswith("http") else None)
        categories = entry.get("category") or []
        item = ListingItem(
            source_id=entry.get("guid") or entry.get("id") or link,
            url=response.urljoin(link) if isinstance(link, str) else None,
            title=entry.get("title"),
            description_html=entry.get("description") or entry.get("encoded") or entry.get("content")
            or entry.get("summary"),
            posted_raw=entry.get("pubDate") or entry.get("published") or entry.get("updated") or entry.get("date"),
            tags=categories if isinstance(categories, list) else [categories],
            board=self.board_of(response) if hasattr(self, "board_of") else None,
            raw=entry,
        )
        return self.post_process(item, entry, channel)

    def post_process(self, item: ListingItem, entry: dict, channel: dict) -> ListingItem | None:
        return item

    @staticmethod
    def place_from_title(item: ListingItem) -> ListingItem:
        """Move a trailing "(City, ST)" from the title to the location."""
        found = PLACE_IN_TITLE.match(item.get("title") or "")
        if found and not item.get("location_raw"):
            item["title"], item["location_raw"] = found["title"], found["place"]
        return item
