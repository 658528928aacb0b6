"""Print preview, print and export from the window: the document each tab
gives, the comparison's choice of sections, the printer set-up kept, and the
file dialogs faked."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog

from hjdesk.ui.main_window import COMPARE_TAB, GAPS_TAB
from hjdesk.ui.print_export import CompareScopeDialog
from tests.ui.test_main_window import _open


@pytest.fixture
def previews(monkeypatch, tmp_path):
    """Each preview paints into a PDF file instead of showing a dialog; returns the files."""
    made = []

    def fake_exec(dialog):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"preview{len(made)}.pdf"))
        printer.setFullPage(True)
        dialog.paintRequested.emit(printer)
        made.append(tmp_path / f"preview{len(made)}.pdf")
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    return made


def _text(path) -> str:
    """A printed PDF's text (printing to a file goes through Qt alone: its radicals are read as ideographs)."""
    from hjdesk.reports.pdf_text import radicals

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    text = "".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                  check=True).stdout.split())
    return "".join(chr(int(radicals().get(f"{ord(c):04X}", f"{ord(c):04X}"), 16)) for c in text)


def test_print_preview_of_the_gap_table_and_of_the_changed_sections(qtbot, make_main_window, demo_library,
                                                                    previews, monkeypatch):
    window = make_main_window(demo_library.url)
    _open(qtbot, window, demo_library.old, demo_library.new)
    tools = window.print_export
    assert tools.preview_action.shortcut().toString() == "Ctrl+P"
    window.show_tab(GAPS_TAB)
    with qtbot.waitSignal(tools.document_ready, timeout=60000) as built:
        tools.preview_action.trigger()
    assert built.args[0].title.endswith("目标完成情况对照")
    assert "目标完成情况对照" in _text(previews[-1]) and "第1页共" in _text(previews[-1])

    window.show_tab(COMPARE_TAB)
    monkeypatch.setattr(CompareScopeDialog, "ask", classmethod(lambda cls, parent, current: "changed"))
    with qtbot.waitSignal(tools.document_ready, timeout=60000) as built:
        tools.preview_action.trigger()
    headings = [b.text for b in built.args[0].blocks if b.text.startswith("【")]
    assert headings and not any(h.startswith("【相同") for h in headings)
    assert "删去的文字" in _text(previews[-1])


def test_cancelling_the_choice_of_sections_prints_nothing(qtbot, make_main_window, demo_library, previews,
                                                          monkeypatch):
    window = make_main_window(demo_library.url)
    _open(qtbot, window, demo_library.old, demo_library.new)
    window.show_tab(COMPARE_TAB)
    monkeypatch.setattr(CompareScopeDialog, "ask", classmethod(lambda cls, parent, current: None))
    window.print_export.preview_action.trigger()
    qtbot.wait(50)
    assert not previews and not window.pool.busy


