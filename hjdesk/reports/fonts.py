"""Faces for printed documents, in the manner of government documents: the
title in a heavy Song (小标宋) or Hei face, headings in Hei, body text in
FangSong, tables in Song; each list falls back to the CJK faces Windows,
Kylin/UOS and Debian ship, and last to the one bundled in ``resources/fonts``."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

_FALLBACK = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "WenQuanYi Micro Hei",
             "WenQuanYi Zen Hei", "Noto Serif CJK SC", "AR PL UMing CN")
TITLE = ("方正小标宋简体", "方正小标宋_GBK", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "SimHei", "黑体",
         "Noto Serif CJK SC", "Source Han Serif SC", *_FALLBACK)
HEI = ("SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", *_FALLBACK)
FANGSONG = ("仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "华文仿宋", "Noto Serif CJK SC",
            "Source Han Serif SC", "SimSun", "宋体", *_FALLBACK)
SONG = ("SimSun", "宋体", "Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", *_FALLBACK)

#: Paragraph style → (faces, point size, bold); sizes are the 号 of 公文: 二号 22pt, 三号 16pt, 四号 14pt, 小四 12pt, 五号 10.5pt.
STYLES: dict[str, tuple[tuple[str, ...], float, bool]] = {
    "title": (TITLE, 20, True), "subtitle": (FANGSONG, 12, False), "heading": (HEI, 14, False),
    "subheading": (HEI, 12, False), "body": (FANGSONG, 12, False), "note": (FANGSONG, 9.5, False),
    "small": (FANGSONG, 9, False), "table": (SONG, 9, False), "footer": (SONG, 8, False),
}

_registered = False


def register_bundled_fonts() -> list[str]:
    """Load the fonts shipped in ``resources/fonts`` (once); returns their families."""
    global _registered
    from hjdesk.core.resources import resource_dir

    families: list[str] = []
    folder = resource_dir() / "fonts"
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in (".ttf", ".otf", ".ttc"):
                font_id = QFontDatabase.addApplicationFont(str(path))
                families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    _registered = True
    return families


def font(style: str) -> QFont:
    """The face of a paragraph style, with its fallbacks (a QGuiApplication must exist)."""
    if not _registered:
        register_bundled_fonts()
    faces, size, bold = STYLES[style]
    present = set(QFontDatabase.families())
    chosen = [face for face in faces if face in present]
    chosen += [f for f in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)[:1] if f not in chosen]
    result = QFont()
    result.setFamilies(chosen or list(faces))
    result.setPointSizeF(size)
    result.setBold(bold)
    return result
