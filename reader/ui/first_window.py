"""How the first window divides the screen (nothing saved yet): plain arithmetic, so that
it can be checked for any screen."""

from __future__ import annotations

from typing import NamedTuple

#: The share of the screen's free area the first window takes (each way).
SHARE = 0.8
#: The event list's share of the width left beside the side panels.
LIST_SHARE = 0.3


class FirstLayout(NamedTuple):
    """The first window's size and how its width is shared, in pixels."""

    width: int
    height: int
    list_width: int
    side_width: int  # the Speakers and Outline panels; 0: they wait in the View menu

    @property
    def text_width(self) -> int:
        return self.width - self.side_width - self.list_width


def first_layout(screen_width: int, screen_height: int, side_min: int,
                 list_min: int) -> FirstLayout:
    """About 80% of the screen; side panels of at least ``side_min`` unless the text
    would then get less than half the window; the list 30% of the rest (at least
    ``list_min``); the text the remainder."""
    width, height = round(screen_width * SHARE), round(screen_height * SHARE)
    side = max(side_min, round(width * 0.18))
    if width - side - max(list_min, round((width - side) * LIST_SHARE)) < width // 2:
        side = 0
    list_width = max(list_min, round((width - side) * LIST_SHARE))
    return FirstLayout(width, height, list_width, side)
