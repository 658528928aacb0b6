"""One side of the comparison: a report's stored text with the changes marked.

The same class is used twice, left (old) and right (new). Offsets in and out
are Python string indices into the report's one stored text; the pane maps
them to the document's UTF-16 positions itself, so characters outside the
Basic Multilingual Plane cannot shift a highlight.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Iterable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFont, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QMenu, QTextBrowser, QTextEdit, QWidget

from . import palette

#: Span kinds a pane knows how to draw.
DELETED, INSERTED, VALUE, MOVED = "delete", "insert", "value", "moved"


def _formats() -> dict[str, QTextCharFormat]:
    deleted = QTextCharFormat()
    deleted.setForeground(palette.DELETED)
    deleted.setBackground(palette.DELETED_BACKGROUND)
    deleted.setFontStrikeOut(True)
    inserted = QTextCharFormat()
    inserted.setForeground(palette.INSERTED)
    inserted.setBackground(palette.INSERTED_BACKGROUND)
    inserted.setFontUnderline(True)
    value = QTextCharFormat()
    value.setBackground(palette.VALUE_BACKGROUND)
    value.setFontWeight(QFont.Weight.Bold)
    moved = QTextCharFormat()
    moved.setBackground(palette.MOVED_BACKGROUND)
    formats = {DELETED: deleted, INSERTED: inserted, VALUE: value, MOVED: moved}
    # promise mode: a commitment by what the review says of it, and the review's words that report one
    for kind, (line, background) in palette.PROMISE_COLORS.items():
        promise = QTextCharFormat()
        promise.setBackground(background)
        promise.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        promise.setUnderlineColor(line)
        formats[kind] = promise
    return formats


class Pane(QTextBrowser):
    """A read-only view of one report. ``offset_clicked`` gives the string
    offset a person clicked; ``pin_requested`` the offset under a context
    menu's "pin" action."""

    offset_clicked = Signal(int)
    pin_requested = Signal(int)
    unpin_requested = Signal(int)
    scrolled = Signal()

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setOpenLinks(False)
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)
        self.verticalScrollBar().valueChanged.connect(self.scrolled)
        self._text = ""
        self._wide: list[int] = []  # offsets of characters that take two UTF-16 units
        self._formats = _formats()
        self.document().setDocumentMargin(12)

    # text and offsets -------------------------------------------------

    def set_report_text(self, text: str) -> None:
        """Show ``text`` (a report's stored text), with no marks."""
        self._text = text
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self.setPlainText(text)

    @property
    def report_text(self) -> str:
        return self._text

    def position(self, offset: int) -> int:
        """The document position of a string offset."""
        offset = max(0, min(offset, len(self._text)))
        return offset + bisect_right(self._wide, offset - 1) if self._wide else offset

    def offset(self, position: int) -> int:
        """The string offset of a document position."""
        if not self._wide:
            return position
        offset = position
        while offset > 0 and self.position(offset) > position:
            offset -= 1
        return offset

    def top_offset(self) -> int:
        """The offset at the top-left of what is on screen."""
        return self.offset(self.cursorForPosition(QPoint(4, 4)).position())

    def bottom_offset(self) -> int:
        viewport = self.viewport().rect()
        return self.offset(self.cursorForPosition(QPoint(viewport.width() - 4, viewport.height() - 4)).position())

    def y_of(self, offset: int) -> int:
        """The document y of an offset's line (in pixels, from the top of the text)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.position(offset))
        return self.cursorRect(cursor).top() + self.verticalScrollBar().value()

    def scroll_to_offset(self, offset: int, margin: int = 0) -> None:
        """Scroll so that the line holding ``offset`` stands ``margin`` pixels from the top."""
        self.verticalScrollBar().setValue(max(0, self.y_of(offset) - margin))

    # marks -------------------------------------------------------------

    def mark(self, spans: Iterable[tuple[int, int, str]]) -> None:
        """Draw ``(start, end, kind)`` spans; marks already drawn stay."""
        cursor = QTextCursor(self.document())
        for start, end, kind in spans:
            if end <= start:
                continue
            cursor.setPosition(self.position(start))
            cursor.setPosition(self.position(end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(self._formats[kind])

    def set_current(self, ranges: Iterable[tuple[int, int]]) -> None:
        """Outline the current change or the sentence a gap row points at."""
        selections = []
        for start, end in ranges:
            selection = QTextEdit.ExtraSelection()
            selection.format.setBackground(palette.CURRENT_BACKGROUND)
            selection.format.setProperty(QTextFormat.Property.OutlinePen, palette.DELETED)
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.position(start))
            cursor.setPosition(self.position(end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selections.append(selection)
        self.setExtraSelections(selections)

    def fold(self, hidden: Iterable[tuple[int, int]]) -> None:
        """Hide the paragraphs that lie wholly inside the given ranges; show the rest."""
        ranges = sorted(hidden)
        document = self.document()
        block = document.begin()
        while block.isValid():
            start = self.offset(block.position())
            end = start + len(block.text())
            block.setVisible(not any(a <= start and end <= b for a, b in ranges))
            block = block.next()
        document.markContentsDirty(0, document.characterCount())

    # events --------------------------------------------------------------

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            self.offset_clicked.emit(self.offset(self.cursorForPosition(event.position().toPoint()).position()))

    def _on_context_menu(self, point: QPoint) -> None:
        offset = self.offset(self.cursorForPosition(point).position())
        menu = QMenu(self)
        pin = QAction(self.tr("Pin this section to the section shown opposite"), menu)
        pin.triggered.connect(lambda: self.pin_requested.emit(offset))
        unpin = QAction(self.tr("Remove the pin of this section"), menu)
        unpin.triggered.connect(lambda: self.unpin_requested.emit(offset))
        copy = QAction(self.tr("Copy"), menu)
        copy.triggered.connect(self.copy)
        copy.setEnabled(self.textCursor().hasSelection())
        for action in (pin, unpin, copy):
            menu.addAction(action)
        menu.exec(self.viewport().mapToGlobal(point))
