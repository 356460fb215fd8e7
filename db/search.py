"""The catalog's one search: the SQL behind the canned queries `search` and `search_feed`, the home page, its
facet counts and the embeddable widget. Every filter is a named parameter; an empty one is ignored.

Candidates first, filters second: a query ranks its 5,000 most recently stored matches (FTS5 hands them over
in rowid order without sorting) by FTS5's weighted bm25 and keeps the best 2,000; no query takes the newest
2,000 open listings that pass the filters (walking the posted_at index). The page, the counts and the feed are
computed over those candidates only, so a search costs about the same on a million listings as on a thousand.
"""
from __future__ import annotations

import re
from functools import lru_cache

PARAMETERS = {
    # name: what it does (documented in the canned query and the README)
    "q": "words to search for, all of them (at most 32 words, 500 characters; quotes, OR and * are plain text)",
    "sort": "relevance (default with a query) or newest",
    "paid": "1 = only listings stated or derived as paid (is_paid = 1)",
    "micro": "1 = only short paid project work (is_micro = 1)",
    "max_hours": "total effort at most this many hours (listings that state it)",
    "min_hourly_usd": "effective pay at least this many USD per hour (listings where it is known and not flagged "
                      "pay_implausible or currency_unknown)",
    "remote": "remote, hybrid or onsite",
    "occupation": "an Online Labour Index class, e.g. sales_marketing",
    "country": "ISO 3166-1 alpha-2 code, e.g. US",
    "entry_level": "1 = open to students, new graduates or people without experience",
    "posted_within_days": "posted in the last N days",
    "deadline_after": "apply-by date not passed by this date (YYYY-MM-DD or today); listings without one stay",
    "source": "one source, e.g. reddit",
    "size": "results per page (default 20, at most 100)",
    "page": "page number, from 1",
}
CANDIDATES = 2000
# bm25 is computed for this many matches at most (about 1 µs each on a million listings): ranking every match
# grows with the catalog, and in a catalog of short gigs the older matches are mostly closed anyway.
RANKED = 5000
# What the cards, filters, order and feed read: never the large columns (raw, description_html).
MATCHED_COLUMNS = """l.rowid as rowid, l.id, l.title, l.company, l.source, l.url, l.apply_url, l.pay_min, l.pay_max,
    l.pay_currency, l.pay_unit, l.hourly_usd_min, l.hourly_usd_max, l.hours_min, l.hours_max, l.hours_per_week,
    l.duration_days, l.remote, l.country, l.location_raw, l.occupation, l.engagement, l.entry_level, l.is_paid,
    l.is_micro, l.posted_at, l.expires_at, l.due_at, l.first_seen_at, l.flags, l.pay_piece, l.pieces,
    substr(l.description_text, 1, 200) as description_head"""
FACETS = ("occupation", "remote", "country", "source", "pay_unit", "entry_level")

# Each filter's test, applied only when its parameter is given (the values are always bound parameters; only
# these fixed names decide which tests are written).
FILTER_TERMS = {
    "paid": "l.is_paid = 1",
    "micro": "l.is_micro = cast(:micro as integer)",
    "max_hours": "l.hours_max <= cast(:max_hours as real)",
    # an hourly figure the catalog cannot vouch for never passes (see db/present.py)
    "min_hourly_usd": """(l.hourly_usd_max >= cast(:min_hourly_usd as real)
         and coalesce(l.flags, '') not like '%"pay_implausible"%'
         and coalesce(l.flags, '') not like '%"currency_unknown"%')""",
    "remote": "l.remote = :remote",
    "occupation": "l.occupation = :occupation",
    "country": "l.country = upper(:country)",
    "entry_level": "l.entry_level = cast(:entry_level as integer)",
    "source": "l.source = :source",
    "posted_within_days": """l.posted_at >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now',
         '-' || cast(:posted_within_days as integer) || ' days')""",
    "deadline_after": """(l.expires_at is null
         or l.expires_at >= case when :deadline_after = 'today' then date('now') else :deadline_after end)""",
}
# The canned queries' SQL is fixed, so each test there is skipped by its empty parameter instead.
FILTERS = "l.closed_at is null\n    " + "\n    ".join(
    f"and (:{name} = '' or {term})" for name, term in FILTER_TERMS.items())


