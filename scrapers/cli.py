"""The `microgigs` command: crawl, demo, serve, parse, renormalize, import, health, boards, sources."""
from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

DEFAULT_DB = "microgigs.db"
DEMO_DB = "microgigs-demo.db"


def default_db() -> str:
    return os.environ.get("MICROGIGS_DB") or DEFAULT_DB


class OneLineParser(argparse.ArgumentParser):
    """argparse, but a misuse is one line on stderr (what is wrong and where help is), exit 2."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


def _number_type(kind, name: str, low: float, high: float = float("inf"), *, low_open: bool = False):
    """An argparse type: a `kind` number in [low, high] ((low, high] with low_open), else a one-line error."""
    def parse(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{name} must be a number, not {text!r}") from None
        if not (low < value if low_open else low <= value) or not value <= high:
            bound = f"{'over' if low_open else 'at least'} {low:g}" + (f" and at most {high:g}" if high != float("inf") else "")
            raise argparse.ArgumentTypeError(f"{name} must be {bound}, not {text}")
        return value
    parse.__name__ = name  # argparse names the type in its messages
    return parse


BATCH_SIZE = _number_type(int, "batch size", 1, 1_000_000)


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="microgigs",
        description="Collect short paid project work (micro-internships, freelance gigs) into a searchable catalog.",
    )
    parser.add_argument("--version", action="version", version=f"microgigs {_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def db_option(p, default_help=f"SQLite catalog (default: $MICROGIGS_DB or ./{DEFAULT_DB})"):
        p.add_argument("--db", metavar="PATH", help=default_help)

    crawl = commands.add_parser("crawl", help="crawl sources over the network into the catalog",
                                description="Crawl sources over the real network (robots.txt, AutoThrottle and "
                                            "each source's published limits obeyed) and store what they list.")
    crawl.add_argument("sources", nargs="*", metavar="SOURCE", help="sources to crawl (default: all)")
    db_option(crawl)
    crawl.add_argument("--replay", metavar="URL",
                       help="send every request to this local replay server instead of the sites (testing)")
    crawl.add_argument("--due", action="store_true",
                       help="crawl only the sources whose crawl interval has passed (for cron or a systemd timer)")
    crawl.add_argument("--all", action="store_true", dest="keep_all",
                       help="also store full-time permanent roles (by default they are counted as scope/out)")
    crawl.add_argument("--redis", metavar="URL",
                       help="run as a distributed worker: share the request queue and dupefilter in this Redis and "
                            "push listings there for `microgigs ingest` (scrapy-redis)")
    crawl.add_argument("--run", default="default", metavar="ID",
                       help="with --redis: the run the workers share (a new id starts a fresh crawl; default: default)")
    crawl.add_argument("--verbose", action="store_true",
                       help="show Scrapy's log (by default only the one-line report per source is printed; "
                            "details are kept in the crawls table)")
    crawl.set_defaults(handler=cmd_crawl)

    demo = commands.add_parser("demo", help="build a catalog offline from bundled sample captures and serve it",
                               description="Run the real spiders against a local replay of the sample captures "
                                           "shipped with microgigs (no network), then serve the catalog.")
    demo.add_argument("--db", metavar="PATH", help=f"catalog to build (default: ./{DEMO_DB}, kept apart from "
                                                   "your real catalog)")
    demo.add_argument("--port", type=int, default=8001, help="port to serve on (default: 8001)")
    demo.add_argument("--host", default="127.0.0.1", help="interface to serve on (default: 127.0.0.1)")
    demo.add_argument("--no-serve", action="store_true", help="build the catalog and exit without serving it")
    demo.add_argument("--allow-sql", action="store_true",
                      help="let anyone run arbitrary read-only SQL (off by default on a public catalog; canned "
                           "queries, tables and the search always answer)")
    demo.set_defaults(handler=cmd_demo)

    serve = commands.add_parser("serve", help="serve the catalog with Datasette (search UI and JSON API)",
                                description="Serve the catalog read-only with Datasette: search, facets, JSON API "
                                            "with CORS.")
    db_option(serve)
    serve.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8001, help="port to listen on (default: 8001)")
    serve.add_argument("--allow-sql", action="store_true",
                       help="let anyone run arbitrary read-only SQL (off by default on a public catalog; canned "
                            "queries, tables and the search always answer)")
    serve.add_argument("--workers", type=int, default=1,
                       help="serve from this many processes on the one port (default: 1); with more than one the "
                            "file is served as an immutable snapshot: nothing may write it while it is served")
    serve.set_defaults(handler=cmd_serve)

    parse = commands.add_parser("parse", help="parse saved responses of a source and print JSON Lines",
                                description="Parse responses saved from SOURCE (bodies exactly as served) and print "
                                            "one JSON object per listing, with the schema's columns. No network.")
    parse.add_argument("source", metavar="SOURCE", help="the source the files were saved from")
    parse.add_argument("files", nargs="+", metavar="FILE",
                       help="saved response bodies (or VCR cassettes, whose recorded bodies are read)")
    parse.add_argument("--url", help="the address the files were fetched from (sets ids/boards taken from URLs; "
                                     "needed for a company board whose records do not name it)")
    parse.add_argument("--fetched-at", metavar="WHEN", type=_moment,
                       help="when the files were served (ISO 8601), for relative dates such as 'Posted 3 Days Ago' "
                            "(default: a cassette's recorded Date header, else the file's modification time)")
    parse.set_defaults(handler=cmd_parse)

    renorm = commands.add_parser("renormalize", help="re-run normalization over stored listings (no network)",
                                 description="Re-run the current normalizer over every stored listing's raw fields, "
                                             "in batches, and update only what the rules now compute differently.")
    db_option(renorm)
    renorm.add_argument("--source", metavar="SOURCE", help="only this source's listings")
    renorm.add_argument("--batch-size", type=BATCH_SIZE, default=1000, help="listings per transaction (default: 1000)")
    renorm.add_argument("--workers", type=_number_type(int, "workers", 1, 256), default=None, metavar="N",
                        help="processes normalizing at once, this one storing their rows (default: the cores, "
                             f"{os.cpu_count()} here)")
    renorm.set_defaults(handler=cmd_renormalize)

    importer = commands.add_parser("import", help="load listings from JSON Lines in the schema's shape",
                                   description="Load listings in the schema's shape (JSON Lines, e.g. what `parse` "
                                               "or `export` print) into the catalog: upserts, FTS and history kept.")
    importer.add_argument("file", metavar="FILE", help="a .jsonl file, one listing per line")
    db_option(importer)
    importer.add_argument("--batch-size", type=BATCH_SIZE, default=5000, help="listings per transaction (default: 5000)")
    importer.set_defaults(handler=cmd_import)

    ingest = commands.add_parser("ingest", help="drain listings from distributed workers into the catalog",
                                 description="The single writer of a distributed crawl: pop the listings that "
                                             "`crawl --redis` workers pushed to Redis and store them in SQLite.")
    ingest.add_argument("--redis", required=True, metavar="URL", help="the Redis the workers push to")
    db_option(ingest)
    ingest.add_argument("--batch-size", type=BATCH_SIZE, default=1000, help="listings per transaction (default: 1000)")
    ingest.add_argument("--wait", type=_number_type(float, "wait", 0, 86_400), default=0.0, metavar="SECONDS",
                        help="keep polling until no listing arrived for this long (default: 0, drain and exit)")
    ingest.set_defaults(handler=cmd_ingest)

    dedupe = commands.add_parser("dedupe", help="group the same gig posted on several sites (MinHash LSH)",
                                 description="Group listings that are the same gig on different sources (MinHash LSH "
                                             "over title, company and description shingles, datasketch) into "
                                             "`listing_groups`, one canonical listing per group (view "
                                             "`canonical_listings`); every URL stays in `listings`.")
    db_option(dedupe)
    dedupe.add_argument("--threshold", type=_number_type(float, "threshold", 0, 1, low_open=True), default=0.55,
                        help="estimated Jaccard similarity above which two listings are candidates (default 0.55)")
    dedupe.set_defaults(handler=cmd_dedupe)

    health = commands.add_parser("health", help="per-source health: last success, staleness, rejects, field gaps",
                                 description="Report each source's last success, staleness, items, reject rate and "
                                             "per-field missing/invalid rates from its crawls. Exits 1 when a source "
                                             "has failed N runs in a row.")
    db_option(health)
    health.add_argument("--fail-after", type=_number_type(int, "fail-after", 1), default=3, metavar="N",
                        help="exit non-zero when a source failed this many runs in a row (default: 3)")
    health.add_argument("--json", action="store_true", help="print the report as JSON")
    health.set_defaults(handler=cmd_health)

    boards = commands.add_parser("boards", help="list or add company boards of an applicant tracking system",
                                 description="Company boards crawled on multi-tenant platforms (Greenhouse, Lever, "
                                             "...), kept in scrapers/data/<platform>_boards.csv.")
    boards_commands = boards.add_subparsers(dest="boards_command", metavar="ACTION", required=True,
                                            help="add a board, or list the counts per platform")
    boards_add = boards_commands.add_parser("add", help="add a company board", description="Add a company board.")
    boards_add.add_argument("platform", metavar="PLATFORM", help="platform name, e.g. greenhouse, lever, ashby")
    boards_add.add_argument("token", metavar="TOKEN", help="the board's token as it appears in its public URL")
    boards_add.add_argument("--company", default="", help="the company's name (default: the token)")
    boards_add.add_argument("--found-in", default="added with `microgigs boards add`",
                            help="where the token was found (a public URL)")
    boards_add.set_defaults(handler=cmd_boards_add)
    boards_list = boards_commands.add_parser("list", help="count boards per platform",
                                             description="Count real and sample boards per platform.")
    boards_list.set_defaults(handler=cmd_boards_list)

    sources = commands.add_parser("sources", help="list sources with kind, terms, limits, last crawl and counts",
                                  description="List every source: kind, home page, terms, rate limit, last crawl "
                                              "and listing counts from the catalog.")
    db_option(sources)
    sources.set_defaults(handler=cmd_sources)

    export = commands.add_parser("export", help="export listings, sources and crawls as CSV, JSON Lines or Parquet",
                                 description="Write the catalog's listings (every schema column, in order), sources "
                                             "and crawls into DIR as CSV, JSON Lines or Parquet, streamed in batches, "
                                             "with manifest.json: schema version, row counts, sha256 of each file, "
                                             "the catalog exported (its crawl ids), its coverage, crawl date range, "
                                             "each source's terms and how to cite. Parquet is typed (timestamps, "
                                             "lists, booleans).")
    export.add_argument("--format", required=True, choices=["csv", "jsonl", "parquet"], help="file format")
    export.add_argument("--out", required=True, metavar="DIR", help="folder to write into (created when missing)")
    export.add_argument("--where", metavar="SQL",
                        help="only the listings matching this SQL condition, e.g. \"is_micro = 1 AND posted_at >= "
                             "'2026-11-01'\" (read-only; no ';')")
    db_option(export)
    export.add_argument("--batch-size", type=BATCH_SIZE, default=5000, help="rows per batch (default: 5000)")
    export.set_defaults(handler=cmd_export)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # a misuse (2), --help or --version (0): said on stderr or stdout already
        return exc.code if isinstance(exc.code, int) else 2
    if args.command is None:  # a bare `microgigs`: what it can do
        parser.print_help()
        return 0
    return args.handler(args) or 0


def _version() -> str:
    from db.export import package_version

    return package_version()


# --- commands ---

def cmd_crawl(args) -> int:
    from db.writer import CatalogWriter
    from scrapers.runner import project_settings, run_spiders

    classes = _select_sources(args.sources)
    if classes is None:
        return 2
    if args.replay and _replay_problem(args.replay):
        print(f"microgigs crawl: --replay {args.replay!r}: {_replay_problem(args.replay)}", file=sys.stderr)
        return 2
    if args.redis:
        for connect, code in ((False, 2), (True, 1)):  # a misuse, then a Redis that does not answer
            problem = _redis_problem(args.redis, connect=connect)
            if problem:
                print(f"microgigs crawl: {problem}", file=sys.stderr)
                return code
        return _crawl_as_worker(args, classes)
    db_path = _writable_catalog(args, "crawl")
    if db_path is None:
        return 2
    writer = CatalogWriter(db_path)
    runnable = []
    _record_not_collected(writer)
    for cls in classes:
        writer.upsert_source({**cls.source_info(), "collected": 1})
        if args.due and not _is_due(writer, cls):
            continue
        wait = None if args.replay else _interval_remaining(writer, cls)
        if wait:
            print(f"{cls.name}: skipped, its terms allow one crawl every {cls.min_interval_hours:g} h; "
                  f"next allowed in {wait}", file=sys.stderr)
            continue
        runnable.append(cls)
    writer.close()
    if not runnable:
        return 0
    overrides = {"MICROGIGS_DB": db_path, "LOG_LEVEL": "INFO" if args.verbose else "CRITICAL",
                 "MICROGIGS_KEEP_ALL": args.keep_all}
    if args.replay:
        overrides.update(MICROGIGS_REPLAY_URL=args.replay, DOWNLOAD_DELAY=0, AUTOTHROTTLE_ENABLED=False,
                         RETRY_TIMES=0)
    runs = run_spiders(runnable, project_settings(**overrides), on_finish=_print_run)  # each line as it ends
    if any(run.status == "interrupted" for run in runs):
        return 130
    return 1 if any(run.status not in ("ok", "skipped") for run in runs) else 0


def _print_run(run) -> None:
    print(run.line(), file=sys.stderr if run.status not in ("ok", "skipped") else sys.stdout, flush=True)


def _crawl_as_worker(args, classes) -> int:
    from scrapers.distributed import worker_settings
    from scrapers.runner import project_settings, run_spiders

    overrides = {"LOG_LEVEL": "INFO" if args.verbose else "CRITICAL", "MICROGIGS_KEEP_ALL": args.keep_all,
                 **worker_settings(args.redis, args.run)}
    if args.replay:
        overrides.update(MICROGIGS_REPLAY_URL=args.replay, DOWNLOAD_DELAY=0, AUTOTHROTTLE_ENABLED=False,
                         RETRY_TIMES=0)
    runs = run_spiders(classes, project_settings(**overrides), on_finish=_print_run)
    if any(run.status == "interrupted" for run in runs):
        return 130
    return 1 if any(run.status == "failed" for run in runs) else 0


def cmd_ingest(args) -> int:
    import redis

    from scrapers.distributed import IngestBusy, ingest

    problem = _redis_problem(args.redis, connect=False)
    if problem:
        print(f"microgigs ingest: {problem}", file=sys.stderr)
        return 2
    db_path = _writable_catalog(args, "ingest")
    if db_path is None:
        return 2
    try:
        report = ingest(args.redis, db_path, batch_size=args.batch_size, wait=args.wait)
    except redis.exceptions.ConnectionError as exc:
        print(f"microgigs ingest: cannot reach Redis at {args.redis}: {exc}", file=sys.stderr)
        return 1
    except IngestBusy as exc:
        print(f"microgigs ingest: {exc}", file=sys.stderr)
        return 1
    for source, count in sorted(report.stored.items()):
        print(f"{source}: {count} listings ingested")
    rejected = sum(report.rejected.values())
    print(f"ingested {sum(report.stored.values())} listings"
          + (f", {rejected} rejected (reasons in the rejects table)" if rejected else ""))
    return 0


def cmd_demo(args) -> int:
    from scrapers.replay import ReplayServer, load_routes
    from scrapers.runner import project_settings, run_spiders, spider_classes

    args.db = args.db or DEMO_DB
    db_path = _writable_catalog(args, "demo")  # README.md or a folder is said in one line, before any work
    if db_path is None:
        return 2
    sock = None if args.no_serve else _claim_port(args, "demo")  # a busy port is said before a 30 s build
    if sock is False:
        return 2
    classes = list(spider_classes().values())
    routes = load_routes(sources=[cls.name for cls in classes])
    with ReplayServer(routes) as replay_url:
        settings = project_settings(
            MICROGIGS_DB=db_path, MICROGIGS_REPLAY_URL=replay_url, DOWNLOAD_DELAY=0,
            AUTOTHROTTLE_ENABLED=False, RETRY_TIMES=0, LOG_LEVEL="ERROR",
            CONCURRENT_REQUESTS_PER_DOMAIN=8,
            MICROGIGS_UPWORK_TOKEN="demo",  # the replay answers without checking it
        )
        runs = run_spiders(classes, settings)
    for run in runs:
        print(run.line())
    from db.writer import CatalogWriter

    writer = CatalogWriter(db_path)
    _record_not_collected(writer)
    writer.close()
    total = sum(run.stored for run in runs)
    print(f"demo catalog: {total} listings from {sum(1 for r in runs if r.stored)} sources in {db_path}")
    failed = [run for run in runs if run.status not in ("ok", "skipped")]
    if sock is None:
        return 1 if failed else 0
    from db.schema import open_db
    from db.serve import serve
    from db.writer import checkpoint

    checkpoint(open_db(db_path))  # immutable serving reads only the main file
    serve(db_path, host=args.host, port=args.port, immutable=True, allow_sql=args.allow_sql, sock=sock)
    return 0


def cmd_serve(args) -> int:
    from db.serve import serve

    db_path = _existing_catalog(args, "serve")
    if db_path is None:
        return 2
    if not 1 <= args.workers <= 64:
        print("microgigs serve: --workers must be between 1 and 64", file=sys.stderr)
        return 2
    sock = _claim_port(args, "serve")
    if sock is False:
        return 2
    try:  # a catalog written by an older release gets this one's tables (the search reads listing_groups)
        from db.schema import open_db

        db = open_db(db_path)
        if args.workers > 1:  # immutable serving reads only the main file
            from db.writer import checkpoint

            checkpoint(db)
        db.conn.close()
    except Exception as error:  # noqa: BLE001 - a read-only or damaged file: one line, not a traceback
        print(f"microgigs serve: cannot bring {db_path} up to this release's schema: {error}", file=sys.stderr)
        sock.close()
        return 2
    return serve(db_path, host=args.host, port=args.port, allow_sql=args.allow_sql, sock=sock,
                 workers=args.workers) or 0


def _claim_port(args, command: str):
    """The listening socket, claimed before any work; False (and one line on stderr) when it cannot be."""
    from db.serve import PortBusy, claim_port

    try:
        return claim_port(args.host, args.port)
    except PortBusy as error:
        print(f"microgigs {command}: {error}; choose another with --port N", file=sys.stderr)
        return False


def cmd_parse(args) -> int:
    import shutil
    import tempfile

    classes = _select_sources([args.source])
    if classes is None:
        return 2
    spider_cls = classes[0]
    files = [Path(f) for f in args.files]
    for path in files:
        if not path.is_file():
            print(f"microgigs parse: {path}: no such file", file=sys.stderr)
            return 2
    workdir = Path(tempfile.mkdtemp(prefix="microgigs-parse-"))  # bodies of cassettes; removed when done
    try:
        return _parse_files(args, spider_cls, files, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _moment(text: str):
    """An argparse type: an ISO 8601 moment (UTC unless it names its zone)."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 date and time: {text!r}") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _parse_files(args, spider_cls, files: list[Path], workdir: Path) -> int:
    from db.schema import LISTING_COLUMNS
    from scrapers.replay import cassette_responses
    from scrapers.runner import project_settings, run_spiders

    # A company board's token is read from the URL a response came from, never assumed: without --url the
    # files are read at their own address, and each listing takes its board from its record or not at all.
    board_from_url = getattr(spider_cls, "board_from_url", False)
    default_url = None if board_from_url else spider_cls.sample_url
    replay, said = [], []
    for path in files:
        dates: list = []
        recorded = cassette_responses(path, workdir, dates)  # a VCR cassette: its bodies at their recorded URLs
        if recorded is not None:
            for (body, url), served in zip(recorded, dates):
                when = args.fetched_at or served or _file_time(path)
                replay.append((body, args.url or url, when))
            source = "--fetched-at" if args.fetched_at else "the cassette's Date headers" if any(dates) else \
                "the file's modification time"
        else:
            when = args.fetched_at or _file_time(path)
            replay.append((str(path), args.url or default_url or path.resolve().as_uri(), when))
            source = "--fetched-at" if args.fetched_at else "the file's modification time"
        said.append(f"microgigs parse: {path.name}: relative dates counted from "
                    f"{when.astimezone(timezone.utc):%Y-%m-%dT%H:%M:%SZ} ({source})")
    output = workdir / "listings.jsonl"
    settings = project_settings(
        MICROGIGS_DB=None, MICROGIGS_OFFLINE=True, MICROGIGS_KEEP_ALL=True, ROBOTSTXT_OBEY=False, DOWNLOAD_DELAY=0,
        AUTOTHROTTLE_ENABLED=False, RETRY_ENABLED=False, LOG_LEVEL="CRITICAL", CONCURRENT_REQUESTS=1,
        FEEDS={output.as_uri(): {"format": "jsonlines", "fields": list(LISTING_COLUMNS), "encoding": "utf-8"}},
    )
    runs = run_spiders([spider_cls], settings, {spider_cls.name: {"replay_files": replay}})
    run = runs[0]
    for line in said:
        print(line, file=sys.stderr)
    if run.rejects:
        print(f"microgigs parse: {run.reject_count} records rejected: "
              + ", ".join(f"{n} {r}" for r, n in sorted(run.rejects.items())), file=sys.stderr)
    if run.failures:
        for failure in run.failures:
            print(f"microgigs parse: cannot parse as {args.source}: {failure}", file=sys.stderr)
        return 2
    lines = output.read_text(encoding="utf-8").splitlines() if output.exists() else []
    if board_from_url and not args.url and (run.rejects or any(json.loads(l).get("board") is None for l in lines)):
        # the listings stand without their board (NULL, never the sample's); none at all needs --url to be read
        print(f"microgigs parse: {args.source}: the records do not all name their company board; pass --url "
              f"with the address the files were fetched from", file=sys.stderr)
        if not lines:
            return 2
    for line in lines:
        sys.stdout.write(line + "\n")
    return 0


