"""Writing a document to a file: PDF through Qt's PDF writer, Word, Excel
and CSV through their writers; every file written whole or not at all (a
temporary file beside it, then renamed), and never over an existing file
unless asked."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from .document import Document

FORMATS = ("pdf", "docx", "xlsx", "csv")


class ExportError(Exception):
    """A file that cannot be written; one Chinese sentence."""


def ensure_gui() -> None:
    """Qt's fonts and PDF writer need a QGuiApplication; without a window
    (the command line, a test) an offscreen one serves."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(["hjdesk"])


def atomic_write(path: str | os.PathLike, write: Callable[[Path], None], force: bool = False) -> Path:
    """Let ``write`` fill a temporary file in ``path``'s folder, then rename
    it to ``path``: a reader never sees half a file, and a failure leaves
    whatever was there before."""
    target = Path(path)
    if target.exists() and not force:
        raise ExportError(f"文件已存在：{target}。换一个文件名，或加 --force 覆盖。")
    if not target.parent.is_dir():
        raise ExportError(f"文件夹不存在：{target.parent}。")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=target.suffix, dir=target.parent)
    os.close(handle)
    try:
        write(Path(temporary))
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; an export is an ordinary file
        os.replace(temporary, target)
    except PermissionError as exc:
        raise ExportError(f"无法写入 {target}：没有写权限，或文件正被其他程序（如 Word、WPS）打开。") from exc
    except OSError as exc:
        raise ExportError(f"无法写入 {target}：{exc.strerror or exc}。") from exc
    finally:
        Path(temporary).unlink(missing_ok=True)
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_pdf(document: Document, path: Path) -> int:
    """The document as an A4 PDF with its faces embedded; returns the page count."""
    ensure_gui()
    from PySide6.QtGui import QPdfWriter

    from .paint import a4_layout, render

    from .pdf_text import fix_text_layer

    handle, raw = tempfile.mkstemp(prefix=".hjdesk-", suffix=".pdf", dir=Path(path).parent)
    os.close(handle)
    try:
        writer = QPdfWriter(raw)
        writer.setResolution(600)
        writer.setPageLayout(a4_layout())
        writer.setTitle(document.title)
        writer.setCreator("hjdesk")
        pages = render(document, writer)
        del writer  # closes the file
        fix_text_layer(Path(raw), Path(path))
    finally:
        Path(raw).unlink(missing_ok=True)
    return pages


def writer_for(fmt: str) -> Callable[[Document, Path], object]:
    if fmt == "pdf":
        return write_pdf
    if fmt == "docx":
        from .docx_writer import write_docx
        return write_docx
    if fmt == "xlsx":
        from .xlsx_writer import write_xlsx
        return write_xlsx
    if fmt == "csv":
        from .csv_writer import write_csv
        return write_csv
    raise ExportError(f"不支持的格式：{fmt}（可用：{'、'.join(FORMATS)}）。")


def export(document: Document, path: str | os.PathLike, fmt: str, force: bool = False) -> Path:
    """Write ``document`` as ``fmt`` to ``path``, atomically."""
    write = writer_for(fmt)
    return atomic_write(path, lambda temporary: write(document, temporary), force)
