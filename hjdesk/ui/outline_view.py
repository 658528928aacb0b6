"""A report's outline (结构) as a tree beside the text of the selected section."""

from __future__ import annotations

import html
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractItemModel, QCoreApplication, QItemSelectionModel,
                            QModelIndex, QPersistentModelIndex, Qt, Signal)
from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTextBrowser, QTreeView, QVBoxLayout, QWidget

from hjdesk.core.model import Section

if TYPE_CHECKING:
    from hjdesk.store.repository import StoredReport


class Col(IntEnum):
    HEADING = 0
    KIND = 1
    PART = 2


ObjRole = Qt.ItemDataRole.UserRole + 1  # the Section of a row

#: Section kinds and parts (codes from :mod:`hjdesk.core.model`) as the interface names them.
KIND_NAMES = {
    "title": QT_TRANSLATE_NOOP("OutlineModel", "Title"),
    "part": QT_TRANSLATE_NOOP("OutlineModel", "Part"),
    "section": QT_TRANSLATE_NOOP("OutlineModel", "Section"),
    "topic": QT_TRANSLATE_NOOP("OutlineModel", "Topic"),
    "targets": QT_TRANSLATE_NOOP("OutlineModel", "Main targets"),
    "problems": QT_TRANSLATE_NOOP("OutlineModel", "Problems"),
    "self": QT_TRANSLATE_NOOP("OutlineModel", "Government self-building"),
    "address": QT_TRANSLATE_NOOP("OutlineModel", "Address"),
    "period": QT_TRANSLATE_NOOP("OutlineModel", "Five-year review"),
    "closing": QT_TRANSLATE_NOOP("OutlineModel", "Closing"),
    "glossary": QT_TRANSLATE_NOOP("OutlineModel", "Glossary"),
    "term": QT_TRANSLATE_NOOP("OutlineModel", "Glossary entry"),
    "appendix": QT_TRANSLATE_NOOP("OutlineModel", "Appendix"),
}
PART_NAMES = {
    "review": QT_TRANSLATE_NOOP("OutlineModel", "Review"),
    "plan": QT_TRANSLATE_NOOP("OutlineModel", "Plan"),
    "other": QT_TRANSLATE_NOOP("OutlineModel", "—"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("OutlineModel", KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def part_name(part: str) -> str:
    return QCoreApplication.translate("OutlineModel", PART_NAMES[part]) if part in PART_NAMES else part


class OutlineModel(QAbstractItemModel):
    """The sections of one report as a tree, in document order."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sections: dict[int, Section] = {}
        self._children: dict[int, list[int]] = {0: []}  # 0 is the root; section ids start at 1
        self._row: dict[int, int] = {}

    def set_sections(self, sections: tuple[Section, ...]) -> None:
        self.beginResetModel()
        self._sections = {s.id: s for s in sections}
        self._children = {0: []}
        self._row = {}
        for section in sections:
            # A parent missing from the outline would orphan the section; show it at the top instead.
            parent = section.parent if section.parent in self._sections else 0
            siblings = self._children.setdefault(parent, [])
            self._row[section.id] = len(siblings)
            siblings.append(section.id)
        self.endResetModel()

    def index_of(self, section_id: int) -> QModelIndex:
        """The row of a section, or an invalid index if the outline has none."""
        if section_id not in self._sections:
            return QModelIndex()
        return self.createIndex(self._row[section_id], 0, section_id)

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._children[self._id(parent)][row])

    def parent(self, index=QModelIndex()) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        parent = self._sections[index.internalId()].parent
        if parent not in self._sections:
            return QModelIndex()
        return self.createIndex(self._row[parent], 0, parent)

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        return len(self._children.get(self._id(parent), ()))

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(Col)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Heading"), self.tr("Kind"), self.tr("Part"))[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        section = self._sections[index.internalId()]
        if role == ObjRole:
            return section
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == Col.KIND:
                return kind_name(section.kind)
            if index.column() == Col.PART:
                return part_name(section.part)
            return section.heading or self.tr("(no heading)")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == Col.HEADING:
            return section.heading
        return None

    def _id(self, index: QModelIndex | QPersistentModelIndex) -> int:
        return index.internalId() if index.isValid() else 0


class OutlineView(QWidget):
    """One report's outline: pick a section on the left, read its text on the right."""

    section_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.model = OutlineModel(self)
        self._title = QLabel(self)
        self._title.setWordWrap(True)
        self._title.setStyleSheet("font-weight: bold")
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Outline"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Col.HEADING, QHeaderView.ResizeMode.Stretch)
        for column in (Col.KIND, Col.PART):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._caption = QLabel(self)
        self.text_view = QTextBrowser(self)
        self.text_view.setAccessibleName(self.tr("Section text"))
        reader = QWidget(self)
        reader_layout = QVBoxLayout(reader)
        reader_layout.setContentsMargins(0, 0, 0, 0)
        reader_layout.addWidget(self._caption)
        reader_layout.addWidget(self.text_view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(reader)
        splitter.setStretchFactor(0, 3)  # the headings are what a reader scans; the text is beside them
        splitter.setStretchFactor(1, 2)
        self.tree.setMinimumWidth(280)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(splitter, 1)
        self.tree.selectionModel().currentRowChanged.connect(self._on_tree_current_changed)

    def set_report(self, report: StoredReport) -> None:
        """Show ``report``'s outline, with its first section selected."""
        self._text = report.parsed.text
        self._title.setText(report.title or report.source_name)
        self.model.set_sections(report.parsed.sections)
        self.tree.expandAll()
        self.text_view.clear()
        self._caption.clear()
        if report.parsed.sections:
            self.select_section(report.parsed.sections[0].id)
        self.tree.scrollToTop()

    def select_section(self, section_id: int) -> None:
        """Select a section in the tree and show its text."""
        index = self.model.index_of(section_id)
        if index.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.tree.selectionModel().setCurrentIndex(index, flags)
            self.tree.scrollTo(index)

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        section = current.data(ObjRole)
        if section is None:
            return
        body = self._text[section.char_start:section.char_end]
        self._caption.setText(self.tr("{kind} · {part} · {count} characters").format(
            kind=kind_name(section.kind), part=part_name(section.part), count=f"{len(body):,}"))
        self.text_view.setHtml(_paragraphs_html(body, section.heading))
        self.section_selected.emit(section.id)


def _paragraphs_html(body: str, heading: str) -> str:
    """The text as a reader expects it on paper: indented paragraphs, the heading in bold."""
    paragraphs = []
    for line in filter(None, (line.strip() for line in body.split("\n"))):
        text = html.escape(line)
        if heading and line.startswith(heading):
            text = f"<b>{html.escape(heading)}</b>{html.escape(line[len(heading):])}"
        paragraphs.append(f"<p style='text-indent:2em; margin:0 0 6px 0; line-height:150%'>{text}</p>")
    return "".join(paragraphs)