def _file_time(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc)


def cmd_renormalize(args) -> int:
    from scrapers.renormalize import renormalize

    db_path = _existing_catalog(args, "renormalize")
    if db_path is None:
        return 2
    if args.source and not _has_source(db_path, args.source):
        print(f"microgigs renormalize: the catalog has no listing of source {args.source!r}", file=sys.stderr)
        return 2
    report = renormalize(db_path, source=args.source, batch_size=args.batch_size, workers=args.workers,
                         progress=sys.stderr.isatty())
    for line in report.lines():
        print(line)
    return 0


def cmd_import(args) -> int:
    import sqlite3

    from db.importer import import_jsonl

    if not Path(args.file).is_file():
        why = "a folder, not a file" if Path(args.file).is_dir() else "no such file"
        print(f"microgigs import: {args.file}: {why}", file=sys.stderr)
        return 2
    db_path = _writable_catalog(args, "import")
    if db_path is None:
        return 2
    try:
        report = import_jsonl(args.file, db_path, batch_size=args.batch_size, progress=sys.stderr.isatty())
    except sqlite3.OperationalError as exc:  # the catalog, not a line: locked by another writer, disk full
        print(f"microgigs import: cannot write {db_path}: {exc} (the lines before were stored)", file=sys.stderr)
        return 1
    if report.rejected and not report.stored:  # nothing imported: one line that says why, not a summary
        if not report.json_lines:
            print(f"microgigs import: {args.file} is not JSON Lines: none of its {report.lines} lines is JSON "
                  f"(give one listing object per line, as `microgigs export --format jsonl` writes)", file=sys.stderr)
            return 2
        print(f"microgigs import: none of the {report.lines} lines of {args.file} is a listing ({report.first_problem}; "
              "every reason is in the rejects table)", file=sys.stderr)
        return 1
    print(report.line())
    return 0


