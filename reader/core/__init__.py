"""The Qt-free core: parsing, the data model and everything that needs no display.

Nothing in this package may import PySide6 (a ruff rule and a test enforce it).

The names below are imported when first used (PEP 562): the window starts without the
parser, which only the first file it opens needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reader.core.errors import ParseError
    from reader.core.model import (
        PARSER_VERSION,
        Block,
        BlockKind,
        Source,
        Speaker,
        Tags,
        Transcript,
    )
    from reader.core.parse import parse_bytes, parse_file

_HOMES = {
    "ParseError": "reader.core.errors",
    "PARSER_VERSION": "reader.core.model",
    "Block": "reader.core.model",
    "BlockKind": "reader.core.model",
    "Source": "reader.core.model",
    "Speaker": "reader.core.model",
    "Tags": "reader.core.model",
    "Transcript": "reader.core.model",
    "parse_bytes": "reader.core.parse",
    "parse_file": "reader.core.parse",
}

__all__ = [
    "PARSER_VERSION",
    "Block",
    "BlockKind",
    "ParseError",
    "Source",
    "Speaker",
    "Tags",
    "Transcript",
    "parse_bytes",
    "parse_file",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value
