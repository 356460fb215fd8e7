"""The database schema matches the public contract in ../shared/SCHEMA.md and migrates idempotently."""
import re

import pytest

from db.schema import FTS_COLUMNS, LISTING_COLUMNS, open_db
from tests.conftest import PROJECT

SCHEMA_MD = PROJECT.parent / "shared" / "SCHEMA.md"


def schema_md_columns() -> list[str]:
    if not SCHEMA_MD.is_file():
        pytest.skip(f"{SCHEMA_MD} is absent (clone ../shared beside the project)")
    text = SCHEMA_MD.read_text()
    table = text.split("## `listings`", 1)[1].split("\n## ", 1)[0]
    names = []
    for line in table.splitlines():
        if line.startswith("| `"):
            names += re.findall(r"`([a-z_]+)`", line.split("|")[1])
    return names


def test_every_contract_column_exists_in_order_of_the_contract():
    contract = schema_md_columns()
    assert len(contract) >= 40
    assert [c for c in LISTING_COLUMNS if c in contract] == contract
    assert set(contract) <= set(LISTING_COLUMNS)


def test_migrations_create_all_tables_and_are_idempotent(tmp_db):
    db = open_db(tmp_db)
    open_db(tmp_db)  # second run applies nothing and fails on nothing
    assert {"listings", "sources", "crawls", "rejects", "listing_changes", "listings_fts"} <= set(db.table_names())
    assert list(db["listings"].columns_dict) == list(LISTING_COLUMNS)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    applied = db.execute("select count(*) from _sqlite_migrations").fetchone()[0]
    open_db(tmp_db)
    assert db.execute("select count(*) from _sqlite_migrations").fetchone()[0] == applied


def test_fts5_covers_search_columns_and_follows_writes(tmp_db):
    db = open_db(tmp_db)
    assert "FTS5" in db["listings_fts"].schema
    assert db["listings"].detect_fts() == "listings_fts"
    db["listings"].insert({"id": "x:1", "title": "Logo design gig", "skills": '["Illustrator"]'})
    hits = db.execute("select rowid from listings_fts where listings_fts match 'illustrator'").fetchall()
    assert len(hits) == 1
    db["listings"].update("x:1", {"title": "Data entry task"})
    assert db.execute("select count(*) from listings_fts where listings_fts match 'logo'").fetchone()[0] == 0
    assert FTS_COLUMNS == ["title", "company", "description_text", "skills"]


def test_facet_and_filter_columns_are_indexed(tmp_db):
    db = open_db(tmp_db)
    indexed = {tuple(ix.columns) for ix in db["listings"].indexes}
    for column in ("source", "engagement", "remote", "occupation", "country", "pay_unit", "posted_at"):
        assert (column,) in indexed


def test_readme_documents_every_column():
    readme = (PROJECT / "README.md").read_text()
    for name, (sql_type, meaning) in LISTING_COLUMNS.items():
        assert f"| `{name}` | {sql_type.lower()} |" in readme, f"README's schema table lacks {name}"
