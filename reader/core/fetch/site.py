"""Where requests go: the site's own hosts, or a mirror given as ``--site BASE``.

A mirror keeps the site's paths. ``BASE`` is either a plain address
(``http://127.0.0.1:8000``: every host's paths are asked of it, the original host named
in an ``X-Forwarded-Host`` header) or an address with ``{host}`` in it
(``http://mirror/{host}``: the layout of a ``wget --mirror`` folder, one folder per host).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit


@dataclass(frozen=True, slots=True)
class Site:
    base: str | None = None

    def __post_init__(self) -> None:
        if self.base is not None:
            parts = urlsplit(self.base.replace("{host}", "h"))
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ValueError(f"{self.base}: a site base must be an http(s) address")

    def physical(self, url: str) -> tuple[str, dict[str, str]]:
        """The address actually requested for a site address, and extra headers."""
        if not self.base:
            return url, {}
        parts = urlsplit(url)
        host = parts.hostname or ""
        tail = urlunsplit(("", "", parts.path or "/", parts.query, ""))
        if "{host}" in self.base:
            return self.base.replace("{host}", host).rstrip("/") + tail, {}
        return self.base.rstrip("/") + tail, {"X-Forwarded-Host": host}

    def follow(self, logical: str, physical: str, location: str) -> str:
        """The site address a redirect points to (``location`` as the server sent it)."""
        target = urljoin(physical, location)
        if not self.base:
            return target
        lp = urlsplit(logical)
        if urlsplit(location).netloc and not self._is_mirror(target):
            return target  # the mirror named a site address itself
        if "{host}" in self.base:
            prefix_end = self.base.index("{host}")
            prefix = self.base[:prefix_end]
            if target.startswith(prefix):
                rest = target[len(prefix):]
                host, _, path = rest.partition("/")
                if "." in host:
                    return urlunsplit((lp.scheme, host, "/" + path, "", ""))
            # A path without a host folder: on the host asked.
            tp = urlsplit(target)
            return urlunsplit((lp.scheme, lp.netloc, tp.path or "/", tp.query, ""))
        tp = urlsplit(target)
        base_path = urlsplit(self.base).path.rstrip("/")
        path = tp.path[len(base_path):] if tp.path.startswith(base_path) else tp.path
        return urlunsplit((lp.scheme, lp.netloc, path or "/", tp.query, ""))

    def _is_mirror(self, url: str) -> bool:
        assert self.base is not None
        mirror = urlsplit(self.base.replace("{host}", "h"))
        return urlsplit(url).netloc == mirror.netloc
