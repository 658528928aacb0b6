"""The command line: the same pipeline as the window, for scripts, tests and
benchmarks. ``--json`` puts machine-readable output (and nothing else) on
stdout; errors go to stderr as one clear sentence with a non-zero exit code."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Sequence

EXIT_ERROR = 1
EXIT_USAGE = 2


class CliError(Exception):
    """An error to show the user as one sentence on stderr."""


def main(argv: Sequence[str] | None = None) -> int:
    parser = _build_parser()
    args = parser.parse_args(argv)
    if argv is None:  # a real command, not a test calling main(): faults and warnings go to the log file
        from .logfile import install

        install()
    if args.self_test:
        from .selftest import run_self_test
        return run_self_test()
    if not getattr(args, "command", None):
        args.handler = _cmd_window
    try:
        return args.handler(args)
    except CliError as exc:
        print(f"hjdesk：{exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("hjdesk：已取消。", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (hjdesk list | head): not an error worth a trace.
        sys.stdout = open(os.devnull, "w")
        return 0
    except Exception as exc:  # a fault of ours: the trace goes to the log, the person gets one sentence
        from .store.db import MigrationError
        from .store.errors import LibraryError

        if isinstance(exc, (LibraryError, MigrationError)):  # the library locked, unreachable, read-only, too new
            print(f"hjdesk：{exc}", file=sys.stderr)
            return EXIT_ERROR
        from .logfile import log_exception

        where = log_exception(f"hjdesk {' '.join(sys.argv[1:])}")
        told = f"详情已写入 {where}" if where else "未能写入日志"
        print(f"hjdesk：内部错误（{type(exc).__name__}），操作未完成，报告库未改动；{told}，请把它发给维护人员。",
              file=sys.stderr)
        return EXIT_ERROR


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="hjdesk", description="政府工作报告对比与目标差距分析",
                                     parents=[_common_options(None, False)])
    parser.add_argument("--self-test", action="store_true",
                        help="自检：在临时文件夹中走一遍演示流程（含离屏窗口和 PDF），检查安装是否完好")
    # The options are accepted after the command too; there they default to
    # "not given", so they do not undo what was given before the command.
    common = _common_options(argparse.SUPPRESS, argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="命令")

    demo = commands.add_parser("demo", parents=[common], help="用附带的示例报告建立演示报告库")
    demo.set_defaults(handler=_cmd_demo)

    imp = commands.add_parser("import", parents=[common], help="导入报告文件（.docx .txt .md .html .pdf）")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--jurisdiction", help="行政区（不给则从正文识别）")
    imp.add_argument("--year", type=int, help="报告年度，即报告部署工作的年份（不给则从正文识别）")
    imp.add_argument("--label", default="", help="稿次，如 初稿、二稿、征求意见稿、定稿")
    imp.set_defaults(handler=_cmd_import)

    lst = commands.add_parser("list", parents=[common], help="列出报告库中的报告")
    lst.set_defaults(handler=_cmd_list)

    out = commands.add_parser("outline", parents=[common], help="显示报告的结构")
    out.add_argument("report", type=int, metavar="REPORT")
    out.set_defaults(handler=_cmd_outline)

    shots = commands.add_parser("screenshots", parents=[common], help="离屏渲染各视图的截图（PNG）")
    shots.add_argument("out_dir", metavar="OUT_DIR")
    shots.add_argument("--old", type=int, help="旧报告编号（与 --db、--new 一起给出；不给则用演示报告库）")
    shots.add_argument("--new", type=int, help="新报告编号")
    shots.set_defaults(handler=_cmd_screenshots)

    from . import cli_analysis, cli_check, cli_compare, cli_export
    cli_analysis.add_commands(commands, common, _with_session)
    cli_check.add_commands(commands, common, _with_session)
    cli_compare.add_commands(commands, common, _with_session)
    cli_export.add_commands(commands, common, _with_session)
    return parser


def _common_options(db_default, json_default) -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="URL", default=db_default,
                        help="SQLAlchemy 数据库地址（默认：用户数据文件夹中的 SQLite 文件）")
    common.add_argument("--json", action="store_true", default=json_default, help="在标准输出写 JSON，供脚本使用")
    return common


def _with_session(command):
    """Run an analysis command in one session (one transaction), turning a
    missing report or a bad request into one sentence."""
    def handler(args) -> int:
        from .analysis import NotFound
        from .store.db import session_scope

        from sqlalchemy.exc import OperationalError

        try:
            with session_scope(_engine(args)) as session:
                return command(args, session, lambda payload, human: _emit(args, payload, human))
        except (NotFound, ValueError) as exc:
            raise CliError(str(exc)) from exc
        except OperationalError as exc:
            raise CliError(_database_sentence(args, exc)) from exc
    return handler


def _engine(args):
    from sqlalchemy.exc import ArgumentError, DatabaseError, SQLAlchemyError

    from .store.db import MigrationError, open_engine
    _check_library_folder(args.db)
    try:
        return open_engine(args.db)
    except ArgumentError as exc:
        raise CliError(f"数据库地址 {args.db!r} 无法识别，应形如 sqlite:///报告库.sqlite3。") from exc
    except (ModuleNotFoundError, MigrationError, DatabaseError) as exc:
        raise CliError(_database_sentence(args, exc)) from exc
    except SQLAlchemyError as exc:
        raise CliError(f"数据库出错：{exc.__class__.__name__}，请检查 --db。") from exc


def _database_sentence(args, exc) -> str:
    """One sentence for a database that cannot be opened or is busy, naming the library."""
    from .library_errors import explain

    problem = explain(args.db, exc)
    return str(problem) if problem is not None else f"数据库出错（{type(exc).__name__}）；请检查 --db。"


def _check_library_folder(url: str | None) -> None:
    """A mistyped --db must not quietly make folders and an empty library:
    a SQLite library's folder must exist (only the default one is created)."""
    from .quick_list import sqlite_path

    if not url:
        return
    path = sqlite_path(url)
    if path is not None and not path.parent.is_dir():
        raise CliError(f"文件夹 {path.parent} 不存在；请检查 --db 的路径（报告库文件所在的文件夹须已存在）。")


