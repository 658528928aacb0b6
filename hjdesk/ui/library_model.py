"""The report library as a tree model: jurisdiction → year → report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timezone
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

translate = QCoreApplication.translate  # lupdate reads the literal contexts below

if TYPE_CHECKING:
    from hjdesk.store.repository import ReportSummary


class Col(IntEnum):
    NAME = 0
    SOURCE = 1
    DELIVERED = 2
    SIZE = 3
    IMPORTED = 4


ObjRole = Qt.ItemDataRole.UserRole + 1  # the ReportSummary of a report row, None on group rows
SortRole = Qt.ItemDataRole.UserRole + 2
KeyRole = Qt.ItemDataRole.UserRole + 3  # a stable key per row, to keep expansion across reloads

_UNKNOWN_SORT = "\uffff"  # sorts unrecognised groups after every name
_UNKNOWN_YEAR = 99999



def chronological(report: ReportSummary) -> tuple:
    """The order of comparison: lower year first (unknown last), then earlier import."""
    return (report.year is None, report.year or 0, report.imported_at, report.id)


def describe(report: ReportSummary) -> str:
    """A report named for messages: its title and drafting round."""
    return translate("LibraryModel", "{title} ({label})").format(title=report.title or report.source_name,
                                           label=report.label or translate("LibraryModel", "No round"))


def _report_name(report: ReportSummary) -> str:
    label = report.label or translate("LibraryModel", "No round")
    return translate("LibraryModel", "{label} · {title}").format(label=label, title=report.title or report.source_name)


def size_text(chars: int) -> str:
    """A report's length; Chinese counts long texts in 万字, English in thousands.

    Both numbers are offered to the format, so each translation picks its own unit."""
    if chars < 10000:
        return translate("LibraryModel", "{count} characters").format(count=chars)
    return translate("LibraryModel", "{thousands:.1f}k characters").format(thousands=chars / 1000, wan=chars / 10000)


@dataclass
class _Node:
    key: tuple
    parent: int
    row: int
    report: ReportSummary | None = None
    children: list[int] = field(default_factory=list)


class LibraryModel(QAbstractItemModel):
    """Reports grouped by jurisdiction, then year; reports with neither go under 未识别."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._nodes = [_Node(("root",), -1, 0)]

    def set_reports(self, reports: Sequence[ReportSummary]) -> None:
        self.beginResetModel()
        self._nodes = [_Node(("root",), -1, 0)]
        groups: dict[tuple, int] = {}
        for report in reports:
            jurisdiction = report.jurisdiction.strip() or None
            top = self._group(groups, ("jurisdiction", jurisdiction), 0)
            year = self._group(groups, ("year", jurisdiction, report.year), top)
            self._add(_Node(("report", report.id), year, 0, report))
        self.endResetModel()

    def jurisdictions(self) -> list[str]:
        """The named jurisdictions in the library, for pick lists."""
        return [self._nodes[n].key[1] for n in self._nodes[0].children if self._nodes[n].key[1]]

    def _group(self, groups: dict[tuple, int], key: tuple, parent: int) -> int:
        if key not in groups:
            groups[key] = self._add(_Node(key, parent, 0))
        return groups[key]

    def _add(self, node: _Node) -> int:
        siblings = self._nodes[node.parent].children
        node.row = len(siblings)
        self._nodes.append(node)
        siblings.append(len(self._nodes) - 1)
        return len(self._nodes) - 1

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._nodes[self._node_id(parent)].children[row])

    def parent(self, index=QModelIndex()) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        parent = self._nodes[index.internalId()].parent
        if parent <= 0:
            return QModelIndex()
        return self.createIndex(self._nodes[parent].row, 0, parent)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        return len(self._nodes[self._node_id(parent)].children)

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(Col)

    def flags(self, index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._nodes[index.internalId()].report is None:
            return Qt.ItemFlag.ItemIsEnabled  # only reports are selected, so actions always act on reports
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Source File"), self.tr("Delivered"), self.tr("Size"),
                self.tr("Imported"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        if role == ObjRole:
            return node.report
        if role == KeyRole:
            return repr(node.key)
        if node.report is None:
            return self._group_data(node, index.column(), role)
        return self._report_data(node.report, index.column(), role)

    def _group_data(self, node: _Node, column: int, role: int) -> Any:
        kind, value = node.key[0], node.key[-1]
        if role == SortRole:
            return (_UNKNOWN_YEAR if value is None else value) if kind == "year" else (value or _UNKNOWN_SORT)
        if column != Col.NAME:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return self.tr("Unrecognised")
            return self.tr("Year {year}").format(year=value) if kind == "year" else value
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Reports: {count}").format(count=self._count(node))
        if role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_DirIcon)
        if role == Qt.ItemDataRole.FontRole and kind == "jurisdiction":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _count(self, node: _Node) -> int:
        return sum(self._count(self._nodes[c]) for c in node.children) if node.report is None else 1

    def _report_data(self, report: ReportSummary, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._report_text(report, column)
        if role == SortRole:
            return (report.id, report.source_name.lower(), report.delivered_on.isoformat() if report.delivered_on
                    else "", report.chars, report.imported_at.timestamp())[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == Col.SIZE:
                return self.tr("{count} characters").format(count=f"{report.chars:,}")
            return self.tr("{title}\nFile: {source}\nNumber {id}, {sections} outline entries").format(
                title=report.title, source=report.source_name, id=report.id, sections=report.section_count)
        if role == Qt.ItemDataRole.DecorationRole and column == Col.NAME:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Col.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _report_text(report: ReportSummary, column: int) -> str:
        if column == Col.NAME:
            return _report_name(report)
        if column == Col.SOURCE:
            return report.source_name
        if column == Col.DELIVERED:
            return report.delivered_on.isoformat() if report.delivered_on else ""
        if column == Col.SIZE:
            return size_text(report.chars)
        stamp = report.imported_at
        if stamp.tzinfo is None:  # SQLite may hand back naive UTC
            stamp = stamp.replace(tzinfo=timezone.utc)
        return stamp.astimezone().strftime("%Y-%m-%d %H:%M")

    def _node_id(self, index: QModelIndex | QPersistentModelIndex) -> int:
        return index.internalId() if index.isValid() else 0
