"""Imported by the fork server only: read and parse the shipped seed once, so
that the word tagger and the parser's tables are loaded before forking and a
forked importer starts as fast as a person's second import does."""

from pathlib import Path

from hjdesk.core.indicators import extract_indicators
from hjdesk.core.parse import parse_report
from hjdesk.importers import read_path

_SEED = Path(__file__).resolve().parents[3] / "seeds" / "hongjiang_2025.txt"
_imported = read_path(_SEED)
extract_indicators(parse_report(_imported.text, _imported.paragraphs, fmt=_imported.format,
                                encoding=_imported.encoding, title_hint=_imported.title_hint))