def cmd_dedupe(args) -> int:
    from db.dedupe import group_duplicates

    db_path = _existing_catalog(args, "dedupe")
    if db_path is None:
        return 2
    report = group_duplicates(db_path, threshold=args.threshold)
    print(f"{report['groups']} groups of the same gig on several sources ({report['grouped']} listings) among "
          f"{report['listings']} listings, in {report['seconds']} s")
    return 0


def cmd_health(args) -> int:
    import json

    from db.health import source_health
    from db.schema import open_db

    db_path = _existing_catalog(args, "health")
    if db_path is None:
        return 2
    report = source_health(open_db(db_path))
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        print(f"{'source':16} {'last':8} {'last success':21} {'age h':>6} {'items':>6} {'rejects':>7} "
              f"{'open':>5} {'failed':>6}  fields missing/invalid (share of records read, out-of-scope ones included)")
        for r in report:
            gaps = ", ".join(f"{name} {v.get('missing', 0):.0%}/{v.get('invalid', 0):.0%}"
                             for name, v in sorted(r["fields"].items()))
            age = "-" if r["hours_since_success"] is None else f"{r['hours_since_success']:g}"
            print(f"{r['source']:16} {r['last_status']:8} {r['last_success_at'] or 'never':21} {age:>6} "
                  f"{r['items']:>6} {r['reject_rate']:>7.1%} {r['open_listings']:>5} {r['failed_in_a_row']:>6}  {gaps}")
            if r["note"]:
                print(f"{'':16} {r['note']}")
    failing = [r["source"] for r in report if r["failed_in_a_row"] >= args.fail_after]
    if failing:
        print(f"microgigs health: failed {args.fail_after}+ runs in a row: {', '.join(failing)}", file=sys.stderr)
        return 1
    return 0


