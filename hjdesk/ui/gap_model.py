"""The gap table as Qt models: last year's targets against this year's
results, the two side tables (new targets against last year's results, last
year's targets against the new ones), and the proxy that filters them.

Core gives codes and numbers; the words, signs and colours are made here."""

from __future__ import annotations

import html
from enum import IntEnum
from typing import Any, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QFont

from hjdesk.core.gaps import STATUSES, GapRow, PairRow
from hjdesk.core.tiers import TIERS
from hjdesk.core.model import Indicator

from .gap_format import (
    ALIGN_RIGHT,
    ModelIndex,
    difference_text,
    indicator_text,
    is_main,
    result_text,
    sentence_html,
    status_icon,
    status_name,
    target_text,
)
from .palette import STATUS_COLORS

ObjRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
MainRole = Qt.ItemDataRole.UserRole + 3

class Col(IntEnum):
    INDICATOR = 0
    TARGET = 1
    RESULT = 2
    GAP = 3
    STATUS = 4
    OLD_SOURCE = 5
    NEW_SOURCE = 6


class GapTableModel(QAbstractTableModel):
    """One row per target of the old report (and per headline result with no
    target). A person's corrections show in italics with ✎ and their note."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[GapRow, ...] = ()
        self._main: frozenset[str] = frozenset()
        self._texts = ("", "")

    def set_rows(self, rows: Sequence[GapRow], main_keys: frozenset[str] = frozenset(), *,
                 texts: tuple[str, str] = ("", "")) -> None:
        """``texts`` are the old and new reports' text, for whole-sentence tooltips."""
        self.beginResetModel()
        self._rows, self._main, self._texts = tuple(rows), frozenset(main_keys), texts
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Indicator"), self.tr("Target"), self.tr("Result"), self.tr("Gap"), self.tr("Status"),
                    self.tr("Old report says"), self.tr("New report says"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("Bold: a main target (from the main-targets passage)"),
                    self.tr("What last year's report set as the target"),
                    self.tr("What this year's report says was achieved"),
                    self.tr("Result minus target"), self.tr("Judged against the target; ✎ marks your decision"),
                    self.tr("The target as last year's report words it"),
                    self.tr("The result as this year's report words it"))[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Col.TARGET, Col.RESULT, Col.GAP):
            return ALIGN_RIGHT
        if column == Col.STATUS and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            colors = STATUS_COLORS[row.status]
            return QBrush(colors[0] if role == Qt.ItemDataRole.ForegroundRole else colors[1])
        if role == Qt.ItemDataRole.DecorationRole and column == Col.STATUS:
            return status_icon(row.status)
        if role == ObjRole:
            return row
        if role == SortRole:
            return self._sort_key(row, column)
        if role == MainRole:
            return is_main(row.target, self._main, row)
        return None

    def _corrected(self, row: GapRow, column: Col) -> Indicator | GapRow | None:
        """What a person changed in this cell, if anything."""
        if column == Col.TARGET and row.target is not None and row.target.corrected:
            return row.target
        if column == Col.RESULT and row.actual is not None and row.actual.corrected:
            return row.actual
        return row if column == Col.STATUS and row.decided else None

    def _display(self, row: GapRow, column: Col) -> str:
        mark = " ✎" if self._corrected(row, column) is not None else ""
        if column == Col.INDICATOR:
            return row.indicator
        if column == Col.TARGET:
            return (target_text(row.target) if row.target else "—") + mark
        if column == Col.RESULT:
            return (result_text(row.actual) if row.actual else "—") + mark
        if column == Col.GAP:
            return "" if row.gap is None else difference_text(row.gap, row.gap_unit, row.gap_percent)
        if column == Col.STATUS:
            return status_name(row.status) + mark
        if column == Col.NEW_SOURCE and row.actual is None and row.evidence is not None and self._texts[1]:
            return "“" + self._texts[1][row.evidence[0]:row.evidence[1]] + "”"  # what it says in words
        source = row.target if column == Col.OLD_SOURCE else row.actual
        return source.quote if source else ""

    def _tooltip(self, row: GapRow, column: Col) -> str | None:
        corrected = self._corrected(row, column)
        if corrected is not None:
            note = corrected.note
            return self.tr("Corrected by hand: %1").replace("%1", note) if note else self.tr("Corrected by hand")
        if column in (Col.OLD_SOURCE, Col.NEW_SOURCE):
            source = row.target if column == Col.OLD_SOURCE else row.actual
            text = self._texts[0 if column == Col.OLD_SOURCE else 1]
            if source is None:
                return None
            return f"<p>{sentence_html(text, source) if text else html.escape(source.quote)}</p>"
        if column == Col.INDICATOR and is_main(row.target, self._main, row):
            return self.tr("%1 — a main target").replace("%1", row.indicator)
        return None

    def _font(self, row: GapRow, column: Col) -> QFont | None:
        font = QFont()
        font.setItalic(self._corrected(row, column) is not None)
        font.setBold(column == Col.INDICATOR and is_main(row.target, self._main, row))
        return font if font.italic() or font.bold() else None

    @staticmethod
    def _sort_key(row: GapRow, column: Col) -> Any:
        if column == Col.INDICATOR:
            return row.indicator
        if column == Col.STATUS:
            # main targets first, then by status: the order the engine gives and drafters read in
            tier = TIERS.index(row.tier) if row.tier in TIERS else len(TIERS)
            return tier * 10 + (STATUSES.index(row.status) if row.status in STATUSES else len(STATUSES))
        if column == Col.GAP:
            return row.gap_percent if row.gap_percent is not None else row.gap
        source = row.target if column in (Col.TARGET, Col.OLD_SOURCE) else row.actual
        if source is None:
            return None
        return source.value if column in (Col.TARGET, Col.RESULT) else source.char_start


