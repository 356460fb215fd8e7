"""normalize.text and normalize.dates: table-driven, hostile inputs included."""
from datetime import datetime, timezone

import pytest

from normalize.dates import to_utc_iso
from normalize.text import clean_text, html_to_text, sanitize_html

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("value,expected", [
    ("  Senior   Designer \n", "Senior Designer"),
    ("Senior AI &amp;amp; Data Transformation Lead", "Senior AI & Data Transformation Lead"),  # double escaped
    ("&amp;#8211; dash", "– dash"),
    ("SEO &amp; AI Strategist", "SEO & AI Strategist"),
    ("<b>Bold</b> title", "Bold title"),
    ("Itâ€™s mojibake", "It's mojibake"),
    ("nul\x00byte", "nulbyte"),
    (12345, "12345"),
    (["a", "b"], "a, b"),
    (None, None), ("   ", None), ({"name": "x"}, None), (True, None), (float("nan"), None),
])
def test_clean_text(value, expected):
    assert clean_text(value) == expected


@pytest.mark.parametrize("value,expected", [
    ("<p>One</p><p>Two &amp; three</p>", "One\nTwo & three"),
    ("&lt;p&gt;Escaped &amp;amp; body&lt;/p&gt;&lt;ul&gt;&lt;li&gt;item&lt;/li&gt;&lt;/ul&gt;", "Escaped & body\n• item"),
    ("Line<br>break", "Line\nbreak"),
    ("<script>alert(1)</script><style>p{}</style>Visible", "Visible"),
    ("plain text only", "plain text only"),
    (None, None),
])
def test_html_to_text(value, expected):
    assert html_to_text(value) == expected


def test_sanitize_html_keeps_structure_and_drops_danger():
    dirty = ('<p onclick="steal()">Hi <a href="javascript:alert(1)">x</a> <a href="https://ok.example">ok</a>'
             '<script>alert(1)</script><img src="https://remotive.com/job/track/1/blank.gif"><style>*{}</style></p>')
    clean = sanitize_html(dirty)
    assert "onclick" not in clean and "javascript:" not in clean and "<script" not in clean and "<img" not in clean
    assert '<a href="https://ok.example" rel="nofollow noopener noreferrer">ok</a>' in clean and clean.startswith("<p>")
    assert sanitize_html("&lt;h2&gt;Escaped&lt;/h2&gt;") == "<h2>Escaped</h2>"


def test_huge_inputs_are_cut_not_hung():
    text = html_to_text("<p>" + "word " * 2_000_000 + "</p>")
    assert 0 < len(text) <= 200_000


@pytest.mark.parametrize("value,expected", [
    ("2026-06-12T21:30:58", "2026-06-12T21:30:58Z"),  # naive: UTC
    ("2026-07-06T16:06:19-04:00", "2026-07-06T20:06:19Z"),
    ("2026-07-10T02:20:45+00:00", "2026-07-10T02:20:45Z"),
    ("2024-12-05 08:04:19", "2024-12-05T08:04:19Z"),
    ("2026-06-08 09:42:35 UTC", "2026-06-08T09:42:35Z"),
    ("2026-04-20", "2026-04-20T00:00:00Z"),
    (1781572086, "2026-06-16T01:08:06Z"),  # epoch seconds
    (1776458868.0, "2026-04-17T20:47:48Z"),  # Reddit's float created_utc
    ("1781572086000", "2026-06-16T01:08:06Z"),  # epoch milliseconds as text
    ("Posted 30+ Days Ago", "2026-10-26T12:00:00Z"),  # Workday, relative to now
    ("vor 3 Tagen", "2026-11-22T12:00:00Z"),
    ("20 mars 2026", "2026-03-20T00:00:00Z"),
    ("hace 2 días", "2026-11-23T12:00:00Z"),
    ("0000-01-01", None), ("9999-12-31", None), ("1970-01-01T00:00:00Z", None),
    ("garbage", None), ("", None), (None, None), (float("nan"), None), (-5, None), (True, None), ([2026], None),
])
def test_to_utc_iso(value, expected):
    assert to_utc_iso(value, now=NOW) == expected
