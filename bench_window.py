"""Window benchmarks; prints medians. Run alone or through ``bench.py``.

    python3 bench_window.py --runs 5

- start-up: a whole process that shows the main window with the demo
  comparison open (alignment done, first word diffs drawn), against a bare
  ``python -c "import PySide6.QtWidgets, pyqtgraph"`` (goal: ratio <= 3);
- scrolling through a whole comparison of two reports of about 20,000
  characters, page by page: the first pass (diffs computed as pages come on
  screen) and the second (none recomputed);
- the window's resident memory with a library of 100 reports and a
  comparison open (goal: <= 300 MB).

Each figure is measured offscreen (QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT.parent / "shared" / "corpus"
SEEDS = (ROOT / "seeds" / "hongjiang_2025.txt", ROOT / "seeds" / "hongjiang_2026_draft.txt")
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen")


def _process_ms(argv: list[str]) -> float:
    """Milliseconds from starting a process to its first line on stdout ("ready"), not counting its exit."""
    start = time.perf_counter()
    with subprocess.Popen(argv, env=ENV, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                          text=True) as process:
        line = process.stdout.readline()
        ready = time.perf_counter()
        process.stdout.read()
    if process.returncode or line.strip() != "ready":
        raise RuntimeError(f"{argv[:3]} did not get ready (exit {process.returncode})")
    return (ready - start) * 1000


def _record(*figure) -> None:
    """Hand a figure to bench.py's closing table (when run from it)."""
    bench = sys.modules.get("bench") or sys.modules.get("__main__")
    if bench is not None and hasattr(bench, "record"):
        bench.record(*figure)


def _library(folder: Path, files, stop_at: int | None = None) -> tuple[str, list[int]]:
    """A library of the given files (or of as many as it takes to store ``stop_at`` reports)."""
    from hjdesk.jobs import import_one
    from hjdesk.store.db import open_engine

    url = f"sqlite:///{folder / 'bench.sqlite3'}"
    engine = open_engine(url)
    ids: list[int] = []
    for path in files:
        outcome = import_one(engine, path)
        if outcome.report_id and outcome.report_id not in ids:
            ids.append(outcome.report_id)
        if stop_at is not None and len(ids) >= stop_at:
            break
    engine.dispose()
    return url, ids


def bench_start(runs: int) -> None:
    # An installed hjdesk carries compiled bytecode, as PySide6 and pyqtgraph do; a checkout run with
    # PYTHONDONTWRITEBYTECODE would compile every module in every process and measure that instead.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "hjdesk")], check=True,
                   stdout=subprocess.DEVNULL)
    folder = Path(tempfile.mkdtemp(prefix="hjdesk-bench-"))
    url, (old, new) = _library(folder, SEEDS)
    window = [sys.executable, __file__, "--child", "open", url, str(old), str(new), str(folder)]
    bare = [sys.executable, "-c", "import PySide6.QtWidgets, pyqtgraph; print('ready', flush=True)"]
    _process_ms(window)  # warm the file cache
    window_ms = statistics.median(_process_ms(window) for _ in range(runs))
    bare_ms = statistics.median(_process_ms(bare) for _ in range(runs))
    print(f"window start-up with the demo comparison open, median of {runs} processes")
    print(f"  window on screen, comparison open and first diffs drawn {window_ms:6.0f} ms   "
          f"bare PySide6+pyqtgraph import {bare_ms:6.0f} ms   "
          f"ratio {window_ms / bare_ms:5.2f}  (goal <= 3)")
    _record("window start-up / bare PySide6+pyqtgraph import", window_ms / bare_ms, 3, "x")
    shutil.rmtree(folder, ignore_errors=True)


def bench_scroll(runs: int) -> None:
    pair = [CORPUS / "provinces" / "山东省" / f"{year}.md" for year in (2024, 2025)]
    files = pair if all(p.exists() for p in pair) else list(SEEDS)
    folder = Path(tempfile.mkdtemp(prefix="hjdesk-bench-"))
    url, (old, new) = _library(folder, files)
    results = [_child_result([sys.executable, __file__, "--child", "scroll", url, str(old), str(new), str(folder)])
               for _ in range(runs)]
    first = statistics.median(r[0] for r in results)
    second = statistics.median(r[1] for r in results)
    recomputed = max(r[2] for r in results)
    chars = int(results[0][3])
    print(f"scrolling the whole comparison page by page ({files[0].parent.name} {files[0].stem}→{files[1].stem}, "
          f"{chars} characters on the new side), median of {runs} processes")
    print(f"  first pass {first:7.0f} ms (diffs computed as pages appear)   second pass {second:7.0f} ms   "
          f"diffs recomputed on the second pass: {int(recomputed)}")
    shutil.rmtree(folder, ignore_errors=True)


