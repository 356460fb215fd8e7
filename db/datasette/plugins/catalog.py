"""The students' and career centers' catalog: the search home page, listing pages, the embed builder and the
iframe widget, on the same search as the JSON API (db/search.py), with the wording of db/present.py."""
from __future__ import annotations

import html
import json
import re
from urllib.parse import quote, unquote, urlencode

from datasette import hookimpl
from datasette.utils import tilde_encode
from datasette.utils.asgi import Response

from db import present
from db.search import (ALSO_ON, CANDIDATES, PARAMETERS, SUMMARY, WORDING, cards_sql, clean_params, facet_sql,
                       fts_query, query_problem)
from db.serve import DATABASE_NAME as DATABASE  # the catalog database, whatever its file is called
from db.serve import valid_host
from normalize.listing import absolute_url
from normalize.text import sanitize_body

# No script but our own files, no plugins, no foreign form targets; pages may be framed (the iframe widget).
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors *")
EMBED_PRESETS = ("q", "occupation", "country", "remote", "min_hourly_usd", "entry_level", "theme", "size")
THEME = re.compile(r"^#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?$")
DEFAULT_THEME = "#1f5f8b"


@hookimpl
def prepare_jinja2_environment(env):
    # Defence in depth: a stored link that is not http(s) (javascript:, data:) is never rendered as a link.
    env.filters["web_url"] = lambda value: absolute_url(value) or "#"


@hookimpl
def prepare_connection(conn):
    present.register_sql_functions(conn)
    conn.create_function("mg_fts_query", 1, fts_query, deterministic=True)


@hookimpl
def register_routes():
    return [
        (r"^/$", home),
        (r"^/-/listing/(?P<listing_id>.+)$", listing_page),
        (r"^/-/embed$", embed_builder),
        (r"^/-/embed\.json$", embed_json),
        (r"^/-/widget$", widget),
    ]


@hookimpl
def extra_template_vars(datasette):
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
            "date_text": present.date_text, "listing_path": listing_path, "hourly_unclear": present.HOURLY_UNCLEAR,
            "row_path": lambda listing_id: f"/{DATABASE}/listings/{tilde_encode(str(listing_id))}"}


def listing_path(listing_id: str) -> str:
    return "/-/listing/" + quote(str(listing_id), safe="")


def search_params(args) -> dict[str, str]:
    """The home page's search parameters. A form that was never submitted (no `s`) starts paid-only."""
    params = clean_params(args)
    if not args.get("s"):
        params["paid"] = params["paid"] or "1"
    if params["sort"] not in ("", "relevance", "newest"):
        params["sort"] = ""
    return params


async def run_search(datasette, params: dict[str, str]) -> tuple[list[dict], dict, int]:
    """The page's cards, the facet counts and the total: one search (facet_sql), then the cards by rowid."""
    db = datasette.get_database(DATABASE)
    facets: dict[str, list[tuple[str, int]]] = {}
    total, page = 0, []
    for facet, value, count in (await db.execute(facet_sql(), params)).rows:
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


def page_response(body: str, status: int = 200) -> Response:
    return Response.html(body, status=status, headers={"content-security-policy": CSP,
                                                       "referrer-policy": "strict-origin-when-cross-origin",
                                                       "x-content-type-options": "nosniff"})


def query_string(params: dict[str, str], **changes) -> str:
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in ("", None)})


def whole_number(text: str, default: int) -> int:
    """A form's whole number; anything else (a '²', a thousand digits) is the default."""
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 9 else default


