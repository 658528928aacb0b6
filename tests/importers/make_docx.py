"""Small .docx packages built in memory from literal XML, for importer tests."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (f'xmlns:w="{W_NS}" '
              'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
              'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
              'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
              'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
              'xmlns:v="urn:schemas-microsoft-com:vml"')
PNG_1X1 = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082")

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>
<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>
</Relationships>"""

# Localised heading names (WPS), an English one, a Title, an outline level on a
# custom style reached through basedOn, and a bold character style.
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NAMESPACES}>
<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="28"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="a"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/><w:basedOn w:val="a"/></w:style>
<w:style w:type="paragraph" w:styleId="Outline3"><w:name w:val="Report Part"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Part3Child"><w:name w:val="Report Part Child"/><w:basedOn w:val="Outline3"/></w:style>
<w:style w:type="paragraph" w:styleId="ListCn"><w:name w:val="List Chinese"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
</w:styles>"""

# numId 1: 一、 then （一） under it; numId 2: decimal "1." with a lvlOverride
# that starts at 5; numId 3: %1.%2 legal-style nesting.
NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {NAMESPACES}>
<w:abstractNum w:abstractNumId="10">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="20">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="30">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="30"/></w:num>
</w:numbering>"""

HEADER = f'<w:hdr {NAMESPACES}><w:p><w:r><w:t>页眉：内部资料注意保存</w:t></w:r></w:p></w:hdr>'
FOOTER = (f'<w:ftr {NAMESPACES}><w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
          '<w:r><w:t>页脚页码</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>')
COMMENTS = f'<w:comments {NAMESPACES}><w:comment w:id="0"><w:p><w:r><w:t>批注内容不应出现</w:t></w:r></w:p></w:comment></w:comments>'