def given_filters(params) -> frozenset[str]:
    """The names of the filters a search's parameters give (non-empty), for matched_sql."""
    return frozenset(name for name in FILTER_TERMS if str(params.get(name) or "").strip())


def filters_sql(given: frozenset[str]) -> str:
    """The WHERE of the open listings passing the given filters only: no `:x = ''` test a row at a time, so an
    index such as (occupation, posted_at) can answer it (m012)."""
    return "l.closed_at is null" + "".join(f"\n    and {FILTER_TERMS[name]}" for name in FILTER_TERMS
                                           if name in given)

def _filtered_keys(where: str, given: frozenset[str] | None) -> str:
    """The body of `filtered` with only what a search needs of each candidate to pick one per gig, order, count and
    page it (rowid, id, posted_at, rank, group_id), read from the narrow `listing_search_keys` (m015); a candidate's
    listing row is read only when a filter is given."""
    if given is None:  # the canned query's fixed SQL: every filter parameter empty skips the listing
        unfiltered = " || ".join(f":{name}" for name in FILTER_TERMS) + " = ''"
    else:
        unfiltered = "1" if not given else "0"
    return f"""  select k.listing_rowid as rowid, k.id, k.posted_at, candidates.rank as rank,
    (select g.group_id from listing_groups g where g.listing_id = k.id) as group_id
  from candidates cross join listing_search_keys k on k.listing_rowid = candidates.rowid
  where k.closed_at is null
    and ({unfiltered} or exists (select 1 from listings l where l.rowid = k.listing_rowid and {where}))"""


@lru_cache(maxsize=4096)
def matched_sql(given: frozenset[str] | None = None, keys_only: bool = False) -> str:
    """The candidates, filtered and one per gig (`matched`); with `given`, the WHERE holds only those filters. Each
    with MATCHED_COLUMNS, or with `keys_only` only those _filtered_keys gives (the cards then read their rows)."""
    where = FILTERS if given is None else filters_sql(given)
    filtered = _filtered_keys(where, given) if keys_only else f"""  select {MATCHED_COLUMNS}, candidates.rank as rank,
    (select g.group_id from listing_groups g where g.listing_id = l.id) as group_id
  from candidates cross join listings l on l.rowid = candidates.rowid
  where {where}"""
    return f"""with hits as (
  -- the best {CANDIDATES:,} by FTS5's weighted rank (title weighs most) among the {RANKED:,} most recently stored
  -- matches; mg_fts_query makes any input plain words (fts_query)
  select rowid, rank from (
    -- 'C++', 'C#', '.NET', 'Node.js': FTS5 matches their letters ('c'), the terms themselves must be there too;
    -- checked in the select list, so on the {RANKED:,} matches at most however common the letters are
    select rowid, rank, case when mg_fts_literals(:q) = '' then 1
                             else mg_fts_whole(:q, title, skills, description_text) end as whole
    from listings_fts
    where :q != '' and listings_fts match mg_fts_query(:q)
    order by rowid desc limit {RANKED}
  ) where whole order by rank limit {CANDIDATES}
), newest as (
  -- no query: the newest open listings that pass the filters, walking the posted_at index or, for a filter
  -- given, an index such as (occupation, posted_at) (m012); the unary + keeps the planner off the closed_at
  -- index, which would sort every open listing
  select l.rowid, 0 as rank from listings l
  where :q = '' and +{where}
  order by l.posted_at desc limit {CANDIDATES}
), candidates as (
  select rowid, rank from hits union all select rowid, rank from newest
), filtered as materialized (
  -- cross join: SQLite then always walks the candidates and looks each listing up by rowid
{filtered}
), kept as (
  -- one card per gig (db/dedupe.py): of the copies that match, its canonical listing, else the best ranked;
  -- only grouped listings are sorted, and only by what picks one (the whole rows: twice the search's time)
  select rowid from (
    select rowid, row_number() over (partition by group_id
      order by id = group_id desc, rank, posted_at desc, id) as copy_rank
    from filtered where group_id is not null
  ) where copy_rank = 1
), matched as materialized (
  select * from filtered f where f.group_id is null or f.rowid in kept
)"""


