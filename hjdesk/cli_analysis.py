"""Command-line analyses: ``indicators``, ``gaps`` and ``correct``."""

from __future__ import annotations

import argparse

from .core.corrections import EDITABLE, GapDecision, IndicatorCorrection
from .core.gap_rows import STATUSES, GapRow, GapRules, PairRow
from .core.model import COMPARATORS, MEASURES, ROLES, Indicator

_STATUS_NAMES = {"met": "完成", "missed": "未完成", "not_reported": "未提及", "no_target": "无目标", "unclear": "不明确"}
_COMPARATOR_SIGNS = {"eq": "", "ge": "≥", "le": "≤", "approx": "约", "range": ""}
_ROLE_NAMES = {"target": "目标", "actual": "实绩", "estimate": "预计", "other": "其他"}


def add_commands(commands, common: argparse.ArgumentParser, handlers) -> None:
    """Register the analysis commands; ``handlers`` wraps each in the CLI's error handling."""
    ind = commands.add_parser("indicators", parents=[common], help="报告中提取的指标")
    ind.add_argument("report", type=int, metavar="REPORT")
    ind.add_argument("--role", choices=ROLES, help="只列出某一类：target 目标、actual 实绩、estimate 预计、other 其他")
    ind.set_defaults(handler=handlers(_cmd_indicators))

    gaps = commands.add_parser("gaps", parents=[common], help="上年目标对照本年完成情况")
    gaps.add_argument("old", type=int, metavar="OLD")
    gaps.add_argument("new", type=int, metavar="NEW")
    gaps.add_argument("--table", choices=("gaps", "ambition", "targets"), default="gaps",
                      help="gaps 目标差距（默认）；ambition 新目标对照上年实绩；targets 上年目标对照新目标")
    gaps.add_argument("--approx-points", type=float, default=GapRules.approx_points,
                      help="“左右”目标允许低于目标的百分点数（默认 %(default)s）")
    gaps.add_argument("--main", action="store_true", help="只列主要预期目标")
    gaps.set_defaults(handler=handlers(_cmd_gaps))

    correct = commands.add_parser("correct", parents=[common], help="人工更正指标、配对或状态（机器重新提取时保留）")
    what = correct.add_subparsers(dest="what", metavar="对象", required=True)
    ci = what.add_parser("indicator", parents=[common], help="更正一个指标")
    ci.add_argument("report", type=int, metavar="REPORT")
    ci.add_argument("indicator", metavar="INDICATOR", help="指标编号（hjdesk indicators 中的序号）或 key")
    ci.add_argument("--name")
    ci.add_argument("--canonical")
    ci.add_argument("--measure", choices=MEASURES)
    ci.add_argument("--value", type=float)
    ci.add_argument("--value-high", type=float)
    ci.add_argument("--unit")
    ci.add_argument("--comparator", choices=COMPARATORS)
    ci.add_argument("--role", choices=ROLES)
    ci.add_argument("--year", type=int)
    ci.add_argument("--delete", action="store_true", help="这不是一个指标")
    ci.add_argument("--note", default="")
    ci.set_defaults(handler=handlers(_cmd_correct_indicator))
    cg = what.add_parser("gap", parents=[common], help="更正目标差距表中一行的配对或状态")
    cg.add_argument("old", type=int, metavar="OLD")
    cg.add_argument("new", type=int, metavar="NEW")
    cg.add_argument("target", metavar="TARGET", help="OLD 中目标的编号或 key")
    cg.add_argument("--actual", help="NEW 中结果的编号或 key；none 表示没有报告结果")
    cg.add_argument("--status", choices=STATUSES)
    cg.add_argument("--note", default="")
    cg.add_argument("--clear", action="store_true", help="撤销此行的人工决定")
    cg.set_defaults(handler=handlers(_cmd_correct_gap))


def _cmd_indicators(args, session, emit) -> int:
    from .analysis import indicators_for

    found = indicators_for(session, args.report)
    numbered = [(n, i) for n, i in enumerate(found, 1) if not args.role or i.role == args.role]
    payload = {"report": args.report, "indicators": [_indicator_json(i, n) for n, i in numbered]}
    lines = [f"{n:>4} {_ROLE_NAMES[i.role]} {i.year or '':<4} {i.canonical[:16]:<16} "
             f"{value_text(i):>14} {i.unit:<4}{'  *已更正' if i.corrected else ''}  {i.quote[:40]}" for n, i in numbered]
    emit(payload, "\n".join(lines) or "没有提取到指标。")
    return 0


