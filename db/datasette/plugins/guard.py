"""What keeps the public catalog up whatever a stranger sends: bounded SQLite connections, separate lanes so slow
pages cannot take the search's threads, a Content-Security-Policy on every page, a checked Host header, and no
server paths for anonymous visitors."""
from __future__ import annotations

import asyncio
import base64
import hashlib
import html
import json
import os
import re
import sqlite3
import threading
from pathlib import Path
from urllib.parse import parse_qs, parse_qsl, urlencode

import datasette
from datasette import hookimpl
from datasette.utils.asgi import Response

from db.search import QUERY_WORD, query_problem
from db.serve import DATABASE_NAME, valid_host

# Far above any stored row (texts are capped at 200 KB), far below what hurts: printf, zeroblob, replace or
# group_concat past it fail at once with "string or blob too big" instead of building a gigabyte.
MAX_LENGTH = 8_000_000
LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: MAX_LENGTH,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 100_000,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 1_000,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 100,
    sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER: 1_000,
}
# fts3_tokenizer('simple') returns a pointer: a memory address for anyone who asks.
DENIED_FUNCTIONS = {"fts3_tokenizer", "load_extension"}
# %N / %.N in printf: the widths and precisions SQLite would loop over in one opcode (past the time limit).
PRINTF_SPEC = re.compile(r"%[-+ 0#,!]*(\*|\d+)?(?:\.(\*|\d+))?(?:ll|l)?([a-zA-Z%])")

# Pages that must stay fast for everyone: the search, its API, feed and widget, a listing, the embed builder.
SEARCH_LANE = re.compile(rf"^/(?:|-/widget|-/listing/.*|-/embed(?:\.json)?|{DATABASE_NAME}/search(?:_feed)?"
                         r"(?:\.\w+)?)$")
CANNED_SEARCH = re.compile(rf"^/{DATABASE_NAME}/search(?:_feed)?(?:\.\w+)?$")
NO_SQL = re.compile(r"^/(?:static/|-/static/|-/static-plugins/|favicon\.ico$|-/(?:settings|metadata|actor)"
                    r"(?:\.json)?$)")
# Everything else (table pages with facets, SQL when allowed, research, searches of many words) shares this many
# query threads at once, of the num_sql_threads in db/serve.py, leaving a core to the search; more wait in a short
# queue, beyond it they are told to come back.
OPEN_LANE_SLOTS = max(1, (os.cpu_count() or 2) - 1)
LIGHT_SEARCH_WORDS = 8  # a search of more words merges more FTS5 doclists: it waits with the slow pages
OPEN_LANE_QUEUE = 16
OPEN_LANE_WAIT_S = 10.0
PER_CLIENT_REQUESTS = 8  # one address's requests in progress at once
# Datasette renders an HTML table page in the event loop that every request shares: 1,000 rows hold it 0.7 s
# (100 rows 0.15 s), so HTML pages show at most this many rows; JSON and CSV keep max_returned_rows.
HTML_PAGE_ROWS = 100

