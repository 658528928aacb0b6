"""Small hostile files built in memory: PDFs whose streams inflate or draw
without end, Word lists that count from two billion, Markdown and HTML that
make naive parsers quadratic. Each is a few KB to a few hundred KB."""

from __future__ import annotations

import zlib

from . import make_docx


def raw_pdf(content: bytes, *, flate: bool = True, extra: tuple[bytes, ...] = (), font: bytes | None = None,
            filters: bytes | None = None) -> bytes:
    """A one-page PDF whose page draws ``content`` (Flate-compressed unless
    ``flate`` is false), with Helvetica as /F1 and a correct xref table.
    ``extra`` objects are numbered from 5; ``font`` replaces object 4."""
    stream = zlib.compress(content, 9) if flate else content
    filter_entry = filters if filters is not None else (b"/Filter /FlateDecode " if flate else b"")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>",
        font or b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< " + filter_entry + b"/Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        *extra,
    ]
    return assemble_pdf(objects, b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")


def assemble_pdf(objects: list[bytes], header: bytes, trailer: bytes = b"") -> bytes:
    """Objects numbered from 1 (the catalogue first), with their cross-reference table and trailer."""
    out = bytearray(header)
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def pdf_inflating_to(size: int, unit: bytes = b"0 0 m 1 1 l S\n") -> bytes:
    """A PDF whose one content stream inflates to ``size`` bytes of ``unit``."""
    return raw_pdf(unit * (size // len(unit)))


def pdf_with_long_string(chars: int) -> bytes:
    """One ``Tj`` that draws ``chars`` glyphs."""
    return raw_pdf(b"BT /F1 12 Tf 72 700 Td (" + b"a" * chars + b") Tj ET")


def pdf_with_huge_cmap_range() -> bytes:
    """A ToUnicode map whose one bfrange asks for four billion entries."""
    cmap = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            b"1 begincodespacerange <00000000> <FFFFFFFF> endcodespacerange\n"
            b"1 beginbfrange <00000000> <FFFFFFFF> <4E00> endbfrange\n"
            b"endcmap CMapName currentdict /CMap defineresource pop end end")
    cmap_stream = b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
    return raw_pdf(b"BT /F1 12 Tf 72 700 Td (abc) Tj ET", font=font, extra=(cmap_stream,))


def pdf_inline_image_of_e(size: int) -> bytes:
    """An inline image whose data is ``size`` bytes of ``E`` (quadratic in pdfminer's own reader)."""
    return raw_pdf(b"q BI /W 1 /H 1 /BPC 8 /CS /G ID " + b"E" * size + b" EI Q")


def docx_numbering_from(start: str, fmt: str = "lowerLetter", paragraphs: int = 30) -> bytes:
    """A Word list whose first level starts at ``start`` in format ``fmt``."""
    numbering = make_docx.NUMBERING.replace(
        '<w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>',
        f'<w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1、"/>')
    body = [make_docx.para("洪江区政府工作报告正文内容段落", num=(1, 0)) for _ in range(paragraphs)]
    return make_docx.package(make_docx.document(*body), numbering=numbering)


def docx_billion_laughs() -> bytes:
    """Entity expansion in the main part (refused for its DOCTYPE, never expanded)."""
    lol = '<!ENTITY a "洪江洪江洪江洪江洪江洪江洪江洪江洪江洪江">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [{lol}]>\n'
           f'<w:document {make_docx.NAMESPACES}><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>')
    return make_docx.package(xml)


def docx_cut_before_central_directory() -> bytes:
    """A package whose bytes end just before its central directory."""
    data = make_docx.plain_docx(["洪江区政府工作报告正文内容" * 50])
    return data[:data.find(b"PK\x01\x02")]


def markdown_pathologies(size: int = 80_000) -> dict[str, str]:
    """Markdown that made the old regular expressions quadratic."""
    head = "# 2025年政府工作报告\n\n" + "洪江区政府工作报告正文。" * 10 + "\n\n"
    return {
        "unclosed-comment": head + "<!-- a " * (size // 7),
        "stars": head + "*a " * (size // 3),
        "links": head + "[a](" * (size // 4),
        "brackets": head + "[" * size,
        "heading-spaces": head + "# a" + " " * size + "b\n",
        "title-spaces": "---\ntitle: a" + " " * size + "b\n---\n" + head,
        "bold-open": head + "**" + "洪" * size,
        "underscores": head + "_a " * (size // 3),
    }


def html_pathologies(size: int = 500_000) -> dict[str, str]:
    """Web pages with far too many elements, or too deep."""
    para = "<p>" + "洪江区政府工作报告正文。" * 10 + "</p>"
    return {
        "br": "<html><body>" + para + "<br>" * size + "</body></html>",
        "deep-div": "<html><body>" + "<div>" * (size // 5) + para + "</body></html>",
        "empty-p": "<html><body>" + para + "<p></p>" * (size // 7) + "</body></html>",
        "spans": "<html><body><p>" + "<span>洪</span>" * (size // 14) + "</p></body></html>",
        "comment": "<html><body>" + para + "<!--" * (size // 4) + "</body></html>",
    }
