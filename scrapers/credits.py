"""The catalog's credits: each source's attribution and terms, as the `sources` table description.

    python -m scrapers.credits      # rewrite it in db/datasette/metadata.yml after adding a source

tests/test_datasette.py fails while metadata.yml credits a different set of sources than the spiders.
"""
from __future__ import annotations

import html
import re
from pathlib import Path

METADATA = Path(__file__).resolve().parents[1] / "db" / "datasette" / "metadata.yml"
LEAD = ("<p>One row per source: kind, home page, terms of use and the attribution each asks for, published rate "
        "limits, last crawl and listing counts. Credits and licences:</p>")


def credits_html() -> str:
    from scrapers.runner import spider_classes

    items = []
    for name, cls in spider_classes().items():
        items.append(f"<li><strong>{name}</strong> ({html.escape(cls.home_url)}): {html.escape(cls.attribution)}. "
                     f"Terms: {html.escape(cls.terms)}</li>")
    return LEAD + "<ul>" + "".join(items) + "</ul>"


def main() -> None:
    text = METADATA.read_text(encoding="utf-8")
    block = re.compile(r"(      sources:\n        description_html: )'.*?'\n(?=        description:)", re.S)
    value = credits_html().replace("'", "''")
    updated, count = block.subn(lambda m: f"{m.group(1)}'{value}'\n", text)
    if count != 1:
        raise SystemExit("metadata.yml: the sources description_html block was not found")
    METADATA.write_text(updated, encoding="utf-8")
    print(f"credited {credits_html().count('<li>')} sources in {METADATA}")


if __name__ == "__main__":
    main()
