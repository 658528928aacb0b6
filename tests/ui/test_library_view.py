"""The report library: its tree model, and the view's import, compare, edit,
delete and drop flows against the demo library."""

from __future__ import annotations

import threading
from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from hjdesk.store.repository import ReportSummary
from hjdesk.ui.import_dialog import ImportDialog
from hjdesk.ui.library_model import Col, KeyRole, LibraryModel, ObjRole, SortRole, size_text
from hjdesk.ui.library_view import LibraryView
from hjdesk.ui.workers import WorkerPool
from tests.conftest import SEED


def summary(id_: int, jurisdiction: str = "洪江区", year: int | None = 2025, label: str = "") -> ReportSummary:
    return ReportSummary(id=id_, jurisdiction=jurisdiction, year=year, label=label, title=f"报告{id_}",
                         delivered_on=date(2024, 12, 17), source_name=f"r{id_}.txt",
                         imported_at=datetime(2025, 1, id_, tzinfo=timezone.utc), section_count=3, chars=21000)


def children(model, parent=QModelIndex()) -> list[str]:
    return [model.index(row, Col.NAME, parent).data() for row in range(model.rowCount(parent))]


def test_model_passes_the_model_tester(qtmodeltester, qapp):
    model = LibraryModel()
    model.set_reports([summary(1), summary(2, year=2026, label="初稿"), summary(3, "", None), summary(4, year=None)])
    qtmodeltester.check(model)
    model.set_reports([])
    qtmodeltester.check(model)


def test_model_groups_by_jurisdiction_then_year_and_puts_the_unknown_apart(qapp):
    model = LibraryModel()
    model.set_reports([summary(1), summary(2, year=2026, label="初稿"), summary(3, "", None), summary(4, year=None)])
    assert children(model) == ["洪江区", "Unrecognised"]
    hongjiang = model.index(0, 0)
    assert children(model, hongjiang) == ["Year 2025", "Year 2026", "Unrecognised"]
    year_2026 = model.index(1, 0, hongjiang)
    report = model.index(0, Col.NAME, year_2026)
    assert report.data() == "初稿 · 报告2"
    assert report.data(ObjRole).id == 2 and year_2026.data(ObjRole) is None
    assert [model.index(0, c, year_2026).data() for c in Col][1:4] == ["r2.txt", "2024-12-17", "21.0k characters"]
    assert model.index(0, Col.NAME, model.index(0, 0, hongjiang)).data() == "No round · 报告1"
    assert model.index(2, 0, hongjiang).data(SortRole) > year_2026.data(SortRole)
    assert model.jurisdictions() == ["洪江区"]
    assert not model.flags(hongjiang) & Qt.ItemFlag.ItemIsSelectable


def test_size_is_told_in_thousands_of_characters():
    assert size_text(9500) == "9500 characters"
    assert size_text(21000) == "21.0k characters"


@pytest.fixture
def pool():
    workers = WorkerPool()
    yield workers
    assert workers.wait()


@pytest.fixture
def view(qtbot, library, pool):
    widget = LibraryView(library, pool)
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.show()
    with qtbot.waitSignal(widget.loaded):
        widget.refresh()
    return widget


def report_ids(view) -> set[int]:
    found, stack = set(), [QModelIndex()]
    while stack:
        parent = stack.pop()
        for row in range(view.model.rowCount(parent)):
            index = view.model.index(row, 0, parent)
            if index.data(ObjRole) is not None:
                found.add(index.data(ObjRole).id)
            stack.append(index)
    return found


