"""``.html`` drafts: a saved web page or an HTML export from a content system."""

from __future__ import annotations

from redaksi.story.importing.encoding import BINARY_MESSAGE, decode_text, looks_binary
from redaksi.story.importing.errors import DraftImportError
from redaksi.story.importing.html_text import html_to_source
from redaksi.story.importing.source import SourceText


def read_html(data: bytes) -> SourceText:
    """Visible text of an HTML file; the encoding comes from its BOM, UTF-8, or its meta tag."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        text, encoding = decode_text(data)
        source = html_to_source(text)
        source.encoding = encoding
        return source
    if looks_binary(data):
        raise DraftImportError("binary", BINARY_MESSAGE)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Let the parser read <meta charset> (and fall back to detection) from the bytes.
        return html_to_source(data)
    source = html_to_source(text)
    source.encoding = "utf-8"
    return source
