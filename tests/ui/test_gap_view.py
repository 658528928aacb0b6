"""The gap table page on the demo library: order, jumps, the detail panel,
and edits that reach the library and can be undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QTabBar, QTableView, QTextBrowser

from hjdesk.analysis import ambition_for, gaps_for, targets_against_targets
from hjdesk.ui.gap_edit import GapEditDialog
from hjdesk.ui.gap_model import Col, ObjRole
from hjdesk.core.places import heading_at
from hjdesk.ui.gap_view import GapView
from hjdesk.ui.library import Library


@pytest.fixture(autouse=True)
def _dialogs_are_never_shown(monkeypatch):
    monkeypatch.setattr(GapEditDialog, "open", lambda self: None)


@pytest.fixture
def undo_stack(qapp):
    stack = QUndoStack()
    yield stack
    stack.clear()


@pytest.fixture
def view(qtbot, library, demo_library, undo_stack):
    view = GapView(library, undo_stack)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    old, new = demo_library.old, demo_library.new
    view.set_analysis(old, new, library.call(gaps_for, old, new), library.call(ambition_for, old, new),
                      library.call(targets_against_targets, old, new))
    return view


def table(view, kind="gaps") -> QTableView:
    return view.findChild(QTableView, f"{kind}_table")


def shown(view, kind="gaps") -> list:
    model = table(view, kind).model()
    return [model.index(r, 0).data(ObjRole) for r in range(model.rowCount())]


def select(view, name: str) -> None:
    model = table(view).model().sourceModel()
    view.select_row(next(r for r in range(model.rowCount()) if model.index(r, 0).data(ObjRole).indicator == name))


def edit(view, **fields) -> None:
    """Open the dialog on the selected row, fill it in and press OK."""
    dialog = view.edit_current()
    for name, value in fields.items():
        widget = getattr(dialog, name)
        if isinstance(widget, QLineEdit):
            widget.setText(value)
        elif name == "note":
            widget.setPlainText(value)
        else:
            widget.setCurrentIndex(widget.findData(value))
    dialog.accept()


def test_not_reported_rows_come_first(view):
    """Within the main targets, which come first; then within each tier."""
    rows = shown(view)
    assert (rows[0].tier, rows[0].status) == ("main", "not_reported")
    main = [row.status for row in rows if row.tier == "main"]
    assert main.index("missed") == main.count("not_reported")


def test_double_click_jumps_to_the_result_or_else_the_target(qtbot, view):
    gaps = table(view)
    rows = shown(view)
    for position in (0, [r.status for r in rows].index("missed")):
        row = rows[position]
        expected = ("new", row.actual) if row.actual else ("old", row.target)
        index = gaps.model().index(position, Col.INDICATOR)
        with qtbot.waitSignal(view.jump_requested) as jumped:
            qtbot.mouseClick(gaps.viewport(), Qt.MouseButton.LeftButton, pos=gaps.visualRect(index).center())
            qtbot.mouseDClick(gaps.viewport(), Qt.MouseButton.LeftButton, pos=gaps.visualRect(index).center())
        assert jumped.args == [expected[0], expected[1].char_start, expected[1].char_end]


def test_selecting_a_row_shows_both_sentences_and_their_sections(qtbot, view, library, demo_library):
    with qtbot.waitSignal(view.row_selected) as selected:
        select(view, "地区生产总值")
    analysis = library.call(gaps_for, demo_library.old, demo_library.new)
    assert analysis.table.rows[selected.args[0]].indicator == "地区生产总值"
    text = view.findChild(QTextBrowser, "gap_detail").toPlainText()
    assert "主要预期目标是:地区生产总值增长6%;" in text
    assert "全年地区生产总值增长5.4%(预计数,下同)" in text
    heading = heading_at(analysis.new.parsed, view.current_row().actual.char_start)
    assert "Section: 主要预期目标" in text and f"Section: {heading}" in text


def test_the_detail_panel_link_jumps_to_the_report(qtbot, view):
    select(view, "地区生产总值")
    target = view.current_row().target
    with qtbot.waitSignal(view.jump_requested) as jumped:
        view.findChild(QTextBrowser, "gap_detail").anchorClicked.emit("old")
    assert jumped.args == ["old", target.char_start, target.char_end]


def test_select_row_shows_a_row_the_filters_hid(view):
    view.findChild(QLineEdit, "gap_search").setText("森林")
    assert [row.indicator for row in shown(view)] == ["森林覆盖率"]
    select(view, "地区生产总值")
    assert view.current_row().indicator == "地区生产总值"
    assert view.findChild(QLineEdit, "gap_search").text() == ""


def test_main_targets_only(view):
    view.findChild(QCheckBox, "gap_main_only").setChecked(True)
    assert len(shown(view)) == 9
    view.findChild(QCheckBox, "gap_main_only").setChecked(False)
    assert len(shown(view)) == 52


def test_side_tables(qtbot, view):
    view.findChild(QTabBar, "gap_tabs").setCurrentIndex(1)
    rows = shown(view, "ambition")
    assert rows[0].indicator == "地区生产总值"  # the engine's order, not sorted by name
    assert view.current_row() is None or view.current_row().indicator
    with qtbot.waitSignal(view.jump_requested) as jumped:
        table(view, "ambition").doubleClicked.emit(table(view, "ambition").model().index(0, 0))
    assert jumped.args == ["new", rows[0].right.char_start, rows[0].right.char_end]


def test_edit_status_undo_redo_and_it_persists(qtbot, view, undo_stack, demo_library):
    select(view, "地区生产总值")
    with qtbot.waitSignal(view.analysis_changed) as changed:
        edit(view, status="met", note="统计局已核定")
    assert "met" in [r.status for r in changed.args[0].table.rows if r.indicator == "地区生产总值"]
    row = view.current_row()
    assert (row.indicator, row.status, row.decided, row.note) == ("地区生产总值", "met", True, "统计局已核定")
    index = table(view).selectionModel().currentIndex().siblingAtColumn(Col.STATUS)
    assert index.data() == "Met ✎" and index.data(Qt.ItemDataRole.FontRole).italic()

    reopened = Library(demo_library.url)
    try:
        rows = reopened.call(gaps_for, demo_library.old, demo_library.new).table.rows
    finally:
        reopened.dispose()
    assert [(r.status, r.decided) for r in rows if r.target and r.target.key == row.target.key] == [("met", True)]

    undo_stack.undo()
    assert (view.current_row().status, view.current_row().decided) == ("missed", False)
    undo_stack.redo()
    assert (view.current_row().status, view.current_row().decided) == ("met", True)


def test_a_pairing_decision(view):
    select(view, "地区生产总值")
    edit(view, pairing="")
    assert (view.current_row().status, view.current_row().actual) == ("not_reported", None)
    assert shown(view)[0].status == "not_reported"


def test_clear_my_decision_is_undoable(view, undo_stack):
    select(view, "地区生产总值")
    edit(view, status="met")
    view.clear_current_decision()
    assert (view.current_row().status, view.current_row().decided) == ("missed", False)
    undo_stack.undo()
    assert (view.current_row().status, view.current_row().decided) == ("met", True)


def test_value_correction_and_its_undo(view, undo_stack):
    select(view, "地区生产总值")
    edit(view, target_value="5")
    row = view.current_row()
    assert (row.target.value, row.target.corrected, row.status) == (5.0, True, "met")
    assert table(view).selectionModel().currentIndex().siblingAtColumn(Col.TARGET).data() == "5% ✎"
    undo_stack.undo()
    row = view.current_row()
    assert (row.target.value, row.target.corrected, row.status) == (6.0, False, "missed")


def test_several_changes_are_one_undo_step(view, undo_stack):
    select(view, "地区生产总值")
    edit(view, target_value="5.5", result_value="5.6", note="按统计公报")
    row = view.current_row()
    assert (row.target.value, row.actual.value, row.status) == (5.5, 5.6, "met")
    assert undo_stack.count() == 1
    undo_stack.undo()
    row = view.current_row()
    assert (row.target.value, row.actual.value, row.status) == (6.0, 5.4, "missed")


def test_a_note_alone_is_kept_as_a_decision(view):
    select(view, "森林覆盖率")
    edit(view, note="林业局年底通报")
    row = view.current_row()
    assert (row.status, row.decided, row.note) == ("not_reported", True, "林业局年底通报")
    assert "林业局年底通报" in view.findChild(QTextBrowser, "gap_detail").toPlainText()


def test_a_result_with_no_target_can_only_have_its_value_corrected(view, undo_stack):
    select(view, "技术合同成交额")
    dialog = view.edit_current()
    assert not dialog.target_value.isEnabled() and not dialog.status.isEnabled()
    dialog.result_value.setText("5.3")
    dialog.accept()
    row = view.current_row()
    assert (row.status, row.actual.value, row.actual.corrected) == ("no_target", 5.3, True)
    undo_stack.undo()
    assert view.current_row().actual.value == 5.2


def test_an_unchanged_dialog_pushes_nothing(view, undo_stack):
    select(view, "地区生产总值")
    edit(view)
    assert undo_stack.count() == 0


def test_reload_keeps_the_selection_and_scroll_position(view):
    select(view, "森林覆盖率")
    bar = table(view).verticalScrollBar()
    bar.setValue(5)  # the selected row (the 11th) stays on screen
    scroll = bar.value()
    assert scroll == 5
    view.reload()
    assert view.current_row().indicator == "森林覆盖率"
    assert bar.value() == scroll


def test_undo_after_the_page_is_gone_does_nothing(qapp, library, demo_library, undo_stack):
    page = GapView(library, undo_stack)  # not given to qtbot: this test deletes it
    page.set_analysis(demo_library.old, demo_library.new, library.call(gaps_for, demo_library.old, demo_library.new))
    select(page, "地区生产总值")
    edit(page, status="met")
    page.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    undo_stack.undo()
    assert undo_stack.index() == 0
    rows = library.call(gaps_for, demo_library.old, demo_library.new).table.rows
    assert not any(row.decided for row in rows)