def test_the_current_section_alone(qtbot, make_main_window, demo_library, monkeypatch):
    window = make_main_window(demo_library.url)
    _open(qtbot, window, demo_library.old, demo_library.new)
    window.show_tab(COMPARE_TAB)
    view = window.compare_view
    changed = [i for i, place in enumerate(view.data.places) if place.pair.status == "changed"]
    view.go_to_pair(changed[2])
    monkeypatch.setattr(CompareScopeDialog, "ask", classmethod(lambda cls, parent, current: "current"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    with qtbot.waitSignal(window.print_export.document_ready, timeout=60000) as built:
        window.print_export.print_action.trigger()
    headings = [b.text for b in built.args[0].blocks if b.text.startswith("【")]
    assert len(headings) == 1 and view.current_heading() in headings[0]


def test_export_writes_the_chosen_file_and_remembers_the_folder(qtbot, make_main_window, demo_library, tmp_path,
                                                                monkeypatch):
    import openpyxl

    window = make_main_window(demo_library.url)
    _open(qtbot, window, demo_library.old, demo_library.new)
    target = tmp_path / "表" / "差距"
    target.parent.mkdir()
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, suggested, filters: (asked.append(suggested), (str(target), filters))[1])
    with qtbot.waitSignal(window.print_export.document_ready, timeout=60000):
        window.print_export.export_actions[("gaps", "xlsx")].trigger()
    written = target.with_suffix(".xlsx")
    assert openpyxl.load_workbook(written).worksheets[0].max_row > 10
    assert str(written) in window.status_label.text()
    assert asked[0].endswith("目标完成情况对照.xlsx")
    with qtbot.waitSignal(window.print_export.document_ready, timeout=60000):
        window.print_export.export_actions[("gaps", "csv")].trigger()
    assert asked[1].startswith(str(target.parent)), "the next export opens where the last one went"


def test_the_printer_set_up_is_kept_for_the_next_session(qtbot, make_main_window, demo_library, previews):
    window = make_main_window(demo_library.url)
    _open(qtbot, window, demo_library.old, demo_library.new)
    window.show_tab(GAPS_TAB)
    window.print_export.printer().setPageOrientation(QPageLayout.Orientation.Landscape)
    window.print_export.printer().setCopyCount(2)
    with qtbot.waitSignal(window.print_export.document_ready, timeout=60000):
        window.print_export.preview_action.trigger()
    window.settings.sync()
    again = make_main_window(demo_library.url)
    printer = again.print_export.printer()
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert printer.copyCount() == 2


def test_printing_to_a_pdf_file_leaves_searchable_chinese(qtbot, make_main_window, demo_library, tmp_path,
                                                          monkeypatch):
    window = make_main_window(demo_library.url)
    _open(qtbot, window, demo_library.old, demo_library.new)
    window.show_tab(GAPS_TAB)
    printer = window.print_export.printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    with qtbot.waitSignal(window.print_export.document_ready, timeout=60000):
        window.print_export.print_action.trigger()
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils is not installed")
    text = subprocess.run(["pdftotext", str(tmp_path / "printed.pdf"), "-"], capture_output=True, text=True).stdout
    assert "目标完成情况对照" in text


def test_print_and_export_want_a_comparison_first(qtbot, make_main_window, demo_library, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = make_main_window(demo_library.url)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: said.append(text))
    window.print_export.preview_action.trigger()
    assert said and ("对比" in said[0] or "comparison" in said[0].lower())


def test_the_draft_check_option_reaches_the_gap_summary_and_is_kept(qtbot, make_main_window, planted_library,
                                                                    previews, tmp_path, monkeypatch):
    import csv

    from hjdesk.reports.check_appendix import CHECK_TABLE

    window = make_main_window(planted_library.url)
    _open(qtbot, window, planted_library.old, planted_library.new)
    window.show_tab(GAPS_TAB)
    tools = window.print_export
    option, to_csv = tools.check_action, tools.export_actions[("gaps", "csv")]
    assert option.isCheckable() and not option.isChecked() and option in tools.export_menu.actions()
    with qtbot.waitSignal(tools.document_ready, timeout=60000) as built:
        tools.preview_action.trigger()
    assert not any(t.name == CHECK_TABLE for t in built.args[0].tables())
    plain_csv = to_csv.text()

    option.trigger()
    assert option.isChecked() and to_csv.text() != plain_csv, "the CSV export says it holds the draft check"
    with qtbot.waitSignal(tools.document_ready, timeout=60000) as built:
        tools.preview_action.trigger()
    table = next(t for t in built.args[0].tables() if t.name == CHECK_TABLE)
    assert any(row.cells[1].text == "年份沿用" for row in table.rows)
    assert "起草检查结果" in _text(previews[-1]) and "照搬上年" in _text(previews[-1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "check.csv"), a[-1]))
    with qtbot.waitSignal(tools.document_ready, timeout=60000):
        to_csv.trigger()
    with open(tmp_path / "check.csv", encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle))[:2] == ["序号", "类别"]

    window.settings.sync()
    again = make_main_window(planted_library.url, "settings.ini")
    assert again.print_export.check_action.isChecked() and again.print_export.export_actions[("gaps", "csv")].text() \
        == to_csv.text(), "the choice is kept for the next session"
    again.print_export.check_action.trigger()
    assert again.print_export.export_actions[("gaps", "csv")].text() == plain_csv
