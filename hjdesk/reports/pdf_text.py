"""Qt's PDF writer tells a reader which character each glyph stands for by
the lowest code point the font maps to that glyph, and CJK fonts map the
radicals (U+2E80–U+2FDF) to the glyphs of common ideographs: copied or
searched, 目标 comes out as ⽬标. This rewrites those entries of every font's
ToUnicode map to the ideograph (``resources/radicals.tsv``), so that text
selected, searched or extracted from hjdesk's PDFs is the text drawn."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

_HEX = re.compile(r"<([0-9A-Fa-f]{4})>")


@cache
def radicals() -> dict[str, str]:
    """Radical code → ideograph code, both as four upper-case hex digits."""
    from hjdesk.core.resources import resource_dir

    table = {}
    for line in (resource_dir() / "radicals.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            radical, ideograph = line.split("\t")[:2]
            table[radical.upper()] = ideograph.upper()
    return table


def fix_cmap(cmap: str) -> str:
    """A ToUnicode CMap with radicals as destinations replaced (sources untouched)."""
    table = radicals()

    def swap(match: re.Match) -> str:
        return f"<{table.get(match.group(1).upper(), match.group(1))}>"

    lines, block = [], ""
    for line in cmap.split("\n"):
        if line.endswith("beginbfrange") or line.endswith("beginbfchar"):
            block = line.rsplit(" ", 1)[-1][5:]
        elif line in ("endbfrange", "endbfchar"):
            block = ""
        elif block == "bfrange" and "[" in line:
            head, _, tail = line.partition("[")
            line = head + "[" + _HEX.sub(swap, tail)
        elif block:
            codes = _HEX.findall(line)
            single = block == "bfchar" or (len(codes) == 3 and codes[0] == codes[1])
            if single and codes:
                cut = line.rfind("<")
                line = line[:cut] + _HEX.sub(swap, line[cut:])
        lines.append(line)
    return "\n".join(lines)


def fix_text_layer(source: Path, target: Path) -> int:
    """Copy the PDF ``source`` to ``target`` with every ToUnicode map fixed;
    returns how many maps changed."""
    import pikepdf

    changed = 0
    with pikepdf.open(source) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font" and "/ToUnicode" in obj:
                stream = obj.ToUnicode
                before = stream.read_bytes().decode("latin-1")
                after = fix_cmap(before)
                if after != before:
                    stream.write(after.encode("latin-1"))
                    changed += 1
        pdf.save(target)
    return changed
