"""The HTML importer on saved government pages: the article paragraphs and
their bold hints survive, the page furniture around them does not."""

from __future__ import annotations

import re
from html import escape

import pytest

from hjdesk.importers import read_bytes
from hjdesk.importers.html import read_html
from hjdesk.importers.markdown import read_markdown

from ..conftest import CORPUS

REPORTS = sorted((CORPUS / "provinces").glob("*/2025.md")) if CORPUS.is_dir() else []
BOILERPLATE = ("当前位置", "首页", "政务公开", "分享到", "微信", "打印", "关闭", "字号", "来源", "发布时间",
               "浏览次数", "责任编辑", "相关链接", "热点专题", "版权所有", "ICP备", "网站标识码", "主办单位",
               "联系我们", "网站地图", "English", "统计代码")


def _paragraph_html(text: str, bold: bool, lead: int) -> str:
    if bold:
        return f'<p style="text-indent:2em"><strong>{escape(text)}</strong></p>'
    if lead:
        return f'<p style="text-indent:2em"><b>{escape(text[:lead])}</b>{escape(text[lead:])}</p>'
    # Source line breaks and &nbsp; indents, as CMS editors leave them.
    return f'<p style="text-indent: 2em;">\n&nbsp;&nbsp;{escape(text)}\n</p>'


