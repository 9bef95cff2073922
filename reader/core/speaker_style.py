"""How a speaker looks in a colour scheme: the one place that maps a speaker's look (its
colour slot, or None for a neutral voice) to colours and a stripe pattern.

The dialogue text, the stripes beside it, the legend's swatches and any export all ask
this function, so that they can never disagree.
"""

from __future__ import annotations

from enum import IntEnum
from typing import NamedTuple

from reader.core.palette import MARKERS, N_LOOKS, NEUTRAL_MARKER
from reader.core.themes import Theme


class Pattern(IntEnum):
    """Stripe fills. In the two-colour schemes colour cannot tell speakers apart, so
    each slot has its own pattern (the UI maps these to brush styles)."""

    SOLID = 0
    DENSE = 1
    HORIZONTAL = 2
    DIAGONAL = 3
    CROSS = 4
    SPARSE = 5
    HOLLOW = 6  # an outline only: neutral voices in the two-colour schemes
    VERTICAL = 7
    BACK_DIAGONAL = 8
    DIAGONAL_CROSS = 9
    VERY_DENSE = 10
    VERY_SPARSE = 11
    HALF = 12


#: The pattern of each look in the two-colour schemes, in look order: one per look
#: (reader.core.palette.N_LOOKS), so no two speakers of a transcript share one.
SLOT_PATTERNS = (Pattern.SOLID, Pattern.DENSE, Pattern.HORIZONTAL, Pattern.DIAGONAL,
                 Pattern.CROSS, Pattern.SPARSE, Pattern.VERTICAL, Pattern.BACK_DIAGONAL,
                 Pattern.DIAGONAL_CROSS, Pattern.VERY_DENSE, Pattern.VERY_SPARSE,
                 Pattern.HALF)
assert len(SLOT_PATTERNS) == N_LOOKS


class SpeakerStyle(NamedTuple):
    """A speaker's name colour, stripe colour and stripe pattern in one scheme."""

    name_colour: str
    stripe_colour: str
    pattern: Pattern
    #: The stripe has an outline in its colour (patterned stripes need one to read as a
    #: stripe at all).
    outlined: bool
    #: The look's second cue, a shape (reader.core.palette.MARKERS): the legend shows it.
    marker: str = NEUTRAL_MARKER


def speaker_style(theme: Theme, look: int | None) -> SpeakerStyle:
    """The style of a speaker whose look is ``look`` (a colour slot; None for generic
    or neutral voices such as "Question", which take the scheme's text and muted
    colours)."""
    if look is None:
        if theme.two_colour:  # set apart from every slot's pattern
            return SpeakerStyle(theme.text, theme.text, Pattern.HOLLOW, True)
        return SpeakerStyle(theme.text, theme.muted, Pattern.SOLID, False)
    marker = MARKERS[look % len(MARKERS)]
    if theme.two_colour:
        return SpeakerStyle(theme.text, theme.text, SLOT_PATTERNS[look % len(SLOT_PATTERNS)],
                            True, marker)
    colour = theme.speaker_colour(look)
    return SpeakerStyle(colour, colour, Pattern.SOLID, False, marker)