def cmd_boards_add(args) -> int:
    from scrapers.platforms.boards import add_board

    try:
        path = add_board(args.platform, args.token, company=args.company, found_in=args.found_in)
    except ValueError as exc:
        print(f"microgigs boards add: {exc}", file=sys.stderr)
        return 2
    print(f"added {args.platform} board {args.token} to {path}")
    return 0


def cmd_boards_list(args) -> int:
    from scrapers.platforms.boards import DATA, load_boards

    for path in sorted(DATA.glob("*_boards.csv")):
        platform = path.name.removesuffix("_boards.csv")
        print(f"{platform:18} {len(load_boards(platform)):>5} real  {len(load_boards(platform, which='sample')):>3} sample")
    return 0


def cmd_sources(args) -> int:
    from scrapers.runner import spider_classes

    db_path = args.db or default_db()
    stored, last_status = {}, {}
    if args.db or Path(db_path).exists():  # a catalog named on purpose must be one; the default may be absent
        if _existing_catalog(args, "sources") is None:
            return 2
        from db.schema import open_db

        db = open_db(db_path)
        stored = {row["name"]: row for row in db["sources"].rows}
        last_status = dict(db.execute(
            "SELECT source, status FROM crawls c WHERE started_at = (SELECT max(started_at) FROM crawls WHERE source = c.source)"
        ).fetchall())
    for name, cls in spider_classes().items():
        info = {**cls.source_info(), **{k: v for k, v in stored.get(name, {}).items() if v is not None}}
        print(f"{name}  [{info['kind']}]  {info['home_url']}")
        print(f"    terms: {info['terms']}")
        print(f"    limits: {info['rate_limit'] or 'none published'}"
              + (f"; at most one crawl every {info['min_interval_hours']:g} h" if info["min_interval_hours"] else ""))
        print(f"    last crawl: {info.get('last_crawl_at') or 'never'}"
              f"{' (' + last_status[name] + ')' if name in last_status else ''}; last success: "
              f"{info.get('last_success_at') or 'never'}; listings: {info.get('listings') or 0} "
              f"({info.get('open_listings') or 0} open)")
    for row in _not_collected():
        print(f"{row['name']}  [not collected]  {row['home_url']}")
        print(f"    why: {row['reason']}")
    return 0


