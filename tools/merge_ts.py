"""Merge two versions of a Qt .ts catalogue (e.g. both sides of a git conflict): every
message of either side, a finished translation winning over an unfinished one. Then run
tools/update_translations.py to sync with the sources and compile.

    python tools/merge_ts.py OURS.ts THEIRS.ts -o OUT.ts
    python tools/merge_ts.py --git resources/i18n/reader_ru.ts   # during a merge conflict
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "")


def _finished(message: ET.Element) -> bool:
    t = message.find("translation")
    return t is not None and t.get("type") not in ("unfinished", "vanished", "obsolete")


def merge(ours: str, theirs: str) -> bytes:
    base = ET.ElementTree(ET.fromstring(ours))
    root = base.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    index = {_key(name, m): m for name, c in contexts.items() for m in c.iter("message")}
    for c in ET.fromstring(theirs).iter("context"):
        name = c.findtext("name") or ""
        target = contexts.get(name)
        if target is None:
            root.append(c)
            contexts[name] = c
            continue
        for m in c.iter("message"):
            k = _key(name, m)
            mine = index.get(k)
            if mine is None:
                target.append(m)
                index[k] = m
            elif _finished(m) and not _finished(mine):
                target.remove(mine)
                target.append(m)
                index[k] = m
    ET.indent(base)
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n").encode()


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("files", nargs="+")
    p.add_argument("-o", "--out")
    p.add_argument("--git", action="store_true", help="take both sides of a conflicted file")
    a = p.parse_args()
    if a.git:
        for f in a.files:
            ours = subprocess.run(["git", "show", f":2:{f}"], capture_output=True, text=True,
                                  check=True).stdout
            theirs = subprocess.run(["git", "show", f":3:{f}"], capture_output=True,
                                    text=True, check=True).stdout
            Path(f).write_bytes(merge(ours, theirs))
        return 0
    ours, theirs = (Path(f).read_text(encoding="utf-8") for f in a.files[:2])
    Path(a.out or a.files[0]).write_bytes(merge(ours, theirs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
