"""Filing a report: the jurisdiction, year and drafting round the library
files it under, for when the title block said something else or nothing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

if TYPE_CHECKING:
    from hjdesk.store.repository import ReportSummary

    from .library import Library

#: Drafting rounds offered for a report. They are stored values that name a
#: draft the way the drafting office does, not interface text, so they stay
#: Chinese in every language; any other name may be typed.
ROUNDS = ("初稿", "二稿", "三稿", "征求意见稿", "送审稿", "定稿")

_NO_YEAR = 1948  # the spin box's lowest value stands for "unrecognised"


def save_filing(library: Library, report_id: int, jurisdiction: str, year: int | None, label: str) -> int:
    """Store a filing (on a worker); ``year=None`` keeps the stored year."""
    from hjdesk import analysis

    library.call(analysis.edit_report, report_id, jurisdiction=jurisdiction, year=year, label=label)
    return report_id


class ReportDialog(QDialog):
    """Asks for a report's jurisdiction, year and drafting round; emits
    ``filed(report_id, jurisdiction, year or None, label)`` when accepted."""

    filed = Signal(int, str, object, str)

    def __init__(self, report: ReportSummary, jurisdictions: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("File Report"))
        self.setMinimumWidth(460)
        about = QLabel(self.tr("<b>{title}</b><br>File: {source}").format(title=report.title or report.source_name,
                                                                         source=report.source_name), self)
        about.setWordWrap(True)
        self.jurisdiction = self._combo(jurisdictions, report.jurisdiction, self.tr("e.g. Hongjiang District"))
        self.year = QSpinBox(self)
        self.year.setRange(_NO_YEAR, 2100)
        self.year.setSpecialValueText(self.tr("Unrecognised"))
        self.year.setValue(report.year or _NO_YEAR)
        self.label = self._combo(ROUNDS, report.label, self.tr("No round"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(about)
        form.addRow(self.tr("&Jurisdiction:"), self.jurisdiction)
        form.addRow(self.tr("&Year:"), self.year)
        form.addRow(self.tr("Drafting &round:"), self.label)
        form.addRow(buttons)

    def _combo(self, choices: Sequence[str], current: str, placeholder: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItems([c for c in choices if c])
        combo.setCurrentText(current)
        combo.lineEdit().setPlaceholderText(placeholder)
        return combo

    def accept(self) -> None:
        year = self.year.value()
        self.filed.emit(self.report.id, self.jurisdiction.currentText().strip(),
                        None if year == _NO_YEAR else year, self.label.currentText().strip())
        super().accept()
