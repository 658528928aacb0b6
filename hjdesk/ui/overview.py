"""A thin strip beside the comparison that shows where the changes are in
the whole report, and where the view stands; a click jumps there."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from . import palette

_KIND_COLORS = {"changed": palette.INSERTED, "added": palette.INSERTED, "removed": palette.DELETED,
                "moved": palette.MOVED, "value": QColor("#e0a800")}


class OverviewStrip(QWidget):
    """Marks are ``(start, end, kind)`` as fractions of the report's length."""

    position_clicked = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._marks: tuple[tuple[float, float, str], ...] = ()
        self._view = (0.0, 0.0)
        self.setMinimumWidth(14)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(self.tr("Where the changes are"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(16, 200)

    def set_marks(self, marks: Sequence[tuple[float, float, str]]) -> None:
        self._marks = tuple(marks)
        self.update()

    def set_view(self, top: float, bottom: float) -> None:
        """The part of the report on screen, as fractions."""
        self._view = (top, bottom)
        self.update()

    def marks(self) -> tuple[tuple[float, float, str], ...]:
        return self._marks

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        height = self.height()
        painter.fillRect(self.rect(), QColor("#f4f4f4"))
        for start, end, kind in self._marks:
            top = start * height
            painter.fillRect(QRectF(2, top, self.width() - 4, max(2.0, (end - start) * height)),
                             _KIND_COLORS.get(kind, palette.INSERTED))
        top, bottom = self._view
        painter.setPen(QColor("#555555"))
        painter.drawRect(QRectF(0.5, top * height, self.width() - 1.5, max(3.0, (bottom - top) * height)))
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if self.height():
            self.position_clicked.emit(min(1.0, max(0.0, event.position().y() / self.height())))
