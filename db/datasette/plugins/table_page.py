"""Datasette's own table page of `listings` on a large catalog. As shipped, `_search` there counts every match for
the row count and again for each facet (seconds on a million listings). Here:

- `_search` (and `_search_<column>`) keeps the same bounded candidates as the catalog's search (db/search.py):
  the best CANDIDATES by FTS5's weighted bm25 among the RANKED most recently stored matches, found once per
  request; the rows, the row count and every facet are over those, and the page says so when the bound cut.
- Facets of the whole table (no filter at all, or only `closed_at__isnull=1`) read `facet_counts`, the open
  listings per value the writer rebuilds after every write, plus the closed listings counted live.

Both replace one of Datasette's built-in hooks (its `search_filters` and `ColumnFacet`) for that table only."""
from __future__ import annotations

import json
import re
import types

import datasette.facets as builtin_facets
import datasette.filters as builtin_filters
from datasette import hookimpl
from datasette.database import QueryInterrupted
from datasette.filters import FilterArguments
from datasette.plugins import pm
from datasette.utils import path_with_added_args, path_with_removed_args
from datasette.utils.asgi import BadRequest

from db.schema import FACET_COUNT_COLUMNS, FTS_COLUMNS, LISTING_COLUMNS
from db.search import CANDIDATES, RANKED, fts_query, literal_terms
from db.serve import DATABASE_NAME as DATABASE

TABLE = "listings"
FTS_TABLE = "listings_fts"
# Found once per request, then bound to every query of the page (rows, count, facets) as a JSON array; terms
# such as 'C++' must be there whole, as in the search.
CANDIDATES_SQL = f"""with ranked as materialized (
  select rowid, rank, case when :literals = '' then 1
                           else mg_fts_whole(:words, title, skills, description_text) end as whole
  from {FTS_TABLE} where {FTS_TABLE} match :expression
  order by rowid desc limit {RANKED}
)
select best.rowid, total.ranked, total.whole from (select count(*) as ranked, sum(whole) as whole from ranked) total
  left join (select rowid from ranked where whole order by rank limit {CANDIDATES}) best"""
MATCHES_SQL = f"select count(*) from {FTS_TABLE} where {FTS_TABLE} match :expression"
IN_CANDIDATES = "rowid in (select value from json_each(:search_candidates))"
# Without it SQLite walks the facet column's index and reads every row to find the few closed ones.
CLOSED_INDEX = "idx_listings_closed_at"
# What Datasette writes for the page's SQL with no filter, or with closed_at__isnull=1 alone (Filters).
WHOLE_TABLE = re.compile(rf'^select .+ from {TABLE}\s*(?P<open_only>where "closed_at" is null\s*)?$', re.S)


def match_expression(args) -> tuple[str, str, str, str] | None:
    """(FTS5 expression, words checked whole, description, text for the search box) of the request's `_search`
    or `_search_<column>` arguments as Datasette reads them (`_search` alone when given; `_searchmode=raw`
    passes FTS5 syntax through), or None when they give no words (Datasette answered an empty one with an
    FTS5 syntax error)."""
    searches = {key: args[key] for key in args if key.startswith("_search") and key != "_searchmode"}
    if "_search" in searches:
        searches = {"_search": searches["_search"]}
    searches = {key: value for key, value in searches.items() if value.strip()}
    if not searches:
        return None
    raw = args.get("_searchmode") == "raw"
    parts, described = [], []
    for key, text in searches.items():
        column = key.removeprefix("_search").removeprefix("_")
        if column and column not in FTS_COLUMNS:
            raise BadRequest("Cannot search by that column")
        expression = text if raw else fts_query(text)
        parts.append(f"{column} : ({expression})" if column else f"({expression})")
        described.append(f'search column "{column}" matches "{text}"' if column else f'search matches "{text}"')
    words = "" if raw or "_search" not in searches else searches["_search"]
    return " AND ".join(parts), words, " and ".join(described), text


def bounded_note(found: int, ranked: int, matches: int | None) -> str:
    """How the page's rows relate to all matches ('' when they are all of them; `matches` None: not known)."""
    if matches is not None and matches <= found:
        return ""
    return (f"counted over its {found:,} best matches by relevance among the {ranked:,} most recently stored"
            + (f", of {matches:,} in all" if matches is not None else ""))


