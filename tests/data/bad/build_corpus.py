"""Builds the bad-input corpus: malformed records per source, each with the outcome it must have.

Run `python tests/data/bad/build_corpus.py` to regenerate `<source>_bad.json` (committed). Each case:
{"case": name, "record": the record as a site might send it, "expect": "stored" | "reject:<reason>" |
 "duplicate" (a repeated id whose later copy wins), "checks": [...], "expand": optional huge-field recipe} where checks name properties of the stored row that tests/test_bad_input.py asserts.
Records are built from a well-formed record of the source (its field names are the real API's).
"""
from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Well-formed records of each source (fictional), and where the common fields live in them.
SOURCES = {
    "remotive": {
        "good": {"id": 9100001, "url": "https://remotive.com/remote-jobs/writing/blog-posts-9100001",
                 "title": "Four blog posts about budgeting apps", "company_name": "Ledgerly", "category": "Writing",
                 "tags": ["writing", "seo"], "job_type": "freelance", "publication_date": "2026-11-20T10:00:00",
                 "candidate_required_location": "Worldwide", "salary": "$400 fixed",
                 "description": "<p>Write four posts of 1,200 words, about 12 hours in total, due in two weeks.</p>"},
        "fields": {"id": "id", "title": "title", "url": "url", "date": "publication_date", "desc": "description",
                   "pay": "salary", "company": "company_name", "tags": "tags", "location": "candidate_required_location"},
    },
    "remoteok": {
        "good": {"id": "9200001", "slug": "remote-logo-design-ledgerly-9200001", "epoch": 1795532760,
                 "date": "2026-11-24T15:06:00+00:00", "company": "Ledgerly", "position": "Logo design for a budgeting app",
                 "tags": ["design", "freelance"], "location": "Worldwide", "salary_min": 0, "salary_max": 0,
                 "description": "<p>One-off task: a logo and two variations, $300 fixed, about 8 hours.</p>",
                 "url": "https://remoteOK.com/remote-jobs/remote-logo-design-ledgerly-9200001",
                 "apply_url": "https://remoteOK.com/remote-jobs/remote-logo-design-ledgerly-9200001"},
        "fields": {"id": "id", "title": "position", "url": "url", "date": "date", "desc": "description",
                   "pay": "salary_min", "company": "company", "tags": "tags", "location": "location"},
    },
    "greenhouse": {
        "good": {"id": 9300001, "title": "Micro-internship: survey data cleanup",
                 "absolute_url": "https://job-boards.greenhouse.io/northwindanalytics/jobs/9300001",
                 "updated_at": "2026-11-24T12:48:00-05:00", "first_published": "2026-11-24T12:48:00-05:00",
                 "company_name": "Northwind Analytics", "location": {"name": "Remote (US)"},
                 "metadata": [{"id": 1, "name": "Employment Type", "value": "Contract", "value_type": "single_select"}],
                 "departments": [{"id": 2, "name": "Data"}], "offices": [],
                 "content": "&lt;p&gt;Clean a 2,000-row survey export: about 15 hours, $450 flat.&lt;/p&gt;"},
        "fields": {"id": "id", "title": "title", "url": "absolute_url", "date": "first_published", "desc": "content",
                   "pay": None, "company": "company_name", "tags": "departments", "location": "location"},
    },
}


def deep(levels: int):
    value: object = "bottom"
    for _ in range(levels):
        value = [value]
    return value


