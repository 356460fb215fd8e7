"""The students' and career centers' catalog: the search home page, listing pages, the embed builder and the
iframe widget, on the same search as the JSON API (db/search.py), with the wording of db/present.py."""
from __future__ import annotations

import html
import json
import math
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime, timezone
from urllib.parse import quote, unquote, urlencode

from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response

from db import present
from db.search import (ALSO_ON, CANDIDATES, PARAMETERS, SUMMARY, WORDING, cards_sql, clean_params, facet_sql,
                       feed_sql, given_filters, query_problem, register_search_functions)
from db.serve import DATABASE_NAME as DATABASE  # the catalog database, whatever its file is called
from db.serve import valid_host
from normalize.listing import absolute_url
from normalize.text import sanitize_body

# No script but our own files, no plugins, no foreign form targets; pages may be framed (the iframe widget).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors *")
# Every filter of the home page, and how the widget looks: colour, light/dark, font.
EMBED_PRESETS = ("q", "occupation", "country", "remote", "min_hourly_usd", "max_hours", "micro", "entry_level",
                 "posted_within_days", "deadline_after", "source", "sort", "paid", "theme", "mode", "font", "size")
THEME = re.compile(r"^#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?$")
DEFAULT_THEME = "#1f5f8b"
MODES = {"light": "light", "dark": "dark", "auto": "the visitor's setting (light or dark)"}
# "inherit" is the host page's own font (the script widget; an iframe cannot read its host's and uses the system's)
FONTS = {"system": "the system's", "inherit": "your page's (script only)", "serif": "serif"}
# The search's filters (not q, sort, page, size): "clear filters" drops them.
FILTER_NAMES = ("paid", "micro", "max_hours", "min_hourly_usd", "remote", "occupation", "country", "entry_level",
                "posted_within_days", "deadline_after", "source")
POSTED_WITHIN = {"1": "a day", "7": "a week", "30": "30 days", "90": "90 days"}
# Feed and entry ids: tag URIs (RFC 4151) under the catalog's host name, minted from this year on.
TAG_YEAR = "2026"
ATOM_NS = "http://www.w3.org/2005/Atom"


@hookimpl
def prepare_jinja2_environment(env):
    # Defence in depth: a stored link that is not http(s) (javascript:, data:) is never rendered as a link.
    env.filters["web_url"] = lambda value: absolute_url(value) or "#"


# Per connection (KiB): a search reads ~5,000 entries of FTS5's docsize and ~2,000 search keys scattered over the
# recent listings; with SQLite's default 2 MB most pages came through a read() again on every search (3,800 a
# search on 1,000,000 listings, 110 with this). Only pages read are held, so a small catalog uses less.
CACHE_KIB = 65536


@hookimpl
def prepare_connection(conn):
    present.register_sql_functions(conn)
    register_search_functions(conn)
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")


@hookimpl
def register_routes():
    return [
        (r"^/$", home),
        (r"^/-/listing/(?P<listing_id>.+)$", listing_page),
        (r"^/-/embed$", embed_builder),
        (r"^/-/embed\.json$", embed_json),
        (r"^/-/widget$", widget),
        (rf"^/{DATABASE}/search_feed\.atom$", search_feed),  # before Datasette's own route: a valid Atom feed
    ]


@hookimpl
def extra_template_vars(datasette, request):
    async def source_credits():
        db = datasette.get_database(DATABASE)
        if "sources" not in await db.table_names():
            return []
        result = await db.execute(
            "select name, home_url, attribution, listings from sources "
            "where coalesce(collected, 1) = 1 order by name"
        )
        return [dict(row) for row in result.rows]

    return {"source_credits": source_credits, "occupation_label": present.occupation_label,
            "occupations": present.OCCUPATION_LABELS, "remotes": present.REMOTE_LABELS,
            "date_text": present.date_text, "hourly_unclear": present.HOURLY_UNCLEAR,
            "country_name": present.country_name, "posted_within": POSTED_WITHIN,
            # from a search, a listing's link carries the search, for its "← search" link
            "listing_path": lambda listing_id: listing_path(listing_id, search_back(request)),
            "row_path": lambda listing_id: f"/{DATABASE}/listings/{tilde_encode(str(listing_id))}"}


