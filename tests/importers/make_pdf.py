"""Real PDFs drawn with Qt, laid out the way a Chinese report is printed.

Paragraphs are justified at a fixed width with a two-character first-line
indent; each page carries a running header and a page number. Needs a
``QGuiApplication`` (use the pytest-qt ``qapp`` fixture) and the WenQuanYi font.
"""

from __future__ import annotations

import os
import re

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (QColor, QFont, QFontDatabase, QFontMetricsF, QImage, QPageLayout, QPageSize,  # noqa: E402
                           QPainter, QPdfWriter)

FONT_FAMILY = "WenQuanYi Micro Hei"
DPI = 300
#: A token is one CJK character, one space, or a run of Latin letters and
#: digits that a typesetter would not break.
_TOKENS = re.compile(r"[A-Za-z0-9.%,:;/+\-()]+|.")


def font_available() -> bool:
    return FONT_FAMILY in QFontDatabase.families()


def _writer(buffer: QBuffer) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # No printer margins: the painter's coordinates cover the whole sheet.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle("洪江区政府工作报告")
    return writer


def _finish(buffer: QBuffer) -> bytes:
    buffer.close()
    return bytes(buffer.data().data())


def _wrap(painter: QPainter, text: str, width: float, indent: float) -> list[list[str]]:
    """Greedy line breaking by token advance; the first line starts after ``indent``."""
    metrics = painter.fontMetrics()
    lines: list[list[str]] = [[]]
    used = indent
    for token in _TOKENS.findall(text):
        advance = metrics.horizontalAdvance(token)
        if lines[-1] and used + advance > width:
            lines.append([])
            used = 0.0
            if token == " ":
                continue
        lines[-1].append(token)
        used += advance
    return lines


def _draw_line(painter: QPainter, tokens: list[str], x: float, y: float, width: float, justify: bool) -> None:
    """Draw one line in one call, as word processors do; a justified line
    spreads its slack evenly as letter spacing."""
    text = "".join(tokens)
    font = QFont(painter.font())
    if justify and len(text) > 1:
        metrics = QFontMetricsF(font, painter.device())
        spaced = QFont(font)
        spaced.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.0)
        # Qt scales letter spacing by the device resolution; measure the
        # effect of one unit instead of assuming it is one pixel per gap.
        per_unit = QFontMetricsF(spaced, painter.device()).horizontalAdvance(text) - metrics.horizontalAdvance(text)
        slack = width - metrics.horizontalAdvance(text)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, slack / (per_unit * (len(text) - 1) / len(text)))
    saved = painter.font()
    painter.setFont(font)
    painter.drawText(QPointF(x, y), text)
    painter.setFont(saved)


def make_pdf(paragraphs: list[str], *, header: str = "洪江区管委工作报告（2025年）", footer: str = "",
             page_label: str = "- {page} -", indent_chars: int = 2, point_size: float = 14,
             margin_mm: float = 25, scanned_pages: int = 0) -> bytes:
    """A text PDF of ``paragraphs`` with a running header (and footer, if
    given) and a page number drawn from ``page_label``; ``scanned_pages``
    picture-only pages follow the text."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer)
    painter = QPainter(writer)
    font = QFont(FONT_FAMILY)
    font.setPixelSize(round(point_size * DPI / 72))
    small = QFont(FONT_FAMILY)
    small.setPixelSize(round(point_size * 0.75 * DPI / 72))
    margin = margin_mm / 25.4 * DPI
    page_w, page_h = writer.width(), writer.height()
    width, line_h = page_w - 2 * margin, font.pixelSize() * 1.7
    page, y = 1, margin + line_h

    def decorate() -> None:
        painter.setFont(small)
        painter.drawText(QRectF(0, margin * 0.45, page_w, line_h), Qt.AlignmentFlag.AlignHCenter, header)
        painter.drawLine(QPointF(margin, margin * 0.45 + line_h), QPointF(page_w - margin, margin * 0.45 + line_h))
        painter.drawText(QRectF(0, page_h - margin * 0.7, page_w, line_h), Qt.AlignmentFlag.AlignHCenter,
                         page_label.format(page=page))
        if footer:
            painter.drawText(QRectF(margin, page_h - margin * 0.7 - line_h, width, line_h),
                             Qt.AlignmentFlag.AlignLeft, footer)
        painter.setFont(font)

    decorate()
    indent = indent_chars * painter.fontMetrics().horizontalAdvance("中")
    for text in paragraphs:
        lines = _wrap(painter, text, width, indent)
        for number, tokens in enumerate(lines):
            if y > page_h - margin:
                writer.newPage()
                page += 1
                decorate()
                y = margin + line_h
            start = margin + (indent if number == 0 else 0)
            last = number == len(lines) - 1
            _draw_line(painter, tokens, start, y, width - (start - margin), justify=not last)
            y += line_h
    for _ in range(scanned_pages):
        writer.newPage()
        _draw_scan(painter, writer)
    painter.end()
    return _finish(buffer)


def _draw_scan(painter: QPainter, writer: QPdfWriter) -> None:
    """Fill the page with a picture of text: pixels only, no text layer."""
    image = QImage(800, 1100, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    image_painter = QPainter(image)
    font = QFont(FONT_FAMILY)
    font.setPixelSize(28)
    image_painter.setFont(font)
    for row in range(20):
        image_painter.drawText(QPointF(60, 80 + row * 48), "扫描件：这是一页政府工作报告的图片")
    image_painter.end()
    painter.drawImage(QRectF(0, 0, writer.width(), writer.height()), image)


def make_image_pdf(pages: int = 2) -> bytes:
    """A PDF whose pages are only pictures of text, like a scan."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = _writer(buffer)
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        _draw_scan(painter, writer)
    painter.end()
    return _finish(buffer)


def encrypted_pdf() -> bytes:
    """A small PDF protected by an (unknown) open password.

    The standard security handler is declared with a user-password hash that
    no empty password matches, which is all a reader sees before decrypting.
    """
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length 8 >>\nstream\n\x8f\x12\xa0\x33\x01\x99\xfe\x10\nendstream",
        b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + b"6b" * 32 + b"> /U <" + b"3c" * 32 + b"> >>",
    ]
    from .make_hostile import assemble_pdf

    return assemble_pdf(objects, b"%PDF-1.4\n", b" /Encrypt 5 0 R /ID [<00112233445566778899aabbccddeeff> "
                        b"<00112233445566778899aabbccddeeff>]")
