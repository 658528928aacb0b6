"""The main window as a whole: start-up, the comparison and the gap table
together, jumping between them, settings, and the whole flow a clerk takes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from hjdesk import analysis
from hjdesk.ui.gap_model import Col, ObjRole
from hjdesk.ui.import_dialog import ImportDialog
from hjdesk.ui.main_window import CHARTS_TAB, COMPARE_TAB, GAPS_TAB
from tests.conftest import DRAFT, ROOT, SEED


def _open(qtbot, window, old, new):
    with qtbot.waitSignal(window.comparison_opened, timeout=60000):
        window.start((old, new))
    qtbot.waitUntil(lambda: not window.compare_view.busy and not window.pool.busy, timeout=60000)


def test_the_window_module_loads_neither_the_store_nor_charts():
    """The window reaches the screen before Alembic, the store, the
    segmenter or pyqtgraph are imported."""
    code = ("import sys; import hjdesk.app, hjdesk.ui.main_window; "
            "print(sorted(m for m in ('alembic', 'hjdesk.store.db', 'pyqtgraph', 'rjieba', 'hjdesk.analysis') "
            "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_a_comparison_opens_with_its_gap_table(qtbot, make_main_window, demo_library):
    window = make_main_window(demo_library.url)
    _open(qtbot, window, demo_library.old, demo_library.new)
    assert window.compare_view.data.old_id == demo_library.old
    assert window.gap_view.current_row() is None or window.gap_view.current_row().status
    table = window.gap_view.findChild(QTableView, "gaps_table")
    assert table.model().rowCount() > 20
    assert table.model().index(0, 0).data(ObjRole).status == "not_reported"
    assert window.library_view.model.rowCount() == 1  # one jurisdiction


def test_a_gap_row_opens_the_comparison_at_its_sentence(qtbot, make_main_window, demo_library):
    window = make_main_window(demo_library.url)
    _open(qtbot, window, demo_library.old, demo_library.new)
    window.show_tab(GAPS_TAB)
    table = window.gap_view.findChild(QTableView, "gaps_table")
    row = next(r for r in range(table.model().rowCount()) if table.model().index(r, 0).data(ObjRole).actual)
    actual = table.model().index(row, 0).data(ObjRole).actual
    table.doubleClicked.emit(table.model().index(row, Col.INDICATOR))
    assert window.tabs.currentIndex() == COMPARE_TAB
    pane = window.compare_view.panes["new"]
    assert pane.top_offset() <= actual.char_start <= pane.bottom_offset()
    selections = pane.extraSelections()
    selection = selections[0].cursor
    assert (pane.offset(selection.selectionStart()), pane.offset(selection.selectionEnd())) == (
        actual.char_start, actual.char_end)


def test_the_charts_are_built_when_first_shown(qtbot, make_main_window, demo_library):
    window = make_main_window(demo_library.url)
    _open(qtbot, window, demo_library.old, demo_library.new)
    assert window.charts_view is None
    window.show_tab(CHARTS_TAB)
    charts = window.charts_view
    assert charts is not None and charts.indicator_box.count() >= 1
    rows = window.gap_data.analysis.table.rows
    with qtbot.waitSignal(charts.row_clicked):
        charts.gap_chart.row_clicked.emit(3)
    assert window.tabs.currentIndex() == GAPS_TAB
    assert window.gap_view.current_row() == rows[3]


def test_geometry_options_and_recent_comparisons_persist(qtbot, make_main_window, demo_library):
    window = make_main_window(demo_library.url)
    _open(qtbot, window, demo_library.old, demo_library.new)
    window.resize(700, 500)  # within the offscreen screen, which clamps restored geometry
    window.compare_view.ignore_actions["ignore_punct_width"].setChecked(True)
    window.compare_view.fold_action.trigger()
    window.close()
    again = make_main_window(demo_library.url)
    assert (again.width(), again.height()) == (700, 500)
    assert again.compare_view.ignore_actions["ignore_punct_width"].isChecked()
    assert again.compare_view.fold_action.isChecked()
    assert [a.text() for a in again.recent_menu.actions()] == [
        "2025年洪江区管委工作报告 → 2026年洪江区管委工作报告（示例稿，数据为虚构）"]


def test_text_size_follows_ctrl_plus_and_minus(qtbot, make_main_window, demo_library, qapp):
    window = make_main_window(demo_library.url)
    size = qapp.font().pointSizeF()
    window.bigger_action.trigger()
    window.bigger_action.trigger()
    assert qapp.font().pointSizeF() == size + 2
    window.smaller_action.trigger()
    window.smaller_action.trigger()
    assert qapp.font().pointSizeF() == size


def test_every_action_has_a_menu_and_the_standard_shortcuts(make_main_window, demo_library):
    window = make_main_window(demo_library.url)
    in_menus = set()
    for menu in window.menuBar().findChildren(type(window.recent_menu)):
        in_menus.update(menu.actions())
    for action in (window.library_view.import_action, window.find_action, window.undo_action, window.redo_action,
                   window.compare_view.next_action, window.compare_view.prev_action, window.compare_view.fold_action):
        assert action in in_menus, action.text()
    shortcuts = {a.text(): a.shortcut().toString() for a in in_menus}
    assert shortcuts[window.library_view.import_action.text()] == "Ctrl+O"
    assert shortcuts[window.find_action.text()] == "Ctrl+F"
    assert shortcuts[window.undo_action.text()] == "Ctrl+Z"
    assert "Ctrl+Y" in [s.toString() for s in window.redo_action.shortcuts()]
    assert shortcuts[window.compare_view.next_action.text()] == "F7"
    assert shortcuts[window.compare_view.prev_action.text()] == "Shift+F7"
    for widget in (window.compare_view.panes["old"], window.compare_view.panes["new"], window.compare_view.pair_list,
                   window.tabs, window.compare_view.overview):
        assert widget.accessibleName()


def test_import_compare_jump_edit_undo_and_reopen(qtbot, make_main_window, tmp_path):
    """The whole flow: import two files into an empty library, open their
    comparison, go to the next change, jump from a gap row to its sentence,
    decide a status, undo and redo it, and find it kept in a new window."""
    url = f"sqlite:///{tmp_path / 'flow.sqlite3'}"
    window = make_main_window(url)
    with qtbot.waitSignal(window.library_view.loaded, timeout=60000):
        window.start()
    files = [shutil.copy(SEED, tmp_path / "2025年报告.txt"), shutil.copy(DRAFT, tmp_path / "2026年初稿.txt")]
    with qtbot.waitSignal(window.library_view.imported, timeout=60000) as imported:
        dialog = window.library_view.import_paths([str(f) for f in files])
    old, new = sorted(imported.args[0])
    qtbot.waitUntil(lambda: window.library_view.model.rowCount() == 1, timeout=30000)
    dialog.close()
    window.library_view.select_reports([new, old])
    with qtbot.waitSignal(window.comparison_opened, timeout=60000) as opened:
        window.library_view.compare_action.trigger()
    assert opened.args == [old, new]
    qtbot.waitUntil(lambda: not window.compare_view.busy and not window.pool.busy, timeout=60000)

    window.compare_view.next_action.trigger()
    assert window.compare_view.current_pair == window.compare_view.change_indices()[0]

    gaps = window.gap_view
    table = gaps.findChild(QTableView, "gaps_table")
    row = next(r for r in range(table.model().rowCount())
               if table.model().index(r, 0).data(ObjRole).indicator == "地区生产总值")
    gdp = table.model().index(row, 0).data(ObjRole)
    assert gdp.status == "missed"
    table.doubleClicked.emit(table.model().index(row, Col.INDICATOR))
    assert window.compare_view.data.pair_at("new", gdp.actual.char_start) == window.compare_view.current_pair

    window.show_tab(GAPS_TAB)
    gaps.select_row(table.model().mapToSource(table.model().index(row, 0)).row())
    dialog = gaps.edit_current()
    dialog.status.setCurrentIndex(dialog.status.findData("met"))
    dialog.note.setPlainText("按统计快报")
    dialog.accept()
    assert gaps.current_row().status == "met"
    window.undo_action.trigger()
    assert gaps.current_row().status == "missed"
    window.redo_action.trigger()
    assert (gaps.current_row().status, gaps.current_row().note) == ("met", "按统计快报")
    window.close()

    again = make_main_window(url, "settings-2.ini")
    _open(qtbot, again, old, new)
    kept = [r for r in again.gap_data.analysis.table.rows if r.indicator == "地区生产总值"]
    assert [(r.status, r.decided, r.note) for r in kept] == [("met", True, "按统计快报")]
    assert again.library.call(analysis.gap_decision, old, new, gdp.target.key).status == "met"


def test_a_reports_outline_opens_beside_the_views(qtbot, make_main_window, demo_library):
    window = make_main_window(demo_library.url)
    with qtbot.waitSignal(window.library_view.loaded, timeout=60000):
        window.start()
    assert not window.outline_dock.isVisible()
    window.library_view.outline_requested.emit(demo_library.old)
    qtbot.waitUntil(window.outline_dock.isVisible, timeout=30000)
    assert window.outline_view.model.rowCount() > 3


def test_files_dropped_on_the_window_are_imported(qtbot, make_main_window, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    window = make_main_window(f"sqlite:///{tmp_path / 'drop.sqlite3'}")
    with qtbot.waitSignal(window.library_view.loaded, timeout=60000):
        window.start()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(shutil.copy(SEED, tmp_path / "报告.txt")))])
    drop = QDropEvent(QPointF(200, 200), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.library_view.imported, timeout=60000) as imported:
        window.dropEvent(drop)
    assert len(imported.args[0]) == 1
    qtbot.waitUntil(lambda: window.library_view.model.rowCount() == 1, timeout=30000)
    for dialog in window.library_view.findChildren(ImportDialog):
        dialog.close()
