"""The redline as a document: the aligned sections of two reports, each with
its text as the new report has it and last year's words struck through
beside the new ones underlined, changed numbers marked, moved, added and
removed sections said as such; or, in promise mode, each commitment of last
year's plan with what this year's review says of it."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from hjdesk.core.align import AlignedPair
from hjdesk.core.compare import RowDiffs
from hjdesk.core.model import Indicator

from .document import Document, Paragraph, Run, para

STATUS_NAMES = {"same": "相同", "changed": "改动", "added": "新增", "removed": "删去", "moved": "移动"}
LEGEND = (("del", "删去的文字"), ("ins", "新增的文字"), ("num", "改动的数字"), ("moved", "移动的段落"))
DELIVERY_NAMES = {"number": "有数字", "words": "有文字", "no": "未见"}
_DELIVERY_STYLES = {"number": "moved", "words": "ins", "no": "del"}


def _name(report) -> str:
    label = f"（{report.label}）" if report.label else ""
    return f"{report.year or ''}年《{report.title or report.source_name}》{label}"


def _footer(library: str, today: date | None) -> str:
    return f"{(today or date.today()).isoformat()} 生成" + (f" · 报告库：{library}" if library else "")


def redline(comparison, rows: RowDiffs, indicators: tuple[Sequence[Indicator], Sequence[Indicator]] | None = None,
            *, changes_only: bool = False, sections: Collection[int] = (), library: str = "",
            today: date | None = None) -> Document:
    """Every pair of a same-kind comparison (or those whose section on
    either side is in ``sections``; only changed ones if ``changes_only``)."""
    old, new = comparison.old, comparison.new
    title = f"{new.jurisdiction}{new.year or ''}年报告与{old.year or ''}年报告对照"
    blocks: list = [para(title, "title"), para(f"旧：{_name(old)}　新：{_name(new)}", "subtitle"),
                    Paragraph((Run("图例："), *(r for style, words in LEGEND for r in (Run(words, style), Run("　")))),
                              "small")]
    counts: dict[str, int] = {}
    done_groups: set[int] = set()
    for pair in comparison.alignment.pairs:
        counts[pair.status] = counts.get(pair.status, 0) + 1
        if changes_only and pair.status == "same":
            continue
        if sections and pair.old_section not in sections and pair.new_section not in sections:
            continue
        blocks += pair_blocks(pair, rows, indicators, first_of_group=pair.group not in done_groups)
        if pair.group:
            done_groups.add(pair.group)
    blocks.append(para("合计：" + "，".join(f"{STATUS_NAMES[s]} {n} 节" for s, n in counts.items()), "small"))
    return Document(title, tuple(blocks), _footer(library, today), LEGEND)


def pair_blocks(pair: AlignedPair, rows: RowDiffs, indicators, first_of_group: bool = True) -> list[Paragraph]:
    """A pair's heading line and its marked text."""
    heading = pair.new_heading or pair.old_heading or "（无标题）"
    was = f"（原：{pair.old_heading}）" if pair.old_heading and pair.new_heading and pair.old_heading != pair.new_heading else ""
    link = {"split": "，由一节拆分", "merge": "，由几节合并", "pin": "，人工指定对应"}.get(pair.link, "")
    counts = f"　+{pair.inserted} / −{pair.deleted} 字" if pair.status in ("changed", "moved") else ""
    style = {"added": "ins", "removed": "del", "moved": "moved"}.get(pair.status, "")
    blocks = [Paragraph((Run(f"【{STATUS_NAMES.get(pair.status, pair.status)}{link}】", style or "bold"),
                         Run(heading), Run(was, "muted"), Run(counts, "muted")), "subheading")]
    old_text, new_text = rows.texts(pair)
    if pair.status == "added":
        return blocks + _paragraphs([Run(new_text, "ins")])
    if pair.status == "removed":
        return blocks + _paragraphs([Run(old_text, "del")])
    if pair.status == "moved":
        blocks.append(para("本节在两份报告中的位置不同（段落移动）。", "small", "moved"))
    if pair.old_section is None or pair.new_section is None:
        return blocks
    if pair.group and not first_of_group:
        blocks.append(para("（与上一节同组，改动见上。）", "small", "muted"))
        return blocks
    blocks += _paragraphs(marked_runs(rows, pair))
    if pair.kind == "targets" and indicators is not None:
        from hjdesk.compare_text import target_lines

        blocks += [para(line.strip(), "note") for line in target_lines(pair, rows, indicators)]
    return blocks