def cmd_export(args) -> int:
    import shlex

    from db.export import ExportError, export_catalog

    db_path = _existing_catalog(args, "export")
    if db_path is None:
        return 2
    where = args.where and (f'"{args.where}"' if not set(args.where) & set('"$`\\') else shlex.quote(args.where))
    command = f"microgigs export --format {args.format} --out {shlex.quote(args.out)}" + (
        f" --where {where}" if where else "")
    try:
        manifest = export_catalog(db_path, args.out, args.format, where=args.where, batch_size=args.batch_size,
                                  progress=sys.stderr.isatty(), command=command)
    except ExportError as exc:
        print(f"microgigs export: {exc}", file=sys.stderr)
        return 2
    for entry in manifest["files"]:
        print(f"{entry['rows']:>9} rows  {Path(args.out) / entry['name']}")
    catalog = manifest["catalog"]
    print(f"manifest: {Path(args.out) / 'manifest.json'} (schema {manifest['schema_version']}, sha256 of each file; "
          f"catalog {catalog['file']}: {catalog['crawls']} crawls, crawl ids sha256 {catalog['crawl_ids_sha256'][:12]}; "
          "coverage)")
    return 0


# --- helpers ---

def _select_sources(names: list[str]) -> list[type] | None:
    from scrapers.runner import spider_classes

    available = spider_classes()
    unknown = [n for n in names if n not in available]
    if unknown:
        print(f"microgigs: unknown source(s) {', '.join(unknown)}; known: {', '.join(available)}", file=sys.stderr)
        return None
    return [available[n] for n in names] if names else list(available.values())


