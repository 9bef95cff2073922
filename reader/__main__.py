"""``python -m reader``: the same entry point as ``transcript-reader``."""

from __future__ import annotations

import sys

from reader.cli import main

sys.exit(main())