def find(view, report_id: int):
    """The report's row as the tree shows it (through the sorting proxy)."""
    model = view.tree.model()
    hits = model.match(model.index(0, 0), Qt.ItemDataRole.DisplayRole, "*", -1,
                       Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    return next(i for i in hits if i.data(ObjRole) is not None and i.data(ObjRole).id == report_id)


def test_refresh_shows_the_demo_reports_under_their_jurisdiction_and_years(view, demo_library):
    assert children(view.model) == ["洪江区"]
    hongjiang = view.model.index(0, 0)
    assert children(view.model, hongjiang) == ["Year 2025", "Year 2026"]
    assert report_ids(view) == {demo_library.old, demo_library.new}
    assert view.tree.isExpanded(find(view, demo_library.old).parent())


@pytest.mark.parametrize("order", ["old_first", "new_first"])
def test_compare_gives_the_older_report_first_whatever_the_selection_order(qtbot, view, demo_library, order):
    ids = [demo_library.old, demo_library.new]
    if order == "new_first":
        ids.reverse()
    selection = view.tree.selectionModel()
    for report_id in ids:
        selection.select(find(view, report_id), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
    assert view.compare_action.isEnabled()
    with qtbot.waitSignal(view.compare_requested) as blocker:
        view.compare_action.trigger()
    assert blocker.args == [demo_library.old, demo_library.new]


def test_actions_follow_the_selection(view, demo_library):
    assert not any(a.isEnabled() for a in (view.compare_action, view.edit_action, view.delete_action))
    view.select_reports([demo_library.old])
    assert view.edit_action.isEnabled() and view.delete_action.isEnabled() and not view.compare_action.isEnabled()
    view.select_reports([demo_library.old, demo_library.new])
    assert view.compare_action.isEnabled() and not view.edit_action.isEnabled()
    assert view.delete_action.shortcut().matches(Qt.Key.Key_Delete)


def test_double_click_on_a_report_asks_for_its_outline(qtbot, view, demo_library):
    centre = view.tree.visualRect(find(view, demo_library.new)).center()
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    with qtbot.waitSignal(view.outline_requested) as blocker:
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [demo_library.new]


def test_selection_and_folding_survive_a_refresh(qtbot, view, demo_library):
    view.select_reports([demo_library.new])
    view.tree.collapse(find(view, demo_library.old).parent())
    with qtbot.waitSignal(view.loaded):
        view.refresh()
    assert [r.id for r in view.selected_reports()] == [demo_library.new]
    assert not view.tree.isExpanded(find(view, demo_library.old).parent())


def good_report(tmp_path, name: str = "洪江区2025定稿.txt", extra: str = "附：本稿为定稿。"):
    """A report the library does not hold yet: the seed with one more line."""
    path = tmp_path / name
    path.write_text(SEED.read_text(encoding="utf-8") + "\n" + extra + "\n", encoding="utf-8")
    return str(path)


def test_import_lists_the_bad_files_and_shows_the_good_one(qtbot, view, tmp_path, demo_library):
    empty, broken = tmp_path / "empty.txt", tmp_path / "broken.docx"
    empty.write_bytes(b"")
    broken.write_bytes(bytes(range(256)) * 8)
    # both signals are watched from the start: the reload may end in the same turn as the import
    imported = _record(view.imported)
    with qtbot.waitSignals([view.imported, view.loaded]):
        dialog = view.import_paths([str(empty), good_report(tmp_path), str(broken)])
    (new_id,) = imported[0]
    listing = dialog.results.toPlainText()
    assert "empty.txt" in listing and "broken.docx" in listing and "洪江区2025定稿.txt" in listing
    assert "文件是空的" in listing
    assert not dialog.running
    assert report_ids(view) == {demo_library.old, demo_library.new, new_id}
    assert [r.id for r in view.selected_reports()] == [new_id]
    dialog.close()


def test_cancel_stops_a_multi_file_import_between_files(qtbot, view, tmp_path, monkeypatch, demo_library):
    from hjdesk import jobs

    started, go_on = threading.Event(), threading.Event()
    real_import = jobs.import_one

    def held_import(*args, **kwargs):  # holds the first file until the test has pressed Cancel
        started.set()
        assert go_on.wait(10)
        return real_import(*args, **kwargs)

    monkeypatch.setattr(jobs, "import_one", held_import)
    paths = [good_report(tmp_path, f"稿{i}.txt", f"附：第{i}稿。") for i in range(4)]
    dialog = view.import_paths(paths)
    qtbot.waitUntil(started.is_set)
    with qtbot.waitSignals([dialog.worker.signals.cancelled, view.loaded]):
        dialog.reject()  # the Cancel button
        go_on.set()
    assert len(report_ids(view)) == 3  # the first file, read before the stop, stays
    assert dialog.isVisible() and not dialog.running
    assert not view.import_paths([]) and view.import_action.isEnabled()
    dialog.close()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
def test_delete_asks_first_naming_the_report(qtbot, view, monkeypatch, demo_library, answer):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *rest: asked.append(text) or answer)
    view.select_reports([demo_library.old])
    if answer == QMessageBox.StandardButton.Yes:
        deleted = _record(view.deleted)
        with qtbot.waitSignals([view.deleted, view.loaded]):
            view.delete_selected()
        assert deleted == [[demo_library.old]]
        assert report_ids(view) == {demo_library.new}
    else:
        view.delete_selected()
        assert report_ids(view) == {demo_library.old, demo_library.new}
    assert len(asked) == 1 and "2025年洪江区管委工作报告" in asked[0] and "hongjiang_2025.txt" in asked[0]


def test_edit_files_the_report_under_another_year_and_round(qtbot, view, demo_library):
    view.select_reports([demo_library.new])
    dialog = view.edit_selected()
    assert dialog.jurisdiction.currentText() == "洪江区" and dialog.label.currentText() == ""
    dialog.year.setValue(2027)
    dialog.label.setCurrentText("二稿")
    with qtbot.waitSignals([view.edited, view.loaded]):
        dialog.accept()
    (report,) = view.selected_reports()
    assert (report.id, report.year, report.label, report.jurisdiction) == (demo_library.new, 2027, "二稿", "洪江区")
    assert children(view.model, view.model.index(0, 0)) == ["Year 2025", "Year 2027"]


def test_dropping_files_imports_them(qtbot, view, tmp_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(good_report(tmp_path)), QUrl.fromLocalFile(str(tmp_path)),
                  QUrl("https://example.org/report.docx")])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    imported = _record(view.imported)
    with qtbot.waitSignals([view.imported, view.loaded]):
        view.dropEvent(event)
    assert event.isAccepted() and len(imported[0]) == 1
    view.findChild(ImportDialog).close()