def _emit(args, payload: dict, human: str) -> None:
    if args.json:
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=1, default=str)
        sys.stdout.write("\n")
    elif human:
        print(human)


def _cmd_import(args) -> int:
    from .jobs import import_files, run

    engine = _engine(args)
    refused = {f: "文件不存在" for f in args.files if not os.path.exists(f)}
    refused.update({f: "这是一个文件夹，不是文件；请给出其中的报告文件" for f in args.files if os.path.isdir(f)})
    for path, why in refused.items():
        print(f"hjdesk：{_shown(path)}：{why}。", file=sys.stderr)
    missing = list(refused)
    files = [f for f in args.files if f not in refused]
    bar = _ProgressBar(enabled=len(files) > 1)
    outcomes = run(import_files(engine, files, jurisdiction=args.jurisdiction, year=args.year, label=args.label),
                   bar.update)
    bar.close()
    for outcome in outcomes:
        if outcome.error:
            print(f"hjdesk：{outcome.error}", file=sys.stderr)
        for warning in outcome.warnings:
            print(f"hjdesk：{_shown(os.path.basename(outcome.path))}：注意：{warning}", file=sys.stderr)
    done = [o for o in outcomes if not o.error]
    payload = {
        "reports": [_import_row(o) for o in done],
        "errors": [{"file": _shown(p), "error": refused[p]} for p in missing]
                  + [{"file": _shown(o.path), "error": o.error} for o in outcomes if o.error],
    }
    _emit(args, payload, "\n".join(_import_line(o) for o in done))
    return EXIT_ERROR if missing or len(done) < len(outcomes) else 0


def _shown(path: str) -> str:
    """A file name as a person can read it, also when it is not valid UTF-8 on disk (GBK bytes)."""
    from .jobs import readable_name

    return readable_name(path)


