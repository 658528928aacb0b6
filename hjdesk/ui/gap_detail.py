"""The detail panel under the gap table: the two source sentences of the
selected row side by side, numbers highlighted, with the section each comes
from and a link that opens the comparison there."""

from __future__ import annotations

import html
from dataclasses import replace
from typing import TYPE_CHECKING, Sequence

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from hjdesk.core.gaps import GapRow, PairRow
from hjdesk.core.model import Indicator, ParsedReport
from hjdesk.core.places import heading_at

from . import palette
from .gap_format import (
    difference_text,
    indicator_text,
    result_text,
    sentence_html,
    status_name,
    target_text,
)

if TYPE_CHECKING:
    from hjdesk.analysis import GapAnalysis


class GapDetail(QTextBrowser):
    """The two source sentences of one row, side by side, the numbers
    highlighted, with the section each comes from; a link jumps to it."""

    jump_requested = Signal(str, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor_clicked)
        self._spans: dict[str, tuple[int, int]] = {}

    def show_hint(self, text: str) -> None:
        self._spans = {}
        self.setHtml(f"<p style='color:#666666'>{html.escape(text)}</p>")

    def show_gap_row(self, analysis: GapAnalysis, row: GapRow) -> None:
        """A row of the gap table: the target's sentence and the result's."""
        colors = palette.STATUS_COLORS[row.status]
        facts = [self.tr("Target: %1").replace("%1", target_text(row.target)) if row.target else "",
                 self.tr("Result: %1").replace("%1", result_text(row.actual)) if row.actual else "",
                 self.tr("Gap: %1").replace("%1", difference_text(row.gap, row.gap_unit, row.gap_percent))
                 if row.gap is not None else ""]
        badge = "<span style='color:{}; background:{}'>&nbsp;{}&nbsp;</span>".format(
            colors[0].name(), colors[1].name(), html.escape(status_name(row.status)))
        self._show(row.indicator, badge + "&nbsp;&nbsp;" + html.escape("　".join(f for f in facts if f)), (
            ("old", self.tr("Last year's report: “%1”").replace("%1", analysis.old.title), analysis.old.parsed,
             row.target),
            ("new", self.tr("This year's report: “%1”").replace("%1", analysis.new.title), analysis.new.parsed,
             row.actual or _evidence(row, analysis.new.parsed.text))), row.note)

    def show_pair_row(self, analysis: GapAnalysis, kind: str, row: PairRow, headers: Sequence[str]) -> None:
        """A row of a side table; ``headers`` name its two columns."""
        left = analysis.new if kind == "ambition" else analysis.old
        facts = "　".join(self.tr("%1: %2").replace("%1", h).replace("%2", indicator_text(i))
                         for h, i in zip(headers, (row.left, row.right)) if i)
        self._show(row.indicator, html.escape(facts), (
            ("new" if kind == "ambition" else "old", f"{headers[0]} · {left.title}", left.parsed, row.left),
            ("new", f"{headers[1]} · {analysis.new.title}", analysis.new.parsed, row.right)))

    def _show(self, name: str, facts: str, sides: Sequence[tuple[str, str, ParsedReport, Indicator | None]],
              note: str = "") -> None:
        """``sides`` are (side, caption, report, indicator) for the left and right column."""
        title = f"<p><span style='font-size:large'><b>{html.escape(name)}</b></span>&nbsp;&nbsp;{facts}</p>"
        self._spans = {side: (i.char_start, i.char_end) for side, _, _, i in sides if i is not None}
        cells = "".join(f"<td width='50%' style='padding-right:16px'>{self._cell(*side)}</td>" for side in sides)
        body = f"{title}<table width='100%' cellspacing='0'><tr>{cells}</tr></table>"
        if note:
            body += "<p><i>✎ {}</i></p>".format(html.escape(self.tr("Your note: %1").replace("%1", note)))
        self.setHtml(body)

    def _cell(self, side: str, caption: str, report: ParsedReport, indicator: Indicator | None) -> str:
        head = f"<p style='margin-bottom:2px'><b>{html.escape(caption)}</b></p>"
        if indicator is None:
            return head + "<p style='color:#8b0000'>{}</p>".format(html.escape(self.tr("Not stated in this report.")))
        sentence = sentence_html(report.text, indicator, palette.VALUE_BACKGROUND.name())
        heading = heading_at(report, indicator.char_start)
        where = html.escape(self.tr("Section: %1").replace("%1", heading)) if heading else ""
        link = "<a href='{}'>{}</a>".format(side, html.escape(self.tr("Show in the report")))
        return (f"{head}<p style='color:#555555; margin:0'>{where}</p>"
                f"<p style='margin-top:4px'>{sentence}</p><p>{link}</p>")

    def _on_anchor_clicked(self, url: QUrl) -> None:
        side = url.toString()
        if side in self._spans:
            self.jump_requested.emit(side, *self._spans[side])


def _evidence(row: GapRow, text: str) -> Indicator | None:
    """What the new report says of the target in words (全年主要目标任务顺利完成),
    as a span the panel can show like a result's sentence."""
    if row.evidence is None or row.target is None:
        return None
    start, end = row.evidence
    return replace(row.target, char_start=start, char_end=end, quote=text[start:end], anchor="")
