"""The layer contracts in pyproject.toml hold: core is pure, store and the
command line import no Qt, importers know nothing of the store."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    if not Path(lint).exists():
        pytest.fail("lint-imports is missing: install the test extra (pip install -e '.[test]')")
    done = subprocess.run([lint, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


def test_importing_the_package_has_no_side_effects(tmp_path):
    """No folder created, no Qt application made, no network touched at import."""
    code = ("import os, sys; import hjdesk.cli, hjdesk.jobs, hjdesk.store.db, hjdesk.importers; "
            "assert 'PySide6' not in sys.modules, 'Qt imported by the CLI path'; "
            "print(sorted(os.listdir(os.environ['XDG_DATA_HOME'])))")
    env = {"XDG_DATA_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
