"""A polite HTTP client on the standard library.

One request at a time; at least ``min_interval`` seconds between two requests to the same
host; a User-Agent that says who asks; separate connect and read timeouts; up to
``retries`` retries with growing pauses after a timeout or a 5xx answer; redirects
followed by hand (so that a mirror's redirect stays on the mirror); the system's proxy
settings (urllib's ``ProxyHandler``); no cookie jar; at most ``max_bytes`` per answer;
gzip undone. Every failure is a :class:`FetchError` with a message for the reader.
"""

from __future__ import annotations

import contextlib
import http.client
import logging
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import Message
from functools import partial
from typing import Any
from urllib.parse import urlsplit

from reader import __version__
from reader.core.fetch.errors import FetchError, FetchErrorKind, blocked_reason
from reader.core.fetch.pacer import Pacer
from reader.core.fetch.site import Site

log = logging.getLogger(__name__)

USER_AGENT = (f"TranscriptReader/{__version__} (desktop transcript reader; "
              "fetches one page at a time, only on its reader's request)")
MAX_BYTES = 20 * 1024 * 1024
CHUNK = 64 * 1024
REDIRECTS = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 5


@dataclass(frozen=True, slots=True)
class Timeouts:
    connect: float = 10.0
    read: float = 30.0


@dataclass(frozen=True, slots=True)
class Response:
    url: str  # the site address finally answered (after redirects)
    status: int
    content_type: str
    body: bytes
    redirects: tuple[str, ...] = field(default=())


class _Sockets:
    """The sockets of the requests under way, so that Cancel can cut a slow answer short
    (a blocked read returns at once when its socket is shut down)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._open: set[socket.socket] = set()

    def add(self, sock: socket.socket) -> None:
        with self._lock:
            self._open.add(sock)

    def discard(self, sock: socket.socket | None) -> None:
        with self._lock:
            self._open.discard(sock)

    def clear(self) -> None:
        with self._lock:
            self._open.clear()

    def shut_all(self) -> None:
        with self._lock:
            for sock in self._open:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


class _HTTPConnection(http.client.HTTPConnection):
    """Reads with its own timeout and registers its socket, so Cancel can shut it."""

    read_timeout: float = 30.0
    sockets: _Sockets | None = None

    def connect(self) -> None:
        super().connect()  # for _HTTPSConnection: HTTPSConnection's, with TLS
        self.sock.settimeout(self.read_timeout)
        if self.sockets is not None:
            self.sockets.add(self.sock)

    def close(self) -> None:
        if self.sockets is not None:
            self.sockets.discard(self.sock)
        super().close()


class _HTTPSConnection(_HTTPConnection, http.client.HTTPSConnection):
    """The same over TLS (the method order puts HTTPSConnection's connect under ours)."""


def _connection(cls: type[_HTTPConnection], read: float,
                sockets: _Sockets, host: str, **kw: Any) -> http.client.HTTPConnection:
    """A connection that connects with one timeout (urllib's) and reads with another."""
    conn = cls(host, **kw)
    conn.read_timeout = read
    conn.sockets = sockets
    return conn


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, read: float, sockets: _Sockets) -> None:
        super().__init__()
        self.read, self.sockets = read, sockets

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(partial(_connection, _HTTPConnection, self.read, self.sockets), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, read: float, sockets: _Sockets) -> None:
        super().__init__()
        self.read, self.sockets = read, sockets

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(partial(_connection, _HTTPSConnection, self.read, self.sockets),
                            req)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Redirects come back as answers; the client follows them itself."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int,  # noqa: PLR0917
                         msg: str, headers: Message, newurl: str) -> None:
        return None


class _RetryError(Exception):
    def __init__(self, error: FetchError) -> None:
        super().__init__(str(error))
        self.error = error


