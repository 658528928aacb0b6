"""Long work off the GUI thread.

A :class:`Worker` runs a function, or drives one of the generator jobs of
:mod:`hjdesk.jobs` (each ``yield`` is a progress event and a cancellation
point), on the global ``QThreadPool``. Its signals are delivered on the GUI
thread, where slots apply the frozen result to Qt models; the worker never
touches a model itself.
"""

from __future__ import annotations

import inspect
import logging
import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class WorkerSignals(QObject):
    """``progress(done, total, message)``, then exactly one of ``finished``
    (the result), ``failed`` (one sentence) or ``cancelled``."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Worker(QRunnable):
    """Run ``fn(*args, **kwargs)`` on a pool thread. A generator's progress
    events are forwarded; :meth:`cancel` stops it at its next ``yield``."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until a signal has arrived
        self.signals = WorkerSignals()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._cancel = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelling(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._fn(*self._args, **self._kwargs)
            if inspect.isgenerator(result):
                result = self._drive(result)
        except _Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # one sentence for the user; the trace goes to the log
            log.exception("background work failed")
            self.signals.failed.emit(_sentence(exc))
        else:
            self.signals.finished.emit(result)
        finally:
            self.done.set()

    def _drive(self, job) -> Any:
        while True:
            if self._cancel.is_set():
                job.close()
                raise _Cancelled
            try:
                event = next(job)
            except StopIteration as stop:
                return stop.value
            self.signals.progress.emit(event.done, event.total, event.message)


class _Cancelled(Exception):
    pass


def _sentence(exc: Exception) -> str:
    """The message a person reads: ours are Chinese sentences already."""
    text = str(exc).strip()
    if text and any("\u4e00" <= ch <= "\u9fff" for ch in text):
        return text
    return f"内部错误（{type(exc).__name__}）：{text[:200]}" if text else f"内部错误（{type(exc).__name__}）。"


class WorkerPool(QObject):
    """Keeps the workers a view started alive until they finish, so that a
    view can cancel them and a test can wait for them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: set[Worker] = set()

    def start(self, worker: Worker) -> Worker:
        self._running.add(worker)
        for signal in (worker.signals.finished, worker.signals.failed, worker.signals.cancelled):
            signal.connect(lambda *_, w=worker: self._running.discard(w))
        QThreadPool.globalInstance().start(worker)
        return worker

    def cancel_all(self) -> None:
        for worker in list(self._running):
            worker.cancel()

    def wait(self, timeout_s: float = 30.0) -> bool:
        """Block until every started worker has returned (for shutdown and tests)."""
        return all(worker.done.wait(timeout_s) for worker in list(self._running))

    @property
    def busy(self) -> bool:
        return bool(self._running)
