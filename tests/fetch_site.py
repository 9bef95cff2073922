"""A stand-in for kremlin.ru, en.kremlin.ru and web.archive.org on 127.0.0.1.

It serves pages of ../shared/corpus at the site's paths, fictional Russian pages for the
same event numbers, Atom feeds generated from those pages, an archive copy with the
Wayback toolbar, and error routes. The host asked for comes from the ``{host}`` path
prefix, an ``X-Forwarded-Host`` header, or an absolute address (a proxy request).
"""

from __future__ import annotations

import gzip
import html
import re
import socket
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from tests.helpers import CORPUS, require_shared

EN, RU, ARCHIVE = "en.kremlin.ru", "kremlin.ru", "web.archive.org"
TIMESTAMP = "20200101000000"
#: Event numbers of the error routes (none of them is a corpus page).
NOT_FOUND, FLAKY, SLOW, TO_FRONT, GZIP, WRONG_CHARSET, CUT, FORBIDDEN, CAPTCHA = (
    404404, 500500, 777777, 302302, 121212, 131313, 141414, 403403, 151515)
#: The corpus page the error routes that answer serve.
GOOD = 60795
PRINT_ONLY = 62966

TOOLBAR = """<!-- BEGIN WAYBACK TOOLBAR INSERT -->
<div id="wm-ipp-base" lang="en" style="display:none;direction:ltr;">
<div id="wm-ipp"><p>The Wayback Machine - https://web.archive.org/web/{ts}/{url}</p>
<p>Donate Now. Capture 1 of 3 captures. About this capture. COLLECTED BY Organization:
Internet Archive. TIMESTAMPS</p></div></div>
<!-- END WAYBACK TOOLBAR INSERT -->"""
HEAD_SCRIPTS = """<script src="//archive.org/includes/analytics.js?v=cf34f82" type="text/javascript"></script>
<script type="text/javascript">window.addEventListener('DOMContentLoaded',function(){var v=archive_analytics.values;v.service='wb';});</script>
<script type="text/javascript" src="/_static/js/bundle-playback.js?v=1WaXNDFE" charset="utf-8"></script>
<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=S1zqJCYt" />
<!-- End Wayback Rewrite JS Include -->"""
TRAILER = """<!--
     FILE ARCHIVED ON 00:00:00 Jan 01, 2020 AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 12:00:00 Jan 02, 2020.
-->
<!--
playback timings (ms):
  captures_list: 0.5
-->"""


def russian_page(event_id: int, title: str = "Встреча с вымышленным собеседником") -> bytes:
    """A Russian page in the site's template with obviously fictional speakers."""
    paras = "\n".join(
        f"<p><b>{who}:</b> Реплика номер {i} вымышленного участника встречи, "
        f"сказанная для проверки чтения. Ещё несколько слов для длины абзаца.</p>"
        for i, who in enumerate(["Иван Вымышленный", "Пётр Придуманный"] * 3))
    page = f"""<!doctype html><html lang="ru"><head><meta charset="utf-8"/>
<title>{title} • Президент России</title>
<meta property="og:url" content="http://kremlin.ru/events/president/news/{event_id}"/></head>
<body><div class="read" data-href="http://kremlin.ru/events/president/news/{event_id}">
<h1 class="entry-title p-name">{title}</h1>
<p class="read__meta"><time class="read__published" datetime="2019-06-20">20 июня 2019 года</time></p>
<div class="read__place p-location">Вымышленск</div>
<div class="read__lead entry-summary p-summary"><p>Иван Вымышленный встретился с Петром Придуманным.</p></div>
<div class="entry-content e-content read__internal_content">
<p>Иван Вымышленный и Пётр Придуманный обсудили вымышленные вопросы.</p>
<p style="text-align: center;">* * *</p>
{paras}
</div></div></body></html>"""
    return page.encode("utf-8")


FRONT_PAGE = b"""<!doctype html><html lang="en"><head><meta charset="utf-8"/>
<title>President of Russia</title></head><body><div class="main">
<h2>Events</h2><ul><li><a href="/events/president/news">News</a></li>
<li><a href="/events/president/transcripts">Transcripts</a></li></ul></div></body></html>"""
CAPTCHA_PAGE = b"""<!doctype html><html><head><title>Are you a robot?</title></head><body>
<form action="/checkcaptcha"><p>Please confirm that you are not a robot.</p>
<div class="smart-captcha"></div><input type="submit"/></form></body></html>"""
BLOCK_PAGE = b"""<!doctype html><html><head><title>403 Forbidden</title></head><body>
<h1>Access denied</h1><p>Access to this resource is restricted.</p></body></html>"""