def _cmd_gaps(args, session, emit) -> int:
    from .analysis import ambition_for, gaps_for, targets_against_targets

    rules = GapRules(approx_points=args.approx_points)
    if args.table != "gaps":
        rows = (ambition_for if args.table == "ambition" else targets_against_targets)(session, args.old, args.new, rules)
        emit({"old": args.old, "new": args.new, "table": args.table, "rows": [_pair_json(r) for r in rows]},
             "\n".join(_pair_line(r) for r in rows))
        return 0
    analysis = gaps_for(session, args.old, args.new, rules)
    rows = [row for row in analysis.table.rows if not args.main or (row.tier == "main" and row.target)]
    new_text = analysis.new.parsed.text
    payload = {"old": args.old, "new": args.new, "year": analysis.table.year,
               "rows": [_gap_json(row, new_text) for row in rows]}
    emit(payload, format_gaps(analysis, rows))
    return 0


def _cmd_correct_indicator(args, session, emit) -> int:
    from .analysis import correct_indicator, indicators_for, resolve_indicator

    target = resolve_indicator(indicators_for(session, args.report), args.indicator)
    changes = tuple((f, getattr(args, f)) for f in EDITABLE if getattr(args, f, None) is not None)
    if not changes and not args.delete and not args.note:
        raise ValueError("没有给出要更正的内容：请用 --value、--role、--delete 等选项。")
    action = "delete" if args.delete else "edit"
    correct_indicator(session, args.report, IndicatorCorrection(target.key, target.quote, action, changes, args.note))
    emit({"report": args.report, "key": target.key, "action": action, "changes": dict(changes), "note": args.note},
         f"已记录更正：{target.quote}")
    return 0


def _cmd_correct_gap(args, session, emit) -> int:
    from .analysis import clear_gap_decision, decide_gap, indicators_for, resolve_indicator

    target = resolve_indicator(indicators_for(session, args.old), args.target)
    if args.clear:
        clear_gap_decision(session, args.old, args.new, target.key)
        emit({"old": args.old, "new": args.new, "target_key": target.key, "cleared": True}, "已撤销人工决定。")
        return 0
    actual_key = None
    if args.actual is not None:
        actual_key = "" if args.actual.lower() == "none" else resolve_indicator(
            indicators_for(session, args.new), args.actual).key
    decision = GapDecision(target.key, actual_key, args.status, args.note)
    decide_gap(session, args.old, args.new, decision)
    emit({"old": args.old, "new": args.new, "target_key": target.key, "actual_key": actual_key,
          "status": args.status, "note": args.note}, f"已记录决定：{target.quote}")
    return 0


def _indicator_json(i: Indicator, number: int) -> dict:
    return {"number": number, "key": i.key, "name": i.name, "canonical": i.canonical, "measure": i.measure,
            "value": i.value, "value_high": i.value_high, "unit": i.unit, "comparator": i.comparator,
            "role": i.role, "year": i.year, "char_start": i.char_start, "char_end": i.char_end, "quote": i.quote,
            "stretch": i.stretch, "section": i.section, "corrected": i.corrected, "note": i.note}


def _gap_json(row: GapRow, new_text: str) -> dict:
    from .core.qualitative import WORDED

    target = row.target
    actual = row.actual
    evidence = None if row.evidence is None else {
        "quote": new_text[row.evidence[0]:row.evidence[1]], "char_start": row.evidence[0], "char_end": row.evidence[1]}
    return {
        "indicator": row.indicator, "unit": row.unit, "measure": row.measure, "evidence": evidence,
        "target": None if target is None else {
            "value": None if target.measure in WORDED else target.value, "value_high": target.value_high,
            "comparator": target.comparator,
            "quote": target.quote, "char_start": target.char_start, "char_end": target.char_end,
            "key": target.key, "stretch": target.stretch},
        "actual": None if actual is None else {
            "value": actual.value, "unit": actual.unit, "quote": actual.quote, "char_start": actual.char_start,
            "char_end": actual.char_end, "estimate": actual.role == "estimate", "key": actual.key},
        "gap": row.gap, "gap_unit": row.gap_unit, "gap_percent": row.gap_percent, "status": row.status,
        "tier": row.tier, "decided": row.decided, "note": row.note,
    }


