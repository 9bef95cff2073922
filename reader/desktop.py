"""``transcript-reader --install-desktop``: the desktop entry and the icon in the user's
XDG folders, so that the reader shows in the desktop's menu. Pure Python, no Qt."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

APP_ID = "transcript-reader"


def resources_dir() -> Path:
    """resources/ beside the package in a checkout, inside it when installed."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "icons").is_dir():
            return candidate
    return here.parent / "resources"


def icon_path() -> Path:
    return resources_dir() / "icons" / f"{APP_ID}.svg"


def _data_home(env: dict[str, str]) -> Path:
    return Path(env.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def _quote(arg: str) -> str:
    """An Exec argument as the desktop entry spec wants it: double quotes around anything
    with reserved characters, and \\ before ", `, $ and \\ inside them."""
    if not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


def launch_command() -> str:
    """How the menu starts this very installation: the installed command when it is on
    PATH, else this Python with ``-m reader``."""
    found = shutil.which(APP_ID)
    parts = [found] if found else [sys.executable, "-m", "reader"]
    return " ".join(_quote(p) for p in parts)


def install(env: dict[str, str] | None = None) -> list[Path]:
    """Write the entry and the icon; returns the files written."""
    env = dict(os.environ) if env is None else env
    home = _data_home(env)
    apps = home / "applications"
    icons = home / "icons" / "hicolor" / "scalable" / "apps"
    apps.mkdir(parents=True, exist_ok=True)
    icons.mkdir(parents=True, exist_ok=True)
    icon = icons / f"{APP_ID}.svg"
    shutil.copyfile(icon_path(), icon)
    template = (resources_dir() / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    replace = {"Exec": f"Exec={launch_command()} %F", "Icon": f"Icon={APP_ID}"}
    lines = [replace.get(line.split("=", 1)[0], line) for line in template.splitlines()]
    entry = apps / f"{APP_ID}.desktop"
    tmp = entry.with_suffix(".desktop.tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    tmp.replace(entry)
    return [entry, icon]


def uninstall(env: dict[str, str] | None = None) -> list[Path]:
    """Remove what install() wrote; returns the files removed."""
    env = dict(os.environ) if env is None else env
    home = _data_home(env)
    removed = []
    for f in (home / "applications" / f"{APP_ID}.desktop",
              home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"):
        if f.exists():
            f.unlink()
            removed.append(f)
    return removed