CSP_BASE = ("default-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            "form-action 'self'")


def datasette_script_hashes() -> list[str]:
    """The inline scripts of Datasette's own templates (menus, SQL editor, table facets), allowed by hash only."""
    templates = Path(datasette.__file__).parent / "templates"
    bodies = [body for name in ("_close_open_menus.html", "_codemirror_foot.html")
              for body in re.findall(r"<script>(.*?)</script>", (templates / name).read_text(encoding="utf-8"),
                                     re.S)]
    bodies += [f"DATASETTE_ALLOW_FACET = {value};" for value in ("true", "false")]  # table.html
    return [f"'sha256-{base64.b64encode(hashlib.sha256(b.encode()).digest()).decode()}'" for b in bodies]


# Datasette's pages, research and the dictionary: our scripts, Datasette's known inline ones, no framing.
CSP = (f"{CSP_BASE}; script-src 'self' {' '.join(datasette_script_hashes())}; style-src 'self' 'unsafe-inline'; "
       "frame-ancestors 'self'")
NUMBER_PARAMETERS = ("_size", "_facet_size", "_timelimit")
TABLE_PAGE = re.compile(rf"^/{DATABASE_NAME}/([A-Za-z0-9_]+)(?:\.\w+)?$")
# Server file paths and threads: for the operator (who has the command line), not for anonymous visitors.
PRIVATE_PAGES = r"^/-/(?P<page>versions|plugins|databases|threads)(?:\.json)?$"


def bounded_printf(fmt, *args):
    """SQLite's printf, refused (as SQLite refuses too big a string) when a width or precision may pass MAX_LENGTH:
    a literal one, or any argument (a `*` may take any of them) that SQLite would read as such a number."""
    if fmt is None:
        return None
    fmt = str(fmt)
    literal = [int(size) for spec in PRINTF_SPEC.finditer(fmt) for size in spec.group(1, 2) if size and size != "*"]
    starred = [sql_number(arg) for arg in args] if "*" in fmt else []
    if any(size > MAX_LENGTH for size in literal + starred):
        raise OverflowError("printf width past the length limit")  # sqlite3 reports "string or blob too big"
    return _plain_connection().execute(f"select printf({', '.join('?' * (len(args) + 1))})",
                                       (fmt, *args)).fetchone()[0]


NUMBER_PREFIX = re.compile(r"\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")


def sql_number(value) -> float:
    """The size SQLite would read from a printf argument: a number, or the number a text or blob starts with."""
    if isinstance(value, (int, float)):
        return abs(value)
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    found = NUMBER_PREFIX.match(str(value or "")[:400])
    return abs(float(found.group())) if found else 0


QUADRATIC_WORK = 100_000_000  # SQLite's instr and replace compare each position with the whole pattern


def bounded_replace(text, pattern, replacement):
    """replace(X, Y, Z) in linear time (Python's search) for text; SQLite's own for other types, refused when
    its quadratic search could run past the time limit in one opcode (8 MB in 2 MB: ten minutes)."""
    if text is None or pattern is None or replacement is None:
        return None
    if not all(isinstance(value, str) for value in (text, pattern, replacement)):
        return _sqlite_call("replace", text, pattern, replacement)
    if not pattern:
        return text
    if len(text) + text.count(pattern) * (len(replacement) - len(pattern)) > MAX_LENGTH:
        raise OverflowError("replace past the length limit")  # sqlite3: "string or blob too big"
    return text.replace(pattern, replacement)


def bounded_instr(text, pattern):
    """instr(X, Y), linear for two texts or two blobs (Python's search), SQLite's own (bounded) otherwise."""
    if text is None or pattern is None:
        return None
    if isinstance(text, str) and isinstance(pattern, str) or isinstance(text, bytes) and isinstance(pattern, bytes):
        return text.find(pattern) + 1
    return _sqlite_call("instr", text, pattern)


def bounded_trim(function: str):
    """trim/ltrim/rtrim(X, Y) in time linear in X for texts: SQLite's own compares each character of X with
    each of Y (80,000 characters of each: 32 s in one opcode)."""
    def trim(text, characters):
        if text is None or characters is None:
            return None
        if not (isinstance(text, str) and isinstance(characters, str)):
            return _sqlite_call(function, text, characters)
        drop, start, end = set(characters), 0, len(text)
        if function != "rtrim":
            while start < end and text[start] in drop:
                start += 1
        if function != "ltrim":
            while end > start and text[end - 1] in drop:
                end -= 1
        return text[start:end]

    return trim


def _sqlite_call(function: str, text, pattern, *rest):
    """SQLite's own function on the plain connection, when its worst case stays within QUADRATIC_WORK."""
    if len(str(text)) * len(str(pattern)) > QUADRATIC_WORK:
        raise OverflowError(f"{function} too costly")  # sqlite3: "string or blob too big"
    arguments = (text, pattern, *rest)
    return _plain_connection().execute(f"select {function}({', '.join('?' * len(arguments))})",
                                       arguments).fetchone()[0]


_local = threading.local()


def _plain_connection() -> sqlite3.Connection:
    """An in-memory connection per thread with SQLite's own functions (the served ones have the bounded ones)."""
    if getattr(_local, "conn", None) is None:
        _local.conn = sqlite3.connect(":memory:", check_same_thread=False)
        _local.conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_LENGTH)
    return _local.conn