MATCHED = matched_sql()

# How the catalog says a listing's pay and effort (db/present.py's SQL functions), over a listing aliased `l`.
SUMMARY = """mg_summary(l.pay_min, l.pay_max, l.pay_currency, l.pay_unit, l.is_paid, l.hours_min, l.hours_max,
             l.hours_per_week, l.duration_days, l.hourly_usd_min, l.hourly_usd_max, l.flags, l.pay_piece, l.pieces)"""
WORDING = f"""{SUMMARY} as summary,
  mg_pay_text(l.pay_min, l.pay_max, l.pay_currency, l.pay_unit, l.is_paid, l.flags, l.pay_piece, l.pieces) as pay_text,
  mg_effort_text(l.hours_min, l.hours_max, l.hours_per_week, l.duration_days) as effort_text,
  mg_hourly_text(l.hourly_usd_min, l.hourly_usd_max, l.flags) as hourly_text"""

# The other open copies of listing l's gig (db/dedupe.py): their sources and links, as `also on ...` on the
# cards and in the feed; `copies` is a JSON array of {"source", "url"} (http(s) links only).
COPIES = """select o.source, o.url from listing_groups g
    join listing_groups c on c.group_id = g.group_id and c.listing_id != g.listing_id
    join listings o on o.id = c.listing_id
    where g.listing_id = l.id and o.closed_at is null and (o.url like 'https://%' or o.url like 'http://%')
    order by o.source, o.id"""
ALSO_ON = f"(select group_concat(source, ', ') from (select distinct source from ({COPIES}) order by source))"
COPY_LINKS = f"(select json_group_array(json_object('source', source, 'url', url)) from ({COPIES}))"


def html_text(sql: str) -> str:
    """An SQL expression's text escaped for HTML (the feed builds its entries' HTML in SQL)."""
    return f"replace(replace(replace(replace({sql}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '\"', '&quot;')"


# a card's snippet, from the `snippets` its query computes (snippets_cte)
SNIPPET_OF_SHOWN = "(select sn.snippet from snippets sn where sn.rowid = l.rowid)"
# an hourly figure flagged implausible is no fact: the cards' JSON gives none (the listings table keeps it)
VOUCHED = "coalesce(l.flags, '') not like '%\"pay_implausible\"%'"
CARD_COLUMNS = f"""l.id, l.title, l.company, l.source, l.url, coalesce(l.apply_url, l.url) as apply_url,
  l.pay_min, l.pay_max, l.pay_currency, l.pay_unit,
  case when {VOUCHED} then l.hourly_usd_min end as hourly_usd_min,
  case when {VOUCHED} then l.hourly_usd_max end as hourly_usd_max,
  l.hours_min, l.hours_max, l.hours_per_week, l.duration_days, l.remote, l.country, l.location_raw,
  l.occupation, l.engagement, l.entry_level, l.is_paid, l.is_micro, l.posted_at, l.expires_at, l.due_at, l.flags,
  l.pay_piece, l.pieces, {WORDING},
  case when :q = '' then mg_snippet_html(l.description_head) else {SNIPPET_OF_SHOWN} end as snippet,
  (select attribution from sources s where s.name = l.source) as attribution,
  {ALSO_ON} as also_on, {COPY_LINKS} as copies,
  l.rank"""


def snippets_cte(shown: str) -> str:
    """`snippets`: FTS5's snippet of each listing of `shown` (a CTE of the page's rows), for CARD_COLUMNS. One pass
    over the matches between the page's lowest and highest rowid (at most the RANKED most recent ones) costs less
    than a MATCH per card, each of which seeks the word in every segment of the index."""
    return f"""snippets as materialized (
  select rowid, mg_snippet_html(snippet(listings_fts, 2, char(2), char(3), '…', 24)) as snippet from listings_fts
  where :q != '' and listings_fts match mg_fts_query(:q)
    and rowid between (select min(rowid) from {shown}) and (select max(rowid) from {shown})
    and +rowid in (select rowid from {shown})
)"""


