"""``hjdesk screenshots``: PNGs of every view, rendered offscreen, from the
demo library or from two reports of a given library. Review looks at them."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEventLoop, QTimer

from .library import Library
from .main_window import CHARTS_TAB, CHECK_TAB, COMPARE_TAB, GAPS_TAB, MainWindow
from .settings import Settings

_TIMEOUT_MS = 120_000


def wait_until(condition: Callable[[], bool], timeout_ms: int = _TIMEOUT_MS) -> bool:
    """Run the event loop until ``condition()`` holds (checked every 20 ms)."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if condition() else None)
    QTimer.singleShot(timeout_ms, loop.quit)
    poll.start()
    if not condition():
        loop.exec()
    poll.stop()
    return condition()


def take_screenshots(out_dir: Path, url: str, old: int, new: int, bad_files: list[Path]) -> list[Path]:
    """Render the main views of the comparison OLD → NEW into ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="hjdesk-shots-"))
    window = MainWindow(Library(url), Settings(scratch / "settings.ini"))
    window.resize(1600, 1000)
    window.show()
    opened: list[tuple[int, int]] = []
    window.comparison_opened.connect(lambda a, b: opened.append((a, b)))
    window.start((old, new))
    if not wait_until(lambda: bool(opened)):
        raise RuntimeError("比较未能在两分钟内打开。")
    compare = window.compare_view
    idle = lambda: not compare.busy and not window.pool.busy  # noqa: E731
    saved: list[Path] = []

    def shot(name: str, widget=None) -> None:
        settle = QEventLoop()
        QTimer.singleShot(150, settle.quit)  # let queued shows and layouts run before the picture
        settle.exec()
        wait_until(idle)
        path = out_dir / name
        (widget or window).grab().save(str(path))
        saved.append(path)

    window.show_tab(COMPARE_TAB)
    shot("01_compare_top.png")
    changes = compare.change_indices()
    if changes:
        compare.go_to_pair(changes[len(changes) // 2])
    shot("02_compare_middle.png")
    window.show_tab(GAPS_TAB)
    window.gap_view.select_row(0)
    shot("03_gap_table.png")
    window.show_tab(CHARTS_TAB)
    charts = window.ensure_charts()
    shot("04_charts.png")
    shot("05_chart_gaps.png", charts.gap_chart)
    shot("06_chart_trend.png", charts.trend_chart)
    window.show_tab(COMPARE_TAB)
    dialog = window.library_view.import_paths([str(p) for p in bad_files])
    if dialog is not None:
        wait_until(lambda: not dialog.running)
        shot("07_import_errors.png", dialog)
        saved.append(_composed(out_dir / "08_window_with_import_errors.png", window, dialog))
        dialog.close()
    shot("09_library.png", window.library_dock)
    window.show_tab(COMPARE_TAB)
    compare.set_mode("promise")
    wait_until(lambda: compare.data is not None and compare.data.mode == "promise")
    promised = [i for i, place in enumerate(compare.data.places) if place.pair.old_section in compare.data.promises]
    if promised:
        compare.go_to_pair(promised[min(2, len(promised) - 1)])
    shot("10_compare_promise.png")
    saved.append(_print_preview(out_dir / "11_print_preview.png", window, old, new))
    window.show_tab(CHECK_TAB)
    wait_until(lambda: window.check_view.check is not None)
    first = window.check_view.shown()
    if first:
        window.check_view.select_number(first[0][0])
    shot("12_draft_check.png")
    window.close()
    return saved


def _print_preview(path: Path, window, old: int, new: int) -> Path:
    """The print preview of the gap summary, as 文件 → 打印预览 shows it."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from hjdesk.exports import gap_document
    from hjdesk.reports.paint import render

    document = window.library.call(gap_document, old, new, library=window.library.url or "")
    dialog = QPrintPreviewDialog(window.print_export.printer(), window)
    dialog.paintRequested.connect(lambda printer: render(document, printer))
    dialog.resize(1100, 950)
    dialog.show()
    settle = QEventLoop()
    QTimer.singleShot(400, settle.quit)
    settle.exec()
    dialog.grab().save(str(path))
    dialog.close()
    return path


def _composed(path: Path, window, dialog) -> Path:
    """The window with a dialog drawn over its middle, as a person sees them
    (offscreen, each top-level window is its own picture)."""
    from PySide6.QtGui import QPainter

    picture = window.grab()
    painter = QPainter(picture)
    over = dialog.grab()
    painter.drawPixmap((picture.width() - over.width()) // 2, (picture.height() - over.height()) // 2, over)
    painter.end()
    picture.save(str(path))
    return path


def bad_samples(folder: Path) -> list[Path]:
    """Files that cannot be imported, for the import-error screenshot."""
    folder.mkdir(parents=True, exist_ok=True)
    empty = folder / "空白.txt"
    empty.write_bytes(b"")
    broken = folder / "损坏的报告.docx"
    broken.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    scan = folder / "扫描件.pdf"
    scan.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    return [empty, broken, scan]