def gov_page(paragraphs: list[tuple[str, bool, int]], title: str) -> str:
    """A page laid out like a provincial government site around ``paragraphs``."""
    body = "\n".join(_paragraph_html(*paragraph) for paragraph in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{title}_湖南省人民政府门户网站</title>
<script>var _hmt = _hmt || []; document.write("统计代码");</script>
<style>.nav li {{ float: left; }}</style></head>
<body>
<div class="top-bar"><a href="/">无障碍</a> | <a href="/en">English</a> | <a href="/login">登录</a></div>
<div class="header"><span>湖南省人民政府门户网站</span></div>
<div id="nav" class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/zwfw">政务服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/bg">政府工作报告</a></div>
<div class="main-content"><div class="article">
 <div class="article-title"><h1>{title}</h1>
  <div class="article-info"><span>来源：湖南日报</span>　<span>发布时间：2025-01-21 09:30</span>
   <span>浏览次数：<em>12873</em></span><span>【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div></div>
 <div class="bdsharebuttonbox">分享到：<a class="bds_weixin" href="#">微信</a><a class="bds_tsina" href="#">微博</a></div>
 <div id="zoom" class="TRS_Editor">
{body}
 </div>
 <div class="article-tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
 <div class="article-end">责任编辑：张三</div>
 <div class="related"><h3>相关链接</h3><ul><li><a href="/a1">2024年政府工作报告</a></li>
  <li><a href="/a2">2023年政府工作报告全文</a></li><li><a href="/a3">图解：2025年政府工作报告</a></li></ul></div>
</div>
<div class="sidebar"><h3>热点专题</h3><p>学习贯彻党的二十届三中全会精神专题</p><p>优化营商环境进行时</p></div></div>
<div class="footer"><p>主办单位：湖南省人民政府办公厅　承办单位：湖南省人民政府发展研究中心</p>
<p>版权所有：湖南省人民政府　湘ICP备05009012号　湘公网安备43010502000166号　网站标识码：4300000009</p>
<p><a href="/lxwm">联系我们</a> | <a href="/wzdt">网站地图</a></p></div>
</body></html>"""


def _spaces(line: str) -> str:
    """A line as HTML shows it: runs of spaces collapse."""
    return re.sub(r"\s+", " ", line)


@pytest.mark.parametrize("path", REPORTS or [None], ids=lambda p: p.parent.name if p else "no-corpus")
def test_report_page_yields_exactly_the_report(path):
    if path is None:
        pytest.skip(f"corpus not found under {CORPUS}")
    report = read_markdown(path.read_text(encoding="utf-8"))
    paragraphs = [(report.text[h.start:h.end], h.bold, h.lead_bold) for h in report.paragraphs]
    result = read_bytes(gov_page(paragraphs, "2025年政府工作报告").encode("utf-8"), path.stem + ".html")
    assert result.format == "html"
    assert [_spaces(line) for line in result.text.split("\n")] == [_spaces(text) for text, _, _ in paragraphs]
    assert [(h.bold, h.lead_bold) for h in result.paragraphs] == [(b, lead) for _, b, lead in paragraphs]
    assert result.title_hint == "2025年政府工作报告"
    report_text = report.text
    for word in BOILERPLATE:
        assert result.text.count(word) == report_text.count(word), word


def test_gbk_page_through_the_dispatcher():
    paragraphs = [("一、2024年工作回顾", True, 0), ("全区地区生产总值增长5.2%，规模工业增加值增长12%。" * 3, False, 0)]
    page = gov_page(paragraphs, "洪江区政府工作报告").replace('charset="utf-8"', 'charset="gbk"')
    result = read_bytes(page.encode("gb18030"), "报告.htm")
    # A short page: the article holds the <h1> too, so the title is kept as text.
    assert result.text.split("\n") == ["洪江区政府工作报告"] + [text for text, _, _ in paragraphs]
    assert result.encoding == "gb18030" and result.paragraphs[0].heading_level == 1


def test_br_lines_headings_tables_and_hidden_parts():
    page = """<html><head><title>报告全文 - 洪江区人民政府</title></head><body>
    <div class="menu"><a href="/">首页</a><a href="/a">机构</a></div>
    <div class="content">
      <h2>二、2025年工作安排</h2>
      　　今年是“十四五”规划收官之年，做好政府工作意义重大。<br>
      　　<strong>（一）</strong><strong>着力扩大有效投资。</strong>全年实施重点项目120个，
      完成投资80亿元以上。<br/>
      <p><span style="font-weight: bold">坚持稳中求进工作总基调。</span></p>
      <table><tr><th>指标</th><th>目标</th></tr><tr><td>地区生产总值增长</td><td>5.5%左右</td></tr></table>
      <p style="display:none">隐藏的统计代码文字</p>
      <ul><li><a href="/1">上一篇：洪江区2024年政府工作报告</a></li><li><a href="/2">下一篇：政府工作报告解读</a></li></ul>
      <p>全区上下要团结一心，奋力谱写中国式现代化洪江新篇章。</p>
    </div>
    <div id="footer">版权所有 洪江区人民政府</div></body></html>"""
    result = read_html(page)
    assert result.text.split("\n") == [
        "二、2025年工作安排",
        "今年是“十四五”规划收官之年，做好政府工作意义重大。",
        "（一）着力扩大有效投资。全年实施重点项目120个，完成投资80亿元以上。",
        "坚持稳中求进工作总基调。",
        "指标\t目标",
        "地区生产总值增长\t5.5%左右",
        "全区上下要团结一心，奋力谱写中国式现代化洪江新篇章。",
    ]
    heading, _, run_in, bold = result.paragraphs[:4]
    assert heading.heading_level == 2
    assert (run_in.bold, run_in.lead_bold) == (False, len("（一）着力扩大有效投资。"))
    assert bold.bold
    assert result.title_hint == "报告全文"


def test_article_title_meta_and_xml_prolog():
    page = ('<?xml version="1.0" encoding="utf-8"?>\n<html><head><meta name="ArticleTitle" content="洪江区2025年政府工作报告">'
            "<title>洪江区人民政府</title></head><body><p>各位代表：现在我代表区人民政府向大会报告工作。</p></body></html>")
    result = read_html(page)
    assert result.title_hint == "洪江区2025年政府工作报告"
    assert result.text == "各位代表：现在我代表区人民政府向大会报告工作。"


def test_page_without_article_gives_no_text():
    assert read_html("<html><body><div class='nav'><a href='/'>首页</a></div></body></html>").text == ""


def test_old_layout_table_page():
    row = "<tr><td><a href='/'>首页</a></td><td><a href='/x'>新闻中心</a></td><td><a href='/y'>政务公开</a></td></tr>"
    page = f"""<html><body><table width="980">{row}
    <tr><td colspan="3"><table><tr><td class="title"><b>洪江区2025年政府工作报告</b></td></tr>
    <tr><td>发布日期：2025-01-10　　点击数：356</td></tr>
    <tr><td class="zw"><p>　　各位代表：</p><p>　　现在，我代表区人民政府，向大会报告工作，请予审议，并请各位政协委员提出意见。</p>
    <p>　　<b>一、2024年工作回顾</b></p><p>　　过去一年，全区经济运行稳中有进，地区生产总值增长5.2%。</p></td></tr>
    </table></td></tr>
    <tr><td colspan="3">版权所有：洪江区人民政府　湘ICP备12345678号</td></tr></table></body></html>"""
    result = read_html(page)
    assert result.text.split("\n") == [
        "洪江区2025年政府工作报告", "各位代表：", "现在，我代表区人民政府，向大会报告工作，请予审议，并请各位政协委员提出意见。",
        "一、2024年工作回顾", "过去一年，全区经济运行稳中有进，地区生产总值增长5.2%。"]
    assert result.paragraphs[0].bold and result.paragraphs[3].bold


def test_furniture_lines_without_telling_classes_are_dropped():
    furniture = ["当前位置：首页 > 政务公开 > 政府工作报告", "首页 > 新闻中心", "来源：洪江区人民政府办公室　发布时间：2025-01-10",
                 "浏览次数：356", "【字体：大 中 小】", "分享到：", "【打印本页】【关闭窗口】", "相关链接", "上一篇：洪江区2024年政府工作报告",
                 "版权所有：洪江区人民政府　湘ICP备12345678号", "网站标识码：4312000001"]
    report = ["各位代表：", "现在，我代表区人民政府，向大会报告工作，请予审议。", "一、2024年工作回顾",
              "过去一年，全区经济运行稳中有进，地区生产总值增长5.2%，规模工业增加值增长10.2%。"]
    divs = "".join(f"<div>{escape(line)}</div>" for line in furniture[:7])
    tail = "".join(f"<div>{escape(line)}</div>" for line in furniture[7:])
    page = f"<html><body><div>{divs}{''.join(f'<p>{escape(p)}</p>' for p in report)}{tail}</div></body></html>"
    assert read_html(page).text.split("\n") == report
