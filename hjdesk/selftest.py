"""``hjdesk --self-test``: proof that an installation works, whether it is a
source checkout, an installed wheel or the PyInstaller bundle.

It imports every module of the package (the window's too, with Qt offscreen),
builds the demo library from the shipped seeds, compares the two reports,
computes their gap table, opens the main window on them offscreen and closes
it, and writes the gap summary as PDF (read back for its Chinese text), Word
and Excel. Each step prints one short line; the last line says it passed. The
first failure ends it with one sentence on stderr and exit code 1.

Everything it writes lives in a temporary folder that is removed afterwards:
the library, the window's settings, the exports, and (on Linux) the data,
config and cache folders, so the person's real library and settings are never
read or written. While it runs, an audit hook refuses every Internet socket
connection and host-name lookup in this process: the program makes none, and
a module that tried would fail the self-test instead of reaching out.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pkgutil
import socket
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator, TextIO

#: How long the window may take to open the comparison and its gap table.
WINDOW_TIMEOUT_MS = 120_000
#: Modules that are not imported: ``__main__`` runs the command line when imported.
SKIPPED_MODULES = frozenset({"hjdesk.__main__"})
#: A heading the gap summary always has, looked for in the PDF's text layer.
PDF_WORDS = "总体情况"
#: What Qt's offscreen platform says whenever a window is shown; not a fault.
_QT_NOISE = ("This plugin does not support propagateSizeHints",)


class SelfTestFailure(Exception):
    """A step found something wrong; one Chinese sentence."""


@dataclass
class _State:
    """What one step hands to the next."""

    folder: Path
    url: str = ""
    old: int = 0
    new: int = 0
    modules: list[str] = field(default_factory=list)


def run_self_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every step; 0 when all passed, 1 at the first failure."""
    out, err = out or sys.stdout, err or sys.stderr
    from hjdesk import __version__

    started = time.perf_counter()
    print(f"hjdesk {__version__} 自检（Python {sys.version.split()[0]}，"
          f"{'安装包' if getattr(sys, 'frozen', False) else '源代码或 pip 安装'}）", file=out, flush=True)
    with _scratch() as folder, _no_network():
        state = _State(folder)
        for number, (name, step) in enumerate(STEPS, 1):
            began = time.perf_counter()
            try:
                detail = step(state)
            except Exception as exc:  # the self-test reports any failure as one sentence
                print(f"hjdesk 自检失败：第 {number} 步（{name}）：{_sentence(exc)}", file=err, flush=True)
                return 1
            print(f"[{number}/{len(STEPS)}] {name}：{detail}（{time.perf_counter() - began:.1f} 秒）",
                  file=out, flush=True)
    print(f"hjdesk 自检通过：{len(STEPS)} 步全部通过，用时 {time.perf_counter() - started:.1f} 秒。", file=out, flush=True)
    return 0


def _sentence(exc: BaseException) -> str:
    text = str(exc).strip()
    if isinstance(exc, SelfTestFailure):
        return text
    return f"{type(exc).__name__}：{text}" if text else type(exc).__name__


# the steps --------------------------------------------------------------------------


def step_modules(state: _State) -> str:
    """Import every module of the package, the window's with Qt offscreen."""
    import hjdesk

    failed = []
    state.modules.append(hjdesk.__name__)
    for info in pkgutil.walk_packages(hjdesk.__path__, "hjdesk.", onerror=failed.append):
        if info.name in SKIPPED_MODULES:
            continue
        try:
            importlib.import_module(info.name)
        except Exception as exc:
            raise SelfTestFailure(f"模块 {info.name} 无法导入（{_sentence(exc)}）") from exc
        state.modules.append(info.name)
    if failed:
        raise SelfTestFailure(f"包 {failed[0]} 无法导入")
    for needed in ("hjdesk.cli", "hjdesk.store.db", "hjdesk.ui.main_window", "hjdesk.reports.output"):
        if needed not in state.modules:
            raise SelfTestFailure(f"找不到模块 {needed}，安装不完整")
    return f"{len(state.modules)} 个模块"


def step_libraries(state: _State) -> str:
    """The compiled libraries the fast paths use, each made to do a little work."""
    import sqlite3

    import fast_diff_match_patch
    import pikepdf
    import rjieba
    from PySide6 import __version__ as pyside_version

    if rjieba.cut("政府工作报告") != ["政府", "工作", "报告"]:
        raise SelfTestFailure("rjieba 分词结果不对")
    if fast_diff_match_patch.diff("目标", "目标值", counts_only=True) != [("=", 2), ("+", 1)]:
        raise SelfTestFailure("fast_diff_match_patch 比较结果不对")
    return (f"Qt（PySide6 {pyside_version}），SQLite {sqlite3.sqlite_version}，pikepdf {pikepdf.__version__}，"
            f"rjieba，fast_diff_match_patch")


