"""A person's edits of the gap table, as undoable commands, and the dialog
that makes them.

Each command writes to the library at once through the services of
:mod:`hjdesk.analysis` and asks the view to reload. Undo works by snapshot:
the first ``redo`` reads what the write replaces, ``undo`` puts it back."""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any, Callable, Sequence

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QVBoxLayout, QWidget)

from hjdesk.core.corrections import GapDecision, IndicatorCorrection
from hjdesk.core.gaps import STATUSES, GapRow
from hjdesk.core.pairing import comparable
from hjdesk.core.model import Indicator

from .gap_format import number, result_text, status_icon, status_name, target_text
from .library import Library

_UNREAD = object()  # a snapshot not taken yet


@dataclass(frozen=True)
class GapStore:
    """Where a gap table's edits go: the library, the report pair, and what
    to call once the library has changed."""

    library: Library
    old_id: int
    new_id: int
    changed: Callable[[], None]


class DecideGapCommand(QUndoCommand):
    """Store a person's word on one target (pairing, status, note), or
    withdraw it when ``decision`` is None."""

    def __init__(self, store: GapStore, target_key: str, decision: GapDecision | None,
                 text: str = "", parent: QUndoCommand | None = None) -> None:
        super().__init__(text or QCoreApplication.translate("DecideGapCommand", "Decide on a target"), parent)
        self._store, self._key, self._decision = store, target_key, decision
        self._before: Any = _UNREAD

    def redo(self) -> None:
        store = self._store
        if self._before is _UNREAD:
            self._before = store.library.call(_service("gap_decision"), store.old_id, store.new_id, self._key)
        self._put(self._decision)

    def undo(self) -> None:
        self._put(self._before)

    def _put(self, decision: GapDecision | None) -> None:
        store = self._store
        store.library.call(_service("restore_gap_decision"), store.old_id, store.new_id, self._key, decision)
        store.changed()


class CorrectIndicatorCommand(QUndoCommand):
    """Correct fields of one indicator (``changes`` like ``(("value", 6.5),)``)
    of the old report (``side="old"``) or the new one."""

    def __init__(self, store: GapStore, side: str, indicator: Indicator, changes: tuple[tuple[str, Any], ...],
                 note: str = "", text: str = "", parent: QUndoCommand | None = None) -> None:
        super().__init__(text or QCoreApplication.translate("CorrectIndicatorCommand", "Correct a value"), parent)
        self._store = store
        self._report = store.old_id if side == "old" else store.new_id
        self._correction = IndicatorCorrection(indicator.key, indicator.quote, "edit", changes, note)
        self._before: Any = _UNREAD

    def redo(self) -> None:
        library, key = self._store.library, self._correction.key
        if self._before is _UNREAD:
            self._before = library.call(_service("indicator_corrections"), self._report, key)
        library.call(_service("correct_indicator"), self._report, self._correction)
        self._store.changed()

    def undo(self) -> None:
        restore = _service("restore_indicator_corrections")
        self._store.library.call(restore, self._report, self._correction.key, self._before)
        self._store.changed()


def _short(text: str, size: int = 24) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _parse(text: str) -> float | None:
    try:
        # People type values as the reports write them: 6.5%, 1,062.
        return float(text.strip().rstrip("%％").replace("，", "").replace(",", ""))
    except ValueError:
        return None