def archive_copy(page: bytes, original: str, ts: str = TIMESTAMP) -> bytes:
    """A web.archive.org copy: toolbar, scripts, rewritten links and trailer added."""
    text = page.decode("utf-8", errors="surrogateescape")
    prefix = f"https://web.archive.org/web/{ts}/"
    text = re.sub(r'(href|src|content)="(https?://[^"]+)"',
                  lambda m: f'{m.group(1)}="{prefix}{m.group(2)}"', text)
    text = re.sub(r'(href|src)="/(?!/)', f'\\1="/web/{ts}/http://en.kremlin.ru/', text)
    text = re.sub(r"(<head[^>]*>)", lambda m: m.group(1) + HEAD_SCRIPTS, text, count=1)
    text = re.sub(r"(<body[^>]*>)",
                  lambda m: m.group(1) + TOOLBAR.format(ts=ts, url=html.escape(original)),
                  text, count=1)
    text += TRAILER
    return text.encode("utf-8", errors="surrogateescape")


@dataclass
class Served:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Request:
    host: str
    path: str
    headers: dict[str, str]
    proxied: bool


class FakeSite:
    """The site's pages and error routes, and a log of every request."""

    def __init__(self, corpus: Path) -> None:
        self.corpus = corpus
        self.en: dict[int, Path] = {}
        for p in sorted((corpus / "en").glob("kremlin-en-news-*.html")):
            m = re.match(r"kremlin-en-news-(\d+)(-print)?\.html$", p.name)
            if m:
                self.en[int(m.group(1))] = p
        self.requests: list[Request] = []
        self.flaky_calls = 0
        self.release = threading.Event()
        self.lock = threading.Lock()
        self.server = _QuietServer(("127.0.0.1", 0), _handler(self))
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever,
                                       kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def host_base(self) -> str:
        return self.base + "/{host}"

    def page(self, event_id: int) -> bytes:
        return self.en[event_id].read_bytes()

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.release.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)

    # --- routes ------------------------------------------------------------------
    def feed(self, host: str, kind: str) -> bytes:
        lang = "en" if host == EN else "ru"
        ids = [GOOD, 57027, 17108] if lang == "en" else [GOOD, 57027]
        entries = []
        for n, event_id in enumerate(ids):
            if lang == "en":
                title_m = re.search(rb'<h1[^>]*class="entry-title[^"]*"[^>]*>(.*?)</h1>',
                                    self.page(event_id), re.S)
                title = re.sub(r"<[^>]+>|\s+", " ",
                               title_m.group(1).decode() if title_m else "").strip()
            else:
                title = f"Вымышленная встреча {event_id}"
            link = f"http://{host}/events/president/{kind}/{event_id}"
            entries.append(f"""<entry><title>{html.escape(title)}</title>
<link href="{link}" rel="alternate"/><id>{link}</id>
<published>2019-06-{20 - n:02d}T12:00:00+03:00</published>
<updated>2019-06-{20 - n:02d}T12:00:00+03:00</updated>
<summary type="html">Summary {event_id}</summary></entry>""")
        return (f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">
<title>President of Russia: {kind}</title><id>http://{host}/events/president/{kind}/feed</id>
<updated>2019-06-20T12:00:00+03:00</updated>
<link href="http://{host}/events/president/{kind}/feed" rel="self"/>
{"".join(entries)}</feed>""").encode()

    def route(self, host: str, path: str) -> Served:
        html_type = {"Content-Type": "text/html; charset=utf-8"}
        if host == ARCHIVE:
            m = re.match(r"^/web/(\d+)[a-z_]*/(https?://[^/]+)?(/.*)$", path)
            if m:
                inner_host = urlsplit(m.group(2) or "http://" + EN).hostname or EN
                inner = self.route(inner_host, m.group(3))
                location = inner.headers.get("Location")
                if inner.status == 302 and location:
                    # The archive redirects to its own copy of the target.
                    target = location if "://" in location else f"http://{inner_host}{location}"
                    return Served(302, b"", {"Location": f"/web/{m.group(1)}/{target}"})
                if inner.status == 200 and m.group(3).startswith("/events/"):
                    original = f"http://{inner_host}{m.group(3)}"
                    return Served(200, archive_copy(inner.body, original, m.group(1)), html_type)
                return inner
            return Served(404, b"not in the archive")
        if path.endswith("/feed"):
            m = re.match(r"^/events/president/(transcripts|news)/feed$", path)
            if m:
                return Served(200, self.feed(host, m.group(1)),
                              {"Content-Type": "application/atom+xml; charset=utf-8"})
        if path in ("/", ""):
            return Served(200, FRONT_PAGE, html_type)
        m = re.match(r"^/d/(\d+)$", path)
        if m:
            # en: an absolute address on the real host (the client must keep to the
            # mirror); ru: a relative one.
            target = (f"http://{EN}/events/president/news/{m.group(1)}" if host == EN
                      else f"/events/president/transcripts/{m.group(1)}")
            return Served(302, b"", {"Location": target})
        m = re.match(r"^/events/president/(news|transcripts)/(\d+)(/print)?$", path)
        if not m:
            return Served(404, b"<html><body>Not found</body></html>", html_type)
        event_id = int(m.group(2))
        if host == RU:
            if event_id in self.en:
                return Served(200, russian_page(event_id), html_type)
            return Served(404, b"<html><body>Not found</body></html>", html_type)
        if host != EN:
            return Served(404, b"unknown host")
        if event_id in self.en:
            return Served(200, self.page(event_id), html_type)
        return self.error_route(event_id)

    def error_route(self, event_id: int) -> Served:
        html_type = {"Content-Type": "text/html; charset=utf-8"}
        if event_id == FLAKY:
            with self.lock:
                self.flaky_calls += 1
                first = self.flaky_calls == 1
            if first:
                return Served(500, b"<html><body>Internal Server Error</body></html>")
            return Served(200, self.page(GOOD), html_type)
        if event_id == SLOW:
            self.release.wait(60)  # until the test ends (stop() releases it)
            return Served(200, self.page(GOOD), html_type)
        if event_id == TO_FRONT:
            return Served(302, b"", {"Location": "/"})
        if event_id == GZIP:
            return Served(200, gzip.compress(self.page(GOOD)),
                          {**html_type, "Content-Encoding": "gzip"})
        if event_id == WRONG_CHARSET:
            return Served(200, self.page(GOOD), {"Content-Type": "text/html; charset=windows-1251"})
        if event_id == CUT:
            return Served(-1, self.page(GOOD), html_type)
        if event_id == FORBIDDEN:
            return Served(403, BLOCK_PAGE, html_type)
        if event_id == CAPTCHA:
            return Served(200, CAPTCHA_PAGE, html_type)
        return Served(404, b"<html><body>Not found</body></html>", html_type)


class _QuietServer(ThreadingHTTPServer):
    """Clients that hang up early (timeouts, refusals read without their body) are
    part of the tests, not errors worth a traceback."""

    def handle_error(self, request: object, client_address: object) -> None:
        exc = sys.exc_info()[1]
        if not isinstance(exc, ConnectionError | TimeoutError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


def _handler(site: FakeSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            raw = self.path
            proxied = raw.startswith("http://")
            if proxied:
                parts = urlsplit(raw)
                host, path = parts.hostname or "", parts.path
            elif self.headers.get("X-Forwarded-Host"):
                host, path = self.headers["X-Forwarded-Host"], raw
            else:
                _, host, rest = raw.split("/", 2) if raw.count("/") >= 2 else ("", raw, "")
                path = "/" + rest
            path = path.split("?")[0]
            site.requests.append(Request(host, path, dict(self.headers.items()), proxied))
            served = site.route(host, path)
            if served.status == -1:  # the connection closes midway
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(served.body)))
                self.end_headers()
                self.wfile.write(served.body[: len(served.body) // 3])
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
            self.send_response(served.status)
            for k, v in served.headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(served.body)))
            self.end_headers()
            self.wfile.write(served.body)

    return Handler


@contextmanager
def running_site() -> Iterator[FakeSite]:
    """The fake site, started; test modules wrap it in a fixture."""
    fake = FakeSite(require_shared(CORPUS))
    fake.start()
    try:
        yield fake
    finally:
        fake.stop()
