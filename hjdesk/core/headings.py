"""What one paragraph is, judged on its own: a heading (and of which style),
a run-in topic, an address to the deputies, the targets passage, a glossary
entry. :mod:`hjdesk.core.structure` puts these verdicts into a tree."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CN_NUM = "一二三四五六七八九十"
# Numbering styles in the order reports nest them; the key names the style.
_NUMBERING = (
    ("cn", re.compile(rf"^[{_CN_NUM}]{{1,3}}\s*[、．.]\s*")),
    ("pcn", re.compile(rf"^[（(]\s*[{_CN_NUM}]{{1,3}}\s*[）)]\s*")),
    ("ar", re.compile(r"^\d{1,2}\s*[、．.](?!\d)\s*")),
    ("par", re.compile(r"^[（(]\s*\d{1,2}\s*[）)]\s*")),
    ("circ", re.compile(r"^[\u2460-\u2473\u2776-\u277f]\s*")),
)
_YEAR_PART = re.compile(r"^((?:19|20)\d{2})年?\s*[,，、]")
_SPECIAL = re.compile(r"^(?:附[:：]?\s*)?(名词解释|名词注释|注释|名词释义|附件\s*\d*|附表\s*\d*|附录)[:：]?$")
_TERMINAL = "。！？!?；;：:…，,、"
_SENTENCE_END = re.compile(r"[。！？!?]")
_ADDRESS = re.compile(r"^各位代表\s*[！!，,]")
_DASHES = re.compile(r"^[—–-]{1,2}\s*")
_NOT_A_TOPIC_START = ("各位代表", "这一年", "今年", "明年", "过去", "一年来", "同时", "此外", "与此同时", "但", "我们",
                      "总的看", "总体看", "回顾", "实践", "做好", "面对", "在肯定", "当前", "这些")
_SET_AS = r"(?:是|为|：|:|如下|(?:建议|设定|拟定|安排|确定|初步确定|拟|定|分别)(?:为|是))"
_TARGETS = re.compile(rf"主要预期目标{_SET_AS}|主要目标(?:任务是|{_SET_AS})|预期目标{_SET_AS}|发展的主要目标"
                      r"|预期目标(?:作了|作出|进行了)?(?:适当|相应)?调整")
_PROBLEMS = re.compile(r"(?:清醒|看到|认识到|正视|不容忽视|存在)[^。]{0,40}?(?:困难|问题|挑战|短板|不足|差距)"
                       r"|问题(?:说透|讲透)|仍然?面临[^。]{0,12}(?:压力|挑战|困难)")
_SELF = re.compile(r"自身建设|服务型政府|政府建设|让人民(?:更加)?满意|人民满意的|政府治理|治理效能|政府效能|现代化治理|治理现代化|法治型|廉洁型")
_CLOSING = re.compile(r"让我们|团结在[^。]{0,30}周围|而(?:努力|不懈|团结)?奋斗|奋斗[！!]")
_TERM = re.compile(r"^(?P<term>[“\"「『]?[^：:。]{1,40}?[”\"」』]?)\s*(?:[（(](?P<ref>[Pp]?\s*\d{1,3}|第\s*\d{1,3}\s*页)[）)])?\s*[：:]")


@dataclass(frozen=True)
class Heading:
    """A paragraph that opens a section. ``runin`` means the heading is the
    first sentence of a paragraph whose text goes on."""

    style: str
    text: str
    runin: bool = False
    year: int | None = None


def numbering_style(text: str) -> tuple[str, int] | None:
    """The numbering style of a paragraph and the length of its label."""
    for key, pattern in _NUMBERING:
        found = pattern.match(text)
        if found:
            return key, found.end()
    return None


def heading_of(text: str, heading_level: int | None = None, bold: bool = False) -> Heading | None:
    """The heading a paragraph is, if it is one."""
    special = _SPECIAL.match(re.sub(r"\s+", "", text))
    if special:
        return Heading("special", special.group(1))
    if _ADDRESS.match(text) or is_signature(text):
        return None
    numbered = numbering_style(text)
    if heading_level:
        style = f"h{heading_level}"
    elif numbered:
        style = numbered[0]
    else:
        style = ""
    if numbered or heading_level:
        return _numbered_heading(text, style)
    year = _YEAR_PART.match(text)
    if year and _is_heading_line(text, bold):
        return Heading("year", _trim(text), year=int(year.group(1)))
    if _is_heading_line(text, bold):
        return Heading("plain", _trim(text))
    return None


#: Lines that close a printed report and head nothing: the news agency's credit, the
#: government that signs and the date it signs on.
_SIGNATURE = re.compile(r"^\s*(?:[（(]?新华社[\u4e00-\u9fff]{0,8}\d{0,2}月?\d{0,2}日?电[)）]?"
                        r"|[\u4e00-\u9fff]{2,20}(?:人民政府|管委会|管理委员会|办公厅|办公室)"
                        r"|(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*[\d一二三四五六七八九十]{1,3}\s*月\s*[\d一二三四五六七八九十]{1,3}\s*日)\s*$")


def is_signature(text: str) -> bool:
    """A credit, signature or date line (（新华社北京3月5日电）, 某某市人民政府, 2025年1月10日)."""
    return bool(_SIGNATURE.match(text))


def _numbered_heading(text: str, style: str) -> Heading | None:
    if len(text) <= 60 and not _SENTENCE_END.search(text[:-1]):
        return Heading(style, _trim(text))
    first = _SENTENCE_END.search(text)
    if first and first.start() <= 50:
        return Heading(style, text[:first.start()], runin=True)
    return None


def _is_heading_line(text: str, bold: bool) -> bool:
    """A short line without end punctuation: the seed's ``一年来,我们…`` lines."""
    limit = 70 if bold else 40
    return (len(text) <= limit and text[-1] not in _TERMINAL and not _SENTENCE_END.search(text)
            and bool(re.search(r"[\u4e00-\u9fff]", text)) and "\t" not in text)