ORDER_KEYS = "case when :sort = 'newest' then 0 else l.rank end, l.posted_at desc, l.id"
ORDER = f"order by {ORDER_KEYS}"
SIZE = "min(max(coalesce(cast(nullif(:size, '') as integer), 20), 1), 100)"
# pages past the candidates are empty; the bound keeps a huge page number from overflowing the offset
OFFSET = f"(min(max(coalesce(cast(nullif(:page, '') as integer), 1), 1), {CANDIDATES}) - 1) * {SIZE}"
PAGE = f"limit {SIZE}\noffset {OFFSET}"


def search_sql() -> str:
    """One page of results as cards (the canned query `search`), each with `total`: how many listings the whole
    search matched (counted over its candidates: at most CANDIDATES), for a widget's count and pages. The
    candidates carry only their keys (matched_sql keys_only); the page's rows are then read whole for their cards."""
    return f"""{matched_sql(None, keys_only=True)}, page as (
  select l.rowid, l.rank from matched l {ORDER} {PAGE}
), shown as materialized (
  select {MATCHED_COLUMNS}, page.rank as rank from page cross join listings l on l.rowid = page.rowid
), {snippets_cte("shown")}
select {CARD_COLUMNS}, (select count(*) from matched) as total
from shown l
{ORDER}"""


def feed_sql() -> str:
    """The same search in datasette-atom's column contract (the canned query `search_feed`, newest first; its
    .atom is the catalog's own renderer, plugins/catalog.py, which adds what RFC 4287 asks).

    An empty search yields one entry saying so, because a feed needs an entry to have an update time."""
    return f"""{MATCHED}, page as (
  select l.id as atom_id, l.title || coalesce(' · ' || l.company, '') as atom_title,
    coalesce(l.posted_at, l.first_seen_at) as atom_updated, l.url as atom_link, l.company as atom_author_name,
    l.source as atom_source,
    '<p>' || coalesce({SUMMARY}, 'pay not stated')
      || coalesce(' · apply by ' || substr(l.expires_at, 1, 10), '') || ' · via ' || l.source || '</p>'
      || coalesce((select '<p>Also on ' || group_concat('<a href="' || {html_text('url')} || '">' || {html_text('source')}
           || '</a>', ', ') || '</p>' from ({COPIES})), '')
      || coalesce((select d.description_html from listings d where d.rowid = l.rowid), '') as atom_content_html
  from matched l order by coalesce(l.posted_at, l.first_seen_at) desc limit 50
)
select * from page
union all
select 'microgigs:no-match', 'No listing matches this search yet', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'),
  '/', null, null, '<p>New listings that match will appear in this feed.</p>'
where not exists (select 1 from page)"""


def facet_sql(given: frozenset[str] | None = None) -> str:
    """Counts per value of each facet over the matched listings (at most the candidates), the total, and the
    page's rowids in order (facet 'page', value the rowid, listings its position): the home page then reads
    its cards by rowid (cards_sql) instead of searching twice. `given` (given_filters): see matched_sql."""
    parts = [f"select '{facet}' as facet, cast({facet} as text) as value, count(*) as listings from matched "
             f"where {facet} is not null group by {facet}" for facet in FACETS]
    # the checkboxes' counts: how many of these results each would keep
    parts.append("select 'paid', '1', count(*) from matched where is_paid = 1")
    parts.append("select 'micro', '1', count(*) from matched where is_micro = 1")
    parts.append("select 'deadline_after', 'today', count(*) from matched "
                 "where expires_at is null or expires_at >= date('now')")
    parts.append("select 'total' as facet, null as value, count(*) as listings from matched")
    parts.append(f"""select 'page', rowid, position from (
  select l.rowid, row_number() over ({ORDER}) as position from matched l
) where position > {OFFSET} and position <= {OFFSET} + {SIZE}""")
    return matched_sql(given) + "\n" + "\nunion all\n".join(parts)


