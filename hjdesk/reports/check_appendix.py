"""The draft check as the gap summary's last part: what this year's report
(the draft) wrongly inherited from last year's or contradicts within itself,
counted by kind, then a table of the findings. 序号 is a finding's number in
the draft check (as ``hjdesk check`` and the window number it), so a printed
row can be looked up. The new and dropped formulations are many and only
inform: on paper they are two lists of words after the table; in a
spreadsheet and CSV they are rows like the rest. Dismissed findings are left
out and counted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from hjdesk.core.checks import KIND_NAMES, KINDS, WITHIN_DRAFT, Finding
from hjdesk.core.model import ParsedReport
from hjdesk.core.places import sections_at

from .document import Cell, Column, Paragraph, Row, Run, Table, cell, para

#: The kinds listed as words on paper, not as rows.
TERM_KINDS = ("new_term", "dropped_term")
#: The findings table's name and its sheet in a spreadsheet.
CHECK_TABLE = "起草检查结果"
CHECK_SHEET = "起草检查"
CHECK_COLUMNS = (
    Column("序号", 0.6, True), Column("类别", 0.95), Column("位置", 1.5), Column("问题", 2.7), Column("原文", 3.4),
    Column("类别代码", 1.2, printed=False),
)


def check_appendix(heading: str, draft: ParsedReport, shown: Sequence[tuple[int, Finding]], dismissed: int) -> list:
    """The part headed ``heading``: the counts, the table of ``shown``
    (``(number, finding)`` of the findings not dismissed) and the two lists."""
    blocks: list = [para(heading, "heading"), para(_counts(shown, dismissed))]
    table = check_table(draft, shown)
    lists = [(kind, [f.quote for _, f in shown if f.kind == kind]) for kind in TERM_KINDS]
    lists = [(kind, terms) for kind, terms in lists if terms]
    if table.on_paper():
        blocks.append(para("“序号”为起草检查中的编号；“原文”中“上年”为上年报告的对应文字，“另见”为本稿另一处。"
                           + ("新提法和删去的提法见表后。" if lists else ""), "small"))
    blocks.append(table)
    for kind, terms in lists:
        blocks += [para(f"{KIND_NAMES[kind]}（{len(terms)} 个）", "subheading"), Paragraph((Run("、".join(terms)),), "note")]
    return blocks


def _counts(shown: Sequence[tuple[int, Finding]], dismissed: int) -> str:
    """共 12 条：年份沿用 1 条，…；另有 2 条已排除。"""
    counted = Counter(finding.kind for _, finding in shown)
    parts = [f"{KIND_NAMES[kind]} {counted[kind]} 条" for kind in KINDS if counted[kind]]
    text = f"本年报告对照上年报告的起草检查，共 {len(shown)} 条" + (f"：{'，'.join(parts)}" if parts else "，没有发现问题")
    return text + (f"；另有 {dismissed} 条已排除，不再列出。" if dismissed else "。")


def check_table(draft: ParsedReport, shown: Sequence[tuple[int, Finding]]) -> Table:
    """A row for each finding; the formulations' rows are kept off paper."""
    rows = tuple(Row(_cells(draft, number, finding), printed=finding.kind not in TERM_KINDS)
                 for number, finding in shown)
    return Table(CHECK_TABLE, CHECK_COLUMNS, rows, sheet=CHECK_SHEET)


def _cells(draft: ParsedReport, number: int, finding: Finding) -> tuple[Cell, ...]:
    return (cell(str(number), value=number, number_format="0"), cell(KIND_NAMES[finding.kind]),
            cell(_section(draft, finding.char_start)), cell(finding.message), _quotes(finding), cell(finding.kind))


def _section(draft: ParsedReport, offset: int, longest: int = 20) -> str:
    """The heading of the innermost section holding ``offset``, cut short: a place to look, not a quote."""
    holding = [s for s in sections_at(draft, offset) if s.heading]
    heading = holding[-1].heading if holding else "（正文）"
    return heading if len(heading) <= longest else heading[:longest - 1] + "…"


def _quotes(finding: Finding) -> Cell:
    """The draft's words, then the other place's: last year's ("相同" when
    word for word), or the draft's own elsewhere; a dropped formulation has
    only last year's."""
    runs = [] if finding.kind == "dropped_term" else [Run(finding.quote)]
    if finding.other is not None:
        label = "另见：" if finding.kind in WITHIN_DRAFT else "上年："
        same = bool(runs) and finding.other.quote == finding.quote
        runs += [Run(("　" if runs else "") + label, "bold"), Run("相同" if same else finding.other.quote, "muted")]
    return Cell(tuple(runs))
