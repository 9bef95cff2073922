"""``python -m reader``: the same entry point as ``transcript-reader``."""

from __future__ import annotations

import sys

from reader.cli import main

# Guarded: worker processes that read a library (reader.core.reading) import the main
# module again, and must not start the application a second time.
if __name__ == "__main__":
    sys.exit(main())
