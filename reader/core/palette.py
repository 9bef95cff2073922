"""Speaker colour slots (DESIGN.md §3) and their assignment by identity.

A person keeps the same slot in every transcript: slots are assigned by a normalised
identity and remembered in a small JSON file, never derived from ``hash()``.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path

from reader.core.model import Transcript
from reader.core.speakers import identity_key

log = logging.getLogger(__name__)

#: (light-theme tone, dark-theme tone) per slot.
SLOTS: tuple[tuple[str, str], ...] = (
    ("#0072B2", "#56B4E9"),
    ("#CC3311", "#EE6677"),
    ("#117733", "#44BB99"),
    ("#AA3377", "#CC79A7"),
    ("#332288", "#F0E442"),
    ("#882255", "#E69F00"),
)


def _luminance(hex_colour: str) -> float:
    h = hex_colour.lstrip("#")
    channels = [int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def contrast(a: str, b: str) -> float:
    """WCAG 2.x contrast ratio of two colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def speaker_key(name: str) -> str:
    """The identity a colour is remembered by (``В. Путин`` == ``В.Путин``)."""
    return identity_key(name)


class SlotAssigner:
    """Remembers which colour slot each person has, across transcripts and runs."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._slots: dict[str, int] = {}
        if path is not None and path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                self._slots = {str(k): int(v) % len(SLOTS) for k, v in data.items()}
            except (OSError, ValueError, TypeError, AttributeError) as exc:
                log.warning("speaker colours %s unreadable (%s); starting afresh", path, exc)

    def slots_for(self, t: Transcript) -> dict[str, int | None]:
        """Speaker id -> slot (None for generic voices such as "Question")."""
        out: dict[str, int | None] = {}
        used: set[int] = set()
        changed = False
        people = [s for s in t.speakers if not s.generic]
        for sp in people:
            slot = self._slots.get(speaker_key(sp.name))
            if slot is not None:
                used.add(slot)
        for sp in t.speakers:
            if sp.generic:
                out[sp.id] = None
                continue
            key = speaker_key(sp.name)
            slot = self._slots.get(key)
            if slot is None:
                counts = [0] * len(SLOTS)
                for v in self._slots.values():
                    counts[v] += 1
                free = [i for i in range(len(SLOTS)) if i not in used] or list(range(len(SLOTS)))
                slot = min(free, key=lambda i: (counts[i], i))
                self._slots[key] = slot
                changed = True
            used.add(slot)
            out[sp.id] = slot
        if changed:
            self._save()
        return out

    def _save(self) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".colours-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._slots, fh, ensure_ascii=False, indent=0)
            Path(tmp).replace(self.path)
        except OSError as exc:
            log.warning("could not save speaker colours to %s: %s", self.path, exc)
