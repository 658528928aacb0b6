"""The library the window works on: its URL, and an engine opened (and the
schema migrated) on first use, off the GUI thread.

The store and the analysis services are imported here lazily: importing them
costs about half a second (Alembic), which must not delay the first paint.
"""

from __future__ import annotations

import threading
from typing import Any, Callable


class Library:
    """One report library. :meth:`call` runs a service function of
    :mod:`hjdesk.analysis` in a session of its own (one user action, one
    transaction) and returns its frozen result."""

    def __init__(self, url: str | None) -> None:
        self.url = url
        self._engine = None
        self._lock = threading.Lock()

    def engine(self):
        """The engine, opened and migrated on first use (call it from a worker)."""
        with self._lock:
            if self._engine is None:
                from hjdesk.store.db import open_engine

                self._engine = self._said(open_engine, self.url)
            return self._engine

    def call(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """``fn(session, *args, **kwargs)`` in one committed transaction. A
        library that cannot be used raises
        :class:`~hjdesk.library_errors.LibraryUnavailable`, one sentence naming it."""
        from hjdesk.store.db import session_scope

        def transaction():
            with session_scope(self.engine()) as session:
                return fn(session, *args, **kwargs)
        return self._said(transaction)

    def _said(self, fn: Callable[..., Any], *args: Any) -> Any:
        from hjdesk.library_errors import LibraryUnavailable, explain

        try:
            return fn(*args)
        except LibraryUnavailable:
            raise
        except Exception as exc:
            problem = explain(self.url, exc)
            if problem is None:
                raise
            raise problem from exc

    @property
    def read_only(self) -> bool:
        """Whether the library was opened read-only (a SQLite file in a folder nobody may write)."""
        if self._engine is None:
            return False
        from hjdesk.store.db import is_read_only

        return is_read_only(self._engine)

    def writable(self, parent=None) -> bool:
        """True when the library can take a change; otherwise say why, once, and return False."""
        if not self.read_only:
            return True
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, QCoreApplication.translate("Library", "Read-only library"),
                                read_only_sentence())
        return False

    def dispose(self) -> None:
        with self._lock:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None


def read_only_sentence() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Library", "The report library is read-only: you can look at and compare its reports, but not import, "
        "correct or change anything.")
