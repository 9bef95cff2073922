"""The one error type the parser lets out."""

from __future__ import annotations


class ParseError(Exception):
    """A file could not be read as a transcript.

    The message always names the file and the reason, e.g.
    ``"notes.bin: binary data, not text"``.
    """

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
