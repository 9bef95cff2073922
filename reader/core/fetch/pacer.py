"""The pause between requests, shared by every client of one window or command."""

from __future__ import annotations

import threading


class Pacer:
    """When each host was last asked, and the one-request-at-a-time lock: shared by every
    client of one window (or command), so that a new job does not ask sooner."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.last: dict[str, float] = {}