def cards_sql() -> str:
    """The cards of listings given by rowid (:rowids, a JSON array), in that order, as the search has them."""
    return f"""with matched as materialized (
  select {MATCHED_COLUMNS}, picked.key as rank from json_each(:rowids) picked
    cross join listings l on l.rowid = picked.value
), {snippets_cte("matched")}
select {CARD_COLUMNS}
from matched l order by l.rank"""


def clean_params(args) -> dict[str, str]:
    """Every parameter of the search as a string ('' when absent), from any mapping of request arguments."""
    return {name: str(args.get(name) or "").strip() for name in PARAMETERS}


MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 32  # each word is one more doclist FTS5 must merge: a long query of common words is costly
# A word as FTS5's unicode61 tokenizer sees it: letters, digits and combining marks; the rest separates words.
QUERY_WORD = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+")


def query_problem(q: str) -> str | None:
    """Why a search query is refused (too long), or None."""
    if len(q) > MAX_QUERY_CHARS:
        return f"This search is too long: at most {MAX_QUERY_CHARS} characters, please."
    if len(QUERY_WORD.findall(q)) > MAX_QUERY_WORDS:
        return f"This search has too many words: at most {MAX_QUERY_WORDS}, please."
    return None


def fts_query(q: str | None) -> str:
    """An FTS5 MATCH expression that finds listings with every word of `q`, whatever `q` holds: each word quoted
    (no operators, quotes or NULs reach FTS5), at most MAX_QUERY_WORDS; no word at all matches nothing."""
    words = QUERY_WORD.findall(str(q or "")[:MAX_QUERY_CHARS])[:MAX_QUERY_WORDS]
    return " ".join(f'"{word}"' for word in words) or '""'


# A search term whose letters FTS5 keeps but whose signs it drops: 'C++', 'C#', 'F#', '.NET', 'Node.js', 'ASP.NET'.
LITERAL_TERM = re.compile(r"\.?[^\W_]+(?:\.[^\W_]+)*[+#]*")
TERM_EDGES = "\"'()[]{},;:!?"


@lru_cache(maxsize=256)
def literal_terms(q: str | None) -> tuple[str, ...]:
    """The terms of `q` that must be found whole (see LITERAL_TERM), lower-cased: those with a sign and a letter."""
    terms = []
    for piece in re.split(r"[\s/,]+", str(q or "")[:MAX_QUERY_CHARS]):
        piece = piece.strip(TERM_EDGES)
        piece = piece.rstrip(".") if len(piece.rstrip(".")) > 1 else piece  # a sentence's full stop
        if (any(sign in piece for sign in ".+#") and re.search(r"[^\W\d_]", piece)
                and LITERAL_TERM.fullmatch(piece)):
            terms.append(piece.lower())
    return tuple(dict.fromkeys(terms))[:MAX_QUERY_WORDS]


@lru_cache(maxsize=256)
def _literal_patterns(q: str) -> tuple[re.Pattern, ...]:
    # whole: no letter or sign on either side ('C++17' is C++; 'Node.json' is not Node.js; 'ASP.NET' has .NET)
    return tuple(re.compile(("(?<![^\\W_])" if term[0].isalnum() else "") + re.escape(term) + r"(?![^\W\d_]|[+#])",
                            re.IGNORECASE) for term in literal_terms(q))


def has_literal_terms(q: str | None, *texts: str | None) -> int:
    """1 when every literal term of `q` is in one of the texts, whole; the SQL function mg_fts_whole."""
    text = "\n".join(t for t in texts if isinstance(t, str))
    return int(all(pattern.search(text) for pattern in _literal_patterns(str(q or ""))))


def register_search_functions(conn) -> None:
    """The SQL functions the search's SQL calls (the catalog registers them on every connection)."""
    conn.create_function("mg_fts_query", 1, fts_query, deterministic=True)
    conn.create_function("mg_fts_literals", 1, lambda q: " ".join(literal_terms(q)), deterministic=True)
    conn.create_function("mg_fts_whole", 4, has_literal_terms, deterministic=True)