def cases(source: str) -> list[dict]:
    spec = SOURCES[source]
    good, f = spec["good"], spec["fields"]
    serial = iter(range(1, 1000))

    def rec(**changes):
        record = dict(good)
        n = next(serial)
        base_id = str(good[f["id"]])
        record[f["id"]] = type(good[f["id"]])(base_id[:-3] + f"{n:03d}") if isinstance(good[f["id"]], int) else base_id[:-3] + f"{n:03d}"
        record[f["url"]] = good[f["url"]].rsplit("/", 1)[0] + f"/{record[f['id']]}"
        for key, value in changes.items():
            field = f.get(key, key)
            if value is DELETE:
                record.pop(field, None)
            else:
                record[field] = value
        return record

    out = []

    def add(case, record, expect, *checks):
        out.append({"case": case, "record": record, "expect": expect, "checks": list(checks)})

    add("well formed", rec(), "stored")
    # required fields
    add("title missing", rec(title=DELETE), "reject:missing_title")
    add("title null", rec(title=None), "reject:missing_title")
    add("title blank", rec(title="  \t\n "), "reject:missing_title")
    add("title only tags", rec(title="<b></b><br/>"), "reject:missing_title")
    add("title is a list", rec(title=["Logo", "design"]), "reject:invalid_title")
    add("title is an object", rec(title={"en": "Logo design"}), "reject:invalid_title")
    add("title is a number", rec(title=404), "stored", "title=404")
    add("id missing", rec(id=DELETE), "reject:missing_source_id")
    add("id null", rec(id=None), "reject:missing_source_id")
    add("id empty", rec(id=""), "reject:missing_source_id")
    add("id is an object", rec(id={"value": 7}), "reject:invalid_source_id")
    add("id is a list", rec(id=[7, 8]), "reject:invalid_source_id")
    add("url missing", rec(url=DELETE), "reject:missing_url")
    add("url null", rec(url=None), "reject:missing_url")
    add("url not http", rec(url="javascript:alert(1)"), "reject:invalid_url")
    add("url garbage", rec(url="not a url at all"), "reject:invalid_url")
    # text hostility
    add("NUL bytes in title", rec(title="Logo\x00 design\x00"), "stored", "no_nul")
    add("script in title", rec(title="Logo <script>alert(1)</script>design"), "stored", "no_script")
    add("double-escaped title", rec(title="Data &amp;amp; research &amp;lt;b&amp;gt;help&amp;lt;/b&amp;gt;"), "stored", "clean_title")
    add("lone surrogate in title", rec(title="Logo \udcff design"), "stored", "no_surrogate")
    add("control characters", rec(title="Logo\x07\x1b[31m design\x0b"), "stored", "no_control")
    add("script and handlers in description",
        rec(desc='<p onclick="steal()">Hi</p><script>steal()</script><img src=x onerror="steal()">'
                 '<a href="javascript:steal()">apply</a><style>body{display:none}</style>'), "stored", "safe_html")
    # Expanded by the test (keeps the corpus small): the description becomes <p>long text long text ...</p>.
    big = rec(desc="")
    out.append({"case": "description 10 MB" if source == "remotive" else "description 1 MB", "record": big,
                "expect": "stored", "checks": ["capped_text"],
                "expand": {"field": f["desc"], "unit": "long text ", "times": 1_000_000 if source == "remotive" else 100_000,
                           "before": "<p>", "after": "</p>"}})
    add("description deeply nested HTML", rec(desc="<div>" * 5000 + "deep" + "</div>" * 5000), "stored")
    add("description is a number", rec(desc=12345), "stored")
    add("description is an object", rec(desc={"html": "<p>x</p>"}), "stored")
    add("description null", rec(desc=None), "stored")
    add("mojibake company", rec(company="CafÃ© Ledgerly"), "stored", "company=Café Ledgerly")
    add("company is a list", rec(company=["Ledgerly", "Inc"]), "stored")
    # dates
    add("date year 0", rec(date="0000-01-01T00:00:00"), "stored", "posted_null")
    add("date year 9999", rec(date="9999-12-31T23:59:59"), "stored", "posted_null")
    add("date garbage", rec(date="sometime soon-ish"), "stored", "posted_null")
    add("date negative epoch", rec(date=-86400 * 365 * 3000), "stored", "posted_null")
    add("date is an object", rec(date={"$date": "2026-11-20"}), "stored")
    # pay
    if f["pay"]:
        add("pay negative", rec(pay=-50), "stored", "pay_not_negative")
        add("pay NaN", rec(pay="NaN"), "stored", "pay_not_negative")
        add("pay astronomical", rec(pay=1e300 if source == "remoteok" else "$1e300 per hour"), "stored")
        add("pay is an object", rec(pay={"min": 10}), "stored")
    # structure
    add("tags deeply nested", rec(tags=deep(300)), "stored")
    add("location is a number", rec(location=42), "stored")
    add("record is a string", "just a string", "reject:extract_error")
    add("record is a number", 12, "reject:extract_error")
    add("record is null", None, "reject:extract_error")
    add("record is a list", [good], "reject:extract_error")
    dup = rec(title="First copy")
    add("duplicated id, first copy", dup, "duplicate")
    add("duplicated id, second copy (wins)", {**dup, f["title"]: "Second copy"}, "stored", "title=Second copy")
    return out


class _Delete:
    def __repr__(self):
        return "DELETE"


DELETE = _Delete()


