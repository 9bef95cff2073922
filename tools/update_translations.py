"""Refresh the interface translations: pyside6-lupdate over the Qt code, then
pyside6-lrelease to the .qm files the app loads. Run from the project root:

    python tools/update_translations.py           # update .ts, compile .qm
    python tools/update_translations.py --check   # exit 1 if a string is untranslated

Translate what lupdate added (type="unfinished") with Qt Linguist
(``pyside6-linguist resources/i18n/reader_ru.ts``), then run this again. English needs
only its plural forms ("1 event", "2 events"): its catalogue holds nothing else.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
#: The catalogues: file -> extra lupdate options.
CATALOGUES = {"reader_ru.ts": [], "reader_en.ts": ["-pluralonly"]}
#: Kept by hand, compiled only: Qt's own strings its catalogues lack (see the file).
BY_HAND = ["qtbase_gaps_ru.ts"]


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        sys.exit(f"{name} not found (it comes with PySide6)")
    return found


def sources() -> list[str]:
    """Every module that can show text: the Qt side of the app."""
    files = [*sorted((ROOT / "reader" / "ui").rglob("*.py")), ROOT / "reader" / "app.py"]
    return [str(f.relative_to(ROOT)) for f in files]


def lupdate(ts: Path, extra: list[str]) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete",
                    *extra, *sources(), "-ts", str(ts)], check=True, cwd=ROOT)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True, cwd=ROOT)


def unfinished(ts: Path) -> list[str]:
    """Source texts without a finished translation."""
    out = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                               "obsolete"):
            out.append(message.findtext("source") or "")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report untranslated strings (exit 1 if any)")
    args = parser.parse_args(argv)
    missing = 0
    for name, extra in CATALOGUES.items():
        ts = I18N / name
        if not args.check:
            lupdate(ts, extra)
            lrelease(ts, ts.with_suffix(".qm"))
        todo = unfinished(ts)
        missing += len(todo)
        for text in todo:
            print(f"{name}: untranslated: {text!r}")
    if not args.check:
        for name in BY_HAND:
            lrelease(I18N / name, (I18N / name).with_suffix(".qm"))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
