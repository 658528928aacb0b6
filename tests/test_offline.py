"""hjdesk never opens a network connection: the whole pipeline runs with
every socket refused (an audit hook), and, where the kernel allows it, in a
network namespace with no interfaces at all (``unshare -n``)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def _pipeline(tmp_path, prefix=(), url=None):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    return subprocess.run([*prefix, sys.executable, "-m", "tests.offline_pipeline", str(tmp_path), *([url] if url else [])],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


def _unshare() -> str:
    unshare = shutil.which("unshare")
    if unshare is None or subprocess.run([unshare, "-n", "true"], capture_output=True).returncode != 0:
        pytest.skip("this machine does not allow a network namespace (unshare -n)")
    return unshare


def test_the_pipeline_makes_no_socket(tmp_path):
    done = _pipeline(tmp_path)
    assert done.returncode == 0 and "offline ok" in done.stdout, done.stderr[-2000:]
    assert (tmp_path / "gaps.pdf").stat().st_size > 10000


def test_the_audit_hook_would_catch_a_socket(tmp_path):
    code = ("import sys; sys.path.insert(0, %r); from tests.offline_pipeline import _forbid_sockets, ATTEMPTS; "
            "sys.addaudithook(_forbid_sockets); import socket\n"
            "try:\n    socket.create_connection(('127.0.0.1', 9))\nexcept OSError:\n    pass\n"
            "print(len(ATTEMPTS))" % str(ROOT))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() not in ("", "0"), done.stderr


def test_the_pipeline_runs_without_a_network(tmp_path):
    done = _pipeline(tmp_path, prefix=(_unshare(), "-n"))
    assert done.returncode == 0 and "offline ok" in done.stdout, done.stderr[-2000:]


def test_the_pipeline_runs_without_a_network_on_a_postgresql_library(tmp_path):
    """PostgreSQL through its local socket (HJDESK_TEST_PG_SOCKET_URL, set by .ci/run), no network at all."""
    url = os.environ.get("HJDESK_TEST_PG_SOCKET_URL")
    if not url:
        pytest.skip("HJDESK_TEST_PG_SOCKET_URL is not set")
    done = _pipeline(tmp_path, prefix=(_unshare(), "-n"), url=url)
    assert done.returncode == 0 and "offline ok" in done.stdout, done.stderr[-2000:]
