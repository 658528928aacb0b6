"""The bundle's recipe held to the checkout, without building it (a build
takes minutes; packaging/build.sh does it and runs the bundle's self-test):
every file the program reads at run time is in the spec's data list, the
translations ship compiled, the font ships with its licence, each hidden
import exists and says why, and the version resource follows the package."""

from __future__ import annotations

import ast
import hashlib
import importlib.util
import os
import re
import subprocess
import tomllib
from pathlib import Path

import pytest

import hjdesk

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "hjdesk.spec"
BUILD = ROOT / "packaging" / "build.sh"
FONTS = ROOT / "resources" / "fonts"
FONT_SUFFIXES = (".ttf", ".otf", ".ttc")


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"))


def spec_list(name: str) -> list:
    """A list the spec assigns as a literal at its top level."""
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and [t.id for t in node.targets if isinstance(t, ast.Name)] == [name]:
            return ast.literal_eval(node.value)
    raise AssertionError(f"the spec assigns no literal {name}")


def spec_function(name: str):
    """A function of the spec, run on its own (it needs nothing PyInstaller gives)."""
    source = SPEC.read_text(encoding="utf-8")
    for node in spec_tree().body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            namespace: dict = {"re": re}
            exec(ast.get_source_segment(source, node), namespace)
            return namespace[name]
    raise AssertionError(f"the spec defines no function {name}")


def bundled() -> dict[Path, str]:
    """Each checkout file the spec's DATA puts in the bundle → its folder there."""
    files = {}
    for pattern, target in spec_list("DATA"):
        for path in ROOT.glob(pattern):
            files[path.relative_to(ROOT)] = target
    return files


def shipped_files() -> list[Path]:
    """What the program reads at run time: resources (the translation sources
    aside), seeds, and Alembic's environment and revision scripts."""
    found = []
    for folder in ("resources", "seeds", "hjdesk/store/migrations"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix not in (".ts", ".pyc"):
                found.append(path.relative_to(ROOT))
    return found


def test_every_data_pattern_matches_and_keeps_the_checkouts_layout():
    for pattern, target in spec_list("DATA"):
        matches = list(ROOT.glob(pattern))
        assert matches, f"{pattern} matches nothing"
        for path in matches:
            # data_dir() and MIGRATIONS_DIR find them where the checkout has them
            assert path.relative_to(ROOT).parent.as_posix() == target, (pattern, target)


def test_every_file_the_program_reads_is_in_the_bundle():
    files = bundled()
    missing = [str(p) for p in shipped_files() if p not in files]
    assert not missing, f"not in the spec's DATA: {missing}"
    for needed in ("seeds/hongjiang_2025.txt", "hjdesk/store/migrations/env.py",
                   "hjdesk/store/migrations/versions/0001_initial.py", "resources/indicators.tsv"):
        assert Path(needed) in files


def test_translations_ship_compiled_and_their_sources_stay_out():
    files = bundled()
    sources = sorted((ROOT / "resources" / "i18n").glob("*.ts"))
    assert sources
    for source in sources:
        assert source.with_suffix(".qm").relative_to(ROOT) in files
        assert source.relative_to(ROOT) not in files


def test_the_font_ships_with_its_licence_beside_it():
    files = bundled()
    fonts = [p for p in FONTS.iterdir() if p.suffix.lower() in FONT_SUFFIXES]
    assert len(fonts) == 1 and fonts[0].relative_to(ROOT) in files
    assert fonts[0].stat().st_size < 10 * 2**20
    texts = {p.name: p.read_text(encoding="utf-8") for p in FONTS.glob("*.txt")}
    assert all(Path("resources/fonts", name) in files for name in texts)
    assert any("Apache License" in t and "Version 2.0, January 2004" in t for t in texts.values())
    assert any("WenQuanYi" in t and "License: Apache-2.0 or GPL-3+ with Font exception" in t for t in texts.values())
    # the provenance note names the file and its checksum, which still hold
    note = texts["README.txt"]
    assert fonts[0].name in note
    assert hashlib.sha256(fonts[0].read_bytes()).hexdigest() in note


def test_each_hidden_import_exists():
    for name in spec_list("HIDDEN_IMPORTS"):
        assert importlib.util.find_spec(name) is not None, name


def test_each_hidden_import_and_exclusion_says_why():
    """An entry has its own comment, or follows the comment of its group (a
    blank line ends a group)."""
    lines = SPEC.read_text(encoding="utf-8").splitlines()
    for name in ("HIDDEN_IMPORTS", "EXCLUDES"):
        start = next(i for i, line in enumerate(lines) if line.startswith(f"{name} = ["))
        explained = False
        for line in lines[start + 1:]:
            text = line.strip()
            if text == "]":
                break
            if not text:
                explained = False
            elif text.startswith("#"):
                explained = True
            else:
                assert "#" in text or explained, f"{name}: {text} says not why"


def test_modules_imported_with_a_fallback_are_named_hidden_imports():
    """``try: import X / except ImportError`` would fall back silently in a
    bundle that lacked X: every such X that is installed is named."""
    hidden = set(spec_list("HIDDEN_IMPORTS"))
    guarded = set()
    for path in (ROOT / "hjdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Try) and any(_catches_import_error(h) for h in node.handlers):
                guarded |= {alias.name for stmt in node.body if isinstance(stmt, ast.Import) for alias in stmt.names}
    assert {"rjieba", "fast_diff_match_patch"} <= guarded
    installed = {name for name in guarded if importlib.util.find_spec(name) is not None}
    assert installed <= hidden


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    names = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(isinstance(n, ast.Name) and n.id in ("ImportError", "ModuleNotFoundError") for n in names)


def test_excluded_modules_are_never_imported_by_the_program():
    excluded = spec_list("EXCLUDES")
    for path in (ROOT / "hjdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            for name in names:
                assert not any(name == x or name.startswith(x + ".") for x in excluded), f"{path}: {name}"


def test_the_version_resource_follows_the_package():
    read_version, version_numbers = spec_function("read_version"), spec_function("version_numbers")
    assert read_version((ROOT / "hjdesk" / "__init__.py").read_text(encoding="utf-8")) == hjdesk.__version__
    assert version_numbers("0.1.0") == (0, 1, 0, 0)
    assert version_numbers("1.2.3.4.5") == (1, 2, 3, 4)
    assert version_numbers("2.0rc1") == (2, 0, 1, 0)
    source = SPEC.read_text(encoding="utf-8")
    assert 'VERSION = read_version((ROOT / "hjdesk" / "__init__.py")' in source
    assert "version=windows_version_info(VERSION)" in source


def test_pyinstaller_is_only_a_build_extra():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert not any("pyinstaller" in d.lower() for d in project["dependencies"])
    assert any(d.lower().startswith("pyinstaller") for d in project["optional-dependencies"]["bundle"])


def test_the_build_script_is_a_valid_executable_bash_script():
    assert os.access(BUILD, os.X_OK)
    subprocess.run(["bash", "-n", str(BUILD)], check=True)
    text = BUILD.read_text(encoding="utf-8")
    assert "packaging/hjdesk.spec" in text and "--self-test" in text and "env -i" in text


@pytest.mark.parametrize("ignored", ["packaging/build/x", "packaging/dist/hjdesk/hjdesk"])
def test_build_output_is_never_committed(ignored):
    done = subprocess.run(["git", "check-ignore", "-q", ignored], cwd=ROOT)
    if done.returncode == 128:
        pytest.skip("not a git checkout")
    assert done.returncode == 0, f"{ignored} is not ignored by git"