def _existing_catalog(args, command: str) -> str | None:
    """The catalog's path, or None after saying in one line why there is none (missing, not a catalog)."""
    db_path = args.db or default_db()
    problem = catalog_problem(db_path)
    if problem is None:
        return db_path
    print(f"microgigs {command}: {problem}", file=sys.stderr)
    return None


def _writable_catalog(args, command: str) -> str | None:
    """The catalog to write, created when missing; None after one line when the path holds something else."""
    db_path = args.db or default_db()
    path = Path(db_path)
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        if not path.parent.is_dir():
            print(f"microgigs {command}: no folder {path.parent} to create the catalog in", file=sys.stderr)
            return None
        return db_path
    return _existing_catalog(args, command)


def catalog_problem(db_path: str) -> str | None:
    """Why `db_path` is no microgigs catalog to read (None when it is one). Read-only: a file that is some
    other database is never migrated into a catalog."""
    import sqlite3

    path = Path(db_path)
    if not path.exists():
        return f"no catalog at {db_path}; run `microgigs demo` or `microgigs crawl` first"
    if not path.is_file():
        return f"{db_path} is a folder, not a catalog file"
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as exc:
        return f"cannot read {db_path}: {exc.strerror}"
    if header != b"SQLite format 3\x00":
        return f"{db_path} is not a SQLite database, so not a microgigs catalog"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"cannot read {db_path}: {exc}"
    if "listings" not in tables:
        return f"{db_path} is a SQLite database without a listings table, not a microgigs catalog"
    return None


