"""Runs fetching off the GUI thread: adding links, refreshing, the other language, the
feeds. One job at a time on its own worker thread; progress and results come back as
signals; ``cancel()`` stops the job under way and drops those waiting."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.core.fetch import (
    Added,
    DownloadStore,
    Feed,
    Fetcher,
    FetchError,
    FetchErrorKind,
    Link,
    Site,
    fetch_feeds,
)
from reader.core.fetch.feeds import FeedEntry, mark
from reader.core.fetch.pacer import Pacer
from reader.core.fetch.store import default_folder
from reader.settings import Settings

if TYPE_CHECKING:
    from reader.core.fetch.client import HttpClient

log = logging.getLogger(__name__)

ClientFactory = Callable[[Site, Pacer], "HttpClient"]


def _http_client(site: Site, pacer: Pacer) -> HttpClient:
    from reader.core.fetch.client import HttpClient  # the HTTP stack, when first asked

    return HttpClient(site=site, pacer=pacer)


class _Relay(QObject):
    progress = Signal(int, int, str)
    result = Signal(object)  # Added | FetchError
    feeds = Signal(list, list)  # entries, errors
    done = Signal(int)  # job number


class _Job(QRunnable):
    def __init__(self, number: int, work: Callable[[], None], relay: _Relay) -> None:
        super().__init__()
        self.number, self.work, self.relay = number, work, relay

    def run(self) -> None:
        try:
            self.work()
        except Exception:  # a bug must not kill the worker silently
            log.exception("fetch job failed")
        finally:
            self.relay.done.emit(self.number)


class FetchController(QObject):
    """What the window asks of the site. Signals arrive on the GUI thread."""

    busy_changed = Signal(bool)
    progress = Signal(int, int, str)  # done, total, address
    added = Signal(object)  # Added
    failed = Signal(object)  # FetchError
    feeds_ready = Signal(list, list)  # FeedEntry list, FetchError list

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        #: How clients are made (tests shorten the pauses and timeouts).
        self.client_factory: ClientFactory = _http_client
        self._pacer = Pacer()  # one per window: the pause between requests outlives a job
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one request at a time, whatever the window asks
        self._relay = _Relay(self)
        self._relay.progress.connect(self.progress)
        self._relay.result.connect(self._result)
        self._relay.feeds.connect(self.feeds_ready)
        self._relay.done.connect(self._done)
        self._jobs = 0
        self._pending: set[int] = set()
        self._clients: dict[int, HttpClient] = {}

    # --- where things are -------------------------------------------------------------
    def folder(self) -> Path:
        return Path(self.settings.fetch_folder() or default_folder())

    def store(self) -> DownloadStore:
        return DownloadStore(self.folder())

    def site(self) -> Site:
        return Site(self.settings.fetch_site() or None)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    # --- jobs --------------------------------------------------------------------------
    def _start(self, work: Callable[[Fetcher], None]) -> bool:
        try:
            site = self.site()
        except ValueError as exc:
            self.failed.emit(FetchError(FetchErrorKind.SETTINGS, "Settings", str(exc)))
            return False
        client = self.client_factory(site, self._pacer)
        fetcher = Fetcher(self.store(), client)
        self._jobs += 1
        number = self._jobs
        was_busy = self.busy
        self._pending.add(number)
        self._clients[number] = client
        self._pool.start(_Job(number, lambda: work(fetcher), self._relay))
        if not was_busy:
            self.busy_changed.emit(True)
        return True

    def add_links(self, links: list[Link], refresh: bool = False) -> bool:
        """Fetch (or find in the library) each link in turn."""
        if not links:
            return False

        def work(fetcher: Fetcher) -> None:
            fetcher.add_many(links, refresh=refresh, progress=self._relay.progress.emit,
                             on_result=self._relay.result.emit)

        return self._start(work)

    def check_feeds(self, feeds: list[Feed]) -> bool:
        def work(fetcher: Fetcher) -> None:
            entries, errors = fetch_feeds(fetcher.client, feeds, fetcher.store.keys(),
                                          progress=self._relay.progress.emit)
            self._relay.feeds.emit(entries, errors)

        return self._start(work)

    def in_library(self) -> set[tuple[str, int]]:
        return self.store().keys()

    def mark(self, entries: list[FeedEntry]) -> list[FeedEntry]:
        return mark(entries, self.in_library())

    def cancel(self) -> None:
        """Stop the request under way; jobs waiting end at once, as cancelled."""
        for client in self._clients.values():
            client.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for the worker (closing the window)."""
        self.cancel()
        return self._pool.waitForDone(msecs)

    def _result(self, result: object) -> None:
        if isinstance(result, Added):
            self.added.emit(result)
        elif isinstance(result, FetchError):
            self.failed.emit(result)

    def _done(self, number: int) -> None:
        self._pending.discard(number)
        self._clients.pop(number, None)
        if not self._pending:
            self.busy_changed.emit(False)

