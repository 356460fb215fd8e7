"""Cross-source duplicates: planted copies of gigs on other sources are grouped, with one canonical listing."""
import html
import json
import sqlite3

import pytest

from bench.generate import batched, listings
from db.writer import CatalogWriter
from scrapers.platforms.playwright_page import system_chromium
from tests.test_browser_catalog import browser, catalog, host_site  # noqa: F401 (fixtures: served demo, host page)
from tests.test_cli import microgigs


def test_planted_duplicates_are_grouped_across_sources(tmp_path):
    db_path = str(tmp_path / "d.db")
    rows = list(listings(3000, seed=7, duplicate_share=0.1))
    writer = CatalogWriter(db_path)
    for batch in batched(rows, 1000):
        writer.upsert_listings(batch, crawl_id="c", seen_at="2026-11-25T00:00:00Z")
    writer.close()
    result = microgigs("dedupe", "--db", db_path)
    assert result.returncode == 0 and "groups of the same gig" in result.stdout, result.stderr
    db = sqlite3.connect(db_path)
    group_of = dict(db.execute("select listing_id, group_id from listing_groups"))
    planted = [(r["id"], r["raw"]["duplicate_of"]) for r in rows if r["raw"].get("duplicate_of")]
    found = sum(1 for copy, original in planted if copy in group_of and group_of[copy] == group_of.get(original))
    assert found / len(planted) >= 0.95
    grouped_wrongly = [i for i, g in group_of.items() if not any(i in pair for pair in planted)]
    assert len(grouped_wrongly) <= 0.05 * len(group_of)
    assert db.execute("select count(*) from listing_groups where canonical = 1").fetchone()[0] == len(set(group_of.values()))
    canonical = db.execute("select count(*) from canonical_listings").fetchone()[0]
    assert canonical == len(rows) - (len(group_of) - len(set(group_of.values())))


def test_batch_minhash_and_bands_are_datasketchs():
    """The numpy MinHash of a batch equals datasketch's MinHash of each listing, and listings sharing a band
    are the candidates datasketch's MinHashLSH returns."""
    import numpy as np
    from datasketch import MinHash, MinHashLSH

    from db.dedupe import NUM_PERM, band_keys, candidate_runs, minhash_matrix, shingle_hashes, shingle_words

    rows = list(listings(300, seed=11, duplicate_share=0.3))
    words = [shingle_words(r["title"], r["company"], r["description_text"]) for r in rows] + [[], ["one"]]
    hashes, offsets = shingle_hashes(words)
    permutations = MinHash(num_perm=NUM_PERM, seed=1).permutations
    matrix = minhash_matrix(hashes, offsets, permutations)
    ends = list(offsets[1:]) + [len(hashes)]
    lsh = MinHashLSH(threshold=0.55, num_perm=NUM_PERM)
    for n, (start, end) in enumerate(zip(offsets, ends)):
        theirs = MinHash(num_perm=NUM_PERM, seed=1, hashfunc=int)
        theirs.update_batch([int(h) for h in hashes[start:end]])
        assert np.array_equal(matrix[n], theirs.hashvalues), n
        lsh.insert(n, theirs)
    sources = np.arange(len(words))  # every listing its own source: every shared band is a candidate pair
    ours = {frozenset((int(a), int(b))) for run in candidate_runs(band_keys(matrix, lsh.hashranges), sources)
            for a in run for b in run if a != b}
    theirs = {frozenset((n, int(m))) for n in range(len(words))
              for m in lsh.query(MinHash(num_perm=NUM_PERM, seed=1, hashvalues=matrix[n], scheme="affine32"))
              if m != n}
    assert ours == theirs and len(ours) >= 50


