"""Fixtures for the window's tests: a demo library on disk and its reports."""

from __future__ import annotations

import pytest



@pytest.fixture
def library(demo_library):
    """The demo library opened as the window opens it."""
    from hjdesk.ui.library import Library

    opened = Library(demo_library.url)
    yield opened
    opened.dispose()


@pytest.fixture
def make_main_window(qtbot, tmp_path, monkeypatch):
    """Build main windows on a library with settings in a temporary file;
    closes them, waits for their workers and fails the test if a top-level
    window is left open (napari's make_napari_viewer idea)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from hjdesk.ui.gap_edit import GapEditDialog
    from hjdesk.ui.library import Library
    from hjdesk.ui.main_window import MainWindow
    from hjdesk.ui.settings import Settings

    monkeypatch.setattr(GapEditDialog, "open", lambda self: None)  # driven by the test, never shown
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: pytest.fail(f"warning box: {a[2:]}"))
    before = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    made = []

    def factory(url: str, settings_file: str = "settings.ini") -> MainWindow:
        window = MainWindow(Library(url), Settings(tmp_path / settings_file))
        made.append(window)
        window.show()
        return window

    yield factory
    for window in made:
        window.close()
        window.pool.wait()
        window.library.dispose()
    leaked = [w for w in QApplication.topLevelWidgets() if w.isVisible() and id(w) not in before]
    for widget in leaked:
        widget.close()
    assert not leaked, f"top-level windows left open: {[type(w).__name__ for w in leaked]}"
