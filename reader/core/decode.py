"""Bytes to text: BOMs, UTF-8 with bad bytes, UTF-16, and legacy encodings."""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from reader.core.errors import ParseError

#: The real transcripts are under 400 KB; anything this large is not one.
MAX_BYTES = 64 * 1024 * 1024

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


_CHUNK = 1024 * 1024


def read_file(path: str | os.PathLike[str], limit: int | None = None) -> bytes:
    """The bytes of a regular file, never more than ``limit`` of them.

    FIFOs, sockets and devices (also behind a symlink: ``/dev/zero``, ``/dev/urandom``)
    are refused before they are opened for reading, so nothing blocks on a FIFO with no
    writer and nothing reads an endless device; the size is checked on the open file and
    the read itself stops at the limit, so a file that grows while it is read cannot
    exhaust memory either. Raises :class:`ParseError` naming the file and the reason."""
    limit = MAX_BYTES if limit is None else limit
    name = os.fspath(path)
    try:
        st = Path(name).stat()
        _check_kind(st.st_mode, name)
        flags = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
                 | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0))
        fd = os.open(name, flags)
        try:
            st = os.fstat(fd)  # the file that was opened, not the one stat() saw
            _check_kind(st.st_mode, name)
            if st.st_size > limit:
                raise _too_large(name, st.st_size, limit)
            chunks: list[bytes] = []
            got = 0
            while True:
                chunk = os.read(fd, min(_CHUNK, limit + 1 - got))
                if not chunk:
                    break
                chunks.append(chunk)
                got += len(chunk)
                if got > limit:
                    raise _too_large(name, got, limit)
        finally:
            os.close(fd)
    except ParseError:
        raise
    except FileNotFoundError:
        raise ParseError(name, "the file does not exist (moved or deleted?)") from None
    except PermissionError:
        raise ParseError(name, "permission denied") from None
    except OSError as exc:
        raise ParseError(name, f"cannot be read ({exc.strerror or exc})") from None
    return b"".join(chunks)


def _check_kind(mode: int, name: str) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise ParseError(name, "is a folder, not a file")
    kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(mode)
            else "a socket" if stat.S_ISSOCK(mode)
            else "a device" if stat.S_ISCHR(mode) or stat.S_ISBLK(mode)
            else "a special file")
    raise ParseError(name, f"not a regular file ({kind}); not read")


def _too_large(name: str, size: int, limit: int) -> ParseError:
    mb = 1024 * 1024
    if limit >= mb:
        return ParseError(name, f"the file is too large (over {size // mb} MB; "
                                f"a transcript is at most {limit // mb} MB)")
    return ParseError(name, f"the file is too large (over {size} bytes; at most {limit})")


def _looks_utf16(data: bytes) -> str | None:
    """Guess BOM-less UTF-16: from the pattern of zero bytes (Latin text), or else from
    what the text decodes to (Russian: the high bytes are 0x04, not zero)."""
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
    for encoding in ("utf-16-le", "utf-16-be"):
        if _plausible_utf16(sample[: len(sample) // 2 * 2], encoding):
            return encoding
    return None


# Characters of Russian and English transcripts: Latin, Latin-1 and Extended-A, Cyrillic,
# general punctuation (dashes, quotes, ellipsis), currency and letter-like signs (No).
_TEXT_CHARS = re.compile(r"[\t\n\r\x20-\x7e\u00a0-\u017f\u0400-\u04ff"
                         r"\u2000-\u206f\u20a0-\u20bf\u2100-\u214f]")


def _plausible_utf16(sample: bytes, encoding: str) -> bool:
    """True when the bytes read as UTF-16 give (almost only) the characters of a
    transcript. Other text read as UTF-16 pairs its bytes into CJK, Hangul or private-use
    characters (UTF-8, cp1251, ASCII), so the test does not fire on them."""
    text = sample.decode(encoding, errors="replace")
    if len(text) < 2:
        return False
    good = len(_TEXT_CHARS.findall(text))
    letters = sum(1 for c in text if c.isalpha())
    return good >= len(text) * 0.95 and letters >= len(text) * 0.3


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
        raise _too_large(path, len(data), MAX_BYTES)
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