def bench_memory(runs: int) -> None:
    import logging

    logging.disable(logging.CRITICAL)  # a corpus file the extractor still fails on is skipped here, not reported
    folder = Path(tempfile.mkdtemp(prefix="hjdesk-bench-"))
    url, ids = _library(folder, _candidates(folder / "files"), stop_at=500)
    old, new = ids[0], ids[1]
    rss = [_child_result([sys.executable, __file__, "--child", "memory", url, str(old), str(new), str(folder)])[0]
           for _ in range(runs)]
    print(f"window resident memory with {len(ids)} reports in the library and a comparison open, median of {runs}")
    print(f"  {statistics.median(rss):7.0f} MB  (goal <= 300 MB)")
    _record(f"window RSS, {len(ids)} reports in the library", statistics.median(rss), 300, "MB")
    shutil.rmtree(folder, ignore_errors=True)


def _candidates(folder: Path):
    """The seeds, the corpus, then marked copies of the text reports, without end."""
    folder.mkdir(parents=True)
    files = list(SEEDS)
    if CORPUS.is_dir():
        files += sorted(p for p in CORPUS.rglob("*") if p.suffix in (".md", ".docx", ".txt"))
    yield from files
    texts = [p for p in files if p.suffix in (".md", ".txt")]
    copy = 0
    while True:
        source = texts[copy % len(texts)]
        target = folder / f"copy{copy}{source.suffix}"
        target.write_text(source.read_text(encoding="utf-8-sig") + f"\n\n（第{copy + 2}稿）\n", encoding="utf-8")
        yield target
        copy += 1


def _child_result(argv: list[str]) -> list[float]:
    done = subprocess.run(argv, check=True, env=ENV, cwd=ROOT, capture_output=True, text=True)
    return [float(x) for x in done.stdout.split()]


def child(task: str, url: str, old: int, new: int, folder: str) -> None:
    """Run in a fresh process: open the window on OLD → NEW and measure."""
    from hjdesk.app import make_application
    from hjdesk.ui.i18n import install_language
    from hjdesk.ui.library import Library
    from hjdesk.ui.main_window import MainWindow
    from hjdesk.ui.screenshots import wait_until
    from hjdesk.ui.settings import Settings

    app = make_application()
    install_language(app, "zh_CN")
    window = MainWindow(Library(url), Settings(Path(folder) / f"settings-{os.getpid()}.ini"))
    window.resize(1600, 1000)
    window.show()
    opened = []
    window.comparison_opened.connect(lambda *_: opened.append(True))
    window.start((old, new))
    view = window.compare_view
    idle = lambda: bool(opened) and not view.busy and not window.pool.busy  # noqa: E731
    wait_until(idle)
    if task == "open":
        print("ready", flush=True)
    elif task == "scroll":
        from hjdesk.ui import compare_view

        computed = []
        real = compare_view.diff_marks
        compare_view.diff_marks = lambda data, indices: (computed.extend(indices), real(data, indices))[1]
        passes = []
        for _ in range(2):
            before = len(computed)
            start = time.perf_counter()
            _scroll_through(view, wait_until)
            passes.append(((time.perf_counter() - start) * 1000, len(computed) - before))
        print(passes[0][0], passes[1][0], passes[1][1], len(view.data.new_text))
    elif task == "memory":
        print(_rss_mb())
    window.close()
    window.pool.wait()


def _scroll_through(view, wait_until) -> None:
    pane = view.panes["new"]
    bar = pane.verticalScrollBar()
    bar.setValue(0)
    value = 0
    while value <= bar.maximum():
        bar.setValue(value)
        view._diff_timer.start(0)
        wait_until(lambda: not view.busy)
        value += bar.pageStep()


def _rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", nargs=5, metavar=("TASK", "URL", "OLD", "NEW", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        task, url, old, new, folder = args.child
        child(task, url, int(old), int(new), folder)
        return 0
    bench_start(args.runs)
    bench_scroll(args.runs)
    bench_memory(max(1, args.runs // 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
