"""Refresh resources/themes/checked.json, the bundled themes as read and checked, which a
first start reads instead of parsing every theme file. Run after editing a theme:

    python tools/update_themes.py           # write it
    python tools/update_themes.py --check   # exit 1 if it does not match the theme files
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.themes import SHIPPED, checked_text  # noqa: E402

FOLDER = ROOT / "resources" / "themes"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--check", action="store_true")
    args = p.parse_args(argv)
    target = FOLDER / SHIPPED
    text = checked_text(FOLDER)
    current = target.read_text(encoding="utf-8") if target.exists() else ""
    if args.check:
        if current != text:
            print(f"{target} is stale: run python tools/update_themes.py", file=sys.stderr)
            return 1
        return 0
    if current != text:
        target.write_text(text, encoding="utf-8")
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
