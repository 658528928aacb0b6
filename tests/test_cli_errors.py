"""Bad arguments on the command line: each ends in one Chinese sentence on
stderr and a non-zero exit, never a traceback, and leaves the library as it was."""

from __future__ import annotations

import os
import re
import sqlite3

import pytest

from hjdesk.cli import main
from tests.conftest import DRAFT, cli_json


def _refused(capsys, *argv) -> str:
    assert main(list(argv)) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("hjdesk：") and len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert re.search(r"[\u4e00-\u9fff]{4}", err)
    return err


def test_the_same_report_twice_is_refused(demo_library, capsys):
    db = ["--db", demo_library.url]
    assert "两份不同的报告" in _refused(capsys, "gaps", "1", "1", *db)
    assert "两份不同的报告" in _refused(capsys, "compare", "2", "2", *db)
    assert "不存在" in _refused(capsys, "outline", "99", *db)


def test_a_mistyped_folder_makes_no_library(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'no' / 'such' / 'x.sqlite3'}"
    assert "不存在" in _refused(capsys, "list", "--db", url)
    assert "不存在" in _refused(capsys, "import", str(DRAFT), "--db", url)
    assert not (tmp_path / "no").exists()


def test_a_file_that_is_not_a_library_and_a_missing_driver(tmp_path, capsys):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database " * 200)
    before = junk.read_bytes()
    assert "不是 hjdesk 的报告库" in _refused(capsys, "list", "--db", f"sqlite:///{junk}")
    assert "不是 hjdesk 的报告库" in _refused(capsys, "outline", "1", "--db", f"sqlite:///{junk}")
    assert junk.read_bytes() == before
    assert "驱动" in _refused(capsys, "list", "--db", "mysql://user:secret@localhost/x")


def test_a_library_from_a_newer_hjdesk(demo_library, capsys):
    path = demo_library.url[len("sqlite:///"):]
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    assert "更新版本" in _refused(capsys, "outline", "1", "--db", demo_library.url)
    assert "更新版本" in _refused(capsys, "list", "--db", demo_library.url)


def test_folders_and_missing_files_on_import(demo_library, tmp_path, capsys):
    db = ["--db", demo_library.url]
    assert main(["import", str(tmp_path), str(tmp_path / "gone.txt"), *db, "--json"]) == 1
    out = capsys.readouterr()
    assert "文件夹" in out.err and "文件不存在" in out.err
    assert len(cli_json(capsys, "list", *db)["reports"]) == 2


@pytest.mark.skipif(os.name != "posix", reason="file names as bytes are a POSIX matter")
def test_a_file_name_that_is_not_utf8_is_stored_readable(tmp_path, capsys):
    name = os.fsdecode(b"\xb1\xa8\xb8\xe6.txt")  # 报告.txt in GBK
    (tmp_path / name).write_bytes(DRAFT.read_bytes())
    db = ["--db", f"sqlite:///{tmp_path / 'library.sqlite3'}"]
    imported = cli_json(capsys, "import", str(tmp_path / name), *db)["reports"]
    assert imported[0]["file"].endswith("报告.txt")
    assert cli_json(capsys, "list", *db)["reports"][0]["source"] == "报告.txt"


def test_an_internal_error_gives_one_sentence_and_the_trace_goes_to_the_log(demo_library, capsys, monkeypatch):
    import hjdesk.cli_analysis as cli_analysis

    def broken(*args, **kwargs):
        raise ZeroDivisionError("a fault of ours")

    monkeypatch.setattr(cli_analysis, "_cmd_gaps", broken)
    err = _refused(capsys, "gaps", "1", "2", "--db", demo_library.url)
    assert "内部错误（ZeroDivisionError）" in err
    from hjdesk.logfile import log_path

    assert str(log_path()) in err
    logged = log_path().read_text(encoding="utf-8")
    assert "ZeroDivisionError: a fault of ours" in logged and "Traceback" in logged and "hjdesk " in logged


def test_a_stray_byte_is_imported_with_a_warning_that_says_where(tmp_path, capsys):
    data = DRAFT.read_bytes()
    cut = data.index("旅游".encode())
    (tmp_path / "stray.txt").write_bytes(data[:cut] + b"\xff" + data[cut:])
    db = ["--db", f"sqlite:///{tmp_path / 'library.sqlite3'}"]
    assert main(["import", str(tmp_path / "stray.txt"), *db, "--json"]) == 0
    out = capsys.readouterr()
    import json

    report = json.loads(out.out)["reports"][0]
    line = DRAFT.read_bytes()[:cut].count(b"\n") + 1
    assert report["created"] and len(report["warnings"]) == 1 and f"第 {line} 行" in report["warnings"][0]
    assert "stray.txt：注意：" in out.err
