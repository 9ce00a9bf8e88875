"""Opening drafts: readers for every format, and the recogniser of a news story's parts."""

from __future__ import annotations

from redaksi.story.importing.errors import DraftImportError
from redaksi.story.importing.importer import (
    SUPPORTED,
    ImportResult,
    import_file,
    import_pasted,
    import_source,
    import_text,
    read_file,
)
from redaksi.story.importing.report import Dropped, ImportReport, Segment, verify_accounting
from redaksi.story.importing.source import SourceMark, SourceText

__all__ = [
    "SUPPORTED",
    "DraftImportError",
    "Dropped",
    "ImportReport",
    "ImportResult",
    "Segment",
    "SourceMark",
    "SourceText",
    "import_file",
    "import_pasted",
    "import_source",
    "import_text",
    "read_file",
    "verify_accounting",
]
