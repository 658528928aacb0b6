"""The draft check in the window: findings grouped by kind, a finding opens
its place in the comparison, and a dismissal with a note is stored apart,
undone and redone like every other edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from hjdesk import analysis
from hjdesk.store.db import open_engine, session_scope
from hjdesk.ui.check_view import FindingRole, kind_name
from hjdesk.ui.main_window import CHECK_TAB, COMPARE_TAB


def _open_checked(qtbot, window, old, new):
    with qtbot.waitSignal(window.check_loaded, timeout=60000):
        window.start((old, new))
    qtbot.waitUntil(lambda: not window.compare_view.busy and not window.pool.busy, timeout=60000)
    return window.check_view


def _stored_dismissals(url: str, draft: int) -> dict[str, str]:
    engine = open_engine(url)
    try:
        with session_scope(engine) as session:
            return analysis.dismissals_of(session, draft)
    finally:
        engine.dispose()


def test_findings_are_grouped_by_kind_in_the_checks_order(qtbot, make_main_window, demo_library):
    window = make_main_window(demo_library.url)
    view = _open_checked(qtbot, window, demo_library.old, demo_library.new)
    assert view.check.draft.id == demo_library.new and view.check.against.id == demo_library.old
    groups = [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
    names = [g.text(0).split("（")[0] for g in groups]
    assert names and names[0] == kind_name("glossary_ref") and kind_name("dropped_term") in names
    listed = sum(g.childCount() for g in groups)
    assert listed == len(view.check.findings) == len(view.shown())
    assert "P3" in groups[0].child(0).text(0)


def test_a_finding_opens_its_place_in_the_comparison(qtbot, make_main_window, demo_library):
    window = make_main_window(demo_library.url)
    view = _open_checked(qtbot, window, demo_library.old, demo_library.new)
    window.show_tab(CHECK_TAB)
    number, finding = next((n, f) for n, f in view.shown() if f.kind == "glossary_changed")
    assert view.select_number(number)
    item = view.tree.currentItem()
    view.tree.itemActivated.emit(item, 0)
    assert window.tabs.currentIndex() == COMPARE_TAB
    pane = window.compare_view.panes["new"]
    assert pane.top_offset() <= finding.char_start <= pane.bottom_offset()
    window.show_tab(CHECK_TAB)
    view.other_action.trigger()  # and last year's entry on the other side
    old_pane = window.compare_view.panes["old"]
    assert old_pane.top_offset() <= finding.other.char_start <= old_pane.bottom_offset()


def test_dismissing_with_a_note_is_stored_undone_and_redone(qtbot, make_main_window, demo_library, monkeypatch):
    window = make_main_window(demo_library.url)
    view = _open_checked(qtbot, window, demo_library.old, demo_library.new)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("页码按定稿排版再核", True))
    number, finding = view.shown()[0]
    view.select_number(number)
    before = len(view.shown())
    view.dismiss_action.trigger()
    assert _stored_dismissals(demo_library.url, demo_library.new) == {finding.key: "页码按定稿排版再核"}
    assert len(view.shown()) == before - 1 and number not in [n for n, _ in view.shown()]
    assert "1" in view.counts.text()
    window.undo_stack.undo()
    assert _stored_dismissals(demo_library.url, demo_library.new) == {}
    assert len(view.shown()) == before
    window.undo_stack.redo()
    assert finding.key in _stored_dismissals(demo_library.url, demo_library.new)
    view.show_dismissed.setChecked(True)
    assert view.select_number(number)
    assert view.current()[1].key == finding.key and "页码按定稿排版再核" in view.detail.toPlainText()
    view.restore_action.trigger()
    assert _stored_dismissals(demo_library.url, demo_library.new) == {}


def test_a_cancelled_note_dismisses_nothing(qtbot, make_main_window, demo_library, monkeypatch):
    window = make_main_window(demo_library.url)
    view = _open_checked(qtbot, window, demo_library.old, demo_library.new)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    view.select_number(view.shown()[0][0])
    view.dismiss_action.trigger()
    assert window.undo_stack.count() == 0 and _stored_dismissals(demo_library.url, demo_library.new) == {}


def test_the_keyboard_reaches_every_finding(qtbot, make_main_window, demo_library):
    window = make_main_window(demo_library.url)
    view = _open_checked(qtbot, window, demo_library.old, demo_library.new)
    window.show_tab(CHECK_TAB)
    view.tree.setFocus()
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    qtbot.keyClick(view.tree, Qt.Key.Key_Down)
    assert view.current() is not None and view.current()[1].kind == "glossary_ref"
    assert view.tree.currentItem().data(0, FindingRole)[0] == view.current()[0]
    qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert window.tabs.currentIndex() == COMPARE_TAB


def test_a_read_only_library_refuses_a_dismissal_before_the_undo_stack(qtbot, make_main_window, demo_library,
                                                                       monkeypatch):
    from hjdesk.store import db

    monkeypatch.setattr(db, "_sqlite_read_only", lambda url, path: True)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("x", True))
    window = make_main_window(demo_library.url)
    view = _open_checked(qtbot, window, demo_library.old, demo_library.new)
    view.select_number(view.shown()[0][0])
    view.dismiss_action.trigger()
    assert len(told) == 1 and window.undo_stack.count() == 0
