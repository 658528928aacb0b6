"""A comparison for a terminal: each changed pair of sections with its
changed words inline (``[-删去-]{+新增+}``, shortened around each change),
its changed numbers as ``旧 → 新`` with the indicator each states, and the
targets passage compared indicator by indicator."""

from __future__ import annotations

from collections.abc import Sequence

from .core.align import AlignedPair
from .core.compare import RowDiffs
from .core.model import Indicator
from .core.worddiff import DiffSpan

STATUS_NAMES = {"same": "相同", "changed": "改动", "added": "新增", "removed": "删去", "moved": "移动"}
MODE_NAMES = {"same": "同类对比", "promise": "承诺兑现（上年部署 → 本年回顾）"}

#: Unchanged characters kept either side of a change.
CONTEXT = 12
#: Changes shown for one pair before the rest are only counted.
MOST_CHANGES = 8
LEGEND = ("图例：[-删去的文字-] {+新增的文字+}，… 为略去的未改动文字；数字：旧值 → 新值（指标名）；"
          "状态：相同 改动 新增 删去 移动（段落挪到别处）")


def format_comparison(comparison, rows: RowDiffs, indicators: tuple[Sequence[Indicator], Sequence[Indicator]],
                      changes_only: bool = False) -> str:
    """The whole comparison as lines of text (``comparison`` is an
    :class:`hjdesk.analysis.Comparison`; ``rows`` its diffs, given the
    indicators so that a changed number pairs the same indicator only)."""
    old, new = comparison.old, comparison.new
    lines = [f"旧：{_name(old)}", f"新：{_name(new)}",
             f"方式：{MODE_NAMES.get(comparison.alignment.mode, comparison.alignment.mode)}", LEGEND, ""]
    counts: dict[str, int] = {}
    for pair in comparison.alignment.pairs:
        counts[pair.status] = counts.get(pair.status, 0) + 1
        if changes_only and pair.status == "same":
            continue
        lines.extend(pair_lines(pair, rows, indicators))
    lines.append("")
    lines.append("合计：" + "，".join(f"{STATUS_NAMES[s]} {n}" for s, n in counts.items()))
    return "\n".join(lines)


def _name(report) -> str:
    label = f"（{report.label}）" if report.label else ""
    return f"{report.year or '年度未识别'} 《{report.title or report.source_name}》{label}，编号 {report.id}"


def pair_lines(pair: AlignedPair, rows: RowDiffs, indicators) -> list[str]:
    """The lines of one pair: its heading line, then for a changed pair its
    changes and numbers (and, for the targets passage, each target)."""
    indent = "  " * max(0, pair.level - 1)
    heading = pair.new_heading or pair.old_heading
    was = f"  ← {pair.old_heading}" if pair.old_heading and pair.new_heading and pair.old_heading != pair.new_heading else ""
    old_text, new_text = rows.texts(pair)
    if pair.status in ("added", "removed"):
        text = new_text if pair.status == "added" else old_text
        size = len(text.strip())
        return [f"{indent}【{STATUS_NAMES[pair.status]}】{heading}（{size} 字）：{_opening(text)}"]
    counts = f"  +{pair.inserted}/−{pair.deleted}" if pair.status in ("changed", "moved") else ""
    lines = [f"{indent}【{STATUS_NAMES[pair.status]}】{heading}{was}{counts}"]
    if pair.status == "same" or pair.old_section is None or pair.new_section is None or not (pair.inserted or pair.deleted):
        return lines
    diff = rows.diff(pair)
    chunks = change_chunks(rows.old.text, rows.new.text, diff.spans)
    body = indent + "    "
    for chunk in chunks[:MOST_CHANGES]:
        lines += [body + piece for piece in _sentences(chunk)]
    if len(chunks) > MOST_CHANGES:
        lines.append(f"{body}（另有 {len(chunks) - MOST_CHANGES} 处改动未列出；hjdesk compare --json --spans 给出全部）")
    if pair.kind == "targets":
        lines += [body + line for line in target_lines(pair, rows, indicators)]
    else:
        values = rows.named_values(pair)
        if values:
            lines.append(body + "数字：" + "；".join(_value_text(rows, value, before) for value, before, _ in values))
    return lines


def _sentences(chunk: str, width: int = 80) -> list[str]:
    """A long run of changes broken after a full stop (outside the marks)
    once a line is ``width`` long."""
    pieces, start, inside = [], 0, False
    for index, char in enumerate(chunk):
        pair = chunk[index:index + 2]
        if pair in ("[-", "{+"):
            inside = True
        elif pair in ("-]", "+}"):
            inside = False
        elif char == "。" and not inside and index + 1 - start >= width and index + 1 < len(chunk):
            pieces.append(chunk[start:index + 1])
            start = index + 1
    pieces.append(chunk[start:])
    return pieces


