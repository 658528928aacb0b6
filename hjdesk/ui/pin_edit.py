"""Pinning sections as an undoable edit: written to the store at once, undone
by putting back the pins the comparison had before."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QUndoCommand

from .library import Library


class PinCommand(QUndoCommand):
    """Pin ``old`` = ``new`` (or withdraw the pins naming them, ``remove``)."""

    def __init__(self, library: Library, old_id: int, new_id: int, mode: str, old: int | None, new: int | None,
                 text: str, *, remove: bool = False, on_done: Callable[[], None] = lambda: None) -> None:
        super().__init__(text)
        self._library, self._ids, self._mode = library, (old_id, new_id), mode
        self._sections, self._remove, self._on_done = (old, new), remove, on_done
        self._before: tuple | None = None

    def redo(self) -> None:
        from hjdesk import analysis

        old_id, new_id = self._ids
        if self._before is None:
            self._before = self._library.call(analysis.pins_of, old_id, new_id, self._mode)
        write = analysis.unpin_sections if self._remove else analysis.pin_sections
        self._library.call(write, old_id, new_id, self._mode, *self._sections)
        self._on_done()

    def undo(self) -> None:
        from hjdesk import analysis

        self._library.call(analysis.restore_pins, *self._ids, self._mode, self._before or ())
        self._on_done()
