"""The import dialog, driven through its slots and by a real worker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QProgressBar

from hjdesk.jobs import ImportOutcome, Progress
from hjdesk.ui.import_dialog import ImportDialog, local_paths
from hjdesk.ui.workers import Worker, WorkerPool

OUTCOMES = [
    ImportOutcome("/data/2025定稿.docx", 3, True, "洪江区", 2025, "", "2025年洪江区管委工作报告", 70, 200),
    ImportOutcome("/data/空白.txt", error="空白.txt：文件是空的，没有可导入的内容。"),
    ImportOutcome("/data/旧稿.txt", 1, False, "洪江区", 2024, "", "2024年洪江区管委工作报告", 60, 150),
]


@pytest.fixture
def dialog(qtbot):
    widget = ImportDialog()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def buttons(dialog) -> set[str]:
    box = dialog.findChild(QDialogButtonBox)
    return {box.standardButton(b).name for b in box.buttons()}


def test_progress_names_the_file_being_read(dialog):
    dialog.on_progress(1, 3, "50%增长.docx")
    bar = dialog.findChild(QProgressBar)
    assert (bar.value(), bar.maximum()) == (1, 3)
    assert bar.text() == "1/3  50%增长.docx"
    dialog.on_progress(2, 3, "100%pass.txt")
    assert bar.text().replace("\u2060", "") == "2/3  100%pass.txt"
    assert dialog.running and buttons(dialog) == {"Cancel"}


def test_the_summary_counts_and_lists_each_failure_with_its_reason(dialog):
    dialog.on_finished(OUTCOMES)
    text = dialog.results.toPlainText()
    assert "Imported 1, failed 1." in dialog.findChild(QLabel).text()
    assert "空白.txt\n文件是空的，没有可导入的内容。" in text  # the name once, then the reason
    assert "2025定稿.docx" in text and "旧稿.txt" in text
    assert text.index("空白.txt") < text.index("2025定稿.docx")  # failures first
    assert not dialog.running and buttons(dialog) == {"Close"}


def test_cancel_asks_the_worker_to_stop_and_keeps_the_dialog_open(qtbot, dialog):
    dialog.on_progress(0, 4, "a.txt")
    with qtbot.waitSignal(dialog.cancel_requested):
        dialog.reject()
    assert dialog.isVisible()
    dialog.on_cancelled()
    assert not dialog.running and "cancelled" in dialog.findChild(QLabel).text()
    dialog.reject()
    assert not dialog.isVisible()


def test_a_worker_drives_the_dialog_to_its_summary(qtbot, dialog):
    def job():
        yield Progress(0, 1, "2025定稿.docx")
        yield Progress(1, 1, "")
        return OUTCOMES[:2]

    worker = Worker(job)
    dialog.attach(worker)
    pool = WorkerPool()
    with qtbot.waitSignal(worker.signals.finished):
        pool.start(worker)
    assert dialog.worker is worker and not dialog.running
    assert "空白.txt" in dialog.results.toPlainText()
    assert pool.wait()


def test_a_failed_job_says_why(dialog):
    dialog.on_failed("报告库文件被占用。")
    assert "报告库文件被占用。" in dialog.findChild(QLabel).text() and not dialog.running


def test_only_local_files_are_taken_from_a_drop(tmp_path):
    report = tmp_path / "报告.docx"
    report.write_bytes(b"x")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(report)), QUrl.fromLocalFile(str(tmp_path)), QUrl("https://a.cn/b.pdf")])
    assert local_paths(mime) == [str(report)]
