"""Which addresses from a file may become a link the reader can click.

A transcript's page address comes from the file (a sidecar's ``url``, a saved page's
canonical link), so it is whatever the file says: ``file:///etc/passwd``,
``javascript:…``, a look-alike host. Only http(s) addresses on the site's own hosts, and
the Internet Archive's copies of them, are links; anything else is shown as text.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

#: The site: Russian and English, with or without www., and its version for the
#: visually impaired (the "special" hosts).
SITE_HOSTS = frozenset({
    "kremlin.ru", "en.kremlin.ru", "special.kremlin.ru", "en.special.kremlin.ru",
})
ARCHIVE_HOSTS = frozenset({"web.archive.org"})
MAX_LENGTH = 2048

# An archive address: /web/<timestamp, maybe with a flag such as id_>/<the original>.
_ARCHIVED = re.compile(r"/web/\d{1,14}[a-z_]*/(?P<original>.+)", re.IGNORECASE)
_UNSAFE = re.compile(r"[\x00-\x20\x7f-\x9f<>\"'`\\]")


def _site_host(host: str) -> bool:
    host = host.rstrip(".")
    return host in SITE_HOSTS or (host.startswith("www.") and host[4:] in SITE_HOSTS)


def _http_host(url: str) -> tuple[str, str] | None:
    """(host, path with query) of a plain http(s) address, or None."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return None  # http://kremlin.ru@elsewhere.example/ goes elsewhere
    if port not in (None, 80, 443):
        return None
    rest = parts.path + (f"?{parts.query}" if parts.query else "")
    return parts.hostname.lower(), rest


def site_link(url: object) -> str | None:
    """``url`` (stripped) when it may be shown and opened as a link, else None."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or len(url) > MAX_LENGTH or _UNSAFE.search(url):
        return None
    found = _http_host(url)
    if found is None:
        return None
    host, rest = found
    if _site_host(host):
        return url
    if host.rstrip(".") in ARCHIVE_HOSTS:
        m = _ARCHIVED.match(rest)
        if m is None:
            return None
        original = m.group("original")
        if "://" not in original:
            original = "http://" + original
        inner = _http_host(original)
        return url if inner is not None and _site_host(inner[0]) else None
    return None