def _import_row(outcome) -> dict:
    from .core.metadata import level_of

    return {"id": outcome.report_id, "jurisdiction": outcome.jurisdiction,
            "level": level_of(outcome.jurisdiction or ""), "year": outcome.year, "label": outcome.label, "title": outcome.title, "sections": outcome.sections, "indicators": outcome.indicators,
            "created": outcome.created, "file": _shown(outcome.path), "warnings": list(outcome.warnings)}


def _import_line(outcome) -> str:
    what = f"{outcome.jurisdiction or '未识别行政区'} {outcome.year or '未识别年度'} {outcome.title}"
    if not outcome.created:
        return f"已在报告库中（编号 {outcome.report_id}），未重复导入：{_shown(outcome.path)}"
    return f"已导入 编号 {outcome.report_id}：{what}，{outcome.sections} 个结构节点（{_shown(outcome.path)}）"


def _cmd_list(args) -> int:
    from .core.metadata import level_of
    from .quick_list import default_file, list_reports

    # A current SQLite library is read without SQLAlchemy: most of a cold start otherwise.
    rows = list_reports(args.db or f"sqlite:///{default_file()}")
    if rows is None:
        rows = _list_through_store(args)
    for row in rows:
        row.pop("chars", None)
        row["level"] = level_of(row["jurisdiction"])
    rows = [{key: row[key] for key in ("id", "jurisdiction", "level", "year", "label", "title", "delivered", "source",
                                        "imported_at", "sections")} for row in rows]
    lines = [f"{r['id']:>4}  {r['jurisdiction']:<8} {r['year'] or '----'}  {r['label'] or '-':<6} "
             f"{r['delivered'] or '':<10}  {r['title']}" for r in rows]
    _emit(args, {"reports": rows}, "\n".join(lines) if lines else "报告库是空的；用 hjdesk import 文件 导入报告。")
    return 0


def _list_through_store(args) -> list[dict]:
    """The library's reports read through the store (migrating it if due)."""
    from .analysis import library
    from .store.db import session_scope

    with session_scope(_engine(args)) as session:
        reports = library(session)
    return [{"id": r.id, "jurisdiction": r.jurisdiction, "year": r.year, "label": r.label, "title": r.title,
             "delivered": r.delivered_on.isoformat() if r.delivered_on else None, "source": r.source_name,
             "imported_at": r.imported_at.isoformat(), "sections": r.section_count} for r in reports]


def _cmd_outline(args) -> int:
    from .store.db import session_scope
    from .store.repository import ReportNotFound, load_report

    try:
        with session_scope(_engine(args)) as session:
            report = load_report(session, args.report)
    except ReportNotFound as exc:
        raise CliError(str(exc)) from exc
    sections = report.parsed.sections
    payload = {"report": args.report, "sections": [_section_row(s) for s in sections]}
    _emit(args, payload, format_outline(sections))
    return 0


def _section_row(section) -> dict:
    row = {"id": section.id, "parent": section.parent, "level": section.level, "kind": section.kind,
           "part": section.part, "heading": section.heading, "char_start": section.char_start,
           "char_end": section.char_end}
    if section.ref:
        row["ref"] = section.ref
    return row


_PART_NAMES = {"review": "回顾", "plan": "部署", "other": ""}
_KIND_NAMES = {"title": "标题", "part": "部分", "section": "节", "topic": "段", "targets": "主要目标",
               "problems": "问题", "self": "自身建设", "address": "致辞", "period": "五年回顾", "closing": "结束语",
               "glossary": "名词解释", "term": "词条", "appendix": "附件"}


def format_outline(sections) -> str:
    """The outline as an indented tree for the terminal."""
    lines = []
    for s in sections:
        part = _PART_NAMES.get(s.part, "")
        tag = f"[{_KIND_NAMES.get(s.kind, s.kind)}{'·' + part if part else ''}]"
        ref = f"（{s.ref}）" if s.ref else ""
        lines.append(f"{'  ' * (s.level - 1)}{s.id:>3} {tag} {s.heading}{ref}")
    return "\n".join(lines)


