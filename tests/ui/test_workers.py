"""Workers run jobs off the GUI thread: results, progress, one-sentence
failures and cancellation between steps."""

from __future__ import annotations

import threading

from hjdesk.jobs import Progress
from hjdesk.ui.workers import Worker, WorkerPool


def _job(steps: int, gate: threading.Event | None = None):
    for done in range(steps):
        yield Progress(done, steps, f"第 {done + 1} 步")
        if gate is not None:
            gate.wait(10)
    return steps * 10


def test_a_function_result_arrives_on_the_gui_thread(qtbot):
    pool = WorkerPool()
    worker = Worker(lambda a, b: a + b, 2, 3)
    with qtbot.waitSignal(worker.signals.finished) as finished:
        pool.start(worker)
    assert finished.args == [5]
    assert pool.wait()
    qtbot.waitUntil(lambda: not pool.busy)  # the pool hears of the end through its own queued slot


def test_a_generator_reports_progress_then_its_return_value(qtbot):
    worker = Worker(_job, 3)
    seen = []
    worker.signals.progress.connect(lambda done, total, message: seen.append((done, total, message)))
    with qtbot.waitSignal(worker.signals.finished) as finished:
        WorkerPool().start(worker)
    assert finished.args == [30]
    assert seen == [(0, 3, "第 1 步"), (1, 3, "第 2 步"), (2, 3, "第 3 步")]


def test_a_failure_is_one_sentence(qtbot):
    def broken():
        raise ValueError("报告 9 不存在；用 hjdesk list 查看报告库。")

    worker = Worker(broken)
    with qtbot.waitSignal(worker.signals.failed) as failed:
        WorkerPool().start(worker)
    assert failed.args == ["报告 9 不存在；用 hjdesk list 查看报告库。"]
    other = Worker(lambda: 1 / 0)
    with qtbot.waitSignal(other.signals.failed) as failed:
        WorkerPool().start(other)
    assert failed.args[0].startswith("内部错误（ZeroDivisionError）")


def test_cancel_stops_a_generator_at_its_next_step(qtbot):
    gate = threading.Event()
    worker = Worker(_job, 5, gate)
    steps = []
    worker.signals.progress.connect(lambda done, total, message: steps.append(done))
    worker.signals.finished.connect(lambda result: steps.append("finished"))
    pool = WorkerPool()
    with qtbot.waitSignal(worker.signals.progress):
        pool.start(worker)
    with qtbot.waitSignal(worker.signals.cancelled):
        worker.cancel()
        gate.set()
    assert "finished" not in steps and len(steps) < 5
    assert pool.wait()
    qtbot.waitUntil(lambda: not pool.busy)
