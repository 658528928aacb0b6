"""``hjdesk --self-test``: it passes on this checkout in a process of its own,
leaves nothing in the person's folders, stops at the first failure with one
sentence, and refuses network use while it runs."""

from __future__ import annotations

import io
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from hjdesk import selftest
from hjdesk.core import resources

ROOT = Path(__file__).resolve().parents[1]


def package_modules() -> set[str]:
    """Every module of the checkout's package, by its files: what the
    self-test's import walk must find (Alembic's scripts are files it reads,
    not modules; ``__main__`` is skipped)."""
    names = set()
    for path in (ROOT / "hjdesk").rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        if "migrations" in parts:
            continue
        names.add(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names - selftest.SKIPPED_MODULES


def test_the_self_test_passes_in_its_own_process_and_leaves_nothing_behind(tmp_path):
    home, scratch = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    scratch.mkdir()
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "QT_", "HJDESK_")) and k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(HOME=str(home), TMPDIR=str(scratch), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "hjdesk", "--self-test"], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("hjdesk ") and "自检" in lines[0]
    steps = [line for line in lines if re.match(rf"\[\d/{len(selftest.STEPS)}\] ", line)]
    assert [s.split("]")[0] for s in steps] == [f"[{i}" + f"/{len(selftest.STEPS)}" for i in range(1, 8)]
    assert f"导入全部模块：{len(package_modules())} 个模块" in steps[0]
    assert "附带字体 WenQuanYi Micro Hei" in done.stdout
    assert lines[-1].startswith("hjdesk 自检通过：7 步全部通过")
    assert "自检失败" not in done.stderr
    # the temporary folder is gone, and nothing was written for hjdesk in the home folder
    assert list(scratch.iterdir()) == []
    assert [p for p in home.rglob("*") if "hjdesk" in p.name.lower()] == []


def test_the_import_walk_finds_every_module_of_the_package():
    state = selftest._State(Path("."))
    selftest.step_modules(state)
    assert set(state.modules) == package_modules()


def _run(steps, monkeypatch):
    monkeypatch.setattr(selftest, "STEPS", steps)
    out, err = io.StringIO(), io.StringIO()
    code = selftest.run_self_test(out, err)
    return code, out.getvalue(), err.getvalue()


def test_the_first_failure_ends_the_self_test_with_one_sentence(monkeypatch):
    monkeypatch.setattr("hjdesk.demo.seed_files", lambda: [])
    after = []
    code, out, err = _run((("建立演示报告库", selftest.step_demo_library),
                           ("之后", lambda state: after.append(state) or "")), monkeypatch)
    assert code == 1
    assert err.splitlines() == ["hjdesk 自检失败：第 1 步（建立演示报告库）：附带的示例报告只有 0 份，应有 2 份"]
    assert "通过" not in out and after == []


def test_an_unexpected_error_is_named_in_the_sentence(monkeypatch):
    def broken(state):
        raise KeyError("sections")

    code, _, err = _run((("坏步骤", broken),), monkeypatch)
    assert code == 1 and err.strip() == "hjdesk 自检失败：第 1 步（坏步骤）：KeyError：'sections'"


def test_the_work_happens_in_a_temporary_folder_that_is_removed(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "mine"))
    seen = {}

    def look(state):
        seen["folder"] = state.folder
        seen["data"] = os.environ["XDG_DATA_HOME"]
        seen["qt"] = os.environ["QT_QPA_PLATFORM"]
        return "看过"

    code, out, _ = _run((("看", look),), monkeypatch)
    assert code == 0 and out.splitlines()[-1].startswith("hjdesk 自检通过：1 步全部通过")
    assert Path(seen["data"]).is_relative_to(seen["folder"]) and seen["qt"] == "offscreen"
    assert not seen["folder"].exists()
    assert os.environ["XDG_DATA_HOME"] == str(tmp_path / "mine")


def test_network_use_is_refused_while_it_runs_and_only_then():
    with selftest._no_network():
        with pytest.raises(selftest.SelfTestFailure, match="不应连接任何网络"):
            socket.getaddrinfo("example.org", 443)
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            with pytest.raises(selftest.SelfTestFailure, match="试图连接网络"):
                sock.connect(("127.0.0.1", 9))
    assert socket.getaddrinfo("127.0.0.1", 9, type=socket.SOCK_STREAM)  # numeric: no lookup, no traffic


def test_a_step_that_reaches_for_the_network_fails_the_self_test(monkeypatch):
    code, _, err = _run((("联网", lambda state: socket.create_connection(("example.org", 80))),), monkeypatch)
    assert code == 1 and "不应连接任何网络" in err


def test_resources_are_found_in_a_frozen_bundle_first(monkeypatch, tmp_path):
    (tmp_path / "resources").mkdir()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.data_dir.cache_clear()
    try:
        assert resources.resource_dir() == tmp_path / "resources"
    finally:
        monkeypatch.delattr(sys, "_MEIPASS")
        resources.data_dir.cache_clear()
    assert resources.resource_dir() == ROOT / "resources"
