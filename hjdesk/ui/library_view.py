"""The report library: a tree of jurisdiction → year → report, and the view
that imports, files, deletes and picks reports to compare.

The store and the analysis services are imported lazily, inside the worker
functions, because importing them costs about half a second (see
:mod:`hjdesk.ui.library`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (QItemSelectionModel, QModelIndex,
                            QSortFilterProxyModel, Qt, Signal)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QFileDialog, QLabel, QMessageBox, QStackedWidget, QStyle,
                               QToolBar, QTreeView, QVBoxLayout, QWidget)

from .library_model import Col, KeyRole, LibraryModel, ObjRole, SortRole, chronological, describe
from .import_dialog import REPORT_PATTERNS, ImportDialog, import_job, local_paths
from .report_dialog import ReportDialog, save_filing
from .workers import Worker, WorkerPool

if TYPE_CHECKING:
    from hjdesk.store.repository import ReportSummary

    from .library import Library


def _load(library: Library, generation: int) -> tuple[int, list[ReportSummary]]:
    from hjdesk import analysis

    return generation, library.call(analysis.library)


def _delete(library: Library, ids: list[int]) -> list[int]:
    from hjdesk import analysis

    def delete_all(session) -> None:  # one transaction: all the reports go, or none
        for report_id in ids:
            analysis.delete_report(session, report_id)

    library.call(delete_all)
    return ids


class LibraryView(QWidget):
    """The report library as a clerk sees it: a toolbar, the tree, and a hint line.

    Reports are imported from the toolbar, the context menu, or by dropping
    files; two selected reports are compared older → newer; a double-click
    asks for a report's outline. The actions are public so the main window
    can put them in its menus."""

    loaded = Signal()
    load_failed = Signal(str)  # the library could not be read: the sentence shown
    imported = Signal(list)  # ids of the reports an import added
    edited = Signal(int)
    deleted = Signal(list)
    compare_requested = Signal(int, int)  # old id, new id
    outline_requested = Signal(int)

    def __init__(self, library: Library, pool: WorkerPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._library, self._pool = library, pool
        self.model = LibraryModel(self)
        self._proxy = QSortFilterProxyModel(self)
        self._proxy.setSourceModel(self.model)
        self._proxy.setSortRole(SortRole)
        self._generation = 0  # only the newest load is shown; an older one may finish after it
        self._collapsed: set[str] = set()  # groups the user folded; new groups open
        self._select_after_load: set[int] = set()
        self._importing = False
        self._build_actions()
        self._build_ui()
        self._connect()
        self.setAcceptDrops(True)
        self._on_selection_changed()

    def _build_actions(self) -> None:
        pixmap, key = QStyle.StandardPixmap, QKeySequence.StandardKey
        self.import_action = self._action(pixmap.SP_DialogOpenButton, self.tr("&Import…"), self.tr(
            "Import report files (Word, PDF, text, web page) into the library"), QKeySequence(key.Open))
        self.compare_action = self._action(pixmap.SP_FileDialogContentsView, self.tr("&Compare Selected"),
                                           self.tr("Compare the two selected reports, older against newer"))
        # Delete, F2 and F5 act on the library only while it has the focus, not while the user types elsewhere.
        self.edit_action = self._action(pixmap.SP_FileDialogDetailedView, self.tr("&Edit…"), self.tr(
            "Change the jurisdiction, year or drafting round of the report"), QKeySequence(Qt.Key.Key_F2), True)
        self.delete_action = self._action(pixmap.SP_TrashIcon, self.tr("&Delete"),
                                          self.tr("Delete the selected reports from the library"),
                                          QKeySequence(key.Delete), True)
        self.outline_action = self._action(pixmap.SP_FileDialogListView, self.tr("Show &Outline"),
                                           self.tr("Show the outline and text of the report"))
        self.refresh_action = self._action(pixmap.SP_BrowserReload, self.tr("&Refresh"),
                                           self.tr("Read the library again"), QKeySequence(key.Refresh), True)

    def _action(self, icon: QStyle.StandardPixmap, text: str, tip: str, shortcut: QKeySequence | None = None,
                local: bool = False) -> QAction:
        action = QAction(self.style().standardIcon(icon), text, self)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.setIconText(re.sub(r"\(&\w\)|&", "", text))  # no mnemonic on a button: 导入(&I)… → 导入…
        if shortcut is not None:
            action.setShortcut(shortcut)
        if local:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return action

    def _build_ui(self) -> None:
        toolbar = QToolBar(self)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.import_action, self.compare_action, self.edit_action, self.delete_action):
            toolbar.addAction(action)
            toolbar.widgetForAction(action).setAccessibleName(action.iconText())
        self.tree = QTreeView(self)
        self.tree.setModel(self._proxy)
        self.tree.setAccessibleName(self.tr("Report library"))
        self.tree.setSelectionMode(QTreeView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QTreeView.SelectionBehavior.SelectRows)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAllColumnsShowFocus(True)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(Col.NAME, Qt.SortOrder.AscendingOrder)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        separators = [QAction(self) for _ in range(2)]
        for separator in separators:
            separator.setSeparator(True)
        self.tree.addActions([self.outline_action, self.compare_action, separators[0], self.edit_action,
                              self.delete_action, separators[1], self.import_action, self.refresh_action])
        self._empty = QLabel(self.tr("The library is empty.\n\nClick “Import…” to choose report files, "
                                     "or drag Word, PDF or text files here."), self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._empty.setEnabled(False)  # drawn in the palette's muted colour
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.tree)
        self._stack.addWidget(self._empty)
        self._hint = QLabel(self)
        self._hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 4)
        for widget, stretch in ((toolbar, 0), (self._stack, 1), (self._hint, 0)):
            layout.addWidget(widget, stretch)

    def _connect(self) -> None:
        self.import_action.triggered.connect(self.ask_import)
        self.compare_action.triggered.connect(self._on_compare_action_triggered)
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action.triggered.connect(self.delete_selected)
        self.outline_action.triggered.connect(self._on_outline_action_triggered)
        self.refresh_action.triggered.connect(self.refresh)
        self.tree.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.tree.doubleClicked.connect(self._on_tree_double_clicked)
        self.tree.collapsed.connect(lambda index: self._collapsed.add(index.data(KeyRole)))
        self.tree.expanded.connect(lambda index: self._collapsed.discard(index.data(KeyRole)))

    # the public interface ----------------------------------------------------------

    def refresh(self) -> None:
        """Read the library again on a worker, keeping selection and folding; emits ``loaded``."""
        self._generation += 1
        worker = Worker(_load, self._library, self._generation)
        worker.signals.finished.connect(self._on_load_finished)
        worker.signals.failed.connect(self._on_load_failed)
        self._pool.start(worker)

    def selected_reports(self) -> list[ReportSummary]:
        """The selected reports, oldest first."""
        rows = self.tree.selectionModel().selectedRows(Col.NAME)
        return sorted((r for r in (i.data(ObjRole) for i in rows) if r is not None), key=chronological)

    def select_reports(self, ids: Sequence[int]) -> None:
        """Select the reports with these ids (others are deselected) and show the first."""
        selection = self.tree.selectionModel()
        selection.clearSelection()
        rows = [i for i in self._rows() if i.data(ObjRole) is not None and i.data(ObjRole).id in ids]
        for index in rows:
            selection.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        if rows:
            selection.setCurrentIndex(rows[0], QItemSelectionModel.SelectionFlag.NoUpdate)
            self.tree.scrollTo(rows[0])

    def ask_import(self) -> ImportDialog | None:
        """Let the user choose report files, then import them."""
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import Reports"), "",
            self.tr("Reports ({patterns});;All files (*)").format(patterns=REPORT_PATTERNS))
        return self.import_paths(paths) if paths else None

    def import_paths(self, paths: Sequence[str]) -> ImportDialog | None:
        """Import files on a worker with a progress dialog that ends listing what
        failed and why; None if another import is still running."""
        if not paths or self._importing or not self._library.writable(self):
            return None
        self._importing = True
        self._on_selection_changed()
        worker = Worker(import_job, self._library, list(paths))
        dialog = ImportDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.attach(worker)
        worker.signals.finished.connect(self._on_import_finished)
        worker.signals.cancelled.connect(self._on_import_stopped)
        worker.signals.failed.connect(self._on_import_stopped)
        self._pool.start(worker)
        dialog.show()
        return dialog

    def delete_selected(self) -> None:
        """Delete the selected reports once the user has confirmed, naming them."""
        reports = self.selected_reports()
        if not reports:
            return
        names = "\n".join("• " + self.tr("{report}, file {source}").format(report=describe(r), source=r.source_name)
                          for r in reports)
        answer = QMessageBox.question(
            self, self.tr("Delete Reports"),
            self.tr("Delete the following from the library?\n\n{names}\n\nYour corrections are kept and apply "
                    "again if the same text is imported later.").format(names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        worker = Worker(_delete, self._library, [r.id for r in reports])
        worker.signals.finished.connect(self._on_delete_finished)
        worker.signals.failed.connect(self._on_change_failed)
        self._pool.start(worker)

    def edit_selected(self) -> ReportDialog | None:
        """Open the filing dialog (jurisdiction, year, drafting round) for the one selected report."""
        reports = self.selected_reports()
        if len(reports) != 1:
            return None
        dialog = ReportDialog(reports[0], self.model.jurisdictions(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filed.connect(self._on_dialog_filed)
        dialog.open()
        return dialog

    # files dropped on the library ----------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if not self._importing and local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = local_paths(event.mimeData())
        if paths and self.import_paths(paths) is not None:
            event.acceptProposedAction()

    # slots ----------------------------------------------------------------------------

    def _on_load_finished(self, result: tuple[int, list[ReportSummary]]) -> None:
        generation, reports = result
        if generation != self._generation:
            return
        keep = {r.id for r in self.selected_reports()} | self._select_after_load
        self._select_after_load = set()
        self.model.set_reports(reports)
        self._stack.setCurrentWidget(self.tree if reports else self._empty)
        for index in self._rows():  # not expandAll(): it reports every group as expanded by the user
            if index.data(ObjRole) is None:
                self.tree.setExpanded(index, index.data(KeyRole) not in self._collapsed)
        self.select_reports(sorted(keep))
        for column in Col:  # whole names first; a narrow dock scrolls sideways
            self.tree.resizeColumnToContents(column)
        self._on_selection_changed()
        self.loaded.emit()

    def _rows(self, parent: QModelIndex = QModelIndex()):
        for row in range(self._proxy.rowCount(parent)):
            index = self._proxy.index(row, Col.NAME, parent)
            yield index
            yield from self._rows(index)

    def _on_selection_changed(self, *_: Any) -> None:
        reports = self.selected_reports()
        self.compare_action.setEnabled(len(reports) == 2)
        writable = not self._library.read_only
        self.edit_action.setEnabled(len(reports) == 1 and writable)
        self.outline_action.setEnabled(len(reports) == 1)
        self.delete_action.setEnabled(bool(reports) and writable)
        self.import_action.setEnabled(not self._importing and writable)
        self._hint.setText(self._hint_text(reports))

    def _hint_text(self, reports: list[ReportSummary]) -> str:
        if len(reports) == 2:
            return self.tr("Click “Compare Selected” to compare {old} with {new}.").format(
                old=describe(reports[0]), new=describe(reports[1]))
        if len(reports) > 2:
            return self.tr("Selected: {count} reports. A comparison needs exactly two.").format(count=len(reports))
        if reports:
            return self.tr("Hold Ctrl and click a second report to compare the two.")
        count = sum(1 for index in self._rows() if index.data(ObjRole) is not None)
        if not count:
            return ""  # the empty library explains itself
        return self.tr("Reports in the library: {count}. Select two to compare them; double-click one for its "
                       "outline.").format(count=count)

    def _on_compare_action_triggered(self) -> None:
        reports = self.selected_reports()
        if len(reports) == 2:
            self.compare_requested.emit(reports[0].id, reports[1].id)

    def _on_outline_action_triggered(self) -> None:
        reports = self.selected_reports()
        if len(reports) == 1:
            self.outline_requested.emit(reports[0].id)

    def _on_tree_double_clicked(self, index: QModelIndex) -> None:
        report = index.siblingAtColumn(Col.NAME).data(ObjRole)
        if report is not None:
            self.outline_requested.emit(report.id)

    def _on_import_finished(self, outcomes: list) -> None:
        self._importing = False
        self._select_after_load = {o.report_id for o in outcomes if o.report_id is not None}
        self.imported.emit([o.report_id for o in outcomes if o.created])
        self.refresh()

    def _on_import_stopped(self, *_: Any) -> None:
        self._importing = False
        self.refresh()  # the files imported before the stop are in the library

    def _on_delete_finished(self, ids: list[int]) -> None:
        self.deleted.emit(ids)
        self.refresh()

    def _on_dialog_filed(self, report_id: int, jurisdiction: str, year: int | None, label: str) -> None:
        worker = Worker(save_filing, self._library, report_id, jurisdiction, year, label)
        worker.signals.finished.connect(self._on_edit_finished)
        worker.signals.failed.connect(self._on_change_failed)
        self._pool.start(worker)

    def _on_edit_finished(self, report_id: int) -> None:
        self._select_after_load = {report_id}
        self.edited.emit(report_id)
        self.refresh()

    def _on_worker_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Report library"), message)

    def _on_load_failed(self, message: str) -> None:
        """The library could not be read (unreachable, held by another program,
        damaged): say so, and offer to try again."""
        self.load_failed.emit(message)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Report library"), message,
                          QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close, self)
        box.setDefaultButton(QMessageBox.StandardButton.Retry)
        if box.exec() == QMessageBox.StandardButton.Retry:
            self.refresh()

    def _on_change_failed(self, message: str) -> None:
        self._on_worker_failed(message)
        self.refresh()  # show the library as it is, e.g. without a report another window deleted
