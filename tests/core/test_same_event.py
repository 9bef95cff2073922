"""Finding a lost transcript's event among library files."""

from __future__ import annotations

from pathlib import Path

from reader.core import parse_file
from reader.core.same_event import Listed, Wanted, candidates, find_event_file
from tests.helpers import write_fictional


def test_candidates_rank_title_and_date_then_date_then_title() -> None:
    wanted = Wanted("f", None, "Talk", "2031-01-02")
    files = [Listed("other", "Else", "2030-01-01"), Listed("title", "Talk", "2030-05-05"),
             Listed("date", "Else", "2031-01-02"), Listed("both", "Talk", "2031-01-02")]
    assert candidates(wanted, files) == ["both", "date", "title"]


def test_the_fingerprint_wins_over_title_and_date(tmp_path: Path) -> None:
    original = write_fictional(tmp_path, "a.txt", "Talk", "2031-01-02", ["Ada Quill", "Tom Kettle"])
    t = parse_file(original)
    namesake = write_fictional(tmp_path, "b.txt", "Talk", "2031-01-02", ["Rufus Firefly", "Ada Quill"])
    retitled = tmp_path / "c.txt"
    retitled.write_text(original.read_text(encoding="utf-8").replace("Talk", "Retitled", 1),
                        encoding="utf-8")
    wanted = Wanted(t.fingerprint(), None, "Talk", "2031-01-02")
    assert find_event_file(wanted, [str(namesake), str(retitled)]) == str(retitled)
    # Without a file of the same text, the same title and date will do.
    assert find_event_file(wanted, [str(namesake)]) == str(namesake)
    assert find_event_file(Wanted("x", None, "Other", "2031-01-02"), [str(namesake)]) is None