def test_an_empty_library_says_how_to_fill_it(qtbot, tmp_path, pool):
    from hjdesk.ui.library import Library

    empty = Library(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    widget = LibraryView(empty, pool)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.loaded):
        widget.refresh()
    assert not widget.tree.isVisible()
    assert widget.model.rowCount() == 0 and widget.model.index(0, 0).data(KeyRole) is None
    pool.wait()
    empty.dispose()


def test_the_delete_key_in_the_tree_asks_to_delete(qtbot, view, monkeypatch, demo_library):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args) or QMessageBox.StandardButton.No)
    view.select_reports([demo_library.new])
    view.activateWindow()
    view.tree.setFocus()
    qtbot.waitUntil(view.tree.hasFocus)
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert len(asked) == 1


def test_a_failed_change_is_explained_and_the_library_reread(qtbot, view, library, monkeypatch, demo_library):
    from hjdesk import analysis

    warned = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warned.append(text))
    view.select_reports([demo_library.old])
    library.call(analysis.delete_report, demo_library.old)  # gone behind the view's back
    with qtbot.waitSignal(view.loaded):
        view.delete_selected()
    assert len(warned) == 1 and str(demo_library.old) in warned[0]
    assert report_ids(view) == {demo_library.new}



def _record(signal) -> list:
    """What a signal is emitted with, recorded from now on (a ``waitSignals``
    block watches several signals but keeps no arguments)."""
    seen: list = []
    signal.connect(seen.append)
    return seen


def test_a_library_held_by_another_program_is_said_so_and_retried(qtbot, pool, demo_library, monkeypatch):
    """SQLite's lock outlasts the busy timeout: the view names the library, offers Retry, and reads it again."""
    import sqlite3

    from hjdesk.store import db
    from hjdesk.ui.library import Library

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 50)
    path = demo_library.url[len("sqlite:///"):]
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    library = Library(demo_library.url)
    widget = LibraryView(library, pool)
    qtbot.addWidget(widget)
    answers = [QMessageBox.StandardButton.Retry]
    shown = []

    def answer(box):
        shown.append(box.text())
        holder.execute("COMMIT")  # the other program lets go while the person reads the message
        return answers.pop(0) if answers else QMessageBox.StandardButton.Close

    monkeypatch.setattr(QMessageBox, "exec", answer)
    with qtbot.waitSignal(widget.loaded, timeout=30000):
        widget.refresh()
    assert shown and path in shown[0] and "占用" in shown[0]
    assert report_ids(widget) == {demo_library.old, demo_library.new}
    holder.close()
    library.dispose()


def test_an_unreachable_library_is_said_so_and_can_be_closed(qtbot, pool, monkeypatch):
    from hjdesk.ui.library import Library

    library = Library("postgresql+psycopg://nobody:secret@127.0.0.1:9/none")
    widget = LibraryView(library, pool)
    qtbot.addWidget(widget)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or QMessageBox.StandardButton.Close)
    with qtbot.waitSignal(widget.load_failed, timeout=30000) as failed:
        widget.refresh()
    assert "报告库 postgresql://" in failed.args[0] and "secret" not in failed.args[0]
    assert shown == [failed.args[0]]