def marked_runs(rows: RowDiffs, pair: AlignedPair) -> list[Run]:
    """The pair's diff as runs: equal text plain, deletions struck,
    insertions underlined, the new figure of a changed number marked."""
    diff = rows.diff(pair)
    changed = [(v.new_start, v.new_end) for v in diff.values]
    old, new = rows.old.text, rows.new.text
    runs: list[Run] = []
    for span in diff.spans:
        if span.op == "delete":
            runs.append(Run(old[span.old_start:span.old_end], "del"))
            continue
        style = "ins" if span.op == "insert" else ""
        runs += _split_numbers(new, span.new_start, span.new_end, changed, style)
    return runs


def _split_numbers(text: str, start: int, end: int, changed: list[tuple[int, int]], style: str) -> list[Run]:
    """``text[start:end]`` as runs, the parts inside a changed number marked ``num``."""
    runs, at = [], start
    for low, high in changed:
        low, high = max(low, start), min(high, end)
        if low >= high:
            continue
        if low > at:
            runs.append(Run(text[at:low], style))
        runs.append(Run(text[low:high], "num"))
        at = high
    if at < end:
        runs.append(Run(text[at:end], style))
    return runs


def _paragraphs(runs: list[Run]) -> list[Paragraph]:
    """Runs cut into body paragraphs at line breaks."""
    paragraphs: list[Paragraph] = []
    current: list[Run] = []
    for run in runs:
        pieces = run.text.split("\n")
        for index, piece in enumerate(pieces):
            if index:
                if any(r.text.strip() for r in current):
                    paragraphs.append(Paragraph(tuple(current)))
                current = []
            if piece:
                current.append(Run(piece, run.style))
    if any(r.text.strip() for r in current):
        paragraphs.append(Paragraph(tuple(current)))
    return [Paragraph(_lstrip(p.runs)) for p in paragraphs]


def _lstrip(runs: tuple[Run, ...]) -> tuple[Run, ...]:
    """Leading spaces off a paragraph (the painter indents the first line itself)."""
    out = list(runs)
    while out and not out[0].text.strip():
        out.pop(0)
    if out:
        out[0] = Run(out[0].text.lstrip(" \u3000\t"), out[0].style)
    return tuple(out)


def promise_document(comparison, found, *, library: str = "", today: date | None = None) -> Document:
    """Promise to delivery: each section of last year's plan with how its
    commitments are reported, each commitment with the review's words."""
    old, new = comparison.old, comparison.new
    headings = ({s.id: s.heading for s in old.parsed.sections}, {s.id: s.heading for s in new.parsed.sections})
    title = f"{old.jurisdiction}{old.year or ''}年部署落实情况对照"
    blocks: list = [para(title, "title"), para(f"上年部署：{_name(old)}　本年回顾：{_name(new)}", "subtitle"),
                    Paragraph((Run("图例："), Run("有数字", "moved"), Run("　回顾中有带数字的对应表述；"),
                               Run("有文字", "ins"), Run("　只有文字表述；"), Run("未见", "del"),
                               Run("　回顾中没有找到（换了说法的回应也可能在此，请核对）。")), "small")]
    by_section: dict[int, list] = {}
    for delivery in found:
        by_section.setdefault(delivery.commitment.section, []).append(delivery)
    for section, items in by_section.items():
        counts = "，".join(f"{DELIVERY_NAMES[s]} {sum(d.status == s for d in items)}" for s in DELIVERY_NAMES)
        blocks.append(Paragraph((Run(headings[0].get(section, "") or "（无标题）"),
                                 Run(f"　承诺 {len(items)} 项：{counts}", "muted")), "subheading"))
        for delivery in items:
            meets = {True: "（达到目标）", False: "（未达到目标）"}.get(delivery.meets, "")
            runs = [Run(f"［{DELIVERY_NAMES[delivery.status]}{meets}］", _DELIVERY_STYLES[delivery.status]),
                    Run(delivery.commitment.text.strip())]
            if delivery.passage is not None:
                start, end = delivery.passage
                runs += [Run("　→ 本年回顾〔" + headings[1].get(delivery.section, "") + "〕：", "muted"),
                         Run(new.parsed.text[start:end].strip().replace("\n", " "))]
            blocks.append(Paragraph(tuple(runs), "note"))
    reported = sum(d.status != "no" for d in found)
    blocks.append(para(f"合计：承诺 {len(found)} 项，回顾中有对应 {reported} 项"
                       f"（有数字 {sum(d.status == 'number' for d in found)}），未见 {len(found) - reported} 项。", "small"))
    return Document(title, tuple(blocks), _footer(library, today))
