"""Starting the window: the Qt application, its font and language, and the
main window on the user's library (or a fresh demo library).

The window is put on screen first; the library is opened, migrated and read
on a worker afterwards, so nothing slow stands before the first paint."""

from __future__ import annotations

import os
import sys
from typing import Callable

ORGANIZATION = "hjdesk"


def display_available() -> bool:
    """Whether a person could see a window: not with Qt's offscreen or
    minimal platform; on Linux only when a display server is named."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform.split(":")[0] in ("offscreen", "minimal"):
        return False
    if sys.platform.startswith(("win", "darwin")) or platform:
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def make_application(argv: list[str] | None = None):
    """The QApplication with a font that writes Chinese (made once per process)."""
    from PySide6.QtWidgets import QApplication

    from .ui.fonts import use_chinese_font

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else [sys.argv[0]])
        app.setOrganizationName(ORGANIZATION)
        app.setApplicationName("hjdesk")
        use_chinese_font(app)
    return app


class WindowController:
    """Owns the main window; rebuilds it when the person switches language,
    keeping the library and the open comparison."""

    def __init__(self, url: str | None, settings_path: str | None = None) -> None:
        from .ui.library import Library
        from .ui.settings import Settings

        self.app = make_application()
        self.settings = Settings(settings_path or os.environ.get("HJDESK_SETTINGS") or None)
        self.library = Library(url)
        self.window = None

    def show(self, prepare: Callable[[], tuple[int, int] | None] | None = None,
             comparison: tuple[int, int] | None = None):
        """Show the window now; then run ``prepare`` (on a worker: it may
        build a library and name a comparison), open the library and the comparison."""
        from .ui.i18n import install_language

        install_language(self.app, self.settings.language)
        self.window = self._new_window()
        self.window.show()
        if prepare is None:
            self.window.start(comparison)
        else:
            self.window.start_after(prepare)
        return self.window

    def _new_window(self):
        from .ui.main_window import MainWindow

        window = MainWindow(self.library, self.settings)
        window.language_requested.connect(self._on_language)
        return window

    def _on_language(self, language: str) -> None:
        from .ui.i18n import install_language

        old = self.window
        pair = old._pair
        old.close()
        install_language(self.app, language)
        self.window = self._new_window()
        self.window.show()
        self.window.start(pair)
        old.deleteLater()


def run_window(url: str | None = None, prepare=None) -> int:
    """Open the window and run until it is closed."""
    controller = WindowController(url)
    controller.show(prepare)
    return controller.app.exec()


def screenshots(out_dir: str, url: str | None = None, old: int | None = None, new: int | None = None) -> list:
    """PNGs of every view, offscreen: of OLD → NEW in the library at ``url``,
    or of the demo library built afresh in a temporary folder."""
    import tempfile
    from pathlib import Path

    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before the application is made
    app = make_application()
    from .ui.i18n import install_language
    from .ui.screenshots import bad_samples, take_screenshots

    install_language(app, "zh_CN")
    scratch = Path(tempfile.mkdtemp(prefix="hjdesk-shots-"))
    if url is None:
        from .demo import build_demo_library

        url, outcomes = build_demo_library(f"sqlite:///{scratch / 'demo.sqlite3'}")
        old, new = outcomes[0].report_id, outcomes[1].report_id
    return take_screenshots(Path(out_dir), url, old, new, bad_samples(scratch / "bad"))
