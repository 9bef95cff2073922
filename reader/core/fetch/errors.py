"""The one error type of fetching: a kind the window and the command line can act on,
and a message that says what happened and what the reader can do."""

from __future__ import annotations

from enum import Enum


class FetchErrorKind(Enum):
    NOT_TRANSCRIPT_ADDRESS = "not-a-transcript-address"
    OFFLINE = "offline"
    TIMEOUT = "timeout"
    NOT_FOUND = "not-found"
    BLOCKED = "blocked"
    NOT_TRANSCRIPT_PAGE = "not-a-transcript-page"
    INTERRUPTED = "interrupted"
    SERVER = "server-error"
    TOO_LARGE = "too-large"
    CANCELLED = "cancelled"
    STORAGE = "storage"
    SETTINGS = "settings"


class FetchError(Exception):
    """A link could not be fetched; ``str(error)`` is the message for the reader."""

    def __init__(self, kind: FetchErrorKind, address: str, reason: str) -> None:
        super().__init__(f"{address}: {reason}")
        self.kind = kind
        self.address = address
        self.reason = reason


def blocked_reason(status: int | None = None) -> str:
    code = f"{status} " if status else ""
    return (f"the site refused the request ({code}access denied or a blocking page). "
            "kremlin.ru is not reachable from some countries; try again through another "
            "network, through a mirror of the site, or ask for a web.archive.org copy of "
            "the page")
