"""The Qt-free core: parsing, the data model and everything that needs no display.

Nothing in this package may import PySide6 (a ruff rule and a test enforce it).
"""

from reader.core.errors import ParseError
from reader.core.model import PARSER_VERSION, Block, BlockKind, Source, Speaker, Tags, Transcript
from reader.core.parse import parse_bytes, parse_file

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
