"""The Datasette catalog: the SQLite file served as database `microgigs`, configured from db/datasette/."""
from __future__ import annotations

import os
import re
import signal
import socket
from functools import lru_cache
from pathlib import Path

import yaml

HERE = Path(__file__).parent / "datasette"
DATABASE_NAME = "microgigs"
SETTINGS = {
    # A search must answer fast or not at all: a runaway user query cannot stall the catalog.
    "sql_time_limit_ms": 3000,
    # guard.py lets pages other than the search hold at most OPEN_LANE_SLOTS of these threads at once.
    "num_sql_threads": 6,
    "facet_time_limit_ms": 500,
    # Suggesting facets runs a query per column on every table page: too costly on a large catalog.
    "suggest_facets": False,
    "default_page_size": 50,
    "max_returned_rows": 1000,
    # The catalog is read-only; exports go through `microgigs export`, not database downloads.
    "allow_download": False,
}


# A Host header is a name or an address with an optional port: anything else never reaches a page or a snippet.
HOST = re.compile(r"^(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}"
                  r"[A-Za-z0-9_])?)*\.?|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?$")


def valid_host(host: str) -> bool:
    return bool(HOST.match(host or ""))


def load_metadata(*, allow_sql: bool = False) -> dict:
    """metadata.yml, with the researchers' canned queries (research_queries.yml) merged into the database's.
    Arbitrary SQL stays off (metadata.yml's allow_sql) unless the operator allows it."""
    from db.search import feed_sql, search_sql

    metadata = yaml.safe_load((HERE / "metadata.yml").read_text(encoding="utf-8"))
    if allow_sql:
        metadata.pop("allow_sql", None)
    canned = metadata["databases"][DATABASE_NAME]["queries"]
    canned["search"]["sql"], canned["search_feed"]["sql"] = search_sql(), feed_sql()
    queries = metadata["databases"][DATABASE_NAME].setdefault("queries", {})
    for name, query in research_queries().items():
        if name in queries:
            raise ValueError(f"canned query {name!r} is defined in both metadata.yml and research_queries.yml")
        queries[name] = {**query, "sql": summarised_sql(name, query)}
        tables = metadata["databases"][DATABASE_NAME].setdefault("tables", {})
        for given in stored_param_sets(name):
            tables[summary_table(name, given)] = {"hidden": True}  # the canned query is the way in
    return metadata


@lru_cache(maxsize=1)
def research_queries() -> dict:
    """The researchers' canned queries (research_queries.yml), as written there; read once a process (the
    summaries are rebuilt after every write), never changed by a caller."""
    research = HERE / "research_queries.yml"
    return (yaml.safe_load(research.read_text(encoding="utf-8")) or {}) if research.exists() else {}


# A research query with its default parameters (all empty), or with the parameters a chart of the research page
# gives it (plugins/research.py CHARTS), reads its result as stored after the last write
# (refresh_research_summaries, run with the facet counts): on a large catalog the live query takes seconds.
STORED_PARAMS = {"listings_per_week_by_occupation": [{"panel": "all"}, {"panel": "fixed"}],
                 "pay_distribution": [{"pay_unit": "hour"}, {"pay_unit": "project"}]}


def stored_param_sets(name: str) -> list[dict]:
    return [{}] + STORED_PARAMS.get(name, [])


def summary_table(name: str, params: dict | None = None) -> str:
    given = [f"{key}_{value}" for key, value in sorted((params or {}).items())]
    return "__".join([f"research_defaults_{name}", *given])


def _params_gate(query: dict, given: dict) -> str:
    """True when the request's parameters are exactly `given` (fixed words of this module), the others empty."""
    assert all(re.fullmatch(r"\w+", str(value)) for value in given.values())
    return " and ".join(f"coalesce(:{param}, '') = '{given.get(param, '')}'"
                        for param in query.get("params") or []) or "1"


def summarised_sql(name: str, query: dict) -> str:
    """The canned query's SQL: a stored result when the parameters are a stored set, else the live query."""
    gates = [(summary_table(name, given), _params_gate(query, given)) for given in stored_param_sets(name)]
    stored = " or ".join(f"({gate})" for _, gate in gates)
    # The live query never reads a listing then: a WHERE or LIMIT on its result would still compute the parts
    # SQLite materializes first, but a constant false term on the table itself is tested once, before the scan.
    live = LISTINGS_SCAN.sub(f"from (select * from listings where not ({stored})) as listings", query["sql"])
    return "".join(f"select * from (select * from [{table}] where {gate} order by rowid)\nunion all\n"
                   for table, gate in gates) + \
        f"select * from (select * from (\n{live}\n) limit case when {stored} then 0 else -1 end)"


