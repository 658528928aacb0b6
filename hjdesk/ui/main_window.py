"""The main window: composes the library dock, the comparison, the gap table
and the charts, and wires them together. It decides nothing itself: each
feature lives in its own view with a public interface."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QApplication, QDockWidget, QLabel, QMainWindow, QMessageBox, QProgressBar,
                               QTabWidget, QWidget)

from .check_view import CheckView
from .compare_view import CompareView
from .gap_view import GapView
from .library import Library
from .library_view import LibraryView
from .loaders import GapData, load_check, load_gaps, load_report
from .outline_view import OutlineView
from .settings import Settings
from .workers import Worker, WorkerPool

COMPARE_TAB, GAPS_TAB, CHARTS_TAB, CHECK_TAB = 0, 1, 2, 3


class MainWindow(QMainWindow):
    """``comparison_opened(old, new)`` fires when a comparison and its gap
    table are both on screen; ``language_requested`` asks the application to
    rebuild the window in another language."""

    comparison_opened = Signal(int, int)
    gaps_loaded = Signal()
    check_loaded = Signal()
    language_requested = Signal(str)

    def __init__(self, library: Library, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.settings = library, settings
        self.pool = WorkerPool(self)
        self.undo_stack = QUndoStack(self)
        self.gap_data: GapData | None = None
        self._pair: tuple[int, int] | None = None
        self._build_ui()
        self._build_actions()
        self._build_menus()
        self._connect()
        self._restore()

    # building ---------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("hjdesk — work report comparison"))
        self.setAcceptDrops(True)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.compare_view = CompareView(self.library, self.pool, self.undo_stack, self)
        self.gap_view = GapView(self.library, self.undo_stack, self)
        self.charts_holder = QWidget(self)  # the charts are built when first shown: pyqtgraph is slow to import
        self.charts_view = None
        self.tabs.addTab(self.compare_view, self.tr("Comparison"))
        self.tabs.addTab(self.gap_view, self.tr("Targets and results"))
        self.tabs.addTab(self.charts_holder, self.tr("Charts"))
        self.check_view = CheckView(self.library, self.undo_stack, self)
        self.tabs.addTab(self.check_view, self.tr("Draft check"))
        self.setCentralWidget(self.tabs)
        self.library_view = LibraryView(self.library, self.pool, self)
        self.library_dock = QDockWidget(self.tr("Report library"), self)
        self.library_dock.setObjectName("library_dock")
        self.library_dock.setWidget(self.library_view)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        self.outline_view = OutlineView(self)
        self.outline_dock = QDockWidget(self.tr("Outline"), self)
        self.outline_dock.setObjectName("outline_dock")
        self.outline_dock.setWidget(self.outline_view)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.outline_dock)
        self.outline_dock.hide()
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(200)
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.status_label = QLabel(self)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.tabs.setAccessibleName(self.tr("Views"))

    def _action(self, text: str, slot, shortcut=None, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setCheckable(checkable)
        action.setStatusTip(text)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.quit_action = self._action(self.tr("E&xit"), self.close, QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence.StandardKey.Redo])
        self.find_action = self._action(self.tr("&Find in the gap table"), self._on_find, QKeySequence.StandardKey.Find)
        self.bigger_action = self._action(self.tr("&Larger text"), lambda: self.change_text_size(1),
                                          QKeySequence.StandardKey.ZoomIn)
        self.bigger_action.setShortcuts([QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")])
        self.smaller_action = self._action(self.tr("&Smaller text"), lambda: self.change_text_size(-1),
                                           QKeySequence.StandardKey.ZoomOut)
        self.tab_actions = [self._action(self.tabs.tabText(i), lambda _=False, i=i: self.show_tab(i),
                                         QKeySequence(f"Ctrl+{i + 1}")) for i in range(self.tabs.count())]
        self.language_group = QActionGroup(self)
        self.language_actions = {
            "zh_CN": self._action("中文", lambda: self._on_language("zh_CN"), checkable=True),
            "en": self._action("English", lambda: self._on_language("en"), checkable=True),
        }
        for code, action in self.language_actions.items():
            self.language_group.addAction(action)
            action.setChecked(code == self.settings.language)
        self.about_action = self._action(self.tr("&About hjdesk"), self._on_about)
        self.save_gap_chart_action = self._action(self.tr("Save the &targets chart…"),
                                                  lambda: self._save_chart("gap_chart"))
        self.save_trend_chart_action = self._action(self.tr("Save the t&rend chart…"),
                                                    lambda: self._save_chart("trend_chart"))
        from .print_export import PrintExport

        self.print_export = PrintExport(self)

    def _build_menus(self) -> None:
        lib = self.library_view
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (lib.import_action, lib.compare_action, lib.outline_action, lib.refresh_action, None,
                       lib.edit_action, lib.delete_action, None, self.print_export.preview_action,
                       self.print_export.print_action, self.print_export.check_action, None, self.save_gap_chart_action,
                       self.save_trend_chart_action, None, self.quit_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        file_menu.insertMenu(self.print_export.print_action, self.print_export.export_menu)
        file_menu.insertSeparator(self.save_gap_chart_action)
        self.recent_menu = file_menu.addMenu(self.tr("Recent comparisons"))
        file_menu.insertMenu(lib.edit_action, self.recent_menu)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        gaps = self.gap_view
        for action in (self.undo_action, self.redo_action, None, self.find_action, None, gaps.edit_action,
                       gaps.clear_action, gaps.old_action, gaps.new_action, None, self.check_view.dismiss_action,
                       self.check_view.restore_action):
            edit_menu.addSeparator() if action is None else edit_menu.addAction(action)
        compare = self.compare_view
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.library_dock.toggleViewAction())
        view_menu.addAction(self.outline_dock.toggleViewAction())
        view_menu.addSeparator()
        for action in self.tab_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        for action in (*compare.mode_actions.values(), None, compare.prev_action, compare.next_action,
                       compare.fold_action, *compare.ignore_actions.values(), None, self.bigger_action,
                       self.smaller_action):
            view_menu.addSeparator() if action is None else view_menu.addAction(action)
        language_menu = view_menu.addMenu(self.tr("&Language"))
        for action in self.language_actions.values():
            language_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        self.library_dock.toggleViewAction().setText(self.tr("Report library"))
        self.outline_dock.toggleViewAction().setText(self.tr("Outline"))

    def _connect(self) -> None:
        self.library_view.compare_requested.connect(self.open_comparison)
        self.library_view.outline_requested.connect(self.show_outline)
        self.library_view.loaded.connect(self._on_library_loaded)
        self.compare_view.status_message.connect(self.status_label.setText)
        self.print_export.status_message.connect(self.status_label.setText)
        self.print_export.failed.connect(self._on_failed)
        self.compare_view.failed.connect(self._on_failed)
        self.compare_view.loaded.connect(self._on_part_loaded)
        self.gap_view.jump_requested.connect(self.jump_to)
        self.check_view.jump_requested.connect(self.jump_to)
        self.gap_view.analysis_changed.connect(self._on_analysis_changed)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        for name, action in self.compare_view.ignore_actions.items():
            action.toggled.connect(lambda on, name=name: self.settings.set_flag(name, on))
        self.compare_view.fold_action.toggled.connect(lambda on: self.settings.set_flag("fold", on))

    def _restore(self) -> None:
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        else:
            self.resize(1500, 920)
        if self.settings.window_state is not None:
            self.restoreState(self.settings.window_state)
        for name, action in self.compare_view.ignore_actions.items():
            action.setChecked(self.settings.flag(name))
        self.compare_view.set_folded(self.settings.flag("fold"))
        self.apply_text_size()
        self._rebuild_recent()

    # the library ---------------------------------------------------------------

    def start(self, comparison: tuple[int, int] | None = None) -> None:
        """Open the library on a worker (migrating it if needed) and fill the
        dock; then open ``comparison`` if given."""
        self._busy(self.tr("Opening the report library…"))
        self.library_view.refresh()
        if comparison is not None:
            self.open_comparison(*comparison)  # alongside the library list, not after it

    def start_after(self, prepare) -> None:
        """Run ``prepare`` on a worker (it builds the demo library and names
        the comparison to open), then open the library and that comparison."""
        self._busy(self.tr("Preparing the demo library…"))
        worker = Worker(prepare)
        worker.signals.finished.connect(self.start)
        worker.signals.failed.connect(self._on_failed)
        self.pool.start(worker)

    def _on_library_loaded(self) -> None:
        """A read-only library says so in the title and the status bar, for as long as it is open."""
        if self.library.read_only:
            from .library import read_only_sentence

            self.setWindowTitle(self.tr("hjdesk — work report comparison (read-only library)"))
            self.status_label.setText(read_only_sentence())

    def _rebuild_recent(self) -> None:
        self.recent_menu.clear()
        for old, new, mode, label in self.settings.recent(self.library.url or ""):
            action = self.recent_menu.addAction(label or self.tr("Report {old} → report {new}").format(old=old, new=new))
            action.triggered.connect(lambda _=False, o=old, n=new, m=mode: self.open_comparison(o, n, m))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def open_comparison(self, old_id: int, new_id: int, mode: str | None = None) -> None:
        """Show the comparison and the gap table of two reports."""
        self._pair = (old_id, new_id)
        self._waiting = {"compare", "gaps"}
        self._busy(self.tr("Comparing report {old} with report {new}…").format(old=old_id, new=new_id))
        self.compare_view.open_pair(old_id, new_id, mode)
        worker = Worker(self.library.call, load_gaps, old_id, new_id)
        worker.signals.finished.connect(self._on_gaps_loaded)
        worker.signals.failed.connect(self._on_failed)
        self.pool.start(worker)
        self.check_view.clear()
        checking = Worker(self.library.call, load_check, new_id, old_id)  # this year's draft against last year's
        checking.signals.finished.connect(self._on_check_loaded)
        checking.signals.failed.connect(self._on_failed)
        self.pool.start(checking)

    def comparison_pair(self) -> tuple[int, int] | None:
        """The (old, new) reports on screen, None before a comparison is opened."""
        return self._pair

    def _on_gaps_loaded(self, data: GapData) -> None:
        if (data.old_id, data.new_id) != self._pair:
            return
        self.gap_data = data
        self.gap_view.set_analysis(data.old_id, data.new_id, data.analysis, data.ambition, data.targets)
        if self.charts_view is not None:
            self.charts_view.set_data(data)
        self.gaps_loaded.emit()
        self._on_part_loaded("gaps")

    def _on_check_loaded(self, check) -> None:
        if (check.against.id if check.against else None, check.draft.id) == self._pair:
            self.check_view.set_check(check)
            self.check_loaded.emit()

    def _on_analysis_changed(self, analysis) -> None:
        """An edit changed the gap table: the charts follow."""
        if self.gap_data is not None:
            from dataclasses import replace

            self.gap_data = replace(self.gap_data, analysis=analysis)
            if self.charts_view is not None:
                self.charts_view.set_data(self.gap_data)

    def _on_part_loaded(self, part: str = "compare") -> None:
        waiting = getattr(self, "_waiting", set())
        waiting.discard(part)
        if not waiting and self._pair is not None:
            self._idle()
            data = self.compare_view.data
            label = f"{data.old_title} → {data.new_title}" if data is not None else ""
            self.settings.add_recent(self.library.url or "", *self._pair, self.compare_view.mode(), label)
            self._rebuild_recent()
            self.comparison_opened.emit(*self._pair)

    def show_outline(self, report_id: int) -> None:
        """Read a report on a worker and show its outline beside the views."""
        worker = Worker(self.library.call, load_report, report_id)
        worker.signals.finished.connect(self._on_outline_loaded)
        worker.signals.failed.connect(self._on_failed)
        self.pool.start(worker)

    def _on_outline_loaded(self, report) -> None:
        self.outline_view.set_report(report)
        if not self.outline_dock.isVisible():
            self.outline_dock.show()
            # the outline is a tree beside the section's text: give it room to read both
            self.resizeDocks([self.outline_dock], [max(640, self.width() // 3)], Qt.Orientation.Horizontal)

    # moving between views --------------------------------------------------------

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def jump_to(self, side: str, start: int, end: int) -> None:
        """Open the comparison at a sentence a gap row points to."""
        self.show_tab(COMPARE_TAB)
        self.compare_view.show_offset(side, start, end)

    def _on_tab_changed(self, index: int) -> None:
        if index == CHARTS_TAB and self.charts_view is None:
            self.ensure_charts()

    def ensure_charts(self):
        """Build the charts tab (imports pyqtgraph) and feed it what is loaded."""
        if self.charts_view is None:
            from .charts_view import ChartsView

            self.charts_view = ChartsView(self.charts_holder)
            self.charts_view.show()
            self.charts_view.row_clicked.connect(self._on_chart_row_clicked)
            from PySide6.QtWidgets import QVBoxLayout

            layout = QVBoxLayout(self.charts_holder)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.charts_view)
            if self.gap_data is not None:
                self.charts_view.set_data(self.gap_data)
        return self.charts_view

    def _on_chart_row_clicked(self, index: int) -> None:
        self.gap_view.select_row(index)
        self.show_tab(GAPS_TAB)

    def _save_chart(self, name: str) -> None:
        self.show_tab(CHARTS_TAB)
        charts = self.ensure_charts()
        charts.save(getattr(charts, name))

    def _on_find(self) -> None:
        self.show_tab(GAPS_TAB)
        self.gap_view.focus_search()

    # text size, language, messages --------------------------------------------------

    def change_text_size(self, step: int) -> None:
        self.settings.text_size_delta = self.settings.text_size_delta + step
        self.apply_text_size()

    def apply_text_size(self) -> None:
        """The system's text size plus the person's Ctrl+plus/minus steps."""
        app = QApplication.instance()
        base = getattr(app, "hjdesk_base_point_size", None) or app.font().pointSizeF()
        app.hjdesk_base_point_size = base
        font = app.font()
        font.setPointSizeF(max(6.0, base + self.settings.text_size_delta))
        app.setFont(font)

    def _on_language(self, language: str) -> None:
        if language != self.settings.language:
            self.settings.language = language
            self.language_requested.emit(language)

    def _on_about(self) -> None:
        from hjdesk import __version__

        QMessageBox.about(self, self.tr("About hjdesk"), self.tr(
            "hjdesk {version}\nCompares government work reports across years and checks last year's targets "
            "against this year's results. It never connects to a network.").format(version=__version__))

    def _busy(self, message: str) -> None:
        self.status_label.setText(message)
        self.progress.show()

    def _idle(self, message: str = "") -> None:
        self.progress.hide()
        if message:
            self.status_label.setText(message)

    def _on_failed(self, message: str) -> None:
        self._idle(message)
        QMessageBox.warning(self, self.tr("hjdesk"), message)

    # files dropped on the window, closing -------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.library_view.import_paths(paths)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.sync()
        self.pool.cancel_all()
        self.pool.wait()
        super().closeEvent(event)
