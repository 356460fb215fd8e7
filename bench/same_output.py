"""Does a change to normalize/ leave every output as it was? The same inputs through two checkouts, compared.

    git worktree add /tmp/before HEAD      # the code before the change
    .venv/bin/python bench/same_output.py --before /tmp/before [--fuzz 4000] [--seed 1]

The inputs are built once, here: every labelled eval snippet (tests/data/normalize_eval: dev, heldout,
snippets, genuine), every raw item the spiders extract from their sample captures, every raw item of the
real recordings in ../shared/realworld that a source reads, 500 listings of the crawl bench's generated boards,
and --fuzz records made from those texts (lines
shuffled and cut, numbers, money, units and dates spliced in, case and spacing changed). Each checkout's
`normalize_listing` then runs them in its own process (its own `normalize/` first on sys.path) and every
output row, or the InvalidListing reason, is compared whole. Exit 0 only when all are identical.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL_DIR = ROOT / "tests" / "data" / "normalize_eval"
NOW = "2026-11-25T12:00:00Z"


def eval_cases() -> list[tuple]:
    cases = []
    for name in ("dev", "heldout", "genuine"):
        for line in (EVAL_DIR / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                case = json.loads(line)
                cases.append((f"{name}:{case['id']}", case["input"], case["source"], case["now"]))
    for n, line in enumerate((EVAL_DIR / "snippets.jsonl").read_text(encoding="utf-8").splitlines()):
        if line.strip():
            cases.append((f"snippets:{n}", json.loads(line)["raw"], {"name": "eval"}, NOW))
    return cases


def context_fields(context) -> dict:
    return {"name": context.name, "default_currency": context.default_currency,
            "default_country": context.default_country, "is_marketplace": context.is_marketplace}


def sample_cases() -> list[tuple]:
    from bench.bench_normalize import sample_items

    return [(f"sample:{raw['source']}:{raw.get('source_id')}:{n}", raw, context_fields(context), NOW)
            for n, (raw, context) in enumerate(sample_items())]


def real_cases() -> list[tuple]:
    """Raw items of every real recording a source reads, parsed as eval_normalize.py parses them."""
    import tests.spider_checks as checks
    from scrapers.pipelines.normalize import source_context
    from scrapers.replay import cassette_responses
    from tests.conftest import REALWORLD
    from tests.test_every_spider import PAGE, REAL_RECORDINGS, SPIDERS

    if not REALWORLD.is_dir():
        print(f"no real recordings under {REALWORLD}: left out", file=sys.stderr)
        return []
    caught: list[tuple] = []
    checks.normalize_items = lambda spider_cls, items: caught.extend((spider_cls, dict(i)) for i in items) or []
    with tempfile.TemporaryDirectory() as scratch:
        for name, (source, _) in sorted(REAL_RECORDINGS.items()):
            path = REALWORLD / name
            url = (PAGE if path.suffix in (".jsonl", ".txt") else "file:///saved.html") if source == "jsonld" else None
            recorded = cassette_responses(path, Path(scratch))
            for saved, at in ([(Path(body), where) for body, where in recorded] if recorded is not None else [(path, url)]):
                try:
                    checks.rows_of(SPIDERS[source], saved, url=at, follow_errbacks=True)
                except Exception as exc:  # noqa: BLE001 - a file the spider refuses has no items to compare
                    print(f"  ! {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
    return [(f"real:{cls.name}:{item.get('source_id')}:{n}", {**item, "source": cls.name},
             context_fields(source_context(cls)), NOW) for n, (cls, item) in enumerate(caught)]


def generated_cases(boards: int = 5) -> list[tuple]:
    """The crawl bench's generated Greenhouse boards (bench/generate.py) through the Greenhouse spider."""
    from scrapy.http import TextResponse

    from bench.generate import greenhouse_board
    from scrapers.items import ListingItem
    from scrapers.pipelines.normalize import source_context
    from scrapers.spiders.greenhouse import GreenhouseSpider
    from tests.conftest import make_spider

    spider, context = make_spider(GreenhouseSpider), context_fields(source_context(GreenhouseSpider))
    cases = []
    for board in range(boards):
        url = f"https://boards-api.greenhouse.io/v1/boards/bench{board}/jobs?content=true"
        response = TextResponse(url=url, body=greenhouse_board(f"bench{board}", 100, seed=board + 1), encoding="utf-8")
        cases += [(f"generated:{item['source_id']}", {**dict(item), "source": "greenhouse"}, context, NOW)
                  for item in spider.parse(response) or () if isinstance(item, ListingItem)]
    return cases


SPLICES = ["$1,200", "€30/h", "£25 per hour", "USD 500", "10-20 hours", "about 3 hours", "2 weeks", "5 days",
           "per word", "$0.05/word", "¥8000", "₹600", "50k", "$80k-$100k + equity", "full-time", "part-time",
           "unpaid", "paid", "volunteer", "Remote", "Berlin, Germany", "Austin, TX", "remote (US only)",
           "by Friday", "deadline: 2026-12-15", "Posted 3 days ago", "intern", "20h/week", "3 months", "2-3 hrs",
           "(Hybrid)", "[Hiring]", "|", "\n", "  ", "10 videos", "1,000 words", "$150 flat", "honorarium $75",
           "per diem", "Location: London", "一小时 200元", "远程", "5 heures", "media hora", "6-wöchiges Projekt"]


