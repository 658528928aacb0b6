"""The import dialog: progress while files are read, then what came of each one.

It is driven through three slots (:meth:`ImportDialog.on_progress`,
:meth:`~ImportDialog.on_finished`, :meth:`~ImportDialog.on_cancelled`), so a
worker or a test can drive it alike."""

from __future__ import annotations

import html
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QTextBrowser, QVBoxLayout, QWidget

from .workers import Worker

if TYPE_CHECKING:
    from hjdesk.jobs import ImportOutcome

    from .library import Library

#: What the importers read; the file dialog offers these.
REPORT_PATTERNS = "*.docx *.txt *.md *.html *.htm *.pdf"


def local_paths(mime: QMimeData) -> list[str]:
    """The local files a drag carries (folders and remote addresses are left out)."""
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and Path(url.toLocalFile()).is_file()]


def import_job(library: Library, paths: Sequence[str]):
    """The import generator for a worker; opening the library may take a moment."""
    from hjdesk import jobs

    return jobs.import_files(library.engine(), list(paths))


class ImportDialog(QDialog):
    """Shows an import as it runs (file n of m, a Cancel button) and then a
    summary with one line per file that failed, saying why."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Reports"))
        self.setMinimumWidth(520)
        self.worker: Worker | None = None
        self._running = True
        self._done = 0
        self._status = QLabel(self.tr("Opening the library…"), self)
        self._status.setWordWrap(True)
        self._bar = QProgressBar(self)
        self._bar.setRange(0, 0)  # busy until the first file starts
        self._bar.setTextVisible(True)
        self.results = QTextBrowser(self)
        self.results.setAccessibleName(self.tr("Import results"))
        self.results.setOpenLinks(False)
        self.results.hide()
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._status)
        layout.addWidget(self._bar)
        layout.addWidget(self.results, 1)
        layout.addWidget(self._buttons)

    def attach(self, worker: Worker) -> None:
        """Follow ``worker`` (an import job) and let Cancel stop it between files."""
        self.worker = worker
        worker.signals.progress.connect(self.on_progress)
        worker.signals.finished.connect(self.on_finished)
        worker.signals.cancelled.connect(self.on_cancelled)
        worker.signals.failed.connect(self.on_failed)
        self.cancel_requested.connect(worker.cancel)

    @property
    def running(self) -> bool:
        return self._running

    def on_progress(self, done: int, total: int, message: str) -> None:
        self._done = done
        self._bar.setRange(0, total)
        self._bar.setValue(done)
        # QProgressBar replaces %m, %v and %p and has no escape; an invisible joiner keeps a name intact.
        self._bar.setFormat(f"{done}/{total}  " + re.sub(r"%(?=[mvp])", "%\u2060", message))
        self._status.setText(self.tr("Reading the files one by one. Cancel stops once the current file is done; "
                                     "the files imported by then stay in the library."))

    def on_finished(self, outcomes: Sequence[ImportOutcome]) -> None:
        failed = [o for o in outcomes if o.error]
        new = [o for o in outcomes if o.created]
        known = [o for o in outcomes if o.report_id is not None and not o.created]
        summary = self.tr("Imported {imported}, failed {failed}.").format(imported=len(new), failed=len(failed))
        if known:
            summary += " " + self.tr("{count} already in the library, not imported again.").format(count=len(known))
        self._bar.setFormat(self.tr("Done"))
        self._end(summary)
        self.results.setHtml(self._results_html(failed, new, known))
        self.results.show()
        self.resize(max(self.width(), 560), max(self.height(), 420))  # room for the list of files

    def on_cancelled(self) -> None:
        self._end(self.tr("Import cancelled. The files handled before stopping ({count}) stay in the library.")
                  .format(count=self._done))

    def on_failed(self, message: str) -> None:
        self._end(self.tr("The import stopped: {reason}").format(reason=message))

    def reject(self) -> None:
        """Escape or the window's close button cancels a running import instead of hiding it."""
        if not self._running:
            super().reject()
            return
        self._status.setText(self.tr("Cancelling… the file being read is finished first."))
        self._buttons.setEnabled(False)
        self.cancel_requested.emit()

    def _end(self, summary: str) -> None:
        self._running = False
        self._bar.setRange(0, max(self._bar.maximum(), 1))
        self._bar.setValue(self._bar.maximum())
        self._status.setText(summary)
        self._status.setStyleSheet("font-weight: bold")
        self._buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self._buttons.setEnabled(True)
        self._buttons.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

    def _results_html(self, failed, new, known) -> str:
        parts = []
        if failed:
            heading = self.tr("Not imported")  # outside the f-string, where lupdate can read it
            parts.append(f"<h4 style='color:#b00020'>{html.escape(heading)}</h4>")
            parts += [self._item(o.path, _reason(o)) for o in failed]
        if new:
            heading = self.tr("Imported")
            parts.append(f"<h4>{html.escape(heading)}</h4>")
            parts += [self._item(o.path, "\n".join((self._identity(o), *o.warnings))) for o in new]
        if known:
            heading = self.tr("Already in the library")
            parts.append(f"<h4>{html.escape(heading)}</h4>")
            parts += [self._item(o.path, self._identity(o)) for o in known]
        return "".join(parts)

    def _identity(self, outcome: ImportOutcome) -> str:
        year = self.tr("Year {year}").format(year=outcome.year) if outcome.year else self.tr("year unrecognised")
        return self.tr("{jurisdiction} {year}: {title}").format(
            jurisdiction=outcome.jurisdiction or self.tr("jurisdiction unrecognised"), year=year, title=outcome.title)

    @staticmethod
    def _item(path: str, text: str) -> str:
        return (f"<p style='margin:0 0 8px 0'><b>{html.escape(os.path.basename(path))}</b><br>"
                f"{html.escape(text).replace(chr(10), '<br>')}</p>")


def _reason(outcome: ImportOutcome) -> str:
    """The failure sentence without the file name it starts with (shown above it)."""
    prefix = os.path.basename(outcome.path) + "："
    return outcome.error[len(prefix):] if outcome.error.startswith(prefix) else outcome.error
