"""Crashes: an import killed (SIGKILL) at random moments leaves a sound SQLite
file holding only whole reports; a person's write is on disk as soon as the
call that made it returns, and survives the window being killed right after.

The full-size run (100 kills of ``python -m hjdesk import``) is
``python3 -m tests.store.stress``; here 50 kills of forked importers (the same
command-line entry point, without the interpreter's start-up each time) and a
few of the real command line.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hjdesk import analysis
from hjdesk.core.corrections import GapDecision
from hjdesk.store.db import open_engine, session_scope
from hjdesk.store.repository import load_gap_decisions
from tests.store.stress import Reference, kill_run

ROOT = Path(__file__).resolve().parents[2]


def _files(provinces: dict[str, list[Path]]) -> list[Path]:
    return [path for paths in provinces.values() for path in paths]


def _assert_every_kill_held(result, kills: int) -> None:
    assert result.failures == []
    assert result.kills == kills
    assert result.integrity_ok == kills
    assert result.partial == 0
    # Not vacuous: importers were killed while they ran, and reports were there to check.
    assert result.interrupted > 0
    assert result.reports_seen > 0


@pytest.mark.usefixtures("corpus")
def test_killed_imports_leave_whole_reports_or_none(tmp_path: Path, stress_provinces: dict[str, list[Path]],
                                                    stress_reference: Reference) -> None:
    seed = random.randrange(1 << 30)
    result = kill_run(50, _files(stress_provinces), stress_reference, tmp_path, per_run=3, launcher="fork",
                      rng=random.Random(seed))
    print(f"seed {seed}: {result}")
    _assert_every_kill_held(result, 50)


@pytest.mark.usefixtures("corpus")
def test_killed_command_line_imports_leave_whole_reports_or_none(
        tmp_path: Path, stress_provinces: dict[str, list[Path]], stress_reference: Reference) -> None:
    result = kill_run(3, _files(stress_provinces), stress_reference, tmp_path, per_run=3, launcher="cli")
    _assert_every_kill_held(result, 3)


#: The window's way of writing (hjdesk.ui.library.Library.call, one committed
#: transaction per call), one write at a time; after each it says what it
#: wrote and waits for a line on stdin, then at the end it stays open.
WINDOW = r"""
import sys, time
from hjdesk import analysis
from hjdesk.core.corrections import GapDecision, IndicatorCorrection
from hjdesk.ui.library import Library

url, old, new = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
library = Library(url)

def said(*words):
    print(*words, flush=True)
    sys.stdin.readline()

key = library.call(analysis.indicators_for, old)[0].key
library.call(analysis.correct_indicator, old,
             IndicatorCorrection(key=key, quote="", action="edit", changes=(("value", 99.5),), note="人工核对"))
said("corrected", key)
target = next(i for i in library.call(analysis.indicators_for, old) if i.role == "target")
library.call(analysis.decide_gap, old, new, GapDecision(target.key, actual_key="", status="missed", note="未报告"))
said("decided", target.key)
library.call(analysis.pin_sections, old, new, "same", 2, 2)
library.call(analysis.edit_report, new, label="二稿")
print("pinned", flush=True)
time.sleep(600)
"""


def _stored(url: str, old: int, new: int):
    """What the library holds of the window's writes, read by another program."""
    engine = open_engine(url)
    try:
        with session_scope(engine, write=False) as session:
            corrected = [i for i in analysis.indicators_for(session, old) if i.corrected]
            decisions = load_gap_decisions(session, old, new)
            pins = analysis.pins_of(session, old, new, "same")
            label = analysis.report(session, new).label
        return corrected, decisions, pins, label
    finally:
        engine.dispose()


def test_a_persons_writes_are_stored_at_once_and_survive_a_killed_window(demo_library) -> None:
    url, old, new = demo_library.url, demo_library.old, demo_library.new
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    window = subprocess.Popen([sys.executable, "-c", WINDOW, url, str(old), str(new)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        word, key = window.stdout.readline().split()
        assert word == "corrected", window.stderr.read()
        corrected, decisions, _, _ = _stored(url, old, new)
        assert [(i.key, i.value) for i in corrected] == [(key, 99.5)], "the correction is not visible at once"
        window.stdin.write("\n")
        window.stdin.flush()

        word, target = window.stdout.readline().split()
        assert word == "decided", window.stderr.read()
        assert _stored(url, old, new)[1] == (GapDecision(target, "", "missed", "未报告"),)
        window.stdin.write("\n")
        window.stdin.flush()

        assert window.stdout.readline().strip() == "pinned", window.stderr.read()
        window.send_signal(signal.SIGKILL)  # right after the last write
        assert window.wait(60) == -signal.SIGKILL
    finally:
        if window.poll() is None:
            window.kill()
            window.wait()
    corrected, decisions, pins, label = _stored(url, old, new)
    assert [(i.key, i.value, i.note) for i in corrected] == [(key, 99.5, "人工核对")]
    assert decisions == (GapDecision(target, "", "missed", "未报告"),)
    assert pins == ((2, 2),)
    assert label == "二稿"
