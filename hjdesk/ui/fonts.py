"""Chinese must render on a machine whose default font has no Chinese: use
a CJK font that is installed, or the one bundled in ``resources/fonts``."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from hjdesk.reports.fonts import register_bundled_fonts

#: Faces tried in order: the ones Windows, Kylin/UOS and Debian ship.
PREFERRED = ("Microsoft YaHei", "Microsoft YaHei UI", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
             "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei", "SimSun", "Noto Serif CJK SC", "AR PL UMing CN")
_SAMPLE = "政府工作报告"


def chinese_family() -> str | None:
    """The first preferred family that is present, else any that writes Chinese."""
    present = set(QFontDatabase.families())
    for family in PREFERRED:
        if family in present:
            return family
    for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return family
    return None


def use_chinese_font(app: QApplication) -> str | None:
    """Make the application's default font one that writes Chinese, keeping
    the system's point size; returns the family chosen (None: none found)."""
    register_bundled_fonts()
    family = chinese_family()
    if family is None:
        return None
    font = QFont(app.font())
    font.setFamilies([family, *app.font().families()])
    app.setFont(font)
    return family