def run(text: str, *, bold: bool = False, style: str = "") -> str:
    """One ``w:r`` with a text node (spaces preserved)."""
    props = (f'<w:rStyle w:val="{style}"/>' if style else "") + ("<w:b/>" if bold else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*content: str, style: str = "", num: tuple[int, int] | None = None, outline: int | None = None) -> str:
    """A ``w:p``; plain strings in ``content`` become runs, markup passes through."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num:
        props += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if outline is not None:
        props += f'<w:outlineLvl w:val="{outline}"/>'
    body = "".join(item if item.startswith("<") else run(item) for item in content)
    return f"<w:p>{'<w:pPr>' + props + '</w:pPr>' if props else ''}{body}</w:p>"


def document(*paragraphs: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NAMESPACES}><w:body>'
            + "".join(paragraphs) + '<w:sectPr><w:headerReference w:type="default" r:id="rId3"/></w:sectPr></w:body></w:document>')


def package(document_xml: str, *, styles: str | None = STYLES, numbering: str | None = NUMBERING,
            extra: dict[str, bytes | str] | None = None) -> bytes:
    """A complete .docx: content types, relationships, the given parts."""
    parts: dict[str, bytes | str] = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": PACKAGE_RELS,
                                     "word/_rels/document.xml.rels": DOCUMENT_RELS,
                                     "word/document.xml": document_xml, "word/header1.xml": HEADER,
                                     "word/footer1.xml": FOOTER, "word/comments.xml": COMMENTS,
                                     "word/media/image1.png": PNG_1X1}
    if styles is not None:
        parts["word/styles.xml"] = styles
    if numbering is not None:
        parts["word/numbering.xml"] = numbering
    parts.update(extra or {})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content.encode() if isinstance(content, str) else content)
    return buffer.getvalue()


FIELD = ('<w:r><w:t xml:space="preserve">见第</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
         '<w:r><w:instrText xml:space="preserve"> PAGEREF _Toc1 \\h </w:instrText></w:r>'
         '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r>'
         '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>页附表。</w:t></w:r>')
# An IF field whose condition holds a nested MERGEFIELD: the nested field's
# result is still part of the outer field's code and must not show.
NESTED_FIELD = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD 区名 </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>合并域内容</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText xml:space="preserve"> = "洪江" "是" "否" </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>洪江区域结果</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>。</w:t></w:r>')
REVISIONS = ('<w:r><w:t>全年粮食产量</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>六百</w:delText></w:r></w:del>'
             '<w:ins w:id="2" w:author="a"><w:r><w:t>七百</w:t></w:r></w:ins><w:r><w:t>万吨。</w:t></w:r>')
COMMENT = ('<w:commentRangeStart w:id="0"/><w:r><w:t>加强生态保护</w:t></w:r><w:commentRangeEnd w:id="0"/>'
           '<w:r><w:commentReference w:id="0"/></w:r><w:r><w:t>和修复</w:t></w:r>'
           '<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>。</w:t></w:r>')
IMAGE = ('<w:r><w:t>图为新建成的大桥</w:t></w:r><w:r><w:drawing><wp:inline><wp:docPr id="1" name="图片 1"/>'
         '<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框里的字</w:t></w:r></w:p>'
         '</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
         '<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>旧式文本框</w:t></w:r></w:p>'
         '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'
         '<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t>替代内容</w:t></w:r></mc:Choice></mc:AlternateContent>'
         '<w:r><w:t>。</w:t></w:r>')
TABLE = ('<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>指标</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>目标</w:t></w:r></w:p></w:tc></w:tr>'
         '<w:tr><w:tc><w:p><w:r><w:t>地区生产总值增长</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>5%左右</w:t></w:r></w:p>'
         '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>其中</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>工业6%</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'
         '</w:tc></w:tr></w:tbl>')


def feature_docx() -> tuple[bytes, list[str]]:
    """A document exercising every feature, and the paragraphs it must yield."""
    body = [
        para("2025年洪江区政府工作报告", style="Title"),
        para(run("　"), run("一、2024年工作回顾", bold=True)),
        para("二、2025年工作安排", style="1"),
        para("（一）经济发展", style="2"),
        para("第三部分", style="Part3Child"),
        para("大纲级别段落", outline=1),
        para(run("文旅产业加快发展。", bold=True), run("全年接待游客1200万人次。")),
        para(run("品牌", style="Strong"), run("建设持续推进。")),
        para("坚持稳中求进", num=(1, 0)),
        para("扩大有效投资", num=(1, 1)),
        para("提振消费", num=(1, 1)),
        para("深化改革", style="ListCn"),
        para("推进开放", num=(1, 1)),
        para("第五项", num=(2, 0)),
        para("第六项", num=(2, 0)),
        para("子项", num=(3, 0)),
        para("子项甲", num=(3, 1)),
        para("子项乙", num=(3, 1)),
        para("项目符号不带符号", num=(4, 0)),
        para(FIELD),
        para(NESTED_FIELD),
        para(REVISIONS),
        para(COMMENT),
        para(IMAGE),
        para("第一行", '<w:r><w:br/><w:t>第二行</w:t><w:br w:type="page"/><w:t>续</w:t><w:tab/><w:t>完</w:t></w:r>'),
        '<w:sdt><w:sdtPr><w:alias w:val="控件"/></w:sdtPr><w:sdtContent>' + para("内容控件中的段落") + "</w:sdtContent></w:sdt>",
        para('<w:hyperlink r:id="rId9"><w:r><w:t>超链接文字</w:t></w:r></w:hyperlink>', '<w:smartTag><w:r><w:t>智能标记</w:t></w:r></w:smartTag>'),
        para('<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏文字</w:t></w:r>', "可见文字"),
        TABLE,
        para("　　"),
        para("结束语。"),
    ]
    expected = [
        "2025年洪江区政府工作报告", "一、2024年工作回顾", "二、2025年工作安排", "（一）经济发展", "第三部分",
        "大纲级别段落", "文旅产业加快发展。全年接待游客1200万人次。", "品牌建设持续推进。",
        "一、坚持稳中求进", "（一）扩大有效投资", "（二）提振消费", "二、深化改革", "（一）推进开放",
        "5. 第五项", "6. 第六项", "1. 子项", "1.1 子项甲", "1.2 子项乙", "项目符号不带符号",
        "见第7页附表。", "洪江区域结果。", "全年粮食产量七百万吨。", "加强生态保护和修复。", "图为新建成的大桥。",
        "第一行 第二行续\t完", "内容控件中的段落", "超链接文字智能标记", "可见文字",
        "指标\t目标", "地区生产总值增长\t5%左右 其中 工业6%", "结束语。",
    ]
    return package(document(*body)), expected


def xxe_docx(secret_path: str) -> bytes:
    """A document whose XML declares an external entity pointing at a local file."""
    xml = (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file://{secret_path}">]>\n'
           f'<w:document {NAMESPACES}><w:body>' + para("洪江区政府工作报告正文" * 5)
           + "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>")
    return package(xml)


def zip_bomb(size: int = 24 * 1024 * 1024) -> bytes:
    """A package whose document.xml unpacks to ``size`` bytes of spaces."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", PACKAGE_RELS)
        archive.writestr("word/document.xml", b" " * size)
    return buffer.getvalue()


def xlsx_like() -> bytes:
    """A package laid out like an Excel workbook."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    return buffer.getvalue()


def plain_docx(paragraphs: list[str]) -> bytes:
    """A document of plain paragraphs, for size and speed tests."""
    return package(document(*(para(text) for text in paragraphs)))
