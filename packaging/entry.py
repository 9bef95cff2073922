"""Entry point of the standalone build (PyInstaller): the same as `transcript-reader`."""

import sys

from reader.cli import main

sys.exit(main())
