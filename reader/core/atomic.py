"""Writing a file so that it is either the old one or the whole new one, never a part.

A full disk or a crash in the middle of an export used to leave a truncated file where
a good one had been. The text goes to a temporary file in the same folder, is flushed to
the disk (fsync), and only then renamed over the target (atomic on one file system).
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path


def write_text_atomic(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write ``text`` to ``path`` all or nothing. Raises OSError (the target untouched,
    no temporary file left behind) when it cannot be written."""
    data = text.encode(encoding)
    folder = path.parent
    try:
        mode = stat.S_IMODE(path.stat().st_mode)  # a replaced file keeps its permissions
    except OSError:
        mode = None
    tmp = folder / f".{path.name}.{os.getpid()}.tmp"
    n = 0
    while True:
        try:
            # 0o666 as open() would: the umask applies, like any new file of the user's.
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                         0o666)
            break
        except FileExistsError:
            n += 1
            tmp = folder / f".{path.name}.{os.getpid()}-{n}.tmp"
    try:
        with os.fdopen(fd, "wb") as fh:
            view = memoryview(data)
            while view:
                view = view[fh.write(view):]
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            tmp.chmod(mode)
        tmp.replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles to sync)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on folders; the data itself is synced
    finally:
        os.close(fd)
