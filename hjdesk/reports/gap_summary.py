"""The gap summary as a document: a title naming the place and both years,
the counts by tier, the table (qualifiers, results, gaps, statuses; main
targets not reported first), the chart of targets against results, and the
sentences each row comes from, a person's corrections marked as such; on
request, the draft check of this year's report last (:mod:`.check_appendix`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from hjdesk.core.gap_rows import GapRow, GapRules, PairRow
from hjdesk.core.gap_scale import place, x_window
from hjdesk.core.model import Indicator, ParsedReport
from hjdesk.core.places import heading_at, sentence_span
from hjdesk.core.qualitative import WORDED

from .check_appendix import CHECK_TABLE, check_appendix
from .document import Bar, Cell, Chart, Column, Document, Paragraph, Row, Run, Table, cell, para
from .words import STATUS_NAMES, TIER_NAMES, difference_text, number, result_text, target_text

#: Tier names short enough for a narrow column.
SHORT_TIERS = {"main": "主要目标", "task": "工作任务", "livelihood": "民生实事", "fiscal": "财政安排"}
#: A person's hand in a row, as the table marks it.
PERSON_MARK = "✎"
_TIERS = ("main", "task", "livelihood", "fiscal")


@dataclass(frozen=True)
class GapSource:
    """What a gap summary is made from: the two reports (anything with
    ``jurisdiction``, ``year``, ``label``, ``title``, ``source_name``, ``id``
    and ``parsed``), the table's year and rows, the two extra tables, and
    the draft check of ``new`` against ``old`` when it is to be included
    (anything with ``draft.parsed`` and ``shown()``, as
    :class:`hjdesk.analysis.DraftCheck`)."""

    old: object
    new: object
    year: int | None
    rows: tuple[GapRow, ...]
    ambition: tuple[PairRow, ...] = ()
    targets: tuple[PairRow, ...] = ()
    check: object | None = None


def gap_summary(source: GapSource, library: str = "", today: date | None = None,
                rules: GapRules = GapRules()) -> Document:
    """The whole gap summary, ready for the painter and every writer."""
    today = today or date.today()
    old, new = source.old, source.new
    title = f"{old.jurisdiction}{source.year or ''}年目标完成情况对照"
    blocks: list = [
        para(title, "title"),
        para(f"{_name(old)}所定目标，对照{_name(new)}所报完成情况", "subtitle"),
        para("一、总体情况", "heading"),
        para(_overview(source.rows)),
        counts_table(source.rows),
        para("二、目标与完成情况", "heading"),
        para(f"表中“{PERSON_MARK}”为人工更正或决定；“注”为原文摘录的编号（见第四部分）。"
             "未提及的主要预期目标排在最前。", "small"),
        gap_table(source.rows, old.parsed, new.parsed),
    ]
    chart = gap_chart(source.rows, rules)
    if chart.bars:
        blocks += [para("三、目标与实绩对照图", "heading"), chart]
    numbers = iter("三四五六七")
    if not chart.bars:
        next(numbers)
    blocks += [para(f"{next(numbers)}、原文摘录", "heading"), *source_notes(source.rows, old.parsed, new.parsed)]
    if source.ambition or source.targets:
        blocks.append(para(f"{next(numbers)}、附表", "heading"))
        blocks += extra_tables(source)
    check = source.check
    if check is not None:
        shown = check.shown()
        blocks += check_appendix(f"{next(numbers)}、起草检查结果", check.draft.parsed, shown,
                                 len(check.shown(True)) - len(shown))
    footer = f"{today.isoformat()} 生成" + (f" · 报告库：{library}" if library else "")
    return Document(title, tuple(blocks), footer, csv_table=CHECK_TABLE if check is not None else "")


def _name(report) -> str:
    label = f"（{report.label}）" if report.label else ""
    return f"{report.year or ''}年《{report.title or report.source_name}》{label}"


def _overview(rows: Sequence[GapRow]) -> str:
    counted = Counter(row.status for row in rows if row.status != "no_target")
    total = sum(counted.values())
    parts = [f"{STATUS_NAMES[s]} {counted[s]} 项" for s in ("met", "missed", "not_reported", "unclear") if counted[s]]
    main = [row for row in rows if row.tier == "main" and row.status != "no_target"]
    main_text = ""
    if main:
        met = sum(row.status == "met" for row in main)
        main_text = f"其中主要预期目标 {len(main)} 项，完成 {met} 项。"
    decided = sum(row.decided for row in rows)
    person = f"人工更正或决定 {decided} 行。" if decided else ""
    return f"上年目标共 {total} 项：{'，'.join(parts) or '无'}。{main_text}{person}"


def counts_table(rows: Sequence[GapRow]) -> Table:
    """Targets by tier and status, with a total line."""
    shown = ("met", "missed", "not_reported", "unclear")
    columns = (Column("层级", 1.6), Column("目标数", 1, True)) + tuple(Column(STATUS_NAMES[s], 1, True) for s in shown)
    lines = []
    for tier in (*_TIERS, None):
        members = [r for r in rows if r.status != "no_target" and (tier is None or r.tier == tier)]
        if tier is not None and not members:
            continue
        counted = Counter(r.status for r in members)
        cells = [cell(TIER_NAMES.get(tier, tier) if tier else "合计", "bold" if tier is None else ""),
                 _count(len(members))] + [_count(counted[s]) for s in shown]
        lines.append(Row(tuple(cells)))
    return Table("完成情况统计", columns, tuple(lines))


def _count(value: int) -> Cell:
    return cell(str(value), value=value, number_format="0")


#: The gap table's columns: the printed ones, then the numbers and sources a spreadsheet also wants.
GAP_COLUMNS = (
    Column("序号", 0.45, True), Column("层级", 0.95), Column("指标", 2.1), Column("目标", 1.5),
    Column("实绩", 1.4), Column("差距", 1.4), Column("完成情况", 1.0), Column("注", 0.45, True),
    Column("单位", 0.6, printed=False), Column("目标值", 1, True, printed=False),
    Column("目标上限", 1, True, printed=False), Column("实绩值", 1, True, printed=False),
    Column("差距值", 1, True, printed=False), Column("差距百分比", 1, True, printed=False),
    Column("上年原文", 4, printed=False), Column("上年章节", 2, printed=False),
    Column("本年原文", 4, printed=False), Column("本年章节", 2, printed=False),
    Column("人工", 0.5, printed=False), Column("备注", 2, printed=False),
)
STATUS_COLUMN = 6


def gap_table(rows: Sequence[GapRow], old: ParsedReport, new: ParsedReport) -> Table:
    lines = tuple(Row(_gap_cells(number_, row, old, new), row.status) for number_, row in enumerate(rows, start=1))
    return Table("目标完成情况", GAP_COLUMNS, lines, STATUS_COLUMN)


def _gap_cells(index: int, row: GapRow, old: ParsedReport, new: ParsedReport) -> tuple[Cell, ...]:
    target, actual = row.target, row.actual
    person = row.decided or bool(target and target.corrected) or bool(actual and actual.corrected)
    worded = target is not None and target.measure in WORDED
    status = (Run(STATUS_NAMES.get(row.status, row.status), "bold"),) + ((Run(PERSON_MARK, "person"),) if person else ())
    return (
        cell(str(index), value=index, number_format="0"),
        cell(SHORT_TIERS.get(row.tier, row.tier)),
        cell(row.indicator),
        _marked(target_text(target, shorten=40), target) if target else cell("—"),
        _marked(result_text(actual), actual) if actual else cell("—"),
        cell(difference_text(row.gap, row.gap_unit, row.gap_percent) if row.gap is not None else ""),
        Cell(status),
        cell(str(index), value=index, number_format="0") if target or actual or row.evidence else cell(""),
        cell(row.unit),
        _value(None if worded or target is None else target.value, target.unit if target else ""),
        _value(None if target is None else target.value_high, target.unit if target else ""),
        _value(None if actual is None else actual.value, actual.unit if actual else ""),
        _value(row.gap, row.gap_unit),
        _value(None if row.gap_percent is None else round(row.gap_percent, 2), "%"),
        cell(_sentence(old, target)), cell(heading_at(old, target.char_start) if target else ""),
        cell(_sentence(new, actual)), cell(heading_at(new, actual.char_start) if actual else ""),
        cell(PERSON_MARK if person else ""),
        cell(row.note),
    )


def _marked(text: str, indicator: Indicator) -> Cell:
    return Cell((Run(text),) + ((Run(PERSON_MARK, "person"),) if indicator.corrected else ()))


def _value(value: float | None, unit: str = "") -> Cell:
    """A number for spreadsheets, shown with its unit (the unit is in the format, not the value)."""
    shown = unit.replace('"', "")
    return cell("" if value is None else number(value) + unit, value=value,
                number_format=f'General"{shown}"' if shown else "General")


def _sentence(report: ParsedReport, indicator: Indicator | None) -> str:
    if indicator is None:
        return ""
    if indicator.corrected and not (0 <= indicator.char_start < indicator.char_end <= len(report.text)):
        return indicator.quote
    left, right = sentence_span(report.text, indicator.char_start, indicator.char_end)
    return report.text[left:right].strip()


def gap_chart(rows: Sequence[GapRow], rules: GapRules = GapRules()) -> Chart:
    """Rows with a target and a result on one scale, as the window's chart places them."""
    placed = [(row, place(row, rules)) for row in rows if row.target is not None and row.target.measure not in WORDED]
    placed = [(row, p) for row, p in placed if p.result is not None]
    low, high = x_window([p for _, p in placed]) if placed else (0.0, 150.0)
    bars = tuple(Bar(row.indicator, p.result, p.band, row.status,
                     f"{result_text(row.actual)} / {target_text(row.target)}" if row.actual else "")
                 for row, p in placed)
    return Chart("目标与实绩", bars, low, high, "实绩占目标的百分比（虚线为恰好达到目标）")


