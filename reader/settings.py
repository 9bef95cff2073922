"""Preferences: one class over a QSettings handed to it; nothing else touches QSettings."""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from reader.core.viewsettings import FONTS, SPACING, ViewSettings, clamp_percent

DEFAULTS: dict[str, Any] = {
    "interface/language": "system",
    "interface/welcome_hidden": False,
    "library/folders": [],
    "library/opened_files": [],
    "session/last_transcript": "",
    "session/places": "{}",
    "session/recent": [],
    "session/search": "",
    "session/search_speaker": "",
    "session/export_folder": "",
    "view/theme": "",
    "view/font_percent": 100,
    "view/font": "sans",
    "view/spacing": "standard",
    "view/images": True,
    "cite/style": "plain",
    "fetch/folder": "",
    "fetch/site": "",
    "fetch/feeds_at_start": False,
    "fetch/feeds": ["en/transcripts"],
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/splitter": QByteArray(),
}
#: Interface languages: follow the system, or one chosen.
LANGUAGES = ("system", "en", "ru")
MAX_RECENT = 12
MAX_PLACES = 500


class ReadingPlace(NamedTuple):
    """Where the reader left a transcript: the paragraph at the top of the view (block
    and paragraph in the transcript) and the character offset into it of the top line.
    Block -1 is the header (title, dateline, lead) above the transcript's first block."""

    block: int
    paragraph: int = 0
    offset: int = 0


