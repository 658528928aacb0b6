"""Both languages are whole: every string of the window's code is in the
translation sources, and the main window in each language shows no
untranslated menu entry, tab or column header."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu

from hjdesk.ui.i18n import install_language
from tests.conftest import ROOT

I18N = ROOT / "resources" / "i18n"
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _messages(path: Path) -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(path).getroot():
        name = context.find("name").text
        for message in context.findall("message"):
            translation = message.find("translation")
            unfinished = translation.get("type") in ("unfinished", "obsolete", "vanished")
            found[(name, message.find("source").text)] = "" if unfinished else (translation.text or "")
    return found


def test_every_string_in_the_code_is_translated(tmp_path):
    lupdate = shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    done = subprocess.run([lupdate, *map(str, sorted((ROOT / "hjdesk" / "ui").glob("*.py"))), "-ts", str(fresh)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    wanted = set(_messages(fresh))
    for language in ("zh_CN", "en"):
        have = _messages(I18N / f"hjdesk_{language}.ts")
        missing = sorted(key for key in wanted if not have.get(key))
        assert not missing, f"{language}: untranslated {missing[:10]} — run packaging/update_translations.sh"
    chinese = _messages(I18N / "hjdesk_zh_CN.ts")
    assert all(_CJK.search(text) for (context, source), text in chinese.items() if _CJK.search(source) is None
               and re.search(r"[A-Za-z]{3}", re.sub(r"\{\w+[^}]*\}|%\d|&\w|\*\.\w+|hjdesk|PNG|SVG", "", source)))


def test_compiled_files_match_their_sources(tmp_path):
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    for language in ("zh_CN", "en"):
        out = tmp_path / f"{language}.qm"
        subprocess.run([lrelease, str(I18N / f"hjdesk_{language}.ts"), "-qm", str(out)], check=True,
                       capture_output=True, timeout=120)
        assert out.read_bytes() == (I18N / f"hjdesk_{language}.qm").read_bytes(), \
            f"{language}.qm is stale — run packaging/update_translations.sh"


def _visible_texts(window) -> list[str]:
    texts = []
    for menu in window.menuBar().findChildren(QMenu):
        texts.append(menu.title())
        texts += [a.text() for a in menu.actions() if not a.isSeparator()]
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    texts += [window.library_dock.windowTitle()]
    for header in window.findChildren(QHeaderView):
        model = header.model()
        if model is None:
            continue
        count = model.columnCount() if header.orientation().name == "Horizontal" else 0
        texts += [str(model.headerData(i, header.orientation())) for i in range(count)]
    return [t for t in texts if t and t not in ("中文", "English", "None")
            and not t.startswith(("2025年", "2026年"))]  # language names and report titles are not translated


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_window_has_no_untranslated_menu_or_header(qtbot, make_main_window, demo_library, language):
    app = QApplication.instance()
    assert install_language(app, language)
    try:
        window = make_main_window(demo_library.url)
        with qtbot.waitSignal(window.comparison_opened, timeout=60000):
            window.start((demo_library.old, demo_library.new))
        texts = _visible_texts(window)
        assert len(texts) > 40
        if language == "zh_CN":
            wrong = [t for t in texts if not _CJK.search(t) and re.search(r"[A-Za-z]{2}", t.replace("hjdesk", ""))]
        else:
            wrong = [t for t in texts if _CJK.search(t)]
        assert not wrong, wrong
    finally:
        install_language(app, "en")
