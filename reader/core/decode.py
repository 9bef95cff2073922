"""Bytes to text: BOMs, UTF-8 with bad bytes, UTF-16, and legacy encodings."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from reader.core.errors import ParseError

#: The real transcripts are under 400 KB; anything this large is not one.
MAX_BYTES = 64 * 1024 * 1024

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def _looks_utf16(data: bytes) -> str | None:
    """Guess BOM-less UTF-16 from the pattern of zero bytes."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > half * 0.3 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.3 and odd < half * 0.05:
        return "utf-16-be"
    return None


def _check_text(text: str, path: str) -> None:
    if not text.strip():
        raise ParseError(path, "the file holds no text (only white space)")
    head = text[:65536]
    if _CONTROL.search(head) is None:
        return
    controls = len(_CONTROL.findall(head))
    if controls > max(8, len(head) // 100):
        raise ParseError(path, "binary data, not text")


def decode(data: bytes, path: str) -> Decoded:
    """Decode a file's bytes, or raise :class:`ParseError` naming the file."""
    if not data:
        raise ParseError(path, "the file is empty")
    if len(data) > MAX_BYTES:
        raise ParseError(path, f"the file is too large ({len(data) // (1024 * 1024)} MB; "
                               f"a transcript is at most {MAX_BYTES // (1024 * 1024)} MB)")
    warnings: list[str] = []
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
        encoding = "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ParseError(path, f"broken UTF-16 text ({exc.reason})") from None
        _check_text(text, path)
        return Decoded(text, "utf-16")
    else:
        guess = _looks_utf16(data)
        if guess:
            text = data.decode(guess, errors="replace")
            _check_text(text, path)
            return Decoded(text, guess)
        encoding = "utf-8"
    if b"\x00" in data[:65536]:
        raise ParseError(path, "binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        # Mostly valid UTF-8 with a few stray bytes (one real page has one): keep it,
        # replace the bytes and say so. Otherwise it is another encoding.
        if bad * 200 < len(text) and _mostly_multibyte_utf8(data):
            warnings.append(f"{bad} invalid UTF-8 byte(s) replaced with U+FFFD")
        else:
            text, encoding = _legacy(data, path)
            warnings.append(f"decoded as {encoding} (not UTF-8)")
    _check_text(text, path)
    return Decoded(text, encoding, tuple(warnings))


def _mostly_multibyte_utf8(data: bytes) -> bool:
    """True when the non-ASCII bytes are mostly well-formed UTF-8 sequences."""
    non_ascii = sum(1 for b in data[:65536] if b >= 0x80)
    if non_ascii == 0:
        return True
    good = len(re.findall(rb"[\xc2-\xf4][\x80-\xbf]+", data[:65536]))
    return good * 2 >= non_ascii * 0.5


def _legacy(data: bytes, path: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:262144]).best()
    if best is None or best.encoding is None:
        raise ParseError(path, "not text in any known encoding")
    encoding = str(best.encoding)
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode(encoding, errors="replace"), encoding