def test_permutations_premix_and_bands_are_datasketchs():
    """What dedupe computes itself, not to import datasketch (and scipy) in a crawl: the same values."""
    import numpy as np
    from datasketch import MinHash, MinHashLSH
    from datasketch.minhash import _fmix

    from db.dedupe import DEFAULT_THRESHOLD, KNOWN_BANDS, LSH_MARGIN, NUM_PERM, band_ranges, fmix32, permutations

    for seed in (1, 2, 7):
        assert np.array_equal(permutations(seed), MinHash(num_perm=NUM_PERM, seed=seed).permutations)
    values = np.random.RandomState(3).randint(0, 1 << 32, 10000, dtype=np.uint32)
    assert np.array_equal(fmix32(values), _fmix(values, 32))
    for threshold in [*KNOWN_BANDS, DEFAULT_THRESHOLD - LSH_MARGIN, 0.3, 0.65]:
        assert band_ranges(threshold) == MinHashLSH(threshold=threshold, num_perm=NUM_PERM).hashranges


# --- deterministic, atomic, incremental ---

def _catalog(path, count=1500, seed=7) -> tuple[str, list[dict]]:
    rows = list(listings(count, seed=seed, duplicate_share=0.15))
    writer = CatalogWriter(str(path))
    for batch in batched(rows, 500):
        writer.upsert_listings(batch, crawl_id="c", seen_at="2026-11-25T00:00:00Z")
    writer.close()
    return str(path), rows


def _grouping(db_path) -> list[tuple]:
    db = sqlite3.connect(db_path)
    try:
        return db.execute("select listing_id, group_id, canonical from listing_groups order by 1").fetchall()
    finally:
        db.close()


def test_same_groups_and_ids_in_processes_with_different_hash_seeds(tmp_path):
    import shutil

    first, _ = _catalog(tmp_path / "a.db")
    second = shutil.copy(first, tmp_path / "b.db")
    for db_path, seed in ((first, "1"), (second, "2")):
        result = microgigs("dedupe", "--db", str(db_path), env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
    grouping = _grouping(first)
    assert len(grouping) > 100 and grouping == _grouping(second)
    canonical = {group for _, group, is_canonical in grouping if is_canonical}
    assert canonical == {listing for listing, _, is_canonical in grouping if is_canonical}  # id = canonical's id


def test_shingle_and_title_hashes_do_not_depend_on_the_process():
    import subprocess
    import sys

    code = ("from db.dedupe import shingle_hashes, title_key; h, o = shingle_hashes([['logo', 'données', '设计', "
            "'x'], ['ab'], []]); print(h.tolist(), o.tolist(), title_key('Logo design', 'Café Ltd'))")
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout for seed in "123"}
    assert len(outputs) == 1


def test_a_failure_mid_swap_leaves_the_previous_grouping(tmp_path, monkeypatch):
    from db import dedupe

    db_path, _ = _catalog(tmp_path / "d.db")
    dedupe.group_duplicates(db_path)
    before = _grouping(db_path)
    state = sqlite3.connect(db_path).execute("select * from dedupe_state order by 1").fetchall()

    def swap_then_die(conn, *statements):
        for statement in statements:  # the old grouping is deleted, the new one half written...
            conn.execute(statement)
        conn.execute("INSERT INTO listing_groups SELECT * FROM temp.new_groups LIMIT 3")
        raise KeyboardInterrupt("killed mid-swap")

    monkeypatch.setattr(dedupe, "swap", swap_then_die)
    with pytest.raises(KeyboardInterrupt):
        dedupe.group_duplicates(db_path, threshold=0.8)
    db = sqlite3.connect(db_path)
    db.execute("update listings set title = 'Changed title ' || title where rowid = 1")
    db.commit()
    with pytest.raises(KeyboardInterrupt):
        dedupe.update_groups(db_path, threshold=0.55)
    assert _grouping(db_path) == before and len(before) > 100
    assert db.execute("select * from dedupe_state order by 1").fetchall() == state
    assert db.execute("select count(*) from dedupe_pending").fetchone()[0] == 1  # still queued
    assert db.execute("select count(*) from listing_signatures").fetchone()[0] == 1500


