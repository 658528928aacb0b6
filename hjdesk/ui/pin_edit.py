"""Pinning sections as an undoable edit: written to the store at once, undone
by putting back the pins the comparison had before."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMenu

from .library import Library

if TYPE_CHECKING:
    from .compare_view import CompareView


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


class PinActions(QObject):
    """The ways a person pins sections in the comparison view: a pane's
    context menu (this section = the one shown opposite), the pair list's
    context menu, and dragging one pair onto another. Each pushes a
    :class:`PinCommand` onto the view's undo stack."""

    def __init__(self, view: CompareView) -> None:
        super().__init__(view)
        self._view = view
        view.pair_model.pin_dropped.connect(self._on_pin_dropped)
        view.pair_list.customContextMenuRequested.connect(self._on_pair_menu)
        for side, pane in view.panes.items():
            pane.pin_requested.connect(lambda offset, side=side: self._on_pin_requested(side, offset))
            pane.unpin_requested.connect(lambda offset, side=side: self._on_unpin_requested(side, offset))


    def _on_pin_requested(self, side: str, offset: int) -> None:
        """Pin the section under the click to the section at the top of the other pane."""
        if self._view.data is None:
            return
        other = "new" if side == "old" else "old"
        mine = self._view.data.section_at(side, offset)
        theirs = self._view.data.section_at(other, self._view.panes[other].top_offset())
        if mine is None or theirs is None:
            return
        old, new = (mine, theirs) if side == "old" else (theirs, mine)
        self._push_pin(old, new, self.tr("Pin sections"))

    def _on_unpin_requested(self, side: str, offset: int) -> None:
        if self._view.data is None:
            return
        section = self._view.data.section_at(side, offset)
        if section is not None:
            old, new = (section, None) if side == "old" else (None, section)
            self._push_pin(old, new, self.tr("Remove pin"), remove=True)

    def _on_pin_dropped(self, source: int, target: int) -> None:
        """A pair dragged onto another: the dragged one's old section becomes
        the partner of the target's new section (or the other way round)."""
        a, b = self._view.data.places[source].pair, self._view.data.places[target].pair
        if a.old_section is not None and b.new_section is not None:
            self._push_pin(a.old_section, b.new_section, self.tr("Pin sections"))
        elif a.new_section is not None and b.old_section is not None:
            self._push_pin(b.old_section, a.new_section, self.tr("Pin sections"))

    def _on_pair_menu(self, point) -> None:
        index = self._view.pair_list.indexAt(point)
        if self._view.data is None or not index.isValid():
            return
        pair = self._view.data.places[index.row()].pair
        menu = QMenu(self._view)
        keep = menu.addAction(self.tr("Keep this pair (pin it)"))
        keep.setEnabled(pair.old_section is not None and pair.new_section is not None and pair.link != "pin")
        keep.triggered.connect(lambda: self.pin(pair.old_section, pair.new_section))
        alone = menu.addAction(self.tr("This section has no counterpart"))
        alone.triggered.connect(lambda: self.pin(pair.old_section, None) if pair.old_section is not None
                                else self.pin(None, pair.new_section))
        unpin = menu.addAction(self.tr("Remove the pin"))
        unpin.setEnabled(pair.link == "pin")
        unpin.triggered.connect(lambda: self._push_pin(pair.old_section, pair.new_section, self.tr("Remove pin"),
                                                       remove=True))
        menu.addSeparator()
        menu.addAction(self.tr("Drag a section onto its partner to pair them")).setEnabled(False)
        menu.exec(self._view.pair_list.viewport().mapToGlobal(point))

    def pin(self, old_section: int | None, new_section: int | None) -> None:
        """Pin two sections of the open comparison (undoable)."""
        self._push_pin(old_section, new_section, self.tr("Pin sections"))

    def _push_pin(self, old: int | None, new: int | None, text: str, remove: bool = False) -> None:
        data = self._view.data
        if data is None or not self._view.library.writable(self._view):
            return
        self._view.undo_stack.push(PinCommand(self._view.library, data.old_id, data.new_id, data.mode, old, new, text,
                                        remove=remove, on_done=self._view.reopen))
