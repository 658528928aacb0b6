"""The whole pipeline with the network forbidden: import, compare, gaps,
export to PDF, Word and Excel, and the window opened on a comparison and
closed. Any attempt at a socket (from Python code) is recorded by an audit
hook and fails the run; run under ``unshare -n`` the kernel offers no
network at all, for code that does not go through Python.

    python3 -m tests.offline_pipeline FOLDER [URL]  # exits 0 and prints "offline ok"

URL is a library to use instead of a new SQLite file in FOLDER (a PostgreSQL
database on a local socket, for instance).
"""

from __future__ import annotations

import os
import sys

ATTEMPTS: list[str] = []


def _forbid_sockets(event: str, args) -> None:
    if event.startswith("socket.") and event not in ("socket.gethostname",):
        ATTEMPTS.append(f"{event} {args!r}"[:200])
        raise OSError(f"network forbidden in this run: {event}")


def run(folder: str, url: str | None = None) -> int:
    sys.addaudithook(_forbid_sockets)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    from PySide6.QtWidgets import QApplication

    from hjdesk.cli import main

    app = QApplication(["hjdesk"])  # before the exports make a widgetless one: the window comes last

    url = url or f"sqlite:///{Path(folder) / 'offline.sqlite3'}"
    seeds = [str(root / "seeds" / "hongjiang_2025.txt"), str(root / "seeds" / "hongjiang_2026_draft.txt")]
    ids = _imported(main, seeds, url)
    if ids is None:
        return 1
    old, new = map(str, ids)
    steps = [["list"], ["outline", old], ["gaps", old, new], ["compare", old, new, "--spans"],
             ["compare", old, new, "--mode", "promise"]]
    for fmt in ("pdf", "docx", "xlsx", "csv"):
        steps.append(["export", "gaps", old, new, "--format", fmt, "-o", str(Path(folder) / f"gaps.{fmt}"), "--force"])
    steps.append(["export", "compare", old, new, "--format", "pdf", "-o", str(Path(folder) / "redline.pdf"), "--force"])
    for argv in steps:
        code = main([*argv, "--db", url, "--json"])
        if code != 0:
            print(f"step failed: {argv}", file=sys.stderr)
            return 1
    if _open_window(app, url, ids) != 0:
        return 1
    if ATTEMPTS:
        print("socket attempts:", *ATTEMPTS, sep="\n  ", file=sys.stderr)
        return 1
    print("offline ok")
    return 0


def _imported(main, files: list[str], url: str) -> tuple[int, int] | None:
    """Import the seeds (or find them already there); their ids."""
    import contextlib
    import io
    import json

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["import", *files, "--db", url, "--json"])
    if code != 0:
        print("import failed", file=sys.stderr)
        return None
    reports = json.loads(out.getvalue())["reports"]
    return reports[0]["id"], reports[1]["id"]


def _open_window(app, url: str, ids: tuple[int, int]) -> int:
    from hjdesk.ui.library import Library
    from hjdesk.ui.main_window import CHARTS_TAB, MainWindow
    from hjdesk.ui.screenshots import wait_until
    from hjdesk.ui.settings import Settings

    import tempfile

    window = MainWindow(Library(url), Settings(os.path.join(tempfile.mkdtemp(prefix="hjdesk-offline-"), "s.ini")))
    window.show()
    opened = []
    window.comparison_opened.connect(lambda *pair: opened.append(pair))
    window.start(ids)
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
    sys.exit(run(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else None))
