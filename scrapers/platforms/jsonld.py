"""Base for any page carrying a schema.org JobPosting (JSON-LD or microdata), read with extruct.

Also reads a JSON body (a JobPosting, a list, an `@graph`) and JSON Lines of saved extractions, so
extracted postings parse too. A site's quirk is a small override of `pre_process` (fix the page or its
data before extraction) or `post_process` (adjust one item).

Fixture basis: the real page and extractions in ../shared/realworld/jsonld/ (WP Job Manager + Yoast
@graph page with double-escaped text, Common Crawl extractions, schema.org's own examples) and the
WDC 2019 statistics of how JobPosting properties are used in the wild.
"""
from __future__ import annotations

import hashlib
import json
import re
from typing import Any, Iterator
from urllib.parse import urlsplit

from scrapy.http import Response, TextResponse

from scrapers.items import ListingItem
from scrapers.platforms.base import ListingSpider, UnparsableResponse

SCHEMA_PREFIX = re.compile(r"^https?:/*(www\.)?schema\.org/?", re.I)


def type_names(node: dict) -> set[str]:
    value = node.get("@type", node.get("type"))
    values = value if isinstance(value, list) else [value]
    return {SCHEMA_PREFIX.sub("", v).strip() for v in values if isinstance(v, str)}


def from_microdata(node: Any) -> Any:
    """extruct's plain microdata shape ({"type", "properties"}) as JSON-LD-like dicts."""
    if isinstance(node, list):
        return [from_microdata(n) for n in node]
    if isinstance(node, dict) and "properties" in node and "type" in node and "@type" not in node:
        converted = {"@type": node["type"]}
        converted.update({k: from_microdata(v) for k, v in (node.get("properties") or {}).items()})
        return converted
    if isinstance(node, dict):
        return {k: from_microdata(v) for k, v in node.items()}
    return node


def find_postings(data: Any, depth: int = 0) -> Iterator[dict]:
    """Every JobPosting node anywhere in the data (top level, lists, @graph, nested wrappers)."""
    if depth > 20:
        return
    if isinstance(data, list):
        for entry in data:
            yield from find_postings(entry, depth + 1)
    elif isinstance(data, dict):
        if "JobPosting" in type_names(data):
            yield data
            return
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from find_postings(value, depth + 1)


def first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def text_of(value: Any) -> Any:
    """A property's text: plain values as they are; a node by its name/value."""
    value = first(value)
    if isinstance(value, dict):
        return value.get("name") or value.get("@value") or value.get("value")
    return value


def place_text(value: Any) -> str | None:
    """jobLocation / applicantLocationRequirements (Place, PostalAddress, Country, strings, lists) as text."""
    parts: list[str] = []
    for place in value if isinstance(value, list) else [value]:
        if isinstance(place, str):
            parts.append(place)
        elif isinstance(place, dict):
            address = place.get("address", place)
            if isinstance(address, str):
                parts.append(address)
            elif isinstance(address, dict):
                fields = [address.get(k) for k in ("addressLocality", "addressRegion")]
                country = address.get("addressCountry")
                fields.append(text_of(country) if isinstance(country, (dict, list)) else country)
                line = ", ".join(str(f) for f in fields if isinstance(f, (str, int)) and str(f).strip())
                parts.append(line or str(address.get("name") or place.get("name") or ""))
    joined = "; ".join(p for p in parts if p and p.strip())
    return joined or None


def countries(value: Any) -> list:
    out = []
    for place in value if isinstance(value, list) else [value]:
        if isinstance(place, dict):
            address = place.get("address", place)
            country = address.get("addressCountry") if isinstance(address, dict) else None
            if country is None and "Country" in type_names(place):
                country = place.get("name")
            if isinstance(country, dict):
                country = country.get("name") or country.get("identifier")
            if country:
                out.append(country)
    return out