def _opening(text: str, width: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[:width] + "…"


def _value_text(rows: RowDiffs, value, before: Indicator | None) -> str:
    old = rows.old.text[value.old_start:value.old_end]
    new = rows.new.text[value.new_start:value.new_end]
    return f"{before.canonical or before.name if before else ''} {old} → {new}".strip()


def change_chunks(old_text: str, new_text: str, spans: Sequence[DiffSpan], context: int = CONTEXT) -> list[str]:
    """The changes of a diff as short lines: each change (or run of changes
    close together) with up to ``context`` unchanged characters either side."""
    chunks: list[str] = []
    current: list[str] = []
    pending_change = False
    for index, span in enumerate(spans):
        if span.op == "equal":
            text = old_text[span.old_start:span.old_end].replace("\n", " ")
            if not pending_change:
                current = ["…" + text[-context:] if len(text) > context else text]
                continue
            if len(text) > 2 * context or index == len(spans) - 1:
                current.append(text[:context] + ("…" if len(text) > context else ""))
                chunks.append("".join(current))
                current = ["…" + text[-context:] if len(text) > context else text]
                pending_change = False
            else:
                current.append(text)
            continue
        if span.op == "delete":
            current.append("[-" + _run(old_text[span.old_start:span.old_end]) + "-]")
        else:
            current.append("{+" + _run(new_text[span.new_start:span.new_end]) + "+}")
        pending_change = True
    if pending_change:
        chunks.append("".join(current))
    return chunks


#: A deleted or inserted run longer than this shows its two ends and its length.
LONGEST_RUN = 60


def _run(text: str) -> str:
    flat = text.replace("\n", " ")
    if len(flat) <= LONGEST_RUN:
        return flat
    return f"{flat[:LONGEST_RUN * 2 // 3]}…（共{len(flat)}字）…{flat[-LONGEST_RUN // 6:]}"


def target_lines(pair: AlignedPair, rows: RowDiffs, indicators) -> list[str]:
    """The targets passage indicator by indicator: each of OLD's targets with
    NEW's target for the same indicator, then NEW's targets that are new."""
    from .core.gaps import compare_targets

    old_segments, new_segments = rows.segments(pair)
    inside = [[i for i in found if i.role == "target" and any(a <= i.char_start < b for a, b in segments)]
              for found, segments in zip(indicators, (old_segments, new_segments))]
    if not inside[0] and not inside[1]:
        return []
    paired = compare_targets(inside[0], inside[1])
    lines = ["逐项目标（旧 → 新）："]
    used = set()
    for row in paired:
        right = row.right
        if right is not None:
            used.add(right.key)
        change = "" if right is None else ("  未变" if _target(row.left) == _target(right) else "")
        lines.append(f"  {row.indicator}：{_target(row.left)} → {_target(right) if right else '（新报告未列）'}{change}")
    for target in inside[1]:
        if target.key not in used:
            lines.append(f"  {target.canonical or target.name}：（旧报告未列） → {_target(target)}")
    return lines


def _target(indicator: Indicator) -> str:
    from .cli_analysis import value_text

    return value_text(indicator) + indicator.unit


DELIVERY_NAMES = {"number": "有数字", "words": "有文字", "no": "未见"}
_MEETS = {True: "（达到）", False: "（未达到）", None: ""}


def format_promises(comparison, found) -> str:
    """Promise to delivery for a terminal: each section of OLD's plan with
    how many of its commitments NEW's review reports (with a number, in
    words) or not, then each commitment with the review's words on it; last,
    each review section with the commitments it answers."""
    old, new = comparison.old, comparison.new
    headings = ({s.id: s.heading for s in old.parsed.sections}, {s.id: s.heading for s in new.parsed.sections})
    lines = [f"上年部署：{_name(old)}", f"本年回顾：{_name(new)}", "方式：承诺兑现（逐项承诺对照本年回顾）",
             "图例：有数字 = 回顾中有带数字的对应表述（达到 / 未达到 为与目标数字比较）；有文字 = 只有文字表述；未见 = 回顾中没有找到", ""]
    by_section: dict[int, list] = {}
    for delivery in found:
        by_section.setdefault(delivery.commitment.section, []).append(delivery)
    for section, items in by_section.items():
        counts = {status: sum(d.status == status for d in items) for status in DELIVERY_NAMES}
        lines.append(f"【{headings[0].get(section, '')}】承诺 {len(items)} 项："
                     + "，".join(f"{DELIVERY_NAMES[s]} {n}" for s, n in counts.items()))
        for delivery in items:
            lines.append(f"    {DELIVERY_NAMES[delivery.status]}{_MEETS[delivery.meets]}  {_opening(delivery.commitment.text, 36)}")
            if delivery.passage is not None:
                words = _opening(new.parsed.text[delivery.passage[0]:delivery.passage[1]], 48)
                lines.append(f"        → 〔{headings[1].get(delivery.section, '')[:20]}〕{words}")
    answered: dict[int, int] = {}
    for delivery in found:
        if delivery.section is not None:
            answered[delivery.section] = answered.get(delivery.section, 0) + 1
    if answered:
        lines += ["", "本年回顾各节回应的承诺数："]
        lines += [f"    {headings[1].get(section, '')[:30]}：{count} 项" for section, count in
                  sorted(answered.items())]
    reported = sum(d.status != "no" for d in found)
    numbered = sum(d.status == "number" for d in found)
    lines += ["", f"合计：承诺 {len(found)} 项，回顾中有对应 {reported} 项（有数字 {numbered}），未见 {len(found) - reported} 项"]
    return "\n".join(lines)
