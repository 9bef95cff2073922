"""Speaker looks and who gets which.

A *look* is how a speaker is told apart from the others: an index into the scheme's
distinct looks (``0 .. N_LOOKS - 1``), or ``None`` for the one neutral look shared by the
rare speakers once the distinct looks run out. A scheme turns a look into something to
see: in the colour schemes its colour (``Theme.speaker_colour``), in the two-colour
schemes a stripe pattern plus a marker (``MARKERS``), the second cue — both mapped by
``reader.core.speaker_style.speaker_style``.

Who gets which (``LookAssigner.looks_for``):

- within one transcript no two speakers share a distinct look;
- the main speakers (most words) choose first, so they win any clash;
- a person keeps the look they were first given, across the library and across runs,
  unless a main speaker of this transcript already holds it (then they borrow a free one
  for this transcript and keep their own for the others);
- when the distinct looks run out, the speakers who say least share the neutral look —
  never a main speaker's.

Looks are remembered by a normalised identity in a small JSON file, never derived from
``hash()`` (Python salts string hashes per process).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.colour import contrast

if TYPE_CHECKING:
    from reader.core.model import Transcript

__all__ = ["MARKERS", "NEUTRAL_MARKER", "N_LOOKS", "SLOTS", "Look", "LookAssigner",
           "contrast", "speaker_key", "words_by_speaker"]

log = logging.getLogger(__name__)

#: (light-theme tone, dark-theme tone) per look. The first six are DESIGN.md §3's slots;
#: six more (chosen for CIEDE2000 distance from the others and from the text colour) give a
#: Direct Line's main speakers a look each.
SLOTS: tuple[tuple[str, str], ...] = (
    ("#0072B2", "#56B4E9"),
    ("#CC3311", "#EE6677"),
    ("#117733", "#44BB99"),
    ("#AA3377", "#CC79A7"),
    ("#332288", "#F0E442"),
    ("#882255", "#E69F00"),
    ("#9008F2", "#909B4C"),
    ("#6F0507", "#FFBCB3"),
    ("#036B74", "#40F2FC"),
    ("#665E99", "#F6793F"),
    ("#003A0D", "#958AED"),
    ("#31011D", "#53EC15"),
)
#: How many speakers of one transcript can look different from every other.
N_LOOKS = len(SLOTS)

#: A speaker's look: an index below N_LOOKS, or None for the shared neutral look.
Look = int | None

#: The second cue of each look: a marker shown with the name and in the legend (shapes
#: every common font has; six filled, six hollow).
MARKERS: tuple[str, ...] = ("●", "■", "▲", "◆", "▼", "★", "○", "□", "△", "◇", "▽", "☆")
#: The neutral look's marker.
NEUTRAL_MARKER = "·"


def speaker_key(name: str) -> str:
    """The identity a look is remembered by: one person in both languages and every
    spelling (``В.Путин`` == ``В. Путин`` == ``Vladimir Putin``)."""
    from reader.core.persons import person_key  # with the first transcript's speakers

    return person_key(name)


def words_by_speaker(t: Transcript) -> dict[str, int]:
    """Words spoken per speaker id (every speaker of the transcript, zero included)."""
    from reader.core.model import BlockKind  # (a window paints without the model)

    words = {s.id: 0 for s in t.speakers}
    for b in t.blocks:
        if b.kind is BlockKind.SPEECH and b.speaker is not None:
            words[b.speaker] = words.get(b.speaker, 0) + sum(len(p.split())
                                                             for p in b.paragraphs)
    return words


class LookAssigner:
    """Gives every speaker of a transcript a look, remembering people's looks across
    transcripts and runs (``path`` None: remembered for this run only)."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._looks: dict[str, int] = {}
        if path is not None and path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                self._looks = {str(k): int(v) % N_LOOKS for k, v in data.items()}
            except (OSError, ValueError, TypeError, AttributeError) as exc:
                log.warning("speaker looks %s unreadable (%s); starting afresh", path, exc)

    def remembered(self, name: str) -> Look:
        """The look a person keeps across the library, if they have one yet."""
        return self._looks.get(speaker_key(name))

    def looks_for(self, t: Transcript) -> dict[str, Look]:
        """Speaker id -> look for every speaker of the transcript."""
        words = words_by_speaker(t)
        order = {s.id: i for i, s in enumerate(t.speakers)}
        # Main speakers first: most words, then first to speak.
        ranked = sorted(t.speakers, key=lambda s: (-words.get(s.id, 0), order[s.id]))
        usage = [0] * N_LOOKS
        for v in self._looks.values():
            usage[v] += 1
        out: dict[str, Look] = {}
        taken: set[int] = set()
        changed = False
        owns: dict[str, Look] = {
            s.id: None if s.generic else self._looks.get(speaker_key(s.name)) for s in ranked}
        for n, sp in enumerate(ranked):
            own = owns[sp.id]
            if own is not None and own not in taken:
                look: Look = own
            else:
                free = [i for i in range(N_LOOKS) if i not in taken]
                # Prefer a look no one still to come in this transcript remembers (so they
                # keep theirs), then the least used across the library.
                pending = {owns[s.id] for s in ranked[n + 1:]}
                look = min(free, key=lambda i: (i in pending, usage[i], i)) if free else None
                if look is not None and own is None and not sp.generic:
                    # A person's first look is theirs from now on (generic voices such as
                    # "Question" are not people and are not remembered).
                    self._looks[speaker_key(sp.name)] = look
                    usage[look] += 1
                    changed = True
            if look is not None:
                taken.add(look)
            out[sp.id] = look
        if changed:
            self._save()
        return {s.id: out[s.id] for s in t.speakers}

    def _save(self) -> None:
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".colours-")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(self._looks, fh, ensure_ascii=False, indent=0)
            Path(tmp).replace(self.path)
        except OSError as exc:
            log.warning("could not save speaker looks to %s: %s", self.path, exc)
