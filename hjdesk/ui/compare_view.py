"""The comparison (对比): two :class:`Pane` objects side by side, held level
by aligned section, the list of section pairs, an overview strip, and the
commands a reader needs (next/previous change, fold, ignore options, mode,
pins).

The alignment is computed on a worker; word diffs are computed on workers
for the pairs that come on screen, once each, and kept: scrolling back never
recomputes them."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableView,
                               QToolBar, QVBoxLayout, QWidget)

from hjdesk.core.textnorm import DiffOptions

from .compare_data import ComparisonData, diff_marks, load_comparison, sync_anchors
from .compare_model import ChangeBarDelegate, Col, PairListModel
from .library import Library
from .overview import OverviewStrip
from .pane import Pane
from .pin_edit import PinActions
from .workers import Worker, WorkerPool

_SIDES = ("old", "new")


class CompareView(QWidget):
    """Open a comparison with :meth:`open_pair`; ``loaded`` fires when it is
    on screen and ``diffs_applied`` whenever word diffs were drawn."""

    loaded = Signal()
    diffs_applied = Signal()
    failed = Signal(str)
    status_message = Signal(str)

    def __init__(self, library: Library, pool: WorkerPool, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.library, self.pool, self.undo_stack = library, pool, undo_stack
        self.data: ComparisonData | None = None
        self._marked: set[int] = set()
        self._pending: set[int] = set()
        self._anchors: tuple[tuple[int, ...], tuple[int, ...]] = ((0,), (0,))
        self._syncing = False
        self._current = -1
        self._folded = False
        self._build_ui()
        self._build_actions()
        self._connect()
        self.pins = PinActions(self)

    # building ------------------------------------------------------------

    def _build_ui(self) -> None:
        self.panes = {side: Pane(side, self) for side in _SIDES}
        self.titles = {side: QLabel(self) for side in _SIDES}
        self.overview = OverviewStrip(self)
        self.pair_model = PairListModel(self)
        self.pair_list = QTableView(self)
        self.pair_list.setModel(self.pair_model)
        self.pair_list.setItemDelegateForColumn(Col.CHANGE, ChangeBarDelegate(self.pair_list))
        self.pair_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pair_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pair_list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.pair_list.setDefaultDropAction(Qt.DropAction.LinkAction)
        self.pair_list.verticalHeader().hide()
        self.pair_list.horizontalHeader().setSectionResizeMode(Col.HEADING, QHeaderView.ResizeMode.Stretch)
        self.pair_list.setAccessibleName(self.tr("Section pairs"))
        self.pair_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.toolbar = QToolBar(self)
        texts = QSplitter(Qt.Orientation.Horizontal, self)
        for side in _SIDES:
            column = QWidget(texts)
            layout = QVBoxLayout(column)
            layout.setContentsMargins(0, 0, 0, 0)
            self.titles[side].setWordWrap(True)
            self.titles[side].setStyleSheet("font-weight: bold; padding: 2px 4px;")
            layout.addWidget(self.titles[side])
            layout.addWidget(self.panes[side])
            texts.addWidget(column)
        self.panes["old"].setAccessibleName(self.tr("Old report"))
        self.panes["new"].setAccessibleName(self.tr("New report"))
        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(texts, 1)
        row.addWidget(self.overview)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.pair_list)
        self.splitter.addWidget(body)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 1100])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        self._diff_timer = QTimer(self)
        self._diff_timer.setSingleShot(True)
        self._diff_timer.setInterval(60)

    def _build_actions(self) -> None:
        self.prev_action = self._action(self.tr("Previous change"), QKeySequence("Shift+F7"), self.previous_change)
        self.next_action = self._action(self.tr("Next change"), QKeySequence("F7"), self.next_change)
        self.fold_action = self._action(self.tr("Fold unchanged sections"), None, self.set_folded, checkable=True)
        self.ignore_actions = {
            "ignore_punct_width": self._action(self.tr("Ignore punctuation width (，and ,)"), None,
                                               self._on_options_changed, checkable=True),
            "ignore_whitespace": self._action(self.tr("Ignore whitespace"), None, self._on_options_changed,
                                              checkable=True),
            "ignore_line_breaks": self._action(self.tr("Ignore line breaks"), None, self._on_options_changed,
                                               checkable=True),
        }
        self.mode_group = QActionGroup(self)
        self.mode_actions = {
            "same": self._action(self.tr("Same-kind comparison"), None, lambda: self.set_mode("same"), checkable=True),
            "promise": self._action(self.tr("Promise to delivery"), None, lambda: self.set_mode("promise"),
                                    checkable=True),
        }
        for action in self.mode_actions.values():
            self.mode_group.addAction(action)
        self.mode_actions["same"].setChecked(True)
        for action in (*self.mode_actions.values(), None, self.prev_action, self.next_action, None, self.fold_action,
                       *self.ignore_actions.values()):
            self.toolbar.addSeparator() if action is None else self.toolbar.addAction(action)

    def _action(self, text: str, shortcut, slot, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setCheckable(checkable)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setStatusTip(text)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _connect(self) -> None:
        self.pair_list.selectionModel().currentRowChanged.connect(self._on_pair_list_current)
        self.overview.position_clicked.connect(self._on_overview_clicked)
        self._diff_timer.timeout.connect(self._request_visible_diffs)
        for side, pane in self.panes.items():
            # Qt lays out a long text in the background: what is "on screen" is known only as it goes.
            pane.document().documentLayout().documentSizeChanged.connect(self._diff_timer.start)
            pane.scrolled.connect(lambda side=side: self._on_pane_scrolled(side))
            pane.offset_clicked.connect(lambda offset, side=side: self._on_offset_clicked(side, offset))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._diff_timer.start()

    # opening ---------------------------------------------------------------

    def options(self) -> DiffOptions:
        return DiffOptions(**{name: action.isChecked() for name, action in self.ignore_actions.items()})

    def mode(self) -> str:
        return "promise" if self.mode_actions["promise"].isChecked() else "same"

    def open_pair(self, old_id: int, new_id: int, mode: str | None = None, options: DiffOptions | None = None) -> None:
        """Compute the comparison of two stored reports on a worker and show it."""
        if mode is not None:
            self.mode_actions[mode].setChecked(True)
        if options is not None:
            for name, action in self.ignore_actions.items():
                action.setChecked(getattr(options, name))
        self.status_message.emit(self.tr("Aligning the two reports…"))
        worker = Worker(self.library.call, load_comparison, old_id, new_id, self.mode(), self.options())
        worker.signals.finished.connect(self._on_loaded)
        worker.signals.failed.connect(self.failed)
        self.pool.start(worker)

    def reopen(self) -> None:
        """Align again (after a pin, a mode or an option changed), keeping the place."""
        if self.data is not None:
            self._keep_offset = self.panes["new"].top_offset()
            self.open_pair(self.data.old_id, self.data.new_id)

    def set_mode(self, mode: str) -> None:
        self.mode_actions[mode].setChecked(True)
        self.reopen()

    def _on_options_changed(self) -> None:
        self.reopen()

    def _on_loaded(self, data: ComparisonData) -> None:
        keep = getattr(self, "_keep_offset", None)
        self._keep_offset = None
        self.data = data
        self._marked.clear()
        self._pending.clear()
        self._current = -1
        self.titles["old"].setText(self._caption(data.old_meta, data.old_title))
        self.titles["new"].setText(self._caption(data.new_meta, data.new_title))
        self._syncing = True
        self.panes["old"].set_report_text(data.old_text)
        self.panes["new"].set_report_text(data.new_text)
        self._syncing = False
        self.pair_model.set_pairs([p.pair for p in data.places], data.promises, data.answered)
        self._anchors = sync_anchors(data.places)
        self.overview.set_marks(self._overview_marks(data))
        if self._folded:
            self._apply_fold()
        if keep:
            self.panes["new"].scroll_to_offset(keep)
        changed = sum(1 for p in data.places if p.pair.status != "same")
        if data.mode == "promise" and data.commitment_spans:
            counts = {status: sum(1 for *_, s in data.commitment_spans if s == status) for status in ("number", "words", "no")}
            self.status_message.emit(self.tr(
                "{n} commitments: {a} reported with figures (green), {b} in words (blue), {c} not found (red)").format(
                n=len(data.commitment_spans), a=counts["number"], b=counts["words"], c=counts["no"]))
        else:
            self.status_message.emit(self.tr("{n} section pairs, {c} with changes").format(n=len(data.places),
                                                                                          c=changed))
        self.loaded.emit()
        self._diff_timer.start()  # after the new text is laid out, so "on screen" is known

    def _caption(self, meta: tuple, title: str) -> str:
        jurisdiction, year, label = meta
        where = self.tr("{jurisdiction} {year}").format(jurisdiction=jurisdiction or "", year=year or "").strip()
        caption = f"{where} · {title}" if where else title
        return f"{caption}（{label}）" if label else caption

    def _overview_marks(self, data: ComparisonData) -> list[tuple[float, float, str]]:
        size = max(1, len(data.new_text))
        marks = []
        for place in data.places:
            side = "new" if place.new else "old"
            extent = place.extent(side)
            if place.pair.status == "same" or extent is None:
                continue
            length = max(1, len(data.new_text if side == "new" else data.old_text))
            scale = size / length if side == "old" else 1.0
            marks.append((extent[0] * scale / size, extent[1] * scale / size, place.pair.status))
        return marks

    # diffs on screen -------------------------------------------------------

    def visible_pairs(self) -> list[int]:
        """Indices of the pairs with text on screen in either pane."""
        if self.data is None:
            return []
        ranges = {side: (pane.top_offset(), pane.bottom_offset()) for side, pane in self.panes.items()}
        found = []
        for index, place in enumerate(self.data.places):
            for side in _SIDES:
                extent = place.extent(side)
                top, bottom = ranges[side]
                if extent and extent[0] <= bottom and extent[1] >= top:
                    found.append(index)
                    break
        return found

    def _request_visible_diffs(self, indices: list[int] | None = None) -> None:
        if self.data is None:
            return
        wanted = [i for i in (self.visible_pairs() if indices is None else indices)
                  if i not in self._marked and i not in self._pending]
        if not wanted:
            return
        self._pending.update(wanted)
        worker = Worker(_marks_of, self.data, wanted)
        worker.signals.finished.connect(self._on_diffs)
        worker.signals.failed.connect(self.failed)
        self.pool.start(worker)

    def _on_diffs(self, result: tuple[ComparisonData, dict]) -> None:
        data, marks = result
        if data is not self.data:
            return  # a comparison opened since; these marks belong to the old one
        for index, (old_marks, new_marks) in marks.items():
            self.panes["old"].mark(old_marks)
            self.panes["new"].mark(new_marks)
            self._marked.add(index)
            self._pending.discard(index)
        self.diffs_applied.emit()

    @property
    def busy(self) -> bool:
        """Whether diffs are wanted or being computed (tests wait for it to clear)."""
        return self._diff_timer.isActive() or bool(self._pending)

    @property
    def diffed_pairs(self) -> frozenset[int]:
        return frozenset(self._marked)

    # scrolling in step -------------------------------------------------------

    def _on_pane_scrolled(self, side: str) -> None:
        if self._syncing or self.data is None:
            return
        self._syncing = True
        try:
            self._level(side)
        finally:
            self._syncing = False
        self._update_overview_view()
        self._diff_timer.start()

    def _level(self, master: str) -> None:
        """Scroll the other pane so the same aligned place stands at its top."""
        other = "new" if master == "old" else "old"
        mine, theirs = (self._anchors if master == "old" else self._anchors[::-1])
        pane, partner = self.panes[master], self.panes[other]
        top = pane.top_offset()
        index = max(0, bisect_right(mine, top) - 1)
        y0, y_top = pane.y_of(mine[index]), pane.verticalScrollBar().value()
        if index + 1 < len(mine):
            y1 = pane.y_of(mine[index + 1])
            fraction = (y_top - y0) / (y1 - y0) if y1 > y0 else 0.0
            p0, p1 = partner.y_of(theirs[index]), partner.y_of(theirs[index + 1])
            target = p0 + max(0.0, min(1.0, fraction)) * (p1 - p0)
        else:
            target = partner.y_of(theirs[index]) + (y_top - y0)
        partner.verticalScrollBar().setValue(round(target))

    def _update_overview_view(self) -> None:
        pane = self.panes["new"]
        size = max(1, len(pane.report_text))
        self.overview.set_view(pane.top_offset() / size, pane.bottom_offset() / size)

    def _on_overview_clicked(self, fraction: float) -> None:
        if self.data is not None:
            self.panes["new"].scroll_to_offset(round(fraction * len(self.data.new_text)), margin=40)

    # going to a pair or a change -----------------------------------------------

    def go_to_pair(self, index: int) -> None:
        """Bring a pair to the top of both panes and outline its changes."""
        if self.data is None or not 0 <= index < len(self.data.places):
            return
        self._current = index
        place = self.data.places[index]
        self._syncing = True
        try:
            for side in _SIDES:
                extent = place.extent(side)
                if extent is not None:
                    self.panes[side].scroll_to_offset(extent[0], margin=40)
        finally:
            self._syncing = False
        if not place.old or not place.new:
            master = "new" if place.new else "old"
            self._on_pane_scrolled(master)
        for side in _SIDES:
            self.panes[side].set_current(place.old if side == "old" else place.new)
        self._select_in_list(index)
        self._update_overview_view()
        self._request_visible_diffs([index, *self.visible_pairs()])

    def _select_in_list(self, index: int) -> None:
        model_index = self.pair_model.index(index, 0)
        self.pair_list.selectionModel().blockSignals(True)
        self.pair_list.setCurrentIndex(model_index)
        self.pair_list.selectionModel().blockSignals(False)
        self.pair_list.scrollTo(model_index)

    def change_indices(self) -> list[int]:
        if self.data is None:
            return []
        return [i for i, p in enumerate(self.data.places) if p.pair.status != "same"]

    def next_change(self) -> None:
        after = [i for i in self.change_indices() if i > self._current]
        if after:
            self.go_to_pair(after[0])

    def previous_change(self) -> None:
        before = [i for i in self.change_indices() if i < self._current]
        if before:
            self.go_to_pair(before[-1])

    @property
    def current_pair(self) -> int:
        return self._current

    def _current_place(self):
        if self.data is None or not 0 <= self._current < len(self.data.places):
            return None
        return self.data.places[self._current]

    def current_heading(self) -> str:
        """The heading of the pair the person is at ("" before a comparison is open)."""
        place = self._current_place()
        return "" if place is None else place.pair.new_heading or place.pair.old_heading

    def current_sections(self) -> tuple[int, ...]:
        """The section ids, on either side, of the pair the person is at."""
        place = self._current_place()
        if place is None:
            return ()
        return tuple(s for s in (place.pair.old_section, place.pair.new_section) if s is not None)

    def show_offset(self, side: str, start: int, end: int) -> None:
        """Scroll to a place in one report (a gap row's sentence) and outline it."""
        if self.data is None:
            return
        pane = self.panes[side]
        pane.scroll_to_offset(start, margin=80)
        pane.set_current([(start, end)])
        index = self.data.pair_at(side, start)
        if index is not None:
            self._current = index
            self._select_in_list(index)

    def _on_pair_list_current(self, current, _previous) -> None:
        if current.isValid():
            self.go_to_pair(current.row())

    def _on_offset_clicked(self, side: str, offset: int) -> None:
        """A click in a moved (or any paired) unit brings its partner level with it."""
        if self.data is None:
            return
        index = self.data.pair_at(side, offset)
        if index is None:
            return
        place = self.data.places[index]
        other = "new" if side == "old" else "old"
        extent = place.extent(other)
        if extent is not None and place.pair.status == "moved":
            self._syncing = True
            self.panes[other].scroll_to_offset(extent[0], margin=40)
            self._syncing = False
        self._current = index
        self._select_in_list(index)
        for each in _SIDES:
            self.panes[each].set_current(place.old if each == "old" else place.new)
        promised = self.data.commitment_at(offset) if side == "old" and self.data.mode == "promise" else None
        if promised is not None and self.data.commitment_passages[promised] is not None:
            # a commitment clicked: the review's words on it, level with it
            start, end = self.data.commitment_passages[promised]
            self.panes["old"].set_current([self.data.commitment_spans[promised][:2]])
            self.panes["new"].set_current([(start, end)])
            self._syncing = True
            self.panes["new"].scroll_to_offset(start, margin=40)
            self._syncing = False

    # folding -------------------------------------------------------------------

    def set_folded(self, folded: bool) -> None:
        self._folded = bool(folded)
        self.fold_action.setChecked(self._folded)
        if self.data is not None:
            self._apply_fold()

    def _apply_fold(self) -> None:
        same = [p for p in self.data.places if p.pair.status == "same"] if self._folded else []
        self.panes["old"].fold([s for p in same for s in p.old])
        self.panes["new"].fold([s for p in same for s in p.new])
        self._request_visible_diffs()

    def pin(self, old_section: int | None, new_section: int | None) -> None:
        """Pin two sections of the open comparison (undoable)."""
        self.pins.pin(old_section, new_section)


def _marks_of(data: ComparisonData, indices: list[int]) -> tuple[ComparisonData, dict]:
    """The marks of some pairs, with the comparison they belong to (run on a worker)."""
    return data, diff_marks(data, indices)
