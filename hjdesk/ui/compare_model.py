"""The list of section pairs beside the comparison: heading, status and a
small bar of how much changed; dragging one row onto another pins them."""

from __future__ import annotations

from enum import IntEnum
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from hjdesk.core.align import AlignedPair

from . import palette

_MIME = "application/x-hjdesk-pair-row"
_TOOLTIP_PROMISES = 15
ObjRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
ChangeRole = Qt.ItemDataRole.UserRole + 3

STATUS_COLORS = {
    "same": QColor("#9e9e9e"), "changed": palette.INSERTED, "added": palette.INSERTED,
    "removed": palette.DELETED, "moved": palette.MOVED,
}


class Col(IntEnum):
    HEADING = 0
    STATUS = 1
    CHANGE = 2


class PairListModel(QAbstractTableModel):
    """One row per aligned pair, in the comparison's reading order."""

    #: A row was dropped on another: (dragged row, target row).
    pin_dropped = Signal(int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pairs: tuple[AlignedPair, ...] = ()
        self._largest = 1
        self._promises: dict = {}
        self._answered: dict = {}

    def set_pairs(self, pairs: Sequence[AlignedPair], promises: dict | None = None,
                  answered: dict | None = None) -> None:
        """The rows; in promise mode ``promises`` maps a plan unit to its
        commitments, each ``(status, text)`` with status number, words or no,
        and ``answered`` a review unit to how many commitments it reports."""
        self.beginResetModel()
        self._pairs = tuple(pairs)
        self._promises = promises or {}
        self._answered = answered or {}
        self._largest = max((p.inserted + p.deleted for p in self._pairs), default=0) or 1
        self.endResetModel()

    def pair(self, row: int) -> AlignedPair:
        return self._pairs[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._pairs)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        change = self.tr("Promises: figures/words/none") if self._promises else self.tr("Change")
        return (self.tr("Section"), change, self.tr("Amount"))[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        pair = self._pairs[index.row()]
        column = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(pair, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(pair)
        if role == Qt.ItemDataRole.ForegroundRole and column == Col.STATUS:
            if self._promises and pair.old_section in self._promises:
                return None
            return STATUS_COLORS[pair.status]
        if role == ObjRole:
            return pair
        if role == SortRole:
            return index.row()
        if role == ChangeRole:
            return (pair.inserted, pair.deleted, self._largest)
        return None

    def _display(self, pair: AlignedPair, column: Col) -> str:
        if column == Col.HEADING:
            indent = "    " if pair.level > 1 else ""
            pin = "📌 " if pair.link == "pin" else ""
            # promise mode sums up each plan unit: the row is named by it
            heading = pair.old_heading or pair.new_heading if self._promises else pair.new_heading or pair.old_heading
            return indent + pin + _short(heading, 40)
        if column == Col.STATUS:
            promised = self._promises.get(pair.old_section) if pair.old_section is not None else None
            return self.promise_summary(promised) if promised else self.status_name(pair)
        return ""  # the change bar is drawn by ChangeBarDelegate; the counts are in the tooltip

    def promise_summary(self, promised) -> str:
        """How a plan unit's commitments fared, with a figure / in words / not
        found in the review (4 / 5 / 3); the header says which is which."""
        counts = {status: sum(1 for s, _ in promised if s == status) for status in ("number", "words", "no")}
        return f"{counts['number']} / {counts['words']} / {counts['no']}"

    def status_name(self, pair: AlignedPair) -> str:
        names = {"same": self.tr("Same"), "changed": self.tr("Changed"), "added": self.tr("Added"),
                 "removed": self.tr("Removed"), "moved": self.tr("Moved")}
        name = names[pair.status]
        if pair.link == "split":
            name += self.tr(" (split)")
        elif pair.link == "merge":
            name += self.tr(" (merged)")
        return name

    def _tooltip(self, pair: AlignedPair) -> str:
        old = pair.old_heading or self.tr("(none)")
        new = pair.new_heading or self.tr("(none)")
        text = self.tr("Old: {old}\nNew: {new}\nSimilarity {sim:.0%}, {ins} characters inserted, {dele} deleted").format(
            old=old, new=new, sim=pair.similarity, ins=pair.inserted, dele=pair.deleted)
        promised = self._promises.get(pair.old_section) if pair.old_section is not None else None
        if promised:
            marks = {"number": self.tr("figures"), "words": self.tr("words"), "no": self.tr("not found")}
            lines = [f"{marks[status]}：{_short(words, 30)}" for status, words in promised[:_TOOLTIP_PROMISES]]
            if len(promised) > _TOOLTIP_PROMISES:
                lines.append(self.tr("… {n} more").format(n=len(promised) - _TOOLTIP_PROMISES))
            text += "\n\n" + "\n".join(lines)
        if pair.new_section is not None and self._promises:
            text += "\n" + self.tr("This review section reports {n} commitments").format(
                n=self._answered.get(pair.new_section, 0))
        return text

    # drag one row onto another to pin them ------------------------------

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.LinkAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.LinkAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [_MIME]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes})
        data.setData(_MIME, str(rows[0] if rows else -1).encode())
        return data

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent) -> bool:  # noqa: N802
        if not data.hasFormat(_MIME) or not parent.isValid():
            return False
        source = int(bytes(data.data(_MIME)).decode() or -1)
        if source < 0 or source == parent.row():
            return False
        self.pin_dropped.emit(source, parent.row())
        return False  # nothing moves in the list: the pin re-aligns the comparison


def _short(text: str, size: int = 28) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


class ChangeBarDelegate(QStyledItemDelegate):
    """Draws inserted (blue) and deleted (red) characters as a small bar,
    scaled to the largest change of the comparison."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        inserted, deleted, largest = index.data(ChangeRole) or (0, 0, 1)
        if not inserted and not deleted:
            return
        rect = option.rect.adjusted(4, option.rect.height() // 2 - 3, -4, 0)
        rect.setHeight(6)
        width = rect.width()
        ins = max(2, round(width * inserted / largest / 2)) if inserted else 0
        dele = max(2, round(width * deleted / largest / 2)) if deleted else 0
        painter.save()
        painter.fillRect(QRect(rect.left(), rect.top(), dele, rect.height()), palette.DELETED)
        painter.fillRect(QRect(rect.left() + dele, rect.top(), ins, rect.height()), palette.INSERTED)
        painter.restore()
