"""Pages saved from web.archive.org: take away what the archive added.

The Wayback Machine inserts its scripts and styles in the head, its toolbar at the top
of the body, comments at the end, and rewrites every link of the page to go through the
archive (``/web/20200101000000/http://en.kremlin.ru/…``). Only the original page is
read; its own links are given back their original addresses.
"""

from __future__ import annotations

import re

_MARKERS = ("BEGIN WAYBACK TOOLBAR INSERT", "End Wayback Rewrite JS Include",
            "web.archive.org/web/", "FILE ARCHIVED ON")
_TOOLBAR = re.compile(r"<!--\s*BEGIN WAYBACK TOOLBAR INSERT\s*-->.*?"
                      r"<!--\s*END WAYBACK TOOLBAR INSERT\s*-->", re.S | re.I)
#: The head's scripts and styles, from the first archive script to its end marker.
_HEAD = re.compile(r"<script[^>]*(?:archive\.org|/_static/)[^>]*>.*?"
                   r"<!--\s*End Wayback Rewrite JS Include\s*-->", re.S | re.I)
_ARCHIVE_TAGS = re.compile(r"<(script|link)\b[^>]*(?:web-static\.archive\.org|/_static/(?:js|css)/"
                           r"|archive\.org/includes/)[^>]*>(?:\s*</script>)?", re.I)
_TRAILER = re.compile(r"<!--\s*(?:FILE ARCHIVED ON|playback timings).*?-->", re.S | re.I)
_REWRITTEN = re.compile(r"(?:https?:)?(?://web\.archive\.org)?/web/\d{1,14}[a-z_]*/"
                        r"(?=(?:https?:)?/?/?[a-z0-9.-]+\.[a-z]{2,})", re.I)


def is_archive_copy(text: str) -> bool:
    head = text[:200000]
    return any(m in head for m in _MARKERS) or "FILE ARCHIVED ON" in text[-5000:]


def strip_archive(text: str) -> str:
    """The original page inside an archive copy (other text is returned unchanged)."""
    if not is_archive_copy(text):
        return text
    text = _TOOLBAR.sub("", text)
    text = _HEAD.sub("", text)
    text = _ARCHIVE_TAGS.sub("", text)
    text = _TRAILER.sub("", text)
    text = _REWRITTEN.sub("", text)
    # "http:/en.kremlin.ru" after the archive's prefix went: one slash was eaten.
    return re.sub(r"(?<=[\"'=(])(https?):/(?!/)", r"\1://", text)
