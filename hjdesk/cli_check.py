"""Command-line draft check: ``check`` lists what a draft wrongly inherited
from last year's report or contradicts within itself, section by section,
and takes a person's dismissals (``--dismiss N --note …``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .core.checks import KIND_NAMES, KINDS, WITHIN_DRAFT

if TYPE_CHECKING:
    from .analysis import DraftCheck
    from .core.checks import Finding


def add_commands(commands, common: argparse.ArgumentParser, handlers) -> None:
    """Register ``check``; ``handlers`` wraps it in the CLI's error handling."""
    check = commands.add_parser("check", parents=[common], help="起草检查：稿中沿用上年未改、前后矛盾、合计不符等问题")
    check.add_argument("draft", type=int, metavar="DRAFT", help="要检查的稿子（报告编号）")
    check.add_argument("--against", type=int, metavar="LAST", help="上年报告的编号（照搬句子、新提法等需要它）")
    check.add_argument("--kind", choices=KINDS, action="append", help="只列某一类（可重复）")
    check.add_argument("--all", action="store_true", help="连同已排除的一并列出")
    check.add_argument("--dismiss", type=int, metavar="N", help="把第 N 条标为无需修改（排除），用 --note 说明理由")
    check.add_argument("--undismiss", type=int, metavar="N", help="撤销对第 N 条的排除")
    check.add_argument("--note", default="", help="排除的理由")
    check.set_defaults(handler=handlers(_cmd_check))


def _cmd_check(args, session, emit) -> int:
    from .analysis import check_for, dismiss_finding, finding_by_number, restore_dismissal

    check = check_for(session, args.draft, args.against)
    if args.dismiss is not None or args.undismiss is not None:
        number = args.dismiss if args.dismiss is not None else args.undismiss
        finding = finding_by_number(check, number)
        if args.dismiss is not None:
            dismiss_finding(session, args.draft, finding, args.note)
        else:
            restore_dismissal(session, args.draft, finding, None)
        dismissed = args.dismiss is not None
        emit({"report": args.draft, "number": number, "key": finding.key, "dismissed": dismissed, "note": args.note},
             f"已{'排除' if dismissed else '恢复'}第 {number} 条：{finding.message}")
        return 0
    shown = [(n, f) for n, f in check.shown(args.all) if not args.kind or f.kind in args.kind]
    emit(check_json(check, shown), format_check(check, shown))
    return 0


def check_json(check: DraftCheck, shown: list[tuple[int, Finding]]) -> dict:
    """The check as the command line's JSON contract gives it."""
    against = check.against.id if check.against else None
    return {"report": check.draft.id, "against": against,
            "findings": [_finding_json(check, number, finding, against) for number, finding in shown]}


def _finding_json(check: DraftCheck, number: int, finding: Finding, against: int | None) -> dict:
    from .core.places import heading_at

    other = None if finding.other is None else {
        "report": check.draft.id if finding.kind in WITHIN_DRAFT else against, "char_start": finding.other.char_start,
        "char_end": finding.other.char_end, "quote": finding.other.quote}
    row = {"kind": finding.kind, "char_start": finding.char_start, "char_end": finding.char_end,
           "quote": finding.quote, "message": finding.message, "other": other, "number": number, "key": finding.key,
           "section": heading_at(check.draft.parsed, finding.char_start)}
    if finding.key in check.dismissed:
        row.update(dismissed=True, note=check.dismissed[finding.key])
    return row


def format_check(check: DraftCheck, shown: list[tuple[int, Finding]]) -> str:
    """The findings as a person reads them: by section, in text order."""
    from .core.places import sections_at

    draft = check.draft.parsed
    title = f"起草检查：报告 {check.draft.id}" + (f"，对照报告 {check.against.id}" if check.against else "（未给上年报告）")
    hidden = len(check.shown(True)) - len(check.shown())
    lines = [title, f"共 {len(shown)} 条" + (f"（另有 {hidden} 条已排除，用 --all 查看）" if hidden and
                                              len(shown) == len(check.shown()) else "")]
    heading = None
    for number, finding in shown:
        holding = [s for s in sections_at(draft, finding.char_start) if s.heading]
        here = holding[-1].heading if holding else "（正文）"
        if here != heading:
            lines += ["", f"【{here[:40]}】"]
            heading = here
        mark = "（已排除）" if finding.key in check.dismissed else ""
        lines.append(f"{number:>4}. [{KIND_NAMES[finding.kind]}]{mark} {finding.message}")
        if finding.kind != "dropped_term":
            lines.append(f"      本稿：{finding.quote[:80]}")
        if finding.other is not None:
            lines.append(f"      {'另见' if finding.kind in WITHIN_DRAFT else '上年'}：{finding.other.quote[:80]}")
        if finding.key in check.dismissed and check.dismissed[finding.key]:
            lines.append(f"      说明：{check.dismissed[finding.key]}")
    if not shown:
        lines.append("没有发现问题。")
    return "\n".join(lines)
