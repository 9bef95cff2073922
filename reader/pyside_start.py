"""Before the window's modules load: turn off a PySide6 import hook this app has no use for.

PySide6 lets a module switch on optional ``__feature__``s (``snake_case``,
``true_property``). To know which modules may, it reads the whole source of every module
imported after PySide6 and looks for the word "PySide6" in it (PYSIDE-2029): some sixty of
ours before the first paint, about 13 ms of a start of ~250 ms. The app uses no
``__feature__``, so the answer for its own modules is known without reading them: "uses
PySide6, no feature selected", which is what the hook itself would decide for a module
that imports PySide6, and changes nothing for a module that does not (a module that selects
no feature behaves the same either way). The standard library's modules, which the hook
also reads each time one of them imports something, never name PySide6: the hook's answer
for them, "no", is given without reading them. Other packages' modules are still read as
PySide6 does. Pure Python; it imports only PySide6's package (not a Qt module)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

#: Our package: the modules the hook need not read.
PACKAGE = "reader"
#: Where PySide6 keeps the hook's test (an internal module: checked, never assumed).
FEATURE_MODULE = "shibokensupport.feature"


def ours(name: str) -> bool:
    return name == PACKAGE or name.startswith(PACKAGE + ".")


def standard_library(name: str) -> bool:
    """A module of Python's standard library (which never names PySide6)."""
    return name.partition(".")[0] in sys.stdlib_module_names


def skip_feature_scan() -> bool:
    """Answer PySide6's "does this module use PySide6?" for our modules and Python's own
    without reading their source. False when this PySide6 has no such hook (nothing to
    skip)."""
    import PySide6  # noqa: F401  (loads shiboken6 and its support modules, not Qt)

    feature = sys.modules.get(FEATURE_MODULE)
    test: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or test is None or not callable(test):
        return False
    if getattr(test, "reader_skips", False):
        return True  # done already
    original = test

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if ours(name):
            return True
        if standard_library(name):
            return False  # what reading it finds: no word of PySide6 in Python's own
        return original(module)

    uses_pyside.reader_skips = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