class GapEditDialog(QDialog):
    """Correct a row of the gap table: the target's value, the result's value,
    which result of the new report answers the target, the status, a note.

    Nothing is written until OK; :meth:`result_commands` then gives the
    commands to push. The fields (``target_value``, ``result_value``,
    ``pairing``, ``status``, ``note``) are public: a caller may fill them in
    and call ``accept()`` without showing the dialog."""

    def __init__(self, store: GapStore, row: GapRow, decision: GapDecision | None,
                 candidates: Sequence[Indicator], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._row, self._decision = store, row, decision
        self.setWindowTitle(self.tr("Edit “%1”").replace("%1", row.indicator))
        self.target_value = QLineEdit(number(row.target.value) if row.target else "")
        self.result_value = QLineEdit(number(row.actual.value) if row.actual else "")
        self.pairing = QComboBox()
        self.status = QComboBox()
        self.note = QPlainTextEdit(decision.note if decision else "")
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self._fill_pairing(candidates)
        self._fill_status()
        self._build()
        self.pairing.currentIndexChanged.connect(self._on_pairing_changed)
        for edit in (self.target_value, self.result_value):
            edit.textChanged.connect(self._on_value_changed)
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self._on_pairing_changed()

    def _build(self) -> None:
        row = self._row
        form = QFormLayout()
        form.addRow(self.tr("Target (last year's report):"), self._value_line(self.target_value, row.target))
        form.addRow(self.tr("Result used:"), self.pairing)
        form.addRow(self.tr("Result (this year's report):"), self._value_line(self.result_value, row.actual))
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Note:"), self.note)
        self.note.setPlaceholderText(self.tr("Why you changed it, for whoever checks the table next"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.target_value.setEnabled(row.target is not None)
        self.pairing.setEnabled(row.target is not None)
        self.status.setEnabled(row.target is not None)
        title = QLabel(f"<b>{html.escape(row.indicator)}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(520)

    def _value_line(self, edit: QLineEdit, indicator: Indicator | None) -> QWidget:
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        edit.setMaximumWidth(120)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        line.addWidget(edit)
        line.addWidget(QLabel(indicator.unit if indicator else ""))
        quote = QLabel(self.tr("as written: “%1”").replace("%1", _short(indicator.quote, 40)) if indicator else "")
        quote.setStyleSheet("color: #666666;")
        line.addWidget(quote, 1)
        return box

    def _fill_pairing(self, candidates: Sequence[Indicator]) -> None:
        self.pairing.addItem(self.tr("As the program paired it"), None)
        self.pairing.addItem(self.tr("No result reported"), "")
        target = self._row.target
        shown = list(candidates)
        if self._row.actual is not None and all(c.key != self._row.actual.key for c in shown):
            shown.insert(0, self._row.actual)
        if target is not None:
            # Results of the same kind of quantity first: those are the likely answers.
            shown.sort(key=lambda c: not comparable(target, c))
        self._candidates = {c.key: c for c in shown}
        for candidate in shown:
            label = f"{candidate.name}  {result_text(candidate)}  「{_short(candidate.quote)}」"
            self.pairing.addItem(label, candidate.key)
        chosen = self._decision.actual_key if self._decision else None
        self.pairing.setCurrentIndex(max(0, self.pairing.findData(chosen)) if chosen is not None else 0)

    def _fill_status(self) -> None:
        computed = "" if self._row.decided else status_name(self._row.status)
        self.status.addItem(self.tr("As computed (%1)").replace("%1", computed) if computed
                            else self.tr("As computed"), None)
        for status in STATUSES:
            self.status.addItem(status_icon(status), status_name(status), status)
        chosen = self._decision.status if self._decision else None
        self.status.setCurrentIndex(max(0, self.status.findData(chosen)) if chosen else 0)

    def _on_pairing_changed(self) -> None:
        # The result's value belongs to the indicator shown: it is editable only
        # while the pairing is the one the row was computed with.
        initial = self._decision.actual_key if self._decision else None
        key = self.pairing.currentData()
        same = key == initial and self._row.actual is not None
        self.result_value.setEnabled(same)
        if not same:
            candidate = self._candidates.get(key) if key else None
            self.result_value.setText(number(candidate.value) if candidate else "")
        elif _parse(self.result_value.text()) is None:
            self.result_value.setText(number(self._row.actual.value))

    def _on_value_changed(self) -> None:
        ok = all(_parse(edit.text()) is not None for edit in (self.target_value, self.result_value)
                 if edit.isEnabled())
        self._buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def result_commands(self) -> list[QUndoCommand]:
        """The commands OK asks for, empty when nothing changed."""
        row, note = self._row, self.note.toPlainText().strip()
        commands: list[QUndoCommand] = []
        target_value = _parse(self.target_value.text())
        if row.target is not None and target_value is not None and target_value != row.target.value:
            commands.append(CorrectIndicatorCommand(
                self._store, "old", row.target, (("value", target_value),), note,
                self.tr("Correct the target of %1 to %2").replace("%1", row.indicator)
                .replace("%2", target_text(row.target).replace(number(row.target.value), number(target_value)))))
        result_value = _parse(self.result_value.text())
        if (self.result_value.isEnabled() and row.actual is not None and result_value is not None
                and result_value != row.actual.value):
            commands.append(CorrectIndicatorCommand(
                self._store, "new", row.actual, (("value", result_value),), note,
                self.tr("Correct the result of %1 to %2").replace("%1", row.indicator)
                .replace("%2", number(result_value) + row.actual.unit)))
        decision = self._decision_command(note, bool(commands))
        return commands + ([decision] if decision is not None else [])

    def _decision_command(self, note: str, values_changed: bool) -> DecideGapCommand | None:
        row = self._row
        if row.target is None:
            return None
        actual_key, status = self.pairing.currentData(), self.status.currentData()
        # A note that only explains a value correction travels with the correction.
        wanted: GapDecision | None = GapDecision(row.target.key, actual_key, status, note)
        if actual_key is None and status is None and (not note or values_changed):
            wanted = None
            if self._decision is not None and values_changed and self._decision.note == note:
                return None
        if wanted == self._decision:
            return None
        if wanted is None:
            text = self.tr("Clear the decision on %1").replace("%1", row.indicator)
        elif status is not None:
            text = self.tr("Mark %1 as %2").replace("%1", row.indicator).replace("%2", status_name(status))
        else:
            text = self.tr("Decide on %1").replace("%1", row.indicator)
        return DecideGapCommand(self._store, row.target.key, wanted, text)


class GapEditor(QObject):
    """Turns a person's edits of one report pair's gap table into commands
    on the window's undo stack; ``changed`` is called after every write."""

    def __init__(self, library: Library, undo_stack: QUndoStack, changed: Callable[[], None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._library, self._undo_stack, self._changed = library, undo_stack, changed
        self._pair: tuple[int, int, int | None] | None = None

    def set_pair(self, old_id: int, new_id: int, year: int | None) -> None:
        """The pair edited from now on, and the year its table checks."""
        self._pair = (old_id, new_id, year)

    def store(self) -> GapStore | None:
        if self._pair is None:
            return None
        return GapStore(self._library, self._pair[0], self._pair[1], self._on_store_changed)

    def edit(self, row: GapRow) -> GapEditDialog | None:
        """Open the edit dialog for ``row`` (not modal: the window stays usable
        to look things up); OK pushes its commands."""
        store = self.store()
        if store is None or not self._library.writable(self.parent()):
            return None
        year = self._pair[2] if self._pair else None
        decision = (self._library.call(_service("gap_decision"), store.old_id, store.new_id, row.target.key)
                    if row.target is not None else None)
        candidates = [i for i in self._library.call(_service("indicators_for"), store.new_id)
                      if i.role in ("actual", "estimate") and i.year in (year, None)]
        dialog = GapEditDialog(store, row, decision, candidates, self.parent())
        dialog.accepted.connect(lambda: self.push(dialog.result_commands(), row.indicator))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def clear_decision(self, row: GapRow) -> None:
        """Withdraw the person's decision on ``row`` (undoable)."""
        store = self.store()
        if store is None or row.target is None or not row.decided or not self._library.writable(self.parent()):
            return
        text = self.tr("Clear the decision on %1").replace("%1", row.indicator)
        self._undo_stack.push(DecideGapCommand(store, row.target.key, None, text))

    def push(self, commands: Sequence[QUndoCommand], indicator: str) -> None:
        """Push the commands, as one undo step when there are several."""
        if len(commands) == 1:
            self._undo_stack.push(commands[0])
        elif commands:
            self._undo_stack.beginMacro(self.tr("Edit %1").replace("%1", indicator))
            for command in commands:
                self._undo_stack.push(command)
            self._undo_stack.endMacro()

    def _on_store_changed(self) -> None:
        # The undo stack outlives the page; a closed page has nothing to reload.
        if shiboken6.isValid(self):
            self._changed()


def _service(name: str):
    """A service of :mod:`hjdesk.analysis`, imported when first used: it
    brings in the store, which must not slow the window's start."""
    from hjdesk import analysis

    return getattr(analysis, name)