def _trim(text: str) -> str:
    return text.rstrip(_TERMINAL + " ")


def runin_head(text: str, lead_bold: int = 0) -> str | None:
    """The run-in heading of a topic paragraph (``文旅产业加快发展。…``), if any."""
    if lead_bold >= 4 and lead_bold < len(text):
        head = _trim(text[:lead_bold])
        return head if 2 <= len(head) <= 60 else None
    body = _DASHES.sub("", text)
    first = _SENTENCE_END.search(body)
    if not first or not 3 <= first.start() <= 30 or first.end() >= len(body):
        return None
    head = body[:first.start()]
    if (re.search(r"\d", head) or sum(head.count(c) for c in "，,") > 1 or re.search(r"[：:；;]", head)
            or head.startswith(_NOT_A_TOPIC_START)):
        return None
    return head


def address_kind(text: str) -> str | None:
    """``problems``, ``self``, ``closing`` or ``address`` for a 各位代表! passage."""
    if not _ADDRESS.match(text):
        return None
    if _PROBLEMS.search(text):
        return "problems"
    if _SELF.search(text):
        return "self"
    return "address"


def address_heading(text: str) -> str:
    """A short name for a passage without a heading: its first clause."""
    body = _ADDRESS.sub("", text).strip()
    end = _SENTENCE_END.search(body)
    sentence = body[:end.start()] if end else body
    return sentence if len(sentence) <= 30 else re.split(r"[，,；;]", sentence)[0][:30]


def is_targets(text: str) -> bool:
    """The main-targets passage: ``主要预期目标是:地区生产总值增长6%;…``."""
    return bool(_TARGETS.search(text)) and bool(re.search(r"\d", text))


def is_problems(text: str) -> bool:
    return bool(_PROBLEMS.search(text)) and ("困难" in text or "问题" in text or "挑战" in text)


def is_self_heading(text: str) -> bool:
    return bool(_SELF.search(text))


def is_closing(text: str) -> bool:
    return bool(_CLOSING.search(text))


def is_address(text: str) -> bool:
    return bool(_ADDRESS.match(text))


def glossary_term(text: str) -> tuple[str, str] | None:
    """``(term, page reference)`` of a glossary entry such as ``“三高四新”(P1):…``."""
    found = _TERM.match(text)
    if not found:
        return None
    term = found.group("term").strip("“”\"「」『』 ")
    ref = (found.group("ref") or "").replace(" ", "")
    return (term, ref) if term else None