def _cmd_window(args) -> int:
    """``hjdesk`` alone: the window on the user's library; without a display,
    one sentence and the library as text."""
    from .app import display_available, run_window

    if display_available() and not args.json:
        return run_window(args.db)
    print("hjdesk：没有可用的显示器（未设置 DISPLAY），无法打开窗口；下面是报告库的文字列表，"
          "其他功能见 hjdesk --help。", file=sys.stderr)
    return _cmd_list(args)


def _cmd_screenshots(args) -> int:
    from .app import screenshots

    if (args.old is None) != (args.new is None) or (args.old is not None and not args.db):
        raise CliError("请同时给出 --db、--old 和 --new，或者都不给（使用演示报告库）。")
    if args.old is not None:
        _check_reports(args, args.old, args.new)
    paths = screenshots(args.out_dir, args.db if args.old is not None else None, args.old, args.new)
    _emit(args, {"screenshots": [str(p) for p in paths]}, "\n".join(str(p) for p in paths))
    return 0


def _check_reports(args, *ids: int) -> None:
    """One sentence for a report id the library does not have."""
    from .store.db import session_scope
    from .store.repository import ReportNotFound, load_report

    try:
        with session_scope(_engine(args)) as session:
            for report_id in ids:
                load_report(session, report_id)
    except ReportNotFound as exc:
        raise CliError(str(exc)) from exc


def _cmd_demo(args) -> int:
    from .app import display_available
    from .demo import build_demo_library

    if display_available() and not args.json:
        from .app import run_window
        from .demo import demo_url

        url = args.db or demo_url()

        def prepare() -> tuple[int, int] | None:
            _, outcomes = build_demo_library(url)
            ids = [o.report_id for o in outcomes if o.report_id]
            return (ids[0], ids[1]) if len(ids) >= 2 else None
        return run_window(url, prepare)
    if not args.json:
        print("hjdesk：没有可用的显示器（未设置 DISPLAY），无法打开窗口；下面是演示报告库的文字输出。", file=sys.stderr)
    url, outcomes = build_demo_library(args.db)
    engine_args = argparse.Namespace(db=url, json=args.json, report=outcomes[0].report_id)
    if not args.json:
        print(f"演示报告库：{url}")
    code = _cmd_outline(engine_args)
    ids = [o.report_id for o in outcomes if o.report_id]
    if len(ids) >= 2:
        pdf = _demo_pdf(url, ids[0], ids[1])
        print(f"演示目标差距表（PDF）：{pdf}", file=sys.stderr if args.json else sys.stdout)
    return code


def _demo_pdf(url: str, old: int, new: int):
    """The demo's gap summary as PDF, beside the demo library (replaced each time)."""
    from pathlib import Path

    import platformdirs

    from .exports import gap_document, library_name
    from .reports.output import ExportError, export
    from .store.db import open_engine, session_scope, sqlite_file

    folder = sqlite_file(url).parent if sqlite_file(url) else Path(platformdirs.user_data_dir("hjdesk", appauthor=False))
    engine = open_engine(url)
    try:
        with session_scope(engine) as session:
            document = gap_document(session, old, new, library=library_name(url))
    finally:
        engine.dispose()
    try:
        return export(document, folder / "demo-gaps.pdf", "pdf", force=True)
    except ExportError as exc:
        raise CliError(str(exc)) from exc


class _ProgressBar:
    """A one-line progress bar on stderr (stdout stays clean for --json)."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr is not None
        self.width = 30

    def update(self, event) -> None:
        if not self.enabled or not event.total:
            return
        filled = self.width * event.done // event.total
        bar = "█" * filled + "·" * (self.width - filled)
        sys.stderr.write(f"\r导入 [{bar}] {event.done}/{event.total} {event.message[:30]:<30}")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\n")