def step_demo_library(state: _State) -> str:
    """The demo library built from the shipped seeds, in the temporary folder."""
    from hjdesk.demo import build_demo_library, seed_files

    seeds = seed_files()
    if len(seeds) < 2:
        raise SelfTestFailure(f"附带的示例报告只有 {len(seeds)} 份，应有 2 份")
    url, outcomes = build_demo_library(f"sqlite:///{state.folder / 'demo.sqlite3'}")
    errors = [o.error for o in outcomes if o.error]
    if errors:
        raise SelfTestFailure(f"示例报告导入失败：{errors[0]}")
    state.url, state.old, state.new = url, outcomes[0].report_id, outcomes[1].report_id
    return f"{len(outcomes)} 份报告，{sum(o.sections for o in outcomes)} 个结构节点"


def step_comparison(state: _State) -> str:
    """The two demo reports aligned, and the redline with its word-level changes."""
    from hjdesk.analysis import compare_for
    from hjdesk.exports import compare_document

    with _session(state.url) as session:
        comparison = compare_for(session, state.old, state.new)
        redline = compare_document(session, state.old, state.new)
    pairs = comparison.alignment.pairs
    changed = sum(1 for p in pairs if p.inserted or p.deleted)
    if not pairs or not changed or not redline.blocks:
        raise SelfTestFailure(f"对比结果不对：{len(pairs)} 对章节，其中 {changed} 对有改动")
    return f"{len(pairs)} 对章节，{changed} 对有改动"


def step_gap_table(state: _State) -> str:
    """Last year's targets against this year's results."""
    from hjdesk.analysis import gaps_for

    with _session(state.url) as session:
        rows = gaps_for(session, state.old, state.new).table.rows
    if not rows:
        raise SelfTestFailure("目标差距表是空的")
    return f"{len(rows)} 行"


def step_window(state: _State) -> str:
    """The main window opened offscreen on the demo comparison, then closed."""
    from hjdesk.app import make_application
    from hjdesk.ui.i18n import install_language
    from hjdesk.ui.library import Library
    from hjdesk.ui.main_window import MainWindow
    from hjdesk.ui.settings import Settings

    app = make_application()
    if not install_language(app, "zh_CN"):
        raise SelfTestFailure("找不到界面的中文译文（resources/i18n/hjdesk_zh_CN.qm）")
    bundled = _bundled_fonts()
    window = MainWindow(Library(state.url), Settings(state.folder / "settings.ini"))
    with _quiet_qt_noise():
        try:
            opened: list[tuple[int, int]] = []
            window.comparison_opened.connect(lambda old, new: opened.append((old, new)))
            window.show()
            window.start((state.old, state.new))
            _wait_for(lambda: bool(opened), "窗口未能在两分钟内打开对比和目标差距表")
            menu = window.menuBar().actions()[0].text()
        finally:
            window.close()
            window.pool.wait()
            window.library.dispose()
            window.deleteLater()
    return f"打开并关闭，菜单“{menu}”，界面字体 {app.font().family()}，附带字体 {'、'.join(bundled)}"


def _bundled_fonts() -> list[str]:
    """The families of the CJK fonts shipped in ``resources/fonts``, each
    read from its file (QRawFont: without adding it to the font database)."""
    from PySide6.QtGui import QRawFont

    from hjdesk.core.resources import resource_dir

    families = []
    for path in sorted((resource_dir() / "fonts").glob("*")):
        if path.suffix.lower() in (".ttf", ".otf", ".ttc"):
            raw = QRawFont(str(path), 12)
            if not raw.isValid() or not raw.supportsCharacter("报"):
                raise SelfTestFailure(f"附带的字体 {path.name} 无法读取或不含中文")
            families.append(raw.familyName())
    if not families:
        raise SelfTestFailure("附带的中文字体（resources/fonts）缺失")
    return families


