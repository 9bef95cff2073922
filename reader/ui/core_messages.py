"""The parser's and the bookmark file's messages in the interface's language.

The core speaks English: the command line's JSON and the scan cache carry its reasons
("binary data, not text") and warnings ("decoded as cp1251 (not UTF-8)") as they are.
The window shows them through this catalogue: each known message is matched whole and
given in the interface's language, its file names, numbers and encodings kept. A message
it does not know is shown as it is (never lost); a test keeps the catalogue in step with
every message the core can give."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

CONTEXT = "CoreMessages"


class CoreMessages(QObject):
    """The messages with plural forms (lupdate marks them so in a ``tr`` call only)."""

    def invalid_bytes(self, n: int) -> str:
        return self.tr("%n invalid UTF-8 byte(s) replaced with U+FFFD", "", n)

    def no_transcript(self, n: int) -> str:
        return self.tr("no transcript in it (%n word(s) of text, with no title, date or speaker labels)", "", n)


@cache
def _plural() -> CoreMessages:
    return CoreMessages()

# (the core's message, matched whole; its translation, with the groups by name, or for
# a message with plural forms the function that gives it for the number; the group that
# holds that number). A nested reason ("reason") is looked up again.
_SOURCES: tuple[tuple[str, object, str | None], ...] = (
    # warnings
    (r"(?P<n>\d+) invalid UTF-8 byte\(s\) replaced with U\+FFFD",
     lambda n: _plural().invalid_bytes(n), "n"),
    (r"decoded as (?P<encoding>\S+) \(not UTF-8\)",
     QT_TRANSLATE_NOOP("CoreMessages", "decoded as {encoding} (not UTF-8)"), None),
    (r"not a kremlin\.ru article page: read the whole page body",
     QT_TRANSLATE_NOOP("CoreMessages", "not a kremlin.ru article page: read the whole page body"),
     None),
    (r"sidecar (?P<name>.+?) ignored: (?P<reason>.+)",
     QT_TRANSLATE_NOOP("CoreMessages", "sidecar {name} ignored: {reason}"), None),
    (r"not a JSON object", QT_TRANSLATE_NOOP("CoreMessages", "not a JSON object"), None),
    # reasons a file is not read
    (r"the file does not exist \(moved or deleted\?\)",
     QT_TRANSLATE_NOOP("CoreMessages", "the file does not exist (moved or deleted?)"), None),
    (r"permission denied", QT_TRANSLATE_NOOP("CoreMessages", "permission denied"), None),
    (r"cannot be read \((?P<why>.*)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "cannot be read ({why})"), None),
    (r"is a folder, not a file", QT_TRANSLATE_NOOP("CoreMessages", "is a folder, not a file"), None),
    (r"not a regular file \((?P<reason>.+)\); not read",
     QT_TRANSLATE_NOOP("CoreMessages", "not a regular file ({reason}); not read"), None),
    (r"a named pipe \(FIFO\)", QT_TRANSLATE_NOOP("CoreMessages", "a named pipe (FIFO)"), None),
    (r"a socket", QT_TRANSLATE_NOOP("CoreMessages", "a socket"), None),
    (r"a device", QT_TRANSLATE_NOOP("CoreMessages", "a device"), None),
    (r"a special file", QT_TRANSLATE_NOOP("CoreMessages", "a special file"), None),
    (r"the file is too large \(over (?P<size>\d+) MB; a transcript is at most (?P<limit>\d+) MB\)",
     QT_TRANSLATE_NOOP("CoreMessages", "the file is too large (over {size} MB; a transcript is at most {limit} MB)"),
     None),
    (r"the file is too large \(over (?P<size>\d+) bytes; at most (?P<limit>\d+)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "the file is too large (over {size} bytes; at most {limit})"),
     None),
    (r"the file holds no text \(only white space\)",
     QT_TRANSLATE_NOOP("CoreMessages", "the file holds no text (only white space)"), None),
    (r"binary data, not text", QT_TRANSLATE_NOOP("CoreMessages", "binary data, not text"), None),
    (r"the file is empty", QT_TRANSLATE_NOOP("CoreMessages", "the file is empty"), None),
    (r"broken UTF-16 text \((?P<why>.*)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "broken UTF-16 text ({why})"), None),
    (r"not text in any known encoding",
     QT_TRANSLATE_NOOP("CoreMessages", "not text in any known encoding"), None),
    (r"the document is nested too deeply to read",
     QT_TRANSLATE_NOOP("CoreMessages", "the document is nested too deeply to read"), None),
    (r"too much markup to read \(more than (?P<count>[\d,]+) elements\)",
     QT_TRANSLATE_NOOP("CoreMessages", "too much markup to read (more than {count} elements)"), None),
    (r"the markup is nested too deeply \(more than (?P<count>\d+) levels\)",
     QT_TRANSLATE_NOOP("CoreMessages", "the markup is nested too deeply (more than {count} levels)"),
     None),
    (r"could not be parsed \((?P<why>.*)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "could not be parsed ({why})"), None),
    (r"no transcript in it \((?P<n>\d+) words of text, with no title, date or speaker "
     r"labels\)",
     lambda n: _plural().no_transcript(n),
     "n"),
    (r"an HTML page without a transcript \(no title, no text\)",
     QT_TRANSLATE_NOOP("CoreMessages", "an HTML page without a transcript (no title, no text)"), None),
    (r"invalid JSON \((?P<why>.*)\)", QT_TRANSLATE_NOOP("CoreMessages", "invalid JSON ({why})"), None),
    (r"JSON that is not a transcript record",
     QT_TRANSLATE_NOOP("CoreMessages", "JSON that is not a transcript record"), None),
    (r"JSON without a transcript text \(no body/text field\)",
     QT_TRANSLATE_NOOP("CoreMessages", "JSON without a transcript text (no body/text field)"), None),
    # the bookmark file (reader.core.bookmarks, reader.core.store_errors)
    (r"The bookmark file (?P<path>.+?) could not be read \((?P<reason>.+)\)\. It was kept as "
     r"(?P<name>.+?); a new, empty one was started\.",
     QT_TRANSLATE_NOOP("CoreMessages", "The bookmark file {path} could not be read ({reason}). "
                       "It was kept as {name}; a new, empty one was started."), None),
    (r"The bookmark file (?P<path>.+?) can be read but not changed: (?P<reason>.+)\. "
     r"Bookmarks are shown; new ones and changes cannot be saved until that is fixed\.",
     QT_TRANSLATE_NOOP("CoreMessages", "The bookmark file {path} can be read but not changed: "
                       "{reason}. Bookmarks are shown; new ones and changes cannot be saved "
                       "until that is fixed."), None),
    (r"cannot be created: (?P<reason>.+)",
     QT_TRANSLATE_NOOP("CoreMessages", "cannot be created: {reason}"), None),
    (r"cannot be opened: (?P<reason>.+) \(the file was not changed\)",
     QT_TRANSLATE_NOOP("CoreMessages", "cannot be opened: {reason} (the file was not changed)"),
     None),
    (r"made by a newer version of the app \(schema (?P<n>\d+)\); not opened, so nothing in "
     r"it is lost",
     QT_TRANSLATE_NOOP("CoreMessages", "made by a newer version of the app (schema {n}); not "
                       "opened, so nothing in it is lost"), None),
    (r"(?P<doing>[^:]+): the file is open read-only \((?P<reason>.+)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "{doing}: the file is open read-only ({reason})"), None),
    (r"(?P<doing>the bookmark was not saved|the change was not saved|the note was not saved"
     r"|the colour was not saved|the bookmarks still name the old place of their file"
     r"|the bookmark was not deleted|bookmarks could not be read|nothing was imported)"
     r": (?P<reason>.+)",
     QT_TRANSLATE_NOOP("CoreMessages", "{doing}: {reason}"), None),
    (r"the bookmark was not saved", QT_TRANSLATE_NOOP("CoreMessages", "the bookmark was not saved"),
     None),
    (r"the change was not saved", QT_TRANSLATE_NOOP("CoreMessages", "the change was not saved"),
     None),
    (r"the note was not saved", QT_TRANSLATE_NOOP("CoreMessages", "the note was not saved"), None),
    (r"the colour was not saved", QT_TRANSLATE_NOOP("CoreMessages", "the colour was not saved"),
     None),
    (r"the bookmarks still name the old place of their file",
     QT_TRANSLATE_NOOP("CoreMessages", "the bookmarks still name the old place of their file"),
     None),
    (r"the bookmark was not deleted",
     QT_TRANSLATE_NOOP("CoreMessages", "the bookmark was not deleted"), None),
    (r"bookmarks could not be read",
     QT_TRANSLATE_NOOP("CoreMessages", "bookmarks could not be read"), None),
    (r"nothing was imported", QT_TRANSLATE_NOOP("CoreMessages", "nothing was imported"), None),
    # why (reader.core.store_errors: with SQLite's or the system's own words after it)
    (r"(?P<reason>the file is damaged|the disk is full|another program keeps the file locked"
     r"|the file or its folder is read-only|permission denied|the file cannot be opened \(no "
     r"permission, or its folder is missing\)|the disk reported an input/output error \(full, "
     r"removed or failing\?\)) \((?P<detail>.+)\)",
     QT_TRANSLATE_NOOP("CoreMessages", "{reason} ({detail})"), None),
    (r"the file is damaged", QT_TRANSLATE_NOOP("CoreMessages", "the file is damaged"), None),
    (r"the disk is full", QT_TRANSLATE_NOOP("CoreMessages", "the disk is full"), None),
    (r"another program keeps the file locked",
     QT_TRANSLATE_NOOP("CoreMessages", "another program keeps the file locked"), None),
    (r"the file or its folder is read-only",
     QT_TRANSLATE_NOOP("CoreMessages", "the file or its folder is read-only"), None),
    (r"the file cannot be opened \(no permission, or its folder is missing\)",
     QT_TRANSLATE_NOOP("CoreMessages",
                       "the file cannot be opened (no permission, or its folder is missing)"),
     None),
    (r"the disk reported an input/output error \(full, removed or failing\?\)",
     QT_TRANSLATE_NOOP("CoreMessages",
                       "the disk reported an input/output error (full, removed or failing?)"),
     None),
    (r"integrity check failed: (?P<detail>.+)",
     QT_TRANSLATE_NOOP("CoreMessages", "integrity check failed: {detail}"), None),
    (r"it holds tables that are not bookmarks \(another program's file\?\)",
     QT_TRANSLATE_NOOP("CoreMessages",
                       "it holds tables that are not bookmarks (another program's file?)"), None),
    (r"its bookmarks table is missing",
     QT_TRANSLATE_NOOP("CoreMessages", "its bookmarks table is missing"), None),
    (r"its bookmarks table lacks column\(s\) (?P<columns>.+)",
     QT_TRANSLATE_NOOP("CoreMessages", "its bookmarks table lacks column(s) {columns}"), None),
)


@cache
def _catalogue() -> list[tuple[re.Pattern[str], object, str | None]]:
    """Compiled when a message is first shown (not at start-up)."""
    return [(re.compile(p), t, n) for p, t, n in _SOURCES]

#: Groups that hold another message of the core's.
_NESTED = ("reason", "doing")


def translated(message: str) -> str:
    """``message`` in the interface's language if the catalogue knows it, else as it is."""
    for pattern, template, counted in _catalogue():
        m = pattern.fullmatch(message)
        if m is None:
            continue
        values = {k: (translated(v) if k in _NESTED else v)
                  for k, v in m.groupdict().items() if k != counted}
        if callable(template) and counted is not None:
            text = str(template(int(m.group(counted))))
        else:
            text = QCoreApplication.translate(CONTEXT, str(template))
        return text.format(**values) if values else text
    return message


def known(message: str) -> bool:
    return any(p.fullmatch(message) for p, _, _ in _catalogue())
