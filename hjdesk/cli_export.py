"""``hjdesk export``: the gap summary (PDF, Word, Excel, CSV) and the
comparison (PDF, Word) written to a file, the same documents the window
prints."""

from __future__ import annotations

import argparse

from .core.model import MODES


def add_commands(commands, common: argparse.ArgumentParser, handlers) -> None:
    """Register ``export gaps`` and ``export compare``."""
    export = commands.add_parser("export", parents=[common], help="把目标差距表或对比导出为 PDF、Word、Excel 或 CSV 文件")
    what = export.add_subparsers(dest="what", metavar="内容", required=True)
    gaps = what.add_parser("gaps", parents=[common], help="目标差距表（PDF、Word、Excel、CSV）")
    gaps.add_argument("old", type=int, metavar="OLD")
    gaps.add_argument("new", type=int, metavar="NEW")
    gaps.add_argument("--format", choices=("pdf", "docx", "xlsx", "csv"), required=True)
    gaps.add_argument("--main", action="store_true", help="只含主要预期目标")
    gaps.add_argument("--checks", action="store_true",
                      help="附上 NEW 对照 OLD 的起草检查结果（不含已排除的）：PDF、Word 为最后一部分，Excel 为单独的工作表；"
                           "CSV 只能装一张表，加此项时 CSV 是起草检查结果（每条一行），不再是目标差距表")
    _file_options(gaps)
    gaps.set_defaults(handler=handlers(_cmd_export_gaps))
    cmp = what.add_parser("compare", parents=[common], help="两份报告的对照（修订标记），PDF 或 Word")
    cmp.add_argument("old", type=int, metavar="OLD")
    cmp.add_argument("new", type=int, metavar="NEW")
    cmp.add_argument("--format", choices=("pdf", "docx"), required=True)
    cmp.add_argument("--mode", choices=MODES, default="same", help="same 同类对比（默认）；promise 承诺兑现")
    cmp.add_argument("--changes-only", action="store_true", help="只含有改动的章节")
    cmp.add_argument("--sections", type=_ids, default=(), metavar="ID,ID",
                     help="只含这些章节（hjdesk outline 中的编号，新旧报告的均可）")
    _file_options(cmp)
    cmp.set_defaults(handler=handlers(_cmd_export_compare))


def _file_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="输出文件")
    parser.add_argument("--force", action="store_true", help="覆盖已有的文件")


def _ids(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(part) for part in text.replace("，", ",").split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError("章节编号应为以逗号分隔的数字，如 3,5,8") from None


def _cmd_export_gaps(args, session, emit) -> int:
    from .exports import gap_document

    _check_pair(args)
    document = gap_document(session, args.old, args.new, main_only=args.main, library=_library(args),
                            checks=args.checks)
    return _write(args, document, emit)


def _cmd_export_compare(args, session, emit) -> int:
    from .exports import compare_document

    _check_pair(args)
    document = compare_document(session, args.old, args.new, mode=args.mode, changes_only=args.changes_only,
                                sections=frozenset(args.sections), library=_library(args))
    return _write(args, document, emit)


def _check_pair(args) -> None:
    if args.old == args.new:
        raise ValueError("OLD 和 NEW 是同一份报告；请给出两份不同的报告。")


def _library(args) -> str:
    from .exports import library_name
    from .store.db import default_url

    return library_name(args.db or default_url())


def _write(args, document, emit) -> int:
    from .reports.output import ExportError, export

    try:
        path = export(document, args.output, args.format, force=args.force)
    except ExportError as exc:
        raise ValueError(str(exc)) from exc
    emit({"file": str(path.resolve()), "format": args.format, "title": document.title}, f"已导出：{path}")
    return 0