def fuzzed_cases(seeds: list[tuple], count: int, seed: int) -> list[tuple]:
    """Records whose texts are the inputs' lines shuffled, cut and spliced with the kind of words rules read."""
    rng = random.Random(seed)
    lines = [line for _, raw, _, _ in seeds for key in ("title", "description_text", "description_html", "pay_raw",
                                                        "location_raw")
             if isinstance(raw.get(key), str) for line in raw[key].splitlines() if line.strip()]
    contexts = [context for _, _, context, _ in seeds]

    def text(parts: int) -> str:
        chosen = [rng.choice(lines) for _ in range(parts)]
        for _ in range(rng.randint(0, 4)):
            chosen.insert(rng.randint(0, len(chosen)), rng.choice(SPLICES))
        out = rng.choice(["\n", " ", ". "]).join(chosen)
        if rng.random() < 0.3:
            cut = rng.randint(0, len(out))
            out = out[:cut] if rng.random() < 0.5 else out[cut:]
        if rng.random() < 0.1:
            out = out.upper() if rng.random() < 0.5 else out.lower()
        return out

    cases = []
    for n in range(count):
        raw = {"source_id": f"fuzz-{n}", "url": f"https://fuzz.example.org/{n}", "title": text(1) or "t",
               "posted_raw": rng.choice([None, "2026-11-20T10:00:00Z", "3 days ago", "yesterday", "2026-02-30"])}
        raw["description_html" if rng.random() < 0.5 else "description_text"] = text(rng.randint(1, 12))
        for key in ("pay_raw", "location_raw", "employment_type_raw", "remote_raw"):
            if rng.random() < 0.25:
                raw[key] = text(1)[:80]
        if rng.random() < 0.1:
            raw.update(pay_min_raw=rng.choice([15, "20", "1,500", None]), pay_max_raw=rng.choice([None, 40, "3k"]),
                       pay_currency_raw=rng.choice([None, "USD", "EUR", "$"]), pay_unit_raw=rng.choice([None, "hour", "YEAR"]))
        cases.append((f"fuzz:{n}", raw, rng.choice(contexts), NOW))
    return cases


RUN = """
import json, pickle, sys
from datetime import datetime
sys.path.insert(0, sys.argv[1])
from normalize.context import InvalidListing, SourceContext
from normalize.listing import normalize_listing
import normalize.listing
assert normalize.listing.__file__.startswith(sys.argv[1]), normalize.listing.__file__
cases = pickle.load(open(sys.argv[2], "rb"))
with open(sys.argv[3], "w", encoding="utf-8") as out:
    for label, raw, context, now in cases:
        moment = datetime.fromisoformat(now.replace("Z", "+00:00"))
        try:
            row = normalize_listing(dict(raw), source=SourceContext(**context), now=moment)
            line = json.dumps(row, sort_keys=True, ensure_ascii=False, default=repr)
        except InvalidListing as exc:
            line = "InvalidListing " + exc.reason
        out.write(line + "\\n")
"""


def outputs(checkout: Path, cases_file: Path, out: Path) -> list[str]:
    done = subprocess.run([sys.executable, "-c", RUN, str(checkout.resolve()), str(cases_file), str(out)],
                          capture_output=True, text=True, cwd=tempfile.gettempdir(), timeout=3600)
    if done.returncode != 0:
        raise SystemExit(f"{checkout}: {done.stderr[-3000:]}")
    return out.read_text(encoding="utf-8").splitlines()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="a checkout of the code before the change")
    parser.add_argument("--after", type=Path, default=ROOT, help="the changed checkout (default: this one)")
    parser.add_argument("--fuzz", type=int, default=4000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    seeds = eval_cases() + sample_cases() + real_cases() + generated_cases()
    cases = seeds + fuzzed_cases(seeds, args.fuzz, args.seed)
    kinds = {}
    for label, *_ in cases:
        kinds[label.split(":", 1)[0]] = kinds.get(label.split(":", 1)[0], 0) + 1
    print("inputs: " + ", ".join(f"{kind} {n}" for kind, n in kinds.items()) + f" ({len(cases)} in all)", flush=True)
    with tempfile.TemporaryDirectory() as scratch:
        cases_file = Path(scratch) / "cases.pickle"
        cases_file.write_bytes(pickle.dumps(cases))
        before = outputs(args.before, cases_file, Path(scratch) / "before.jsonl")
        after = outputs(args.after, cases_file, Path(scratch) / "after.jsonl")
    differing = [n for n, (a, b) in enumerate(zip(before, after)) if a != b]
    for n in differing[:10]:
        a, b = before[n], after[n]
        if a.startswith("{") and b.startswith("{"):
            a, b = json.loads(a), json.loads(b)
            a, b = ({k: v for k, v in a.items() if v != b.get(k)}, {k: v for k, v in b.items() if v != a.get(k)})
        print(f"DIFFERS {cases[n][0]}:\n  before {str(a)[:600]}\n  after  {str(b)[:600]}")
    digest = hashlib.sha256("\n".join(after).encode()).hexdigest()[:16]
    print(f"{len(cases) - len(differing)} of {len(cases)} outputs identical (outputs' sha256 {digest})")
    return 0 if not differing and len(before) == len(after) == len(cases) else 1


if __name__ == "__main__":
    sys.exit(main())