def test_a_killed_dedupe_leaves_the_previous_grouping_or_the_new_one(tmp_path):
    """`microgigs dedupe` killed (SIGKILL) at several moments: the catalog holds the old grouping or the whole
    new one (another threshold), never a part or none."""
    import shutil
    import signal
    import subprocess
    import sys
    import time

    from db.dedupe import group_duplicates

    db_path, _ = _catalog(tmp_path / "k.db", count=3000)
    group_duplicates(db_path)
    old = _grouping(db_path)
    expected = shutil.copy(db_path, tmp_path / "expected.db")
    group_duplicates(str(expected), threshold=0.8)
    new = _grouping(str(expected))
    assert old != new
    outcomes = set()
    for delay in (0.3, 0.8, 1.3, 1.8, 2.5):
        work = shutil.copy(db_path, tmp_path / "work.db")
        process = subprocess.Popen([sys.executable, "-m", "scrapers.cli", "dedupe", "--db", str(work),
                                    "--threshold", "0.8"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait(30)
        now = _grouping(str(work))
        assert now in (old, new), delay
        outcomes.add("new" if now == new else "old")
    assert "old" in outcomes  # at least one kill came before the swap


def test_incremental_run_after_an_import_equals_a_full_rebuild(tmp_path):
    import json
    import shutil

    from db.dedupe import group_duplicates

    db_path, rows = _catalog(tmp_path / "i.db")
    group_duplicates(db_path)
    originals = [r for r in rows if not r["raw"].get("duplicate_of")]
    copied, changed = originals[10], originals[20]
    new_copy = {**copied, "id": "importer:1", "source": "importer", "source_id": "1",
                "url": "https://example.org/importer/1", "raw": {"id": 1}}
    reworded = {**changed, "title": "Something else entirely", "description_text": "Nothing alike at all here."}
    lines = tmp_path / "import.jsonl"
    lines.write_text("\n".join(json.dumps(r) for r in (new_copy, reworded)) + "\n")
    result = microgigs("import", str(lines), "--db", db_path)
    assert result.returncode == 0, result.stderr
    db = sqlite3.connect(db_path)
    assert db.execute("select count(*) from dedupe_pending").fetchone()[0] == 0  # the import ran the dedupe
    group_of = dict(db.execute("select listing_id, group_id from listing_groups"))
    assert group_of["importer:1"] == group_of[copied["id"]]
    assert changed["id"] not in group_of
    rebuilt = shutil.copy(db_path, tmp_path / "rebuilt.db")
    group_duplicates(str(rebuilt))
    assert _grouping(db_path) == _grouping(str(rebuilt))


def test_a_crawl_groups_what_it_stored(built_demo, tmp_path):
    """The demo is a crawl (replayed): its store ran the incremental dedupe, whose groups are a full rebuild's."""
    import shutil

    from db.dedupe import group_duplicates

    db = sqlite3.connect(built_demo)
    assert db.execute("select count(*) from dedupe_pending").fetchone()[0] == 0
    grouping = _grouping(str(built_demo))
    assert len({group for _, group, _ in grouping}) >= 30
    rebuilt = shutil.copy(built_demo, tmp_path / "rebuilt.db")
    group_duplicates(str(rebuilt))
    assert _grouping(str(rebuilt)) == grouping


COMMON_SEARCHES = ["", "data", "design", "marketing", "video", "python", "writing", "excel", "research",
                   "translation", "bookkeeping", "social media", "internship", "logo", "proofread"]


def test_one_card_per_gig_in_the_top_20_of_common_searches(built_demo, tmp_path):
    import asyncio

    from db.serve import build_datasette

    db = sqlite3.connect(built_demo)
    group_of = dict(db.execute("select listing_id, group_id from listing_groups"))
    ds = build_datasette(str(built_demo), immutable=True)

    async def search(q):
        response = await ds.client.get(f"/microgigs/search.json?_shape=array&size=20&q={q}")
        assert response.status_code == 200, response.text
        return response.json()

    with_copies = 0
    for q in COMMON_SEARCHES:
        cards = asyncio.run(search(q))
        gigs = [group_of.get(card["id"], card["id"]) for card in cards]
        assert len(gigs) == len(set(gigs)), q
        seen = [(card["title"].lower(), (card["company"] or "").lower()) for card in cards]
        assert len(seen) == len(set(seen)), q  # nor the same title and company twice
        for card in cards:
            copies = json.loads(card["copies"])
            others = {i for i, g in group_of.items() if g == group_of.get(card["id"]) and i != card["id"]}
            assert len(copies) == len(others)
            assert card["also_on"] == (", ".join(sorted({c["source"] for c in copies})) or None)
            with_copies += bool(copies)
    assert with_copies >= 10


def test_also_on_is_shown_on_the_home_page_widget_feed_and_listing_page(built_demo):
    import asyncio
    import re
    from urllib.parse import quote

    from db.serve import build_datasette

    db = sqlite3.connect(built_demo)
    gig, = db.execute("select group_id from listing_groups group by 1 order by count(*) desc, 1 limit 1").fetchone()
    title, = db.execute("select title from listings where id = ?", [gig]).fetchone()
    urls = [row[0] for row in db.execute("select l.url from listing_groups g join listings l on l.id = g.listing_id "
                                         "where g.group_id = ? and g.canonical = 0", [gig])]
    ds = build_datasette(str(built_demo), immutable=True)
    q = quote(title)

    async def pages():
        return [(await ds.client.get(path)).text for path in (
            f"/?s=1&q={q}", f"/-/widget?q={q}", f"/microgigs/search_feed.atom?q={q}")]

    home, widget, feed = asyncio.run(pages())
    own_url, = db.execute("select url from listings where id = ?", [gig]).fetchone()
    for page, link in ((home, "/-/listing/" + quote(gig, safe="")), (widget, html.escape(own_url))):
        cards = re.findall(r'<li class="mg-card">.*?</li>', page, re.S)
        # the gig's card, once (from a search, a listing's link carries the search: "?s=1&amp;q=...")
        card, = [c for c in cards if re.search(f'href="{re.escape(link)}[?"]', c.split("</h3>")[0])]
        assert title in html.unescape(card) and "also on" in card
        assert all(f'href="{html.escape(url)}"' in card for url in urls)
        titles_linking_a_copy = [c for c in cards if any(html.escape(u) in c.split("</h3>")[0] for u in urls)]
        assert not titles_linking_a_copy  # no card of its own for a copy
    assert "Also on" in feed and all(html.escape(url) in feed for url in urls[:3])
    other, = db.execute("select listing_id from listing_groups where group_id = ? and canonical = 0", [gig]).fetchone()
    listing = asyncio.run(ds.client.get("/-/listing/" + quote(other, safe=""))).text
    assert "The same work on other sources" in listing
    similar = listing.split("Similar listings")[-1] if "Similar listings" in listing else ""
    members = [row[0] for row in db.execute("select listing_id from listing_groups where group_id = ?", [gig])]
    assert not [m for m in members if "/-/listing/" + quote(m, safe="") in similar]  # its own gig is no "similar"


@pytest.mark.browser
@pytest.mark.skipif(system_chromium() is None, reason="no system Chromium (tests/run installs Debian's chromium)")
def test_the_script_widget_says_also_on_with_each_copys_link(built_demo, catalog, host_site, browser):
    """In headless Chromium, the embedded script widget (embed.js, from the JSON API's copies) shows a gig once
    with 'also on' and a link to each of its open copies."""
    from tests.test_browser_catalog import search_embedded_widget

    db = sqlite3.connect(built_demo)
    copies_of: dict[str, set] = {}
    for group, url in db.execute("select g.group_id, l.url from listing_groups g join listings l on l.id = g.listing_id "
                                 "where g.canonical = 0 and l.closed_at is null"):
        copies_of.setdefault(group, set()).add(url)
    own_url = dict(db.execute("select l.url, g.group_id from listing_groups g join listings l on l.id = g.listing_id "
                              "where g.canonical = 1"))
    page = browser.new_page()
    search_embedded_widget(page, host_site, "bookkeeping", "titles.length > 0")
    cards = page.evaluate("""[...document.querySelector('.microgigs-widget').shadowRoot.querySelectorAll('li')]
        .map(li => ({title: li.querySelector('h3 a').href, text: li.textContent,
                     also: [...li.querySelectorAll('p.source a')].map(a => a.href)}))""")
    page.close()
    shown = [card for card in cards if card["title"] in own_url]
    assert shown, cards
    for card in shown:
        assert "also on" in card["text"] and set(card["also"]) == copies_of[own_url[card["title"]]]
