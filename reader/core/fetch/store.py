"""The download folder: fetched pages stored byte for byte, one file per event and
language (``kremlin-en-60795.html``), each with a small sidecar (``.url``, the
Internet-shortcut format: the address, then when and from where it was fetched).

Writes go to a temporary file renamed into place, so a page is either whole or absent.
The folder is a library folder like any other; the sidecar's suffix is not one the
library lists.
"""

from __future__ import annotations

import configparser
import contextlib
import hashlib
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.core.fetch.errors import FetchError, FetchErrorKind
from reader.core.fetch.links import Link, parse_link

_NAME = re.compile(r"^kremlin-(en|ru)-(\d+)\.html$")


@dataclass(frozen=True, slots=True)
class StoredPage:
    path: Path
    language: str
    event_id: int
    url: str | None = None  # the page's address (canonical)
    fetched: str | None = None  # ISO time, UTC
    fetched_from: str | None = None  # the address asked (an archive copy, a mirror)

    def link(self) -> Link:
        """Where to fetch this page again: where it came from (an archive copy stays an
        archive copy), else its address, else its short link."""
        for url in (self.fetched_from, self.url):
            if url:
                try:
                    found = parse_link(url)
                except FetchError:
                    continue
                if found.key == (self.language, self.event_id):
                    return found
        return Link(self.language, self.event_id, f"/d/{self.event_id}")


def documents_dir() -> Path | None:
    """The user's documents folder: XDG_DOCUMENTS_DIR on Linux (a localised name such as
    ~/Документы), else ~/Documents; None when there is none."""
    home = Path.home()
    if sys.platform.startswith("linux"):
        config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
        with contextlib.suppress(OSError, UnicodeDecodeError):
            for line in (config / "user-dirs.dirs").read_text(encoding="utf-8").splitlines():
                m = re.match(r'^XDG_DOCUMENTS_DIR="(.*)"\s*$', line.strip())
                if m:
                    folder = Path(m.group(1).replace("$HOME", str(home)))
                    if folder.is_dir() and folder != home:
                        return folder
    documents = home / "Documents"
    return documents if documents.is_dir() else None


def default_folder() -> Path:
    """Where fetched pages go unless the reader chose another folder: a folder in the
    user's documents, or in the application's data folder when there is no documents
    folder."""
    from reader.core.paths import data_dir

    documents = documents_dir()
    return documents / "Transcript Reader" if documents else data_dir() / "downloads"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class DownloadStore:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def path_for(self, language: str, event_id: int) -> Path:
        return self.folder / f"kremlin-{language}-{event_id}.html"

    @staticmethod
    def sidecar_for(path: Path) -> Path:
        return path.with_suffix(".url")

    def find(self, language: str, event_id: int) -> StoredPage | None:
        path = self.path_for(language, event_id)
        return self.read(path) if path.is_file() else None

    def keys(self) -> set[tuple[str, int]]:
        """(language, event id) of every page stored."""
        try:
            names = [p.name for p in self.folder.iterdir()]
        except OSError:
            return set()
        out: set[tuple[str, int]] = set()
        for name in names:
            m = _NAME.match(name)
            if m:
                out.add((m.group(1), int(m.group(2))))
        return out

    def read(self, path: Path) -> StoredPage | None:
        """What is known of a stored page (None for a file that is not one)."""
        m = _NAME.match(path.name)
        if not m or not _same_folder(path.parent, self.folder):
            return None
        page = StoredPage(path, m.group(1), int(m.group(2)))
        parser = configparser.ConfigParser(interpolation=None)
        with contextlib.suppress(OSError, configparser.Error, UnicodeDecodeError):
            parser.read(self.sidecar_for(path), encoding="utf-8")
        url = parser.get("InternetShortcut", "URL", fallback=None)
        fetched = parser.get("TranscriptReader", "Fetched", fallback=None)
        source = parser.get("TranscriptReader", "FetchedFrom", fallback=None)
        return StoredPage(path, page.language, page.event_id, url, fetched, source)

    def save(self, link: Link, body: bytes, fetched_from: str, via: str | None = None
             ) -> StoredPage:
        """Store the page's bytes as they came, and its sidecar; nothing half-written."""
        path = self.path_for(link.language, link.event_id)
        fetched = now_iso()
        info = {"Language": link.language, "Event": str(link.event_id), "Fetched": fetched,
                "FetchedFrom": fetched_from, "Bytes": str(len(body)),
                "SHA256": hashlib.sha256(body).hexdigest()}
        if via and via != fetched_from:
            info["Via"] = via
        # The Internet-shortcut layout: a browser or file manager opens the page from it.
        lines = ["[InternetShortcut]", f"URL={link.canonical}", "", "[TranscriptReader]",
                 *(f"{k}={v}" for k, v in info.items()), ""]
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            _write_atomic(path, body)
            _write_atomic(self.sidecar_for(path), "\r\n".join(lines).encode("utf-8"))
        except OSError as exc:
            raise FetchError(FetchErrorKind.STORAGE, str(path),
                             f"cannot be written ({exc.strerror or exc})") from None
        return StoredPage(path, link.language, link.event_id, link.canonical, fetched,
                          fetched_from)


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a == b or a.resolve() == b.resolve()
    except OSError:
        return False


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)  # noqa: PTH108
        raise