def authorize(action, arg1, arg2, db_name, trigger):
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


@hookimpl
def prepare_connection(conn):
    for limit, value in LIMITS.items():
        conn.setlimit(limit, value)
    conn.set_authorizer(authorize)
    for name in ("printf", "format"):
        conn.create_function(name, -1, bounded_printf, deterministic=True)
    conn.create_function("replace", 3, bounded_replace, deterministic=True)
    conn.create_function("instr", 2, bounded_instr, deterministic=True)
    for name in ("trim", "ltrim", "rtrim"):  # the one-argument forms (spaces) stay SQLite's
        conn.create_function(name, 2, bounded_trim(name), deterministic=True)


@hookimpl
def register_routes():
    return [(PRIVATE_PAGES, private_page)]


async def private_page(request):
    return Response.json({"ok": False, "error": "Not shown on a public catalog: run microgigs on the server "
                                                "(microgigs health, sources) for its details.", "status": 403},
                         status=403)


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        return Guard(app, datasette)

    return wrap


class Guard:
    """ASGI middleware in front of all of Datasette (see the module docstring)."""

    def __init__(self, app, datasette=None):
        self.app, self.datasette = app, datasette
        self.open_lane: asyncio.Semaphore | None = None  # made in the running event loop (one per loop)
        self.loop = None
        self.open_waiting = 0
        self.in_progress: dict[str, int] = {}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")
        host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1")
        if host and not valid_host(host):
            return await refuse(scope, send, 400, "The Host header is not a host name.")
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        words = (query.get("q") or [""])[-1]
        problem = query_problem(words) if CANNED_SEARCH.match(path) else None  # pages render their own
        problem = problem or bad_parameter(query) or await self.bad_sort(path, query)
        if problem:
            return await refuse(scope, send, 400, problem)
        client = (scope.get("client") or ("", 0))[0]
        if self.in_progress.get(client, 0) >= PER_CLIENT_REQUESTS:
            return await refuse(scope, send, 429, "Too many requests at once from this address; try again in a "
                                                  "moment.", retry_after=2)
        self.in_progress[client] = self.in_progress.get(client, 0) + 1
        try:
            light_search = SEARCH_LANE.match(path) and len(QUERY_WORD.findall(words)) <= LIGHT_SEARCH_WORDS
            if light_search or NO_SQL.match(path):
                return await self.app(scope, receive, with_headers(send))
            return await self.in_open_lane(html_rows_capped(scope, query), receive, send)
        finally:
            self.in_progress[client] -= 1
            if not self.in_progress[client]:
                del self.in_progress[client]

    async def bad_sort(self, path: str, query: dict) -> str | None:
        """A sort by a column the table lacks (Datasette answers it with a 500)."""
        table = TABLE_PAGE.match(path)
        asked = [v for name in ("_sort", "_sort_desc") for v in query.get(name, [])]
        if not table or not asked or self.datasette is None:
            return None
        if "_sort" in query and "_sort_desc" in query:
            return "Sort by _sort or _sort_desc, not both."
        db = self.datasette.get_database(DATABASE_NAME)
        columns = set(await db.table_columns(table.group(1)))
        if columns and not await db.primary_keys(table.group(1)):
            columns.add("rowid")  # Datasette sorts by rowid only where it is the key
        if columns and not set(asked) <= columns:
            return f"Cannot sort by {', '.join(sorted(set(asked) - columns))}: no such column."
        return None

    async def in_open_lane(self, scope, receive, send):
        if self.loop is not asyncio.get_running_loop():
            self.loop, self.open_lane = asyncio.get_running_loop(), asyncio.Semaphore(OPEN_LANE_SLOTS)
        if self.open_lane.locked():  # every slot taken: wait in the queue, if there is room
            if self.open_waiting >= OPEN_LANE_QUEUE:
                return await refuse(scope, send, 503, "The catalog is busy with slow pages; try again in a moment "
                                                      "(the search on / answers meanwhile).", retry_after=5)
            self.open_waiting += 1
            try:
                async with asyncio.timeout(OPEN_LANE_WAIT_S):  # cancels acquire itself: no slot is lost on timeout
                    await self.open_lane.acquire()
            except TimeoutError:
                return await refuse(scope, send, 503, "The catalog is busy with slow pages; try again in a moment.",
                                    retry_after=5)
            finally:
                self.open_waiting -= 1
        else:
            await self.open_lane.acquire()  # a free slot: taken at once
        try:
            return await self.app(scope, receive, with_headers(send))
        finally:
            self.open_lane.release()


