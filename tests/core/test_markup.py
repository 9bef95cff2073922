"""Strings from files never reach a rich-text widget as markup (issue 17)."""

from __future__ import annotations

from reader.core.markup import rich_text_safe


def test_markup_in_a_file_name_is_shown_as_characters() -> None:
    name = '<img src="/etc/hostname"> & <b>bold</b>.txt'
    out = rich_text_safe(name)
    assert "<img" not in out and "<b>" not in out
    assert "&lt;img src=\"/etc/hostname\"&gt; &amp; &lt;b&gt;bold&lt;/b&gt;.txt" in out


def test_line_breaks_are_kept_and_empty_stays_empty() -> None:
    assert rich_text_safe("one\ntwo") == '<p style="white-space:pre-wrap">one<br>two</p>'
    assert rich_text_safe("") == ""
