"""A bookmark: an anchored passage with a note and a colour (plain data)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from reader.core.anchors import Anchor

#: A few named colours; each scheme gives them tones of its own.
COLOURS = ("yellow", "green", "blue", "pink", "orange")


def new_id() -> str:
    import uuid  # here: with the platform module it pulls in, it slows every start-up

    return uuid.uuid4().hex


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True, slots=True)
class Bookmark:
    anchor: Anchor
    note: str = ""
    colour: str = "yellow"
    speaker: str | None = None  # the speaker's name, for lists and citations
    place: str | None = None  # the event's place, for citations
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now)
    modified: str = field(default_factory=now)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        return d
