"""Colours the whole window agrees on: gap statuses and word-diff marks.

The diff colours follow Word's Compare, which drafting staff know: deletions
red and struck through, insertions blue and underlined, moves green, and
changed numbers in a third style (amber background) of their own."""

from __future__ import annotations

from PySide6.QtGui import QColor

#: Gap status → (foreground, background) colours.
STATUS_COLORS: dict[str, tuple[QColor, QColor]] = {
    "not_reported": (QColor("#8b0000"), QColor("#f8d7da")),
    "missed": (QColor("#b03a00"), QColor("#fde2c8")),
    "unclear": (QColor("#6b5b00"), QColor("#fff3bf")),
    "met": (QColor("#1e6b2e"), QColor("#d4edda")),
    "no_target": (QColor("#4a4a4a"), QColor("#e9ecef")),
}

DELETED = QColor("#c00000")
DELETED_BACKGROUND = QColor("#fbe3e3")
INSERTED = QColor("#0645ad")
INSERTED_BACKGROUND = QColor("#e1ecfb")
VALUE_BACKGROUND = QColor("#ffd966")
MOVED = QColor("#2e7d32")
MOVED_BACKGROUND = QColor("#e3f2e5")
CURRENT_BACKGROUND = QColor("#fff59d")

#: Promise mode: a commitment reported with a figure, in words, not found; the review's words that report one.
PROMISE_COLORS: dict[str, tuple[QColor, QColor]] = {
    "promise_number": (QColor("#1e6b2e"), QColor("#d4edda")),
    "promise_words": (QColor("#0645ad"), QColor("#e1ecfb")),
    "promise_no": (QColor("#8b0000"), QColor("#f8d7da")),
    "promise_found": (QColor("#1e6b2e"), QColor("#eaf6ec")),
}
