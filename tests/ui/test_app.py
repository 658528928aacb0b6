"""Start-up: the display check, and switching language rebuilds the window
on the same library and comparison."""

from __future__ import annotations

import pytest

from hjdesk import app


@pytest.mark.parametrize(("env", "expected"), [
    ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
    ({"QT_QPA_PLATFORM": "minimal"}, False),
    ({"DISPLAY": ":0"}, True),
    ({"WAYLAND_DISPLAY": "wayland-0"}, True),
    ({}, False),
])
def test_a_window_is_shown_only_where_a_person_could_see_it(monkeypatch, env, expected):
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(app.sys, "platform", "linux")
    assert app.display_available() is expected


def test_switching_language_rebuilds_the_window(qtbot, tmp_path, demo_library):
    from hjdesk.ui.i18n import install_language

    controller = app.WindowController(demo_library.url, str(tmp_path / "settings.ini"))
    try:
        first = controller.show(comparison=(demo_library.old, demo_library.new))
        with qtbot.waitSignal(first.comparison_opened, timeout=60000):
            pass
        assert first.menuBar().actions()[0].text() == "文件(&F)"
        first.language_actions["en"].trigger()
        second = controller.window
        assert second is not first and not first.isVisible()
        assert second.menuBar().actions()[0].text() == "&File"
        with qtbot.waitSignal(second.comparison_opened, timeout=60000) as opened:
            pass
        assert opened.args == [demo_library.old, demo_library.new]
        assert controller.settings.language == "en"
    finally:
        controller.window.close()
        controller.window.pool.wait()
        controller.library.dispose()
        install_language(controller.app, "en")
