"""Text from files shown where Qt would read markup.

Tooltips, message boxes and labels in Qt take a string for rich text when
``Qt::mightBeRichText`` says it looks like HTML, and then load what it names: a file name or
a title holding ``<img src=/home/ann/secret.png>`` shows that local file as an image.
Strings from files therefore never reach such a widget as they are: labels are set to
plain text, and where that cannot be done (tooltips, item tooltips) the text goes in
escaped, inside markup of our own, so that it always shows as the very characters it is.
"""

from __future__ import annotations


def rich_text_safe(text: str) -> str:
    """``text`` as rich text that shows exactly ``text`` (line breaks kept, nothing
    loaded). Empty stays empty (Qt shows no tooltip for it)."""
    if not text:
        return ""
    from html import escape

    return ('<p style="white-space:pre-wrap">'
            + escape(text, quote=False).replace("\n", "<br>") + "</p>")
