"""How the gap table's values are written for a person: status names and
icons, targets with their qualifiers, results, differences, and the source
sentence around a quote. Core gives codes and numbers; words are made here."""

from __future__ import annotations

import html
from typing import Any, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from hjdesk.core.model import Indicator, ParsedReport
from hjdesk.core.places import sentence_span
from hjdesk.reports import words
from hjdesk.reports.words import number  # noqa: F401  (the window writes figures through this module)

from .palette import STATUS_COLORS

translate = QCoreApplication.translate  # lupdate reads the literal contexts below

ModelIndex = QModelIndex | QPersistentModelIndex
ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def status_name(status: str) -> str:
    """The translated name of a gap status code."""
    names = {"not_reported": translate("GapTableModel", "Not reported"),
             "missed": translate("GapTableModel", "Missed"),
             "unclear": translate("GapTableModel", "Unclear"),
             "met": translate("GapTableModel", "Met"),
             "no_target": translate("GapTableModel", "No target")}
    return names.get(status, status)


def _templates() -> dict[str, str]:
    return {"about": translate("GapTableModel", "about %1"), "range": translate("GapTableModel", "%1 to %2"),
            "down": translate("GapTableModel", "down %1"), "stretch": translate("GapTableModel", "%1 (stretch)"),
            "estimate": translate("GapTableModel", "%1 (estimate)"), "points": translate("GapTableModel", "%1 pp"),
            "with_percent": translate("GapTableModel", "%1 (%2%)")}


def target_text(target: Indicator) -> str:
    """≥6%, ≤4.5%, 约6%, 4.5%—5%, with 力争 for a stretch target; a target
    set in words (居民收入增长和经济增长同步) shows its words."""
    return words.target_text(target, _templates())


def result_text(actual: Indicator) -> str:
    """5.2%, 下降5.1%, or 5.2%（预计） when the report gives an estimate."""
    return words.result_text(actual, _templates())


def indicator_text(indicator: Indicator) -> str:
    return target_text(indicator) if indicator.role == "target" else result_text(indicator)


def difference_text(value: float, unit: str, percent: float | None = None) -> str:
    """+0.3个百分点, -0.7亿元（-11.5%）."""
    return words.difference_text(value, unit, percent, _templates())


def sentence_html(text: str, indicator: Indicator, background: str = "") -> str:
    """The sentence of an indicator as rich text, its quote in bold (on
    ``background`` if given)."""
    left, right = sentence_span(text, indicator.char_start, indicator.char_end)
    start, end = max(left, indicator.char_start), min(right, indicator.char_end)
    before, quote, after = (html.escape(p.strip()) for p in (text[left:start], text[start:end], text[end:right]))
    style = f" style='background:{background}'" if background else ""
    return f"{before}<b{style}>{quote}</b>{after}"


def main_keys(report: ParsedReport, indicators: Sequence[Indicator]) -> frozenset[str]:
    """Keys of the targets stated in a report's main-targets passage (主要预期目标)."""
    spans = [(s.char_start, s.char_end) for s in report.sections if s.kind == "targets"]
    return frozenset(i.key for i in indicators
                     if i.role == "target" and any(a <= i.char_start < b for a, b in spans))


def is_main(target: Indicator | None, keys: frozenset[str], row: Any = None) -> bool:
    """A main target; a ``tier`` the engine may give later wins over the passage test."""
    tier = getattr(row, "tier", None) or getattr(target, "tier", None)
    if tier is not None:
        return target is not None and tier == "main"  # a result no target asked for is no main target
    return target is not None and target.key in keys


_ICONS: dict[str, QIcon] = {}


def status_icon(status: str) -> QIcon:
    """A small round badge in the status colour, with a sign that does not
    rely on colour alone: ✓ met, ✕ missed, ! not reported, ? unclear, – no target."""
    if status not in _ICONS:
        icon = QIcon()
        for size in (16, 32):
            icon.addPixmap(_badge(status, size))
        _ICONS[status] = icon
    return _ICONS[status]


#: The white sign on each badge, as strokes on a 16×16 grid (a point is a stroke of no length).
_SIGNS = {
    "met": ((4.5, 8.5, 7, 11), (7, 11, 11.5, 5.5)),
    "missed": ((5.5, 5.5, 10.5, 10.5), (10.5, 5.5, 5.5, 10.5)),
    "not_reported": ((8, 4, 8, 9), (8, 12, 8, 12)),
    "unclear": ((5.5, 6, 6.5, 4.2), (6.5, 4.2, 9.5, 4.2), (9.5, 4.2, 10.5, 6), (10.5, 6, 8, 8.2), (8, 8.2, 8, 9.5),
                (8, 12.5, 8, 12.5)),
    "no_target": ((5, 8, 11, 8),),
}


def _badge(status: str, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 16, size / 16)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(STATUS_COLORS.get(status, STATUS_COLORS["no_target"])[0])
    painter.drawEllipse(QPointF(8, 8), 7.5, 7.5)
    painter.setPen(QPen(QColor("white"), 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    for x1, y1, x2, y2 in _SIGNS.get(status, _SIGNS["no_target"]):
        if (x1, y1) == (x2, y2):
            painter.drawPoint(QPointF(x1, y1))  # a line of no length draws nothing
        else:
            painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
    painter.end()
    return pixmap