def bad_parameter(query: dict) -> str | None:
    """Datasette's own parameters it reads with int() or as a page token (a '²' there was a 500)."""
    for name in NUMBER_PARAMETERS:
        for value in query.get(name, []):
            if not re.fullmatch(r"-?[0-9]{1,9}", value) and not (value == "max" and name != "_timelimit"):
                return f"{name} must be a whole number{'' if name == '_timelimit' else ' or max'}."
    if not all(value.isascii() for value in query.get("_next", [])):
        return "_next is not a page token of this catalog."
    for value in query.get("_search", []):  # a table's full-text filter: the search's own bounds
        if query_problem(value):
            return query_problem(value)
    return None


def html_rows_capped(scope, query: dict) -> dict:
    """The scope with _size at most HTML_PAGE_ROWS when the page asked for is HTML (no .json, .csv, ...)."""
    size = (query.get("_size") or [""])[-1]
    as_html = "." not in scope.get("path", "").rsplit("/", 1)[-1]
    if not size or not as_html or (size.isdigit() and int(size) <= HTML_PAGE_ROWS):
        return scope
    pairs = [(k, str(HTML_PAGE_ROWS) if k == "_size" else v)
             for k, v in parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)]
    return {**scope, "query_string": urlencode(pairs).encode("ascii")}


def with_headers(send):
    """Adds the CSP (unless the page set its own) and nosniff to every response."""
    async def send_with_headers(message):
        if message["type"] == "http.response.start":
            headers = list(message.get("headers") or [])
            names = {name.lower() for name, _ in headers}
            if b"content-security-policy" not in names:
                headers.append((b"content-security-policy", CSP.encode()))
            if b"x-content-type-options" not in names:
                headers.append((b"x-content-type-options", b"nosniff"))
            message = {**message, "headers": headers}
        await send(message)

    return send_with_headers


async def refuse(scope, send, status: int, message: str, *, retry_after: int | None = None):
    """An answer from the guard itself: JSON for a .json URL, else a short page (the message may quote the request:
    escaped)."""
    if scope.get("path", "").endswith(".json"):
        body, kind = json.dumps({"ok": False, "error": message, "status": status}).encode(), b"application/json"
    else:
        body = (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>microgigs</title></head>"
                f"<body><p>{html.escape(message)}</p><p><a href=\"/\">Search short paid work</a></p>"
                "</body></html>").encode()
        kind = b"text/html; charset=utf-8"
    headers = [(b"content-type", kind), (b"content-security-policy", CSP.encode()),
               (b"x-content-type-options", b"nosniff"),
               (b"access-control-allow-origin", b"*")]  # as Datasette's CORS: widgets elsewhere read the reason
    if retry_after:
        headers.append((b"retry-after", str(retry_after).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
