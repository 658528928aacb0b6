"""Window state and options kept between sessions, through one typed
wrapper over QSettings whose file is given (tests use a temporary one)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

LANGUAGES = ("zh_CN", "en")
_RECENT_SIZE = 8


class Settings:
    """Geometry and dock layout, language, text size, comparison options
    and the recent comparisons of each library."""

    def __init__(self, path: str | Path | None = None) -> None:
        if path is None:
            self._store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "hjdesk", "hjdesk")
        else:
            self._store = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def path(self) -> str:
        return self._store.fileName()

    def sync(self) -> None:
        self._store.sync()

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._store.setValue("window/state", value)

    @property
    def language(self) -> str:
        value = str(self._store.value("view/language", "zh_CN"))
        return value if value in LANGUAGES else "zh_CN"

    @language.setter
    def language(self, value: str) -> None:
        self._store.setValue("view/language", value if value in LANGUAGES else "zh_CN")

    @property
    def text_size_delta(self) -> int:
        try:
            return max(-6, min(12, int(self._store.value("view/text_size_delta", 0))))
        except (TypeError, ValueError):
            return 0

    @text_size_delta.setter
    def text_size_delta(self, value: int) -> None:
        self._store.setValue("view/text_size_delta", max(-6, min(12, int(value))))

    def flag(self, name: str, default: bool = False) -> bool:
        """A yes/no option (fold, the ignore options)."""
        value = self._store.value(f"options/{name}", default)
        return value in (True, "true", "1", 1)

    def set_flag(self, name: str, value: bool) -> None:
        self._store.setValue(f"options/{name}", bool(value))

    def flag_text(self, name: str) -> str:
        """A remembered word or path (the last export folder)."""
        return str(self._store.value(name, "") or "")

    def set_flag_text(self, name: str, value: str) -> None:
        self._store.setValue(name, value)

    def printer_setup(self) -> dict:
        """The printer set-up a person last chose: printer, paper, orientation, duplex, colour, copies."""
        try:
            value = json.loads(str(self._store.value("print/setup", "{}")))
            return value if isinstance(value, dict) else {}
        except ValueError:
            return {}

    def set_printer_setup(self, setup: dict) -> None:
        self._store.setValue("print/setup", json.dumps(setup))

    def recent(self, library_url: str) -> list[tuple[int, int, str, str]]:
        """Recent comparisons of one library, newest first: (old, new, mode, label)."""
        try:
            rows = json.loads(str(self._store.value(f"recent/{_key(library_url)}", "[]")))
            return [(int(o), int(n), str(m), str(label)) for o, n, m, label in rows]
        except (TypeError, ValueError):
            return []

    def add_recent(self, library_url: str, old: int, new: int, mode: str, label: str = "") -> None:
        rows = [r for r in self.recent(library_url) if r[:2] != (old, new)]
        rows.insert(0, (old, new, mode, label))
        self._store.setValue(f"recent/{_key(library_url)}", json.dumps(rows[:_RECENT_SIZE]))


def _key(url: str) -> str:
    """QSettings keys may not hold slashes usefully: name a library by a digest of its URL."""
    import hashlib

    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]