def listing_path(listing_id: str, search: str = "") -> str:
    return "/-/listing/" + quote(str(listing_id), safe="") + (f"?{search}" if search else "")


def search_back(request) -> str:
    """The query string of the home page's search a request is on (or came back from): only the search's own
    parameters, so a listing's "← search" link can only lead to a search."""
    if request is None or request.path not in ("/", "") and not request.path.startswith("/-/listing/"):
        return ""
    args = request.args
    kept = {name: str(args.get(name) or "").strip()[:500] for name in ("s", *PARAMETERS)}
    return urlencode({name: value for name, value in kept.items() if value})


def search_params(args) -> tuple[dict[str, str], list[str]]:
    """The home page's search parameters, and what was wrong with them. A form that was never submitted (no `s`)
    starts paid-only."""
    params, notices = checked_params(clean_params(args))
    if not args.get("s"):
        params["paid"] = params["paid"] or "1"
    return params, notices


def number_text(text: str, low: float, high: float) -> bool:
    try:
        value = float(text)
    except ValueError:
        return False
    return math.isfinite(value) and low <= value <= high


def iso_date(text: str) -> bool:
    try:
        return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", text)) and date.fromisoformat(text) is not None
    except ValueError:
        return False


# name: (is the value good, what it should be): a bad value is left out of the search and said so
PARAMETER_CHECKS = {
    "max_hours": (lambda v: number_text(v, 0, 100_000), "Maximum hours must be a number of hours, e.g. 20"),
    "min_hourly_usd": (lambda v: number_text(v, 0, 100_000),
                       "Minimum $ per hour must be a number of US dollars, e.g. 15"),
    "posted_within_days": (lambda v: v.isascii() and v.isdigit() and len(v) <= 5 and 0 < int(v) <= 36_500,
                           "Posted within must be a number of days, e.g. 7"),
    "deadline_after": (lambda v: v == "today" or iso_date(v), "The deadline filter takes today or a date, "
                                                              "e.g. 2026-12-31"),
    "remote": (lambda v: v in present.REMOTE_LABELS, "Where must be remote, hybrid or onsite"),
    "occupation": (lambda v: v in present.OCCUPATION_LABELS,
                   "Kind of work must be one of " + ", ".join(present.OCCUPATION_LABELS)),
    "country": (lambda v: bool(re.fullmatch(r"[A-Za-z]{2}", v)), "Country must be a two-letter code, e.g. US"),
    "paid": (lambda v: v == "1", "Paid only is 1 or left out"),
    "micro": (lambda v: v in ("0", "1"), "Short projects only is 1 or left out"),
    "entry_level": (lambda v: v in ("0", "1"), "Entry level is 1 or left out"),
    "sort": (lambda v: v in ("relevance", "newest"), "Order is relevance or newest"),
    "page": (lambda v: v.isascii() and v.isdigit() and len(v) <= 9 and int(v) >= 1,
             "The page must be a whole number from 1"),
    "size": (lambda v: v.isascii() and v.isdigit() and len(v) <= 3 and 1 <= int(v) <= 100,
             "Results per page must be a whole number from 1 to 100"),
}


def checked_params(params: dict[str, str]) -> tuple[dict[str, str], list[str]]:
    """The search's parameters without the values it cannot use, and a sentence for each one left out (a
    `max_hours=abc` would otherwise match nothing, silently)."""
    kept, notices = dict(params), []
    for name, (good, rule) in PARAMETER_CHECKS.items():
        value = kept.get(name, "")
        if value and not good(value):
            kept[name] = ""
            shown = value if len(value) <= 40 else value[:40] + "…"
            notices.append(f"{rule} (not “{shown}”): this filter is left out." if name not in ("page", "size")
                           else f"{rule} (not “{shown}”): the default is used.")
    return kept, notices


SEARCH_TOO_SLOW = "This search took too long: try fewer or more specific words, or a filter."


async def searched(datasette, params: dict[str, str]) -> tuple[list[dict], dict, int, str | None]:
    """run_search, or no results and why: a query refused (too long) or cut by the time limit (status 400)."""
    problem = query_problem(params["q"])
    if problem:
        return [], {}, 0, problem
    try:
        return (*await run_search(datasette, params), None)
    except QueryInterrupted:
        return [], {}, 0, SEARCH_TOO_SLOW