class Settings(QObject):
    """Typed access to the user's preferences, with a ``changed(key)`` signal."""

    changed = Signal(str)

    def __init__(self, qsettings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._s = qsettings

    def _get(self, key: str) -> Any:
        return self._s.value(key, DEFAULTS[key])

    def _set(self, key: str, value: Any) -> None:
        self._s.setValue(key, value)
        self.changed.emit(key)

    def _list(self, key: str) -> list[str]:
        value = self._get(key)
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value or []]

    def file_name(self) -> str:
        """Where the preferences are stored (a file, or a registry path on Windows)."""
        return self._s.fileName()

    # interface
    def language(self) -> str:
        """"system", "en" or "ru"; the choice takes effect at the next start."""
        value = str(self._get("interface/language"))
        return value if value in LANGUAGES else "system"

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown interface language {language!r}")
        self._set("interface/language", language)

    def welcome_hidden(self) -> bool:
        """Did the user hide the first window's welcome?"""
        value = self._get("interface/welcome_hidden")
        return value if isinstance(value, bool) else str(value).lower() in ("true", "1")

    def set_welcome_hidden(self, hidden: bool) -> None:
        self._set("interface/welcome_hidden", hidden)

    # library and session
    def last_search(self) -> tuple[str, str]:
        """The library search last run: its words and its speaker."""
        return str(self._get("session/search")), str(self._get("session/search_speaker"))

    def set_last_search(self, words: str, speaker: str) -> None:
        self._set("session/search", words)
        self._set("session/search_speaker", speaker)

    def export_folder(self) -> str:
        """Where a transcript was last exported ("" before the first export)."""
        return str(self._get("session/export_folder") or "")

    def set_export_folder(self, folder: str) -> None:
        self._set("session/export_folder", folder)

    def has_library(self) -> bool:
        """False on the first start (the bundled sample is then offered)."""
        return self._s.contains("library/folders")

    def library_folders(self) -> list[str]:
        return self._list("library/folders")

    def set_library_folders(self, folders: list[str]) -> None:
        self._set("library/folders", folders)

    def opened_files(self) -> list[str]:
        """Single files opened outside the library folders (the "Opened files" group)."""
        return self._list("library/opened_files")

    def set_opened_files(self, files: list[str]) -> None:
        self._set("library/opened_files", files)

    def last_transcript(self) -> str:
        return str(self._get("session/last_transcript") or "")

    def set_last_transcript(self, path: str) -> None:
        self._set("session/last_transcript", path)

    def recent_paths(self) -> list[str]:
        """Files and folders opened lately, the latest first."""
        return self._list("session/recent")

    def add_recent(self, path: str) -> None:
        recent = [path] + [p for p in self.recent_paths() if p != path]
        self._set("session/recent", recent[:MAX_RECENT])

    def remove_recent(self, paths: list[str]) -> None:
        self._set("session/recent", [p for p in self.recent_paths() if p not in paths])

    def clear_recent(self) -> None:
        self._set("session/recent", [])

    def _places(self) -> dict[str, list[int]]:
        try:
            data = json.loads(str(self._get("session/places")))
            return {str(k): [int(x) for x in v][:3] for k, v in data.items()}
        except (ValueError, TypeError, AttributeError):
            return {}

    def reading_place(self, fingerprint: str) -> ReadingPlace | None:
        """Where the reader left this transcript (by its content fingerprint, so that the
        place survives a move or a rename), None if never read."""
        v = self._places().get(fingerprint)
        if not v:
            return None
        v = [*v, 0, 0][:3]
        return ReadingPlace(max(v[0], -1), max(v[1], 0), max(v[2], 0))

    def set_reading_place(self, fingerprint: str, place: ReadingPlace) -> None:
        places = self._places()
        places.pop(fingerprint, None)
        places[fingerprint] = [place.block, place.paragraph, place.offset]
        if len(places) > MAX_PLACES:
            places = dict(list(places.items())[-MAX_PLACES:])
        self._s.setValue("session/places", json.dumps(places))

    # view settings
    def view_settings(self, default_theme: str) -> ViewSettings:
        """The saved view settings; the theme defaults to the desktop's light or dark."""
        def as_bool(v: Any) -> bool:
            return v if isinstance(v, bool) else str(v).lower() in ("true", "1", "yes")

        try:
            percent = clamp_percent(int(self._get("view/font_percent")))
        except (TypeError, ValueError):
            percent = 100
        font = str(self._get("view/font"))
        spacing = str(self._get("view/spacing"))
        return ViewSettings(
            theme=str(self._get("view/theme") or default_theme),
            font_percent=percent,
            font=font if font in FONTS else "sans",
            spacing=spacing if spacing in SPACING else "standard",
            images=as_bool(self._get("view/images")),
        )

    def set_view_settings(self, v: ViewSettings) -> None:
        self._s.setValue("view/theme", v.theme)
        self._s.setValue("view/font_percent", v.font_percent)
        self._s.setValue("view/font", v.font)
        self._s.setValue("view/spacing", v.spacing)
        self._s.setValue("view/images", v.images)
        self.changed.emit("view")

    # citations
    def citation_style(self) -> str:
        """plain, chicago, apa or bibtex (reader.core.citation.STYLES)."""
        return str(self._get("cite/style") or "plain")

    def set_citation_style(self, style: str) -> None:
        self._set("cite/style", style)

    # getting transcripts from the site (reader/ui/fetch_*.py)
    def fetch_folder(self) -> str:
        """The download folder; "" for the default one."""
        return str(self._get("fetch/folder") or "")

    def fetch_site(self) -> str:
        """A mirror's address that replaces the site's hosts; "" for the site itself."""
        return str(self._get("fetch/site") or "")

    def fetch_feeds_at_start(self) -> bool:
        v = self._get("fetch/feeds_at_start")
        return v if isinstance(v, bool) else str(v).lower() in ("true", "1", "yes")

    def fetch_feeds(self) -> list[str]:
        """The feeds the reader follows, as "en/transcripts"."""
        return self._list("fetch/feeds")

    def set_fetch(self, folder: str, site: str, feeds_at_start: bool) -> None:
        self._s.setValue("fetch/folder", folder)
        self._s.setValue("fetch/site", site)
        self._s.setValue("fetch/feeds_at_start", feeds_at_start)
        self.changed.emit("fetch")

    def set_fetch_feeds(self, feeds: list[str]) -> None:
        self._set("fetch/feeds", feeds)

    # window
    def geometry(self) -> QByteArray:
        value = self._get("window/geometry")
        return value if isinstance(value, QByteArray) else QByteArray()

    def window_state(self) -> QByteArray:
        value = self._get("window/state")
        return value if isinstance(value, QByteArray) else QByteArray()

    def splitter_state(self) -> QByteArray:
        """How the window divides the event list and the text."""
        value = self._get("window/splitter")
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_splitter_state(self, state: QByteArray) -> None:
        self._s.setValue("window/splitter", state)

    def set_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._s.setValue("window/geometry", geometry)
        self._s.setValue("window/state", state)

    def sync(self) -> None:
        self._s.sync()
