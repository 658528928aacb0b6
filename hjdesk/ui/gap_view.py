"""The gap table page: last year's targets against this year's results, two
side tables, a filter bar, and under the table the two source sentences of
the selected row.

Edits go through :mod:`hjdesk.ui.gap_edit` onto the window's undo stack."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QMenu,
                               QPushButton, QSplitter, QStackedWidget, QTabBar, QTableView, QToolButton, QVBoxLayout, QWidget)

from hjdesk.core.gaps import STATUSES, GapRow, PairRow

from .gap_detail import GapDetail
from .gap_edit import GapEditDialog, GapEditor
from .gap_format import (main_keys, status_icon, status_name)
from .gap_model import Col, GapFilterProxy, GapTableModel, ObjRole, PairCol, PairTableModel
from .library import Library

if TYPE_CHECKING:
    from hjdesk.analysis import GapAnalysis

_PAGES = ("gaps", "ambition", "targets")


class GapView(QWidget):
    """The gap table of one report pair, with its filter bar and detail panel."""

    jump_requested = Signal(str, int, int)
    row_selected = Signal(int)
    #: The library changed under the table (an edit, its undo): the new GapAnalysis,
    #: for whoever shows the same rows elsewhere (the gap chart).
    analysis_changed = Signal(object)

    def __init__(self, library: Library, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._editor = GapEditor(library, undo_stack, self.reload, self)
        self._pair: tuple[int, int] | None = None
        self._analysis: GapAnalysis | None = None
        self._gap_model = GapTableModel(self)
        self._pair_models = {kind: PairTableModel(kind, self) for kind in _PAGES[1:]}
        self._proxies = {kind: GapFilterProxy(self) for kind in _PAGES}
        self._proxies["gaps"].setSourceModel(self._gap_model)
        for kind, model in self._pair_models.items():
            self._proxies[kind].setSourceModel(model)
        self._build_ui()
        self._build_actions()
        self._connect()
        self._detail.show_hint(self.tr("Choose two reports to see how last year's targets turned out."))

    # building ------------------------------------------------------------

    def _build_ui(self) -> None:
        self._title = QLabel()
        self._title.setWordWrap(True)
        self._tabs = QTabBar()
        for text in (self.tr("Targets against results"), self.tr("New targets against last year's results"),
                     self.tr("Last year's targets against new targets")):
            self._tabs.addTab(text)
        self._tabs.setExpanding(False)
        self._status_buttons = {status: self._status_button(status) for status in STATUSES}
        self._main_only = QCheckBox(self.tr("Main targets only"))
        self._main_only.setToolTip(self.tr("Only the targets stated in the main-targets passage of last year's report"))
        self._search = QLineEdit()
        self._search.setPlaceholderText(self.tr("Find an indicator or wording"))
        self._search.setClearButtonEnabled(True)
        self._search.setMinimumWidth(200)
        self._edit_button = QPushButton(self.tr("Edit…"))
        self._edit_button.setToolTip(self.tr("Correct the selected row (F2)"))
        self._tables = {kind: self._table(kind) for kind in _PAGES}
        self._stack = QStackedWidget()
        for kind in _PAGES:
            self._stack.addWidget(self._tables[kind])
        self._detail = GapDetail()
        self._detail.setObjectName("gap_detail")
        self._search.setObjectName("gap_search")
        self._main_only.setObjectName("gap_main_only")
        self._tabs.setObjectName("gap_tabs")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._stack)
        splitter.addWidget(self._detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # Search and edit share the title's line, so the filter line stays short
        # enough for a laptop screen beside the window's report list.
        top = QHBoxLayout()
        top.addWidget(self._title, 1)
        top.addWidget(self._search)
        top.addWidget(self._edit_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._tabs)
        layout.addLayout(self._filter_bar())
        layout.addWidget(splitter, 1)
        self._size_columns()

    def _filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        bar.setSpacing(4)
        self._show_label = QLabel(self.tr("Show:"))
        bar.addWidget(self._show_label)
        for button in self._status_buttons.values():
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self._main_only)
        bar.addStretch(1)
        return bar

    def _status_button(self, status: str) -> QToolButton:
        button = QToolButton()
        button.setCheckable(True)
        button.setChecked(True)
        button.setIcon(status_icon(status))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setToolTip(self.tr("Show or hide the rows marked “%1”").replace("%1", status_name(status)))
        return button

    def _table(self, kind: str) -> QTableView:
        table = QTableView()
        table.setObjectName(f"{kind}_table")
        table.setModel(self._proxies[kind])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setHighlightSections(False)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # No sort column: the side tables keep the engine's order until a header is clicked.
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        return table

    def _size_columns(self) -> None:
        em = self.fontMetrics().horizontalAdvance("字")
        widths = {Col.INDICATOR: 13, Col.TARGET: 7, Col.RESULT: 8, Col.GAP: 9, Col.STATUS: 6, Col.OLD_SOURCE: 17}
        gaps = self._tables["gaps"]
        for column, width in widths.items():
            gaps.setColumnWidth(column, width * em)
        gaps.sortByColumn(Col.STATUS, Qt.SortOrder.AscendingOrder)
        for kind in _PAGES[1:]:
            table = self._tables[kind]
            for column in PairCol:
                table.setColumnWidth(column, (16 if column == PairCol.INDICATOR else 10) * em)
            table.horizontalHeader().setStretchLastSection(False)

    def _fit_columns(self) -> None:
        """Fit the number and status columns to a new pair's contents; a
        reload keeps the widths the person chose."""
        em = self.fontMetrics().horizontalAdvance("字")
        gaps = self._tables["gaps"]
        for column in (Col.TARGET, Col.RESULT, Col.GAP, Col.STATUS):
            gaps.resizeColumnToContents(column)
            gaps.setColumnWidth(column, min(gaps.columnWidth(column) + em // 2, 14 * em))

    def _build_actions(self) -> None:
        self.edit_action = QAction(self.tr("Edit…"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.clear_action = QAction(self.tr("Clear my decision"), self)
        self.old_action = QAction(self.tr("Show in last year's report"), self)
        self.new_action = QAction(self.tr("Show in this year's report"), self)
        self._tables["gaps"].addAction(self.edit_action)

    def _connect(self) -> None:
        self._tabs.currentChanged.connect(self._on_tabs_current_changed)
        for button in self._status_buttons.values():
            button.toggled.connect(self._on_status_toggled)
        self._main_only.toggled.connect(self._on_main_only_toggled)
        self._search.textChanged.connect(self._on_search_text_changed)
        self._edit_button.clicked.connect(self.edit_current)
        self.edit_action.triggered.connect(self.edit_current)
        self.clear_action.triggered.connect(self.clear_current_decision)
        self.old_action.triggered.connect(lambda: self._jump_to(self.current_row(), "old"))
        self.new_action.triggered.connect(lambda: self._jump_to(self.current_row(), "new"))
        self._detail.jump_requested.connect(self.jump_requested)
        for table in self._tables.values():
            table.doubleClicked.connect(self._on_table_double_clicked)
            table.selectionModel().currentRowChanged.connect(self._show_detail)
        self._tables["gaps"].selectionModel().currentRowChanged.connect(self._on_gaps_current_row_changed)
        self._tables["gaps"].customContextMenuRequested.connect(self._on_gaps_context_menu)

    # public interface ------------------------------------------------------

    def set_analysis(self, old_id: int, new_id: int, analysis: GapAnalysis, ambition: Sequence[PairRow] = (),
                     targets: Sequence[PairRow] = ()) -> None:
        """Show the gap table of OLD → NEW and its two side tables."""
        first = self._pair != (old_id, new_id)
        self._pair, self._analysis = (old_id, new_id), analysis
        self._editor.set_pair(old_id, new_id, analysis.table.year)
        place = None if first else self._place()
        old, new = analysis.old.parsed, analysis.new.parsed
        rows = analysis.table.rows
        self._gap_model.set_rows(rows, main_keys(old, [r.target for r in rows if r.target]),
                                 texts=(old.text, new.text))
        self._pair_models["ambition"].set_rows(ambition, main_keys(new, [r.left for r in ambition if r.left]))
        self._pair_models["targets"].set_rows(targets, main_keys(old, [r.left for r in targets if r.left]))
        self._update_title()
        self._update_counts()
        if place is not None:
            self._restore(place)
        else:
            self._fit_columns()
        self._show_detail()

    def reload(self) -> None:
        """Read the pair again from the library (after an edit), keeping the
        selection and the scroll position."""
        if self._pair is None:
            return
        old_id, new_id = self._pair
        call = self._library.call
        from hjdesk.analysis import ambition_for, gaps_for, targets_against_targets

        self.set_analysis(old_id, new_id, call(gaps_for, old_id, new_id), call(ambition_for, old_id, new_id),
                          call(targets_against_targets, old_id, new_id))
        self.analysis_changed.emit(self._analysis)

    def select_row(self, index: int) -> None:
        """Select row ``index`` of the gap table (the engine's order), showing
        it even if the filters hid it."""
        self._tabs.setCurrentIndex(0)
        proxy, table = self._proxies["gaps"], self._tables["gaps"]
        source = self._gap_model.index(index, 0)
        if not source.isValid():
            return
        if not proxy.mapFromSource(source).isValid():
            self._reset_filters()
        self._select(table, proxy.mapFromSource(source))

    def current_row(self) -> GapRow | None:
        """The selected row of the gap table, if any."""
        index = self._tables["gaps"].selectionModel().currentIndex()
        return index.data(ObjRole) if index.isValid() else None

    def focus_search(self) -> None:
        """Put the cursor in the search field (the window binds Ctrl+F to this)."""
        self._search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._search.selectAll()

    def edit_current(self) -> GapEditDialog | None:
        """Open the edit dialog for the selected row; OK pushes its commands."""
        row = self.current_row()
        if row is None or self._stack.currentIndex() != 0:
            return None
        return self._editor.edit(row)

    def clear_current_decision(self) -> None:
        """Withdraw the person's decision on the selected row (undoable)."""
        row = self.current_row()
        if row is not None:
            self._editor.clear_decision(row)

    # internals ---------------------------------------------------------------

    def _current_kind(self) -> str:
        return _PAGES[self._stack.currentIndex()]

    def _place(self) -> dict[str, tuple[str | None, int]]:
        """Per table: the selected row's identity and the scroll position."""
        place = {}
        for kind, table in self._tables.items():
            index = table.selectionModel().currentIndex()
            place[kind] = (_identity(index.data(ObjRole)) if index.isValid() else None,
                           table.verticalScrollBar().value())
        return place

    def _restore(self, place: dict[str, tuple[str | None, int]]) -> None:
        for kind, (identity, scroll) in place.items():
            table, proxy = self._tables[kind], self._proxies[kind]
            table.verticalScrollBar().setValue(scroll)
            rows = (proxy.index(r, 0) for r in range(proxy.rowCount() if identity is not None else 0))
            index = next((i for i in rows if _identity(i.data(ObjRole)) == identity), None)
            if index is not None:
                self._select(table, index)

    @staticmethod
    def _select(table: QTableView, index: QModelIndex) -> None:
        """Select a row and scroll only as far as needed to show it (an edit
        can move it to another status group)."""
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        table.selectionModel().setCurrentIndex(index, flags)
        table.scrollTo(index)

    def _reset_filters(self) -> None:
        for button in self._status_buttons.values():
            button.setChecked(True)
        self._main_only.setChecked(False)
        self._search.clear()

    def _update_title(self) -> None:
        analysis = self._analysis
        if analysis is None:
            return
        year = analysis.table.year
        text = self.tr("Targets set for %1 in “%2”, checked against “%3”").replace(
            "%1", str(year) if year else "?").replace("%2", analysis.old.title).replace("%3", analysis.new.title)
        self._title.setText(f"<b>{html.escape(text)}</b>")

    def _update_counts(self) -> None:
        rows = self._analysis.table.rows if self._analysis else ()
        for status, button in self._status_buttons.items():
            count = sum(1 for row in rows if row.status == status)
            button.setText(f"{status_name(status)} {count}")

    def _show_detail(self, *_) -> None:
        kind = self._current_kind()
        index = self._tables[kind].selectionModel().currentIndex()
        analysis = self._analysis
        if analysis is None:
            return
        if self._proxies[kind].sourceModel().rowCount() == 0:
            self._detail.show_hint(self.tr("No rows: the reports give nothing to compare here."))
        elif not index.isValid():
            self._detail.show_hint(self.tr("Select a row to see the sentences its numbers come from."))
        elif kind == "gaps":
            self._detail.show_gap_row(analysis, index.data(ObjRole))
        else:
            model = self._pair_models[kind]
            headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in (PairCol.LEFT, PairCol.RIGHT)]
            self._detail.show_pair_row(analysis, kind, index.data(ObjRole), headers)

    def _jump_to(self, obj: GapRow | PairRow | None, side: str | None = None) -> None:
        if obj is None:
            return
        if isinstance(obj, GapRow):
            sides = {"old": obj.target, "new": obj.actual}
        else:
            sides = {"new" if self._current_kind() == "ambition" else "old": obj.left}
            sides = {**sides, "new": obj.right} if obj.right is not None else sides
        if side is None:
            side = "new" if sides.get("new") is not None else "old"
        indicator = sides.get(side)
        if indicator is not None:
            self.jump_requested.emit(side, indicator.char_start, indicator.char_end)

    # slots ---------------------------------------------------------------------

    def _on_tabs_current_changed(self, index: int) -> None:
        self._stack.setCurrentIndex(index)
        # Statuses and edits belong to the gap table; the side tables have neither.
        for widget in (self._show_label, self._edit_button, *self._status_buttons.values()):
            widget.setVisible(index == 0)
        self._show_detail()

    def _on_status_toggled(self) -> None:
        self._proxies["gaps"].set_statuses({s for s, b in self._status_buttons.items() if b.isChecked()})

    def _on_main_only_toggled(self, checked: bool) -> None:
        for proxy in self._proxies.values():
            proxy.set_main_only(checked)

    def _on_search_text_changed(self, text: str) -> None:
        for proxy in self._proxies.values():
            proxy.set_text(text)

    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        self._jump_to(index.data(ObjRole))

    def _on_gaps_current_row_changed(self, current: QModelIndex) -> None:
        if current.isValid():
            self.row_selected.emit(self._proxies["gaps"].mapToSource(current).row())

    def _on_gaps_context_menu(self, position) -> None:
        row = self.current_row()
        if row is None:
            return
        self.clear_action.setEnabled(row.decided and row.target is not None)
        self.old_action.setEnabled(row.target is not None)
        self.new_action.setEnabled(row.actual is not None)
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addAction(self.clear_action)
        menu.addSeparator()
        menu.addAction(self.old_action)
        menu.addAction(self.new_action)
        menu.popup(self._tables["gaps"].viewport().mapToGlobal(position))
        menu.aboutToHide.connect(menu.deleteLater)


def _identity(obj: GapRow | PairRow | None) -> str | None:
    """What names a row across reloads: its target (or its result when it has none)."""
    if isinstance(obj, GapRow):
        return f"t:{obj.target.key}" if obj.target else f"a:{obj.actual.key}" if obj.actual else obj.indicator
    if isinstance(obj, PairRow):
        return f"l:{obj.left.key}" if obj.left else obj.indicator
    return None
