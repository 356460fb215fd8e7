"""The Datasette catalog: the SQLite file served as database `microgigs`, configured from db/datasette/."""
from __future__ import annotations

from pathlib import Path

import yaml

HERE = Path(__file__).parent / "datasette"
DATABASE_NAME = "microgigs"
SETTINGS = {
    # A search must answer fast or not at all: a runaway user query cannot stall the catalog.
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 500,
    # Suggesting facets runs a query per column on every table page: too costly on a large catalog.
    "suggest_facets": False,
    "default_page_size": 50,
    "max_returned_rows": 1000,
    # The catalog is read-only; exports go through `microgigs export`, not database downloads.
    "allow_download": False,
}


def load_metadata() -> dict:
    """metadata.yml, with the researchers' canned queries (research_queries.yml) merged into the database's."""
    from db.search import feed_sql, search_sql

    metadata = yaml.safe_load((HERE / "metadata.yml").read_text(encoding="utf-8"))
    canned = metadata["databases"][DATABASE_NAME]["queries"]
    canned["search"]["sql"], canned["search_feed"]["sql"] = search_sql(), feed_sql()
    research = HERE / "research_queries.yml"
    if research.exists():
        queries = metadata["databases"][DATABASE_NAME].setdefault("queries", {})
        for name, query in (yaml.safe_load(research.read_text(encoding="utf-8")) or {}).items():
            if name in queries:
                raise ValueError(f"canned query {name!r} is defined in both metadata.yml and research_queries.yml")
            queries[name] = query
    return metadata


def build_datasette(db_path: str, *, immutable: bool = False):
    from datasette.app import Datasette
    from datasette.database import Database

    ds = Datasette(
        metadata=load_metadata(),
        template_dir=str(HERE / "templates"),
        plugins_dir=str(HERE / "plugins"),
        static_mounts=[("static", str(HERE / "static"))],
        settings=SETTINGS,
        cors=True,
    )
    ds.add_database(Database(ds, path=str(db_path), is_mutable=not immutable), name=DATABASE_NAME)
    return ds


def serve(db_path: str, *, host: str = "127.0.0.1", port: int = 8001, immutable: bool = False) -> None:
    """Serve until interrupted (blocking)."""
    import uvicorn

    ds = build_datasette(db_path, immutable=immutable)
    print(f"microgigs catalog: http://{host}:{port}/  (database {Path(db_path).resolve()}; Ctrl-C to stop)",
          flush=True)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")
