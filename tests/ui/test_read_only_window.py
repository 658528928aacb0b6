"""A library opened read-only: the window says so, can look and compare,
and refuses imports, corrections and pins with one sentence instead of failing."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from hjdesk.ui.main_window import GAPS_TAB
from tests.ui.test_main_window import _open


def test_a_read_only_library_can_be_read_but_not_changed(qtbot, make_main_window, demo_library, monkeypatch):
    from hjdesk.store import db

    # as if the library's folder refused writing (the tests run as root, which may write anywhere)
    monkeypatch.setattr(db, "_sqlite_read_only", lambda url, path: True)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: told.append(text))
    window = make_main_window(demo_library.url)
    with qtbot.waitSignal(window.library_view.loaded, timeout=60000):
        _open(qtbot, window, demo_library.old, demo_library.new)
    assert window.library.read_only
    assert "只读" in window.windowTitle() or "read-only" in window.windowTitle()
    lib = window.library_view
    assert not lib.import_action.isEnabled() and not lib.delete_action.isEnabled()
    assert lib.import_paths([str(demo_library.url)]) is None and len(told) == 1
    window.show_tab(GAPS_TAB)
    assert len(window.gap_data.analysis.table.rows) > 10  # reading works: the gap table is there
    window.gap_view.select_row(0)
    window.gap_view.edit_action.trigger()
    assert len(told) == 2
    window.compare_view.pin(1, 1)
    assert len(told) == 3 and window.undo_stack.count() == 0
    assert all("只读" in t or "read-only" in t for t in told)