def _redis_problem(url: str, *, connect: bool = True) -> str | None:
    """Why `url` is no Redis to use (not a Redis URL; with `connect`, not answering), or None."""
    import redis

    try:
        server = redis.Redis.from_url(url, socket_connect_timeout=5, socket_timeout=5)
    except ValueError as exc:
        return f"--redis {url!r} is not a Redis URL ({exc})"
    if connect:
        try:
            server.ping()
        except redis.exceptions.RedisError as exc:
            return f"cannot reach Redis at {url}: {exc}"
    return None


def _replay_problem(url: str) -> str | None:
    """Why `url` is no replay server address (http://host:port), or None."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is no number or out of range
    except ValueError as exc:
        return f"not an address ({exc})"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "not an http(s) address of a replay server, e.g. http://127.0.0.1:8765"
    return None


def _has_source(db_path: str, source: str) -> bool:
    import sqlite3

    conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT 1 FROM listings WHERE source = ? LIMIT 1", [source]).fetchone() is not None
    finally:
        conn.close()


def _not_collected() -> list[dict]:
    import csv

    from scrapers.platforms.boards import DATA

    with (DATA / "not_collected.csv").open(newline="", encoding="utf-8") as handle:
        return [row for row in csv.DictReader(handle) if row.get("name")]


def _record_not_collected(writer) -> None:
    for row in _not_collected():
        writer.upsert_source({"name": row["name"], "home_url": row["home_url"], "collected": 0,
                              "not_collected_reason": row["reason"]})


def _is_due(writer, cls) -> bool:
    """Whether the source's crawl interval (at least its terms' minimum) has passed since its last run."""
    last = writer.last_crawl_start(cls.name, ok_only=False)
    if not last:
        return True
    every = max(cls.crawl_every_hours, cls.min_interval_hours)
    started = datetime.strptime(last[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
    return datetime.now(timezone.utc) >= started + timedelta(hours=every)


def _interval_remaining(writer, cls) -> str | None:
    """How long until the source's terms allow another crawl, or None when it may run now."""
    if not cls.min_interval_hours:
        return None
    last = writer.last_crawl_start(cls.name, ok_only=False)
    if not last:
        return None
    started = datetime.strptime(last[:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
    remaining = started + timedelta(hours=cls.min_interval_hours) - datetime.now(timezone.utc)
    if remaining.total_seconds() <= 0:
        return None
    minutes = int(remaining.total_seconds() // 60) + 1
    return f"{minutes // 60} h {minutes % 60} min"


if __name__ == "__main__":
    sys.exit(main())
