"""`microgigs boards add`: appends a real board to a platform's data file, refusing repeats and junk."""
import shutil

import pytest

import scrapers.platforms.boards as boards


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    shutil.copy(boards.DATA / "greenhouse_boards.csv", tmp_path / "greenhouse_boards.csv")
    monkeypatch.setattr(boards, "DATA", tmp_path)
    monkeypatch.setenv("MICROGIGS_DATA_DIR", str(tmp_path / "user"))  # additions go here, never into DATA
    return tmp_path


def test_add_board_appends_a_real_row(data_dir):
    before = boards.load_boards("greenhouse")
    boards.add_board("greenhouse", "examplecorp", company="Example Corp", found_in="https://example.org/careers")
    after = boards.load_boards("greenhouse")
    assert after == {**before, "examplecorp": "Example Corp"}
    assert "examplecorp" not in (data_dir / "greenhouse_boards.csv").read_text()  # the shipped list is untouched
    assert "examplecorp" in (data_dir / "user" / "greenhouse_boards.csv").read_text()
    assert "examplecorp" not in boards.load_boards("greenhouse", which="sample")


@pytest.mark.parametrize("platform, token, message", [
    ("nosuchats", "x", "unknown platform"),
    ("greenhouse", "airbnb", "already listed"),
    ("greenhouse", "bad token; drop table", "does not look like a greenhouse board token"),
])
def test_add_board_refuses_with_a_clear_reason(data_dir, platform, token, message):
    with pytest.raises(ValueError, match=message):
        boards.add_board(platform, token)