async def run_search(datasette, params: dict[str, str]) -> tuple[list[dict], dict, int]:
    """The page's cards, the facet counts and the total: one search (facet_sql), then the cards by rowid."""
    db = datasette.get_database(DATABASE)
    facets: dict[str, list[tuple[str, int]]] = {}
    total, page = 0, []
    for facet, value, count in (await db.execute(facet_sql(given_filters(params)), params)).rows:
        if facet == "total":
            total = count
        elif facet == "page":
            page.append((count, value))
        else:
            facets.setdefault(facet, []).append((value, count))
    for values in facets.values():
        values.sort(key=lambda pair: (-pair[1], pair[0]))
    rowids = [rowid for _, rowid in sorted(page)]
    rows = []
    if rowids:
        result = await db.execute(cards_sql(), {"q": params["q"], "rowids": json.dumps(rowids)})
        rows = [dict(row) for row in result.rows]
    for row in rows:  # the other open copies of the gig: "also on ..." with each one's link
        row["copies"] = json.loads(row.get("copies") or "[]")
    return rows, facets, total


# The widget and the feed are the same for everyone (no cookie, no login): shared caches and a reverse proxy may
# keep them this long (docs/deploy.md), so a popular career center's page does not run a search per visitor.
PUBLIC_CACHE = "public, max-age=60"


def page_response(body: str, status: int = 200, cache: str | None = None) -> Response:
    headers = {"content-security-policy": CSP, "referrer-policy": "strict-origin-when-cross-origin",
               "x-content-type-options": "nosniff"}
    if cache and status == 200:
        headers["cache-control"] = cache
    return Response.html(body, status=status, headers=headers)


def query_string(params: dict[str, str], **changes) -> str:
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in ("", None)})