class HttpClient:
    """Fetches site addresses politely; ``cancel()`` stops a fetch from another thread."""

    def __init__(self, *, site: Site | None = None, timeouts: Timeouts | None = None,
                 min_interval: float = 1.0, retries: int = 3, backoff: float = 1.0,
                 max_bytes: int = MAX_BYTES, user_agent: str = USER_AGENT,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] | None = None,
                 pacer: Pacer | None = None) -> None:
        self.site = site or Site()
        self.timeouts = timeouts or Timeouts()
        self.min_interval = min_interval
        self.retries = min(retries, 3)
        self.backoff = backoff
        self.max_bytes = max_bytes
        self.user_agent = user_agent
        self._clock = clock
        self._cancel = threading.Event()
        self._sleep = sleep or self._wait
        self.pacer = pacer or Pacer()
        self._sockets = _Sockets()
        self._opener = urllib.request.build_opener(
            urllib.request.ProxyHandler(),  # the system's proxy settings
            _HTTPHandler(self.timeouts.read, self._sockets),
            _HTTPSHandler(self.timeouts.read, self._sockets), _NoRedirect())

    # --- cancelling ----------------------------------------------------------------
    def cancel(self) -> None:
        """Stop: the pause or the answer being waited for ends now."""
        self._cancel.set()
        self._sockets.shut_all()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _wait(self, seconds: float) -> None:
        self._cancel.wait(seconds)

    def _check(self, address: str) -> None:
        if self._cancel.is_set():
            raise FetchError(FetchErrorKind.CANCELLED, address, "cancelled")

    # --- fetching ------------------------------------------------------------------
    def get(self, url: str) -> Response:
        """Fetch a site address (following redirects), or raise :class:`FetchError`."""
        with self.pacer.lock:  # one request at a time
            logical = url
            seen: list[str] = []
            for _ in range(MAX_REDIRECTS + 1):
                status, ctype, body, location, physical = self._get_with_retries(logical)
                if status in REDIRECTS and location:
                    seen.append(logical)
                    logical = self.site.follow(logical, physical, location)
                    continue
                return Response(logical, status, ctype, body, tuple(seen))
            raise FetchError(FetchErrorKind.SERVER, url, "too many redirects")

    def _get_with_retries(self, url: str) -> tuple[int, str, bytes, str | None, str]:
        attempt = 0
        while True:
            self._check(url)
            try:
                return self._once(url)
            except _RetryError as retry:
                if attempt >= self.retries:
                    raise retry.error from None
                pause = self.backoff * (2 ** attempt)
                attempt += 1
                log.info("%s; retry %d of %d in %.1f s", retry.error, attempt, self.retries,
                         pause)
                self._sleep(pause)

    def _space(self, host: str) -> None:
        last = self.pacer.last.get(host)
        if last is not None:
            wait = last + self.min_interval - self._clock()
            if wait > 0:
                self._sleep(wait)
        self._check(host)

    def _once(self, url: str) -> tuple[int, str, bytes, str | None, str]:
        physical, extra = self.site.physical(url)
        host = urlsplit(physical).netloc
        self._space(host)
        headers = {"User-Agent": self.user_agent, "Accept-Encoding": "gzip",
                   "Accept": "text/html,application/xhtml+xml,application/atom+xml,"
                             "application/xml;q=0.9,*/*;q=0.8", **extra}
        request = urllib.request.Request(physical, headers=headers)
        log.info("GET %s", physical)
        try:
            try:
                resp = self._opener.open(request, timeout=self.timeouts.connect)
            finally:
                self.pacer.last[host] = self._clock()
            with resp:
                return (resp.status, resp.headers.get("Content-Type", ""),
                        self._read(resp, url), None, physical)
        except urllib.error.HTTPError as exc:
            with exc:
                return self._http_error(exc, url, physical)
        except urllib.error.URLError as exc:
            self._check(url)  # a cancelled request fails in its own way: say cancelled
            raise self._network_error(exc.reason, url) from None
        except (TimeoutError, OSError, http.client.HTTPException) as exc:
            self._check(url)
            raise self._network_error(exc, url) from None
        finally:
            self._sockets.clear()  # one request at a time: none is under way now

    def _http_error(self, exc: urllib.error.HTTPError,
                    url: str, physical: str) -> tuple[int, str, bytes, str | None, str]:
        code = exc.code
        if code in REDIRECTS:
            return code, "", b"", exc.headers.get("Location"), physical
        if code in (404, 410):
            raise FetchError(FetchErrorKind.NOT_FOUND, url,
                             f"no such page on the site ({code} not found)")
        if code in (401, 403, 451):
            raise FetchError(FetchErrorKind.BLOCKED, url, blocked_reason(code))
        if code >= 500 or code == 429:
            raise _RetryError(FetchError(FetchErrorKind.SERVER, url,
                                    f"the site is not answering properly ({code} "
                                    f"{exc.reason}); try again later"))
        raise FetchError(FetchErrorKind.SERVER, url, f"the site answered {code} {exc.reason}")

    def _network_error(self, reason: object, url: str) -> Exception:
        if isinstance(reason, TimeoutError | socket.timeout):
            return _RetryError(FetchError(FetchErrorKind.TIMEOUT, url,
                                     "the site did not answer in time (timed out)"))
        if isinstance(reason, FetchError):
            return reason
        if isinstance(reason, http.client.IncompleteRead | ConnectionResetError
                      | http.client.RemoteDisconnected | ConnectionAbortedError):
            return FetchError(FetchErrorKind.INTERRUPTED, url,
                              "the download was interrupted (the connection closed midway); "
                              "nothing was stored")
        if isinstance(reason, ssl.SSLError):
            return FetchError(FetchErrorKind.BLOCKED, url,
                              f"the secure connection failed ({reason}); " + blocked_reason())
        if isinstance(reason, socket.gaierror):
            return FetchError(FetchErrorKind.OFFLINE, url,
                              "cannot reach the site: the name does not resolve "
                              "(offline, or no DNS)")
        if isinstance(reason, OSError):
            return FetchError(FetchErrorKind.OFFLINE, url,
                              f"cannot reach the site (offline? "
                              f"{reason.strerror or reason})")
        return FetchError(FetchErrorKind.OFFLINE, url, f"cannot reach the site ({reason})")

    def _read(self, resp: http.client.HTTPResponse, url: str) -> bytes:
        length = resp.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > self.max_bytes:
            raise FetchError(FetchErrorKind.TOO_LARGE, url, self._too_large())
        gzipped = resp.headers.get("Content-Encoding", "").lower() in ("gzip", "x-gzip")
        inflate = zlib.decompressobj(16 + zlib.MAX_WBITS) if gzipped else None
        out = bytearray()
        raw = 0
        while True:
            self._check(url)
            try:
                chunk = resp.read(CHUNK)
            except (http.client.IncompleteRead, OSError) as exc:
                self._check(url)
                raise self._network_error(exc, url) from None
            if not chunk:
                break
            raw += len(chunk)
            if inflate is not None:
                try:
                    chunk = inflate.decompress(chunk, self.max_bytes + 1 - len(out))
                except zlib.error:
                    raise FetchError(FetchErrorKind.INTERRUPTED, url,
                                     "the download arrived damaged (broken gzip data); "
                                     "nothing was stored") from None
            out += chunk
            if len(out) > self.max_bytes:
                raise FetchError(FetchErrorKind.TOO_LARGE, url, self._too_large())
        self._check(url)  # a shut socket (Cancel) reads as an early end
        if length and length.isdigit() and raw < int(length):
            # http.client returns short data when the connection closes early.
            raise self._network_error(http.client.IncompleteRead(b"", int(length) - raw), url)
        if inflate is not None and not inflate.eof:
            raise FetchError(FetchErrorKind.INTERRUPTED, url,
                             "the download was interrupted (incomplete gzip data); "
                             "nothing was stored")
        return bytes(out)

    def _too_large(self) -> str:
        return f"the answer is larger than {self.max_bytes // (1024 * 1024)} MB, not a page"
