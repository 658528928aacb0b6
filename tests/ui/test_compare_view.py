"""The comparison view on the demo library: panes, pairs, diffs on demand,
next change, folding, jumping to a sentence, undoable pins."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from hjdesk import analysis
from hjdesk.ui import compare_data
from hjdesk.ui.compare_model import PairListModel
from hjdesk.ui.compare_view import CompareView
from hjdesk.ui.workers import WorkerPool


@pytest.fixture
def view(qtbot, library, demo_library):
    pool = WorkerPool()
    widget = CompareView(library, pool, QUndoStack())
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    with qtbot.waitSignal(widget.loaded, timeout=30000):
        widget.open_pair(demo_library.old, demo_library.new)
    yield widget
    pool.wait()


def _settle(qtbot, view):
    qtbot.waitUntil(lambda: not view.busy and not view.pool.busy, timeout=30000)


def test_pair_model_passes_the_model_tester(qtmodeltester, view):
    model = PairListModel()
    model.set_pairs([p.pair for p in view.data.places])
    qtmodeltester.check(model)


def test_both_reports_are_shown_with_their_pairs(view, demo_library):
    assert view.panes["old"].toPlainText().startswith("2025年洪江区")
    assert "示例稿" in view.panes["new"].toPlainText()
    statuses = {p.pair.status for p in view.data.places}
    assert {"changed", "added", "removed", "moved"} <= statuses
    assert view.pair_model.rowCount() == len(view.data.places)
    changed = [p for p in view.data.places if p.pair.status != "same"]
    assert len(view.overview.marks()) == len(changed)
    assert all(0 <= start <= end <= 1 for start, end, _ in view.overview.marks())


def test_word_diffs_are_drawn_for_pairs_on_screen(qtbot, view):
    _settle(qtbot, view)
    assert view.diffed_pairs, "no diff drawn for the first screen"
    index = min(i for i in view.diffed_pairs if view.data.places[i].pair.status == "changed")
    old_marks, new_marks = compare_data.diff_marks(view.data, [index])[index]
    start, end, kind = next(m for m in new_marks if m[2] == "insert")
    cursor = view.panes["new"].textCursor()
    cursor.setPosition(view.panes["new"].position(start) + 1)
    assert cursor.charFormat().fontUnderline()
    start, end, kind = next(m for m in old_marks if m[2] == "delete")
    cursor = view.panes["old"].textCursor()
    cursor.setPosition(view.panes["old"].position(start) + 1)
    assert cursor.charFormat().fontStrikeOut()


def test_scrolling_back_never_recomputes_a_diff(qtbot, view, monkeypatch):
    computed: list[int] = []
    real = compare_data.diff_marks

    def counting(data, indices):
        computed.extend(indices)
        return real(data, indices)

    monkeypatch.setattr("hjdesk.ui.compare_view.diff_marks", counting)
    bar = view.panes["new"].verticalScrollBar()
    for value in range(0, bar.maximum() + bar.pageStep(), bar.pageStep()):
        bar.setValue(value)
        view._request_visible_diffs()
        _settle(qtbot, view)
    first_pass = len(computed)
    assert first_pass == len(set(computed)), "a pair was diffed twice"
    for value in range(bar.maximum(), -1, -bar.pageStep()):
        bar.setValue(value)
        view._request_visible_diffs()
        _settle(qtbot, view)
    assert len(computed) == first_pass


def test_panes_scroll_in_step_by_aligned_section(qtbot, view):
    place = next(p for p in view.data.places if p.pair.status == "changed" and p.pair.level == 1
                 and p.old[0][0] > 2000)
    view.panes["old"].scroll_to_offset(place.old[0][0])
    partner_top = view.panes["new"].top_offset()
    assert abs(partner_top - place.new[0][0]) < 200


def test_next_and_previous_change_walk_the_changed_pairs(view):
    changes = view.change_indices()
    view.next_action.trigger()
    assert view.current_pair == changes[0]
    view.next_action.trigger()
    assert view.current_pair == changes[1]
    view.prev_action.trigger()
    assert view.current_pair == changes[0]
    assert view.pair_list.currentIndex().row() == changes[0]


def test_folding_hides_unchanged_sections(qtbot, view, library, demo_library, tmp_path):
    # the seed against itself with one sentence more at its end: folding leaves almost nothing
    from hjdesk.jobs import import_files, run
    from hjdesk.store.db import open_engine
    from tests.conftest import SEED

    copy = tmp_path / "一字之差.txt"
    copy.write_text(SEED.read_text(encoding="utf-8") + "\n本稿仅在末尾多此一句。\n", encoding="utf-8")
    engine = open_engine(demo_library.url)
    twin = run(import_files(engine, [copy]))[0].report_id
    engine.dispose()
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.open_pair(demo_library.old, twin)
    height = view.panes["old"].document().size().height()
    view.fold_action.trigger()
    assert view.panes["old"].document().size().height() < height / 4
    view.fold_action.trigger()
    assert view.panes["old"].document().size().height() == height


def test_show_offset_brings_a_sentence_on_screen(view):
    text = view.data.new_text
    start = text.index("旅游")
    start = text.index("旅游", len(text) // 2)
    view.show_offset("new", start, start + 2)
    pane = view.panes["new"]
    assert pane.top_offset() <= start <= pane.bottom_offset()
    assert pane.extraSelections()
    assert view.current_pair == view.data.pair_at("new", start)


def test_a_pin_is_stored_and_undone(qtbot, view, library, demo_library):
    removed = next(p.pair for p in view.data.places if p.pair.status == "removed")
    added = next(p.pair for p in view.data.places if p.pair.status == "added")
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.pin(removed.old_section, added.new_section)
    pins = library.call(analysis.pins_of, demo_library.old, demo_library.new, "same")
    assert (removed.old_section, added.new_section) in pins
    assert any(p.pair.link == "pin" and p.pair.old_section == removed.old_section for p in view.data.places)
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.undo_stack.undo()
    assert library.call(analysis.pins_of, demo_library.old, demo_library.new, "same") == ()
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.undo_stack.redo()
    assert library.call(analysis.pins_of, demo_library.old, demo_library.new, "same") == pins


def test_promise_mode_pairs_the_plan_with_the_next_review(qtbot, view):
    with qtbot.waitSignal(view.loaded, timeout=30000):
        view.mode_actions["promise"].trigger()
    assert view.data.mode == "promise"
    assert view.data.places
    # each plan unit's row sums up how its commitments fared, the tooltip lists them
    from PySide6.QtCore import Qt

    from hjdesk.ui.compare_model import Col

    model = view.pair_model
    row = next(i for i, p in enumerate(view.data.places) if p.pair.old_heading == "繁荣活跃文旅产业")
    summary = model.data(model.index(row, Col.STATUS), Qt.ItemDataRole.DisplayRole)
    promised = view.data.promises[view.data.places[row].pair.old_section]
    counts = [sum(1 for status, _ in promised if status == s) for s in ("number", "words", "no")]
    assert summary == f"{counts[0]} / {counts[1]} / {counts[2]}"
    header = model.headerData(Col.STATUS, Qt.Orientation.Horizontal)
    assert header == model.tr("Promises: figures/words/none")
    assert counts[1] >= 5
    tooltip = model.data(model.index(row, Col.STATUS), Qt.ItemDataRole.ToolTipRole)
    assert "搭建5G智慧旅游景区公共服务平台" in tooltip
    answered = view.data.answered[view.data.places[row].pair.new_section]
    assert answered >= 5 and tooltip.endswith(
        model.tr("This review section reports {n} commitments").format(n=answered))
    # the panes mark each commitment by what the review says of it, and the review's words that report one
    from hjdesk.ui.compare_data import diff_marks

    old_marks, new_marks = diff_marks(view.data, [row])[row]
    kinds = {kind for _, _, kind in old_marks}
    assert kinds <= {"promise_number", "promise_words", "promise_no"} and "promise_words" in kinds
    platform = next((a, b) for a, b, _ in old_marks if "搭建5G智慧旅游景区公共服务平台" in view.data.old_text[a:b])
    assert platform
    assert any("5G智慧旅游公共服务平台上线运行" in view.data.new_text[a:b] for a, b, kind in new_marks
               if kind == "promise_found")
    # clicking the commitment brings the review's words on it into view
    view.panes["new"].scroll_to_offset(0)
    view.panes["old"].offset_clicked.emit(platform[0] + 2)
    start, _ = view.data.commitment_passages[view.data.commitment_at(platform[0] + 2)]
    assert "5G智慧旅游公共服务平台上线运行" in view.data.new_text[start:start + 40]
    assert view.panes["new"].verticalScrollBar().value() > 0


def test_dragging_a_removed_section_onto_an_added_one_pins_them(qtbot, view, library, demo_library):
    from PySide6.QtCore import Qt

    rows = [p.pair for p in view.data.places]
    source = next(i for i, p in enumerate(rows) if p.status == "removed")
    target = next(i for i, p in enumerate(rows) if p.status == "added")
    model = view.pair_model
    with qtbot.waitSignal(view.loaded, timeout=30000):
        model.dropMimeData(model.mimeData([model.index(source, 0)]), Qt.DropAction.LinkAction, -1, -1,
                           model.index(target, 0))
    pins = library.call(analysis.pins_of, demo_library.old, demo_library.new, "same")
    assert pins == ((rows[source].old_section, rows[target].new_section),)
    assert view.undo_stack.count() == 1