def source_notes(rows: Sequence[GapRow], old: ParsedReport, new: ParsedReport) -> list[Paragraph]:
    """Numbered notes: each row's sentences in both reports, the sentence
    that decided a row without a figure, and a person's note."""
    notes = []
    for index, row in enumerate(rows, start=1):
        runs = [Run(f"注{index}　{row.indicator}", "bold")]
        if row.target is not None:
            runs += [Run("　上年："), *_quoted(old, row.target)]
        if row.actual is not None:
            runs += [Run("　本年："), *_quoted(new, row.actual)]
        if row.evidence is not None:
            start, end = row.evidence
            runs += [Run("　本年原话："), Run(new.text[start:end].strip())]
        if row.note:
            runs += [Run(f"　{PERSON_MARK}人工备注：", "person"), Run(row.note, "person")]
        if len(runs) > 1:
            notes.append(Paragraph(tuple(runs), "note"))
    return notes or [para("没有原文摘录。", "note")]


def _quoted(report: ParsedReport, indicator: Indicator) -> list[Run]:
    """The sentence with the quoted figure in bold, and the section it stands in."""
    text = report.text
    if indicator.corrected and not (0 <= indicator.char_start < indicator.char_end <= len(text)):
        return [Run(indicator.quote, "bold"), Run(f"（{PERSON_MARK}人工更正）", "person")]
    left, right = sentence_span(text, indicator.char_start, indicator.char_end)
    start, end = max(left, indicator.char_start), min(right, indicator.char_end)
    where = heading_at(report, indicator.char_start)
    runs = [Run(text[left:start].lstrip()), Run(text[start:end], "bold"), Run(text[end:right].rstrip())]
    if indicator.corrected:
        runs.append(Run(f"（{PERSON_MARK}人工更正为 {indicator_value(indicator)}）", "person"))
    if where:
        runs.append(Run(f"〔{where}〕", "muted"))
    return [r for r in runs if r.text]


