"""``hjdesk screenshots`` renders every view of the demo comparison."""

from __future__ import annotations

from PySide6.QtGui import QImage

from hjdesk.cli import main
from hjdesk.ui.i18n import install_language


def test_screenshots_of_the_demo(qapp, tmp_path, capsys):
    try:
        assert main(["screenshots", str(tmp_path / "shots")]) == 0
    finally:
        install_language(qapp, "en")
    names = capsys.readouterr().out.split()
    expected = ["01_compare_top.png", "02_compare_middle.png", "03_gap_table.png", "04_charts.png",
                "05_chart_gaps.png", "06_chart_trend.png", "07_import_errors.png",
                "08_window_with_import_errors.png", "09_library.png", "10_compare_promise.png", "11_print_preview.png",
                "12_draft_check.png"]
    assert [name.rsplit("/", 1)[-1] for name in names] == expected
    for name in expected:
        image = QImage(str(tmp_path / "shots" / name))
        assert image.width() > 300 and image.height() > 150, name
    top = QImage(str(tmp_path / "shots" / "01_compare_top.png"))
    colours = {top.pixelColor(x, y).name() for x in range(0, top.width(), 7) for y in range(0, top.height(), 7)}
    assert "#fbe3e3" in colours and "#e1ecfb" in colours, "no deletion or insertion marks on the first screen"


def test_screenshots_refuse_half_an_address(tmp_path, capsys):
    assert main(["screenshots", str(tmp_path), "--old", "1"]) == 1
    assert "--db" in capsys.readouterr().err
