"""The draft check (起草检查): what this year's draft wrongly inherited from
last year's report or contradicts within itself, grouped by kind. A finding
opens its place in the comparison; a finding that is fine can be dismissed
with a note (stored apart, undoable) and shown again."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QInputDialog, QLabel, QMenu, QSplitter, QTextBrowser,
                               QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget)

from hjdesk.core.checks import KINDS, WITHIN_DRAFT, Finding

from .library import Library

if TYPE_CHECKING:
    from hjdesk.analysis import DraftCheck

#: The kinds of finding as the interface names them (codes from :mod:`hjdesk.core.checks`).
KIND_NAMES = {
    "stale_year": QT_TRANSLATE_NOOP("CheckView", "Year left from last year"),
    "carried_over": QT_TRANSLATE_NOOP("CheckView", "Sentence carried over"),
    "inconsistent_value": QT_TRANSLATE_NOOP("CheckView", "One indicator, two values"),
    "sum_mismatch": QT_TRANSLATE_NOOP("CheckView", "Parts do not add up"),
    "glossary_missing": QT_TRANSLATE_NOOP("CheckView", "Glossary entry missing"),
    "glossary_unused": QT_TRANSLATE_NOOP("CheckView", "Glossary entry unused"),
    "glossary_ref": QT_TRANSLATE_NOOP("CheckView", "Glossary page reference"),
    "glossary_changed": QT_TRANSLATE_NOOP("CheckView", "Defined otherwise than last year"),
    "new_term": QT_TRANSLATE_NOOP("CheckView", "New formulation"),
    "dropped_term": QT_TRANSLATE_NOOP("CheckView", "Dropped formulation"),
    "form": QT_TRANSLATE_NOOP("CheckView", "Form"),
}
FindingRole = Qt.ItemDataRole.UserRole + 1  # (number, Finding) of a finding's row


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("CheckView", KIND_NAMES[kind]) if kind in KIND_NAMES else kind


class DismissCommand(QUndoCommand):
    """Dismiss one finding with a note, or show it again when ``note`` is None."""

    def __init__(self, view: CheckView, draft_id: int, finding: Finding, note: str | None, text: str) -> None:
        super().__init__(text)
        self._view, self._draft, self._finding, self._note = view, draft_id, finding, note
        self._before: Any = _UNREAD

    def redo(self) -> None:
        if self._before is _UNREAD:
            self._before = self._view.library.call(_service("dismissal_of"), self._draft, self._finding.key)
        self._put(self._note)

    def undo(self) -> None:
        self._put(self._before)

    def _put(self, note: str | None) -> None:
        self._view.library.call(_service("restore_dismissal"), self._draft, self._finding, note)
        if shiboken6.isValid(self._view):  # the undo stack outlives a closed view
            self._view.reload_dismissals(self._draft)


_UNREAD = object()


class CheckView(QWidget):
    """``jump_requested(side, start, end)`` asks the window to show a place
    in the comparison (side ``new`` is the draft, ``old`` last year's)."""

    jump_requested = Signal(str, int, int)

    def __init__(self, library: Library, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.undo_stack = library, undo_stack
        self.check: DraftCheck | None = None
        self._dismissed: dict[str, str] = {}
        self._build_ui()
        self._build_actions()
        self.clear()

    def _build_ui(self) -> None:
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.show_dismissed = QCheckBox(self.tr("Show &dismissed findings"), self)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Finding"), self.tr("Section"), self.tr("Words in the draft")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.setAccessibleName(self.tr("Findings of the draft check"))
        self.detail = QTextBrowser(self)
        self.detail.setOpenLinks(False)
        self.detail.setAccessibleName(self.tr("The finding in full"))
        bar = QHBoxLayout()
        bar.addWidget(self.counts, 1)
        bar.addWidget(self.show_dismissed)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.show_dismissed.toggled.connect(lambda _: self._fill())
        self.tree.currentItemChanged.connect(self._show_detail)
        self.tree.itemActivated.connect(lambda item, _column: self._jump(item))
        self.tree.customContextMenuRequested.connect(self._context_menu)

    def _build_actions(self) -> None:
        self.jump_action = self._action(self.tr("&Go to the place in the comparison"), self.jump_to_current)
        self.dismiss_action = self._action(self.tr("&Dismiss with a note…"), self.dismiss_current,
                                           QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_D))
        self.restore_action = self._action(self.tr("&Show again"), self.restore_current,
                                           QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_D))
        self.other_action = self._action(self.tr("Go to the &other place (last year's words, or the draft's other "
                                                 "statement)"), lambda: self.jump_to_current("old"))

    def _action(self, text: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    # the data ---------------------------------------------------------------

    def clear(self) -> None:
        self.check = None
        self._dismissed = {}
        self.title.setText(self.tr("Open a comparison: its newer report is checked against the older one."))
        self.counts.clear()
        self.tree.clear()
        self.detail.clear()
        self._update_actions()

    def set_check(self, check: DraftCheck) -> None:
        """Show the findings of one draft check."""
        self.check = check
        self._dismissed = dict(check.dismissed)
        draft, against = check.draft, check.against
        if against is not None:
            title = self.tr("Draft check of report {new} ({new_year}) against report {old} ({old_year})")
            title = title.format(new=draft.id, new_year=draft.year or "?", old=against.id, old_year=against.year or "?")
        else:
            title = self.tr("Draft check of report {new}").format(new=draft.id)
        self.title.setText(title)
        self._fill()

    def reload_dismissals(self, draft_id: int) -> None:
        """Read the dismissals again after an edit (or its undo) and show them."""
        if self.check is None or self.check.draft.id != draft_id:
            return
        self._dismissed = self.library.call(_service("dismissals_of"), draft_id)
        self._fill()

    def shown(self) -> list[tuple[int, Finding]]:
        """The findings listed now, in list order: by kind, then by place."""
        if self.check is None:
            return []
        everything = self.show_dismissed.isChecked()
        listed = [(n, f) for n, f in enumerate(self.check.findings, 1) if everything or f.key not in self._dismissed]
        return sorted(listed, key=lambda item: (KINDS.index(item[1].kind), item[1].char_start))

    def _fill(self) -> None:
        current = self.current()
        self.tree.clear()
        if self.check is None:
            return
        by_kind: dict[str, QTreeWidgetItem] = {}
        reselect = None
        for number, finding in self.shown():
            group = by_kind.get(finding.kind)
            if group is None:
                group = by_kind[finding.kind] = QTreeWidgetItem(self.tree, [kind_name(finding.kind)])
                group.setFirstColumnSpanned(True)
            item = QTreeWidgetItem(group, [f"{number}. {finding.message}", self._section(finding),
                                           _one_line(finding.quote)])
            item.setData(0, FindingRole, (number, finding))
            item.setToolTip(0, finding.message)
            if finding.key in self._dismissed:
                for column in range(3):
                    item.setForeground(column, self.palette().placeholderText())
                item.setText(0, self.tr("(dismissed) ") + item.text(0))
            if current is not None and current[0] == number:
                reselect = item
        for kind, group in by_kind.items():
            group.setText(0, f"{kind_name(kind)}（{group.childCount()}）")
            group.setExpanded(kind not in ("new_term", "dropped_term") or len(by_kind) == 1)
        self.tree.resizeColumnToContents(1)
        self.tree.setColumnWidth(0, max(self.tree.columnWidth(0), 520))
        if reselect is not None:
            self.tree.setCurrentItem(reselect)
        self._show_counts()
        self._update_actions()

    def _section(self, finding: Finding) -> str:
        from hjdesk.core.places import heading_at

        return heading_at(self.check.draft.parsed, finding.char_start)[:30] if self.check else ""

    def _show_counts(self) -> None:
        everything = self.check.findings if self.check else ()
        mistakes = sum(1 for f in everything if f.kind in ("stale_year", "inconsistent_value", "sum_mismatch")
                       and f.key not in self._dismissed)
        dismissed = sum(1 for f in everything if f.key in self._dismissed)
        text = self.tr("{all} findings, {mistakes} of them likely mistakes; {dismissed} dismissed.")
        self.counts.setText(text.format(all=len(everything) - dismissed, mistakes=mistakes, dismissed=dismissed))

    # the selected finding --------------------------------------------------

    def current(self) -> tuple[int, Finding] | None:
        item = self.tree.currentItem()
        return item.data(0, FindingRole) if item is not None else None

    def select_number(self, number: int) -> bool:
        """Select the finding with this number; False if it is not listed."""
        for index in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(index)
            for row in range(group.childCount()):
                item = group.child(row)
                if item.data(0, FindingRole)[0] == number:
                    group.setExpanded(True)
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def jump_to_current(self, side: str = "new") -> None:
        """Show the selected finding's place (``old``: last year's words) in the comparison."""
        current = self.current()
        if current is None:
            return
        finding = current[1]
        if side == "old":
            if finding.other is not None:  # a second place of the draft itself, or last year's words
                where = "new" if finding.kind in WITHIN_DRAFT else "old"
                self.jump_requested.emit(where, finding.other.char_start, finding.other.char_end)
            return
        self.jump_requested.emit("new", finding.char_start, max(finding.char_end, finding.char_start + 1))

    def dismiss_current(self, note: str | None = None) -> None:
        """Dismiss the selected finding; without ``note``, ask for one."""
        current = self.current()
        if current is None or self.check is None or not self.library.writable(self):
            return
        number, finding = current
        if note is None:
            note, ok = QInputDialog.getText(self, self.tr("Dismiss a finding"),
                                            self.tr("Why is this fine? (kept with the dismissal)"),
                                            text=self._dismissed.get(finding.key, ""))
            if not ok:
                return
        text = self.tr("Dismiss finding %1").replace("%1", str(number))
        self.undo_stack.push(DismissCommand(self, self.check.draft.id, finding, note, text))

    def restore_current(self) -> None:
        """Show the selected dismissed finding again (undoable)."""
        current = self.current()
        if current is None or self.check is None or current[1].key not in self._dismissed:
            return
        if not self.library.writable(self):
            return
        text = self.tr("Show finding %1 again").replace("%1", str(current[0]))
        self.undo_stack.push(DismissCommand(self, self.check.draft.id, current[1], None, text))

    def _jump(self, item: QTreeWidgetItem) -> None:
        if item.data(0, FindingRole) is not None:
            self.jump_to_current()

    def _update_actions(self) -> None:
        current = self.current()
        self.jump_action.setEnabled(current is not None)
        self.dismiss_action.setEnabled(current is not None)
        self.restore_action.setEnabled(current is not None and current[1].key in self._dismissed)
        self.other_action.setEnabled(current is not None and current[1].other is not None)

    def _show_detail(self, *_) -> None:
        self._update_actions()
        current = self.current()
        if current is None:
            self.detail.clear()
            return
        number, finding = current
        draft, dismissed = self.tr("Draft:"), self.tr("Dismissed:")
        last = self.tr("Also:") if finding.kind in WITHIN_DRAFT else self.tr("Last year:")
        parts = [f"<p><b>{number}. {html.escape(kind_name(finding.kind))}</b>　{html.escape(finding.message)}</p>"]
        if finding.kind != "dropped_term":
            parts.append(f"<p>{html.escape(draft)} <span style='background:#fff2a8'>"
                         f"{html.escape(finding.quote)}</span></p>")
        if finding.other is not None:
            parts.append(f"<p>{html.escape(last)} {html.escape(finding.other.quote)}</p>")
        if finding.key in self._dismissed:
            note = self._dismissed[finding.key] or self.tr("(no note)")
            parts.append(f"<p><i>{html.escape(dismissed)} {html.escape(note)}</i></p>")
        self.detail.setHtml("".join(parts))

    def _context_menu(self, position) -> None:
        if self.current() is None:
            return
        menu = QMenu(self)
        for action in (self.jump_action, self.other_action, None, self.dismiss_action, self.restore_action):
            menu.addSeparator() if action is None else menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(position))


def _one_line(text: str, size: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[:size - 1] + "…"


def _service(name: str):
    """A service of :mod:`hjdesk.analysis`, imported when first used (it brings in the store)."""
    from hjdesk import analysis

    return getattr(analysis, name)