def indicator_value(indicator: Indicator) -> str:
    return target_text(indicator, shorten=None) if indicator.role == "target" else result_text(indicator)


def extra_tables(source: GapSource) -> list:
    """The window's two other tables: this year's new targets against last
    year's results, and last year's targets against this year's."""
    year = source.year
    blocks: list = []
    if source.ambition:
        blocks += [para(f"附表1　{(year or 0) + 1}年新目标对照{year}年实绩", "subheading"),
                   pair_table("新目标对照上年实绩", f"{(year or 0) + 1}年目标", f"{year}年实绩", source.ambition)]
    if source.targets:
        blocks += [para(f"附表2　{year}年目标对照{(year or 0) + 1}年目标", "subheading"),
                   pair_table("上年目标对照新目标", f"{year}年目标", f"{(year or 0) + 1}年目标", source.targets)]
    return blocks


def pair_table(name: str, left: str, right: str, rows: Sequence[PairRow]) -> Table:
    """New targets against last year's results, or last year's targets against this year's."""
    columns = (Column("指标", 2.2), Column(left, 1.4), Column(f"{left}（数值）", 1, True, printed=False),
               Column(right, 1.4), Column(f"{right}（数值）", 1, True, printed=False), Column("变化", 1, True))
    lines = []
    for row in rows:
        lines.append(Row((
            cell(row.indicator),
            cell(indicator_value(row.left) if row.left else "—"),
            _value(row.left.value if row.left and row.left.measure not in WORDED else None, row.left.unit if row.left else ""),
            cell(indicator_value(row.right) if row.right else "—"),
            _value(row.right.value if row.right and row.right.measure not in WORDED else None,
                   row.right.unit if row.right else ""),
            _value(row.delta),
        )))
    return Table(name, columns, tuple(lines))

