"""Hostile input (issue 17): pages that made the parser quadratic or hungry, and a
sidecar that names itself. Each pathological page is generated in the test and parsed
in a child process with a timeout; time and memory are asserted with generous bounds
(the figures themselves belong to ``python -m reader.bench parse``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from reader.core import ParseError, parse_bytes, parse_file

ROOT = Path(__file__).resolve().parents[2]
SECONDS = 10.0
MEGABYTES = 1024

_CHILD = r"""
import json, resource, sys, time
from reader.core import ParseError, parse_bytes
kind, n = sys.argv[1], int(sys.argv[2])
head = '<html><body><h1>A page</h1><div class="read__internal_content">'
head += '<p><b>Rufus Firefly:</b> Good evening.</p>'
if kind == "unclosed-div":
    page = head + "<div>x" * n
elif kind == "upper-div":
    page = head + "<DIV class=a>" * n
elif kind == "nested-closed":
    page = head + "<div><span>" * n + "x" + "</span></div>" * n
elif kind == "nested-list":
    page = head + "<ul><li>x" * n
elif kind == "tags-column":
    page = (head + '</div><div class="read__tagscol"><h3>Persons</h3>'
            + "<ul><li><a>Ada Quill</a>" * n + "</ul></li>" * n + "</div>")
elif kind == "flat":
    page = head + "<p><b>Ada Quill:</b> Yes, and more besides.</p>" * n
elif kind == "record-colons":  # a dataset record: one line, a colon every few bytes
    page = "Rufus Firefly: Hello. " + "Word: " * n
else:
    raise SystemExit("unknown kind " + kind)
data = page.encode()
start = time.perf_counter()
try:
    t = parse_bytes(data, "hostile.txt" if kind.startswith("record") else "hostile.html")
    outcome = {"turns": len(t.turns()), "persons": len(t.tags.persons)}
except ParseError as exc:
    outcome = {"error": str(exc)}
print(json.dumps({"seconds": time.perf_counter() - start, "bytes": len(data),
                  "megabytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  **outcome}))
"""


def _run(kind: str, n: int) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-c", _CHILD, kind, str(n)], capture_output=True,
                          text=True, timeout=120, env=env, cwd=ROOT, check=False)
    assert proc.returncode == 0, proc.stderr
    out: dict[str, object] = json.loads(proc.stdout)
    assert isinstance(out["seconds"], float) and out["seconds"] <= SECONDS, out
    assert isinstance(out["megabytes"], float) and out["megabytes"] <= MEGABYTES, out
    return out


@pytest.mark.parametrize(("kind", "n"), [
    ("unclosed-div", 200_000),   # under 1 MB: took 80 s
    ("upper-div", 100_000),
    ("nested-closed", 50_000),   # 100,000 nested elements: took 10 s
    ("nested-list", 20_000),
    ("tags-column", 5_000),      # thousands of nested <li> in the tags: 7 s, 1.4 GB
])
def test_deep_markup_is_refused_quickly_with_the_reason(kind: str, n: int) -> None:
    out = _run(kind, n)
    assert out.get("error") == "hostile.html: the markup is nested too deeply " \
                               "(more than 400 levels)", out


def test_moderately_deep_markup_is_refused_by_the_walk() -> None:
    """Under the scan's threshold (few tags) the tree is built quickly, and the walk over
    it says the page is nested too deeply."""
    out = _run("nested-list", 2_000)
    assert out.get("error") == "hostile.html: the document is nested too deeply to read", out


def test_a_long_flat_page_is_read_within_bounds() -> None:
    out = _run("flat", 60_000)  # ~3 MB of real-looking turns, 120,000 elements
    assert out.get("turns") == 60_001, out


def test_a_record_line_full_of_colons_is_read_in_linear_time() -> None:
    out = _run("record-colons", 800_000)  # 4.7 MB on one line: took 15 s
    assert out.get("turns") == 1, out


def test_too_many_elements_are_refused() -> None:
    page = "<html><body><h1>T</h1>" + "<p>x</p>" * 160_000
    with pytest.raises(ParseError, match=r"^big\.html: too much markup to read"):
        parse_bytes(page.encode(), "big.html")


def test_a_sloppy_but_real_page_is_not_refused() -> None:
    """Unclosed paragraphs, list items, cells and formatting tags close as browsers
    close them; scripts and comments full of tags do not count."""
    body = "".join(f"<p><b>Ada Quill:</b> <font>point {i}<ul><li>one<li>two</ul>"
                   f"<table><tr><td>a<td>b<tr><td>c</table>" for i in range(600))
    script = "<script>var s = '" + "<div>" * 1000 + "';</script><!-- " + "<ul>" * 1000 + " -->"
    page = f"<html><head>{script}</head><body><h1>Sloppy</h1>{body}</body></html>"
    t = parse_bytes(page.encode(), "sloppy.html")
    assert len(t.turns()) == 600
    assert t.speakers[0].name == "Ada Quill"


def test_tags_column_takes_each_item_once() -> None:
    """Nested list items give each name once, not every name below it glued on."""
    items = "".join(f"<ul><li><a>Person {i}</a>" for i in range(150)) + "</li></ul>" * 150
    page = ('<html><body><h1 class="entry-title">Tags</h1><div class="read__internal_content">'
            "<p><b>Rufus Firefly:</b> Good evening.</p></div>"
            f'<div class="read__tagscol"><h3>Persons</h3>{items}</div></body></html>')
    t = parse_bytes(page.encode(), "tags.html")
    assert t.tags.persons == tuple(f"Person {i}" for i in range(150))


def test_a_sidecar_that_names_itself(tmp_path: Path) -> None:
    """a.json (metadata, no body) points to a.txt, which is the same metadata again;
    and a sidecar saved as .txt points to itself. One clear message, no recursion."""
    meta = json.dumps({"title": "Meeting", "date": "2020-01-01"})
    (tmp_path / "a.json").write_text(meta)
    (tmp_path / "a.txt").write_text(meta)
    for name in ("a.json", "a.txt"):
        with pytest.raises(ParseError) as err:
            parse_file(tmp_path / name)
        assert "no body/text field" in err.value.reason
        assert "nested" not in err.value.reason


def test_a_sidecar_is_still_followed_to_its_text(tmp_path: Path) -> None:
    (tmp_path / "r.json").write_text(json.dumps({"title": "Talks", "date": "2020-01-01"}))
    (tmp_path / "r.txt").write_text("Rufus Firefly: Good evening. " * 30)
    t = parse_file(tmp_path / "r.json")
    assert t.title == "Talks" and t.speakers[0].name == "Rufus Firefly"
