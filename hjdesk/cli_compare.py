"""Command-line comparison: ``compare`` (aligned sections with change counts,
optionally the highlighted spans) and ``pin`` (fix a pair for the aligner)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .core.model import MODES
from .core.textnorm import DiffOptions

if TYPE_CHECKING:
    from .core.align import AlignedPair


def add_commands(commands, common: argparse.ArgumentParser, handlers) -> None:
    """Register ``compare`` and ``pin``; ``handlers`` wraps each in the CLI's error handling."""
    cmp = commands.add_parser("compare", parents=[common], help="两份报告按结构对齐后逐节比较")
    cmp.add_argument("old", type=int, metavar="OLD")
    cmp.add_argument("new", type=int, metavar="NEW")
    cmp.add_argument("--mode", choices=MODES, default="same",
                     help="same 同类对比（默认）；promise 承诺兑现：OLD 的部署对照 NEW 的回顾")
    cmp.add_argument("--ignore-punct", action="store_true", help="忽略全角半角标点的差别（，与 ,）")
    cmp.add_argument("--ignore-whitespace", action="store_true", help="忽略空白")
    cmp.add_argument("--ignore-line-breaks", action="store_true", help="忽略换行")
    cmp.add_argument("--spans", action="store_true", help="JSON 中给出每对的逐词改动位置和数值变化")
    cmp.add_argument("--changes-only", action="store_true", help="文字输出只列有改动的章节（不列相同的）")
    cmp.set_defaults(handler=handlers(_cmd_compare))

    pin = commands.add_parser("pin", parents=[common], help="人工指定“旧报告某节 = 新报告某节”，对齐时照此办理")
    pin.add_argument("old", type=int, metavar="OLD")
    pin.add_argument("new", type=int, metavar="NEW")
    pin.add_argument("--mode", choices=MODES, default="same")
    pin.add_argument("--old-section", type=int, help="OLD 中的节编号（hjdesk outline 中的编号）；不给表示新增")
    pin.add_argument("--new-section", type=int, help="NEW 中的节编号；不给表示删去、没有对应")
    pin.add_argument("--clear", action="store_true", help="撤销这两份报告之间的全部人工对应")
    pin.set_defaults(handler=handlers(_cmd_pin))


def _options(args) -> DiffOptions:
    return DiffOptions(ignore_punct_width=args.ignore_punct, ignore_whitespace=args.ignore_whitespace,
                       ignore_line_breaks=args.ignore_line_breaks)


def _cmd_compare(args, session, emit) -> int:
    from .analysis import compare_for, indicators_for
    from .compare_text import format_comparison, format_promises
    from .core.compare import RowDiffs

    comparison = compare_for(session, args.old, args.new, args.mode, _options(args))
    rows = indicators = None
    if args.spans or not args.json:
        # a changed number is shown only where both sides state the same indicator
        indicators = (indicators_for(session, args.old), indicators_for(session, args.new))
        rows = RowDiffs(comparison.old.parsed, comparison.new.parsed, comparison.alignment, indicators)
    promised = _deliveries(session, comparison, args) if args.mode == "promise" else None
    if args.json:
        pairs = [_pair_json(pair, rows if args.spans else None) for pair in comparison.alignment.pairs]
        payload = {"old": args.old, "new": args.new, "mode": args.mode, "pins": [list(p) for p in comparison.pins],
                   "pairs": pairs}
        if promised is not None:
            payload["commitments"] = [_delivery_json(d) for d in promised]
        emit(payload, "")
    elif promised is not None:
        emit({}, format_promises(comparison, promised))
    else:
        emit({}, format_comparison(comparison, rows, indicators, args.changes_only))
    return 0


def _deliveries(session, comparison, args):
    """Each commitment of OLD's plan and what NEW's review says of it, with
    the gap table's verdict on the figures of those that hold a target."""
    from .analysis import gaps_for, indicators_for
    from .core.commitments import deliveries

    met = {row.target.key: row.status == "met" for row in gaps_for(session, args.old, args.new).table.rows
           if row.target is not None and row.status in ("met", "missed")}
    return deliveries(comparison.old.parsed, comparison.new.parsed, indicators_for(session, args.old), met,
                      comparison.alignment)


def _delivery_json(delivery) -> dict:
    c = delivery.commitment
    start, end = delivery.passage or (None, None)
    return {"old_section": c.section, "old_start": c.start, "old_end": c.end, "text": c.text,
            "status": delivery.status, "new_section": delivery.section, "new_start": start, "new_end": end,
            "score": delivery.score, "meets": delivery.meets}


def _cmd_pin(args, session, emit) -> int:
    from .analysis import clear_pins, pin_sections

    if args.clear:
        count = clear_pins(session, args.old, args.new, args.mode)
        emit({"old": args.old, "new": args.new, "mode": args.mode, "cleared": count}, f"已撤销 {count} 处人工对应。")
        return 0
    if args.old_section is None and args.new_section is None:
        raise ValueError("请至少给出 --old-section 或 --new-section 中的一个。")
    pin_sections(session, args.old, args.new, args.mode, args.old_section, args.new_section)
    emit({"old": args.old, "new": args.new, "mode": args.mode, "old_section": args.old_section,
          "new_section": args.new_section}, "已记录人工对应，下次比较时照此对齐。")
    return 0


def _pair_json(pair: AlignedPair, rows) -> dict:
    data = {"old_section": pair.old_section, "new_section": pair.new_section, "old_heading": pair.old_heading,
            "new_heading": pair.new_heading, "status": pair.status, "similarity": round(pair.similarity, 4),
            "inserted": pair.inserted, "deleted": pair.deleted, "level": pair.level, "kind": pair.kind,
            "link": pair.link, "group": pair.group}
    if rows is not None and pair.old_section is not None and pair.new_section is not None:
        diff = rows.diff(pair)
        data["spans"] = [{"op": s.op, "old_start": s.old_start, "old_end": s.old_end, "new_start": s.new_start,
                          "new_end": s.new_end} for s in diff.spans if s.op != "equal"]
        data["value_changes"] = [{"old_value": v.old_value, "new_value": v.new_value, "delta": v.delta,
                                  "unit": v.unit, "old_start": v.old_start, "old_end": v.old_end,
                                  "new_start": v.new_start, "new_end": v.new_end} for v in diff.values]
    return data