def step_exports(state: _State) -> str:
    """The gap summary as PDF (its text layer read back), Word and Excel."""
    from hjdesk.exports import gap_document, library_name
    from hjdesk.importers.pdf import read_pdf
    from hjdesk.reports.output import export

    with _session(state.url) as session:
        document = gap_document(session, state.old, state.new, library=library_name(state.url))
    pdf = export(document, state.folder / "gaps.pdf", "pdf")
    text = read_pdf(pdf.read_bytes(), pdf.name).text
    if PDF_WORDS not in text:
        raise SelfTestFailure(f"PDF 的文字层里找不到“{PDF_WORDS}”（中文字体未嵌入或映射不对）")
    written = [pdf]
    for fmt in ("docx", "xlsx"):
        written.append(export(document, state.folder / f"gaps.{fmt}", fmt))
    _reopen(written[1], written[2])
    sizes = "，".join(f"{p.suffix[1:].upper()} {p.stat().st_size // 1024} KB" for p in written)
    return f"目标差距汇总 {sizes}"


STEPS: tuple[tuple[str, Callable[[_State], str]], ...] = (
    ("导入全部模块", step_modules),
    ("编译库", step_libraries),
    ("建立演示报告库", step_demo_library),
    ("同类对比", step_comparison),
    ("目标差距表", step_gap_table),
    ("主窗口", step_window),
    ("导出", step_exports),
)


# helpers ---------------------------------------------------------------------------


def _reopen(docx_path: Path, xlsx_path: Path) -> None:
    """Word and Excel files open again in their own libraries."""
    import docx
    import openpyxl

    if not docx.Document(str(docx_path)).paragraphs:
        raise SelfTestFailure("导出的 Word 文件是空的")
    workbook = openpyxl.load_workbook(xlsx_path, read_only=True)
    try:
        if not workbook.sheetnames:
            raise SelfTestFailure("导出的 Excel 文件没有工作表")
    finally:
        workbook.close()


@contextlib.contextmanager
def _quiet_qt_noise() -> Iterator[None]:
    """Pass Qt's messages on to stderr, except the offscreen platform's
    chatter; the previous handler is put back afterwards."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_kind, _context, message: str) -> None:
        if not message.startswith(_QT_NOISE):
            print(message, file=sys.stderr, flush=True)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


@contextlib.contextmanager
def _session(url: str):
    from hjdesk.store.db import open_engine, session_scope

    engine = open_engine(url)
    try:
        with session_scope(engine) as session:
            yield session
    finally:
        engine.dispose()


def _wait_for(condition: Callable[[], bool], failure: str) -> None:
    """Run Qt's event loop until ``condition()`` holds. A message box the
    window raises (a worker failed) is closed and its text is the failure:
    offscreen nobody could click it, and it would block for ever."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    shown: list[str] = []
    loop = QEventLoop()

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if modal is not None:
            shown.append(modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle())
            modal.close()
        if shown or condition():
            loop.quit()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(poll)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    timer.start()
    deadline.start(WINDOW_TIMEOUT_MS)
    if not condition():
        loop.exec()
    timer.stop()
    deadline.stop()
    if shown:
        raise SelfTestFailure(f"窗口报告了错误：{shown[0]}")
    if not condition():
        raise SelfTestFailure(failure)


@contextlib.contextmanager
def _scratch() -> Iterator[Path]:
    """A temporary folder for everything the self-test writes, and (on
    Linux) the data, config and cache folders pointed into it; Qt offscreen."""
    names = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "QT_QPA_PLATFORM")
    saved = {name: os.environ.get(name) for name in names}
    with tempfile.TemporaryDirectory(prefix="hjdesk-selftest-", ignore_cleanup_errors=True) as scratch:
        folder = Path(scratch)
        for name in names[:3]:
            os.environ[name] = str(folder / name.lower())
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt application exists
        try:
            yield folder
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


_INTERNET = (socket.AF_INET, socket.AF_INET6)
_LOOKUPS = frozenset({"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyname_ex",
                      "socket.gethostbyaddr", "socket.getnameinfo"})
_refusing = False
_hook_added = False


def _refuse_network(event: str, args: tuple) -> None:
    """Audit hook: while the self-test runs, an Internet connection or a
    host-name lookup raises instead of happening."""
    if not _refusing:
        return
    if event in ("socket.connect", "socket.sendto", "socket.sendmsg") and getattr(args[0], "family", None) in _INTERNET:
        raise SelfTestFailure(f"有代码试图连接网络（{args[1:2]}），hjdesk 不应连接任何网络")
    if event in _LOOKUPS:
        raise SelfTestFailure(f"有代码试图解析主机名（{args[:1]}），hjdesk 不应连接任何网络")


@contextlib.contextmanager
def _no_network() -> Iterator[None]:
    """Refuse network use in this process while the block runs (an audit
    hook cannot be removed, so it stays installed and idle afterwards)."""
    global _refusing, _hook_added
    if not _hook_added:
        sys.addaudithook(_refuse_network)
        _hook_added = True
    _refusing = True
    try:
        yield
    finally:
        _refusing = False
