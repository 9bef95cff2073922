"""Before Qt loads its platform plugin: are the system libraries it needs there?

Qt's own message when a library of its xcb plugin is missing names the wrong one (it says
``libxcb-cursor0`` is needed even when that is installed and ``libxcb-icccm4`` is not) and
then aborts. This module asks the dynamic loader for each library the chosen platform
plugin needs and, when some are missing, says which packages bring them, for the
distribution at hand. Pure Python, no Qt: it runs before Qt is imported. A library is
looked for first as a file where the loader looks for this architecture's libraries (a
few file tests); only one not found there is asked of the loader itself (ctypes), so a
start does not load libraries to check them.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import NamedTuple

# soname -> package on (Debian/Ubuntu, Fedora, Arch)
_PACKAGES: dict[str, tuple[str, str, str]] = {
    # Everything Qt Gui needs, whatever the platform.
    "libGL.so.1": ("libgl1", "libglvnd-glx", "libglvnd"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig", "fontconfig"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon", "libxkbcommon"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs", "dbus"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2", "glib2"),
    # The xcb (X11) plugin.
    "libxcb.so.1": ("libxcb1", "libxcb", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb", "libx11"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil",
                                "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util", "xcb-util"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11", "libxkbcommon-x11"),
    # The Wayland plugin.
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client", "wayland"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor", "wayland"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl", "wayland"),
}

_BASE = ("libGL.so.1", "libEGL.so.1", "libfontconfig.so.1", "libxkbcommon.so.0",
         "libdbus-1.so.3", "libglib-2.0.so.0")
NEEDS: dict[str, tuple[str, ...]] = {
    "offscreen": _BASE,
    "minimal": _BASE,
    "xcb": (*_BASE, *(s for s in _PACKAGES if "xcb" in s), "libxkbcommon-x11.so.0"),
    "wayland": (*_BASE, "libwayland-client.so.0", "libwayland-cursor.so.0",
                "libwayland-egl.so.1"),
}

# distribution family -> (index into the package tuple, install command)
_INSTALL: dict[str, tuple[int, str]] = {
    "debian": (0, "apt-get install"),
    "fedora": (1, "dnf install"),
    "arch": (2, "pacman -S"),
}


class Missing(NamedTuple):
    """The system libraries a platform plugin lacks, and where this system is from."""

    platform: str
    libraries: tuple[str, ...]
    family: str  # debian, fedora, arch, or "" when unknown

    def message(self) -> str:
        lines = [f"transcript-reader: cannot open a window: Qt's '{self.platform}' platform "
                 f"needs system libraries that are missing: {', '.join(self.libraries)}."]
        families = [self.family] if self.family else list(_INSTALL)
        for fam in families:
            idx, command = _INSTALL[fam]
            pkgs = sorted({_PACKAGES[lib][idx] for lib in self.libraries})
            name = {"debian": "Debian/Ubuntu", "fedora": "Fedora", "arch": "Arch"}[fam]
            sudo = "" if _is_root() else "sudo "
            lines.append(f"  {name}: {sudo}{command} {' '.join(pkgs)}")
        lines.append("Then start it again. (The command line commands parse, search and "
                     "bookmarks need none of these.)")
        return "\n".join(lines)


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def library_dirs(env: Mapping[str, str] | None = None) -> list[str]:
    """The folders the dynamic loader searches for this architecture's libraries, in its
    order: LD_LIBRARY_PATH, then the system's (Debian's multiarch folder, lib64 on a 64-bit
    Fedora or openSUSE; /usr/lib where that holds this architecture's, as on Arch)."""
    env = os.environ if env is None else env
    dirs = [d for d in env.get("LD_LIBRARY_PATH", "").split(os.pathsep) if d]
    arch = getattr(sys.implementation, "_multiarch", "")  # x86_64-linux-gnu on Debian
    if arch:
        dirs += [f"/usr/lib/{arch}", f"/lib/{arch}"]
    if sys.maxsize > 2**32:
        dirs += ["/usr/lib64", "/lib64"]
        if not os.path.isdir("/usr/lib64"):  # noqa: PTH112  (else /usr/lib is 32-bit)
            dirs += ["/usr/lib", "/lib"]
    else:
        dirs += ["/usr/lib", "/lib"]
    return dirs


def _on_disk(soname: str, dirs: list[str]) -> bool:
    return any(os.path.exists(os.path.join(d, soname)) for d in dirs)  # noqa: PTH110, PTH118


def _loader_finds(soname: str) -> bool:
    import ctypes  # only for a library not found as a file

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def _loadable(soname: str, dirs: list[str]) -> bool:
    """The library is there: as a file in the loader's folders, or else (a library found
    through a cache entry or an RPATH) as the loader finds it."""
    return _on_disk(soname, dirs) or _loader_finds(soname)


def distro_family(os_release: Path = Path("/etc/os-release")) -> str:
    """debian, fedora or arch (from ID and ID_LIKE), or "" for anything else."""
    try:
        text = os_release.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    ids: list[str] = []
    for line in text.splitlines():
        key, _, value = line.partition("=")
        if key in ("ID", "ID_LIKE"):
            ids += value.strip().strip('"').lower().split()
    for fam, members in (("debian", {"debian", "ubuntu"}), ("fedora", {"fedora", "rhel"}),
                         ("arch", {"arch", "archlinux"})):
        if members & set(ids):
            return fam
    return ""


def platforms(env: Mapping[str, str]) -> list[str]:
    """The platform plugins Qt will try, in order, as Qt chooses them on Linux."""
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        names = [p.split(":", 1)[0].strip() for p in chosen.split(";")]
        return [n for n in names if n]
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"] if env.get("DISPLAY") else ["wayland"]
    return ["xcb"]


def check(env: Mapping[str, str] | None = None,
          loadable: Callable[[str], bool] | None = None,
          family: Callable[[], str] = distro_family) -> Missing | None:
    """What is missing for the first platform Qt would try, or None when one of the
    platforms Qt would try has everything (or the platform is one we do not know).
    ``loadable``: is a library there (default: a file where the loader looks, else what
    the loader says)."""
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if env is None else env
    if loadable is None:
        loadable = partial(_loadable, dirs=library_dirs(env))
    first: Missing | None = None
    for plat in platforms(env):
        needs = NEEDS.get(plat)
        if needs is None:
            return None
        missing = tuple(lib for lib in needs if not loadable(lib))
        if not missing:
            return None
        if first is None:
            first = Missing(plat, missing, "")
    if first is None:
        return None
    return Missing(first.platform, first.libraries, family())
