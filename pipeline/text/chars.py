"""Character classes and lookup keys for Arabic text.

Nothing here changes a document's text: `lookup_key` only builds the form used to
look a word up in frequency lists and gazetteers.
"""
from __future__ import annotations

import re

from camel_tools.utils.dediac import dediac_ar

TATWEEL = "\u0640"
# Combining marks that belong to the letter before them (harakat, Quranic marks, superscript alef).
MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
# A word: letters (any script) with their marks and tatweel; digits and "_" are not letters.
WORD = rf"(?:[^\W\d_]|[{MARKS}])+"
# A number: digits of any script, with inner separators only between digits («3,106», «٩٢٫٥», «7.1»).
NUMBER = r"\d+(?:[.,\u066b\u066c]\d+)*"
TOKEN_RE = re.compile(rf"{NUMBER}|{WORD}|\S", re.UNICODE)
ARABIC_LETTER_RE = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
SENTENCE_END = frozenset(".!?؟…")


def lookup_key(word: str) -> str:
    """The form a word is counted and looked up under: no diacritics, no tatweel."""
    return dediac_ar(word).replace(TATWEEL, "")


def is_arabic_word(token: str) -> bool:
    return bool(ARABIC_LETTER_RE.match(token))