async def home(datasette, request):
    params = search_params(request.args)
    problem = query_problem(params["q"])  # shown in place of the results, with status 400
    rows, facets, total = ([], {}, 0) if problem else await run_search(datasette, params)
    page = min(max(whole_number(params["page"], 1), 1), CANDIDATES)
    size = min(max(whole_number(params["size"], 20), 1), 100)
    context = {
        "params": params, "rows": rows, "facets": facets, "total": total, "capped": total >= CANDIDATES,
        "page": page, "size": size, "problem": problem,
        "query_string": lambda **changes: query_string(params, s="1", **changes),
        "api_query": query_string(params),
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
    context = {"row": row, "same_work": await same_work(db, listing_id),
               "similar": await similar_listings(db, row)}
    return page_response(await datasette.render_template("mg_listing.html", context, request=request))


async def same_work(db, listing_id: str) -> list[dict]:
    """The same gig on other sources, as `microgigs dedupe` grouped it."""
    if "listing_groups" not in await db.table_names():
        return []
    result = await db.execute(
        "select l.id, l.title, l.source, l.url from listing_groups g "
        "join listing_groups other on other.group_id = g.group_id and other.listing_id != g.listing_id "
        "join listings l on l.id = other.listing_id where g.listing_id = ? order by l.source", [listing_id])
    return [dict(r) for r in result.rows]


TITLE_WORD = re.compile(r"[^\W_]{3,}", re.UNICODE)


async def similar_listings(db, row: dict, limit: int = 5) -> list[dict]:
    """Open listings whose text best matches this one's title words (FTS5 rank, any of the words)."""
    words = list(dict.fromkeys(w.lower() for w in TITLE_WORD.findall(row.get("title") or "")))[:8]
    if not words:
        return []
    match = " OR ".join('"' + w.replace('"', "") + '"' for w in words)
    # One line per gig (db/dedupe.py): no copy of this listing's gig, and of another gig's copies the canonical
    # listing, else the best ranked; with the sources of its other open copies.
    result = await db.execute(
        f"select id, title, company, source, summary, {ALSO_ON} as also_on from ("
        f"select l.id, l.title, l.company, l.source, {SUMMARY} as summary, hits.rank, row_number() over ("
        "partition by coalesce(g.group_id, l.id) order by g.group_id = l.id desc, hits.rank) as copy_rank "
        "from (select rowid, rank from listings_fts where listings_fts match ? order by rank limit 50) hits "
        "join listings l on l.rowid = hits.rowid left join listing_groups g on g.listing_id = l.id "
        "where l.id != ? and l.closed_at is null and coalesce(g.group_id, l.id) is not "
        "(select group_id from listing_groups where listing_id = ?)"
        ") l where copy_rank = 1 order by rank limit ?", [match, row["id"], row["id"], limit])
    return [dict(r) for r in result.rows]


def embed_presets(args) -> dict[str, str]:
    presets = {name: str(args.get(name) or "").strip() for name in EMBED_PRESETS}
    presets["theme"] = presets["theme"] if THEME.match(presets["theme"]) else DEFAULT_THEME
    size = whole_number(presets["size"], 0)
    presets["size"] = str(size) if 1 <= size <= 50 else "10"
    return presets


def catalog_origin(request) -> str:
    """Where snippets point: the request's own host when it is a host name (a Host header is the client's)."""
    return f"{request.scheme}://{request.host if valid_host(request.host) else 'localhost'}"


def embed_snippets(request) -> dict:
    """The presets from a request and the snippets that embed them (the builder page and its JSON)."""
    presets = embed_presets(request.args)
    origin = catalog_origin(request)
    data_attributes = " ".join(f'data-{name.replace("_", "-")}="{html.escape(value, quote=True)}"'
                               for name, value in presets.items() if value)
    widget_query = urlencode({k: v for k, v in presets.items() if v})
    return {
        "presets": presets, "origin": origin, "widget_url": f"/-/widget?{widget_query}",
        "script_snippet": f'<script src="{origin}/static/embed.js" {data_attributes} async></script>',
        "iframe_snippet": (f'<iframe src="{origin}/-/widget?{widget_query}" title="Short paid work from microgigs" '
                           f'width="100%" height="640" style="border:0" loading="lazy"></iframe>'),
    }


async def embed_builder(datasette, request):
    return page_response(await datasette.render_template("mg_embed.html", embed_snippets(request), request=request))


async def embed_json(request):
    return Response.json(embed_snippets(request))


async def widget(datasette, request):
    """The iframe widget: a search box and result cards, presets as hidden fields, links open outside."""
    presets = embed_presets(request.args)
    params = clean_params({**{k: v for k, v in presets.items() if k in PARAMETERS}, "paid": "1",
                           "q": request.args.get("q", presets["q"])})
    problem = query_problem(params["q"])
    rows, _, total = ([], {}, 0) if problem else await run_search(datasette, params)
    context = {"presets": presets, "params": params, "rows": rows, "total": total, "capped": total >= CANDIDATES,
               "problem": problem}
    body = await datasette.render_template("mg_widget.html", context, request=request)
    return page_response(body, status=400 if problem else 200)