def _pair_json(row: PairRow) -> dict:
    side = lambda i: None if i is None else {"value": i.value, "value_high": i.value_high, "unit": i.unit,  # noqa: E731
                                             "comparator": i.comparator, "quote": i.quote, "role": i.role,
                                             "year": i.year, "char_start": i.char_start}
    return {"indicator": row.indicator, "left": side(row.left), "right": side(row.right), "delta": row.delta}


def value_text(i: Indicator) -> str:
    """A target's figure with its qualifier, as the text output writes it (≥6, 约5.5, 下降≥3, 5—6)."""
    if i.value_high is not None:
        return f"{i.value:g}—{i.value_high:g}"
    if i.value < 0 and i.measure == "growth_rate":  # 下降3%以上: a cut of at least 3%
        return f"下降{_COMPARATOR_SIGNS.get(i.comparator, '')}{-i.value:g}"
    return f"{_COMPARATOR_SIGNS.get(i.comparator, '')}{i.value:g}"


_TIER_NAMES = {"main": "主要目标", "task": "工作任务", "livelihood": "民生实事", "fiscal": "财政安排"}


def format_gaps(analysis, rows) -> str:
    """The gap table for a terminal: both reports named, a legend line, then
    each row with both quotes shortened around the number and the section
    each comes from, so that a wrong pairing shows at a glance."""
    old, new = analysis.old, analysis.new
    lines = [f"{old.jurisdiction} {analysis.table.year} 年目标：{_report_name(old)}",
             f"对照完成情况：{_report_name(new)}",
             "列：完成情况  指标  目标  结果  差距（✎ 为人工决定；上年、本年为原文及所在章节）", ""]
    tier = None
    for row in rows:
        if row.tier != tier:
            tier = row.tier
            lines.append(f"【{_TIER_NAMES.get(tier, tier)}】")
        lines.extend(_gap_lines(row, old.parsed, new.parsed))
    if not rows:
        lines.append("没有目标。")
    return "\n".join(lines)


def _report_name(report) -> str:
    label = f"（{report.label}）" if report.label else ""
    return f"{report.year or '年度未识别'} 《{report.title or report.source_name}》{label}，编号 {report.id}"


def _gap_lines(row: GapRow, old, new) -> list[str]:
    from .core.places import excerpt, heading_at

    from .core.qualitative import WORDED

    if row.target is not None and row.target.measure in WORDED:
        target = "（文字目标）"
    else:
        target = f"{value_text(row.target)}{row.unit}" if row.target else "—"
    if row.actual:
        flag = "（预计）" if row.actual.role == "estimate" else ""
        actual = f"{row.actual.value:g}{row.actual.unit}{flag}"
    else:
        actual = "—"
    gap = f"{row.gap:+g}{row.gap_unit}" if row.gap is not None else ""
    mark = " ✎" if row.decided else ""
    lines = [f"  {_STATUS_NAMES[row.status]:<4} {row.indicator[:16]:<16} 目标 {target:<12} 结果 {actual:<14} {gap}{mark}"]
    for side, found, report in (("上年", row.target, old), ("本年", row.actual, new)):
        if found is not None:
            where = heading_at(report, found.char_start)
            lines.append(f"        {side}：{excerpt(report.text, found.char_start, found.char_end)}"
                         f"{f'〔{where[:20]}〕' if where else ''}")
    if row.evidence is not None:
        lines.append(f"        本年原话：{excerpt(new.text, *row.evidence)}〔{heading_at(new, row.evidence[0])[:20]}〕")
    if row.note:
        lines.append(f"        备注：{row.note}")
    return lines


def _pair_line(row: PairRow) -> str:
    left = f"{value_text(row.left)}{row.left.unit}" if row.left else "—"
    right = f"{row.right.value:g}{row.right.unit}" if row.right else "—"
    delta = f"{row.delta:+g}" if row.delta is not None else ""
    return f"{row.indicator[:18]:<18} {left:<12} {right:<12} {delta}"
