from __future__ import annotations

from reader.core.history import History, Place

A, B, C = Place("a.txt", 3), Place("b.txt", 10, 5), Place("a.txt", 40)


def test_back_and_forward_walk_the_jumps() -> None:
    h = History()
    assert not h.can_go_back() and h.back() is None
    for p in (A, B, C):
        h.visit(p)
    assert h.back() == B
    assert h.back() == A
    assert not h.can_go_back()
    assert h.forward() == B and h.forward() == C
    assert not h.can_go_forward() and h.forward() is None


def test_a_new_jump_drops_the_forward_places() -> None:
    h = History()
    for p in (A, B, C):
        h.visit(p)
    h.back()
    h.back()
    h.visit(Place("c.txt", 1))
    assert not h.can_go_forward()
    assert h.back() == A


def test_where_the_reader_scrolled_is_kept_for_forward() -> None:
    h = History()
    h.visit(A)
    h.visit(B)
    scrolled = Place("b.txt", 25)
    assert h.back(here=scrolled) == A
    assert h.forward() == scrolled


def test_duplicates_limit_and_forget() -> None:
    h = History(limit=3)
    for p in (A, A, B, C, Place("d", 0)):
        h.visit(p)
    assert h.back() == C and h.back() == B and h.back() is None
    h.forget("b.txt")  # the reader was at B: now at C, the nearest place left
    assert not h.can_go_back()
    assert h.forward() == Place("d", 0)
    h.forget("d")
    h.forget("a.txt")
    assert h.back() is None and h.forward() is None


def test_current_is_the_place_the_cursor_is_on() -> None:
    h = History()
    assert h.current() is None
    h.visit(A)
    h.visit(B)
    assert h.current() == B
    h.back()
    assert h.current() == A