class JsonLdSpider(ListingSpider):
    source_kind = "jsonld"

    def parse(self, response: Response, **kwargs) -> Iterator:
        page_url = self.page_url(response)
        for position, posting in enumerate(self.postings(response)):
            yield from self.items_from_records(
                [posting], lambda p: self.item_from_posting(p, response, page_url, position))

    # --- hooks ---
    def pre_process(self, data: Any, response: Response) -> Any:
        """Fix a site's data before postings are looked for (default: unchanged)."""
        return data

    def post_process(self, item: ListingItem, posting: dict, response: Response) -> ListingItem | None:
        return item

    # --- extraction ---
    def postings(self, response: Response) -> list[dict]:
        body = response.text.lstrip("\ufeff \n\r\t") if isinstance(response, TextResponse) else ""
        if body[:1] in "[{":
            data = self.json_documents(body, response)
        else:
            data = self.html_documents(response)
        data = self.pre_process(data, response)
        return list(find_postings(data))

    def json_documents(self, body: str, response: Response) -> list:
        try:
            return [json.loads(body)]
        except ValueError:
            pass
        documents = []
        for number, line in enumerate(body.splitlines(), 1):  # JSON Lines
            if line.strip():
                try:
                    documents.append(from_microdata(json.loads(line)))
                except ValueError:
                    self.crawler.stats.inc_value("jsonld/bad_json_line")
                    self.logger.warning("%s line %d is not JSON", response.url, number)
        if not documents:
            raise UnparsableResponse(f"{self.name}: {response.url} is neither JSON, JSON Lines nor HTML")
        return documents

    def html_documents(self, response: Response) -> list:
        import extruct

        html = response.text
        data: list = []
        for syntax in ("json-ld", "microdata"):
            try:
                found = extruct.extract(html, base_url=response.url, syntaxes=[syntax], uniform=True, errors="ignore")
            except Exception as exc:  # noqa: BLE001 - one broken syntax must not hide the other
                self.logger.warning("%s: %s extraction failed: %s", response.url, syntax, exc)
                continue
            data.extend(found.get(syntax) or [])
        # extruct drops a JSON-LD block that does not parse; try each block again leniently.
        if not any(find_postings(data)):
            for block in response.xpath('//script[@type="application/ld+json"]/text()').getall():
                try:
                    data.append(json.loads(block.strip().rstrip(";"), strict=False))
                except ValueError:
                    self.crawler.stats.inc_value("jsonld/bad_block")
        return data

    def page_url(self, response: Response) -> str | None:
        if response.url.startswith(("http://", "https://")):
            return response.url
        if hasattr(response, "xpath") and isinstance(response, TextResponse) and response.text.lstrip()[:1] == "<":
            for xpath in ('//link[@rel="canonical"]/@href', '//meta[@property="og:url"]/@content'):
                found = response.xpath(xpath).get()
                if found and found.startswith(("http://", "https://")):
                    return found
        return None

    def item_from_posting(self, posting: dict, response: Response, page_url: str | None,
                          position: int = 0) -> ListingItem | None:
        url = text_of(posting.get("url")) if isinstance(text_of(posting.get("url")), str) else None
        url = url if url and url.startswith(("http://", "https://")) else (page_url if not url else response.urljoin(url))
        title = text_of(posting.get("title")) or text_of(posting.get("name"))
        organization = first(posting.get("hiringOrganization"))
        company = organization.get("name") if isinstance(organization, dict) else organization
        company_url = (first(organization.get("sameAs")) or organization.get("url")) if isinstance(organization, dict) else None
        salary = posting.get("baseSalary", posting.get("estimatedSalary"))
        salary_value = salary.get("value") if isinstance(salary, dict) else None
        item = ListingItem(
            source_id=self.posting_id(posting, url, title, position),
            board=urlsplit(url).hostname if url else None,
            url=url,
            apply_url=text_of(posting.get("directApply")) if isinstance(text_of(posting.get("directApply")), str) else None,
            title=title,
            company=company,
            company_url=company_url if isinstance(company_url, str) else None,
            description_html=text_of(posting.get("description")),
            posted_raw=text_of(posting.get("datePosted")),
            expires_raw=text_of(posting.get("validThrough")),
            employment_type_raw=posting.get("employmentType"),
            location_raw=place_text(posting.get("jobLocation")) or place_text(posting.get("applicantLocationRequirements")),
            remote_raw="remote" if "TELECOMMUTE" in str(posting.get("jobLocationType") or "").upper() else None,
            country_raw=countries(posting.get("jobLocation")) or countries(posting.get("applicantLocationRequirements")) or None,
            pay_raw=salary,
            tags=[t for t in (_as_list(posting.get("occupationalCategory")) + _as_list(posting.get("industry"))) if t],
            language_raw=text_of(posting.get("inLanguage")),
            raw=posting,
        )
        if isinstance(salary, dict):
            item["pay_currency_raw"] = salary.get("currency") or posting.get("salaryCurrency")
            if isinstance(salary_value, dict):
                item["pay_min_raw"] = salary_value.get("minValue", salary_value.get("value"))
                item["pay_max_raw"] = salary_value.get("maxValue", salary_value.get("value"))
                item["pay_unit_raw"] = salary_value.get("unitText") or salary.get("unitText")
            elif isinstance(salary_value, (int, float, str)):
                item["pay_min_raw"] = item["pay_max_raw"] = salary_value
                item["pay_unit_raw"] = salary.get("unitText")
        elif salary is not None and posting.get("salaryCurrency"):
            item["pay_raw"] = f"{posting.get('salaryCurrency')} {salary}"
        return self.post_process(item, posting, response)

    def posting_id(self, posting: dict, url: str | None, title, position: int = 0) -> str:
        """identifier's value, else the posting's own URL, else a stable hash of page, title, date and
        the posting's position in the response (pages rarely reorder their postings; text edits are common)."""
        identifier = first(posting.get("identifier"))
        if isinstance(identifier, dict):
            identifier = identifier.get("value") or identifier.get("@value") or identifier.get("name")
        if isinstance(identifier, (str, int)) and str(identifier).strip():
            return str(identifier).strip()
        own_url = text_of(posting.get("url"))
        if isinstance(own_url, str) and own_url.startswith("http"):
            return own_url
        key = json.dumps([url, title, text_of(posting.get("datePosted")), position], default=str)
        return hashlib.sha1(key.encode()).hexdigest()[:16]


def _as_list(value: Any) -> list:
    values = value if isinstance(value, list) else [value]
    return [text_of(v) for v in values if isinstance(text_of(v), str)]
