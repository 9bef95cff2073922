"""What the About box tells, apart from the box itself (the window keeps it; the
dialogue code is imported only when Help > About is chosen)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


class AboutFacts(NamedTuple):
    """What the About box tells; the window gathers it from the objects it composes."""

    settings: str
    bookmarks: str
    caches: Sequence[str]