def whole_number(text: str, default: int) -> int:
    """A form's whole number; anything else (a '²', a thousand digits) is the default."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 else default


async def home(datasette, request):
    params, notices = search_params(request.args)
    rows, facets, total, problem = await searched(datasette, params)  # a problem replaces the results (400)
    page = min(max(whole_number(params["page"], 1), 1), CANDIDATES)
    size = min(max(whole_number(params["size"], 20), 1), 100)
    context = {
        "params": params, "rows": rows, "facets": facets, "total": total, "capped": total >= CANDIDATES,
        "page": page, "size": size, "problem": problem, "notices": notices,
        "last_page": max(math.ceil(total / size), 1), "filtered": any(params[name] for name in FILTER_NAMES),
        "query_string": lambda **changes: query_string(params, s="1", **changes),
        "api_query": query_string(params),
        "feed_query": query_string(params, page="", size=""),  # following a search is not following its page 2
        "search_title": search_title(params),
        "clear_query": query_string({"q": params["q"], "sort": params["sort"]}, s="1"),
    }
    body = await datasette.render_template("mg_home.html", context, request=request)
    return page_response(body, status=400 if problem else 200)


async def listing_page(datasette, request):
    listing_id = unquote(request.url_vars["listing_id"])
    db = datasette.get_database(DATABASE)
    rows = (await db.execute(
        f"select l.*, {WORDING}, s.attribution from listings l "
        "left join sources s on s.name = l.source where l.id = ?", [listing_id])).rows
    if not rows:
        body = await datasette.render_template("mg_missing.html", {"listing_id": listing_id}, request=request)
        return page_response(body, status=404)
    row = dict(rows[0])
    row["description_safe"] = sanitize_body(row.get("description_html"))  # sanitized when stored; again here
    back = search_back(request)
    context = {"row": row, "same_work": await same_work(db, listing_id),
               "similar": await similar_or_none(db, row), "back_path": f"/?{back}" if back else "/",
               "canonical_path": listing_path(listing_id)}
    return page_response(await datasette.render_template("mg_listing.html", context, request=request))


async def similar_or_none(db, row: dict) -> list[dict]:
    """Similar listings, or none when their search runs past the time limit (the page shows without them)."""
    try:
        return await similar_listings(db, row)
    except QueryInterrupted:
        return []


async def same_work(db, listing_id: str) -> list[dict]:
    """The same gig on other sources, as `microgigs dedupe` grouped it."""
    if "listing_groups" not in await db.table_names():
        return []
    result = await db.execute(
        "select l.id, l.title, l.source, l.url from listing_groups g "
        "join listing_groups other on other.group_id = g.group_id and other.listing_id != g.listing_id "
        "join listings l on l.id = other.listing_id where g.listing_id = ? order by l.source", [listing_id])
    return [dict(r) for r in result.rows]


# a word, or a hyphenated compound ('meal-kit'), which is searched as a phrase: 'brand-kit' is no 'meal-kit'
TITLE_TERM = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
# Words too common in this catalog to say what a gig is about
COMMON_WORDS = frozenset("""the and for with from your our you who are will this that into per its all any new
    job jobs work gig gigs task tasks project projects remote paid part time full hour hours week weeks help need
    needed wanted looking seeking hiring freelance freelancer contract short small quick one two three""".split())


def similar_match(row: dict) -> str | None:
    """An FTS5 query over the title and skills columns for the listing's own title words and skills (any of
    them), or None when it has none: each quoted, so nothing in a title is an operator."""
    try:
        skills = [str(skill) for skill in json.loads(row.get("skills") or "[]") if isinstance(skill, str)]
    except (TypeError, ValueError):
        skills = []
    terms = [term.lower().replace("-", " ") for text in [row.get("title") or "", *skills[:8]]
             for term in TITLE_TERM.findall(text)
             if "-" in term or (len(term) >= 3 and term.lower() not in COMMON_WORDS)]
    terms = list(dict.fromkeys(terms))[:12]
    if not terms:
        return None
    return "{title skills} : (" + " OR ".join(f'"{term}"' for term in terms) + ")"  # no quote: [^\W_] has none


async def similar_listings(db, row: dict, limit: int = 5) -> list[dict]:
    """Open listings whose title and skills best match this one's title words and skills (FTS5 rank), those of
    the same kind of work first."""
    match = similar_match(row)
    if not match:
        return []
    # One line per gig (db/dedupe.py): no copy of this listing's gig, and of another gig's copies the canonical
    # listing, else the best ranked; with the sources of its other open copies.
    result = await db.execute(
        f"select id, title, company, source, summary, {ALSO_ON} as also_on from ("
        f"select l.id, l.title, l.company, l.source, l.occupation, {SUMMARY} as summary, hits.rank, row_number() over ("
        "partition by coalesce(g.group_id, l.id) order by g.group_id = l.id desc, hits.rank) as copy_rank "
        "from (select rowid, rank from listings_fts where listings_fts match ? order by rank limit 100) hits "
        "join listings l on l.rowid = hits.rowid left join listing_groups g on g.listing_id = l.id "
        "where l.id != ? and l.closed_at is null and coalesce(g.group_id, l.id) is not "
        "(select group_id from listing_groups where listing_id = ?)"
        ") l where copy_rank = 1 order by coalesce(l.occupation = ?, 0) desc, rank limit ?",
        [match, row["id"], row["id"], row.get("occupation"), limit])
    return [dict(r) for r in result.rows]


def embed_presets(args) -> dict[str, str]:
    """The widget's presets from a request: a search's parameters (those it cannot use left out), its colour,
    mode, font and page size."""
    presets = {name: str(args.get(name) or "").strip()[:500] for name in EMBED_PRESETS}
    search, _ = checked_params({name: presets[name] for name in PARAMETERS if name in presets})
    presets.update(search)
    presets["paid"] = "any" if presets["paid"] == "any" or args.get("paid") == "any" else ""  # paid only unless
    presets["country"] = presets["country"].upper()
    presets["theme"] = presets["theme"] if THEME.match(presets["theme"]) else DEFAULT_THEME
    presets["mode"] = presets["mode"] if presets["mode"] in MODES else ""
    presets["font"] = presets["font"] if presets["font"] in FONTS else ""
    size = whole_number(presets["size"], 0)
    presets["size"] = str(size) if 1 <= size <= 50 else "10"
    return presets


def widget_search(presets: dict[str, str], q: str, page: str = "") -> dict[str, str]:
    """The search a widget with these presets runs: paid only unless the presets say any pay."""
    search = clean_params({**{name: value for name, value in presets.items() if name in PARAMETERS}, "q": q,
                           "page": page})
    search["paid"] = "" if presets["paid"] == "any" else "1"
    return search


def catalog_origin(request) -> str:
    """Where snippets point: the request's own host when it is a host name (a Host header is the client's)."""
    return f"{request.scheme}://{request.host if valid_host(request.host) else 'localhost'}"


def embed_snippets(request) -> dict:
    """The presets from a request and the snippets that embed them (the builder page and its JSON). Neither
    snippet sends the host page's address (referrerpolicy); the iframe's script makes it as tall as its content."""
    presets = embed_presets(request.args)
    origin = catalog_origin(request)
    data_attributes = " ".join(f'data-{name.replace("_", "-")}="{html.escape(value, quote=True)}"'
                               for name, value in presets.items() if value)
    widget_query = urlencode({k: v for k, v in presets.items() if v})  # percent-encoded: no quote can end the src
    return {
        "presets": presets, "origin": origin, "widget_url": f"/-/widget?{widget_query}",
        "modes": MODES, "fonts": FONTS,
        "script_snippet": (f'<script src="{origin}/static/embed.js" {data_attributes} referrerpolicy="no-referrer" '
                           'async></script>'),
        "iframe_snippet": (f'<iframe src="{origin}/-/widget?{widget_query}" title="Short paid work from microgigs" '
                           'width="100%" height="640" style="border:0" loading="lazy" referrerpolicy="no-referrer">'
                           f'</iframe>\n<script src="{origin}/static/widget-resize.js" referrerpolicy="no-referrer" '
                           'async></script>'),
    }


async def embed_builder(datasette, request):
    context = {**embed_snippets(request), "countries": await catalog_facet(datasette, "country"),
               "sources": await catalog_facet(datasette, "source")}
    return page_response(await datasette.render_template("mg_embed.html", context, request=request))


async def catalog_facet(datasette, facet: str) -> list[tuple[str, int]]:
    """The values of a facet (country, source) among open listings with their counts, from the facet counts
    rebuilt after every write."""
    db = datasette.get_database(DATABASE)
    if "facet_counts" not in await db.table_names():
        return []
    result = await db.execute("select value, listings from facet_counts where facet = ? and value is not null "
                              "order by listings desc, value limit 80", [facet])
    return [(row[0], row[1]) for row in result.rows]


async def embed_json(request):
    return Response.json(embed_snippets(request))


async def widget(datasette, request):
    """The iframe widget: a search box and result cards, presets as hidden fields, links open outside, pages of
    the same search, and "more on microgigs" to it on the home page."""
    presets = embed_presets(request.args)
    params = widget_search(presets, str(request.args.get("q", presets["q"]) or "").strip(),
                           str(request.args.get("page") or ""))
    params, _ = checked_params(params)
    _, notices = checked_params(clean_params(request.args))  # what the presets left out, said as on the home page
    rows, _, total, problem = await searched(datasette, params)
    page = min(max(whole_number(params["page"], 1), 1), CANDIDATES)
    size = int(presets["size"])
    hidden = {name: value for name, value in presets.items() if name != "q" and value}
    context = {"presets": presets, "params": params, "rows": rows, "total": total, "capped": total >= CANDIDATES,
               "problem": problem, "notices": notices, "page": page,
               "has_next": len(rows) == size and page * size < total,
               "hidden": hidden,
               "page_query": lambda number: urlencode({**hidden, "q": params["q"], "page": number}),
               "more_query": query_string(params, s="1", page="", size="")}
    body = await datasette.render_template("mg_widget.html", context, request=request)
    return page_response(body, status=400 if problem else 200, cache=PUBLIC_CACHE)


def search_title(params: dict[str, str]) -> str:
    """A search in words: '“logo” · Remote · United States · paid only', for page titles and feeds."""
    parts = [f"“{params['q']}”"] if params.get("q") else []
    parts += [present.REMOTE_LABELS.get(params.get("remote", ""), ""),
              present.OCCUPATION_LABELS.get(params.get("occupation", ""), ""),
              present.country_name(params["country"]) if params.get("country") else "",
              f"from {params['source']}" if params.get("source") else "",
              "paid only" if params.get("paid") else "", "short projects" if params.get("micro") == "1" else "",
              f"at most {params['max_hours']} h" if params.get("max_hours") else "",
              f"at least ${params['min_hourly_usd']}/h" if params.get("min_hourly_usd") else "",
              "entry level" if params.get("entry_level") == "1" else "",
              f"posted within {params['posted_within_days']} days" if params.get("posted_within_days") else "",
              "deadline not passed" if params.get("deadline_after") else "",
              "newest first" if params.get("sort") == "newest" else ""]
    return " · ".join(part for part in parts if part) or "all listings"


def tag_uri(request, specific: str, encoded: bool = False) -> str:
    """A tag URI (RFC 4151) under the catalog's host name: stable for as long as the catalog keeps its name.
    `specific` is percent-encoded here unless it already is (a query string from urlencode)."""
    host = request.host if valid_host(request.host) else "localhost"
    host = re.sub(r":[0-9]+$", "", host).strip("[]").lower() or "localhost"
    return f"tag:{host},{TAG_YEAR}:" + (specific if encoded else quote(specific, safe="/:@!$&'()*+,;=-._~?"))


def atom_time(value: str | None) -> str:
    """An RFC 3339 time in UTC from a stored ISO-8601 one (a bare date is midnight UTC; none is now)."""
    try:
        moment = datetime.fromisoformat(str(value or "").replace("Z", "+00:00"))
    except ValueError:
        moment = datetime.now(timezone.utc)
    moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


async def search_feed(datasette, request):
    """The search as an Atom feed (RFC 4287): a title naming the search, the catalog as the feed's author and
    each listing's company (else its source) as the entry's, tag: ids, updated times, newest first."""
    params, _ = checked_params(clean_params(request.args))
    db = datasette.get_database(DATABASE)
    try:
        rows = [dict(row) for row in (await db.execute(feed_sql(), params)).rows]
    except QueryInterrupted:
        return Response.text(SEARCH_TOO_SLOW, status=400)
    search = query_string(params, page="", size="")
    origin = catalog_origin(request)
    ET.register_namespace("", ATOM_NS)

    def add(parent, name, text=None, **attributes):
        node = ET.SubElement(parent, f"{{{ATOM_NS}}}{name}", attributes)
        if text is not None:
            node.text = text
        return node

    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    add(feed, "id", tag_uri(request, f"search?{search}", encoded=True))
    add(feed, "title", f"microgigs: {search_title(params)}")
    add(feed, "subtitle", "Short paid work from the microgigs catalog, newest first; each listing links to its source.")
    updated = add(feed, "updated")
    # the address it was fetched from, as feed validators expect (the id names the search whatever the order)
    add(feed, "link", rel="self", type="application/atom+xml", href=f"{origin}{request.path}"
        + (f"?{request.query_string}" if request.query_string else ""))
    add(feed, "link", rel="alternate", type="text/html", href=f"{origin}/?" + query_string(params, s="1", page="",
                                                                                               size=""))
    add(add(feed, "author"), "name", "microgigs")
    add(feed, "generator", "microgigs")
    times = []
    for row in rows:
        entry = add(feed, "entry")
        if row["atom_id"] == "microgigs:no-match":
            add(entry, "id", tag_uri(request, f"no-match?{search}", encoded=True))
            add(entry, "title", row["atom_title"])
            add(add(entry, "author"), "name", "microgigs")
            add(entry, "link", rel="alternate", type="text/html", href=f"{origin}/?" + query_string(params, s="1"))
        else:
            add(entry, "id", tag_uri(request, f"listing/{row['atom_id']}"))
            add(entry, "title", row["atom_title"])
            add(add(entry, "author"), "name", row["atom_author_name"] or row["atom_source"])
            link = absolute_url(row["atom_link"])
            if link:
                add(entry, "link", rel="alternate", type="text/html", href=link)
            add(entry, "link", rel="related", type="text/html", href=origin + listing_path(row["atom_id"]))
        time = atom_time(row["atom_updated"])
        times.append(time)
        add(entry, "updated", time)
        add(entry, "content", sanitize_body(row["atom_content_html"]) or "", type="html")
    updated.text = max(times) if times else atom_time(None)
    body = b"<?xml version='1.0' encoding='UTF-8'?>\n" + ET.tostring(feed, encoding="utf-8")
    return Response(body, content_type="application/atom+xml; charset=utf-8",
                    headers={"access-control-allow-origin": "*", "x-content-type-options": "nosniff",
                             "cache-control": PUBLIC_CACHE})
