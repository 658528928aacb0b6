"""The one place that knows where resource files live: the source tree, a
frozen PyInstaller bundle, or the shared-data folder of an installed wheel."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=None)
def data_dir(name: str) -> Path:
    """A shipped data folder (``resources`` or ``seeds``); raises
    FileNotFoundError if the install is broken."""
    candidates = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / name)
    candidates.append(Path(__file__).resolve().parents[2] / name)
    candidates.append(Path(sys.prefix) / "share" / "hjdesk" / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"hjdesk 的数据文件夹 {name} 缺失，请重新安装。")


def resource_dir() -> Path:
    return data_dir("resources")


def resource_path(name: str) -> Path:
    return resource_dir() / name


def read_lines(name: str) -> list[str]:
    """Non-empty lines of a UTF-8 resource file, without ``#`` comment lines."""
    text = resource_path(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def user_file(name: str) -> Path:
    """A data file the user may add in their configuration folder (it need
    not exist): ``indicators.tsv`` there extends the shipped dictionary."""
    import platformdirs

    return Path(platformdirs.user_config_dir("hjdesk", appauthor=False)) / name


def read_user_lines(name: str) -> list[str]:
    """Lines of the user's file ``name`` (as :func:`read_lines`), or none."""
    path = user_file(name)
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8-sig")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