LISTINGS_SCAN = re.compile(r"\bfrom listings\b(?!\s+as\b)", re.IGNORECASE)


def refresh_research_summaries(conn) -> None:
    """Store each research query's result at each stored parameter set (summary_table), in the caller's
    transaction. Columns carry no declared type, so each value is stored exactly as the live query gives it."""
    for name, query in research_queries().items():
        for given in stored_param_sets(name):
            cursor = conn.execute(query["sql"], {param: given.get(param, "") for param in query.get("params") or []})
            columns = [column[0] for column in cursor.description]
            rows = cursor.fetchall()
            table = summary_table(name, given)
            conn.execute(f"DROP TABLE IF EXISTS [{table}]")
            conn.execute(f"CREATE TABLE [{table}] ({', '.join(f'[{column}]' for column in columns)})")
            conn.executemany(f"INSERT INTO [{table}] VALUES ({', '.join('?' for _ in columns)})", rows)


def build_datasette(db_path: str, *, immutable: bool = False, allow_sql: bool = False):
    from datasette.app import Datasette
    from datasette.database import Database

    ds = Datasette(
        metadata=load_metadata(allow_sql=allow_sql),
        template_dir=str(HERE / "templates"),
        plugins_dir=str(HERE / "plugins"),
        static_mounts=[("static", str(HERE / "static"))],
        settings=SETTINGS,
        cors=True,
    )
    ds.add_database(Database(ds, path=str(db_path), is_mutable=not immutable), name=DATABASE_NAME)
    return ds


class PortBusy(Exception):
    """The address cannot be listened on (in use, or not an address of this machine)."""


def claim_port(host: str, port: int) -> socket.socket:
    """A socket already listening on host:port, claimed before anything is built, so a busy port fails at once."""
    if not 0 < port < 65536:
        raise PortBusy(f"port {port} is not between 1 and 65535")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as error:
        raise PortBusy(f"cannot listen on {host}: {error.strerror}") from None
    family, kind, proto, _, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: TIME_WAIT is no conflict
        sock.bind(address)
        sock.listen(2048)
    except OSError as error:
        sock.close()
        raise PortBusy(f"cannot listen on {host}:{port}: {error.strerror}") from None
    return sock


MAX_WORKERS = 64


def serve(db_path: str, *, host: str = "127.0.0.1", port: int = 8001, immutable: bool = False,
          allow_sql: bool = False, sock: socket.socket | None = None, workers: int = 1) -> int:
    """Serve until interrupted (blocking), on `sock` when the caller claimed the port first (claim_port).

    With `workers` > 1, that many processes serve the one socket (the kernel hands each connection to one of
    them), each with its own Datasette and guard; the file is served immutable, so it must be a snapshot that
    nothing writes while it is served. Returns 0, or 1 when a worker failed."""
    if not 1 <= workers <= MAX_WORKERS:
        raise ValueError(f"workers must be between 1 and {MAX_WORKERS}")
    sock = sock or claim_port(host, port)
    print(f"microgigs catalog: http://{host}:{port}/  (database {Path(db_path).resolve()}; "
          f"{'anyone may run SQL' if allow_sql else 'SQL only by canned queries'}"
          f"{f'; {workers} worker processes' if workers > 1 else ''}; Ctrl-C to stop)", flush=True)
    if workers == 1:
        _serve_one(db_path, immutable=immutable, allow_sql=allow_sql, sock=sock)
        return 0
    children = []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:  # a worker: its own Datasette (built after the fork: no thread or connection is shared)
            status = 1
            try:
                _serve_one(db_path, immutable=True, allow_sql=allow_sql, sock=sock)
                status = 0
            except BaseException:  # noqa: BLE001 - said, then this worker ends; the parent stops the others
                import traceback

                traceback.print_exc()
            finally:
                os._exit(status)
        children.append(pid)
    sock.close()  # the workers hold it
    return _supervise(children)


def _serve_one(db_path: str, *, immutable: bool, allow_sql: bool, sock: socket.socket) -> None:
    import uvicorn

    ds = build_datasette(db_path, immutable=immutable, allow_sql=allow_sql)
    server = uvicorn.Server(uvicorn.Config(ds.app(), log_level="warning", server_header=False))
    server.run(sockets=[sock])


def _supervise(children: list[int]) -> int:
    """Wait for the workers; a SIGTERM or SIGINT to this process, or one worker ending, stops them all."""
    def stop(*_):
        for pid in children:
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    failed, running = False, set(children)
    while running:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            break
        if pid in running:
            running.discard(pid)
            failed = failed or os.waitstatus_to_exitcode(status) not in (0, -signal.SIGTERM, -signal.SIGINT)
            stop()
    return 1 if failed else 0
