"""The whole pipeline with the network forbidden: import, compare, gaps,
export to PDF, Word and Excel, and the window opened on a comparison and
closed. Any attempt at a socket (from Python code) is recorded by an audit
hook and fails the run; run under ``unshare -n`` the kernel offers no
network at all, for code that does not go through Python.

    python3 -m tests.offline_pipeline FOLDER        # exits 0 and prints "offline ok"
"""

from __future__ import annotations

import os
import sys

ATTEMPTS: list[str] = []


def _forbid_sockets(event: str, args) -> None:
    if event.startswith("socket.") and event not in ("socket.gethostname",):
        ATTEMPTS.append(f"{event} {args!r}"[:200])
        raise OSError(f"network forbidden in this run: {event}")


def run(folder: str) -> int:
    sys.addaudithook(_forbid_sockets)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    from PySide6.QtWidgets import QApplication

    from hjdesk.cli import main

    app = QApplication(["hjdesk"])  # before the exports make a widgetless one: the window comes last

    url = f"sqlite:///{Path(folder) / 'offline.sqlite3'}"
    seeds = [str(root / "seeds" / "hongjiang_2025.txt"), str(root / "seeds" / "hongjiang_2026_draft.txt")]
    steps = [["import", *seeds], ["list"], ["outline", "1"], ["gaps", "1", "2"], ["compare", "1", "2", "--spans"],
             ["compare", "1", "2", "--mode", "promise"]]
    for fmt in ("pdf", "docx", "xlsx", "csv"):
        steps.append(["export", "gaps", "1", "2", "--format", fmt, "-o", str(Path(folder) / f"gaps.{fmt}")])
    steps.append(["export", "compare", "1", "2", "--format", "pdf", "-o", str(Path(folder) / "redline.pdf")])
    for argv in steps:
        code = main([*argv, "--db", url, "--json"])
        if code != 0:
            print(f"step failed: {argv}", file=sys.stderr)
            return 1
    if _open_window(app, url) != 0:
        return 1
    if ATTEMPTS:
        print("socket attempts:", *ATTEMPTS, sep="\n  ", file=sys.stderr)
        return 1
    print("offline ok")
    return 0


def _open_window(app, url: str) -> int:
    from hjdesk.ui.library import Library
    from hjdesk.ui.main_window import CHARTS_TAB, MainWindow
    from hjdesk.ui.screenshots import wait_until
    from hjdesk.ui.settings import Settings

    window = MainWindow(Library(url), Settings(os.path.join(os.path.dirname(url[len("sqlite:///"):]), "s.ini")))
    window.show()
    opened = []
    window.comparison_opened.connect(lambda *pair: opened.append(pair))
    window.start((1, 2))
    if not wait_until(lambda: bool(opened), 120_000):
        print("the window did not open the comparison", file=sys.stderr)
        return 1
    window.show_tab(CHARTS_TAB)
    wait_until(lambda: not window.pool.busy, 60_000)
    window.close()
    window.library.dispose()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(run(sys.argv[1]))