def bounded_search_filters(request, database, table, datasette):
    """Datasette's `search_filters` hook, for `listings` through the bounded candidates."""
    if database != DATABASE or table != TABLE:
        return builtin_filters.search_filters(request, database, table, datasette)

    async def inner():
        context = {"supports_search": True}
        found = match_expression(request.args)
        if found is None:
            return FilterArguments([], extra_context=context)
        expression, words, described, shown = found
        db = datasette.get_database(database)
        params = {"expression": expression, "words": words, "literals": " ".join(literal_terms(words))}
        time_limit = request.args.get("_timelimit")
        limit = {"custom_time_limit": int(time_limit)} if time_limit else {}
        rows = (await db.execute(CANDIDATES_SQL, params, **limit)).rows
        rowids = [row[0] for row in rows if row[0] is not None]
        ranked, whole = rows[0][1], rows[0][2] or 0
        if ranked < RANKED:  # every match was ranked and checked
            matches = whole
        elif not params["literals"]:
            matches = (await db.execute(MATCHES_SQL, params, **limit)).rows[0][0]
        else:  # FTS5 counts the letters of 'C++', not the term: how many have it whole is not known
            matches = None
        note = bounded_note(len(rowids), ranked, matches)
        context.update(search=shown,
                       mg_table_search={"candidates": len(rowids), "ranked": ranked, "matches": matches,
                                        "bounded": bool(note), "limit": CANDIDATES, "recent": RANKED})
        return FilterArguments([IN_CANDIDATES], {"search_candidates": json.dumps(rowids, separators=(",", ":"))},
                               [f"{described} ({note})" if note else described], context)

    return inner


class StoredColumnFacet(builtin_facets.ColumnFacet):
    """Datasette's column facet; for the whole `listings` table, the columns `facet_counts` keeps are read from
    it (open listings) plus the closed listings counted live, under the facet time limit."""

    only: list | None = None

    def get_configs(self):
        return self.only if self.only is not None else super().get_configs()

    def whole_table(self) -> re.Match | None:
        return WHOLE_TABLE.match(self.sql) if self.database == DATABASE and self.table == TABLE else None

    async def facet_results(self):
        whole = self.whole_table()
        kept = whole and await self.ds.get_database(self.database).table_exists("facet_counts")  # m007 on
        stored = FACET_COUNT_COLUMNS if kept else ()
        results, timed_out = [], []
        for config in self.get_configs():
            column = config["config"].get("column") or config["config"]["simple"]
            if column in stored:
                try:
                    results.append(await self.stored_result(column, config["source"], bool(whole["open_only"])))
                except QueryInterrupted:
                    timed_out.append(column)
                continue
            self.only = [config]
            try:
                found, cut = await super().facet_results()
            finally:
                self.only = None
            results += found
            timed_out += cut
        return results, timed_out

    async def stored_result(self, column: str, source: str, open_only: bool) -> dict:
        db = self.ds.get_database(self.database)
        open_rows = (await db.execute("select value, listings from facet_counts where facet = :facet",
                                      {"facet": column})).rows
        counts: dict = {}
        integer = LISTING_COLUMNS.get(column, ("",))[0].upper() == "INTEGER"
        for value, listings in open_rows:
            counts[int(value) if integer else value] = listings
        if not open_only:  # the whole table: the closed listings too, counted live
            closed = await db.execute(
                f"select [{column}], count(*) from {TABLE} indexed by {CLOSED_INDEX} where closed_at is not null "
                f"and [{column}] is not null group by [{column}]",
                custom_time_limit=self.ds.setting("facet_time_limit_ms"))
            for value, listings in closed.rows:
                counts[value] = counts.get(value, 0) + listings
        size = self.get_facet_size()
        ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        qs_pairs = self.get_querystring_pairs()
        values = []
        for value, count in ordered[:size]:
            selected = (column, str(value)) in qs_pairs
            toggle = (path_with_removed_args(self.request, {column: str(value)}) if selected
                      else path_with_added_args(self.request, {column: value}))
            values.append({"value": value, "label": value, "count": count, "selected": selected,
                           "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle))})
        return {"name": column, "type": self.type, "hideable": source != "metadata",
                "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet": column})),
                "results": values, "truncated": len(ordered) > size}


def _replace_builtin(name: str, module, **hooks) -> None:
    """Register, under Datasette's name for one of its built-in plugin modules, that module's hooks with `hooks`
    in place of its own. Once per process: Datasette loads this file again for each instance it builds."""
    current = pm.get_plugin(name)
    if getattr(current, "microgigs_replacement", False):
        return
    if current is not module:
        raise RuntimeError(f"{name} is not Datasette's own: cannot replace its hooks")
    replacement = types.ModuleType(name)
    replacement.microgigs_replacement = True
    for attribute in dir(module):
        value = getattr(module, attribute)
        if callable(value) and hasattr(value, "datasette_impl") and attribute not in hooks:
            setattr(replacement, attribute, value)
    for attribute, function in hooks.items():
        setattr(replacement, attribute, function)
    pm.unregister(name=name)
    pm.register(replacement, name)


def _install() -> None:
    @hookimpl(specname="filters_from_request")
    def search_filters(request, database, table, datasette):
        return bounded_search_filters(request, database, table, datasette)

    @hookimpl
    def register_facet_classes():
        return [StoredColumnFacet if klass is builtin_facets.ColumnFacet else klass
                for klass in builtin_facets.register_facet_classes()]

    _replace_builtin("datasette.filters", builtin_filters, search_filters=search_filters)
    _replace_builtin("datasette.facets", builtin_facets, register_facet_classes=register_facet_classes)


_install()
