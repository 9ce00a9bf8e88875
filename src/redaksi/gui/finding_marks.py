"""Draw findings as extra selections: red wavy for spelling and errors, blue, then grey.

Only blocks in the visible part of the editor are drawn, so a long story with hundreds of
findings costs the same as a short one.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from redaksi.editing.offsets import Utf16Map
from redaksi.gui.check_runner import CheckRunner
from redaksi.language.findings import Finding, Level

ERROR_COLOUR = QColor("#d92d20")
WARNING_COLOUR = QColor("#2563eb")
SUGGESTION_COLOUR = QColor("#77756f")


def finding_colour(finding: Finding) -> QColor:
    """Red for misspellings and errors, blue for warnings, grey for suggestions."""
    if finding.is_spelling or finding.level == Level.ERROR:
        return ERROR_COLOUR
    if finding.level == Level.WARNING:
        return WARNING_COLOUR
    return SUGGESTION_COLOUR


def finding_format(finding: Finding) -> QTextCharFormat:
    """The underline drawn under a finding."""
    fmt = QTextCharFormat()
    colour = finding_colour(finding)
    if finding.is_spelling or finding.level in (Level.ERROR, Level.WARNING):
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
    fmt.setUnderlineColor(colour)
    return fmt


def finding_cursor(
    editor: QTextEdit | QPlainTextEdit, block_position: int, text: str, finding: Finding
) -> QTextCursor:
    """A cursor selecting ``finding`` inside the block at ``block_position``."""
    offsets = Utf16Map(text)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(block_position + offsets.to_utf16(finding.start))
    cursor.setPosition(
        block_position + offsets.to_utf16(finding.end), QTextCursor.MoveMode.KeepAnchor
    )
    return cursor


def visible_selections(
    editor: QTextEdit | QPlainTextEdit, runner: CheckRunner
) -> list[QTextEdit.ExtraSelection]:
    """Extra selections for the findings of the blocks on screen."""
    viewport = editor.viewport()
    first = editor.cursorForPosition(QPoint(0, 0)).block()
    last = editor.cursorForPosition(QPoint(viewport.width(), viewport.height())).block()
    selections = []
    block = first
    while block.isValid():
        state = runner.state(block)
        if state is not None and state.findings:
            text = block.text()
            for finding in state.findings:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = finding_cursor(editor, block.position(), text, finding)
                selection.format = finding_format(finding)
                selections.append(selection)
        if block == last:
            break
        block = block.next()
    return selections


def finding_at(
    editor: QTextEdit | QPlainTextEdit, runner: CheckRunner, position: int
) -> tuple[int, Finding] | None:
    """The finding under document ``position`` and its block's position, if any."""
    block = editor.document().findBlock(position)
    state = runner.state(block)
    if state is None:
        return None
    offsets = Utf16Map(block.text())
    index = offsets.to_code_point(position - block.position())
    for finding in state.findings:
        if finding.start <= index <= finding.end:
            return block.position(), finding
    return None