class PairCol(IntEnum):
    INDICATOR = 0
    LEFT = 1
    RIGHT = 2
    DELTA = 3


class PairTableModel(QAbstractTableModel):
    """Two indicators that measure the same thing, side by side. ``kind`` is
    ``"ambition"`` (new targets against last year's results) or ``"targets"``
    (last year's targets against the new ones)."""

    def __init__(self, kind: str, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._rows: tuple[PairRow, ...] = ()
        self._main: frozenset[str] = frozenset()

    def set_rows(self, rows: Sequence[PairRow], main_keys: frozenset[str] = frozenset()) -> None:
        self.beginResetModel()
        self._rows, self._main = tuple(rows), frozenset(main_keys)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(PairCol)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if self.kind == "ambition":
            return (self.tr("Indicator"), self.tr("New target"), self.tr("Last year's result"),
                    self.tr("Target minus result"))[section]
        return (self.tr("Indicator"), self.tr("Last year's target"), self.tr("New target"),
                self.tr("New minus old"))[section]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], PairCol(index.column())
        side = row.left if column == PairCol.LEFT else row.right if column == PairCol.RIGHT else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == PairCol.INDICATOR:
                return row.indicator
            if column == PairCol.DELTA:
                delta = self._delta(row)
                return "" if delta is None or row.left is None else difference_text(delta, row.left.unit)
            return indicator_text(side) if side else "—"
        if role == Qt.ItemDataRole.ToolTipRole and side is not None:
            return side.quote
        if role == Qt.ItemDataRole.TextAlignmentRole and column != PairCol.INDICATOR:
            return ALIGN_RIGHT
        if role == Qt.ItemDataRole.FontRole and column == PairCol.INDICATOR and is_main(row.left, self._main, row):
            font = QFont()
            font.setBold(True)
            return font
        if role == ObjRole:
            return row
        if role == MainRole:
            return is_main(row.left, self._main, row)
        if role == SortRole:
            if column == PairCol.INDICATOR:
                return row.indicator
            return self._delta(row) if column == PairCol.DELTA else (side.value if side else None)
        return None

    def _delta(self, row: PairRow) -> float | None:
        # The engine gives right minus left; "target minus result" reads better for ambition.
        if row.delta is None:
            return None
        return round(-row.delta if self.kind == "ambition" else row.delta, 4)


class GapFilterProxy(QSortFilterProxyModel):
    """Filters either model by status, by words (indicator name and quotes)
    and to main targets; sorts on :data:`SortRole`, blanks last."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._statuses = frozenset(STATUSES)
        self._text = ""
        self._main_only = False
        self.setSortRole(SortRole)

    def set_statuses(self, statuses: set[str]) -> None:
        self._refilter("_statuses", frozenset(statuses))

    def set_text(self, text: str) -> None:
        self._refilter("_text", text.strip().casefold())

    def set_main_only(self, main_only: bool) -> None:
        self._refilter("_main_only", main_only)

    def _refilter(self, name: str, value: Any) -> None:
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:  # noqa: N802
        index = self.sourceModel().index(source_row, 0, source_parent)
        obj = index.data(ObjRole)
        status = getattr(obj, "status", None)
        if status is not None and status not in self._statuses:
            return False
        if self._main_only and not index.data(MainRole):
            return False
        return not self._text or self._text in _search_text(obj)

    def lessThan(self, left: ModelIndex, right: ModelIndex) -> bool:  # noqa: N802
        a, b = left.data(SortRole), right.data(SortRole)
        if a is None or b is None:
            return a is not None and b is None
        return a < b


def _search_text(obj: GapRow | PairRow) -> str:
    sides = (obj.target, obj.actual) if isinstance(obj, GapRow) else (obj.left, obj.right)
    words = [obj.indicator] + [f"{i.name} {i.quote}" for i in sides if i is not None]
    return " ".join(words).casefold()