# An RSS source: We Work Remotely's feed items (element names of the real feeds in
# ../shared/realworld/weworkremotely/). Each case gives the item's elements as XML text (already escaped as
# a feed carries it); None leaves the element out; "item_xml" replaces the whole item.
RSS_GOOD = {
    "title": "Ledgerly: Excel automation: monthly sales report macro", "region": "Anywhere in the World",
    "type": "Freelance", "category": "All Other Remote",
    "description": "&lt;p&gt;&lt;strong&gt;Headquarters:&lt;/strong&gt; Australia&lt;/p&gt;&lt;p&gt;A VBA macro, "
                   "about 6 hours, $240 fixed.&lt;/p&gt;",
    "pubDate": "Tue, 24 Nov 2026 04:00:00 +0000", "expires_at": "Thu, 24 Dec 2026 04:00:00 +0000",
}
RSS_PAGE = "https://weworkremotely.com/remote-jobs/ledgerly-excel-macro-{n}"


def rss_cases() -> list[dict]:
    serial = iter(range(1, 1000))
    out = []

    def add(case, expect, *checks, **changes):
        n = next(serial)
        item = {**RSS_GOOD, "guid": RSS_PAGE.format(n=9500 + n), "link": RSS_PAGE.format(n=9500 + n), **changes}
        out.append({"case": case, "item": item, "expect": expect, "checks": list(checks),
                    "source_id": f"ledgerly-excel-macro-{9500 + n}"})

    add("well formed", "stored")
    add("title missing", "reject:missing_title", title=None)
    add("title blank", "reject:missing_title", title="   ")
    add("title only a company", "stored", "title=Ledgerly", title="Ledgerly:")  # no role: the whole as title
    add("title in CDATA with markup", "stored", "no_script", title="<![CDATA[Ledgerly: Logo <script>x()</script>design]]>")
    add("double-escaped title", "stored", "clean_title", title="Ledgerly: Data &amp;amp; research")
    add("numeric entities and emoji", "stored", "title=Caf\u00e9 menu \U0001f680", "company=Ledgerly",
        title="Ledgerly: Caf&#233; menu &#x1F680;")
    add("link and guid missing", "reject:missing_source_id", link=None, guid=None)
    add("link not http", "reject:invalid_url", link="javascript:alert(1)", guid="javascript:alert(1)")
    add("script and handlers in description", "stored", "safe_html",
        description="&lt;p onclick=&quot;steal()&quot;&gt;Hi&lt;/p&gt;&lt;script&gt;steal()&lt;/script&gt;"
                    "&lt;img src=x onerror=&quot;steal()&quot;&gt;&lt;a href=&quot;javascript:steal()&quot;&gt;apply&lt;/a&gt;")
    add("description double-escaped", "stored", "text_unescaped",
        description="&amp;lt;p&amp;gt;Fish &amp;amp;amp; chips&amp;lt;/p&amp;gt;")
    add("description missing", "stored", description=None)
    add("description deeply nested HTML", "stored", description="&lt;div&gt;" * 3000 + "deep" + "&lt;/div&gt;" * 3000)
    add("pubDate garbage", "stored", "posted_null", pubDate="sometime soon-ish")
    add("pubDate year 9999", "stored", "posted_null", pubDate="Fri, 31 Dec 9999 23:59:59 +0000")
    add("pubDate year 0", "stored", "posted_null", pubDate="0000-01-01T00:00:00Z")
    add("expires_at garbage", "stored", expires_at="never")
    add("type is nested XML", "stored", type="<b>Full-Time</b>")
    add("unknown elements and namespaces", "stored", extra="<foo:bar xmlns:foo='urn:x'>1</foo:bar>")
    dup = RSS_PAGE.format(n=9999)
    add("duplicated guid, first copy", "duplicate", title="Ledgerly: First copy", guid=dup, link=dup)
    out[-1]["source_id"] = "ledgerly-excel-macro-9999"
    add("duplicated guid, second copy (wins)", "stored", "title=Second copy", title="Ledgerly: Second copy",
        guid=dup, link=dup)
    out[-1]["source_id"] = "ledgerly-excel-macro-9999"
    return out


def main():
    for source in SOURCES:
        path = HERE / f"{source}_bad.json"
        path.write_text(json.dumps(cases(source), indent=0, ensure_ascii=True) + "\n")
        print(path.name, len(cases(source)))
    path = HERE / "weworkremotely_bad.json"
    path.write_text(json.dumps(rss_cases(), indent=0, ensure_ascii=True) + "\n")
    print(path.name, len(rss_cases()))


if __name__ == "__main__":
    main()
