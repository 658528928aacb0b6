"""Print preview, print and export from the window: 文件 → 打印预览
(Ctrl+P), 打印 (Ctrl+Shift+P) and 导出. The document is the one
``hjdesk export`` writes (built on a worker from the library); the gap table
tab prints the gap summary, the comparison tab the redline or, in promise
mode, promise to delivery. 导出 → 附上起草检查结果 makes the gap summary end
with the draft check of the new report against the old (a CSV then holds the
draft check alone). The printer set-up and that choice are remembered."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMenu,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from .workers import Worker

log = logging.getLogger(__name__)

#: Export formats.
GAP_FORMATS = ("pdf", "docx", "xlsx", "csv")
COMPARE_FORMATS = ("pdf", "docx")
#: The setting that keeps "include the draft check".
CHECK_FLAG = "print_draft_check"


class CompareScopeDialog(QDialog):
    """Which sections of a comparison go on paper: all, the changed ones, or the current one."""

    def __init__(self, parent: QWidget | None, current: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Print the comparison"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Sections to include:"), self))
        self.group = QButtonGroup(self)
        choices = (("all", self.tr("&All sections")), ("changed", self.tr("&Changed sections only")),
                   ("current", self.tr("The &current section: %1").replace("%1", current or "—")))
        for index, (code, text) in enumerate(choices):
            button = QRadioButton(text, self)
            button.setProperty("scope", code)
            button.setEnabled(code != "current" or bool(current))
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.group.button(0).setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def scope(self) -> str:
        return self.group.checkedButton().property("scope")

    @classmethod
    def ask(cls, parent: QWidget | None, current: str) -> str | None:
        """The scope chosen, or None when the person cancelled."""
        dialog = cls(parent, current)
        return dialog.scope() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PrintExport(QObject):
    """The window's print and export actions. ``status_message`` and
    ``failed`` report to the window; ``document_ready`` fires with each
    document built (tests and the status bar use it)."""

    status_message = Signal(str)
    failed = Signal(str)
    document_ready = Signal(object)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.preview_action = self._action(self.tr("Print pre&view…"), self.preview, QKeySequence.StandardKey.Print)
        self.print_action = self._action(self.tr("&Print…"), self.print_, QKeySequence("Ctrl+Shift+P"))
        self.export_menu = QMenu(self.tr("&Export"), window)
        names = {"pdf": "PDF", "docx": "Word (.docx)", "xlsx": "Excel (.xlsx)", "csv": "CSV"}
        self.export_actions = {}
        for fmt in GAP_FORMATS:
            action = self._action(self.tr("Gap table as %1…").replace("%1", names[fmt]),
                                  lambda _=False, fmt=fmt: self.export("gaps", fmt))
            self.export_actions[("gaps", fmt)] = action
            self.export_menu.addAction(action)
        self.check_action = QAction(self.tr("Include the &draft check"), window)
        self.check_action.setCheckable(True)
        self.check_action.setStatusTip(self.tr("The gap table's print preview, print and export end with the draft "
                                               "check of the new report against the old (a CSV holds the draft check "
                                               "alone)"))
        self.check_action.toggled.connect(self._on_check_toggled)
        self.check_action.setChecked(window.settings.flag(CHECK_FLAG))
        self.export_menu.addAction(self.check_action)
        self.export_menu.addSeparator()
        for fmt in COMPARE_FORMATS:
            action = self._action(self.tr("Comparison as %1…").replace("%1", names[fmt]),
                                  lambda _=False, fmt=fmt: self.export("compare", fmt))
            self.export_actions[("compare", fmt)] = action
            self.export_menu.addAction(action)
        self._printer = None  # a QPrinter, made on first use
        self._worker: Worker | None = None

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setStatusTip(text.rstrip("…"))
        action.triggered.connect(slot)
        return action

    def _on_check_toggled(self, on: bool) -> None:
        """Remember the choice; the CSV export then writes the draft check, and says so."""
        self.window.settings.set_flag(CHECK_FLAG, on)
        csv = self.export_actions[("gaps", "csv")]
        csv.setText(self.tr("Draft check as %1…").replace("%1", "CSV") if on
                    else self.tr("Gap table as %1…").replace("%1", "CSV"))
        csv.setStatusTip(csv.text().rstrip("…"))

    # what to print ---------------------------------------------------------------

    def current_kind(self) -> str:
        """The comparison tab prints the comparison; every other tab the gap summary."""
        from .main_window import COMPARE_TAB

        return "compare" if self.window.tabs.currentIndex() == COMPARE_TAB else "gaps"

    def build(self, kind: str, then) -> None:
        """Build the document of ``kind`` on a worker, then call ``then(document)``."""
        pair = self.window.comparison_pair()
        if pair is None:
            self.failed.emit(self.tr("Open a comparison first: choose two reports in the library and press Compare."))
            return
        request = self._request(kind, pair)
        if request is None:
            return
        self.status_message.emit(self.tr("Preparing the document…"))
        args, kwargs = request
        worker = Worker(self.window.library.call, *args, **kwargs)
        worker.signals.finished.connect(lambda document: self._on_built(document, then))
        worker.signals.failed.connect(self.failed)
        self._worker = worker
        self.window.pool.start(worker)

    def _request(self, kind: str, pair: tuple[int, int]):
        from hjdesk.exports import compare_document, gap_document, library_name

        library = library_name(self.window.library.url or _default_url())
        if kind == "gaps":
            return (gap_document, *pair), {"library": library, "checks": self.check_action.isChecked()}
        view = self.window.compare_view
        scope = CompareScopeDialog.ask(self.window, view.current_heading())
        if scope is None:
            return None
        sections = view.current_sections() if scope == "current" else ()
        return (compare_document, *pair), {"mode": view.mode(), "changes_only": scope == "changed",
                                           "sections": frozenset(sections), "options": view.options(),
                                           "library": library}

    def _on_built(self, document, then) -> None:
        self.status_message.emit("")
        self.document_ready.emit(document)
        then(document)

    # print ----------------------------------------------------------------------------

    def printer(self):
        """One printer for the session (a QPrinter), set up as last time."""
        from PySide6.QtPrintSupport import QPrinter

        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self._printer.setFullPage(True)
            self._printer.setPageLayout(_a4())
            apply_setup(self._printer, self.window.settings.printer_setup())
        return self._printer

    def preview(self) -> None:
        self.build(self.current_kind(), self._show_preview)

    def print_(self) -> None:
        self.build(self.current_kind(), self._print_now)

    def _show_preview(self, document) -> None:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from hjdesk.reports.paint import render

        dialog = QPrintPreviewDialog(self.printer(), self.window)
        dialog.setWindowTitle(self.tr("Print preview — %1").replace("%1", document.title))
        dialog.paintRequested.connect(lambda printer: render(document, printer))
        dialog.resize(1000, 900)
        dialog.exec()
        mend_pdf_output(self.printer())
        self._remember()

    def _print_now(self, document) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        from hjdesk.reports.paint import render

        dialog = QPrintDialog(self.printer(), self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            render(document, self.printer())
            mend_pdf_output(self.printer())
            self.status_message.emit(self.tr("Sent to the printer: %1").replace("%1", document.title))
        self._remember()

    def _remember(self) -> None:
        self.window.settings.set_printer_setup(printer_setup(self.printer()))

    # export -----------------------------------------------------------------------------

    def export(self, kind: str, fmt: str) -> None:
        self.build(kind, lambda document: self._save(document, fmt))

    def _save(self, document, fmt: str) -> None:
        from hjdesk.reports.output import ExportError, export

        filters = {"pdf": "PDF (*.pdf)", "docx": "Word (*.docx)", "xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)"}
        folder = self.window.settings.flag_text("export/folder") or str(Path.home())
        suggested = str(Path(folder) / f"{_safe(document.title)}.{fmt}")
        # The file dialog asks before replacing a file, so a confirmed name may be overwritten.
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export"), suggested, filters[fmt])
        if not path:
            return
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        try:
            written = export(document, path, fmt, force=True)
        except (ExportError, ValueError) as exc:
            self.failed.emit(str(exc))
            return
        self.window.settings.set_flag_text("export/folder", str(written.parent))
        self.status_message.emit(self.tr("Exported: %1").replace("%1", str(written)))


def mend_pdf_output(printer) -> None:
    """Printed to a PDF file ("print to file"): mend its text layer as
    exports are mended, so that its Chinese can be searched."""
    from PySide6.QtPrintSupport import QPrinter

    path = Path(printer.outputFileName()) if printer.outputFileName() else None
    if printer.outputFormat() != QPrinter.OutputFormat.PdfFormat or path is None or not path.is_file():
        return
    from hjdesk.reports.output import atomic_write
    from hjdesk.reports.pdf_text import fix_text_layer

    try:
        atomic_write(path, lambda temporary: fix_text_layer(path, temporary), force=True)
    except Exception:  # the printed file stands as Qt wrote it; only copying its text suffers
        log.exception("could not mend the text layer of %s", path)


def _a4() -> QPageLayout:
    from hjdesk.reports.paint import a4_layout

    return a4_layout()


def _default_url() -> str:
    from hjdesk.store.db import default_url

    return default_url()


def _safe(title: str) -> str:
    return "".join("_" if c in '\\/:*?"<>|' else c for c in title) or "hjdesk"


def printer_setup(printer) -> dict:
    """What of a printer's set-up is worth keeping between sessions."""
    layout = printer.pageLayout()
    return {"printer": printer.printerName(), "page": int(layout.pageSize().id().value),
            "orientation": int(layout.orientation().value), "duplex": int(printer.duplex().value),
            "color": int(printer.colorMode().value), "copies": printer.copyCount()}


def apply_setup(printer, setup: dict) -> None:
    """Give a printer the set-up kept by :func:`printer_setup` (what no longer applies is skipped)."""
    from PySide6.QtPrintSupport import QPrinter

    try:
        if setup.get("printer"):
            printer.setPrinterName(str(setup["printer"]))
        if "page" in setup:
            printer.setPageSize(QPageSize(QPageSize.PageSizeId(int(setup["page"]))))
        if "orientation" in setup:
            printer.setPageOrientation(QPageLayout.Orientation(int(setup["orientation"])))
        if "duplex" in setup:
            printer.setDuplex(QPrinter.DuplexMode(int(setup["duplex"])))
        if "color" in setup:
            printer.setColorMode(QPrinter.ColorMode(int(setup["color"])))
        if "copies" in setup:
            printer.setCopyCount(max(1, int(setup["copies"])))
    except (TypeError, ValueError):
        pass  # a set-up from another Qt or a damaged settings file: keep the defaults
